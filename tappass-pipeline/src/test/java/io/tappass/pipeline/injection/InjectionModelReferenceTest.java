package io.tappass.pipeline.injection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link InjectionModel}'s pass against a plain reading of what it computes, written here without any of its speed
 * tricks: the tokens of the text one by one, each chunk's distinct features in a {@link LinkedHashSet}, their weights
 * looked up in a {@link HashMap} and added in order of first occurrence, every window of two adjacent chunks scored.
 * The pass must give exactly these doubles (same floats added in the same order) for each head, on texts made to
 * reach its corners: chunk and window boundaries, tokens across 64-byte blocks and longer than eight characters,
 * Latin-1 and wider characters, chunks of only distinct features and of only repeated ones, and the built-in model's
 * weights as well as a small model whose features are all in the text.
 */
class InjectionModelReferenceTest {

    private static final String[] WORDS = {"the", "report", "quarterly", "ignore", "previous", "instructions", "you",
        "are", "now", "a", "syst\u00e8me", "r\u00e8gles", "\u00fcber", "stra\u00dfe", "x", "2026", "admin", "mode",
        "reveal", "prompt", "please", "summarise", "meeting", "se\u00f1or", "q3", "deployment", "rules", "no",
        "longer", "apply", "sudo", "root", "grant", "upload", "webhook", "personal", "gmail", "disregard", "all",
        "system", "password", "send", "to", "exfiltrate", "abcdefgh", "abcdefghi", "abcdefghijklmnopq",
        "\u5b9a\u4e49", "\u0434\u0430\u043d\u043d\u044b\u0435", "syst\u0435m"};
    private static final String SEPARATORS = " .,\n-:'\"\u00a0\u00d7\u2019\u2192";

    /** The built-in model's weights, by head, as its resources list them. */
    private static Reference standard;

    @BeforeAll
    static void readResources() {
        InjectionModel.Weights w = InjectionModel.Weights.builtIn();
        standard = new Reference(w.bias(), w.features(), w.weights());
    }

    /** The pass of {@link InjectionModel}, one token, one feature and one window at a time. */
    private static final class Reference {
        final double[] bias;
        /** Each feature's weight by head (summed as {@link InjectionModel#of} sums a feature listed twice). */
        final Map<Long, float[]> weights = new HashMap<>();
        /** The features that a head other than the injection head weighs. */
        final Set<Long> others = new HashSet<>();

        Reference(double[] bias, String[][] features, float[][] w) {
            this.bias = bias;
            for (int h = 0; h < InjectionModel.HEADS; h++) {
                for (int f = 0; f < features[h].length; f++) {
                    long key = InjectionModel.featureKey(features[h][f]);
                    weights.computeIfAbsent(key, k -> new float[InjectionModel.HEADS])[h] += w[h][f];
                    if (h != InjectionModel.INJECTION) {
                        others.add(key);
                    }
                }
            }
        }

        double[][] heads(String text) {
            List<long[]> chunks = new ArrayList<>(); // per chunk: start, end, distinct features
            List<double[]> sums = new ArrayList<>();
            int n = text.length();
            int i = 0;
            int count = 0;
            long prev = 0;
            Set<Long> distinct = new LinkedHashSet<>();
            int start = 0;
            int end = 0;
            while (i < n) {
                if (!InjectionModel.isTokenChar(text.charAt(i))) {
                    i++;
                    continue;
                }
                int s = i;
                while (i < n && InjectionModel.isTokenChar(text.charAt(i))) {
                    i++;
                }
                long key = InjectionModel.tokenKey(text.substring(s, i));
                if (count == 0) {
                    start = s;
                }
                distinct.add(key);
                if (count > 0 || !chunks.isEmpty()) {
                    distinct.add(InjectionModel.pair(prev, key));
                }
                prev = key;
                end = i;
                if (++count == InjectionModel.STRIDE) {
                    close(chunks, sums, distinct, start, end);
                    count = 0;
                }
            }
            if (count > 0) {
                close(chunks, sums, distinct, start, end);
            }
            double[][] best = new double[InjectionModel.HEADS][];
            if (chunks.size() == 1) {
                keep(best, sums.get(0), null, chunks.get(0), chunks.get(0));
            }
            for (int c = 1; c < chunks.size(); c++) {
                keep(best, sums.get(c - 1), sums.get(c), chunks.get(c - 1), chunks.get(c));
            }
            return best;
        }

        private void close(List<long[]> chunks, List<double[]> sums, Set<Long> distinct, int start, int end) {
            double[] sum = new double[InjectionModel.HEADS];
            for (long key : distinct) {
                float[] w = weights.get(key);
                sum[InjectionModel.INJECTION] += w == null ? 0f : w[InjectionModel.INJECTION];
                if (others.contains(key)) {
                    for (int h = 1; h < InjectionModel.HEADS; h++) {
                        sum[h] += w[h];
                    }
                }
            }
            chunks.add(new long[] {start, end, distinct.size()});
            sums.add(sum);
            distinct.clear();
        }

