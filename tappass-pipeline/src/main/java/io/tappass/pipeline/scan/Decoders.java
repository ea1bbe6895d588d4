package io.tappass.pipeline.scan;

import java.util.List;

/** Finds and decodes embedded encoded segments for {@link Normalizer}; every scan is a single linear pass. */
final class Decoders {

    private static final int MIN_BASE64 = 20;
    private static final int MIN_HEX_BYTES = 8;
    private static final int MIN_BINARY_BYTES = 4;
    private static final int MIN_URL_ESCAPES = 3;

    /** {@code Normalizer.decoderWindows()}: the run loop examines only windows around the candidates. */
    static final int WINDOWS = 1;
    /** The run loop examines the whole text when compaction saw a candidate anywhere (the reference in tests). */
    static final int FULL_SCAN = 0;
    /** Tests only, wrong on purpose: windows are the candidate ranges themselves, not widened to stopping points. */
    static final int MUTANT_RAW_RANGES = 2;
    /** Tests only, wrong on purpose: any whitespace counts as a stopping point (multi-token runs are cut). */
    static final int MUTANT_ANY_WHITESPACE = 3;
    /** Tests only: {@link #WINDOWS} also when they cover most of the text (short texts are windowed too). */
    static final int WINDOWS_ALWAYS = 4;

    private Decoders() {
    }

    /**
     * Decodes the encoded segments of {@code text} into {@code out}.
     *
     * @param rot13 whether the normalised text {@linkplain #mentionsRot13(String) mentions rot13}: 1 yes, 0 no, -1
     *              unknown (then it is computed from {@code normalized} when needed)
     * @param cand  where compaction saw the candidates: {@code nCand / 2} ascending ranges {@code [cand[2k],
     *              cand[2k + 1])} of offsets in {@code text}, each overlapping a candidate's characters, such that
     *              every segment of the text overlaps one of them; overwritten with the windows
     * @param nCand the used length of {@code cand}, or -1: positions unknown, the whole text is scanned
     * @param textChars {@code text}'s characters at {@code [0, n)} (a buffer of this depth, see {@link #chars}), or
     *                  null
     */
    static void decodeAll(Normalizer nz, String text, String normalized, int depth, Normalizer.Budget budget,
                          List<DecodedSegment> out, int rootStart, int rootEnd, boolean candidates, int rot13,
                          int[] cand, int nCand, char[] textChars) {
        boolean root = depth == 0;
        int n = text.length();
        int max = nz.maxSegmentChars();
        int i = 0;
        // Url-encoding needs a token with MIN_URL_ESCAPES %XX escapes; a text with fewer in all ("50% off") takes
        // the faster loop, which is the general loop without the url branch (DecoderPercentTest).
        boolean anyPercent = candidates && hasEscapes(text, MIN_URL_ESCAPES);
        if (anyPercent && !nz.runLoopForUrls()) {
            decodeGeneral(nz, text, depth, budget, out, rootStart, rootEnd);
        } else if (candidates) {
            int nw = nCand < 0 ? -1 : windows(nz.decoderWindows(), text, cand, nCand);
            if (nw < 0) {
                cand = new int[] {0, n};
                nw = 2;
            }
            decodeRuns(nz, text, depth, budget, out, rootStart, rootEnd, anyPercent, cand, nw, textChars);
        }
        if (budget.segments > 0 && budget.chars > 0 && !budget.inRot13
                && (rot13 < 0 ? mentionsRot13(normalized) : rot13 > 0)) {
            String d = rot13(text, Math.min(n, max));
            nz.addSegment(d, "rot13", depth, budget, out, 0, n, root, rootStart, rootEnd);
        }
    }

