package io.tappass.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * For the tests that bound how long a flood of adversarial input takes: the calling thread's CPU time in
 * nanoseconds, so that neighbours on a busy host (a CI machine, helpers running their own suites) do not make a
 * linear scan look slow. A superlinear scan still burns minutes of CPU where a linear one burns a fraction of a
 * second. Falls back to {@link System#nanoTime()} where the JVM does not measure thread CPU time. The work timed must
 * run on the calling thread (pipelines built with {@code parallelThreshold(Integer.MAX_VALUE)}).
 *
 * <p>{@link #assertWithin} and {@link #supplyWithin} bound the CPU time of a piece of work, and also stop it after
 * {@value #BACKSTOP} times the bound in wall-clock time, so that a superlinear regression fails the test instead of
 * hanging the build.
 */
public final class CpuTime {

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final boolean SUPPORTED = enable();

    /** How many times the CPU bound the work may take in wall-clock time before it is stopped. */
    public static final int BACKSTOP = 6;

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

    /** Runs {@code work} and asserts that it used less than {@code cpuBound} of CPU time (see the class comment). */
    public static void assertWithin(Duration cpuBound, Executable work) {
        supplyWithin(cpuBound, () -> {
            work.execute();
            return null;
        });
    }

    /** {@link #assertWithin(Duration, Executable)}, naming the work in the failure message. */
    public static void assertWithin(String what, Duration cpuBound, Executable work) {
        supplyWithin(what, cpuBound, () -> {
            work.execute();
            return null;
        });
    }

    /** Runs {@code work}, asserts that it used less than {@code cpuBound} of CPU time, and returns its result. */
    public static <T> T supplyWithin(Duration cpuBound, ThrowingSupplier<T> work) {
        return supplyWithin("the work", cpuBound, work);
    }

    /** {@link #supplyWithin(Duration, ThrowingSupplier)}, naming the work in the failure messages. */
    public static <T> T supplyWithin(String what, Duration cpuBound, ThrowingSupplier<T> work) {
        return Assertions.assertTimeoutPreemptively(cpuBound.multipliedBy(BACKSTOP), () -> {
            long t0 = now();
            T result = work.get();
            assertThat(Duration.ofNanos(now() - t0)).as("CPU time of " + what).isLessThan(cpuBound);
            return result;
        }, () -> what + " ran over " + BACKSTOP + " times its CPU bound in wall-clock time");
    }
}
