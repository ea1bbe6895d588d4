package io.tappass.pipeline.scan;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Normalises text for obfuscation-resistant pattern matching, in time linear in the input.
 *
 * <p>What it does, in one pass over the code points plus one pass over the folded characters:
 * <ul>
 *   <li>Unicode compatibility folding (NFKD per code point with combining marks dropped, which subsumes NFKC for
 *       matching purposes): fullwidth forms, mathematical alphanumerics, ligatures, circled/squared letters and
 *       accented letters become plain ASCII letters;</li>
 *   <li>confusable folding: Cyrillic and Greek look-alikes of Latin letters (e.g. Cyrillic {@code а}, Greek
 *       {@code ο}), regional-indicator and negative-squared letters;</li>
 *   <li>removal of zero-width characters, bidi controls, variation selectors and other invisible format
 *       characters; Unicode tag characters (U+E0020..U+E007E, "ASCII smuggling") are decoded to the ASCII they
 *       hide;</li>
 *   <li>lower-casing and whitespace collapsing (line breaks are kept as {@code \n});</li>
 *   <li>spaced-out words ({@code i g n o r e}, {@code i.g.n.o.r.e}) are joined and leetspeak inside words
 *       ({@code 1gn0r3}, {@code pr3v!ous}) is undone;</li>
 *   <li>embedded encoded segments (base64, hex, binary octets, url-encoding, and rot13 when the text mentions
 *       it) are decoded when the result is readable text, normalised recursively and returned as
 *       {@link DecodedSegment}s so that detectors can re-scan them. Decoding is bounded in depth, in the size of
 *       each segment and in total decoded characters.</li>
 * </ul>
 * Every normalised character keeps the offset of the original character it came from, so findings carry spans
 * of the original text.
 *
 * <p>Instances are immutable and thread-safe. Steps share one normalisation per text part through
 * {@link #of(TextPart)}.
 */
public final class Normalizer {

    /** The {@link TextPart#analysis(Object, java.util.function.Function)} key of the default normalisation. */
    public static final Object KEY = new Object() {
        @Override
        public String toString() {
            return "Normalizer.KEY";
        }
    };

    private static final Normalizer DEFAULT = new Normalizer(3, 16 * 1024, 64 * 1024, 32, true, true, true);

    private final int maxDepth;
    private final int maxSegmentChars;
    private final int maxDecodedChars;
    private final int maxSegments;
    /** Whether plain ASCII text takes the byte fast path (false only in tests: the general path as reference). */
    private final boolean asciiFastPath;
    /**
     * Whether the decoders skip a text in which compaction saw no {@linkplain Out#encodedCandidates candidate}
     * (false only in tests: every text is decoded, the reference for that shortcut).
     */
    private final boolean skipPlainText;
    /**
     * Whether the general path keeps no offset per character while every character maps to exactly one (false only
     * in tests: the per-character offsets as reference).
     */
    private final boolean identityShortcut;
    /**
     * Whether the decoders examine url-encoded tokens inside their run loop (false only in tests: the general
     * one-character-at-a-time loop as reference).
     */
    private final boolean runLoopForUrls;
    /**
     * How the decoders' run loop uses where compaction saw candidates: {@link Decoders#WINDOWS} (only windows around
     * them are examined), {@link Decoders#FULL_SCAN} (the whole text when there is any candidate: the reference in
     * tests), or one of the deliberately wrong variants tests use to show that the differential test has teeth.
     */
    private final int decoderWindows;

    private Normalizer(int maxDepth, int maxSegmentChars, int maxDecodedChars, int maxSegments,
                       boolean asciiFastPath, boolean skipPlainText, boolean identityShortcut) {
        this(maxDepth, maxSegmentChars, maxDecodedChars, maxSegments, asciiFastPath, skipPlainText, identityShortcut,
                true, Decoders.WINDOWS);
    }

    private Normalizer(int maxDepth, int maxSegmentChars, int maxDecodedChars, int maxSegments,
                       boolean asciiFastPath, boolean skipPlainText, boolean identityShortcut,
                       boolean runLoopForUrls, int decoderWindows) {
        this.maxDepth = maxDepth;
        this.maxSegmentChars = maxSegmentChars;
        this.maxDecodedChars = maxDecodedChars;
        this.maxSegments = maxSegments;
        this.asciiFastPath = asciiFastPath;
        this.skipPlainText = skipPlainText;
        this.identityShortcut = identityShortcut;
        this.runLoopForUrls = runLoopForUrls;
        this.decoderWindows = decoderWindows;
    }

    boolean runLoopForUrls() {
        return runLoopForUrls;
    }

    int decoderWindows() {
        return decoderWindows;
    }

    /**
     * The standard normaliser without the ASCII fast path and without the general path's identity-offset shortcut:
     * every text takes the general path with an offset per character (tests compare).
     */
    static Normalizer generalPathOnly() {
        return new Normalizer(3, 16 * 1024, 64 * 1024, 32, false, true, false);
    }

    /** The standard normaliser decoding a text with url escapes in the general loop (tests compare the run loop). */
    static Normalizer generalDecodingLoop() {
        return new Normalizer(3, 16 * 1024, 64 * 1024, 32, true, true, true, false, Decoders.WINDOWS);
    }

    /**
     * The standard normaliser whose decoders scan the whole text whenever compaction saw a candidate anywhere (tests
     * compare the candidate windows with it).
     */
    static Normalizer fullDecoderScan() {
        return new Normalizer(3, 16 * 1024, 64 * 1024, 32, true, true, true, true, Decoders.FULL_SCAN);
    }

    /**
     * The standard normaliser whose decoders examine windows around the candidates also where they cover most of the
     * text (the standard one then scans it all): tests compare it with {@link #fullDecoderScan()} on short texts.
     */
    static Normalizer decoderWindowsAlways() {
        return new Normalizer(3, 16 * 1024, 64 * 1024, 32, true, true, true, true, Decoders.WINDOWS_ALWAYS);
    }

    /**
     * The standard normaliser with deliberately wrong decoder windows ({@code Decoders.MUTANT_*}): tests show that
     * the differential test against {@link #fullDecoderScan()} catches them.
     */
    static Normalizer decoderWindowMutant(int mutant) {
        return new Normalizer(3, 16 * 1024, 64 * 1024, 32, true, true, true, true, mutant);
    }

    /** The standard normaliser running the decoders on every text (tests compare the candidate shortcut with it). */
    static Normalizer decodingEveryText() {
        return new Normalizer(3, 16 * 1024, 64 * 1024, 32, true, false, true);
    }

    /** The default normaliser: decoding depth 3, 16 Ki encoded chars per segment, 64 Ki decoded chars, 32 segments. */
    public static Normalizer standard() {
        return DEFAULT;
    }

    /**
     * A normaliser with other decoding bounds.
     *
     * @param maxDepth        how deep encodings are unwrapped (0 disables decoding)
     * @param maxSegmentChars the longest encoded segment that is decoded (longer ones are decoded up to this size)
     * @param maxDecodedChars the total decoded characters per normalisation
     * @param maxSegments     the most segments decoded per normalisation
     */
    public static Normalizer withLimits(int maxDepth, int maxSegmentChars, int maxDecodedChars, int maxSegments) {
        if (maxDepth < 0 || maxSegmentChars < 16 || maxDecodedChars < 0 || maxSegments < 0) {
            throw new IllegalArgumentException("decoding limits must be non-negative (maxSegmentChars >= 16), got depth="
                    + maxDepth + ", segment=" + maxSegmentChars + ", decoded=" + maxDecodedChars + ", segments="
                    + maxSegments);
        }
        return new Normalizer(maxDepth, maxSegmentChars, maxDecodedChars, maxSegments, true, true, true);
    }

    /** The default normalisation of a part's current text, computed once per text version and shared by steps. */
    public static NormalizedText of(TextPart part) {
        return part.analysis(KEY, DEFAULT::normalize);
    }

    /** Normalises {@code text}. */
    public NormalizedText normalize(String text) {
        Budget budget = new Budget(maxDecodedChars, maxSegments);
        List<DecodedSegment> segments = new ArrayList<>(0);
        NormalizedText nt = normalize(text, 0, budget, segments, 0, text.length());
        return nt;
    }

    static final class Budget {
        int chars;
        int segments;
        /**
         * A rot13 decode is being normalised: its rot13 is the text it came from, not decoded again (a text that
         * names rot13 as "rot13" decodes to one that names it as "ebg13", and back).
         */
        boolean inRot13;

        Budget(int chars, int segments) {
            this.chars = chars;
            this.segments = segments;
        }
    }

    /**
     * @param rootStart when depth &gt; 0, the span of the outermost encoded segment in the top-level original
     */
    private NormalizedText normalize(String text, int depth, Budget budget, List<DecodedSegment> out,
                                     int rootStart, int rootEnd) {
        int n = text.length();
        // Pass 1: fold code points. Fast path: plain ASCII text without control characters other than line breaks
        // and tabs is lower-cased into a byte buffer (offsets stay the identity, so no offset array is filled) and
        // compacted there (see compactAscii); the normalised string is made from the bytes without a compression.
        Scratch scratch = SCRATCH.get();
        char[] f = null; // the char buffer of the other paths (not needed by the byte fast path)
        char[] src = null; // the general path's copy of the text, which the decoders read too
        int[] fo = null;
        int nDirty = 0; // the used length of scratch.dirty (see compact)
        int m = n;
        int invisible = 0;
        int confusable = 0;
        int tags = 0;
        boolean ascii = asciiFastPath;
        if (ascii) {
            // The characters are copied out in cache-sized chunks (a 2 MiB char copy of a 1 MiB text would cost
            // more than the folding itself) and narrowed to bytes by the JDK's Latin-1 encoder (an intrinsic that
            // stops at the first character above U+00FF), then checked and lower-cased eight bytes at a time.
            // room for expansions (see foldMapped), within the size the scratch keeps when the text itself fits
            int size = n + (n >> 3) + 16;
            byte[] b = scratch.bytes(n + 16 <= Scratch.KEEP ? Math.min(size, Scratch.KEEP) : size);
            int folded = scratch.foldAscii(text, n, b);
            ascii = folded == n;
            // A text whose other characters each fold to ASCII (typographic quotes and dashes, accented and
            // look-alike letters, other spaces; an ellipsis to three dots, an invisible character to none) takes the
            // same path: its offsets are the identity up to the first character that does not fold to exactly one,
            // and from there a few breakpoints (FoldMap) translate positions in the bytes back to the text.
            // Its decoders are skipped like an ASCII text's when compaction saw no candidate (see finish).
            FoldMap map = scratch.foldMap;
            map.clear();
            int mappedConfusables = ascii ? 0 : foldMapped(text, folded, n, b, scratch.chunk, map);
            if (mappedConfusables >= 0) {
                int mb = ascii ? n : map.length;
                Out o = compactAscii(b, mb, scratch.candidates(depth), map.isIdentity() ? null : map, scratch);
                scratch.keepCandidates(depth, o.cand);
                scratch.keepBreaks(o);
                String normalized = new String(b, 0, o.w, StandardCharsets.ISO_8859_1);
                int rot13 = depth < maxDepth ? (mentionsRot13(o, b, o.w) ? 1 : 0) : -1;
                return finish(text, normalized, o, depth, budget, out, rootStart, rootEnd, ascii ? 0 : map.invisible,
                        mappedConfusables, 0, true, rot13, null);
            }
            ascii = false;
        } else {
            // The same fast path on chars, folded in place (the reference the byte path is tested against).
            f = scratch.chars(n + 8);
            text.getChars(0, n, f, 0);
            ascii = true;
            for (int k = 0; k < n; k++) {
                char c = f[k];
                char l;
                if (c >= 0x80 || (l = ASCII_FOLD[c]) == 0xFFFF) {
                    ascii = false;
                    break;
                }
                f[k] = l;
            }
        }
        if (!ascii) {
            // folding can lengthen the text ("…" -> "...", ligatures): an eighth more room, so a long text with
            // such characters is not copied into doubled buffers (which, above the kept size, were allocated anew
            // on every call)
            int room = n + (n >> 3) + 16;
            f = scratch.chars(room);
            fo = scratch.ints(room);
            m = 0;
            // While every character so far became exactly one character, the offsets are the identity (m == i):
            // none is written, and compaction then takes its identity path (plain words copied as runs). The first
            // removal or expansion writes the identity offsets so far and switches to one offset per character.
            boolean identity = identityShortcut;
            // read from a copy (String.charAt checks the index against the coder's length on every call); the
            // decoders' copy buffer of this depth is free until they run
            src = Decoders.chars(n, depth);
            text.getChars(0, n, src, 0);
            char[] asciiFold = ASCII_FOLD;
            for (int i = 0; i < n; ) {
                // a stretch of ASCII characters that fold to one character each, as many as fit in f (a tight loop
                // of its own: most characters of most texts); the rest one by one below
                int lim = Math.min(n, i + (f.length - 1 - m));
                while (i < lim) {
                    char c = src[i];
                    char l;
                    if (c >= 0x80 || (l = asciiFold[c]) == 0xFFFF) {
                        break;
                    }
                    f[m] = l;
                    if (!identity) {
                        fo[m] = i;
                    }
                    m++;
                    i++;
                }
                if (i >= n) {
                    break;
                }
                char ch = src[i];
                if (ch < 0x80) {
                    if (ch >= 'A' && ch <= 'Z') {
                        ch = (char) (ch + 32);
                    } else if (ch == '\r' || ch == 0x0B || ch == 0x0C) {
                        ch = '\n';
                    } else if (ch == '\t') {
                        ch = ' ';
                    } else if (ch < 0x20 && ch != '\n') {
                        invisible++;
                        i++;
                        if (identity) {
                            identity = false;
                            identityOffsets(fo, m);
                        }
                        nDirty = dirty(scratch, nDirty, m, m);
                        continue;
                    }
                    if (m + 1 >= f.length) {
                        f = grow(f);
                        fo = grow(fo);
                    }
                    f[m] = ch;
                    if (!identity) {
                        fo[m] = i;
                    }
                    m++;
                    i++;
                    continue;
                }
                int cp = Character.codePointAt(src, i, n);
                int len = Character.charCount(cp);
                String rep;
                if (cp >= 0xE0000 && cp <= 0xE007F) {
                    if (cp >= 0xE0020 && cp <= 0xE007E) {
                        tags++;
                        char a = (char) (cp - 0xE0000);
                        rep = String.valueOf(a >= 'A' && a <= 'Z' ? (char) (a + 32) : a);
                    } else {
                        invisible++;
                        rep = "";
                    }
                } else if (isInvisible(cp)) {
                    invisible++;
                    rep = "";
                } else if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                    rep = "\n";
                } else if (Character.isSpaceChar(cp) || Character.isWhitespace(cp)) {
                    rep = " ";
                } else {
                    rep = FoldTable.fold(cp);
                    if (rep == null) {
                        int lc = Character.toLowerCase(cp);
                        rep = lc == cp && len == 1 ? null : new String(Character.toChars(lc));
                        if (rep == null && isSymbol(cp)) {
                            rep = SYMBOL;
                        }
                    } else if (FoldTable.isConfusable(cp)) {
                        confusable++;
                    }
                }
                if (m + Math.max(2, rep == null ? 2 : rep.length()) >= f.length) {
                    f = grow(f);
                    fo = grow(fo);
                }
                // one UTF-16 unit per unit (a character kept or folded to one, a surrogate pair kept or folded to
                // one): each unit keeps its own offset; anything removed or expanded maps to the code point's start
                boolean oneToOne = rep == null ? len == 1 : rep.length() == len;
                if (identity && !oneToOne) {
                    identity = false; // offsets per character from here
                    identityOffsets(fo, m);
                }
                int before = m;
                if (rep == null) {
                    f[m] = ch;
                    if (!identity) {
                        fo[m] = i;
                    }
                    m++;
                } else {
                    for (int k = 0; k < rep.length(); k++) {
                        f[m] = rep.charAt(k);
                        if (!identity) {
                            fo[m] = oneToOne ? i + k : i;
                        }
                        m++;
                    }
                }
                if (!oneToOne) {
                    nDirty = dirty(scratch, nDirty, before, m); // fo's steps lie in [before, m]
                }
                i += len;
            }
            if (identity) {
                fo = null; // compaction's identity path
            }
        }

        Out out2 = compact(f, fo, m, scratch.candidates(depth), identityShortcut, scratch.dirty, nDirty, scratch);
        scratch.keepBreaks(out2);
        if (scratch.dirty.length > Scratch.KEEP) {
            scratch.dirty = new int[64];
        }
        scratch.keepCandidates(depth, out2.cand);
        String normalized = new String(out2.o, 0, out2.w);
        boolean latin1 = true;
        for (int k = 0; k < out2.w; k++) {
            if (out2.o[k] > 0xFF) {
                latin1 = false;
                break;
            }
        }
        int rot13 = depth < maxDepth ? (Decoders.mentionsRot13(out2.o, out2.w) ? 1 : 0) : -1;
        return finish(text, normalized, out2, depth, budget, out, rootStart, rootEnd, invisible,
                confusable, tags, latin1, rot13, src);
    }

    /** Decodes the embedded segments of a normalised text and makes the result. */
    private NormalizedText finish(String text, String normalized, Out out2, int depth,
                                  Budget budget, List<DecodedSegment> out, int rootStart, int rootEnd, int invisible,
                                  int confusable, int tags, boolean latin1, int rot13, char[] textChars) {
        // The candidates seen while compacting the folded text are a superset of the original's: folding maps an
        // ASCII character to one character of the same kind, and removing invisible characters or folding others to
        // ASCII only joins runs (NormalizerFastPathTest compares with decodingEveryText()).
        boolean encodedCandidates = out2.encodedCandidates || !skipPlainText;
        // where (original offsets) compaction saw them, or -1: the decoders scan the whole text
        int positions = skipPlainText && decoderWindows != Decoders.FULL_SCAN ? out2.nCand : -1;
        int[] normPos = out2.normPos();
        int[] origPos = out2.origPos();
        // The scratch buffers are free again: nested normalisations of decoded segments may reuse them.
        if (depth < maxDepth && budget.segments > 0 && budget.chars > 0) {
            Decoders.decodeAll(this, text, normalized, depth, budget, out, rootStart, rootEnd, encodedCandidates,
                    rot13, out2.cand, positions, textChars);
        }
        return new NormalizedText(text, normalized, normPos, origPos, depth == 0 ? out : List.of(),
                invisible, confusable, tags, latin1);
    }

    /**
     * {@link #compact} for the ASCII fast path, on bytes (every character is below 0x80 and its offset is its
     * index). Same output, offset map and encoded-segment hints as {@code compact(f, null, m)}; the differential
     * tests in NormalizerFastPathTest compare the two.
     */
    private static Out compactAscii(byte[] f, int m, int[] cand, FoldMap map, Scratch scratch) {
        Out out2 = new Out(null, f, null, cand, m, scratch);
        out2.map = map;
        boolean[] wordc = WORD;
        int i = 0;
        int bulkEnd = -1;
        while (i < m) {
            byte c = f[i];
            if (c >= 'a' && c <= 'z' && out2.b64Run == 0 && i != bulkEnd && i + 10 <= m
                    && (i == 0 || f[i - 1] == ' ' || f[i - 1] == '\n')) {
                // A stretch of plain words separated by single spaces is kept as a whole (see bulk). Only tried
                // where a word follows white space: after a quote, colon or bracket (JSON, YAML, code) a stretch
                // rarely follows and the failed try cost as much as the word steps (JSON lines 8.1 -> 7.2-7.4 ms).
                bulkEnd = bulk(out2, f, i, m);
                if (bulkEnd > i) {
                    out2.afterSpaced = false;
                    i = bulkEnd;
                    continue;
                }
            }
            if (c == ' ' || c == '\n') {
                boolean nl = c == '\n';
                int j = i + 1;
                while (j < m && (f[j] == ' ' || f[j] == '\n')) {
                    nl |= f[j] == '\n';
                    j++;
                }
                out2.emitByte(nl ? (byte) '\n' : (byte) ' ', i);
                out2.b64Run = 0;
                i = j;
                continue;
            }
            if (!wordc[c]) {
                out2.emitByte(c, i);
                out2.punctuation((char) c, i + 1 < m ? (char) f[i + 1] : ' ', i + 2 < m ? (char) f[i + 2] : ' ', i);
                i++;
                continue;
            }
            int j = i;
            boolean plain = true;
            while (true) {
                // Lower-case letters eight at a time (the buffer has 16 spare bytes), then one by one.
                while (j + 8 <= m) {
                    long w = (long) LONGS.get(f, j);
                    long notLower = ~((w + BELOW_A) & ~(w + ABOVE_Z)) & HIGHS;
                    if (notLower != 0) {
                        j += Long.numberOfTrailingZeros(notLower) >>> 3;
                        break;
                    }
                    j += 8;
                }
                while (j < m && f[j] >= 'a' && f[j] <= 'z') {
                    j++;
                }
                if (j < m && wordc[f[j]]) {
                    // not a plain word: the rest of it is any word characters (digits of a number or an id one by
                    // one, not a lower-case block test per digit); the word ends where the loop would have ended
                    plain = false;
                    j++;
                    while (j < m && wordc[f[j]]) {
                        j++;
                    }
                }
                break;
            }
            if (j - i == 1 && j + 1 < m) {
                // A possible spaced-out word: single characters separated by one consistent separator.
                byte sep = f[j];
                if (sep == ' ' || sep == '.' || sep == '-' || sep == '_' || sep == '*' || sep == '/' || sep == '|') {
                    int k = i;
                    int count = 0;
                    while (k < m && wordc[f[k]] && (k + 1 >= m || !wordc[f[k + 1]])) {
                        count++;
                        if (k + 2 < m && f[k + 1] == sep && wordc[f[k + 2]]) {
                            k += 2;
                        } else {
                            break;
                        }
                    }
                    if (count >= 4 || count >= 2 && out2.afterSpaced) {
                        int letters = 0;
                        for (int q = i; q <= k; q += 2) {
                            if (f[q] >= 'a' && f[q] <= 'z') { // folded ASCII: the only letters
                                letters++;
                            }
                        }
                        if (letters * 2 > count) {
                            out2.word(i, k + 1, false);
                            for (int q = i; q <= k; q += 2) {
                                out2.emitByte((byte) leet((char) f[q]), q);
                            }
                            out2.rot13Anywhere = true; // joined letters may run into the next word
                            out2.afterSpaced = true;
                            i = k + 1;
                            continue;
                        }
                    }
                }
            }
            out2.afterSpaced = false;
            out2.word(i, j, plain && !hexLetters(f, i, j));
            if (plain) {
                if (j - i >= 3 && (f[i] == 'r' && f[i + 1] == 'o' && f[i + 2] == 't'
                        || f[i] == 'e' && f[i + 1] == 'b' && f[i + 2] == 'g')) {
                    out2.rot13Range(out2.w, out2.w + 1); // "rot" or "ebg" at a word start: decided on the whole output
                }
                if (j - i >= 6 && mayHoldCaesar(f, i, j)) { // also after a "rot" ("rotcaesar")
                    out2.rot13Found |= holdsCaesar(f, i, j); // the word is all of its letter run
                }
                out2.emitRunBytes(i, j); // a plain ASCII word: kept as a whole
                i = j;
                continue;
            }
            // Ordinary word: undo leetspeak when it mixes letters and look-alike digits/symbols.
            int kinds = letterAndLeetCounts(f, i, j);
            int letters = kinds & 0xFFFF;
            int leet = kinds >>> 16;
            boolean undo = undoesLeet(letters, leet, (char) f[i], (char) f[j - 1]);
            int from = out2.w;
            if (undo) {
                for (int q = i; q < j; q++) {
                    char x = (char) f[q];
                    if (!(x == '$' && q == i)) {
                        x = leet(x);
                    }
                    out2.emitByte((byte) x, q);
                }
            } else {
                out2.emitRunBytes(i, j); // kept as it is (numbers, identifiers): no byte changes
            }
            if (letters == 0 && !undo) {
                i = j; // no letter: neither "caesar" nor "rot" can lie in it (JSON numbers, dates, addresses)
                continue;
            }
            rot13InWord(out2, f, from, out2.w);
            i = j;
        }
        return out2;
    }

    /**
     * The letters (low 16 bits) and leetspeak look-alikes (high 16 bits, see {@link #leet}) of the word characters
     * {@code f[i, j)}, as a sum of {@link #LETTER_OR_LEET} per character: no branch per character (the branch on the
     * kind of each character of a hex id or a number was mispredicted at about every other one: 12 % of the byte
     * path's time on JSON log lines).
     */
    private static int letterAndLeetCounts(byte[] f, int i, int j) {
        int[] kind = LETTER_OR_LEET;
        int sum = 0;
        for (int q = i; q < j; q++) {
            sum += kind[f[q]];
        }
        return sum;
    }

    /**
     * Records what the output word {@code f[from, to)} (a word with a letter, kept or rewritten) tells about rot13:
     * "caesar" in it, and each "rot" or "ebg" in it after a character that is no letter or digit (decided on the
     * whole output later: the "13" may follow the word). The last three bytes are carried in an int and the exact
     * tests made only where "cae", "rot" or "ebg" starts (a branch on every 'c', 'r' and 'e' of a hex id was
     * mispredicted at most of them).
     */
    private static void rot13InWord(Out o, byte[] f, int from, int to) {
        int last = 0;
        for (int p = from - 2; p + 2 < to; p++) {
            last = last << 8 | f[p + 2] & 0xFF; // the three bytes from p on (p >= from once they are the word's)
            int three = last & 0xFFFFFF;
            if (p < from || three != CAE && three != ROT && three != EBG) {
                continue;
            }
            if (three == CAE) {
                o.rot13Found |= p + 6 <= to && f[p + 3] == 's' && f[p + 4] == 'a' && f[p + 5] == 'r';
            } else if (p == 0 || !Character.isLetterOrDigit((char) f[p - 1])) {
                o.rot13Range(p, p + 1);
            }
        }
    }

    /** Three bytes as {@link #rot13InWord} carries them. */
    private static final int CAE = 'c' << 16 | 'a' << 8 | 'e';
    private static final int ROT = 'r' << 16 | 'o' << 8 | 't';
    private static final int EBG = 'e' << 16 | 'b' << 8 | 'g';

    /**
     * Folds {@code text[from, n)} into {@code b} as the general path's first pass does, when every character folds
     * to ASCII characters that the ASCII folding keeps: ASCII as {@link #ASCII_FOLD}, other characters by the general
     * path's rules in the same order. Up to the first character that folds to other than exactly one character (an
     * ellipsis to three dots, an invisible or removed control character to none), {@code b[i]} is character i's fold
     * (the identity); from there the bytes shift, and {@code map} records where (its {@link FoldMap#length} is the
     * number of bytes written, {@link FoldMap#invisible} how many invisible characters were removed).
     *
     * @return how many characters were folded from a look-alike script, or -1 when a character is a surrogate or
     *         folds to a non-ASCII character, or when the bytes would outgrow {@code b} (then the general path runs)
     */
    private static int foldMapped(String text, int from, int n, byte[] b, char[] chunk, FoldMap map) {
        byte[] fold = ASCII_FOLD_BYTE;
        int confusable = 0;
        int invisible = 0;
        int w = from; // the next byte to write: w == i until the first character that does not fold to one
        int room = b.length - 16; // the compaction reads up to 16 bytes past the end
        for (int at = from; at < n; at += chunk.length) {
            int len = Math.min(chunk.length, n - at);
            text.getChars(at, at + len, chunk, 0);
            for (int k = 0; k < len; k++) {
                if (w + (len - k) <= room) {
                    // a stretch of ASCII characters that fold to one byte each, in a tight loop (room for all)
                    while (k < len) {
                        char c = chunk[k];
                        byte l;
                        if (c >= 0x80 || (l = fold[c]) < 0) {
                            break;
                        }
                        b[w++] = l;
                        k++;
                    }
                    if (k == len) {
                        break;
                    }
                } else if (w >= room) {
                    return -1;
                }
                char ch = chunk[k];
                int i = at + k;
                if (ch < 0x80) {
                    byte l = fold[ch];
                    if (l >= 0) {
                        b[w++] = l;
                        continue;
                    }
                    invisible++; // a control character the general path removes
                    map.maps(w, i + 1);
                    continue;
                }
                int r = foldMappedChar(ch);
                if (r >= 0) {
                    if (r > 0xFF) { // a confusable's fold (see foldMappedChar)
                        confusable++;
                        r &= 0xFF;
                    }
                    b[w++] = (byte) r;
                    continue;
                }
                if (r == -1) {
                    return -1;
                }
                if (r == REMOVED_INVISIBLE) {
                    invisible++;
                    map.maps(w, i + 1);
                    continue;
                }
                // FoldTable folds it to other than one character: several (or none) of ASCII that stays, or give up
                String rep = FoldTable.fold(ch);
                if (w + rep.length() > room) {
                    return -1;
                }
                for (int q = 0; q < rep.length(); q++) {
                    char x = rep.charAt(q);
                    if (x >= 0x80 || ASCII_FOLD_BYTE[x] != x) {
                        return -1;
                    }
                }
                if (FoldTable.isConfusable(ch)) {
                    confusable++;
                }
                for (int q = 0; q < rep.length(); q++) {
                    map.maps(w, i); // every byte of an expansion comes from the character's start
                    b[w++] = (byte) rep.charAt(q);
                }
                map.maps(w, i + 1);
            }
        }
        map.length = w;
        map.invisible = invisible;
        return confusable;
    }

    /** {@link #foldMappedChar}: an invisible character, which the general path removes. */
    private static final int REMOVED_INVISIBLE = -2;
    /** {@link #foldMappedChar}: a character {@link FoldTable} folds to other than one character. */
    private static final int FOLDS_TO_SEVERAL = -3;

    /**
     * {@link #foldMapped}'s fold of one character above U+007F: the ASCII character it becomes (plus 0x100 when it is
     * a look-alike of another script); {@link #REMOVED_INVISIBLE}; {@link #FOLDS_TO_SEVERAL}; or -1 when it is a
     * surrogate or folds to a non-ASCII character.
     */
    private static int foldMappedChar(char ch) {
        if (Character.isSurrogate(ch)) {
            return -1; // (tag characters are supplementary)
        }
        if (isInvisible(ch)) {
            return REMOVED_INVISIBLE;
        }
        char r;
        int confusable = 0;
        if (ch == 0x2028 || ch == 0x2029) { // (U+0085 is invisible above)
            r = '\n';
        } else if (Character.isSpaceChar(ch) || Character.isWhitespace(ch)) {
            r = ' ';
        } else {
            String rep = FoldTable.fold(ch);
            if (rep == null) {
                int lc = Character.toLowerCase((int) ch);
                if (lc == ch || lc >= 0x80) {
                    return -1;
                }
                r = (char) lc;
            } else {
                if (rep.length() != 1) {
                    return FOLDS_TO_SEVERAL;
                }
                r = rep.charAt(0);
                if (FoldTable.isConfusable(ch)) {
                    confusable = 0x100;
                }
            }
        }
        if (r >= 0x80 || ASCII_FOLD_BYTE[r] != r) {
            return -1;
        }
        return r | confusable;
    }

    /**
     * Where the byte path's folded bytes stop being the identity of the text's characters: segments starting at byte
     * {@code b[k]} whose bytes come from characters {@code t[k]}, {@code t[k] + 1}, ... (a segment per byte of an
     * expansion, all from the expanded character; a new one after each removal). Entry 0 is (0, 0). Positions are
     * translated with a cursor, as compaction asks for them nearly in order.
     */
    static final class FoldMap {
        int[] b = new int[16];
        int[] t = new int[16];
        int n;
        /** The number of folded bytes, and of removed invisible characters ({@link #foldMapped}). */
        int length;
        int invisible;
        private int cur;

        void clear() {
            if (b.length > Scratch.KEEP >> 4) {
                b = new int[16];
                t = new int[16];
            }
            b[0] = 0;
            t[0] = 0;
            n = 1;
            cur = 0;
            length = 0;
            invisible = 0;
        }

        /** Whether every byte comes from the character at its own index (nothing shifted). */
        boolean isIdentity() {
            return n == 1 && t[0] == 0;
        }

        /** Byte {@code at} comes from character {@code from}, and the bytes after it from the next characters. */
        void maps(int at, int from) {
            if (b[n - 1] == at) {
                t[n - 1] = from; // nothing written since the last segment began
                if (n > 1 && t[n - 2] + (at - b[n - 2]) == from) {
                    n--; // the identity of the segment before goes on
                }
                return;
            }
            if (t[n - 1] + (at - b[n - 1]) == from) {
                return; // already so
            }
            add(at, from);
        }

        private void add(int at, int from) {
            if (n == b.length) {
                b = java.util.Arrays.copyOf(b, n * 2);
                t = java.util.Arrays.copyOf(t, n * 2);
            }
            b[n] = at;
            t[n] = from;
            n++;
        }

        /** The character byte {@code at} comes from. */
        int origin(int at) {
            int k = cur;
            while (k + 1 < n && b[k + 1] <= at) {
                k++;
            }
            while (b[k] > at) {
                k--;
            }
            cur = k;
            return t[k] + (at - b[k]);
        }

        /** The first segment start after byte {@code at}, or {@link Integer#MAX_VALUE}. */
        int nextBreak(int at) {
            origin(at);
            return cur + 1 < n ? b[cur + 1] : Integer.MAX_VALUE;
        }
    }

    /**
     * Folds the Latin-1 bytes {@code b[from, to)} in place as {@link #ASCII_FOLD} does, eight at a time (a block with
     * a byte above 0x7F or below 0x20 takes the table); false at a byte above 0x7F or a removed control character.
     */
    private static boolean foldBytes(byte[] b, int from, int to) {
        int k = from;
        for (; k + 8 <= to; k += 8) {
            long w = (long) LONGS.get(b, k);
            if (((w | ~(w + BELOW_SPACE)) & HIGHS) != 0) {
                // a byte above 0x7F (also spoils the other bytes' sums: the block is folded one by one) or a control
                if (!foldTable(b, k, k + 8)) {
                    return false;
                }
                continue;
            }
            long upper = (w + BELOW_UPPER_A) & ~(w + ABOVE_UPPER_Z) & HIGHS;
            if (upper != 0) {
                LONGS.set(b, k, w | upper >>> 2);
            }
        }
        return foldTable(b, k, to);
    }

    private static boolean foldTable(byte[] b, int from, int to) {
        byte[] fold = ASCII_FOLD_BYTE;
        for (int k = from; k < to; k++) {
            int c = b[k];
            byte l;
            if (c < 0 || (l = fold[c]) < 0) {
                return false;
            }
            b[k] = l;
        }
        return true;
    }

    /**
     * The bulk step of {@link #compactAscii} at a word start {@code i} where no base64 run is pending: the longest
     * stretch {@code [i, end)} of lower-case words separated by single spaces (a '.' or ',' may end a word) and
     * ending after a space, in which the per-word steps would keep every character and record nothing but long
     * words, is emitted as a whole (same output, offset map and hints as those steps; NormalizerBulkTest).
     * Eight bytes are classified at a time; the stretch ends before the word of the first byte that needs the
     * per-word steps: any other character, a second space, a one-letter word before another one-character word (a
     * spaced-out word may start there), a word starting with "rot" or "caesar" (rot13 mentions; the cheap tests
     * look for "ro" and "ae", {@link #confirm} looks closer). Reads stay below {@code m}. (It does not look for "ebg",
     * which the word steps record at a word start: "the ebgie thing and more" has a rot13 segment on the char path
     * only; kept as it is.) Measured and dropped (thirty-seventh session, a standalone loop over the stretches of 1 MiB):
     * two blocks per test, 20 % slower; word lengths followed only through blocks of letters only (the words that can
     * reach 20), 2 % faster on prose and 3 % slower on real prompts.
     *
     * @return the end of the stretch, {@code i} when it is empty
     */
    private static int bulk(Out o, byte[] f, int i, int m) {
        int p = i;
        int limit = m - 9; // every read below m
        long carrySpace = HIGH_BIT; // the byte before i counts as a space (a word starts at i)
        int run = 0;
        int longest = 0;
        long bad = 0;
        long afterSpace = 0;
        boolean hexBlock = false;
        while (p <= limit) {
            long w = (long) LONGS.get(f, p);
            if (((w + ABOVE_F) & HIGHS) == 0) {
                hexBlock = true; // no letter above 'f': a hex run may lie here (see hexCarry)
            }
            long w1 = (long) LONGS.get(f, p + 1);
            long letter = (w + BELOW_A) & ~(w + ABOVE_Z) & HIGHS;
            long space = ~((w ^ SPACES) + LOW7) & HIGHS;
            long nextSpace = ~((w1 ^ SPACES) + LOW7) & HIGHS;
            afterSpace = space << 8 | carrySpace >>> 56;
            // '.' or ',' (they differ in bit 1 only) before a space ends a word like the space does
            long stop = ~(((w | TWOS) ^ DOTS) + LOW7) & nextSpace & ~afterSpace;
            long sep = space | stop;
            long hard = ~(letter | sep) & HIGHS | space & afterSpace;
            // where confirm must look closer: a one-letter word, a word starting with "ro", an "ae"
            long soft = (letter & nextSpace | ~(((w ^ ROT_R) | (w1 ^ ROT_O)) + LOW7)) & afterSpace
                    | ~(((w ^ CAE_A) | (w1 ^ CAE_E)) + LOW7) & HIGHS;
            if ((hard | soft) != 0) {
                bad = hard | confirm(f, p, m, soft);
                if (bad != 0) {
                    break;
                }
            }
            // a word's length is seen at the separator after it (words longer than 8 span blocks without one)
            longest = Math.max(longest, run + (Long.numberOfTrailingZeros(sep) >>> 3));
            run = sep == 0 ? run + 8 : Long.numberOfLeadingZeros(sep) >>> 3;
            carrySpace = space;
            p += 8;
        }
        // The stretch ends at the last word start (a letter after a space) before the first byte that needs the
        // word steps, or before the end of the examined blocks (the byte after them was not looked at).
        long boundaries = bad == 0 ? 0 : afterSpace & ((bad & -bad) - 1);
        int end;
        if (boundaries != 0) {
            end = p + ((63 - Long.numberOfLeadingZeros(boundaries)) >>> 3);
        } else {
            end = p - 1;
            while (end > i && f[end - 1] != ' ') {
                end--;
            }
        }
        if (end > i) {
            // (read before the bytes are moved: emitRunBytes copies them over themselves)
            if (longest >= 20) {
                longWords(o, f, i, end); // a word of 20+ letters (its base64 run starts at 0 after the space)
            }
            o.morseRun = f[end - 2] == '.' ? 1 : 0;
            o.hexRun = hexCarry(o, f, i, end, hexBlock);
            o.emitRunBytes(i, end);
            // the stretch ends with a space after a plain word, maybe with a '.' or ',' between them
            o.b64Run = 0;
            return end;
        }
        return i;
    }

    /** Whether {@code f[i, j)} (a plain word) has no letter above 'f': it may be hex pairs, see {@link Out#word}. */
    private static boolean hexLetters(byte[] f, int i, int j) {
        for (int q = i; q < j; q++) {
            if (f[q] > 'f') {
                return false;
            }
        }
        return true;
    }

    /** {@link #hexLetters(byte[], int, int)} on chars (a plain word: letters a-z only). */
    private static boolean hexLetters(char[] f, int i, int j) {
        for (int q = i; q < j; q++) {
            if (f[q] > 'f') {
                return false;
            }
        }
        return true;
    }

    private static boolean hexLetterOrSpace(byte x) {
        return x >= 'a' && x <= 'f' || x == ' ';
    }

    /**
     * The hex-run bookkeeping of the words of a {@link #bulk} stretch {@code f[i, end)}, as {@link Out#word} would
     * have done it word by word (a word of letters a-f only continues a hex run, any other letter ends it): records
     * the candidates and returns the hex run at the end. Without {@code hexBlock} (no block of the stretch is free of
     * letters above 'f', so no 16 such letters lie together inside it) only the start, which continues the run
     * before the stretch, and the end are looked at.
     */
    private static int hexCarry(Out o, byte[] f, int i, int end, boolean hexBlock) {
        int acc = o.hexRun;
        if (hexBlock) {
            int from = i;
            for (int q = i; q < end; q++) {
                byte x = f[q];
                if (x >= 'a' && x <= 'f') {
                    acc++;
                } else if (x != ' ') {
                    if (acc >= 16 && q > from) {
                        o.candidate(from, q);
                    }
                    acc = 0;
                    from = q + 1;
                }
            }
            if (acc >= 16 && end > from) {
                o.candidate(from, end);
            }
            return acc;
        }
        int q = i;
        if (acc > 0) {
            while (q < end && hexLetterOrSpace(f[q])) {
                acc += f[q] != ' ' ? 1 : 0;
                q++;
            }
            if (acc >= 16 && q > i) {
                o.candidate(i, q);
            }
            if (q == end) {
                return acc;
            }
        }
        int r = end;
        int tail = 0;
        while (r > q && hexLetterOrSpace(f[r - 1])) {
            r--;
            tail += f[r] != ' ' ? 1 : 0;
        }
        return tail;
    }

    /** Records the words of 20+ letters of a {@link #bulk} stretch {@code f[i, end)} as candidates. */
    private static void longWords(Out o, byte[] f, int i, int end) {
        int run = 0;
        for (int p = i; p < end; p++) {
            byte x = f[p];
            if (x >= 'a' && x <= 'z') {
                run++;
            } else {
                if (run >= 20) {
                    o.candidate(p - run, p);
                }
                run = 0;
            }
        }
        if (run >= 20) { // (a stretch ends after a space: not reached)
            o.candidate(end - run, end);
        }
    }

    /**
     * The bits of the possible trouble spots found by {@link #bulk} in the block at {@code p} that the word steps
     * would indeed treat specially: a one-letter word followed by another one-character word (a spaced-out word
     * may start there), a word starting with "rot", an "ae" of "caesar".
     */
    private static long confirm(byte[] f, int p, int m, long soft) {
        long real = 0;
        boolean[] wordc = WORD;
        for (long s = soft; s != 0; s &= s - 1) {
            int k = p + (Long.numberOfTrailingZeros(s) >>> 3);
            byte x = f[k];
            byte y = f[k + 1];
            boolean trouble;
            if (y == ' ') { // a one-letter word: trouble when a one-character word follows
                trouble = k + 3 >= m || wordc[f[k + 2]] && !wordc[f[k + 3]];
            } else if (x == 'r') { // "ro" at a word start
                trouble = k + 2 >= m || f[k + 2] == 't';
            } else { // "ae"
                trouble = k >= 1 && (k + 4 >= m || f[k - 1] == 'c' && f[k + 2] == 's' && f[k + 3] == 'a'
                        && f[k + 4] == 'r');
            }
            if (trouble) {
                real |= s & -s;
            }
        }
        return real;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    /** Added to ASCII bytes: the high bit is set exactly for bytes &gt;= 'a' (no carry between bytes below 0x80). */
    private static final long BELOW_A = ONES * (0x80 - 'a');
    /** Added to ASCII bytes: the high bit is set exactly for bytes &gt; 'z'. */
    private static final long ABOVE_Z = ONES * (0x80 - 'z' - 1);
    /** Added to ASCII bytes: the high bit is set exactly for bytes &gt; 'f'. */
    private static final long ABOVE_F = ONES * (0x80 - 'f' - 1);
    private static final long HIGH_BIT = 1L << 63;
    /** Added to ASCII bytes: the high bit is set exactly for the non-zero ones. */
    private static final long LOW7 = ONES * 0x7F;
    private static final long SPACES = ONES * ' ';
    private static final long ROT_R = ONES * 'r';
    private static final long ROT_O = ONES * 'o';
    private static final long DOTS = ONES * '.';
    private static final long TWOS = ONES * 2;
    private static final long CAE_A = ONES * 'a';
    private static final long CAE_E = ONES * 'e';
    /** Added to ASCII bytes: the high bit is set exactly for bytes &gt;= ' ' (0x20). */
    private static final long BELOW_SPACE = ONES * (0x80 - ' ');
    /** Added to ASCII bytes: the high bit is set exactly for bytes &gt;= 'A'. */
    private static final long BELOW_UPPER_A = ONES * (0x80 - 'A');
    /** Added to ASCII bytes: the high bit is set exactly for bytes &gt; 'Z'. */
    private static final long ABOVE_UPPER_Z = ONES * (0x80 - 'Z' - 1);

    /** The high bit of every zero byte of {@code x} (and possibly of a byte above one; never misses one). */
    private static long zeroBytes(long x) {
        return (x - ONES) & ~x & HIGHS;
    }

    /** Whether "caesar" lies in {@code f[i, j)}. */
    private static boolean holdsCaesar(byte[] f, int i, int j) {
        for (int p = i; p + 6 <= j; p++) {
            if (f[p] == 'c' && f[p + 1] == 'a' && f[p + 2] == 'e' && f[p + 3] == 's' && f[p + 4] == 'a'
                    && f[p + 5] == 'r') {
                return true;
            }
        }
        return false;
    }

    /** Whether "cae" starts somewhere in {@code f[i, j - 5)} (a necessary condition for "caesar" in the word). */
    private static boolean mayHoldCaesar(byte[] f, int i, int j) {
        int last = j - 6; // the last start position of "caesar"
        for (int q = i; q <= last; q += 8) {
            long hit = zeroBytes((long) LONGS.get(f, q) ^ ONES * 'c')
                    & zeroBytes((long) LONGS.get(f, q + 1) ^ ONES * 'a')
                    & zeroBytes((long) LONGS.get(f, q + 2) ^ ONES * 'e');
            if (hit != 0 && q + (Long.numberOfTrailingZeros(hit) >>> 3) <= last) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the output of {@link #compactAscii} in {@code b[0, len)} mentions rot13 (exactly
     * {@code Decoders.mentionsRot13(String)} of it), from what compactAscii saw: a mention lies in one word of the
     * output, so "caesar" was already looked for in the words that may hold it, and a "rot" at a word boundary was
     * recorded (its continuation such as "-13" may follow the word, so it is decided here on the whole output);
     * unless spaced-out letters were joined (they may run into the next word): then every position is tested.
     */
    private static boolean mentionsRot13(Out o, byte[] b, int len) {
        if (o.rot13Found) {
            return true;
        }
        if (o.rot13Anywhere) {
            return Decoders.mentionsRot13(b, len);
        }
        int[] r = o.rotRanges;
        for (int k = 0; k < o.nRot; k += 2) {
            for (int p = r[k]; p < r[k + 1]; p++) {
                if (Decoders.mentionStartsAt(b, len, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code fo[i, j)} are consecutive offsets. */
    private static boolean consecutive(int[] fo, int i, int j) {
        int first = fo[i] - i;
        for (int q = i + 1; q < j; q++) {
            if (fo[q] - q != first) {
                return false;
            }
        }
        return true;
    }

    /**
     * Appends the range [from, to] to {@code scratch.dirty} (merged with the last range when they touch) and returns
     * the new used length. The general path's fold records where a character was removed, expanded or contracted:
     * only there can the original offsets {@code fo} step by other than one, so compaction checks a word for
     * consecutive offsets only when it meets such a range.
     */
    private static int dirty(Scratch scratch, int nDirty, int from, int to) {
        int[] d = scratch.dirty;
        if (nDirty > 0 && from <= d[nDirty - 1] + 1) {
            d[nDirty - 1] = Math.max(d[nDirty - 1], to);
            return nDirty;
        }
        if (nDirty + 2 > d.length) {
            d = scratch.dirty = java.util.Arrays.copyOf(d, d.length * 2); // (not kept above KEEP, see normalize)
        }
        d[nDirty] = from;
        d[nDirty + 1] = to;
        return nDirty + 2;
    }

    /** The first dirty range from index {@code d} on that ends after {@code i} (the ones before it lie behind i). */
    private static int dirtyFrom(int[] dirty, int nDirty, int d, int i) {
        while (d < nDirty && dirty[d + 1] <= i) {
            d += 2;
        }
        return d;
    }

    /** Fills {@code fo[0, m)} with the identity offsets. */
    private static void identityOffsets(int[] fo, int m) {
        for (int k = 0; k < m; k++) {
            fo[k] = k;
        }
    }

    /**
     * Pass 2: collapses whitespace, joins spaced-out letters and undoes leetspeak, compacting {@code f[0, m)} in
     * place (the output never gets ahead of the input). {@code fo} holds each character's original offset, or is
     * null when the offsets are the identity.
     */
    private static Out compact(char[] f, int[] fo, int m, int[] cand, boolean runs, int[] dirty, int nDirty,
                               Scratch scratch) {
        // Pass 2: collapse whitespace, join spaced-out letters, undo leetspeak.
        // In place: the output never gets ahead of the input (it only drops or replaces characters).
        Out out2 = new Out(f, null, fo, cand, m, scratch);
        int d = 0; // the first dirty range that may end at or after the current word
        int i = 0;
        while (i < m) {
            char c = f[i];
            if (runs && (char) (c - 'a') < 26 && (i == 0 || f[i - 1] == ' ' || f[i - 1] == '\n')) {
                // a stretch of plain words kept whole where a word follows white space (which ended any base64
                // run; f[i - 1] is the input or, when nothing was dropped, the same character emitted): plainStretch
                d = dirtyFrom(dirty, nDirty, d, i);
                int end = plainStretch(f, i, m, fo == null || d >= nDirty ? Integer.MAX_VALUE : dirty[d]);
                if (end > i) {
                    out2.emitRun(i, end, fo == null ? i : fo[i]);
                    out2.afterSpaced = false;
                    out2.morseRun = 0;
                    out2.hexRun = 0;
                    i = end;
                    continue;
                }
            }
            if (c == ' ' || c == '\n') {
                boolean nl = c == '\n';
                int j = i + 1;
                while (j < m && (f[j] == ' ' || f[j] == '\n')) {
                    nl |= f[j] == '\n';
                    j++;
                }
                out2.emit(nl ? '\n' : ' ', fo == null ? i : fo[i]);
                out2.b64Run = 0;
                i = j;
                continue;
            }
            if (!isWordChar(c)) {
                out2.emit(c, fo == null ? i : fo[i]);
                out2.punctuation(c, i + 1 < m ? f[i + 1] : ' ', i + 2 < m ? f[i + 2] : ' ', i);
                i++;
                continue;
            }
            int j = i;
            boolean plain = true;
            while (true) {
                // lower-case ASCII letters in a tight loop of their own, then any other word character
                while (j < m && (char) (f[j] - 'a') < 26) {
                    j++;
                }
                if (j < m && isWordChar(f[j])) {
                    plain = false;
                    j++;
                } else {
                    break;
                }
            }
            if (j - i == 1 && j + 1 < m) {
                // A possible spaced-out word: single characters separated by one consistent separator.
                char sep = f[j];
                if (sep == ' ' || sep == '.' || sep == '-' || sep == '_' || sep == '*' || sep == '/' || sep == '|') {
                    int k = i;
                    int count = 0;
                    while (k < m && isWordChar(f[k]) && (k + 1 >= m || !isWordChar(f[k + 1]))) {
                        count++;
                        if (k + 2 < m && f[k + 1] == sep && isWordChar(f[k + 2])) {
                            k += 2;
                        } else {
                            break;
                        }
                    }
                    if (count >= 4 || count >= 2 && out2.afterSpaced) {
                        int letters = 0;
                        for (int q = i; q <= k; q += 2) {
                            if (Character.isLetter(f[q])) {
                                letters++;
                            }
                        }
                        if (letters * 2 > count) {
                            out2.word(i, k + 1, false);
                            for (int q = i; q <= k; q += 2) {
                                out2.emit(leet(f[q]), fo == null ? q : fo[q]);
                            }
                            out2.afterSpaced = true;
                            i = k + 1;
                            continue;
                        }
                    }
                }
            }
            out2.afterSpaced = false;
            out2.word(i, j, plain && !hexLetters(f, i, j));
            if (plain && fo == null) {
                out2.emitRun(i, j, i); // a plain ASCII word: kept as a whole
                i = j;
                continue;
            }
            d = dirtyFrom(dirty, nDirty, d, i);
            // a step of fo inside the word (at i + 1 .. j - 1) lies in a dirty range: without one, it is consecutive
            if (plain && runs && (d >= nDirty || dirty[d] >= j || consecutive(fo, i, j))) {
                // kept as a whole too: its characters came one by one from consecutive original characters, so
                // per-character emission would record no offset breakpoint after the first (runs false: tests
                // compare with that)
                out2.emitRun(i, j, fo[i]);
                i = j;
                continue;
            }
            // Ordinary word: undo leetspeak when it mixes letters and look-alike digits/symbols.
            int letters = 0;
            int leet = 0;
            if (!plain) {
                for (int q = i; q < j; q++) {
                    char x = f[q];
                    if (x >= 'a' && x <= 'z' || Character.isLetter(x)) {
                        letters++;
                    } else if (leet(x) != x) {
                        leet++;
                    }
                }
            }
            boolean undo = undoesLeet(letters, leet, f[i], f[j - 1]);
            for (int q = i; q < j; q++) {
                char x = f[q];
                if (undo && !(x == '$' && q == i)) {
                    x = leet(x);
                }
                out2.emit(x, fo == null ? q : fo[q]);
            }
            i = j;
        }
        return out2;
    }

    /**
     * The end of the longest stretch {@code [i, end)} of words of 2 to 19 lower-case ASCII letters, each with a letter
     * above 'f' and followed by one space that is not followed by more white space, ending at or before
     * {@code limit}; {@code i} when there is none. {@link #compact}'s word and white-space steps would keep every
     * character of such a stretch and record nothing (no word starts a spaced-out run, a base64 run of 20 or a hex
     * run; the space ends the base64 run), so it is emitted as a whole where a word follows white space.
     * {@code limit}: where the original offsets may stop being consecutive (the next dirty range).
     */
    private static int plainStretch(char[] f, int i, int m, int limit) {
        int end = i;
        int p = i;
        while (true) {
            int q = p;
            boolean aboveF = false;
            while (q < m && (char) (f[q] - 'a') < 26) {
                aboveF |= f[q] > 'f';
                q++;
            }
            int len = q - p;
            if (len < 2 || len >= 20 || !aboveF || q + 1 >= m || f[q] != ' ' || q + 1 > limit) {
                return end;
            }
            char next = f[q + 1];
            if (next == ' ' || next == '\n') {
                return end;
            }
            end = q + 1;
            p = q + 1;
        }
    }

    /** Called by the decoders for a decoded segment of {@code parentText}. */
    void addSegment(String decoded, String encoding, int depth, Budget budget, List<DecodedSegment> out,
                    int start, int end, boolean isRoot, int rootStart, int rootEnd) {
        if (budget.segments <= 0 || budget.chars <= 0) {
            return;
        }
        if (decoded.length() > budget.chars) {
            decoded = decoded.substring(0, budget.chars);
        }
        budget.chars -= decoded.length();
        budget.segments--;
        int s = isRoot ? start : rootStart;
        int e = isRoot ? end : rootEnd;
        boolean wasInRot13 = budget.inRot13;
        budget.inRot13 |= "rot13".equals(encoding);
        NormalizedText content = normalize(decoded, depth + 1, budget, out, s, e);
        budget.inRot13 = wasInRot13;
        out.add(new DecodedSegment(s, e, encoding, depth + 1, content));
    }

    int maxSegmentChars() {
        return maxSegmentChars;
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * Per-thread working buffers, so that normalising a text allocates little more than its result. Buffers above
     * {@link #KEEP} characters (about 1.1 Mi chars: room for a 1 MiB text that folding lengthens by an eighth, i.e.
     * at most ~8 MiB per thread) are not retained.
     */
    private static final class Scratch {
        static final int KEEP = (1 << 20) + (1 << 17) + 1024;
        char[] f = new char[256];
        int[] fo = new int[256];
        /** The byte path's fold map (see foldMapped). */
        final FoldMap foldMap = new FoldMap();
        /** Ranges [from, to] of the general path's fold where the offsets may step (see Normalizer#dirty). */
        int[] dirty = new int[64];
        byte[] b = new byte[256];
        /** The ASCII fast path's copy buffer (L1-sized). */
        final char[] chunk = new char[4096];
        /** {@link #chunk} as a buffer, for the encoder. */
        final CharBuffer chunkBuffer = CharBuffer.wrap(chunk);
        /** Narrows chars to bytes (stops at the first character above U+00FF). */
        final CharsetEncoder latin1 = StandardCharsets.ISO_8859_1.newEncoder();
        /** A buffer view of the last kept byte buffer {@link #b}, made again when that array changes. */
        ByteBuffer bytesBuffer = ByteBuffer.wrap(b);

        /**
         * The ASCII fast path's folding of {@code text} into {@code out[0, n)}: lower case, tab to space, CR/VT/FF to
         * a line break (exactly {@link #ASCII_FOLD}); returns {@code n}, or, when the text has a character above
         * U+007F or a control character that the general path removes, how far {@code out} was folded (a multiple
         * of the chunk size; the rest holds garbage).
         */
        int foldAscii(String text, int n, byte[] out) {
            ByteBuffer bb = bytesBuffer.array() == out ? bytesBuffer : ByteBuffer.wrap(out);
            if (out.length <= KEEP) {
                bytesBuffer = bb;
            }
            CharBuffer cb = chunkBuffer;
            CharsetEncoder enc = latin1;
            enc.reset();
            for (int at = 0; at < n; at += chunk.length) {
                int len = Math.min(chunk.length, n - at);
                text.getChars(at, at + len, chunk, 0);
                cb.clear();
                cb.limit(len);
                bb.clear();
                bb.position(at);
                enc.encode(cb, bb, false);
                if (cb.hasRemaining() || !foldBytes(out, at, at + len)) {
                    return at;
                }
            }
            return n;
        }

        /**
         * The offset map's breakpoint buffers ({@link Out#np}, {@link Out#op}) of the normalisation running on this
         * thread; kept while they hold at most {@link #KEEP_BREAKS} entries. A normalisation copies its breakpoints
         * out (in {@code finish}) before it decodes segments, whose nested normalisations then reuse the buffers.
         */
        int[] np = new int[16];
        int[] op = new int[16];
        /** The most breakpoints {@link #np} and {@link #op} keep room for (1 MiB of indented YAML: 39,000). */
        static final int KEEP_BREAKS = 1 << 17;

        /** Keeps the breakpoint buffers {@code o} grew (see {@link #np}). */
        void keepBreaks(Out o) {
            if (o.np.length <= KEEP_BREAKS) {
                np = o.np;
                op = o.op;
            }
        }

        /** {@link Out#cand} per nesting depth (a nested normalisation runs while its parent's windows are in use). */
        private final int[][] cand = new int[4][];

        int[] candidates(int depth) {
            if (depth >= cand.length) {
                return new int[16];
            }
            int[] c = cand[depth];
            return c != null ? c : (cand[depth] = new int[16]);
        }

        void keepCandidates(int depth, int[] c) {
            if (depth < cand.length && c.length <= KEEP >> 4) {
                cand[depth] = c;
            }
        }

        byte[] bytes(int n) {
            if (n > b.length) {
                byte[] a = new byte[n];
                if (n <= KEEP) {
                    b = a;
                }
                return a;
            }
            return b;
        }

        char[] chars(int n) {
            if (n > f.length) {
                char[] a = new char[n];
                if (n <= KEEP) {
                    f = a;
                }
                return a;
            }
            return f;
        }

        int[] ints(int n) {
            if (n > fo.length) {
                int[] a = new int[n];
                if (n <= KEEP) {
                    fo = a;
                }
                return a;
            }
            return fo;
        }
    }

    /** The normalised output with its offset breakpoints (a new one whenever origin - index changes). */
    private static final class Out {
        /** The output buffer of the general path, or null. */
        final char[] o;
        /** The output buffer of the ASCII fast path, or null. */
        final byte[] ob;
        int w;
        /**
         * The breakpoints: output position {@code np[k]} and on comes from original offset {@code op[k]} and on.
         * This thread's buffers ({@link Scratch#np}), copied out by {@link #normPos} and {@link #origPos}: a text
         * that collapses much white space (YAML, indented code) has tens of thousands of them, and growing fresh
         * arrays to that size cost three times their final size on every call.
         */
        int[] np;
        int[] op;
        int nb;
        int delta = Integer.MIN_VALUE;

        /** The original offset of each input character of the general path, or null (the identity). */
        private final int[] fo;
        /** The byte path's translation of byte positions to the text's, or null (the identity). */
        FoldMap map;
        /**
         * Where candidates were seen: ranges {@code [cand[2k], cand[2k + 1])} of original offsets, ascending, each
         * overlapping the candidate's characters (close ones merged).
         */
        int[] cand;
        /** The used length of {@link #cand}, or -1 when candidates are dense (positions no longer recorded). */
        int nCand;
        /** The most entries {@link #cand} may have before candidates count as dense. */
        private final int candCap;

        Out(char[] buffer, byte[] bytes, int[] fo, int[] cand, int inputLength, Scratch scratch) {
            np = scratch.np;
            op = scratch.op;
            o = buffer;
            ob = bytes;
            this.fo = fo;
            this.cand = cand;
            candCap = Math.max(64, inputLength >> 5);
        }

        /** Ranges this close are merged into one (fewer windows; a window holds its gaps anyway). */
        private static final int MERGE = 16;

        /**
         * Records a candidate in the input characters {@code [from, to)} (at least one): sets
         * {@link #encodedCandidates} and appends their original offsets to {@link #cand}.
         */
        void candidate(int from, int to) {
            encodedCandidates = true;
            position(from, to);
        }

        /**
         * Appends the original offsets of the input characters {@code [from, to)} to {@link #cand} without setting
         * {@link #encodedCandidates}: a run that alone does not make the decoders run, but which they decode when
         * they run (a short Morse run), so a window must hold it.
         */
        void position(int from, int to) {
            int n = nCand;
            if (n < 0) {
                return;
            }
            int s = fo != null ? fo[from] : map != null ? map.origin(from) : from;
            int e = fo != null ? fo[to - 1] + 1 : map != null ? map.origin(to - 1) + 1 : to;
            int[] c = cand;
            if (n > 0 && s <= c[n - 1] + MERGE) {
                if (e > c[n - 1]) {
                    c[n - 1] = e;
                }
                return;
            }
            if (n + 2 > c.length) {
                if (n + 2 > candCap) {
                    nCand = -1; // dense: the decoders scan the whole text
                    return;
                }
                c = cand = java.util.Arrays.copyOf(c, Math.min(candCap, Math.max(16, n * 2)));
            }
            c[n] = s;
            c[n + 1] = e;
            nCand = n + 2;
        }

        /**
         * Whether the text may hold an encoded segment (tracked per token, conservatively): a run of 20+
         * base64-alphabet characters, 16+ characters of words with digits or of letters a-f only separated by single
         * separators (hex pairs or binary octets), 24+ dots and dashes (Morse), a url escape ({@code %4a}) or a hex
         * escape (backslash x). Plain prose has none, and then the decoders' own scan is skipped. Where each was
         * seen is recorded in {@link #cand}: every segment the decoders can find overlaps one of those ranges (a
         * candidate is recorded at the last word or character of a run at the latest, which lies in the segment),
         * so they examine only windows around them (see {@code Decoders.windows}).
         */
        boolean encodedCandidates;
        /** ASCII fast path: ranges [start, end) of output positions where a rot13 mention may start. */
        int[] rotRanges;
        int nRot;
        /** ASCII fast path: "caesar" was seen in the output. */
        boolean rot13Found;
        /** ASCII fast path: spaced-out letters were joined, a rot13 mention may start anywhere. */
        boolean rot13Anywhere;
        /**
         * The last word was spaced-out letters joined: a run of only two or three letters right after it is joined too
         * ("d i s r e g a r d   a l l   r u l e s"; alone, "a b c" stays as written).
         */
        boolean afterSpaced;
        int b64Run;
        int hexRun;

        int morseRun;

        void rot13Range(int start, int end) {
            if (rotRanges == null) {
                rotRanges = new int[8];
            } else if (nRot + 2 > rotRanges.length) {
                if (nRot >= 1 << 16) {
                    rot13Anywhere = true; // a great many candidates: test every position instead
                    return;
                }
                rotRanges = java.util.Arrays.copyOf(rotRanges, nRot * 2);
            }
            rotRanges[nRot++] = start;
            rotRanges[nRot++] = end;
        }

        /**
         * Tracks the word (or joined spaced-out letters) of the input characters {@code [from, to)}; {@code plain}:
         * it ends a hex run (letters only, one above 'f' among them; hex pairs of UTF-8 text may be letters only).
         */
        void word(int from, int to, boolean plain) {
            int len = to - from;
            morseRun = 0;
            b64Run += len;
            if (plain) {
                hexRun = 0;
            } else {
                hexRun += len;
            }
            if (b64Run >= 20 || hexRun >= 16) {
                candidate(from, to);
            }
        }

        /** Tracks a punctuation character {@code c} (input character {@code at}) followed by {@code next}, {@code next2}. */
        void punctuation(char c, char next, char next2, int at) {
            if (c == '.' || c == '-' || c == '/') {
                // a run of dots and dashes: Morse code; one of 8 letters has 8 of them at least (whitespace between
                // them does not reset the run), and a shorter one than 24 alone does not make the decoders run
                if (++morseRun >= 8) {
                    if (morseRun >= 24) {
                        candidate(at, at + 1);
                    } else {
                        position(at, at + 1);
                    }
                }
            } else {
                morseRun = 0;
            }
            if (c == '+' || c == '/' || c == '-' || c == '_') {
                hexRun = 0;
                if (++b64Run >= 20) {
                    candidate(at, at + 1); // a base64 run may end here (after 19 letters: "...Q/")
                }
            } else {
                b64Run = 0;
                if (c != ':' && c != ',') {
                    hexRun = 0;
                }
                // a url escape (%4a) or a hex escape (\x4a): the decoders ignore any other '%' or backslash (a JSON
                // text's \n and \", "50%")
                if (c == '%' ? Decoders.hexVal(next) >= 0 && Decoders.hexVal(next2) >= 0 : c == '\\' && next == 'x') {
                    candidate(at, at + 1);
                }
            }
        }

        /**
         * Keeps the input characters {@code [from, to)} of the buffer being compacted in place, whose origins are
         * {@code origin}, {@code origin + 1}, ...: exactly what emitting them one by one does (nothing to copy while
         * nothing was dropped before them).
         */
        void emitRun(int from, int to, int origin) {
            mapNext(origin);
            if (w != from) {
                System.arraycopy(o, from, o, w, to - from); // w < from: a forward copy, safe in place
            }
            w += to - from;
        }

        void emit(char c, int origin) {
            mapNext(origin);
            o[w++] = c;
        }

        /** {@link #emitRun} on the byte buffer. */
        void emitRunBytes(int from, int to) {
            if (map != null) {
                emitRunBytesMapped(from, to);
                return;
            }
            mapNext(from);
            if (w != from) {
                System.arraycopy(ob, from, ob, w, to - from); // w < from: a forward copy, safe in place
                w += to - from;
            } else {
                w = to;
            }
        }

        /** The byte path's piecewise {@link #emitRunBytes}: each part between the fold map's breaks keeps its origins. */
        private void emitRunBytesMapped(int from, int to) {
            int at = from;
            while (at < to) {
                int next = Math.min(to, map.nextBreak(at));
                mapNext(map.origin(at));
                if (w != at) {
                    System.arraycopy(ob, at, ob, w, next - at);
                }
                w += next - at;
                at = next;
            }
        }

        /** {@link #emit} on the byte buffer. */
        void emitByte(byte c, int origin) {
            mapNext(map == null ? origin : map.origin(origin));
            ob[w++] = c;
        }

        /** Records a breakpoint of the offset map when the next output character's origin shifts. */
        private void mapNext(int origin) {
            if (origin - w != delta) {
                if (nb == np.length) {
                    np = java.util.Arrays.copyOf(np, nb * 2);
                    op = java.util.Arrays.copyOf(op, nb * 2);
                }
                np[nb] = w;
                op[nb++] = origin;
                delta = origin - w;
            }
        }

        int[] normPos() {
            return nb == 0 ? new int[] {0} : java.util.Arrays.copyOf(np, nb);
        }

        int[] origPos() {
            return nb == 0 ? new int[] {0} : java.util.Arrays.copyOf(op, nb);
        }
    }

    /**
     * The ASCII fast path's folding: lower case, tab to space, CR/VT/FF to a line break; 0xFFFF for the control
     * characters the general path removes (they leave the fast path).
     */
    private static final char[] ASCII_FOLD = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            char l = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            if (c == '\t') {
                l = ' ';
            } else if (c == '\r' || c == 0x0B || c == 0x0C) {
                l = '\n';
            } else if (c < 0x20 && c != '\n') {
                l = 0xFFFF;
            }
            ASCII_FOLD[c] = l;
        }
    }

    /** {@link #ASCII_FOLD} as bytes, -1 for the removed control characters. */
    private static final byte[] ASCII_FOLD_BYTE = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_FOLD_BYTE[c] = ASCII_FOLD[c] == 0xFFFF ? -1 : (byte) ASCII_FOLD[c];
        }
    }

    private static final boolean[] WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            WORD[c] = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '@' || c == '$';
        }
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? WORD[c] : Character.isLetterOrDigit(c);
    }

    /**
     * Whether a word of {@code letters} letters and {@code leet} look-alike digits or symbols, from {@code first} to
     * {@code last}, is leetspeak to undo (both normalisation paths): letters and look-alikes mixed, not mostly
     * symbols. An "@" ending a word is an address, one starting it a mention ("@repo-bot", "@assistente") unless the
     * word has other look-alikes too ("@dm1n").
     */
    private static boolean undoesLeet(int letters, int leet, char first, char last) {
        return letters >= 2 && leet >= 1 && leet <= letters + 1 && last != '@' && !(first == '@' && leet == 1);
    }

    /** {@link #leet} of each ASCII character: itself, or the letter a look-alike stands for. */
    private static final char[] LEET = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            LEET[c] = c;
        }
        String from = "0134578@$9";
        String to = "oieastbasg";
        for (int k = 0; k < from.length(); k++) {
            LEET[from.charAt(k)] = to.charAt(k);
        }
    }

    /** The letter a leetspeak look-alike stands for (0 o, 1 i, 3 e, 4 a, 5 s, 7 t, 8 b, 9 g, @ a, $ s), else c. */
    private static char leet(char c) {
        return c < 128 ? LEET[c] : c;
    }

    /** 1 for a letter a-z, {@code 1 << 16} for a leetspeak look-alike ({@code leet(c) != c}), else 0 (ASCII). */
    private static final int[] LETTER_OR_LEET = new int[128];

    static {
        for (char c = 0; c < 128; c++) {
            LETTER_OR_LEET[c] = c >= 'a' && c <= 'z' ? 1 : leet(c) != c ? 1 << 16 : 0;
        }
    }

    /**
     * What a symbol between U+0100 and U+FFFF becomes in the normalised text (a currency, math, modifier or other
     * symbol: "€", "→", "★", "✓"; and bullets): the currency sign U+00A4, one character for one, so that offsets
     * and the character counts of the rules' windows and quantifiers do not change. No rule, policy or detector reads
     * such a symbol (they read letters, digits, spaces, quotes and ASCII punctuation; to all of them these symbols
     * and U+00A4 are alike non-word, non-space characters), and a text whose only characters above U+00FF are such
     * symbols (prose with a euro sign, arrows or bullets) keeps a Latin-1 normalised string: half the memory, and the
     * word index's byte path. Symbols outside the BMP (emoji) stay: one code point in two UTF-16 units, which a
     * regular expression counts as one character, two placeholders would count as two.
     */
    static final String SYMBOL = "\u00a4";

    /** A symbol folded to {@link #SYMBOL}: Unicode categories Sc, Sm, Sk, So between U+0100 and U+FFFF, bullets. */
    static boolean isSymbol(int cp) {
        if (cp <= 0xFF || cp > 0xFFFF) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CURRENCY_SYMBOL || type == Character.MATH_SYMBOL
                || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL
                || cp == 0x2022 || cp == 0x2023 || cp == 0x2043 || cp == 0x25E6;
    }

    static boolean isInvisible(int cp) {
        return cp == 0x00AD || cp == 0x034F || cp == 0x061C || cp == 0x115F || cp == 0x1160 || cp == 0x17B4
                || cp == 0x17B5 || (cp >= 0x180B && cp <= 0x180F) || (cp >= 0x200B && cp <= 0x200F)
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F) || cp == 0x3164
                || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF || cp == 0xFFA0
                || (cp >= 0x1BCA0 && cp <= 0x1BCA3) || (cp >= 0x1D173 && cp <= 0x1D17A)
                || (cp >= 0xE0000 && cp <= 0xE007F) || (cp >= 0xE0100 && cp <= 0xE01EF)
                || (cp >= 0x80 && cp < 0xA0);
    }

    private static char[] grow(char[] a) {
        return java.util.Arrays.copyOf(a, a.length * 2 + 8);
    }

    private static int[] grow(int[] a) {
        return java.util.Arrays.copyOf(a, a.length * 2 + 8);
    }

    /** Strict UTF-8 decoding; null when the bytes are not UTF-8 text. */
    static String utf8(byte[] bytes, int len) {
        int i = 0;
        while (i < len && bytes[i] >= 0) {
            i++;
        }
        if (i == len) {
            return new String(bytes, 0, len, StandardCharsets.ISO_8859_1); // ASCII
        }
        // Checked before decoding (no exception, no buffer for the common case here: random bytes decoded from a
        // base64-looking id or hash), then decoded by the JDK.
        return io.tappass.pipeline.internal.Texts.validUtf8(bytes, i, len)
                ? new String(bytes, 0, len, StandardCharsets.UTF_8) : null;
    }

    /** Whether a decoded string looks like human-readable text (not random bytes). */
    static boolean readable(String s) {
        if (s == null || s.length() < 4) {
            return false;
        }
        int good = 0;
        int letters = 0;
        int spaces = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                spaces++;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
            if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\t' || c == '\r' || c > 0xA0 && !Character.isISOControl(c)
                    && Character.getType(c) != Character.PRIVATE_USE && Character.getType(c) != Character.UNASSIGNED) {
                good++;
            }
        }
        return good >= s.length() * 0.95 && letters >= s.length() * 0.5 && (spaces > 0 || s.length() < 24);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
