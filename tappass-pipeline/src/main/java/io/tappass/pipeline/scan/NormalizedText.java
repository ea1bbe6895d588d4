package io.tappass.pipeline.scan;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The result of {@link Normalizer#normalize(String)}: a folded, lower-cased, de-obfuscated view of a text made for
 * pattern matching, with a map back to offsets of the original text and the decoded contents of embedded
 * base64/hex/binary/url-encoded/rot13 segments.
 *
 * <p>Immutable and thread-safe. The normalised text never leaves the process in findings: detectors report spans
 * of the original text via {@link #originalStart(int)} and {@link #originalEnd(int)}.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] normPos;
    private final int[] origPos;
    private final List<DecodedSegment> segments;
    private final int removedInvisible;
    private final int foldedConfusables;
    private final int smuggledTags;
    private final boolean latin1;
    /** Derived analyses of this text (key, value pairs), see {@link #memo}. */
    private Object[] memo;

    NormalizedText(String original, String text, int[] normPos, int[] origPos, List<DecodedSegment> segments,
                   int removedInvisible, int foldedConfusables, int smuggledTags, boolean latin1) {
        this.original = Objects.requireNonNull(original, "original");
        this.text = Objects.requireNonNull(text, "text");
        this.normPos = normPos;
        this.origPos = origPos;
        this.segments = List.copyOf(segments);
        this.removedInvisible = removedInvisible;
        this.foldedConfusables = foldedConfusables;
        this.smuggledTags = smuggledTags;
        this.latin1 = latin1;
    }

    /** The text that was normalised. */
    public String original() {
        return original;
    }

    /** The normalised text: NFKC/confusable-folded ASCII-ish lower case, invisible characters removed, whitespace
     *  collapsed, spaced-out words joined and leetspeak undone. */
    public String text() {
        return text;
    }

    /**
     * Every embedded encoded segment that was decoded (recursively, flattened; nested segments carry the span of
     * their outermost encoded segment in this text's original).
     */
    public List<DecodedSegment> segments() {
        return segments;
    }

    /** How many invisible, bidi-control or variation-selector characters were removed. */
    public int removedInvisible() {
        return removedInvisible;
    }

    /** How many characters were folded from a look-alike script (Cyrillic, Greek, fullwidth, math letters). */
    public int foldedConfusables() {
        return foldedConfusables;
    }

    /** How many Unicode tag characters (U+E0000 block) were decoded to ASCII. */
    public int smuggledTags() {
        return smuggledTags;
    }

    /**
     * Whether every character of {@link #text()} is below U+0100 (always true for ASCII input), so that a scanner
     * may copy it into a byte array with {@link String#getBytes(int, int, byte[], int)} without losing anything.
     */
    public boolean isLatin1() {
        return latin1;
    }

    /** The original offset of the character at normalised index {@code i} (0 &lt;= i &lt;= length). */
    public int originalStart(int i) {
        if (i >= text.length()) {
            return original.length();
        }
        int k = floor(i);
        return Math.min(original.length(), origPos[k] + (i - normPos[k]));
    }

    /** The original end offset (exclusive) of a normalised span ending (exclusive) at {@code end}. */
    public int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        int o = originalStart(end - 1) + 1;
        if (o < original.length() && Character.isLowSurrogate(original.charAt(o))) {
            o++;
        }
        // Characters removed right after the span (invisible ones) are not part of it.
        return Math.min(o, original.length());
    }

    private int floor(int i) {
        int lo = 0;
        int hi = normPos.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (normPos[mid] <= i) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * A derived analysis of this (immutable) normalised text, computed by {@code compute} on first use per
     * {@code key} and cached for the lifetime of this object, so several detectors that need the same analysis
     * (e.g. a shared word index of their rule sets) compute it once, also when they run on different threads (the
     * others wait for the first). {@code compute} must be a pure function of the text.
     *
     * @throws NullPointerException if {@code compute} returns null
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Function<? super NormalizedText, ? extends T> compute) {
        while (true) {
            Object known;
            Computing mine = null;
            synchronized (this) {
                known = memoized(key);
                if (known == null) {
                    mine = new Computing();
                    store(key, mine);
                }
            }
            if (known instanceof Computing c) {
                c.checkNotOwner(key);
                Object done = c.await();
                if (done != null) {
                    return (T) done;
                }
                continue; // the other thread's computation failed: compute it here
            }
            if (known != null) {
                return (T) known;
            }
            T v = null;
            try {
                v = Objects.requireNonNull(compute.apply(this), "memo value");
                return v;
            } finally {
                synchronized (this) {
                    store(key, v); // null: forgotten, so that the next caller computes it
                }
                mine.complete(v);
            }
        }
    }

    /** The value stored under {@code key}, or null; the caller holds the lock. */
    private Object memoized(Object key) {
        Object[] m = memo;
        if (m != null) {
            for (int i = 0; i < m.length; i += 2) {
                if (m[i] == key) {
                    return m[i + 1];
                }
            }
        }
        return null;
    }

    /** Stores (or with null, forgets) the value under {@code key}; the caller holds the lock. */
    private void store(Object key, Object value) {
        Object[] m = memo;
        if (m != null) {
            for (int i = 0; i < m.length; i += 2) {
                if (m[i] == key) {
                    m[i + 1] = value;
                    return;
                }
            }
        }
        if (value != null) {
            m = m == null ? new Object[2] : java.util.Arrays.copyOf(m, m.length + 2);
            m[m.length - 2] = key;
            m[m.length - 1] = value;
            memo = m;
        }
    }

    @Override
    public String toString() {
        return "NormalizedText[" + original.length() + " -> " + text.length() + " chars, " + segments.size()
                + " decoded segments]";
    }
}
