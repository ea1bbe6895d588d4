package io.tappass.pipeline.bench;

import io.tappass.core.ChatRequest;
import io.tappass.core.Message;
import io.tappass.core.ToolCall;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.pipeline.Pipeline;
import io.tappass.pipeline.session.SessionStore;
import java.util.List;
import java.util.Map;

/**
 * Memory of session state: drives N sessions (default 100,000, then twice as many) through loop_guard, taint_check,
 * rate_limit, budget and cost_tracking (one model call, one tool call, one tool result each) and prints the retained
 * heap and the store size. The store is bounded (100,000 sessions by default), so the second round must not grow
 * the heap. Run on the test class path of the {@code bench} profile:
 * {@code java -Xmx2g -cp ... io.tappass.pipeline.bench.SessionMemoryCheck [sessions]}.
 */
public final class SessionMemoryCheck {

    private SessionMemoryCheck() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        SessionStore store = SessionStore.inMemory();
        Pipeline p = Pipeline.builder().sessionStore(store)
                .step("loop_guard").step("taint_check").step("dedup").step("cost_tracking")
                .override("rate_limit", Map.of("max_calls", 1_000_000_000, "scope", "session"))
                .override("budget", Map.of("session_usd", 1000.0))
                .build();
        long base = used();
        drive(p, 0, n);
        long first = used();
        System.out.printf("after %,d sessions: store size %,d, retained heap %,d KB (%,d bytes/session)%n", n,
                store.size(), (first - base) / 1024, (first - base) / Math.max(1, store.size()));
        if (args.length > 1 && args[1].equals("hold")) {
            System.out.println("holding for 60 s (jcmd <pid> GC.class_histogram)");
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        drive(p, n, 2 * n);
        long second = used();
        System.out.printf("after %,d sessions: store size %,d, retained heap %,d KB%n", 2 * n, store.size(),
                (second - base) / 1024);
    }

    private static void drive(Pipeline p, int from, int to) {
        for (int i = from; i < to; i++) {
            GovernanceContext ctx = GovernanceContext.of("agent-" + (i % 100), "s-" + i);
            p.checkInput(ChatRequest.builder().model("gpt-4o").user("what is in report " + i + "?").build(), ctx);
            ToolCall c = new ToolCall("c" + i, "web_fetch", Map.of("url", "https://example.com/r/" + i), null);
            p.govern(c, ctx);
            p.checkInput(ChatRequest.builder().model("gpt-4o").user("what is in report " + i + "?")
                    .addMessage(Message.assistant("", List.of(c)))
                    .addMessage(Message.toolResult("c" + i, "web_fetch", "Report " + i + " says revenue grew"))
                    .build(), ctx);
        }
    }

    private static long used() {
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
