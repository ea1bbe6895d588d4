package io.tappass.client.internal;

import io.tappass.core.governance.Verdict;
import java.util.function.Function;

/**
 * Governs one streamed text channel (an OpenAI choice, an Anthropic text block, a Responses output part) with a
 * bounded hold-back: the last {@code holdBack} characters are never released until more text arrives or the
 * channel ends, and every check runs on the held text plus up to {@code holdBack} characters of already released
 * context, so a secret or an email split across chunks is still seen whole and redacted (or blocks) before any of
 * it is released.
 *
 * <p>Rewrites are located by diffing the checked window with the pipeline's rewritten text (common prefix and
 * suffix). A rewrite that reaches into the held tail is not committed until it is followed by {@code holdBack}
 * characters (the match may still grow); text before it keeps flowing. A detection longer than the hold-back that
 * starts in already released text can only be redacted from the release point on ({@link #partialLeaks()} counts
 * these). Not thread-safe: one per channel.
 */
public final class TextGovernor {

    /** Thrown when a check blocks; carries the verdict. */
    public static final class Blocked extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Verdict verdict;

        Blocked(Verdict verdict) {
            super(verdict.reason(), null, false, false);
            this.verdict = verdict;
        }

        /** The blocking verdict. */
        public Verdict verdict() {
            return verdict;
        }
    }

    private final Function<String, Verdict> check;
    private final int holdBack;
    private final int maxHeld;
    private final StringBuilder text = new StringBuilder();
    private int released;
    private int partialLeaks;
    private int checks;
    private Verdict last;
    /** Appended deltas still (partly) unreleased, in governed-text coordinates, with their payloads. */
    private final java.util.ArrayDeque<Unit> units = new java.util.ArrayDeque<>();
    private final java.util.List<Object> ready = new java.util.ArrayList<>();

    /** One appended delta: where its text now lies, its payload, whether a rewrite touched it. */
    private static final class Unit {
        int start;
        int end;
        final Object payload;
        boolean dirty;

        Unit(int start, int end, Object payload) {
            this.start = start;
            this.end = end;
            this.payload = payload;
        }
    }

    /**
     * @param check    runs the output pipeline on a text window
     * @param holdBack characters kept unreleased (and re-checked as context), at least 1
     */
    public TextGovernor(Function<String, Verdict> check, int holdBack) {
        if (holdBack < 1) {
            throw new IllegalArgumentException("holdBack must be >= 1, got " + holdBack);
        }
        this.check = check;
        this.holdBack = holdBack;
        this.maxHeld = Math.max(holdBack * 16, 4096);
    }

    /** Appends a delta; returns the text that may be released now (possibly empty). */
    public String append(String delta) throws Blocked {
        return append(delta, null);
    }

    /**
     * Appends a delta carrying a payload (e.g. its token log-probabilities); the payload becomes available from
     * {@link #releasedPayloads()} once all of the delta's text is released unchanged, and is dropped when a rewrite
     * touched that text.
     */
    public String append(String delta, Object payload) throws Blocked {
        if (!delta.isEmpty()) {
            units.add(new Unit(text.length(), text.length() + delta.length(), payload));
        }
        text.append(delta);
        if (text.length() - released <= holdBack) {
            return "";
        }
        return step(false);
    }

    /** Ends the channel: checks what is held and releases all of it. */
    public String flush() throws Blocked {
        if (released == text.length() && last != null) {
            return "";
        }
        return step(true);
    }

    /**
     * The payloads of deltas whose text has been fully released unchanged since the last call, in order (deltas
     * whose text a rewrite touched contribute nothing).
     */
    public java.util.List<Object> releasedPayloads() {
        java.util.List<Object> out = new java.util.ArrayList<>(ready);
        ready.clear();
        return out;
    }

    /** The governed text so far (released and held). */
    public String text() {
        return text.toString();
    }

    /** How many detections started in text released before they were complete. */
    public int partialLeaks() {
        return partialLeaks;
    }

    /** How many pipeline checks ran. */
    public int checks() {
        return checks;
    }

    /** The last verdict, or null. */
    public Verdict lastVerdict() {
        return last;
    }

    private String step(boolean fin) throws Blocked {
        int windowStart = Math.max(0, released - holdBack);
        String w = text.substring(windowStart);
        Verdict v = run(w);
        String r = rewritten(v, w);
        int cut = fin ? text.length() : Math.max(released, text.length() - holdBack);
        if (!r.equals(w)) {
            int p = prefix(w, r);
            int q = suffix(w, r, p);
            int modStart = windowStart + p;
            int modEnd = windowStart + w.length() - q;
            if (modEnd <= released) {
                // The only difference lies in already released context; re-check the unreleased text alone.
                windowStart = released;
                w = text.substring(windowStart);
                v = run(w);
                r = rewritten(v, w);
                if (r.equals(w)) {
                    return release(cut);
                }
                p = prefix(w, r);
                q = suffix(w, r, p);
                modStart = windowStart + p;
                modEnd = windowStart + w.length() - q;
            }
            boolean settled = fin || modEnd <= cut || text.length() - released > maxHeld;
            if (settled) {
                String replacement = r.substring(p, r.length() - q);
                int from = modStart;
                if (modStart < released) {
                    partialLeaks++;
                    from = released;
                }
                int before = text.length();
                text.replace(from, modEnd, replacement);
                shiftUnits(from, modEnd, replacement.length());
                cut = fin ? text.length() : Math.max(released, cut + text.length() - before);
                if (!fin && text.length() - released > maxHeld) {
                    cut = text.length();
                }
            } else {
                cut = Math.min(cut, Math.max(released, modStart));
            }
        }
        return release(cut);
    }

    private Verdict run(String w) throws Blocked {
        checks++;
        Verdict v = check.apply(w);
        last = v;
        if (v.isBlocked() || v.outcome() == io.tappass.core.governance.Outcome.NEEDS_APPROVAL) {
            throw new Blocked(v);
        }
        return v;
    }

    private static String rewritten(Verdict v, String w) {
        return v.response() == null ? w : v.response().content();
    }

    private String release(int cut) {
        cut = Math.min(Math.max(cut, released), text.length());
        String out = text.substring(released, cut);
        released = cut;
        while (!units.isEmpty() && units.peek().end <= released) {
            Unit u = units.poll();
            if (!u.dirty && u.payload != null) {
                ready.add(u.payload);
            }
        }
        return out;
    }

    /** Text [from, to) became {@code len} characters: units overlapping it are dirty, later ones move. */
    private void shiftUnits(int from, int to, int len) {
        int diff = len - (to - from);
        for (Unit u : units) {
            if (u.end <= from) {
                continue;
            }
            if (u.start >= to) {
                u.start += diff;
                u.end += diff;
            } else {
                u.dirty = true;
                u.end = u.end <= to ? from + len : u.end + diff;
                u.start = Math.min(u.start, from);
            }
        }
    }

    private static int prefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static int suffix(String a, String b, int p) {
        int n = Math.min(a.length(), b.length()) - p;
        int i = 0;
        while (i < n && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        return i;
    }
}
