package io.tappass.pipeline.classify;

import io.tappass.core.governance.Classification;
import io.tappass.pipeline.internal.Swar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text cues that set a classification without any detector finding:
 * <ul>
 *   <li>classification markings at the start of a line: "CONFIDENTIAL", "Strictly confidential:", "INTERNAL USE
 *       ONLY", "Privileged &amp; Confidential", "Classification: Restricted", and the Dutch, German, French,
 *       Spanish and Italian equivalents. A marking stands alone on its line or is followed by a delimiter (: - / |
 *       parenthesis, comma), so "Confidential information is..." or "mark it as CONFIDENTIAL in Word" is not one;
 *       bare "SECRET", "RESTRICTED" and "INTERNAL" count only in capitals;</li>
 *   <li>personal health data: a person ("the patient", "my brother", "she", "I") diagnosed with, prescribed,
 *       tested positive, in therapy or treated for something; a "Diagnosis:" field; a medical record number.
 *       Questions about illnesses ("what are the symptoms of diabetes") have no person and no clinical verb.</li>
 * </ul>
 * Linear: markings are tried at line starts only; the health grammar runs only in a window around one of a few
 * trigger stems, all found in one pass over the text. Immutable and thread-safe.
 */
final class ContentCues {

    /** The {@link io.tappass.pipeline.scan.TextPart#analysis} key. */
    static final Object KEY = new Object() {
        @Override
        public String toString() {
            return "ContentCues.KEY";
        }
    };

    static final String MARKING = "CLASSIFICATION_MARKING";
    static final String HEALTH = "HEALTH_DATA";

    record Cue(String type, Classification level, int start, int end) {
    }

    private static final String END = "(?=[ \\t]*(?:$|[:\\-\\u2013\\u2014/|(,\\]*_]))";
    private static final Pattern PREFIX = Pattern.compile(
            "(?i)(?:classification|classified|sensitivity|data classification|label|rubricering|einstufung)"
                    + "[ \\t]*:[ \\t]*");
    private static final Pattern RESTRICTED = Pattern.compile("(?i)(?:strictly|highly|streng|strikt|strictement"
            + "|estrictamente|strettamente)[ \\t]+(?:confidential|vertraulich|vertrouwelijk|confidentiel(?:le)?"
            + "|confidencial|riservato)" + END);
    private static final Pattern RESTRICTED_CAPS = Pattern.compile("(?:TOP SECRET|SECRET|RESTRICTED|EYES ONLY)"
            + "(?: //[ A-Z/]*)?" + END);
    private static final Pattern CONFIDENTIAL = Pattern.compile("(?i)(?:(?:company|business|commercially|client)"
            + "[ \\t]+)?(?:confidential|privileged[ \\t]+(?:and|&)[ \\t]+confidential|attorney[ -]client[ \\t]+"
            + "privileged?|privileged|vertrouwelijk|vertraulich|confidentiel(?:le)?|confidencial|riservato)" + END);
    private static final Pattern INTERNAL = Pattern.compile("(?i)(?:(?:for[ \\t]+)?internal[ \\t]+use(?:[ \\t]+only)?"
            + "|company[ \\t]+internal|nur[ \\t]+f\u00FCr[ \\t]+den[ \\t]+internen[ \\t]+gebrauch|intern[ \\t]+gebruik"
            + "|usage[ \\t]+interne|uso[ \\t]+interno)" + END);
    private static final Pattern INTERNAL_CAPS = Pattern.compile("INTERNAL(?: ONLY)?" + END);
    private static final Pattern RESTRICTED_WORD = Pattern.compile("(?i)restricted" + END);
    private static final Pattern INTERNAL_WORD = Pattern.compile("(?i)internal" + END);

    /** Trigger stems of the health grammar (without their first letter, so that both capitalisations match). */
    private static final String[] HEALTH_TRIGGERS = {"iagnos", "rescri", "ositive", "herap", "MRN"};
    /** Where in each stem {@link #health} looks for it first: the offset of a letter pair rare in ordinary prose. */
    private static final int[] TRIGGER_PAIR_AT = {2, 2, 4, 3, 1};
    private static final int[] NO_WINDOWS = {};
    private static final int CHUNK = 4096;
    /**
     * {@link #healthWindows}' chunk buffer (the chunk's characters as Latin-1 bytes, and room for the word read one
     * byte ahead), one per thread: allocated per call it was 2 KB of each 1 KiB prompt's 15 KB (twenty-sixth session).
     */
    private static final ThreadLocal<byte[]> CHUNK_BUFFER = ThreadLocal.withInitial(() -> new byte[CHUNK + 8]);
    /** 1 + the index of the stem whose pair is the ASCII pair {@code (b << 7) | c}; 0 for none. */
    private static final byte[] PAIR_TRIGGER = new byte[1 << 14];

