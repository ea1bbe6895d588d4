package io.tappass.pipeline.session;

import io.tappass.core.governance.GovernanceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The taint state of sessions, kept in a {@link SessionStore} (so it expires with the session, 30 minutes idle by
 * default): which labels the session's context carries and from which source, and which concrete values (tokens of
 * at least 8 characters) carry which label. {@code taint_check} records sources and checks sinks; applications
 * inspect labels and <em>declassify</em> explicitly through this class. Every declassification is logged (label,
 * who, why; never data) and reported once as a {@code taint_declassified} obligation on the session's next check,
 * so that the audit trail records it. Thread-safe.
 */
public final class TaintTracker {

    private static final Logger LOG = LoggerFactory.getLogger(TaintTracker.class);
    static final String KEY = "taint_check.state";
    static final int MIN_TOKEN = 8;
    static final int MAX_TOKENS = 20_000;

    private final SessionStore store;
    private final Clock clock;

    /**
     * A declassification, as audited.
     *
     * @param label  the label removed
     * @param by     who declassified (a user or service id)
     * @param reason why
     * @param at     when
     */
    public record Declassification(TaintLabel label, String by, String reason, Instant at) {
    }

    /** A tracker over {@code store}. */
    public TaintTracker(SessionStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The labels the session's context carries, each with its first source (e.g. {@code tool:web_fetch}). */
    public Map<TaintLabel, String> labels(GovernanceContext context) {
        State s = state(store.state(sessionKey(context)));
        synchronized (s) {
            Map<TaintLabel, String> out = new EnumMap<>(TaintLabel.class);
            out.putAll(s.context);
            for (Map.Entry<TaintLabel, String> e : s.valueLabels.entrySet()) {
                out.putIfAbsent(e.getKey(), e.getValue());
            }
            return out;
        }
    }

    /**
     * Removes {@code label} from the session (context and values), e.g. after a human reviewed the fetched page.
     *
     * @param by     who declassifies (required, for the audit trail)
     * @param reason why (required)
     */
    public Declassification declassify(GovernanceContext context, TaintLabel label, String by, String reason) {
        Objects.requireNonNull(label, "label");
        if (by == null || by.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("declassification needs who ('by') and why ('reason') for the audit "
                    + "trail");
        }
        State s = state(store.state(sessionKey(context)));
        Declassification d = new Declassification(label, by, reason, clock.instant());
        synchronized (s) {
            s.context.remove(label);
            s.valueLabels.remove(label);
            int bit = 1 << label.ordinal();
            for (Iterator<Map.Entry<String, Taint>> it = s.values.entrySet().iterator(); it.hasNext(); ) {
                Taint t = it.next().getValue();
                t.labels &= ~bit;
                if (t.labels == 0) {
                    it.remove();
                }
            }
            s.exactValues.removeIf(v -> !s.values.containsKey("\u0000" + v));
            s.pendingAudit.add(d);
        }
        LOG.info("taint label {} declassified in session {} by {}: {}", label, context.sessionId(), by, reason);
        return d;
    }

    static String sessionKey(GovernanceContext ctx) {
        return ctx.agentId() + "|" + ctx.sessionId();
    }

    static State state(SessionState session) {
        return session.computeIfAbsent(KEY, k -> new State());
    }

    /**
     * Calls {@code sink} for every token of {@code text} that could carry a value label: the same tokens as the
     * regular expression {@code [^\s"'`<>(){}\[\],;]{8,256}} with {@code find()} (runs of non-separator code
     * points, cut into pieces of at most 256 code points, pieces shorter than 8 dropped), by a hand-written scanner
     * that allocates only the token strings.
     */
    static void tokens(String text, java.util.function.Consumer<String> sink) {
        int n = text.length();
        if (n < MIN_TOKEN) {
            return;
        }
        int i = 0;
        while (i < n) {
            if (isSeparator(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int cps = 0;
            while (i < n && cps < 256 && !isSeparator(text.charAt(i))) {
                i += Character.charCount(text.codePointAt(i));
                cps++;
            }
            if (cps >= MIN_TOKEN) {
                sink.accept(text.substring(start, i));
            }
        }
    }

    /** The regex's excluded characters: {@code \s} (ASCII whitespace) and {@code "'`<>(){}[],;}. */
    private static boolean isSeparator(char c) {
        switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '"', '\'', '`', '<', '>', '(', ')', '{', '}', '[', ']', ',',
                    ';':
                return true;
            default:
                return false;
        }
    }

    /** A value's labels (bit set over {@link TaintLabel}) and first source. */
    static final class Taint {
        int labels;
        final String source;

        Taint(int labels, String source) {
            this.labels = labels;
            this.source = source;
        }
    }

    /** Per-session taint state; guarded by its own monitor. */
    static final class State {
        final Map<TaintLabel, String> context = new EnumMap<>(TaintLabel.class);
        final Map<TaintLabel, String> valueLabels = new EnumMap<>(TaintLabel.class);
        final Map<String, Taint> values = new HashMap<>();
        final List<Declassification> pendingAudit = new ArrayList<>();
        final java.util.LinkedHashSet<String> exactValues = new java.util.LinkedHashSet<>();

        void exact(String value) {
            if (exactValues.size() < 256) {
                exactValues.add(value);
            }
        }

        void addContext(TaintLabel label, String source) {
            context.putIfAbsent(label, source);
        }

        void addValue(String token, TaintLabel label, String source) {
            valueLabels.putIfAbsent(label, source);
            Taint t = values.get(token);
            if (t == null) {
                if (values.size() >= MAX_TOKENS) {
                    return;
                }
                values.put(token, new Taint(1 << label.ordinal(), source));
            } else {
                t.labels |= 1 << label.ordinal();
            }
        }
    }
}
