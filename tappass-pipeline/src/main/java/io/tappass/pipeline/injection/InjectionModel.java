package io.tappass.pipeline.injection;

import io.tappass.pipeline.internal.Lending;
import io.tappass.pipeline.internal.Swar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * A linear model over the words and word pairs of a normalised text, the statistical second opinion of
 * {@code detect_injection}, {@code detect_escalation} and {@code detect_exfiltration}: logistic regressions (one
 * <em>head</em> per step) trained on the project's own hand-written attack and look-alike sets (see
 * {@code InjectionModelTrainer} in the tests, which writes {@link #RESOURCES}).
 *
 * <p>The heads share their features, so one pass over a text's tokens yields the best window of each head: the
 * table's slot for a feature holds its key, the injection head's weight and, for the few features another head
 * weighs, the index of the other heads' weights in a small side array ({@link #heads}).
 *
 * <p>Features are the tokens of the {@linkplain io.tappass.pipeline.scan.Normalizer normalised} text (runs of letters
 * and digits; the normaliser has already lower-cased it, stripped accents and undone leetspeak, spacing and
 * look-alikes) and each pair of adjacent tokens, hashed to 64 bits, each counted once per chunk of {@value #STRIDE}
 * tokens. The logit of a window (two adjacent chunks) is the bias plus the sum of its features' weights divided by
 * the square root of their number, but never of less than {@value #MIN_FEATURES}. A text of at most {@value #WINDOW}
 * tokens is one window; a longer one is read in windows of {@value #WINDOW} tokens every {@value #STRIDE} (a long
 * document is judged by its worst stretch, not diluted as a whole), and the best window counts. A short attack inside
 * a window of ordinary text is diluted by it: there the rules remain the defence. Per token: one hash of its
 * characters (eight at a time), one of the pair, a chunk's distinct-feature set and a probe of an open-addressing
 * table per new feature. A Latin-1 text (every normalised ASCII text) is read as bytes, its token characters found 64
 * at a time.
 *
 * <p>Immutable and thread-safe; time linear in the text length; per call, no allocation but the result (the set of
 * distinct features and the byte copy of a text of up to about 1 MiB are kept per thread).
 */
final class InjectionModel {

    /** The weights, a gzipped text resource: a {@code bias} line, then one {@code weight<TAB>feature} line each. */
    static final String RESOURCE = "injection-model.tsv.gz";
    /** The head of {@code detect_injection}. */
    static final int INJECTION = 0;
    /** The head of {@code detect_escalation}. */
    static final int ESCALATION = 1;
    /** The head of {@code detect_exfiltration}. */
    static final int EXFILTRATION = 2;
    /** The number of heads. */
    static final int HEADS = 3;
    /** Each head's weights, by head ({@link #RESOURCE} is the injection head's), in the format of {@link #RESOURCE}. */
    static final String[] RESOURCES = {RESOURCE, "escalation-model.tsv.gz", "exfiltration-model.tsv.gz"};
    /** Tokens per window. */
    static final int WINDOW = 256;
    /** Tokens between the starts of two windows of a long text. */
    static final int STRIDE = 128;
    /**
     * The least number of features a window's norm counts: a short text ("this is ok") is too little evidence to
     * judge, so its few weights are divided as if it had this many features.
     */
    static final int MIN_FEATURES = 48;
    /** The salt of a word pair's key, so that a pair never shares a key with a single word. */
    private static final long PAIR = 0x9E3779B97F4A7C15L;
    /**
     * The token hash's seeds (tokens of Latin-1 characters, and the others) and its multiplier (64-bit FNV's prime
     * and offset basis, here over groups of characters; its state then {@link #mix mixed}).
     */
    private static final long SEED = 0xcbf29ce484222325L;
    private static final long SEED_WIDE = 0x84222325cbf29ce4L;
    private static final long PRIME = 0x100000001b3L;

    /**
     * The open-addressing table of the weighted features: slot s holds its key at {@code 2 s} and at {@code 2 s + 1}
     * the injection head's weight (a float, its bits in the low half) and the index of the other heads' weights in
     * {@link #others} (the high half; 0: the other heads do not weigh it), so a hit reads one cache line; a key of 0
     * marks an empty slot.
     */
    private final long[] table;
    /** The other heads' weights: {@code HEADS - 1} floats from {@code (HEADS - 1) * index}; index 0 is unused. */
    private final float[] others;
    private final int mask;
    private final double[] bias;
    private final int size;
    private final int[] headSizes;

    private InjectionModel(long[] keys, float[] weights, int[] index, float[] others, double[] bias, int size,
                           int[] headSizes) {
        this.table = new long[keys.length * 2];
        for (int s = 0; s < keys.length; s++) {
            table[2 * s] = keys[s];
            table[2 * s + 1] = (long) index[s] << 32 | (Float.floatToRawIntBits(weights[s]) & 0xFFFFFFFFL);
        }
        this.others = others;
        this.mask = keys.length - 1;
        this.bias = bias;
        this.size = size;
        this.headSizes = headSizes;
    }

    private static final class Holder {
        static final InjectionModel STANDARD = load();
    }

    /** The built-in model (loaded on first use). */
    static InjectionModel standard() {
        return Holder.STANDARD;
    }

    /** The number of features some head weighs. */
    int size() {
        return size;
    }

    /** The number of features {@code head} weighs (as listed in its resource). */
    int size(int head) {
        return headSizes[head];
    }

    /**
     * The best window of {@code text}: its logit and its token range as character offsets into {@code text}
     * ({@code [logit, start, end]}), or null when the text has no token. Windows are two adjacent chunks of
     * {@value #STRIDE} tokens (a text of at most {@value #WINDOW} tokens is one window), so a pass keeps the sums of
     * two chunks and nothing per token.
     */
    double[] best(CharSequence text) {
        return best(text, latin1(text));
    }

    /** {@link #heads(CharSequence, boolean)}'s injection head. */
    double[] best(CharSequence text, boolean latin1) {
        return heads(text, latin1)[INJECTION];
    }

    /**
     * The best window of each head (indexed by head; {@link #best(CharSequence)} of each), in one pass: told whether
     * every character of {@code text} is below U+0100 (a normalised text knows), such a text is read as bytes, 64 at a
     * time, and each token hashed eight characters at a time.
     */
    double[][] heads(CharSequence text, boolean latin1) {
        Scratch w = scratch.get();
        w.reset();
        if (latin1 && text instanceof String s) {
            latin1Tokens(s, w);
        } else {
            charTokens(text, w);
        }
        return w.finish();
    }

    /** The tokens of a text of any characters, one character at a time. */
    private void charTokens(CharSequence text, Scratch w) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isTokenChar(c)) {
                i++;
                continue;
            }
            int s = i;
            boolean wide = false;
            do {
                wide |= c > 0xFF;
                i++;
            } while (i < n && isTokenChar(c = text.charAt(i)));
            token(w, tokenHash(text, s, i, wide), s, i);
        }
    }

    /**
     * The tokens of a Latin-1 text: a byte copy (kept per thread up to about 1 MiB), a bit per byte for the token
     * characters (eight bytes per step without a branch per character), then one step per token. A long text's
     * tokens are fed in parts that the call's other threads may take ({@link #latin1Parts}).
     */
    @SuppressWarnings("deprecation")
    private void latin1Tokens(String text, Scratch w) {
        int n = text.length();
        int blocks = (n + 63) >>> 6;
        byte[] t = w.bytes(blocks * 64 + 8);
        text.getBytes(0, n, t, 0);
        java.util.Arrays.fill(t, n, blocks * 64 + 8, (byte) 0);
        long[] bits = w.bits(blocks + 1);
        for (int b = 0; b < blocks; b++) {
            bits[b] = tokenBits(t, b << 6);
        }
        bits[blocks] = 0;
        java.util.concurrent.Executor lend = n >= 2 * Lending.MIN_SPLIT_CHARS ? Lending.current() : null;
        if (lend != null) {
            int[] cuts = partCuts(bits, blocks, Math.min(MAX_PARTS, n / Lending.MIN_SPLIT_CHARS));
            if (cuts != null) {
                latin1Parts(t, bits, blocks, cuts, w, lend);
                return;
            }
        }
        if (blocks > 0) {
            latin1Range(t, bits, 0, blocks << 6, w);
        }
    }

    /**
     * Feeds the tokens that start in [from, to) ({@code from < to}) of a Latin-1 text read into bytes and bits: reads
     * a chunk's tokens ({@link #fillChunk}), weighs the chunk, and so on.
     */
    private void latin1Range(byte[] t, long[] bits, int from, int to, Scratch w) {
        int first = from >>> 6;
        w.block = first;
        w.starts = starts(bits, first, to) & -1L << (from & 63);
        while (fillChunk(t, bits, to, w)) {
            endChunk(w);
        }
    }

    /**
     * The token starts of block {@code b} (a token character after a non-token one), those at or after {@code to}
     * cleared.
     */
    private static long starts(long[] bits, int b, int to) {
        long m = bits[b];
        long carry = b > 0 ? bits[b - 1] >>> 63 : 0; // bit 0: the byte before the block is a token character
        long starts = m & ~(m << 1 | carry);
        if (to - (b << 6) < 64) {
            starts &= (1L << (to - (b << 6))) - 1;
        }
        return starts;
    }

    /**
     * Reads the keys of a Latin-1 text's tokens into the chunk, from where the last call stopped ({@code w.block} and
     * the token starts of that block not read yet, {@code w.starts}), until the chunk is full (true) or no token
     * starts before {@code to} (false). The loop over a text's tokens holds nothing else: with the chunk's weighing
     * called from it (and inlined into it or not, as the JIT chose) the pass's thread CPU varied by about 10 % from
     * one JVM to the next; with it apart, 14-15 % less than main's build on the benchmark MiB (2.50 -> 2.13 ms,
     * both builds in one JVM, fastest of 48) in each of two JVMs.
     */
    private static boolean fillChunk(byte[] t, long[] bits, int to, Scratch w) {
        int last = (to - 1) >>> 6;
        int b = w.block;
        long starts = w.starts;
        long[] tokens = w.tokens;
        int n = w.count;
        int end = w.end;
        while (true) {
            long m = bits[b];
            while (starts != 0) {
                int at = Long.numberOfTrailingZeros(starts);
                starts &= starts - 1;
                int s = (b << 6) + at;
                long rest = ~m & -1L << at;
                if (rest != 0) {
                    end = (b << 6) + Long.numberOfTrailingZeros(rest);
                } else {
                    int k = b + 1;
                    while (bits[k] == -1L) {
                        k++;
                    }
                    end = (k << 6) + Long.numberOfTrailingZeros(~bits[k]);
                }
                if (n == 0) {
                    w.start = s;
                }
                tokens[n++] = bytesHash(t, s, end);
                if (n == STRIDE) {
                    w.block = b;
                    w.starts = starts;
                    w.count = n;
                    w.end = end;
                    return true;
                }
            }
            if (++b > last) {
                w.count = n;
                w.end = end;
                return false;
            }
            starts = starts(bits, b, to);
        }
    }

    /** The most parts a long text's tokens are fed in. */
    private static final int MAX_PARTS = 4;

    /**
     * Where to cut a text's tokens into {@code parts} parts of about equal length: the start of the first token at or
     * after each j/parts of the text whose index is a multiple of {@value #STRIDE}, so that every part begins a
     * chunk; null when some part would hold fewer than two whole chunks (then the text is read in one pass).
     */
    private static int[] partCuts(long[] bits, int blocks, int parts) {
        if (parts < 2) {
            return null;
        }
        int[] cuts = new int[parts - 1];
        int[] index = new int[parts - 1];
        int j = 0;
        long target = (long) (blocks << 6) / parts;
        boolean passed = false; // the target position is behind: the next multiple of STRIDE is the cut
        int k = 0; // tokens before block b
        long carry = 0;
        for (int b = 0; b < blocks; b++) {
            long m = bits[b];
            long starts = m & ~(m << 1 | carry);
            carry = m >>> 63;
            int c = Long.bitCount(starts);
            if (j == cuts.length || (!passed && ((long) (b + 1) << 6) <= target)) {
                k += c;
                continue;
            }
            int i = k;
            while (starts != 0 && j < cuts.length) {
                int at = Long.numberOfTrailingZeros(starts);
                starts &= starts - 1;
                long pos = ((long) b << 6) + at;
                passed |= pos >= target;
                if (passed && i % STRIDE == 0) {
                    cuts[j] = (int) pos;
                    index[j++] = i;
                    target = (long) (blocks << 6) * (j + 1) / parts;
                    passed = pos >= target;
                }
                i++;
            }
            k += c;
        }
        if (j < cuts.length) {
            return null;
        }
        for (int q = 0; q < cuts.length; q++) {
            int before = q == 0 ? 0 : index[q - 1];
            int after = q + 1 < cuts.length ? index[q + 1] : k;
            if (index[q] - before < 2 * STRIDE || after - index[q] < 2 * STRIDE) {
                return null;
            }
        }
        return cuts;
    }

    /**
     * Feeds the tokens in parts, each part with a state of its own, the later ones lent to the call's other threads,
     * then joins the parts' windows in text order: a part begins a chunk and knows the token before it (for the pair
     * feature), so its windows are those of one pass, and the window across each cut is summed from the chunks on
     * either side. The best window is the first of the highest logit, as in one pass.
     */
    private void latin1Parts(byte[] t, long[] bits, int blocks, int[] cuts, Scratch w,
                             java.util.concurrent.Executor lend) {
        int parts = cuts.length + 1;
        Scratch[] states = new Scratch[parts];
        Lending.Fork[] forks = new Lending.Fork[parts];
        for (int p = 0; p < parts; p++) {
            Scratch ps = p == 0 ? w : new Scratch();
            int from = p == 0 ? 0 : cuts[p - 1];
            int to = p == cuts.length ? blocks << 6 : cuts[p];
            states[p] = ps;
            if (p > 0) {
                ps.any = true;
                int end = from - gapBefore(bits, from);
                ps.prevKey = bytesHash(t, tokenStart(bits, end), end);
            }
            forks[p] = new Lending.Fork(() -> latin1Range(t, bits, from, to, ps));
        }
        Lending.runInOrder(forks, lend);
        double[][] best = w.best;
        for (int p = 1; p < parts; p++) {
            Scratch before = states[p - 1];
            Scratch part = states[p];
            // the window across the cut: the last whole chunk before it and the first after it
            better(best, before.prevSum, part.firstSum, before.prevUnique + part.firstUnique,
                    before.prevStart, part.firstEnd);
            for (int h = 0; h < HEADS; h++) {
                if (part.best[h] != null && (best[h] == null || part.best[h][0] > best[h][0])) {
                    best[h] = part.best[h]; // a later window counts only when higher, as in one pass
                }
            }
        }
        // the last part's state ends the pass: its finish() sees the best of all windows before
        w.adopt(states[parts - 1]);
    }

    /** The start of the token that ends at {@code e}. */
    private static int tokenStart(long[] bits, int e) {
        int s = e - 1;
        while (s > 0 && (bits[(s - 1) >>> 6] >>> ((s - 1) & 63) & 1) != 0) {
            s--;
        }
        return s;
    }

    /** The number of non-token bytes right before {@code pos} (a token lies somewhere before them). */
    private static int gapBefore(long[] bits, int pos) {
        int g = 0;
        while ((bits[(pos - g - 1) >>> 6] >>> ((pos - g - 1) & 63) & 1) == 0) {
            g++;
        }
        return g;
    }

    /**
     * Bit k set if byte {@code t[off + k]} (k &lt; 64) is a token character ({@link #isTokenChar}, as Latin-1). An ASCII
     * letter is found as a byte that is in a-z once its 0x20 bit is set (only A-Z and a-z are), one range test instead
     * of two. Together with the chunk set's plainer slot ({@link Scratch#add}) the pass took 6 % less on the benchmark
     * MiB (2.22 -> 2.08 ms), 1 KiB 2.05 -> 1.93 us, European prose 2.82 -> 2.60 ms, JSON log lines 6.06 -> 5.93 ms
     * (thread CPU, fastest of 64, both builds in one JVM, alternated); each alone measured 2-4 % on a busy host.
     */
    private static long tokenBits(byte[] t, int off) {
        long bits = 0;
        for (int q = 0; q < 8; q++) {
            long x = (long) Swar.LONGS.get(t, off + 8 * q);
            long y = x & ~Swar.HIGH;
            long letterOrDigit = Swar.inRange(y | 0x20 * Swar.ONES, 'a', 'z') | Swar.inRange(y, '0', '9');
            long g = Swar.gather(letterOrDigit & ~x);
            if ((x & Swar.HIGH) != 0) {
                for (int k = 0; k < 8; k++) {
                    if (LATIN1_TOKEN[t[off + 8 * q + k] & 0xFF]) {
                        g |= 1L << k;
                    }
                }
            }
            bits |= g << (8 * q);
        }
        return bits;
    }

    /**
     * Feeds one token [s, e) of key {@code h} (the character reading; {@link #fillChunk} is the byte reading's): its
     * key is kept with the chunk's, which are weighed when the chunk ends ({@link #endChunk}) or the pass does
     * ({@link Scratch#finish}).
     */
    private void token(Scratch w, long h, int s, int e) {
        int n = w.count;
        if (n == 0) {
            w.start = s;
        }
        w.tokens[n] = h;
        w.end = e;
        if ((w.count = n + 1) == STRIDE) {
            endChunk(w);
        }
    }

    /**
     * Sums the weights of the features of the chunk's tokens so far (each token, then its pair with the token before;
     * each distinct feature once, in that order, as one pass token by token sums them) into each head's chunk sum, and
     * counts them. A chunk at a time, with the sums in local variables, because a pass token by token kept its state
     * in the fields of {@link Scratch}: each weight was a load and a store, and the token loop called a compiled
     * {@code token} too large to inline. Thread CPU of the pass on the benchmark MiB 2.53 -> 2.31 ms, on 1 MiB of
     * JSON log lines 7.1 -> 6.3 ms (both builds in one JVM, fastest of 48); results bit-identical (the same floats
     * added in the same order).
     */
    private void weighChunk(Scratch w) {
        int f = features(w);
        long[] feats = w.feats;
        float[] others = this.others;
        double injection = 0;
        double escalation = 0;
        double exfiltration = 0;
        int unique = 0;
        w.next();
        for (int j = 0; j < f; j++) {
            long key = feats[j];
            if (w.add(key)) {
                unique++;
                long v = value(key);
                injection += Float.intBitsToFloat((int) v);
                if (v >>> 32 != 0) {
                    int at = (HEADS - 1) * (int) (v >>> 32);
                    escalation += others[at + ESCALATION - 1];
                    exfiltration += others[at + EXFILTRATION - 1];
                }
            }
        }
        w.sums[INJECTION] = injection;
        w.sums[ESCALATION] = escalation;
        w.sums[EXFILTRATION] = exfiltration;
        w.unique = unique;
    }

    /** Writes the keys of the chunk's features in order into {@code w.feats}; returns their number. */
    private static int features(Scratch w) {
        long[] tokens = w.tokens;
        long[] feats = w.feats;
        int f = 0;
        long prev = w.prevKey;
        boolean any = w.any;
        for (int i = 0, n = w.count; i < n; i++) {
            long h = tokens[i];
            feats[f++] = h;
            if (any) {
                feats[f++] = pair(prev, h);
            }
            any = true;
            prev = h;
        }
        w.prevKey = prev;
        w.any = any;
        return f;
    }

    /** Ends a chunk of {@value #STRIDE} tokens: weighs it, scores the window it closes and starts the next chunk. */
    private void endChunk(Scratch w) {
        weighChunk(w);
        if (w.firstEnd < 0) {
            System.arraycopy(w.sums, 0, w.firstSum, 0, HEADS);
            w.firstUnique = w.unique;
            w.firstEnd = w.end;
        }
        if (w.prevCount > 0) {
            better(w.best, w.prevSum, w.sums, w.prevUnique + w.unique, w.prevStart, w.end);
        }
        System.arraycopy(w.sums, 0, w.prevSum, 0, HEADS);
        java.util.Arrays.fill(w.sums, 0);
        w.prevUnique = w.unique;
        w.prevCount = w.count;
        w.prevStart = w.start;
        w.unique = 0;
        w.count = 0;
    }

    /**
     * Keeps in {@code best} (by head) the window of the chunk sums {@code a} plus {@code b} (b null: the window is
     * {@code a} alone) when it is higher than the one kept (a window of equal logit: the first stays).
     */
    private void better(double[][] best, double[] a, double[] b, int features, int start, int end) {
        double norm = Math.sqrt(Math.max(features, MIN_FEATURES));
        for (int h = 0; h < HEADS; h++) {
            double z = bias[h] + (b == null ? a[h] : a[h] + b[h]) / norm;
            if (best[h] == null || best[h][0] < z) {
                best[h] = new double[] {z, start, end};
            }
        }
    }

    /**
     * Per thread, reused by each call: the distinct features of the current chunk (a table of keys stamped with the
     * chunk's number), the state of the window pass, and the byte copy and token bits of a Latin-1 text.
     */
    private final class Scratch {
        private final long[] keys = new long[1024]; // a chunk holds at most 2 * STRIDE - 1 features
        private final int[] stamps = new int[1024];
        private int stamp;
        private byte[] bytes = new byte[0];
        private long[] bits = new long[0];
        /** Where {@link #fillChunk} stopped: its block, and the token starts of that block not read yet. */
        int block;
        long starts;
        /** The keys of the current chunk's tokens (count of them), weighed when it ends. */
        final long[] tokens = new long[STRIDE];
        /** The keys of a chunk's features while it is weighed (a token and a pair per token, the first without). */
        final long[] feats = new long[2 * STRIDE];
        // the current chunk once weighed: its features' weights (each distinct feature once) by head, their number,
        // its tokens and range
        final double[] sums = new double[HEADS];
        int unique;
        int count;
        int start;
        int end;
        // the chunk before it, if any
        final double[] prevSum = new double[HEADS];
        int prevUnique;
        int prevCount;
        int prevStart;
        long prevKey;
        boolean any;
        /** The best window of each head so far (null: none yet); a new array per call, the result. */
        double[][] best = new double[HEADS][];
        // the first whole chunk (a part's window across the cut before it), firstEnd -1 until there is one
        final double[] firstSum = new double[HEADS];
        int firstUnique;
        int firstEnd = -1;

        /** Takes the pass's state from the last part of a text fed in parts. */
        void adopt(Scratch last) {
            System.arraycopy(last.sums, 0, sums, 0, HEADS);
            unique = last.unique;
            count = last.count;
            start = last.start;
            end = last.end;
            System.arraycopy(last.prevSum, 0, prevSum, 0, HEADS);
            prevUnique = last.prevUnique;
            prevCount = last.prevCount;
            prevStart = last.prevStart;
            prevKey = last.prevKey;
            any = last.any;
            System.arraycopy(last.tokens, 0, tokens, 0, count);
        }

        void reset() {
            java.util.Arrays.fill(sums, 0);
            unique = 0;
            count = 0;
            start = -1;
            end = -1;
            java.util.Arrays.fill(prevSum, 0);
            prevUnique = 0;
            prevCount = 0;
            prevStart = -1;
            prevKey = 0;
            any = false;
            best = new double[HEADS][];
            firstEnd = -1;
        }

        double[][] finish() {
            if (count > 0) {
                weighChunk(this);
            }
            double[][] result = best;
            // every head has a window once one has (all are kept from the same chunks)
            if (count > 0 || (prevCount > 0 && result[INJECTION] == null)) {
                if (prevCount > 0) {
                    better(result, prevSum, sums, prevUnique + unique, prevStart, end);
                } else {
                    better(result, sums, null, unique, start, end);
                }
            }
            best = null;
            return result;
        }

        void next() {
            if (++stamp == Integer.MAX_VALUE) {
                java.util.Arrays.fill(stamps, 0);
                stamp = 1;
            }
        }

        /**
         * Adds the key; whether it was new in this chunk. The slot is the key's low bits as they are: a key is
         * {@link #mix mixed} already, so folding its high bits in as well only cost a shift and an xor per feature.
         */
        boolean add(long key) {
            int slot = (int) key & 1023;
            while (stamps[slot] == stamp) {
                if (keys[slot] == key) {
                    return false;
                }
                slot = (slot + 1) & 1023;
            }
            stamps[slot] = stamp;
            keys[slot] = key;
            return true;
        }

        /** A byte array of at least {@code size}, kept for the next call unless over {@link #KEEP_BYTES}. */
        byte[] bytes(int size) {
            if (bytes.length >= size) {
                return bytes;
            }
            byte[] b = new byte[size];
            if (size <= KEEP_BYTES) {
                bytes = b;
            }
            return b;
        }

        /** A long array of at least {@code size}, kept like {@link #bytes}. */
        long[] bits(int size) {
            if (bits.length >= size) {
                return bits;
            }
            long[] b = new long[size];
            if (size <= KEEP_BYTES / 64 + 2) {
                bits = b;
            }
            return b;
        }
    }

    /** The largest byte copy a thread keeps between calls (a text of about 1 MiB); a longer text's is dropped. */
    private static final int KEEP_BYTES = (1 << 20) + 4096;

    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    /**
     * The first slot of {@code key} in a table of {@code mask + 1} slots: the key's low bits, as {@link Scratch#add}
     * takes them (a key is {@link #mix mixed} already; the high half folded in too cost a shift and an xor per probe,
     * and with the built-in heads it happened to place the keys so that the texts measured probed 4-9 % more slots per
     * feature: 1.68 -> 1.56 on the benchmark MiB, 1.92 -> 1.77 on code, 2.11 -> 2.04 on JSON logs).
     */
    private static int slot(long key, int mask) {
        return (int) key & mask;
    }

    /**
     * The slot value of {@code key} (see {@link #table}); 0 (no weight in any head) when no head weighs it. The probe
     * walks the key's index in {@link #table} ({@code 2 slot}) rather than the slot, one shift less per probe. With
     * the plainer {@link #slot} the pass took 5 % less on the benchmark MiB (2.00 -> 1.91 ms), 1 KiB 2.21 -> 2.10 us,
     * JSON logs 5.67 -> 5.31 ms (thread CPU, fastest of 64, both builds in one JVM; code 8.68 -> 9.34 ms in that run,
     * but 9.65 -> 9.17 ms for the session's final build against the one it started from, in the same harness).
     */
    private long value(long key) {
        long[] table = this.table;
        int twice = mask << 1;
        int at = (int) key << 1 & twice;
        while (true) {
            long k = table[at];
            if (k == key) {
                return table[at + 1];
            }
            if (k == 0) {
                return 0;
            }
            at = (at + 2) & twice;
        }
    }

    /** ASCII letters and digits. */
    private static final boolean[] ASCII_TOKEN = new boolean[128];
    /** Latin-1 letters and digits ({@link Character#isLetterOrDigit}), by byte value. */
    private static final boolean[] LATIN1_TOKEN = new boolean[256];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_TOKEN[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        for (char c = 0; c < 256; c++) {
            LATIN1_TOKEN[c] = isTokenChar(c);
        }
    }

    static boolean isTokenChar(char c) {
        return c < 128 ? ASCII_TOKEN[c] : Character.isLetterOrDigit(c);
    }

    private static boolean latin1(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** The key of a token's characters; 0 is never a key. */
    static long tokenKey(CharSequence token) {
        boolean wide = !latin1(token);
        return tokenHash(token, 0, token.length(), wide);
    }

    /**
     * The key of the token [s, e): its characters packed into 64-bit groups, eight to a group when all are below
     * U+0100 (a byte each, little-endian; the last group zero-filled), else four (16 bits each, another seed); each
     * group folded in as {@code h = (h ^ group) * PRIME}, then {@link #mix mixed}. Equal to {@link #bytesHash} of the
     * same token read as Latin-1 bytes.
     */
    private static long tokenHash(CharSequence text, int s, int e, boolean wide) {
        int per = wide ? 4 : 8;
        int bitsPer = wide ? 16 : 8;
        long h = wide ? SEED_WIDE : SEED;
        for (int p = s; p < e; p += per) {
            long g = 0;
            int end = Math.min(e, p + per);
            for (int q = p; q < end; q++) {
                g |= (long) text.charAt(q) << (bitsPer * (q - p));
            }
            h = (h ^ g) * PRIME;
        }
        return mix(h);
    }

    /**
     * {@link #tokenHash} of the bytes [s, e) of {@code t}, read eight at a time ({@code t} padded past {@code e}); the
     * last group's bytes from {@code e} on are masked off by a shift rather than a table of masks (no load and no
     * bounds check per token).
     */
    private static long bytesHash(byte[] t, int s, int e) {
        long h = SEED;
        int p = s;
        while (e - p > 8) {
            h = (h ^ (long) Swar.LONGS.get(t, p)) * PRIME;
            p += 8;
        }
        h = (h ^ (long) Swar.LONGS.get(t, p) & -1L >>> (8 * (p + 8 - e))) * PRIME;
        return mix(h);
    }

    /** The key of two adjacent tokens' keys. */
    static long pair(long a, long b) {
        return mix(a * 31 + b ^ PAIR);
    }

    private static long mix(long h) {
        // one round of a multiply-xorshift finaliser: the group state's high bits spread into the low ones
        h ^= h >>> 32;
        h *= 0xd6e8feb86659fd93L;
        h ^= h >>> 32;
        return h == 0 ? 1 : h;
    }

    /** The key of a feature as written in the resource: one token, or two separated by a space. */
    static long featureKey(String feature) {
        int sp = feature.indexOf(' ');
        return sp < 0 ? tokenKey(feature)
                : pair(tokenKey(feature.substring(0, sp)), tokenKey(feature.substring(sp + 1)));
    }

    /** A model of these features and weights in the injection head, the other heads empty (for tests). */
    static InjectionModel of(double bias, String[] features, float[] featureWeights) {
        double[] b = new double[HEADS];
        b[INJECTION] = bias;
        String[][] fs = new String[HEADS][0];
        float[][] ws = new float[HEADS][0];
        fs[INJECTION] = features;
        ws[INJECTION] = featureWeights;
        return of(b, fs, ws);
    }

    /** A model of these heads' biases, features and weights (each indexed by head; for the trainer and tests). */
    static InjectionModel of(double[] bias, String[][] features, float[][] featureWeights) {
        java.util.Set<Long> distinct = new java.util.HashSet<>();
        for (String[] fs : features) {
            for (String f : fs) {
                distinct.add(featureKey(f));
            }
        }
        // at most half full, as a single head's table, sized by the heads' distinct features: most features of a text
        // are in no head, and a miss probes until an empty slot (docs/performance.md, thirty-fourth session)
        int cap = Integer.highestOneBit(Math.max(16, distinct.size() * 2 - 1)) << 1;
        long[] keys = new long[cap];
        float[] weights = new float[cap];
        int[] index = new int[cap];
        float[] others = new float[(HEADS - 1) * (cap + 1)];
        int size = 0;
        int indexed = 0;
        for (int h = 0; h < HEADS; h++) {
            for (int f = 0; f < features[h].length; f++) {
                long key = featureKey(features[h][f]);
                int slot = slot(key, cap - 1);
                while (keys[slot] != 0 && keys[slot] != key) {
                    slot = (slot + 1) & (cap - 1);
                }
                if (keys[slot] == 0) {
                    size++;
                }
                keys[slot] = key;
                if (h == INJECTION) {
                    weights[slot] += featureWeights[h][f];
                } else {
                    if (index[slot] == 0) {
                        index[slot] = ++indexed;
                    }
                    others[(HEADS - 1) * index[slot] + h - 1] += featureWeights[h][f];
                }
            }
        }
        int[] headSizes = new int[HEADS];
        for (int h = 0; h < HEADS; h++) {
            headSizes[h] = features[h].length;
        }
        return new InjectionModel(keys, weights, index,
                java.util.Arrays.copyOf(others, (HEADS - 1) * (indexed + 1)), bias, size, headSizes);
    }

    private static InjectionModel load() {
        Weights w = Weights.builtIn();
        return of(w.bias(), w.features(), w.weights());
    }

    /** The heads' biases, features and weights as the resources list them (by head). */
    record Weights(double[] bias, String[][] features, float[][] weights) {

        /** Reads the built-in heads' resources ({@link #RESOURCES}). */
        static Weights builtIn() {
            double[] bias = new double[HEADS];
            String[][] features = new String[HEADS][];
            float[][] weights = new float[HEADS][];
            for (int h = 0; h < HEADS; h++) {
                java.util.List<String> fs = new java.util.ArrayList<>();
                java.util.List<Float> ws = new java.util.ArrayList<>();
                bias[h] = read(RESOURCES[h], fs, ws);
                features[h] = fs.toArray(new String[0]);
                weights[h] = new float[ws.size()];
                for (int k = 0; k < ws.size(); k++) {
                    weights[h][k] = ws.get(k);
                }
            }
            return new Weights(bias, features, weights);
        }
    }

    /** Reads a head's resource into its features and weights; returns its bias. */
    private static double read(String resource, java.util.List<String> features, java.util.List<Float> ws) {
        try (InputStream raw = InjectionModel.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("The model resource " + resource
                        + " is missing from the tappass-pipeline jar; rebuild it (mvn package)");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                    StandardCharsets.UTF_8));
            double bias = 0;
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (line.startsWith("bias\t")) {
                    bias = Double.parseDouble(line.substring(tab + 1));
                    continue;
                }
                ws.add(Float.parseFloat(line.substring(0, tab)));
                features.add(line.substring(tab + 1));
            }
            return bias;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the model " + resource, e);
        }
    }
}