    /**
     * The decoders' general loop, one character at a time with the url branch: the reference that
     * {@link #decodeRuns} is tested against ({@code Normalizer.generalDecodingLoop()}); not used otherwise.
     */
    private static void decodeGeneral(Normalizer nz, String text, int depth, Normalizer.Budget budget,
                                      List<DecodedSegment> out, int rootStart, int rootEnd) {
        boolean root = depth == 0;
        int n = text.length();
        int max = nz.maxSegmentChars();
        int i = 0;
        // {scanned to, the next '%' at or after i, where its token starts} (see urlToken): the token at i holds an
        // escape only when that '%' is in it; after the last '%' no token does. Tokens without one are not scanned.
        int[] url = {0, text.indexOf('%'), 0};
        url[2] = url[1] < 0 ? n : tokenStart(text, url[1], -1, 0);
        while (i < n && budget.segments > 0 && budget.chars > 0) {
            char c = text.charAt(i);
            if ((c == '.' || c == '-') && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                int end = tryMorse(nz, text, i, depth, budget, out, rootStart, rootEnd);
                if (end > i) {
                    i = end;
                    continue;
                }
            }
            boolean boundary = i == 0 || !isB64(text.charAt(i - 1));
            if (!boundary || !(isB64(c) || c == '\\' || c == '%')) {
                if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>') {
                    url[0] = Math.max(url[0], i + 1);
                }
                i++;
                continue;
            }
            // Binary octets: 01001001 01100111 ... (an unreadable run is skipped as a whole: linear time)
            int end = c == '0' || c == '1'
                    ? binaryRun(nz, text, i, max, depth, budget, out, root, rootStart, rootEnd) : i;
            if (end > i) {
                i = end;
                continue;
            }
            // Hex pairs, optionally \\x / 0x prefixed and space/colon/comma separated.
            end = hexVal(c) >= 0 || c == '\\' ? hexRun(nz, text, i, depth, budget, out, root, rootStart, rootEnd) : i;
            if (end > i) {
                i = end;
                continue;
            }
            // Url-encoding: a whitespace-delimited token containing several %XX escapes, examined once.
            end = urlToken(nz, text, i, depth, budget, out, rootStart, rootEnd, url);
            if (end > i) {
                i = end;
                continue;
            }
            // Base64 (standard or url-safe alphabet).
            int j = i;
            int any = 0; // the character classes seen in the run
            while (j < n) {
                char x = text.charAt(j);
                int k = x < 128 ? CLS[x] : 0;
                if ((k & C_B64) == 0) {
                    break;
                }
                any |= k;
                j++;
            }
            boolean digitOrUpper = (any & C_DIGIT_UPPER) != 0;
            boolean lower = (any & C_LOWER) != 0;
            int runEnd = j;
            while (j < n && j - runEnd < 2 && text.charAt(j) == '=') {
                j++;
            }
            if (runEnd - i >= MIN_BASE64 && digitOrUpper && lower) {
                String d = decodeBase64(text, i, runEnd, max);
                if (Normalizer.readable(d)) {
                    nz.addSegment(d, "base64", depth, budget, out, i, j, root, rootStart, rootEnd);
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /**
     * The general loop's url branch at candidate position {@code i} (see {@link #decodeGeneral}): decodes the token
     * at {@code i} when it is examined for the first time and holds {@value #MIN_URL_ESCAPES} escapes, and returns
     * its end if the result is readable, else {@code i}. {@code url} carries {scanned to, next '%', its token's
     * start} from call to call.
     */
    private static int urlToken(Normalizer nz, String text, int i, int depth, Normalizer.Budget budget,
                                List<DecodedSegment> out, int rootStart, int rootEnd, int[] url) {
        if (i < url[0]) {
            return i;
        }
        int n = text.length();
        if (url[1] >= 0 && url[1] < i) {
            int previous = url[1];
            url[1] = text.indexOf('%', i);
            url[2] = url[1] < 0 ? n : tokenStart(text, url[1], previous, url[2]);
        }
        int end;
        if (url[1] < 0) {
            end = i;
            url[0] = Integer.MAX_VALUE; // no escape after i
        } else if (url[2] <= i) {
            end = tokenEnd(text, i);
            url[0] = end;
        } else {
            end = i; // no '%' in this token
        }
        if (url[1] >= 0 && url[1] < end && countEscapes(text, i, end) >= MIN_URL_ESCAPES) {
            String d = decodeUrl(text, i, Math.min(end, i + nz.maxSegmentChars()));
            if (Normalizer.readable(d)) {
                nz.addSegment(d, "url", depth, budget, out, i, end, depth == 0, rootStart, rootEnd);
                return end;
            }
        }
        return i;
    }

    /** International Morse code (ITU-R M.1677-1): letters, digits and common punctuation. */
    private static final java.util.Map<String, Character> MORSE = new java.util.HashMap<>();

    static {
        String[] codes = {".-", "-...", "-.-.", "-..", ".", "..-.", "--.", "....", "..", ".---", "-.-", ".-..", "--",
            "-.", "---", ".--.", "--.-", ".-.", "...", "-", "..-", "...-", ".--", "-..-", "-.--", "--.."};
        for (int k = 0; k < codes.length; k++) {
            MORSE.put(codes[k], (char) ('a' + k));
        }
        String[] digits = {"-----", ".----", "..---", "...--", "....-", ".....", "-....", "--...", "---..", "----."};
        for (int k = 0; k < digits.length; k++) {
            MORSE.put(digits[k], (char) ('0' + k));
        }
        String[][] punct = {{".-.-.-", "."}, {"--..--", ","}, {"..--..", "?"}, {".----.", "'"}, {"-.-.--", "!"},
            {"-..-.", "/"}, {"-.--.", "("}, {"-.--.-", ")"}, {"---...", ":"}, {"-.-.-.", ";"}, {"-...-", "="},
            {".-.-.", "+"}, {"-....-", "-"}, {".-..-.", "\""}, {".--.-.", "@"}};
        for (String[] p : punct) {
            MORSE.put(p[0], p[1].charAt(0));
        }
    }

    private static final int MIN_MORSE_LETTERS = 8;

    /**
     * Decodes a Morse segment starting at {@code i} (codes of dots and dashes separated by one space, words by two
     * or more spaces or a slash) when it has at least {@value #MIN_MORSE_LETTERS} letters and reads as text; returns
     * the end of the scanned codes (the caller skips them whether or not they decoded), or {@code i} when no code
     * starts here.
     */
    private static int tryMorse(Normalizer nz, String t, int i, int depth, Normalizer.Budget budget,
                                List<DecodedSegment> out, int rootStart, int rootEnd) {
        int n = t.length();
        int limit = Math.min(n, i + nz.maxSegmentChars());
        StringBuilder sb = null;
        int p = i;
        int letters = 0;
        int end = i;
        while (p < limit) {
            int q = p;
            while (q < limit && q - p <= 7 && (t.charAt(q) == '.' || t.charAt(q) == '-')) {
                q++;
            }
            if (q == p || q - p > 7 || q < n && t.charAt(q) != ' ' && t.charAt(q) != '/' && t.charAt(q) != '\n') {
                break;
            }
            Character ch = MORSE.get(t.substring(p, q));
            if (ch == null) {
                break;
            }
            if (sb == null) {
                sb = new StringBuilder();
            }
            sb.append(ch.charValue());
            letters++;
            end = q;
            // separators: one space = next letter; two or more spaces, a slash or a line break = next word
            int r = q;
            boolean word = false;
            while (r < limit && (t.charAt(r) == ' ' || t.charAt(r) == '/' || t.charAt(r) == '\n') && r - q < 4) {
                word |= t.charAt(r) != ' ' || r > q;
                r++;
            }
            if (r == q) {
                break;
            }
            if (word) {
                sb.append(' ');
            }
            p = r;
        }
        if (letters < MIN_MORSE_LETTERS) {
            return end; // too short: skipped as a whole (linear time)
        }
        String d = sb.toString().trim();
        if (!Normalizer.readable(d)) {
            return end; // not text: skipped as a whole, never re-scanned from each of its codes
        }
        nz.addSegment(d, "morse", depth, budget, out, i, end, depth == 0, rootStart, rootEnd);
        return end;
    }

    /**
     * The sextet of each base64 character, or -1; bit 6 marks the standard alphabet's '+' and '/', bit 7 the
     * url-safe alphabet's '-' and '_' (RFC 4648, sections 4 and 5). The one definition of the alphabets here: the
     * character tables below are derived from it.
     */
    private static final int[] B64_VALUE = new int[128];

    static {
        java.util.Arrays.fill(B64_VALUE, -1);
        for (int k = 0; k < 26; k++) {
            B64_VALUE['A' + k] = k;
            B64_VALUE['a' + k] = 26 + k;
        }
        for (int k = 0; k < 10; k++) {
            B64_VALUE['0' + k] = 52 + k;
        }
        B64_VALUE['+'] = 62 | 64;
        B64_VALUE['/'] = 63 | 64;
        B64_VALUE['-'] = 62 | 128;
        B64_VALUE['_'] = 63 | 128;
    }

    private static final byte C_B64 = 1;
    private static final byte C_HEX = 2;
    private static final byte C_HEXX = 4;
    private static final byte C_LOWER = 8;
    private static final byte C_DIGIT_UPPER = 16;
    private static final byte[] CLS = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            int k = 0;
            if (B64_VALUE[c] >= 0) {
                k |= C_B64;
            }
            if (c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
                k |= C_HEX | C_HEXX;
            }
            if (c == 'x' || c == 'X') {
                k |= C_HEXX;
            }
            if (c >= 'a' && c <= 'z') {
                k |= C_LOWER;
            }
            if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '+' || c == '/') {
                k |= C_DIGIT_UPPER;
            }
            CLS[c] = (byte) k;
        }
    }

