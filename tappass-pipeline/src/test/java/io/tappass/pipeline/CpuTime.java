package io.tappass.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * For the tests that bound how long a flood of adversarial input takes: the calling thread's CPU time in
 * nanoseconds, so that neighbours on a busy host (a CI machine, helpers running their own suites) do not make a
 * linear scan look slow. A superlinear scan still burns minutes of CPU where a linear one burns a fraction of a
 * second. Falls back to {@link System#nanoTime()} where the JVM does not measure thread CPU time. The work timed must
 * run on the calling thread (pipelines built with {@code parallelThreshold(Integer.MAX_VALUE)}).
 */
public final class CpuTime {

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final boolean SUPPORTED = enable();

    private CpuTime() {
    }

    private static boolean enable() {
        if (!MX.isCurrentThreadCpuTimeSupported()) {
            return false;
        }
        if (!MX.isThreadCpuTimeEnabled()) {
            MX.setThreadCpuTimeEnabled(true);
        }
        return true;
    }

    /** The calling thread's CPU time so far (or the wall clock), in nanoseconds: only differences mean anything. */
    public static long now() {
        return SUPPORTED ? MX.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
