package io.tappass.pipeline;

import io.tappass.core.ChatRequest;
import io.tappass.core.ChatResponse;
import io.tappass.core.ToolCall;
import io.tappass.core.governance.Classification;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Mode;
import io.tappass.pipeline.internal.Heavy;
import io.tappass.pipeline.internal.Lending;
import io.tappass.pipeline.internal.Prefetch;
import io.tappass.pipeline.scan.TextPart;
import io.tappass.pipeline.session.SessionState;
import io.tappass.pipeline.session.SessionStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Runs the {@linkplain Step#isPure() pure} steps of a stretch of a run concurrently, ahead of the engine that
 * commits them in order.
 *
 * <p>A wave is started by the engine at a step boundary and covers the steps up to and including the next pure step
 * that may rewrite the text (a redacting one): all of them see the text as it is now, so they can run at once.
 * Steps that are not pure run in order on the engine's thread (a helper may do their {@link Prefetch} first); the
 * tasks after them are computed on the bet that they change nothing, and recomputed in order when they do. The
 * engine's thread takes tasks from the front (the step it needs next); a helper thread first takes the prefetches
 * (worth something only when done before the engine gets there), then the {@link Heavy} steps (started early, they
 * do not end the run alone), then the rest from the back, and then stays to take split-off work ({@link Lending}) of
 * the tasks still running. The redacting step that closes a wave is the engine's: it needs that result last and
 * rewrites the text right after, so a helper only takes its split-off work. So the caller never waits for a task
 * nobody started and a saturated executor only makes the run sequential. Every task reads the run through a
 * {@link View} of the state at the wave's start; the engine uses a result only while the run's state is still that
 * one (nothing rewritten since) and {@link #close() closes} the wave when it moves past it. A task's failure is not
 * reported from here: the engine runs that step again in order, so failures behave exactly as in a sequential run.
 */
final class Wave {

    private static final int UNCLAIMED = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int SKIPPED = 3;

    /** A task's result when its step threw (the engine reruns the step). */
    private static final Object FAILED = new Object();

    private final List<Step> steps;
    /** The step indexes of the tasks, ascending. */
    private final int[] tasks;
    private final int to;
    private final int version;
    private final View view;
    private final AtomicIntegerArray state;
    private final AtomicReferenceArray<Object> results;
    private volatile boolean closed;
    /** Work a running step split off ({@link Lending}), run by whichever thread of the call would wait. */
    private final ConcurrentLinkedQueue<Runnable> lent = new ConcurrentLinkedQueue<>();
    private final Lending.Lender lender = new Lending.Lender() {
        @Override
        public void execute(Runnable work) {
            lend(work);
        }

        @Override
        public Runnable poll() {
            return lent.poll();
        }
    };

    /** Whether the wave's last task is a pure step that may rewrite the text (the wave ends because of it). */
    private final boolean closesWithRewrite;

    private Wave(List<Step> steps, int[] tasks, int to, int version, View view, boolean closesWithRewrite) {
        this.closesWithRewrite = closesWithRewrite;
        this.steps = steps;
        this.tasks = tasks;
        this.to = to;
        this.version = version;
        this.view = view;
        this.state = new AtomicIntegerArray(tasks.length);
        this.results = new AtomicReferenceArray<>(tasks.length);
    }

    /**
     * Starts a wave over the pure steps of {@code [from, to)}, or returns null when fewer than two would run.
     *
     * @param helpers the most helper threads to ask the executor for
     * @param closesWithRewrite whether step {@code to - 1} is a pure step that may rewrite the text (the wave's end;
     *        being pure, it is the wave's last task)
     */
    static Wave start(List<Step> steps, int from, int to, int version, View view, Executor executor, int helpers,
                      boolean closesWithRewrite) {
        int count = 0;
        for (int i = from; i < to; i++) {
            count += isTask(steps.get(i)) ? 1 : 0;
        }
        if (count < 2 || helpers < 1) {
            return null;
        }
        int[] tasks = new int[count];
        for (int i = from, k = 0; i < to; i++) {
            if (isTask(steps.get(i))) {
                tasks[k++] = i;
            }
        }
        Wave wave = new Wave(steps, tasks, to, version, view, closesWithRewrite);
        for (int h = Math.min(helpers, count - 1); h > 0; h--) {
            try {
                executor.execute(wave::help);
            } catch (RejectedExecutionException e) {
                break; // the engine's thread runs what nobody else takes
            }
        }
        return wave;
    }

    /** A pure step runs in the wave; a step that is not pure may have its {@link Prefetch} done there. */
    private static boolean isTask(Step step) {
        return step.isPure() || step instanceof Prefetch;
    }

    /** Whether step {@code index} lies in this wave's stretch. */
    boolean covers(int index) {
        return index < to;
    }

    /** The run state this wave's results are valid for. */
    int version() {
        return version;
    }

    /**
     * The result of step {@code index} computed in this wave: runs it here when nobody took it yet, else waits for
     * it, running the wave's unclaimed tasks from the front meanwhile and then split-off work of the tasks still
     * running.
     *
     * @return the step's result, or null when the step is not one of the wave's tasks or its task failed (the
     *         engine then runs it itself)
     */
    StepResult resultOf(int index) {
        int t = taskOf(index);
        if (t < 0) {
            return null;
        }
        if (!steps.get(index).isPure()) {
            // the engine runs this step itself now; a prefetch nobody started is not needed any more (one in
            // flight finishes on its own: the step's analyses are computed once, whoever asks first)
            state.compareAndSet(t, UNCLAIMED, SKIPPED);
            return null;
        }
        // The step the engine needs next, when nobody took it, then the other whole steps nobody took, and only then
        // split-off work of steps running elsewhere: a step is indivisible while split-off work is not (its lender
        // runs what nobody took when it joins), so running whole steps first and filling in with split-off work
        // keeps both threads busy to the end. (Until the thirty-ninth session split-off work came before the other
        // steps: the engine's thread then helped detect_injection's rule parts and took detect_exfiltration last,
        // which the helper, done with detect_injection, could only watch: ~1 ms of a 1 MiB call's 12.)
        if (state.compareAndSet(t, UNCLAIMED, RUNNING)) {
            run(t);
        }
        while (true) {
            int s = state.get(t);
            if (s == DONE) {
                break;
            }
            if (s == SKIPPED) {
                return null;
            }
            int other = claimFront(t + 1);
            if (other >= 0) {
                run(other);
                continue;
            }
            Runnable work = lent.poll();
            if (work != null) {
                Lending.runLent(work); // the waited-for step split its work: do a part of it
            } else {
                awaitChange(t);
            }
        }
        Object r = results.get(t);
        return r == FAILED ? null : (StepResult) r;
    }

    /**
     * Stops handing out tasks. Tasks in flight finish on their own and their results are dropped; they cannot
     * disturb the run, whose state they only read (a part's analyses are stored with the text they were computed
     * from).
     */
    void close() {
        closed = true;
        for (int t = 0; t < tasks.length; t++) {
            state.compareAndSet(t, UNCLAIMED, SKIPPED);
        }
        synchronized (this) {
            notifyAll(); // a helper staying for split-off work leaves
        }
    }

    private int taskOf(int index) {
        int t = java.util.Arrays.binarySearch(tasks, index);
        return t >= 0 ? t : -1;
    }

    /**
     * A helper thread's loop: takes the prefetches of steps that are not pure, then the {@link Heavy} steps, then tasks
     * from the back until none is left (but the redacting step that closes the wave), then stays for the split-off
     * work of the tasks still running elsewhere (a long step on the engine's thread lends parts of its work as it
     * goes) until they are all done or the wave is closed.
     */
    private void help() {
        // prefetches first, earliest first: one pays only when done before the engine's thread reaches its step
        for (int t = 0; t < tasks.length && !closed; t++) {
            if (!steps.get(tasks[t]).isPure() && state.compareAndSet(t, UNCLAIMED, RUNNING)) {
                run(t);
            }
        }
        // the step that closes the wave with a rewrite is left to the engine's thread, which needs its result last
        // and applies the rewrite right after: run elsewhere, the engine's thread waited for it and was woken at its
        // end (forty-first session: a redacting 1 MiB call's wall time -0.8 % and -1.2 %, both orders); the helper
        // takes the step's split-off work, and a call that an earlier step blocks no longer runs it ahead for nothing
        int end = closesWithRewrite ? tasks.length - 1 : tasks.length;
        // then the heavy steps, so that the engine's thread does the light ones meanwhile
        for (int t = end - 1; t >= 0 && !closed; t--) {
            if (steps.get(tasks[t]) instanceof Heavy && state.compareAndSet(t, UNCLAIMED, RUNNING)) {
                run(t);
            }
        }
        for (int t = end - 1; t >= 0 && !closed; t--) {
            drainLent();
            if (state.compareAndSet(t, UNCLAIMED, RUNNING)) {
                run(t);
            }
        }
        while (!closed) {
            Runnable work = lent.poll();
            if (work != null) {
                Lending.runLent(work);
            } else if (anyRunning()) {
                synchronized (this) {
                    Lending.await(this, () -> closed || !lent.isEmpty() || !anyRunning());
                }
            } else {
                break;
            }
        }
        drainLent();
    }

    /** Whether a task is still running (or not yet claimed). */
    private boolean anyRunning() {
        for (int t = 0; t < tasks.length; t++) {
            int s = state.get(t);
            if (s == RUNNING || s == UNCLAIMED) {
                return true;
            }
        }
        return false;
    }

    private void drainLent() {
        for (Runnable work = lent.poll(); work != null; work = lent.poll()) {
            Lending.runLent(work);
        }
    }

    /** Takes split-off work: queued for the call's threads, which are woken. */
    private void lend(Runnable work) {
        lent.add(work);
        synchronized (this) {
            notifyAll();
        }
    }

    /** Claims the first unclaimed task from {@code from} on; -1 when there is none (or the wave is closed). */
    private int claimFront(int from) {
        for (int t = from; t < tasks.length && !closed; t++) {
            if (state.compareAndSet(t, UNCLAIMED, RUNNING)) {
                return t;
            }
        }
        return -1;
    }

    private void run(int t) {
        Object r;
        try {
            Step step = steps.get(tasks[t]);
            if (!step.isPure()) {
                ((Prefetch) step).prefetch(view);
                r = FAILED; // no result: the engine runs the step in order
            } else {
                r = Lending.with(lender, () -> step.apply(view));
                if (r == null) {
                    r = FAILED; // rerun in order, where the engine reports the null
                }
            }
        } catch (Throwable e) { // rerun in order, where the failure is handled (or rethrown) as in a sequential run
            r = FAILED;
        }
        results.set(t, r);
        synchronized (this) {
            state.set(t, DONE);
            notifyAll();
        }
    }

    private void awaitChange(int t) {
        synchronized (this) {
            Lending.await(this, () -> state.get(t) != RUNNING || !lent.isEmpty());
        }
    }

    /**
     * What a step sees in a wave: the run's state at the wave's start. Everything a pure step may read; the rest
     * throws, naming the step's mistake.
     */
    static final class View implements StepContext {
        private final Phase phase;
        private final Mode mode;
        private final GovernanceContext governance;
        private final List<TextPart> parts;
        private final ChatRequest request;
        private final ChatResponse response;
        private final ToolCall toolCall;
        private final Clock clock;

        View(Phase phase, Mode mode, GovernanceContext governance, List<TextPart> parts, ChatRequest request,
             ChatResponse response, ToolCall toolCall, Clock clock) {
            this.phase = phase;
            this.mode = mode;
            this.governance = governance;
            this.parts = parts;
            this.request = request;
            this.response = response;
            this.toolCall = toolCall;
            this.clock = clock;
        }

        private static IllegalStateException impure(String what) {
            return new IllegalStateException("a step running ahead of its turn (declared pure with Step.isPure(), or a"
                    + " Prefetch) read " + what + ", which only its in-order apply may; return false from isPure() in"
                    + " that step, or read it in apply instead of prefetch");
        }

        @Override
        public Phase phase() {
            return phase;
        }

        @Override
        public Mode mode() {
            return mode;
        }

        @Override
        public GovernanceContext governance() {
            return governance;
        }

        @Override
        public List<TextPart> parts() {
            return parts;
        }

        @Override
        public ChatRequest request() {
            return request;
        }

        @Override
        public ChatResponse response() {
            return response;
        }

        @Override
        public ToolCall toolCall() {
            return toolCall;
        }

        @Override
        public List<Finding> findings() {
            throw impure("the findings of earlier steps");
        }

        @Override
        public Classification classification() {
            throw impure("the classification of earlier steps");
        }

        @Override
        public SessionState session() {
            throw impure("the session state");
        }

        @Override
        public SessionState agentState() {
            throw impure("the agent state");
        }

        @Override
        public SessionStore sessionStore() {
            throw impure("the session store");
        }

        @Override
        public Clock clock() {
            return clock;
        }

        @Override
        public Map<String, Object> attributes() {
            throw impure("the run's attributes");
        }
    }
}