    /**
     * The decoders for a text without url escapes, one pass over maximal runs of base64-alphabet characters: a run
     * is examined further only when its character classes allow binary octets, hex pairs or base64 (ordinary words
     * fail these tests at once). Finds the same segments as the general loop.
     */
    private static void decodeRuns(Normalizer nz, String text, int depth, Normalizer.Budget budget,
                                   List<DecodedSegment> out, int rootStart, int rootEnd, boolean urls,
                                   int[] win, int nw, char[] textChars) {
        boolean root = depth == 0;
        int n = text.length();
        int max = nz.maxSegmentChars();
        // url-encoding (urls: the text has MIN_URL_ESCAPES %XX escapes somewhere): a whitespace-delimited token is
        // examined once, at its first candidate position where binary and hex found nothing, exactly as the
        // general loop does (see decodeGeneral); the next '%' and where its token starts are looked up lazily
        int[] url = urls ? new int[] {0, text.indexOf('%'), 0} : null; // scanned to, next '%', its token's start
        if (urls) {
            url[2] = url[1] < 0 ? n : tokenStart(text, url[1], -1, 0);
        }
        // the loops read a copy of the characters: String.charAt checks the coder and the index on every call
        char[] t = textChars != null ? textChars : chars(n, depth);
        // A window [from, to) starts and ends at a stopping point (see stop): the loop reads t only in [from - 1, to)
        // (a run stops at the delimiter at to - 1), so only the windows are copied. (The test-only wrong windows do
        // not end at delimiters: the whole text is copied.)
        boolean copyWindows = textChars == null && (nz.decoderWindows() == WINDOWS
                || nz.decoderWindows() == WINDOWS_ALWAYS);
        if (textChars == null && !copyWindows) {
            text.getChars(0, n, t, 0);
        }
        int i = 0;
        for (int w = 0; w < nw && budget.segments > 0 && budget.chars > 0; w += 2) {
            int from = win[w];
            int to = win[w + 1];
            if (i < from) {
                i = from; // the full loop stops at from too, with the same url state, and found nothing before it
            }
            if (i >= to) {
                continue;
            }
            if (copyWindows) {
                int c0 = Math.max(0, from - 1);
                text.getChars(c0, to, t, c0);
            }
            while (i < to && budget.segments > 0 && budget.chars > 0) {
                char c = t[i];
                if ((c == '.' || c == '-') && (i == 0 || Character.isWhitespace(t[i - 1]))) {
                    int end = tryMorse(nz, text, i, depth, budget, out, rootStart, rootEnd);
                    if (end > i) {
                        i = end;
                        continue;
                    }
                }
                int k0 = c < 128 ? CLS[c] : 0;
                if ((k0 & C_B64) == 0) {
                    boolean boundary = i == 0 || !isB64(t[i - 1]);
                    if (c == '\\' && boundary) {
                        int end = hexRun(nz, text, i, depth, budget, out, root, rootStart, rootEnd);
                        if (end > i) {
                            i = end;
                            continue;
                        }
                    }
                    if (urls && boundary && (c == '\\' || c == '%')) {
                        int end = urlToken(nz, text, i, depth, budget, out, rootStart, rootEnd, url);
                        if (end > i) {
                            i = end;
                            continue;
                        }
                    }
                    i++;
                    continue;
                }
                if (i > 0 && isB64(t[i - 1])) {
                    // Resumed inside a run (after a binary segment): skip to its end like the general loop.
                    while (i < n && isB64(t[i])) {
                        i++;
                    }
                    continue;
                }
                int j = i;
                int all = 0xFF;
                int any = 0;
                while (j < n) {
                    char x = t[j];
                    int k = x < 128 ? CLS[x] : 0;
                    if ((k & C_B64) == 0) {
                        break;
                    }
                    all &= k;
                    any |= k;
                    j++;
                }
                int runEnd = j;
                if (runEnd - i >= 8 && (c == '0' || c == '1')) {
                    int end = binaryRun(nz, text, i, max, depth, budget, out, root, rootStart, rootEnd);
                    if (end > i) {
                        i = end;
                        continue;
                    }
                }
                if ((all & C_HEXX) != 0 && (k0 & C_HEX) != 0) {
                    int end = hexRun(nz, text, i, depth, budget, out, root, rootStart, rootEnd);
                    if (end > i) {
                        i = end;
                        continue;
                    }
                }
                if (urls) {
                    int end = urlToken(nz, text, i, depth, budget, out, rootStart, rootEnd, url);
                    if (end > i) {
                        i = end;
                        continue;
                    }
                }
                while (j < n && j - runEnd < 2 && t[j] == '=') {
                    j++;
                }
                if (runEnd - i >= MIN_BASE64 && (any & C_DIGIT_UPPER) != 0 && (any & C_LOWER) != 0) {
                    String d = decodeBase64(text, i, runEnd, max);
                    if (Normalizer.readable(d)) {
                        nz.addSegment(d, "base64", depth, budget, out, i, j, root, rootStart, rootEnd);
                    }
                }
                i = Math.max(j, i + 1);
            }
        }
    }