    static {
        if (HEALTH_TRIGGERS.length != 5) {
            throw new IllegalStateException("pairHits tests five letter pairs, one per health stem");
        }
        for (int t = 0; t < HEALTH_TRIGGERS.length; t++) {
            String stem = HEALTH_TRIGGERS[t];
            int pair = stem.charAt(TRIGGER_PAIR_AT[t]) << 7 | stem.charAt(TRIGGER_PAIR_AT[t] + 1);
            if (PAIR_TRIGGER[pair] != 0) {
                throw new IllegalStateException("two health stems share the pair at " + pair);
            }
            PAIR_TRIGGER[pair] = (byte) (t + 1);
        }
    }

    /*
     * The stems' letter pairs for pairHits, each letter copied into the eight bytes of a word: static finals, which
     * the JIT folds into the loop as constants (an array of them is read from memory on every word).
     */
    private static final long FIRST_0 = pairLetters(0, 0);
    private static final long SECOND_0 = pairLetters(0, 1);
    private static final long FIRST_1 = pairLetters(1, 0);
    private static final long SECOND_1 = pairLetters(1, 1);
    private static final long FIRST_2 = pairLetters(2, 0);
    private static final long SECOND_2 = pairLetters(2, 1);
    private static final long FIRST_3 = pairLetters(3, 0);
    private static final long SECOND_3 = pairLetters(3, 1);
    private static final long FIRST_4 = pairLetters(4, 0);
    private static final long SECOND_4 = pairLetters(4, 1);

    /** Letter {@code k} (0 or 1) of stem {@code t}'s pair, in every byte of a word. */
    private static long pairLetters(int t, int k) {
        return HEALTH_TRIGGERS[t].charAt(TRIGGER_PAIR_AT[t] + k) * Swar.ONES;
    }

    private static final Pattern PERSON = Pattern.compile("(?i)\\b(?:patient|client|employee|member|resident|he|she"
            + "|i|i'm|i've|we|me|my|his|her|their|mr|mrs|ms|son|daughter|wife|husband|brother|sister|mother|father)\\b");
    private static final Pattern CLINICAL = Pattern.compile("(?i)\\b(?:diagnosed (?:with|as)|prescribed|tested"
            + "(?: \\w+){0,2} positive|in therapy (?:for|since)|started \\w+ therapy|on \\w+ therapy|treated for)\\b");
    private static final Pattern FIELD = Pattern.compile("(?im)^[ \\t*#>-]*(?:diagnosis|diagnose|diagnostic|dx)"
            + "[ \\t]*:[ \\t]*\\S|\\bMRN[ \\t]*[:#]?[ \\t]*\\d{5,}");

    private ContentCues() {
    }

