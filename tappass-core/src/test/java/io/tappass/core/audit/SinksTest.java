package io.tappass.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class SinksTest {

    @Test
    void inMemorySinkKeepsEventsFromManyThreads() throws Exception {
        InMemoryAuditSink sink = new InMemoryAuditSink();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            fs.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < 100; i++) {
                    sink.write(AuditEvent.builder("chat").build());
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : fs) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(sink.events()).hasSize(800);
        assertThatThrownBy(() -> sink.events().clear()).isInstanceOf(UnsupportedOperationException.class);
        sink.clear();
        assertThat(sink.events()).isEmpty();
    }

    @Test
    void slf4jSinkLogsOneCanonicalJsonLineAtInfo() {
        List<String> logged = new ArrayList<>();
        Logger logger = (Logger) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "isInfoEnabled":
                            return true;
                        case "info":
                            logged.add(((String) args[0]).replace("{}", String.valueOf(args[1])));
                            return null;
                        case "getName":
                            return Slf4jAuditSink.LOGGER_NAME;
                        default:
                            if (method.getReturnType() == boolean.class) {
                                return false;
                            }
                            throw new AssertionError("unexpected logger call " + method.getName());
                    }
                });
        AuditEvent e = AuditEvent.builder("chat").agentId("a").detail("k", "v").build();
        new Slf4jAuditSink(logger).write(e);
        assertThat(logged).containsExactly(e.toJson());
        assertThat(logged.get(0)).doesNotContain("\n", " :").startsWith("{\"agent_id\":\"a\"");
        new Slf4jAuditSink().write(e); // default logger (no binding in tests): must not throw
    }

    @Test
    void fanOutWritesToAllSinksEvenWhenOneFails() {
        InMemoryAuditSink a = new InMemoryAuditSink();
        InMemoryAuditSink b = new InMemoryAuditSink();
        AuditSink failing = event -> {
            throw new AuditException("disk full");
        };
        AuditSink fan = AuditSinks.fanOut(a, failing, b);
        AuditEvent e = AuditEvent.builder("chat").build();
        assertThatThrownBy(() -> fan.write(e)).isInstanceOf(AuditException.class).hasMessage("disk full");
        assertThat(a.events()).containsExactly(e);
        assertThat(b.events()).containsExactly(e);
        fan.flush();
        fan.close();
        AuditSinks.noop().write(e);
        AuditSinks.noop().close();
    }
}