    /**
     * The windows of the run loop around the candidate ranges {@code cand[0, nCand)} (see {@link #decodeAll}),
     * written over them: each range is widened to the stopping points (see {@link #stop}) at or before its start and
     * at or after its end, and overlapping or touching windows are merged. Returns their used length, or -1 when
     * they would cover more than half of the text (then the whole text is scanned).
     *
     * <p>Why the loop finds exactly the full loop's segments: a segment is a jump of the full loop, which never
     * jumps over a stopping point, so a segment overlapping a range starts inside its window; every segment overlaps
     * a range (compaction records conservatively); the full loop stops at each window start with the same url state
     * (a url token never spans a stopping point), and the budget only changes at segments.
     */
    static int windows(int mode, String t, int[] cand, int nCand) {
        int n = t.length();
        int nw = 0;
        long covered = 0;
        for (int k = 0; k < nCand; k += 2) {
            int cs = Math.min(cand[k], n);
            int ce = Math.min(Math.max(cand[k + 1], cs), n);
            int s;
            int e;
            if (mode == MUTANT_RAW_RANGES) {
                s = cs;
                e = ce;
            } else {
                if (nw > 0 && cs < cand[nw - 1]) { // starts inside the last window
                    if (ce > cand[nw - 1]) {
                        e = nextStop(mode, t, ce);
                        covered += e - cand[nw - 1];
                        cand[nw - 1] = e;
                    }
                    continue;
                }
                s = previousStop(mode, t, cs, nw > 0 ? cand[nw - 1] : 0);
                e = nextStop(mode, t, ce);
            }
            if (nw > 0 && s <= cand[nw - 1]) {
                if (e > cand[nw - 1]) {
                    covered += e - cand[nw - 1];
                    cand[nw - 1] = e;
                }
            } else {
                cand[nw] = s;
                cand[nw + 1] = e;
                nw += 2;
                covered += e - s;
            }
            if (covered > n >> 1 && mode == WINDOWS) {
                return -1;
            }
        }
        return nw;
    }