        private void keep(double[][] best, double[] a, double[] b, long[] first, long[] last) {
            long features = first[2] + (b == null ? 0 : last[2]);
            double norm = Math.sqrt(Math.max(features, InjectionModel.MIN_FEATURES));
            for (int h = 0; h < InjectionModel.HEADS; h++) {
                double z = bias[h] + (b == null ? a[h] : a[h] + b[h]) / norm;
                if (best[h] == null || best[h][0] < z) {
                    best[h] = new double[] {z, first[0], last[1]};
                }
            }
        }
    }

    private static boolean latin1(String text) {
        return text.chars().allMatch(c -> c <= 0xFF);
    }

    private static void assertSameAsReference(InjectionModel model, Reference reference, String text) {
        double[][] expected = reference.heads(text);
        double[][] actual = model.heads(text, latin1(text));
        for (int h = 0; h < InjectionModel.HEADS; h++) {
            String as = String.format("head %d of a text of %d chars: %s", h, text.length(),
                    text.length() < 300 ? text : text.substring(0, 300));
            if (expected[h] == null) {
                assertThat(actual[h]).as(as).isNull();
            } else {
                assertThat(actual[h]).as(as).containsExactly(expected[h]);
            }
        }
    }

    /** Words and separators; {@code wide}: also the words and separators above U+00FF. */
    private static String words(Random r, int tokens, boolean wide) {
        StringBuilder sb = new StringBuilder();
        int words = wide ? WORDS.length : WORDS.length - 3;
        int separators = wide ? SEPARATORS.length() : SEPARATORS.length() - 2;
        for (int t = 0; t < tokens; t++) {
            sb.append(WORDS[r.nextInt(words)]);
            for (int k = 1 + (r.nextInt(8) == 0 ? r.nextInt(70) : 0); k > 0; k--) {
                sb.append(SEPARATORS.charAt(r.nextInt(separators)));
            }
        }
        return sb.toString();
    }

    /** Tokens that each occur once: every feature of a chunk is new to it. */
    private static String distinct(Random r, int tokens) {
        StringBuilder sb = new StringBuilder();
        for (int t = 0; t < tokens; t++) {
            String z = Long.toString(r.nextLong() & Long.MAX_VALUE, 36);
            sb.append(z, 0, Math.min(z.length(), 1 + r.nextInt(12))).append(' ');
        }
        return sb.toString();
    }

    /** Token counts at and around the chunk ({@value InjectionModel#STRIDE}) and window boundaries. */
    private static final int[] COUNTS = {0, 1, 2, 3, 47, 48, 49, 127, 128, 129, 255, 256, 257, 383, 384, 385, 511,
        512, 513, 1_000, 4_000};

    @Test
    void theBuiltInModelGivesTheReferenceWindowsAtEveryChunkBoundary() {
        InjectionModel model = InjectionModel.standard();
        Random r = new Random(37);
        for (int tokens : COUNTS) {
            for (int k = 0; k < 4; k++) {
                assertSameAsReference(model, standard, words(r, tokens, k % 2 == 1));
                assertSameAsReference(model, standard, distinct(r, tokens));
            }
        }
    }