    static List<Cue> scan(String text) {
        List<Cue> out = new ArrayList<>(0);
        markings(text, out);
        health(text, out);
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    private static void markings(String text, List<Cue> out) {
        int n = text.length();
        Markings markings = null;
        int ls = 0;
        while (ls < n) {
            int le = text.indexOf('\n', ls);
            if (le < 0) {
                le = n;
            }
            int p = ls;
            while (p < le && p - ls < 12 && " \t*#_>[(|\r".indexOf(text.charAt(p)) >= 0) {
                p++;
            }
            if (p < le && mayMark(text, p)) {
                if (markings == null) {
                    markings = new Markings(text);
                }
                markings.at(p, Math.min(le, p + 160), out);
            }
            ls = le + 1;
        }
    }

    /**
     * The words a marking or its label can start with (the first words of {@link #PREFIX} and of the level patterns),
     * by first letter: a line that starts with none of them is not handed to the patterns (most lines of a document
     * or config file start with some letter; trying eight patterns on each allocated eight matchers per line).
     */
    private static final String[][] FIRST_WORDS = new String[128][];

    static {
        String[] words = {"classification", "classified", "sensitivity", "data", "label", "rubricering", "einstufung",
            "strictly", "highly", "streng", "strikt", "strictement", "estrictamente", "strettamente", "top", "secret",
            "restricted", "eyes", "company", "business", "commercially", "client", "confidential", "privileged",
            "attorney", "vertrouwelijk", "vertraulich", "confidentiel", "confidencial", "riservato", "for", "internal",
            "nur", "intern", "usage", "uso"};
        for (String w : words) {
            char c = w.charAt(0);
            String[] have = FIRST_WORDS[c];
            String[] next = have == null ? new String[1] : java.util.Arrays.copyOf(have, have.length + 1);
            next[next.length - 1] = w;
            FIRST_WORDS[c] = next;
        }
    }

    /** Whether the text at {@code p} starts with one of {@link #FIRST_WORDS}, ignoring case. */
    static boolean mayMark(String text, int p) {
        char c = text.charAt(p);
        if (c >= 'A' && c <= 'Z') {
            c = (char) (c + 32);
        }
        String[] words = c < 128 ? FIRST_WORDS[c] : null;
        if (words != null) {
            for (String w : words) {
                if (text.regionMatches(true, p, w, 0, w.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    static void marking(String text, int p, int limit, List<Cue> out) {
        new Markings(text).at(p, limit, out);
    }

    /**
     * The marking patterns bound to one text, each matcher made on first use and reused for every line of the scan
     * (a config file has many lines starting with "data:" or "labels:", which reach the patterns).
     */
    private static final class Markings {
        private final String text;
        private final Matcher[] matchers = new Matcher[PATTERNS.length];

        Markings(String text) {
            this.text = text;
        }

        private Matcher m(int k, int from, int limit) {
            Matcher m = matchers[k];
            if (m == null) {
                m = matchers[k] = PATTERNS[k].matcher(text);
            }
            return m.region(from, limit); // region resets the matcher
        }

        void at(int p, int limit, List<Cue> out) {
            Matcher pre = m(0, p, limit);
            boolean labelled = pre.lookingAt();
            int from = labelled ? pre.end() : p;
            Classification level = null;
            Matcher m;
            if ((m = m(1, from, limit)).lookingAt() || (m = m(2, from, limit)).lookingAt()
                    || labelled && (m = m(3, from, limit)).lookingAt()) {
                level = Classification.RESTRICTED;
            } else if ((m = m(4, from, limit)).lookingAt()) {
                level = Classification.CONFIDENTIAL;
            } else if ((m = m(5, from, limit)).lookingAt() || (m = m(6, from, limit)).lookingAt()
                    || labelled && (m = m(7, from, limit)).lookingAt()) {
                level = Classification.INTERNAL;
            }
            if (level != null) {
                out.add(new Cue(MARKING, level, p, m.end()));
            }
        }
    }

    /** {@link Markings}' patterns, in the order tried: label prefix, then restricted, confidential, internal. */
    private static final Pattern[] PATTERNS = {PREFIX, RESTRICTED, RESTRICTED_CAPS, RESTRICTED_WORD, CONFIDENTIAL,
        INTERNAL, INTERNAL_CAPS, INTERNAL_WORD};

    private static void health(String text, List<Cue> out) {
        int[] windows = healthWindows(text);
        for (int k = 0; k < windows.length; k += 2) {
            healthWindow(text, windows[k], windows[k + 1], out);
        }
    }

    /**
     * The windows the health grammar runs in, as start, end pairs in text order: +-120 characters around each trigger
     * stem, overlapping or touching ones merged, so that each character is matched once. One pass finds every stem,
     * by a letter pair rare in prose ({@link #TRIGGER_PAIR_AT}), then compares the stem whole.
     *
     * <p>The pairs are sought eight positions at a time ({@link #pairHits}) in a Latin-1 byte copy of 4096-character
     * chunks, each chunk starting one character back so that a pair across chunks is seen; the few positions found
     * are confirmed on the text's own characters ({@link #stemAt}). {@code ContentCues.scan} on the 1 MiB benchmark
     * prompt: 1.11 -> 0.48 ms of thread CPU (thirty-seventh session, both builds in one JVM; a character loop looking
     * each pair up in {@link #PAIR_TRIGGER} took about three cycles a character). Text that is not Latin-1 pays about
     * 0.25 ms a MiB more for narrowing its characters to bytes (prose with emoji 1.12 -> 0.78 ms). Five {@code
     * String.indexOf(char)} passes over a rare letter of each stem took 0.55 ms on the prompt: 'c', 'g' and 'p' are
     * not rare enough.
     */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): the characters' low bytes, which pairHits reads
    static int[] healthWindows(String text) {
        int n = text.length();
        long[] found = null;
        int count = 0;
        byte[] buf = CHUNK_BUFFER.get();
        for (int from = 0; from + 1 < n; from += CHUNK - 1) {
            int to = Math.min(n, from + CHUNK);
            text.getBytes(from, to, buf, 0);
            int pairs = to - from - 1; // the chunk's pairs start at buf[0, pairs)
            for (int i = 0; i < pairs; i += 8) {
                // the word at i + 1 holds the second letter of each pair starting in the word at i
                long hits = pairHits((long) Swar.LONGS.get(buf, i), (long) Swar.LONGS.get(buf, i + 1));
                for (; hits != 0; hits &= hits - 1) {
                    int at = i + (Long.numberOfTrailingZeros(hits) >>> 3);
                    int t = at < pairs ? stemAt(text, from + at) : -1; // bytes past the chunk are stale
                    if (t >= 0) {
                        if (found == null || count == found.length) {
                            found = found == null ? new long[8] : Arrays.copyOf(found, 2 * count);
                        }
                        int p = from + at - TRIGGER_PAIR_AT[t];
                        // the start in the high half, so that sorting orders by start (both are non-negative ints)
                        found[count++] = (long) Math.max(0, p - 120) << 32
                                | Math.min(n, p + HEALTH_TRIGGERS[t].length() + 120);
                    }
                }
            }
            if (to == n) {
                break;
            }
        }
        if (count == 0) {
            return NO_WINDOWS;
        }
        // stems found by pairs at different offsets come out of text order by a few characters
        Arrays.sort(found, 0, count);
        int[] out = new int[2 * count];
        int w = 0;
        for (int k = 0; k < count; k++) {
            int s = (int) (found[k] >>> 32);
            int e = (int) found[k];
            if (w > 0 && s <= out[w - 1]) {
                out[w - 1] = Math.max(out[w - 1], e);
            } else {
                out[w++] = s;
                out[w++] = e;
            }
        }
        return Arrays.copyOf(out, w);
    }

    /**
     * The high bit of each byte of {@code x} where one of the five stems' letter pairs starts, given the word one byte
     * ahead ({@code y}), with the bytes' high bits ignored: a pair matches where {@code (x ^ first) | (y ^ second)}
     * is a zero byte, which alone of 0..0x7F keeps its high bit clear when 0x7F is added (no byte carries into the
     * next). About 30 operations for eight positions; a byte of another character (above 0x7F) may show up as a
     * letter, which {@link #stemAt} then rejects.
     */
    static long pairHits(long x, long y) {
        long a = x & ~Swar.HIGH;
        long b = y & ~Swar.HIGH;
        long misses = pairMisses(a, b, FIRST_0, SECOND_0) & pairMisses(a, b, FIRST_1, SECOND_1)
                & pairMisses(a, b, FIRST_2, SECOND_2) & pairMisses(a, b, FIRST_3, SECOND_3)
                & pairMisses(a, b, FIRST_4, SECOND_4);
        return ~misses & Swar.HIGH;
    }

    /** The high bit of each byte where the pair {@code first, second} is not at {@code a, b} (bytes below 0x80). */
    private static long pairMisses(long a, long b, long first, long second) {
        return ((a ^ first) | (b ^ second)) + 0x7F * Swar.ONES;
    }

    /**
     * The index of the stem whose letter pair is the ASCII pair at {@code q} and which is there whole, or -1: the
     * check the character loop made at every pair, now made where {@link #pairHits} saw one.
     */
    private static int stemAt(String text, int q) {
        char b = text.charAt(q);
        char c = text.charAt(q + 1);
        if ((b | c) >= 0x80) {
            return -1;
        }
        int t = PAIR_TRIGGER[b << 7 | c] - 1;
        if (t < 0) {
            return -1;
        }
        int p = q - TRIGGER_PAIR_AT[t];
        return p >= 0 && text.startsWith(HEALTH_TRIGGERS[t], p) ? t : -1;
    }

    private static void healthWindow(String text, int ws, int we, List<Cue> out) {
        Matcher f = FIELD.matcher(text).region(ws, we).useAnchoringBounds(false).useTransparentBounds(true);
        while (f.find()) {
            out.add(new Cue(HEALTH, Classification.RESTRICTED, f.start(), f.end()));
        }
        Matcher c = CLINICAL.matcher(text).region(ws, we).useTransparentBounds(true);
        Matcher person = PERSON.matcher(text).useTransparentBounds(true);
        while (c.find()) {
            // the person before the verb ("she was prescribed") or as its object ("prescribed me")
            if (person.region(Math.max(0, c.start() - 60), Math.min(text.length(), c.end() + 4)).find()) {
                out.add(new Cue(HEALTH, Classification.RESTRICTED, c.start(), c.end()));
            }
        }
    }
}