    /** The last stopping point at or before {@code p}, not below {@code floor} (itself one). */
    private static int previousStop(int mode, String t, int p, int floor) {
        while (p > floor && !stop(mode, t, p)) {
            p--;
        }
        return p;
    }

    /** The first stopping point at or after {@code p}. */
    private static int nextStop(int mode, String t, int p) {
        int n = t.length();
        while (p < n && !stop(mode, t, p)) {
            p++;
        }
        return p;
    }

    /**
     * Whether the full loop of {@link #decodeRuns} surely stops at {@code p} (no jump of it crosses p) and p starts a
     * url token: p is 0 or n, or follows a url token delimiter that no run can hold. Every jump covers characters of
     * one kind: a url token (no delimiter), base64 (no whitespace), binary octets ('0', '1', ' '), hex pairs (hex
     * digits, 'x', backslash, ' ', ':', ','), Morse ('.', '-', ' ', '/', line break). So after a quote, '<', '>'
     * or whitespace other than a space or line break, any p is one; after a space or line break, p is one unless
     * the character at p may continue a binary, hex or Morse run across it.
     */
    private static boolean stop(int mode, String t, int p) {
        if (p <= 0 || p >= t.length()) {
            return true;
        }
        char b = t.charAt(p - 1);
        if (b == '"' || b == '\'' || b == '<' || b == '>') {
            return true;
        }
        if (!Character.isWhitespace(b)) {
            return false;
        }
        if (b != ' ' && b != '\n' || mode == MUTANT_ANY_WHITESPACE) {
            return true;
        }
        char c = t.charAt(p);
        return !(c == '.' || c == '-' || c == '/' || c == ' ' || c == '\n' || c == '\\' || hexVal(c) >= 0);
    }

    /**
     * Per-thread copy buffers of {@link #decodeRuns} (and of the normaliser's general path before the decoders run),
     * one per nesting depth (a decoded segment is normalised, and decoded, while the text around it is still being
     * read); none kept above 1 Mi characters.
     */
    private static final ThreadLocal<char[][]> CHARS = ThreadLocal.withInitial(() -> new char[4][]);

    static char[] chars(int n, int depth) {
        char[][] holder = CHARS.get();
        if (depth >= holder.length) {
            return new char[n];
        }
        char[] a = holder[depth];
        if (a != null && n <= a.length) {
            return a;
        }
        a = new char[Math.max(n, 256)];
        if (n <= (1 << 20) + 1024) {
            holder[depth] = a;
        }
        return a;
    }