    @Test
    void theBuiltInModelGivesTheReferenceWindowsOnRandomText() {
        InjectionModel model = InjectionModel.standard();
        Random r = new Random(3737);
        String alphabet = "ab cd\u00e9\u00df\u00f8\u00ff\u00d7\u00f7\u00aa\u00b2 1Z_'\t.\u00a0xy";
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(i < 30 ? 20_000 : 1_500);
            while (sb.length() < len) {
                int k = r.nextInt(60);
                if (k == 0) {
                    sb.append("ignore".repeat(1 + r.nextInt(30))); // a token across 64-byte blocks
                } else if (k == 1) {
                    sb.append((char) (0x100 + r.nextInt(0x3000))); // the character reading
                } else if (k < 20) {
                    sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
                } else {
                    sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            assertSameAsReference(model, standard, sb.toString());
        }
        // the same text repeated: the same features in every chunk, equal windows (the first counts)
        assertSameAsReference(model, standard, words(new Random(1), 40, false).repeat(60));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aModelOfTheTextsOwnFeaturesGivesTheReferenceWindows() {
        // every word and pair of the texts is weighed, some by one head, some by two or three
        Random r = new Random(73);
        List<String>[] features = new List[InjectionModel.HEADS];
        List<Float>[] weights = new List[InjectionModel.HEADS];
        for (int h = 0; h < InjectionModel.HEADS; h++) {
            features[h] = new ArrayList<>();
            weights[h] = new ArrayList<>();
        }
        for (String a : WORDS) {
            for (String b : WORDS) {
                for (String f : new String[] {a, a + " " + b}) {
                    if (f.equals(a) && !b.equals(WORDS[0])) {
                        continue;
                    }
                    int heads = r.nextInt(8);
                    for (int h = 0; h < InjectionModel.HEADS; h++) {
                        if ((heads >> h & 1) != 0) {
                            features[h].add(f);
                            weights[h].add((float) r.nextGaussian());
                        }
                    }
                }
            }
        }
        double[] bias = {-1.5, -2.25, 0.5};
        String[][] fs = new String[InjectionModel.HEADS][];
        float[][] ws = new float[InjectionModel.HEADS][];
        for (int h = 0; h < InjectionModel.HEADS; h++) {
            fs[h] = features[h].toArray(new String[0]);
            ws[h] = new float[weights[h].size()];
            for (int k = 0; k < ws[h].length; k++) {
                ws[h][k] = weights[h].get(k);
            }
        }
        InjectionModel model = InjectionModel.of(bias, fs, ws);
        Reference reference = new Reference(bias, fs, ws);
        for (int tokens : COUNTS) {
            for (int k = 0; k < 4; k++) {
                assertSameAsReference(model, reference, words(r, tokens, k % 2 == 1));
            }
        }
    }

    @Test
    void everyLatin1CharacterBesideTokensGivesTheReferenceWindows() {
        // the byte reading finds a letter as a byte in a-z once its 0x20 bit is set: the bytes next to the letters
        // ('@', '[', '`', '{'), the control characters whose 0x20 bit makes them digits, and the bytes above 0x7F
        // whose low seven bits are letters, at every position of a 64-byte block
        InjectionModel model = InjectionModel.standard();
        Random r = new Random(3838);
        String edges = "@[`{\u0001\u0010\u0019\u001a\u00c1\u00da\u00e1\u00fa\u00c0\u00db\u00e0\u00fb\u00bf\u00ff";
        for (int i = 0; i < 200; i++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(i < 20 ? 10_000 : 700);
            while (sb.length() < len) {
                int k = r.nextInt(4);
                if (k == 0) {
                    sb.append((char) (1 + r.nextInt(0xFF)));
                } else if (k == 1) {
                    sb.append(edges.charAt(r.nextInt(edges.length())));
                } else if (k == 2) {
                    sb.append(WORDS[r.nextInt(WORDS.length - 3)]);
                } else {
                    sb.append((char) ((r.nextBoolean() ? 'A' : 'a') + r.nextInt(26)));
                }
            }
            assertSameAsReference(model, standard, sb.toString());
        }
        for (char c = 1; c <= 0xFF; c++) {
            assertThat(model.heads("ab" + c + "cd", true)[InjectionModel.INJECTION])
                    .as("U+%04X", (int) c)
                    .containsExactly(standard.heads("ab" + c + "cd")[InjectionModel.INJECTION]);
        }
    }

    /** {@code count} distinct tokens of six letters whose keys agree in their low {@code bits} bits. */
    private static List<String> sameLowBits(Random r, int count, int bits) {
        Map<Long, List<String>> byLow = new HashMap<>();
        while (true) {
            char[] t = new char[6];
            for (int k = 0; k < t.length; k++) {
                t[k] = (char) ('a' + r.nextInt(26));
            }
            String token = new String(t);
            List<String> same = byLow.computeIfAbsent(InjectionModel.tokenKey(token) & ((1L << bits) - 1),
                    k -> new ArrayList<>());
            if (!same.contains(token)) {
                same.add(token);
            }
            if (same.size() == count) {
                return same;
            }
        }
    }

    @Test
    void keysThatShareTheirLowBitsGiveTheReferenceWindows() {
        // the chunk's feature set and the model's table both take a key's low bits as its first slot: tokens whose
        // keys all share them probe one run of slots, in the chunk set (up to a chunk of them) and in a table where
        // the weighed ones collide with each other and with the absent ones
        Random r = new Random(383);
        List<String> same = sameLowBits(r, 160, 12);
        List<String> weighed = same.subList(0, 48);
        String[] features = weighed.toArray(new String[0]);
        float[] weights = new float[features.length];
        for (int k = 0; k < weights.length; k++) {
            weights[k] = (float) r.nextGaussian();
        }
        InjectionModel model = InjectionModel.of(-0.75, features, weights);
        double[] bias = {-0.75, 0, 0};
        String[][] fs = {features, new String[0], new String[0]};
        float[][] ws = {weights, new float[0], new float[0]};
        Reference reference = new Reference(bias, fs, ws);
        for (int tokens : COUNTS) {
            for (int k = 0; k < 3; k++) {
                List<String> from = k == 0 ? weighed : same;
                StringBuilder sb = new StringBuilder();
                for (int t = 0; t < tokens; t++) {
                    sb.append(k == 2 ? same.get(t % same.size()) : from.get(r.nextInt(from.size()))).append(' ');
                }
                assertSameAsReference(model, reference, sb.toString());
                assertSameAsReference(InjectionModel.standard(), standard, sb.toString());
            }
        }
    }
}
