package io.tappass.pipeline.injection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * A linear model over the words and word pairs of a normalised text, the statistical second opinion of
 * {@code detect_injection}: a logistic regression trained on the project's own hand-written attack and look-alike
 * sets (see {@code InjectionModelTrainer} in the tests, which writes {@value #RESOURCE}).
 *
 * <p>Features are the tokens of the {@linkplain io.tappass.pipeline.scan.Normalizer normalised} text (runs of letters
 * and digits; the normaliser has already lower-cased it, stripped accents and undone leetspeak, spacing and
 * look-alikes) and each pair of adjacent tokens, hashed to 64 bits, each counted once per chunk of {@value #STRIDE}
 * tokens. The logit of a window (two adjacent chunks) is the bias plus the sum of its features' weights divided by
 * the square root of their number, but never of less than {@value #MIN_FEATURES}. A text of at most {@value #WINDOW}
 * tokens is one window; a longer one is read in windows of {@value #WINDOW} tokens every {@value #STRIDE} (a long
 * document is judged by its worst stretch, not diluted as a whole), and the best window counts. A short attack inside
 * a window of ordinary text is diluted by it: there the rules remain the defence. Per token: one hash of its
 * characters, one of the pair, a chunk's distinct-feature set and a probe of an open-addressing table per new feature.
 *
 * <p>Immutable and thread-safe; time linear in the text length; per call, no allocation but the result (the set of
 * distinct features is a table per thread).
 */
final class InjectionModel {

    /** The weights, a gzipped text resource: a {@code bias} line, then one {@code weight<TAB>feature} line each. */
    static final String RESOURCE = "injection-model.tsv.gz";
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
    /** 64-bit FNV-1a's offset basis and prime, the token hash (its state then {@link #mix mixed}). */
    private static final long FNV_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final long[] keys;
    private final float[] weights;
    private final int mask;
    private final double bias;
    private final int size;

    private InjectionModel(long[] keys, float[] weights, double bias, int size) {
        this.keys = keys;
        this.weights = weights;
        this.mask = keys.length - 1;
        this.bias = bias;
        this.size = size;
    }

    private static final class Holder {
        static final InjectionModel STANDARD = load();
    }

    /** The built-in model (loaded on first use). */
    static InjectionModel standard() {
        return Holder.STANDARD;
    }

    /** The number of weighted features. */
    int size() {
        return size;
    }

    /**
     * The best window of {@code text}: its logit and its token range as character offsets into {@code text}
     * ({@code [logit, start, end]}), or null when the text has no token. Windows are two adjacent chunks of
     * {@value #STRIDE} tokens (a text of at most {@value #WINDOW} tokens is one window), so a pass keeps the sums of
     * two chunks and nothing per token.
     */
    double[] best(CharSequence text) {
        int n = text.length();
        double[] best = null;
        long prevKey = 0;
        boolean any = false;
        Seen seen = SEEN.get();
        double sum = 0; // the current chunk: its features' weights (each distinct feature once), their number
        int unique = 0;
        int count = 0; // its tokens
        int start = -1;
        int end = -1;
        double prevSum = 0; // the chunk before it, if any
        int prevUnique = 0;
        int prevCount = 0;
        int prevStart = -1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isTokenChar(c)) {
                i++;
                continue;
            }
            int s = i;
            long h = FNV_BASIS;
            do {
                h = (h ^ c) * FNV_PRIME;
                i++;
            } while (i < n && isTokenChar(c = text.charAt(i)));
            h = mix(h);
            if (count == 0) {
                start = s;
                seen.next();
            }
            if (seen.add(h)) {
                sum += weight(h);
                unique++;
            }
            if (any) {
                long p = pair(prevKey, h);
                if (seen.add(p)) {
                    sum += weight(p);
                    unique++;
                }
            }
            any = true;
            prevKey = h;
            count++;
            end = i;
            if (count == STRIDE) {
                if (prevCount > 0) {
                    best = better(best, prevSum + sum, prevUnique + unique, prevStart, end);
                }
                prevSum = sum;
                prevUnique = unique;
                prevCount = count;
                prevStart = start;
                sum = 0;
                unique = 0;
                count = 0;
            }
        }
        if (count > 0 || (prevCount > 0 && best == null)) {
            best = prevCount > 0 ? better(best, prevSum + sum, prevUnique + unique, prevStart, end)
                    : better(best, sum, unique, start, end);
        }
        return best;
    }

    private double[] better(double[] best, double sum, int features, int start, int end) {
        double z = bias + sum / Math.sqrt(Math.max(features, MIN_FEATURES));
        return best != null && best[0] >= z ? best : new double[] {z, start, end};
    }

    /** The distinct features of one chunk (a table of keys stamped with the chunk's number, reused per thread). */
    private static final class Seen {
        private final long[] keys = new long[1024]; // a chunk holds at most 2 * STRIDE - 1 features
        private final int[] stamps = new int[1024];
        private int stamp;

        void next() {
            if (++stamp == Integer.MAX_VALUE) {
                java.util.Arrays.fill(stamps, 0);
                stamp = 1;
            }
        }

        /** Adds the key; whether it was new in this chunk. */
        boolean add(long key) {
            int slot = (int) (key ^ (key >>> 29)) & 1023;
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
    }

    private static final ThreadLocal<Seen> SEEN = ThreadLocal.withInitial(Seen::new);

    /** The first slot of {@code key} in a table of {@code mask + 1} slots. */
    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    private double weight(long key) {
        int slot = slot(key, mask);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return weights[slot];
            }
            if (k == 0) {
                return 0;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** ASCII letters and digits. */
    private static final boolean[] ASCII_TOKEN = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_TOKEN[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
    }

    static boolean isTokenChar(char c) {
        return c < 128 ? ASCII_TOKEN[c] : Character.isLetterOrDigit(c);
    }

    /** The key of a token's characters (64-bit FNV-1a, then mixed); 0 is never a key. */
    static long tokenKey(CharSequence token) {
        long h = FNV_BASIS;
        for (int i = 0; i < token.length(); i++) {
            h = (h ^ token.charAt(i)) * FNV_PRIME;
        }
        return mix(h);
    }

    /** The key of two adjacent tokens' keys. */
    static long pair(long a, long b) {
        return mix(a * 31 + b ^ PAIR);
    }

    private static long mix(long h) {
        // one round of a multiply-xorshift finaliser: the FNV state's high bits spread into the low ones
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

    /** A model of these features and weights (for the trainer and tests). */
    static InjectionModel of(double bias, String[] features, float[] featureWeights) {
        int cap = Integer.highestOneBit(Math.max(16, features.length * 2 - 1)) << 1;
        long[] keys = new long[cap];
        float[] weights = new float[cap];
        int size = 0;
        for (int f = 0; f < features.length; f++) {
            long key = featureKey(features[f]);
            int slot = slot(key, cap - 1);
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & (cap - 1);
            }
            if (keys[slot] == 0) {
                size++;
            }
            keys[slot] = key;
            weights[slot] += featureWeights[f];
        }
        return new InjectionModel(keys, weights, bias, size);
    }

    private static InjectionModel load() {
        try (InputStream raw = InjectionModel.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("The injection model resource " + RESOURCE
                        + " is missing from the tappass-pipeline jar; rebuild it (mvn package)");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                    StandardCharsets.UTF_8));
            java.util.List<String> features = new java.util.ArrayList<>();
            java.util.List<Float> ws = new java.util.ArrayList<>();
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
            float[] w = new float[ws.size()];
            for (int k = 0; k < w.length; k++) {
                w[k] = ws.get(k);
            }
            return of(bias, features.toArray(new String[0]), w);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the injection model " + RESOURCE, e);
        }
    }
}
