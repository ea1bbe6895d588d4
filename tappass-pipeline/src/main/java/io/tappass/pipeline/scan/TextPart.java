package io.tappass.pipeline.scan;

import io.tappass.core.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One piece of text under governance during one pipeline run: a text content part of a request message, or the
 * model's output. Steps read {@link #text()} (the current text, after earlier steps' redactions) and report
 * findings with spans into it; the engine rewrites the part and keeps the history so that every finding can be
 * reported in offsets of the {@linkplain #originalText() original} text.
 *
 * <p>{@link #analysis(Object, Function)} caches an analysis of the current text (a normalised form, a token list,
 * a detector's raw matches) per key, so that several steps share one scan. The cache is dropped when the text is
 * rewritten. A part belongs to one run. Analyses may be asked for from several threads at once (the engine runs
 * pure steps of a large call concurrently): each is computed once and the other threads wait for it, and an
 * analysis is always stored with the text it was computed from, even when the engine rewrites the part meanwhile.
 */
public final class TextPart {

    /** Where a part comes from. */
    public enum Source {
        /** A system message (instructions from the application; usually trusted). */
        SYSTEM,
        /** A user message. */
        USER,
        /** An earlier assistant message in the conversation. */
        ASSISTANT,
        /** A tool result fed back to the model (untrusted: may carry indirect injections). */
        TOOL_RESULT,
        /** The model's output being checked. */
        OUTPUT
    }

    private final String id;
    private final Source source;
    private final int messageIndex;
    private final int contentIndex;
    private final String originalText;
    private String text;
    private final List<int[]> layers = new ArrayList<>(0); // per rewrite: (start, end, replacement length, new start) per edit
    private Map<Object, Object> cache;
    // the analyses of the text before the last rewrite, kept for analyses that can be rebased across it
    private String previousText;
    private Map<Object, Object> previousCache;

    /**
     * @param id           e.g. {@code messages[2].content[0]} or {@code output}
     * @param source       where the text comes from
     * @param messageIndex the index of its message, or -1 for output
     * @param contentIndex the index of the content part within the message, or -1 for output
     * @param text         the original text
     */
    public TextPart(String id, Source source, int messageIndex, int contentIndex, String text) {
        this.id = Objects.requireNonNull(id, "id");
        this.source = Objects.requireNonNull(source, "source");
        this.messageIndex = messageIndex;
        this.contentIndex = contentIndex;
        this.originalText = Objects.requireNonNull(text, "text");
        this.text = text;
    }

    /** Maps a message role to a part source. */
    public static Source sourceOf(Role role) {
        switch (role) {
            case SYSTEM: return Source.SYSTEM;
            case ASSISTANT: return Source.ASSISTANT;
            case TOOL: return Source.TOOL_RESULT;
            default: return Source.USER;
        }
    }

    /** The part id used in findings, e.g. {@code messages[2].content[0]}. */
    public String id() {
        return id;
    }

    public Source source() {
        return source;
    }

    public int messageIndex() {
        return messageIndex;
    }

    public int contentIndex() {
        return contentIndex;
    }

    /** The current text (after the redactions of the steps that ran before). */
    public String text() {
        return text;
    }

    /** The text as it arrived. */
    public String originalText() {
        return originalText;
    }

    /** Whether any step rewrote this part. */
    public boolean isRewritten() {
        return !layers.isEmpty();
    }

    /**
     * The analysis of the current text under {@code key}, computed once per text version.
     *
     * @param key     identifies the analysis (use a constant object or a class)
     * @param compute computes it from the current text
     */
    public <T> T analysis(Object key, Function<String, T> compute) {
        return analysis(key, compute, null);
    }

    /**
     * Carries an analysis of the text before a rewrite over to the rewritten text, e.g. by shifting matches outside
     * the rewritten spans and rescanning only around them.
     *
     * @param <T> the analysis type
     */
    @FunctionalInterface
    public interface Rebaser<T> {
        /**
         * @param previous     the analysis of {@code previousText}
         * @param previousText the text before the rewrite
         * @param text         the rewritten text
         * @param edits        the rewrite
         * @return the analysis of {@code text}, exactly as {@code compute} would return it, or null to compute it
         */
        T rebase(T previous, String previousText, String text, Edits edits);
    }

    /**
     * One rewrite of a part: sorted, non-overlapping edits, each replacing {@code [oldStart, oldEnd)} of the text
     * before with {@code [newStart, newEnd)} of the text after.
     */
    public static final class Edits {
        private final int[] layer;

        Edits(int[] layer) {
            this.layer = layer;
        }

        /** The number of edits. */
        public int size() {
            return layer.length / 4;
        }

        /** Start of edit {@code i} in the text before. */
        public int oldStart(int i) {
            return layer[4 * i];
        }

        /** End (exclusive) of edit {@code i} in the text before. */
        public int oldEnd(int i) {
            return layer[4 * i + 1];
        }

        /** Start of edit {@code i}'s replacement in the text after. */
        public int newStart(int i) {
            return layer[4 * i + 3];
        }

        /** End (exclusive) of edit {@code i}'s replacement in the text after. */
        public int newEnd(int i) {
            return layer[4 * i + 3] + layer[4 * i + 2];
        }
    }

    /**
     * Like {@link #analysis(Object, Function)}, but when the text was just rewritten and the analysis of the text
     * before is known, {@code rebaser} may derive the new analysis from it instead of computing it from scratch
     * (so a step after a redacting step does not rescan the whole text).
     */
    @SuppressWarnings("unchecked")
    public <T> T analysis(Object key, Function<String, T> compute, Rebaser<T> rebaser) {
        while (true) {
            Object v;
            Computing mine = null;
            Object old = null;
            // the text, its cache and the rewrite that led to it are read together: an analysis is stored in the
            // cache of the text it was computed from, even if the text is rewritten meanwhile
            Map<Object, Object> into;
            String current;
            String before = null;
            int[] lastEdits = null;
            synchronized (this) {
                if (cache == null) {
                    cache = new HashMap<>(4);
                }
                into = cache;
                current = text;
                v = into.get(key);
                if (v == null) {
                    mine = new Computing();
                    into.put(key, mine);
                    if (rebaser != null && previousCache != null) {
                        old = previousCache.get(key);
                        before = previousText;
                        lastEdits = layers.get(layers.size() - 1);
                    }
                }
            }
            if (v instanceof Computing c) {
                c.checkNotOwner(key);
                Object done = c.await();
                if (done != null) {
                    return (T) done;
                }
                continue; // the other thread's computation failed: compute it here
            }
            if (v != null) {
                return (T) v;
            }
            Object result = null;
            try {
                if (old != null && !(old instanceof Computing)) {
                    result = rebaser.rebase((T) old, before, current, new Edits(lastEdits));
                }
                if (result == null) {
                    result = compute.apply(current);
                }
                return (T) result;
            } finally {
                synchronized (this) {
                    if (result != null) {
                        into.put(key, result);
                    } else {
                        into.remove(key, mine);
                    }
                }
                mine.complete(result);
            }
        }
    }

    /**
     * Replaces spans of the current text. Spans must be sorted by start and must not overlap.
     *
     * @param starts       span starts (current-text offsets)
     * @param ends         span ends (exclusive)
     * @param replacements the replacement of each span
     */
    public void rewrite(int[] starts, int[] ends, String[] replacements) {
        if (starts.length == 0) {
            return;
        }
        long newLength = text.length();
        for (int i = 0; i < starts.length; i++) {
            newLength += replacements[i].length() - (ends[i] - starts[i]);
        }
        // sized exactly: a 1 MiB text with thousands of redactions is copied once, not grown and copied again; a
        // large text is assembled in the thread's scratch builder so only the resulting String is allocated
        int capacity = (int) Math.max(0, Math.min(Integer.MAX_VALUE - 8, newLength));
        StringBuilder sb = scratch(capacity);
        int[] layer = new int[starts.length * 4];
        int prev = 0;
        int delta = 0;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] < prev || ends[i] < starts[i] || ends[i] > text.length()) {
                throw new IllegalArgumentException("spans must be sorted, non-overlapping and inside the text: ["
                        + starts[i] + ", " + ends[i] + ") in a text of length " + text.length());
            }
            sb.append(text, prev, starts[i]).append(replacements[i]);
            layer[4 * i] = starts[i];
            layer[4 * i + 1] = ends[i];
            layer[4 * i + 2] = replacements[i].length();
            layer[4 * i + 3] = starts[i] + delta; // where the replacement starts in the new text
            delta += replacements[i].length() - (ends[i] - starts[i]);
            prev = ends[i];
        }
        sb.append(text, prev, text.length());
        String rewritten = sb.toString();
        sb.setLength(0);
        synchronized (this) {
            previousText = text;
            previousCache = cache;
            text = rewritten;
            layers.add(layer);
            cache = null;
        }
    }

    /** Texts at least this long are assembled in a per-thread scratch builder instead of a new one. */
    private static final int SCRATCH_MIN = 16 * 1024;
    /** The largest scratch builder a thread keeps (in chars; at most 2 bytes each). */
    private static final int SCRATCH_MAX = 4 * 1024 * 1024;
    private static final ThreadLocal<StringBuilder> SCRATCH = new ThreadLocal<>();

    private static StringBuilder scratch(int capacity) {
        if (capacity < SCRATCH_MIN || capacity > SCRATCH_MAX) {
            return new StringBuilder(capacity);
        }
        StringBuilder sb = SCRATCH.get();
        if (sb == null) {
            sb = new StringBuilder(Math.max(capacity, 64 * 1024));
            SCRATCH.set(sb);
        }
        sb.setLength(0);
        sb.ensureCapacity(capacity);
        return sb;
    }

    /** Maps an offset of the current text to the original text. */
    public int toOriginal(int offset, boolean isEnd) {
        int p = offset;
        for (int l = layers.size() - 1; l >= 0; l--) {
            p = mapBack(layers.get(l), p, isEnd);
        }
        return p;
    }

    /**
     * Maps a new-text offset back through one rewrite: binary search for the first edit whose replacement ends
     * after {@code p} (at or after, for an end offset); before that replacement the offset shifts by the edits
     * before it, inside it snaps to the edit's original start (end). O(log edits), so mapping every finding of a
     * text with thousands of redactions stays linear overall.
     */
    private static int mapBack(int[] edits, int p, boolean isEnd) {
        int m = edits.length / 4;
        int lo = 0;
        int hi = m;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int newEnd = edits[4 * mid + 3] + edits[4 * mid + 2];
            if (isEnd ? newEnd >= p : newEnd > p) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (lo == m) {
            if (m == 0) {
                return p;
            }
            int last = 4 * (m - 1);
            return p - (edits[last + 3] + edits[last + 2] - edits[last + 1]);
        }
        int k = 4 * lo;
        int newStart = edits[k + 3];
        if (isEnd ? p <= newStart : p < newStart) {
            return p - (newStart - edits[k]);
        }
        return isEnd ? edits[k + 1] : edits[k];
    }

    @Override
    public String toString() {
        return "TextPart[" + id + ", " + source + ", " + text.length() + " chars]";
    }
}