    private static final boolean[] B64 = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            B64[c] = B64_VALUE[c] >= 0;
        }
    }

    private static boolean isB64(char c) {
        return c < 128 && B64[c];
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    /** The high bit of every byte of {@code x} that is zero (and possibly of bytes above one; never misses one). */
    private static long zeroBytes(long x) {
        return (x - ONES) & ~x & HIGHS;
    }

    /**
     * {@link #mentionsRot13(String)} of the Latin-1 text in {@code b[0, len)}, eight positions at a time: only where
     * {@code "aes"} (of "caesar"), {@code "rot"} or {@code "ebg"} starts is the exact test made.
     */
    static boolean mentionsRot13(byte[] b, int len) {
        long a = ONES * 'a';
        long e = ONES * 'e';
        long s = ONES * 's';
        long r = ONES * 'r';
        long o = ONES * 'o';
        long t = ONES * 't';
        long bb = ONES * 'b';
        long g = ONES * 'g';
        int k = 0;
        for (; k + 10 <= len; k += 8) {
            long w0 = (long) LONGS.get(b, k);
            long w1 = (long) LONGS.get(b, k + 1);
            long w2 = (long) LONGS.get(b, k + 2);
            long m = zeroBytes(w0 ^ a) & zeroBytes(w1 ^ e) & zeroBytes(w2 ^ s)
                    | zeroBytes(w0 ^ r) & zeroBytes(w1 ^ o) & zeroBytes(w2 ^ t)
                    | zeroBytes(w0 ^ e) & zeroBytes(w1 ^ bb) & zeroBytes(w2 ^ g);
            while (m != 0) {
                int p = k + (Long.numberOfTrailingZeros(m) >>> 3);
                if (mentionAt(b, len, p)) {
                    return true;
                }
                m &= m - 1;
            }
        }
        for (; k < len; k++) {
            if (mentionAt(b, len, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether "caesar" or a rot13 mention (see {@link #mentionsRot13(String)}) starts at {@code b[p]}. */
    static boolean mentionStartsAt(byte[] b, int len, int p) {
        return p + 5 < len && b[p] == 'c' && b[p + 1] == 'a' && b[p + 2] == 'e' && b[p + 3] == 's'
                && b[p + 4] == 'a' && b[p + 5] == 'r' || mentionAt(b, len, p);
    }

    /**
     * What follows "rot" in a rot13 mention: "rot13", "rotie" (leet-undone "rot13"), "rot-13", "rot 13", "rot-ie"; and
     * what follows "ebg", the name in its own cipher ("EBG13": a rot13 text that says what it is in rot13).
     */
    private static final String[] ROT_SUFFIXES = {"13", "ie", "-13", " 13", "-ie"};

    /** Whether "caesar" starts at {@code p - 1} or a rot13 mention (see {@link #mentionsRot13(String)}) at p. */
    private static boolean mentionAt(byte[] b, int len, int p) {
        if (p >= 1 && p + 4 < len && b[p - 1] == 'c' && b[p] == 'a' && b[p + 1] == 'e' && b[p + 2] == 's'
                && b[p + 3] == 'a' && b[p + 4] == 'r') {
            return true;
        }
        if (p + 2 < len && (b[p] == 'r' && b[p + 1] == 'o' && b[p + 2] == 't' || b[p] == 'e' && b[p + 1] == 'b'
                && b[p + 2] == 'g') && (p == 0 || !Character.isLetterOrDigit((char) (b[p - 1] & 0xFF)))) {
            for (String w : ROT_SUFFIXES) {
                if (at(b, len, p + 3, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean at(byte[] b, int len, int p, String w) {
        if (p + w.length() > len) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (b[p + i] != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #mentionsRot13(String)} of {@code s[0, len)} (the general path's compacted characters), without the
     * String searches, which are slow on a UTF-16 string: one pass carrying the last three characters in a long, the
     * exact test only where "cae", "rot" or "ebg" starts. (Testing for a 'c', an 'r' or an 'e' first, as before, cost
     * a mispredicted branch at most of them: 1.7-2.3 ms per MiB of real prompts, European prose and source code in a
     * standalone loop, 1.0-1.1 ms this way.)
     */
    static boolean mentionsRot13(char[] s, int len) {
        if (len < 3) {
            return false;
        }
        long last = (long) s[0] << 16 | s[1];
        for (int p = 0; p + 2 < len; p++) {
            last = last << 16 | s[p + 2];
            long three = last & 0xFFFF_FFFF_FFFFL;
            if (three == CAE || three == ROT || three == EBG) {
                if (three == CAE ? p + 5 < len && s[p + 3] == 's' && s[p + 4] == 'a' && s[p + 5] == 'r'
                        : (p == 0 || !Character.isLetterOrDigit(s[p - 1])) && rotSuffix(s, len, p + 3)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Three characters as {@link #mentionsRot13(char[], int)} carries them: "cae" (of "caesar"), "rot", "ebg". */
    private static final long CAE = (long) 'c' << 32 | 'a' << 16 | 'e';
    private static final long ROT = (long) 'r' << 32 | 'o' << 16 | 't';
    private static final long EBG = (long) 'e' << 32 | 'b' << 16 | 'g';

    /** Whether one of {@link #ROT_SUFFIXES} starts at {@code s[p]}. */
    private static boolean rotSuffix(char[] s, int len, int p) {
        for (String w : ROT_SUFFIXES) {
            if (at(s, len, p, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean at(char[] s, int len, int p, String w) {
        if (p + w.length() > len) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (s[p + i] != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the normalised (lower-cased, leet-undone) text mentions rot13 or a caesar cipher; also "ebg13", rot13's
     * name in rot13 (twenty-eighth session: a whole message in rot13 says what it is only in rot13).
     */
    static boolean mentionsRot13(String s) {
        if (s.contains("caesar")) {
            return true;
        }
        return mentionsName(s, "rot") || mentionsName(s, "ebg");
    }

    /** Whether {@code name} at a word start and one of {@link #ROT_SUFFIXES} after it occur in {@code s}. */
    private static boolean mentionsName(String s, String name) {
        int i = s.indexOf(name);
        while (i >= 0) {
            if (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))) {
                for (String w : ROT_SUFFIXES) {
                    if (s.startsWith(w, i + 3)) {
                        return true;
                    }
                }
            }
            i = s.indexOf(name, i + 3);
        }
        return false;
    }

    static String rot13(String s, int len) {
        char[] r = new char[len];
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                c = (char) ('a' + (c - 'a' + 13) % 26);
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) ('A' + (c - 'A' + 13) % 26);
            }
            r[i] = c;
        }
        return new String(r);
    }

    /**
     * The text base64-encoded in {@code text[start, end)} (at most {@code max} characters of it, unpadded input
     * accepted, the standard or the url-safe alphabet but not both), or null when it does not decode to UTF-8.
     * Decoded here, straight from the text, as {@link java.util.Base64}'s decoders would (a run of a path or an id
     * that is not base64 costs one small array, not a substring and two copies of it).
     */
    static String decodeBase64(String text, int start, int end, int max) {
        int len = Math.min(end - start, max);
        if (len % 4 == 1) {
            len--; // unpadded input: a single trailing sextet carries no whole byte
        }
        if (len < 16) {
            return null;
        }
        int size = len * 3 / 4; // 6 bits per character, whole bytes only
        byte[] bytes = size <= BASE64_KEEP ? BASE64_BYTES.get() : new byte[size];
        int acc = 0;
        int bits = 0;
        int o = 0;
        int alphabets = 0;
        for (int i = start, e = start + len; i < e; i++) {
            char c = text.charAt(i);
            int v = c < 128 ? B64_VALUE[c] : -1;
            if (v < 0) {
                return null;
            }
            alphabets |= v >> 6; // 1 for '+' and '/', 2 for '-' and '_'
            acc = acc << 6 | (v & 63);
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                bytes[o++] = (byte) (acc >> bits);
            }
        }
        if (alphabets == 3) {
            return null; // both alphabets: not base64
        }
        // A cut at a multi-byte character boundary: trim up to 3 trailing bytes.
        for (int trim = 0; trim < 4 && trim < o; trim++) {
            String s = Normalizer.utf8(bytes, o - trim);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** The decoded bytes of a run up to this size go to a buffer of the thread's (most runs decode to nothing). */
    private static final int BASE64_KEEP = 192;
    private static final ThreadLocal<byte[]> BASE64_BYTES = ThreadLocal.withInitial(() -> new byte[BASE64_KEEP]);

    /**
     * The value of hex digit {@code c} (0-9, a-f, A-F), else -1. From a table: the chain of range tests was mispredicted
     * at about every other digit of a hex id (JSON log lines: 8 % of the normalisation in hexVal).
     */
    static int hexVal(char c) {
        return c < 128 ? HEX_VALUE[c] : -1;
    }

    private static final byte[] HEX_VALUE = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            HEX_VALUE[c] = (byte) (c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1);
        }
    }

    /** The end of a run of hex pairs starting at {@code i}, or {@code i} when there is none long enough. */
    /**
     * A hex-escaped run at {@code i} ({@code \x41}, {@code 0x41 0x42}, ...): decoded and added as a segment when it
     * reads as text; returns where scanning resumes (after the run, also for a long unreadable one), or {@code i}
     * when the run is short and unreadable (the caller goes on with its other decoders).
     */
    private static int hexRun(Normalizer nz, String text, int i, int depth, Normalizer.Budget budget,
                              List<DecodedSegment> out, boolean root, int rootStart, int rootEnd) {
        int end = hexEnd(text, i);
        if (end <= i) {
            return i;
        }
        String d = decodeHex(text, i, Math.min(end, i + nz.maxSegmentChars()));
        if (Normalizer.readable(d)) {
            nz.addSegment(d, "hex", depth, budget, out, i, end, root, rootStart, rootEnd);
            return end;
        }
        return end - i > 64 ? end : i;
    }

    private static int hexEnd(String t, int i) {
        int n = t.length();
        int p = i;
        int bytes = 0;
        int last = i;
        while (p < n) {
            int q = p;
            if (q + 1 < n && (t.charAt(q) == '\\' || t.charAt(q) == '0') && (t.charAt(q + 1) == 'x'
                    || t.charAt(q + 1) == 'X')) {
                q += 2;
            }
            if (q + 1 < n && hexVal(t.charAt(q)) >= 0 && hexVal(t.charAt(q + 1)) >= 0) {
                bytes++;
                q += 2;
                last = q;
                if (q < n && (t.charAt(q) == ' ' || t.charAt(q) == ':' || t.charAt(q) == ',')) {
                    q++;
                }
                p = q;
            } else {
                break;
            }
        }
        if (bytes < MIN_HEX_BYTES || (last < n && isB64(t.charAt(last)))) {
            return i;
        }
        return last;
    }

    private static String decodeHex(String t, int start, int end) {
        byte[] b = new byte[(end - start) / 2 + 1];
        int n = 0;
        int p = start;
        while (p + 1 < end) {
            if ((t.charAt(p) == '\\' || t.charAt(p) == '0') && (t.charAt(p + 1) == 'x' || t.charAt(p + 1) == 'X')) {
                p += 2;
                continue;
            }
            int h = hexVal(t.charAt(p));
            int l = hexVal(t.charAt(p + 1));
            if (h >= 0 && l >= 0) {
                b[n++] = (byte) (h * 16 + l);
                p += 2;
            } else {
                p++;
            }
        }
        return Normalizer.utf8(b, n);
    }

    /**
     * A run of binary octets at {@code i}: decoded (at most {@code max} characters of it) and added as a segment when
     * it reads as text; returns the run's end (scanning resumes there, also after an unreadable run: linear time), or
     * {@code i} when there is none.
     */
    private static int binaryRun(Normalizer nz, String text, int i, int max, int depth, Normalizer.Budget budget,
                                 List<DecodedSegment> out, boolean root, int rootStart, int rootEnd) {
        int end = binaryEnd(text, i);
        if (end > i) {
            String d = decodeBinary(text, i, Math.min(end, i + max));
            if (Normalizer.readable(d)) {
                nz.addSegment(d, "binary", depth, budget, out, i, end, root, rootStart, rootEnd);
            }
        }
        return end;
    }

    private static int binaryEnd(String t, int i) {
        int n = t.length();
        int p = i;
        int bytes = 0;
        int last = i;
        while (p + 8 <= n) {
            boolean ok = true;
            for (int k = 0; k < 8; k++) {
                char c = t.charAt(p + k);
                if (c != '0' && c != '1') {
                    ok = false;
                    break;
                }
            }
            if (!ok) {
                break;
            }
            bytes++;
            p += 8;
            last = p;
            if (p < n && t.charAt(p) == ' ') {
                p++;
            } else {
                break;
            }
        }
        return bytes >= MIN_BINARY_BYTES ? last : i;
    }

    private static String decodeBinary(String t, int start, int end) {
        byte[] b = new byte[(end - start) / 8 + 1];
        int n = 0;
        int p = start;
        while (p + 8 <= end) {
            int v = 0;
            for (int k = 0; k < 8; k++) {
                v = v * 2 + (t.charAt(p + k) - '0');
            }
            b[n++] = (byte) v;
            p += 9;
        }
        return Normalizer.utf8(b, n);
    }

    /**
     * Where the token holding the '%' at {@code percent} starts (after the last delimiter before it, see
     * {@link #tokenEnd}); {@code previous} is the '%' looked up before (or -1) and {@code previousStart} its token
     * start, so that the text is walked back at most once in all.
     */
    private static int tokenStart(String t, int percent, int previous, int previousStart) {
        int q = percent;
        while (q > previous + 1) {
            char c = t.charAt(q - 1);
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>') {
                return q;
            }
            q--;
        }
        return previous < 0 ? 0 : previousStart;
    }

    private static int tokenEnd(String t, int i) {
        int n = t.length();
        int p = i;
        while (p < n) {
            char c = t.charAt(p);
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>') {
                break;
            }
            p++;
        }
        return Math.max(p, i + 1);
    }

    /** Whether {@code t} has at least {@code min} %XX escapes (url-encoded bytes) anywhere. */
    private static boolean hasEscapes(String t, int min) {
        int found = 0;
        for (int p = t.indexOf('%'); p >= 0 && p + 2 < t.length(); p = t.indexOf('%', p + 1)) {
            if (isEscape(t, p) && ++found >= min) {
                return true;
            }
        }
        return false;
    }

    /** Whether a %XX escape (two hex digits) starts at {@code p}; the caller checks that {@code p + 2} is inside. */
    private static boolean isEscape(String t, int p) {
        return t.charAt(p) == '%' && hexVal(t.charAt(p + 1)) >= 0 && hexVal(t.charAt(p + 2)) >= 0;
    }

    private static int countEscapes(String t, int start, int end) {
        int escapes = 0;
        for (int p = start; p + 2 < end + 1 && p + 2 < t.length(); p++) {
            if (isEscape(t, p)) {
                escapes++;
                p += 2;
            }
        }
        return escapes;
    }

    private static String decodeUrl(String t, int start, int end) {
        byte[] b = new byte[end - start];
        int n = 0;
        int p = start;
        while (p < end) {
            char c = t.charAt(p);
            if (c == '%' && p + 2 < end + 1 && p + 2 < t.length() && isEscape(t, p)) {
                b[n++] = (byte) (hexVal(t.charAt(p + 1)) * 16 + hexVal(t.charAt(p + 2)));
                p += 3;
            } else if (c < 0x80) {
                b[n++] = (byte) (c == '+' ? ' ' : c);
                p++;
            } else {
                return null;
            }
        }
        return Normalizer.utf8(b, n);
    }
}
