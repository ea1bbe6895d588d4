package io.tappass.pipeline.pii;

import io.tappass.core.governance.Classification;
import io.tappass.pipeline.internal.Lending;
import io.tappass.pipeline.scan.TextPart;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in text: the engine behind {@code detect_pii}, {@code pii_tokenize} and the PII part of
 * {@code scan_output}. Immutable and thread-safe; build one per configuration and reuse it.
 *
 * <p>Design: every built-in recognizer is a hand-written linear scanner with a cheap prefilter (the e-mail scanner
 * only runs at {@code '@'}, the number scanner walks digit runs once and offers each group of words to the
 * number-based validators by digit count, the network scanner only looks at runs containing {@code ':'} or
 * {@code '.'}, the person heuristics only look up capitalised words). No {@link java.util.regex} pattern runs on
 * untrusted text except the policy author's {@code custom_patterns}. Candidates are scored, adjusted by context
 * words around them ({@code context_window} characters), and overlapping candidates are resolved by score then
 * length. Matches below {@link #minScore()} are not returned; callers apply their own threshold on top (the
 * {@code detect_pii} default is {@value #DEFAULT_THRESHOLD}).
 *
 * <p>One pass splits the text into whitespace-separated runs and notes the character classes of each; a scanner
 * only sees the runs that can hold one of its trigger positions (digits, separators, capitals, birth words, ...),
 * keeping its own cursor so candidates spanning runs are scanned once. The result equals every scanner walking
 * every position (PiiScanEquivalenceTest).
 *
 * <p>Steps share one scan per text through {@link #scan(TextPart)}, which caches the result in the part under this
 * detector (detectors with equal settings share the cache entry). After another step rewrote the part (e.g.
 * {@code detect_pii} redacting before {@code pii_tokenize}), the previous scan is rebased across the rewrite:
 * matches of steps away from the edits are shifted and only windows around the edits are rescanned.
 */
public final class PiiDetector {

    /** The default score threshold of {@code detect_pii}. */
    public static final double DEFAULT_THRESHOLD = 0.5;
    /**
     * How far back a scanner step reads from its trigger without recording it (introduction phrases up to 16
     * characters, plus the word before); context words and identifier fields read further and are recorded.
     */
    static final int BACK_MARGIN = 24;

    /** The default number of characters searched for context words before a candidate. */
    public static final int DEFAULT_CONTEXT_WINDOW = 40;
    /** How much a context word raises a candidate's score. */
    static final double CONTEXT_BOOST = 0.35;
    /** How much a context word raises a PERSON candidate's score. */
    static final double PERSON_CONTEXT_BOOST = 0.2;
    /** How much a negative context word (order, invoice, ...) lowers a number's score. */
    static final double NEGATIVE_PENALTY = 0.3;

    private static final ContextWords NEGATIVE = new ContextWords(Lexicon.NEGATIVE);
    /** Words that name a dotted number as a version rather than an IPv4 address ("firmware 2.4.10.1"). */
    private static final WordSet VERSION_WORDS = new WordSet(java.util.Arrays.asList("version", "versions", "versie",
        "versión", "versione", "ver", "v", "firmware", "fw", "build", "release", "upgrade", "upgraded", "upgrading",
        "update", "updated", "updating", "downgrade", "downgraded", "kernel", "patch", "rev", "revision", "sdk",
        "bios", "driver", "treiber", "versión", "aktualisierung", "mise", "changelog", "changelogs"));
    /**
     * Words between a version word and a further dotted number ("upgrade from 10.4.2.1 to 10.4.3.0", "release notes
     * 3.12.0.4").
     */
    private static final WordSet VERSION_JOINERS = new WordSet(java.util.Arrays.asList("from", "to", "and", "or",
        "van", "naar", "en", "of", "von", "auf", "zu", "und", "oder", "de", "à", "a", "et", "ou", "y", "o", "da", "e",
        "vers", "notes", "note", "notice"));

    /** Kinds of numbers that are not telephone numbers, before "number" or "no." ("part number 0452-118-09"). */
    private static final WordSet OTHER_NUMBER_KINDS = new WordSet(java.util.Arrays.asList("part", "order", "serial",
        "item", "article", "invoice", "reference", "account", "customer", "member", "membership", "policy", "case",
        "ticket", "tracking", "model", "batch", "lot", "product", "catalog", "catalogue", "registration", "vat",
        "tax", "contract", "booking", "reservation", "confirmation", "transaction", "receipt", "claim", "employee",
        "student", "document", "passport", "license", "licence", "routing", "version", "build", "release",
        "project", "job", "task", "issue", "shipment", "parcel", "container", "vehicle", "chassis", "stock",
        "purchase", "sales", "delivery", "reg", "sku", "lot", "patient", "record", "file", "folio", "page"));

    /** First parts of compounds that label a telephone number ("Telefonnummer", "Handynr.", "Servicenummer"). */
    private static final String[] PHONE_COMPOUNDS = {"tel", "ruf", "handy", "mobil", "mobiel", "fax", "gsm",
        "service", "hotline", "notfall", "notruf", "kontakt", "contact", "whatsapp", "sms", "festnetz", "direkt",
        "durchwahl", "zentral", "nood", "bel", "privé", "prive", "privat", "werk", "büro", "buero", "geschäft",
        // calling back (twenty-fourth session: "Rückrufnummer: +49...", "terugbelnummer")
        "rückruf", "ruckruf", "rueckruf", "anruf", "terugbel"};

    /** How far back {@code siblingContext} looks for the value listed before a national number. */
    static final int SIBLING_REACH = 120;
    /** Per entity ordinal: the digits of a national number that takes its context from a sibling (0: none). */
    private static final int[] SIBLING_DIGITS = new int[PiiEntity.values().length];

    static {
        SIBLING_DIGITS[PiiEntity.NL_BSN.ordinal()] = 9;
        SIBLING_DIGITS[PiiEntity.DE_TAX_ID.ordinal()] = 11;
        SIBLING_DIGITS[PiiEntity.BE_NATIONAL_NUMBER.ordinal()] = 11;
        SIBLING_DIGITS[PiiEntity.FR_NIR.ordinal()] = 15;
        SIBLING_DIGITS[PiiEntity.UK_NHS.ordinal()] = 10;
        SIBLING_DIGITS[PiiEntity.US_SSN.ordinal()] = 9;
    }

    /**
     * How far back {@code farLabelContext} looks for the label of a checksummed national number: a sentence or a
     * blank line before it ("... Ihre steuerliche Identifikationsnummer. Laut Ihrem Schreiben lautet sie ...").
     */
    static final int FAR_LABEL_REACH = 200;
    /**
     * Per entity ordinal: the labels that name a national number on their own, looked for up to
     * {@link #FAR_LABEL_REACH} back ({@code farLabelContext}); null for none. Only the names of the number itself:
     * the broad words of the context window ("patient", "steuer", "documento") say too little that far away.
     */
    private static final ContextWords[] FAR_LABELS = new ContextWords[PiiEntity.values().length];

    static {
        FAR_LABELS[PiiEntity.NL_BSN.ordinal()] = new ContextWords(new String[] {"bsn", "burgerservicenummer",
            "sofinummer", "citizen service number", "belastingdienst"});
        FAR_LABELS[PiiEntity.DE_TAX_ID.ordinal()] = new ContextWords(new String[] {"steuer-id", "steuerid",
            "steueridentifikationsnummer", "identifikationsnummer", "steuer-identifikationsnummer", "idnr",
            "tax id", "tax identification",
            // the office that issues the number (thirty-fourth session: "die Nummer aus dem BZSt-Schreiben")
            "bzst", "bundeszentralamt"});
        FAR_LABELS[PiiEntity.UK_NHS.ordinal()] = new ContextWords(new String[] {"nhs"});
        FAR_LABELS[PiiEntity.FR_NIR.ordinal()] = new ContextWords(new String[] {"nir", "insee", "carte vitale",
            "sécurité sociale", "securite sociale", "social security", "ameli", "cpam", "assurance maladie",
            "sozialversicherungsnummer", "sociale zekerheid",
            "socialezekerheidsnummer", "previdenza sociale", "sicurezza sociale", "seguridad social"});
        FAR_LABELS[PiiEntity.BE_NATIONAL_NUMBER.ordinal()] = new ContextWords(new String[] {"rijksregisternummer",
            "insz", "registre national", "numéro national", "numero national", "nationalregisternummer"});
    }

    /**
     * The nouns of any number, also inside compounds ("Kundennummer", "order number", "numéro client", "Nr."), near
     * a value: a far label does not outweigh them ({@code farLabelContext}).
     */
    private static final String[] NUMBER_NOUNS = {"nummer", "number", "numero", "número", "numéro", "nr.", "nº",
        "no."};

    /** The phone context words that name any number ("number", "Nummer", "numéro", "número"). */
    private static final Set<String> GENERIC_NUMBER_WORDS = Set.of("number", "nummer", "numéro", "numero", "número");

    private static final ContextWords PHONE_NEGATIVE = new ContextWords(java.util.stream.Stream.concat(
            java.util.Arrays.stream(Lexicon.NEGATIVE), java.util.Arrays.stream(Lexicon.NOT_PHONE))
            .toArray(String[]::new));
    private static final PiiDetector DEFAULTS = builder().build();

    /**
     * A policy author's pattern ({@code custom_patterns: [{name, pattern, level}]}).
     *
     * @param name    entity type reported (upper case)
     * @param pattern the regular expression (java.util.regex; the author must avoid nested quantifiers)
     * @param level   classification of a match
     */
    public record CustomPattern(String name, Pattern pattern, Classification level) {
        public CustomPattern {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(level, "level");
        }
    }

    private final EnumSet<PiiEntity> builtins;
    private final Set<String> allowList;
    /** Whether public figures, street names and car models are kept out of PERSON ({@link PublicFigures}). */
    private final boolean publicFigures;
    private final int contextWindow;
    private final List<CustomPattern> customPatterns;
    private final Set<String> languages;
    private final List<EntityRecognizer> recognizers;
    private final double minScore;
    private final Map<PiiEntity, ContextWords> context;
    /** The phone context words without the words for any number ({@link #GENERIC_NUMBER_WORDS}). */
    private final ContextWords phoneSpecific;
    private final Set<String> otherEntities;
    private final int hash;
    // which scanners can find an enabled entity (decided once, not per scan)
    private final boolean wantsNumbers;
    private final boolean wantsNetwork;
    private final boolean wantsTokens;

    /** The enabled built-ins as a bit set over ordinals: the scanners' per-candidate check is one AND. */
    private final long enabledBits;

    private boolean on(PiiEntity e) {
        return e != null && (enabledBits & (1L << e.ordinal())) != 0;
    }

    private static boolean any(Set<PiiEntity> enabled, PiiEntity... es) {
        for (PiiEntity e : es) {
            if (enabled.contains(e)) {
                return true;
            }
        }
        return false;
    }

    private PiiDetector(Builder b) {
        this.builtins = b.builtins.isEmpty() ? EnumSet.noneOf(PiiEntity.class) : EnumSet.copyOf(b.builtins);
        this.allowList = Set.copyOf(b.allowList);
        this.publicFigures = b.publicFigures;
        this.contextWindow = b.contextWindow;
        this.customPatterns = List.copyOf(b.customPatterns);
        this.languages = Set.copyOf(b.languages);
        this.recognizers = List.copyOf(b.recognizers);
        this.minScore = b.minScore;
        this.otherEntities = Set.copyOf(b.otherEntities);
        Map<PiiEntity, ContextWords> ctx = new EnumMap<>(PiiEntity.class);
        for (PiiEntity e : PiiEntity.values()) {
            ctx.put(e, new ContextWords(Lexicon.contextWords(e, languages)));
        }
        this.context = ctx;
        java.util.List<String> specific = new java.util.ArrayList<>();
        for (String w : Lexicon.contextWords(PiiEntity.PHONE_NUMBER, languages)) {
            if (!GENERIC_NUMBER_WORDS.contains(w)) {
                specific.add(w);
            }
        }
        this.phoneSpecific = new ContextWords(specific.toArray(new String[0]));
        long bits = 0;
        for (PiiEntity e : builtins) {
            bits |= 1L << e.ordinal();
        }
        this.enabledBits = bits;
        this.wantsNumbers = any(builtins, PiiEntity.PHONE_NUMBER, PiiEntity.CREDIT_CARD, PiiEntity.US_SSN,
                PiiEntity.UK_NHS, PiiEntity.NL_BSN, PiiEntity.BE_NATIONAL_NUMBER, PiiEntity.DE_TAX_ID, PiiEntity.FR_NIR);
        this.wantsNetwork = any(builtins, PiiEntity.IP_ADDRESS, PiiEntity.MAC_ADDRESS);
        this.wantsTokens = any(builtins, PiiEntity.IBAN_CODE, PiiEntity.UK_NINO, PiiEntity.ES_DNI_NIE,
                PiiEntity.IT_FISCAL_CODE, PiiEntity.CRYPTO);
        this.hash = Objects.hash(builtins, allowList, contextWindow, languages, recognizers, minScore,
                otherEntities, patternsKey(), publicFigures);
    }

    /** A detector with every built-in entity, default context window, and every ServiceLoader recognizer. */
    public static PiiDetector defaults() {
        return DEFAULTS;
    }

    /**
     * The option keys {@link #fromConfig} reads ({@code entities}, {@code score_threshold}, {@code allow_list},
     * {@code context_window}, {@code custom_patterns}, {@code languages}, {@code recognizers}, {@code scan_system}),
     * for other steps that scan for PII with {@code detect_pii}'s settings (e.g. {@code scan_output}).
     */
    public static java.util.Set<String> optionNames() {
        return PiiOptions.DETECTOR;
    }

    /**
     * A detector configured from a step's options (see {@link #optionNames()}); errors name the file and key.
     */
    public static PiiDetector fromConfig(io.tappass.pipeline.StepConfig config) {
        return PiiOptions.detector(config);
    }

    /** The minimum PII score of a step: {@code score_threshold}, else the step's {@code threshold}, else 0.5. */
    public static double thresholdOf(io.tappass.pipeline.StepConfig config) {
        return PiiOptions.threshold(config);
    }

    /** A builder with every built-in entity enabled. */
    public static Builder builder() {
        return new Builder();
    }

    /** The enabled built-in entities. */
    public Set<PiiEntity> entities() {
        return EnumSet.copyOf(builtins.isEmpty() ? EnumSet.noneOf(PiiEntity.class) : builtins);
    }

    /** The lowest score returned by {@link #scan(String)}. */
    public double minScore() {
        return minScore;
    }

    /** The custom patterns. */
    public List<CustomPattern> customPatterns() {
        return customPatterns;
    }

    /** The classification of a match of {@code type} (custom patterns carry their own level). */
    public Classification classificationOf(String type) {
        if (customPatterns.isEmpty()) {
            return PiiEntity.classificationOf(type); // no iterator per finding
        }
        for (CustomPattern p : customPatterns) {
            if (p.name.equals(type)) {
                return p.level;
            }
        }
        return PiiEntity.classificationOf(type);
    }

    /**
     * Scans the current text of {@code part} once per text version and detector: the result is cached in the part,
     * so {@code detect_pii}, {@code pii_tokenize} and {@code scan_output} share it.
     */
    public List<PiiMatch> scan(TextPart part) {
        return part.analysis(this, this::result, this::rebase).matches;
    }

    /**
     * Finds PII in {@code text}.
     *
     * @return non-overlapping matches sorted by start, with score at least {@link #minScore()}
     */
    public List<PiiMatch> scan(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return List.of();
        }
        Scan s = new Scan(text);
        s.run();
        List<PiiMatch> matches = s.resolve();
        s.release();
        return matches;
    }

    /** A full scan with the bookkeeping a later {@link #rebase} needs. */
    Result result(String text) {
        return result(text, SPLIT_PART_CHARS);
    }

    /** {@link #result(String)} cutting a long text into parts of about {@code partChars} characters (tests). */
    Result result(String text, int partChars) {
        Objects.requireNonNull(text, "text");
        Scan s = new Scan(text);
        s.splitPartChars = partChars;
        if (!text.isEmpty()) {
            s.run();
        }
        return s.result();
    }

    // =========================================================================================== scanning

    /** A scan of one text: the resolved matches plus what {@link #rebase} needs to update it after an edit. */
    static final class Result {
        final List<PiiMatch> matches;
        final List<PiiMatch> candidates;
        /** The trigger of each candidate (may be longer than {@code candidates}). */
        final int[] trig;
        /** Sorted records; only the first {@code reachCount} / {@code crossCount} entries count. */
        final long[] reach;
        final int reachCount;
        final long[] cross;
        final int crossCount;
        /** Steps that read further back than {@link #BACK_MARGIN}: trigger << 32 | first position read. */
        final long[] back;
        final int backCount;
        final boolean rebasable;

        Result(List<PiiMatch> matches, List<PiiMatch> candidates, int[] trig, long[] reach, int reachCount,
               long[] cross, int crossCount, long[] back, int backCount, boolean rebasable) {
            this.back = back;
            this.backCount = backCount;
            this.matches = matches;
            this.candidates = candidates;
            this.trig = trig;
            this.reach = reach;
            this.reachCount = reachCount;
            this.cross = cross;
            this.crossCount = crossCount;
            this.rebasable = rebasable;
        }
    }

    private static boolean isRunSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    /**
     * The start of a window ending at an edit at {@code pos}: three whole runs that end at least 17 characters
     * before it (the scanners read at most two runs and 16 characters past where they stop, unless recorded).
     */
    private static int leftCut(String t, int pos) {
        int p = pos - 17;
        if (p <= 0) {
            return 0;
        }
        while (p > 0 && !isRunSpace(t.charAt(p - 1))) {
            p--;
        }
        for (int r = 0; r < 3 && p > 0; r++) {
            while (p > 0 && isRunSpace(t.charAt(p - 1))) {
                p--;
            }
            while (p > 0 && !isRunSpace(t.charAt(p - 1))) {
                p--;
            }
        }
        return p;
    }

    /** The end of the first run at or after {@code from} (a whitespace position, or the text's end). */
    private static int runEndFrom(String t, int from) {
        int n = t.length();
        int p = Math.min(from, n);
        while (p < n && !isRunSpace(t.charAt(p))) {
            p++;
        }
        while (p < n && isRunSpace(t.charAt(p))) {
            p++;
        }
        while (p < n && !isRunSpace(t.charAt(p))) {
            p++;
        }
        return p;
    }

    /**
     * The end of a window starting at an edit ending at {@code pos}: the end of the first run starting at least
     * {@code margin} characters after it (the scanners read at most that far back, plus the run before).
     */
    private static int rightCut(String t, int pos, int margin) {
        return runEndFrom(t, pos + margin);
    }

    /** Records sorted by trigger with their running maximum of the position read. */
    private static final class Records {
        final long[] sorted;
        /** The records in use (the first {@code count} of {@code sorted}). */
        final int count;
        final int[] prefixMax;

        /** Both inputs are sorted (a scan's records are): merged, not sorted again; one input is used as it is. */
        Records(long[] a, int na, long[] b, int nb, RebaseScratch scratch, int slot) {
            sorted = nb == 0 ? a : merge(a, na, b, nb, scratch.longs(na + nb));
            count = na + nb;
            prefixMax = scratch.ints(slot, count);
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < count; i++) {
                max = Math.max(max, (int) sorted[i]);
                prefixMax[i] = max;
            }
        }

        /** The previous answer of {@link #countBefore}: the windows ask about ascending positions. */
        private int hint;

        /** Records with trigger < pos. */
        int countBefore(int pos) {
            int k = hint;
            if (k <= count && (k == 0 || (int) (sorted[k - 1] >>> 32) < pos)) {
                for (int steps = 0; k < count && (int) (sorted[k] >>> 32) < pos; k++) {
                    if (++steps == 16) {
                        return hint = search(pos);
                    }
                }
                return hint = k;
            }
            return hint = search(pos);
        }

        private int search(int pos) {
            int lo = 0;
            int hi = count;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if ((int) (sorted[mid] >>> 32) < pos) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Moves a window start left until no step before it reads or jumps past it. */
        int adjustLeft(int a) {
            while (true) {
                int k = countBefore(a);
                if (k == 0 || prefixMax[k - 1] <= a) {
                    return a;
                }
                int lo = 0;
                int hi = k - 1;
                while (lo < hi) { // the first record whose running maximum passes a
                    int mid = (lo + hi) >>> 1;
                    if (prefixMax[mid] > a) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                a = (int) (sorted[lo] >>> 32);
            }
        }

        /** The furthest cursor of a step with trigger in [from, to), or Integer.MIN_VALUE. */
        int maxIn(int from, int to) {
            int max = Integer.MIN_VALUE;
            for (int k = countBefore(from); k < count && (int) (sorted[k] >>> 32) < to; k++) {
                max = Math.max(max, (int) sorted[k]);
            }
            return max;
        }
    }

    /**
     * Updates a scan across a rewrite: candidates of steps away from the edits are shifted, and only windows
     * around the edits are scanned again. Every window is chosen so that the steps kept did not read into an edit
     * (run and character margins, plus the recorded long reads such as context windows) and so that every
     * scanner's cursor enters and leaves it as in a full scan; the result equals a fresh scan of the new text
     * (PiiRebaseTest compares them). Returns null (scan afresh) when rescanning would cover most of the text or
     * custom patterns or plugged-in recognizers are configured.
     */
    Result rebase(Result old, String oldText, String text, io.tappass.pipeline.scan.TextPart.Edits ed) {
        int m = ed.size();
        int n = text.length();
        if (!old.rebasable || m == 0 || n == 0) {
            return null;
        }
        // steps after a window read at most BACK_MARGIN characters back (and the word before), unless recorded
        int rightMargin = BACK_MARGIN + 1;
        RebaseScratch scratch = RebaseScratch.HELD.get();
        Records left = new Records(old.reach, old.reachCount, old.cross, old.crossCount, scratch, 0);
        Records crossings = new Records(old.cross, old.crossCount, EMPTY_LONGS, 0, scratch, 1);
        BackReads backs = new BackReads(old.back, old.backCount, scratch.ints(2, old.backCount + 1));
        // windows: {aNew, bNew, firstEdit, lastEdit}, at most one per edit, in one flat array
        Spans win = scratch.spans(0, 4, m);
        int[] cur = new int[4]; // the window being worked on
        long closed = 0; // the positions covered by the windows before it
        for (int k = 0; k < m; k++) {
            int dk = ed.newStart(k) - ed.oldStart(k);
            int last = win.size() - 1;
            int a = leftCut(text, ed.newStart(k));
            if (last < 0 || a > win.get(last, 1) + 1) {
                int aOld = left.adjustLeft(a - dk);
                a = aOld + dk;
            }
            if (last >= 0 && a <= win.get(last, 1) + 1) {
                win.load(last, cur);
                cur[3] = k;
            } else {
                closed += last < 0 ? 0 : win.get(last, 1) - win.get(last, 0);
                last = win.add(Math.max(a, 0), 0);
                win.set(last, 2, k);
                win.set(last, 3, k);
                win.load(last, cur);
            }
            cur[1] = closeRight(text, ed, cur, crossings, backs, rightMargin, cur[1]);
            win.store(last, cur);
            k = cur[3];
            if (closed + cur[1] - cur[0] > n / 2) {
                // windows only grow, so the check after scanning them would give up too, but only after rescanning
                // half the text: on 1 MiB of JSON log lines (10,470 redactions) that cost 17 ms before the fresh scan
                return null;
            }
        }
        // scan the windows; a window whose scan leaves a cursor past its end grows (and may swallow the next)
        Scan s = new Scan(text, false, 16);
        int total = 0;
        for (int w = 0; w < win.size(); w++) {
            win.load(w, cur);
            while (true) {
                int mark = s.found.size();
                int reachMark = s.reachCount;
                int crossMark = s.crossCount;
                int backMark = s.backCount;
                s.scanRuns(cur[0], cur[1]);
                int cursor = Math.max(Math.max(s.numCur, s.netCur), Math.max(s.tokCur, s.perCur));
                if (cursor <= cur[1] + 1) {
                    break;
                }
                // undo and grow
                s.found.subList(mark, s.found.size()).clear();
                s.reachCount = reachMark;
                s.crossCount = crossMark;
                s.backCount = backMark;
                cur[1] = closeRight(text, ed, cur, crossings, backs, rightMargin, runEndFrom(text, cursor));
                while (w + 1 < win.size() && (win.get(w + 1, 0) <= cur[1] + 1 || win.get(w + 1, 2) <= cur[3])) {
                    cur[3] = Math.max(cur[3], win.get(w + 1, 3));
                    win.remove(w + 1);
                    cur[1] = closeRight(text, ed, cur, crossings, backs, rightMargin, cur[1]);
                }
            }
            win.store(w, cur);
            total += cur[1] - cur[0];
            if (total > n / 2) {
                return null; // most of the text: a plain scan is as cheap and simpler
            }
        }
        // e-mails are independent steps around each '@': rescan those whose reads may touch an edit
        boolean emails = on(PiiEntity.EMAIL_ADDRESS);
        int before = 256 + contextWindow / 2 + 64;
        int after = 66 + contextWindow + 2;
        Spans emailRanges = scratch.spans(1, 2, emails ? m : 0);
        if (emails) {
            for (int k = 0; k < m; k++) {
                int from = Math.max(0, ed.newStart(k) - before);
                int to = Math.min(n, ed.newEnd(k) + after + 1);
                int lastR = emailRanges.size() - 1;
                if (lastR >= 0 && from <= emailRanges.get(lastR, 1)) {
                    emailRanges.set(lastR, 1, Math.max(emailRanges.get(lastR, 1), to));
                } else {
                    emailRanges.add(from, to);
                }
            }
            for (int r = 0; r < emailRanges.size(); r++) {
                s.scanEmails(emailRanges.get(r, 0), emailRanges.get(r, 1));
            }
        }
        // keep the old candidates of steps outside the windows, shifted
        List<PiiMatch> cands = new ArrayList<>(old.candidates.size() + s.found.size());
        int[] trig = new int[old.candidates.size() + s.found.size()];
        int nt = 0;
        // the candidates come in runs of increasing triggers (e-mails, then the other scanners): the searches start
        // from the previous answer
        int eHint = 0;
        int wHint = 0;
        int rHint = 0;
        for (int i = 0; i < old.candidates.size(); i++) {
            PiiMatch c = old.candidates.get(i);
            int t = old.trig[i];
            int e = eHint = editIndexAtOrAfter(ed, t, eHint); // first edit with oldEnd > t
            if (e < m && ed.oldStart(e) <= t) {
                continue; // its trigger (run start or '@') was rewritten
            }
            int d = e == 0 ? 0 : ed.newEnd(e - 1) - ed.oldEnd(e - 1);
            int tn = t + d;
            if (c.type().equals("EMAIL_ADDRESS") && "builtin".equals(c.recognizer())) {
                if (emails && emailRanges.covers(tn, rHint = emailRanges.indexAtOrAfter(tn, rHint))) {
                    continue;
                }
            } else if (win.covers(tn, wHint = win.indexAtOrAfter(tn, wHint))) {
                continue;
            }
            cands.add(d == 0 ? c : new PiiMatch(c.type(), c.start() + d, c.end() + d, c.score(), c.recognizer()));
            trig[nt++] = tn;
        }
        for (int i = 0; i < s.found.size(); i++) {
            cands.add(s.found.get(i));
            trig[nt++] = s.trig[i];
        }
        // records of the kept steps, shifted, plus the new ones
        long[] reach = rebaseRecords(old.reach, old.reachCount, ed, win, s.reach, s.reachCount);
        long[] cross = rebaseRecords(old.cross, old.crossCount, ed, win, s.cross, s.crossCount);
        long[] back = rebaseRecords(old.back, old.backCount, ed, win, s.back, s.backCount);
        return new Result(resolve(cands, text), java.util.Collections.unmodifiableList(cands), trig, reach,
                reach.length, cross, cross.length, back, back.length, true);
    }

    /**
     * The end of window {@code w} (at least {@code bMin}): past its last edit's margin, over any edit starting
     * before that end (absorbed into the window), and past any old step that jumped over it.
     */
    private static int closeRight(String text, io.tappass.pipeline.scan.TextPart.Edits ed, int[] w,
                                  Records crossings, BackReads backs, int margin, int bMin) {
        int b = bMin;
        while (true) {
            int last = w[3];
            b = Math.max(b, rightCut(text, ed.newEnd(last), margin));
            if (last + 1 < ed.size() && ed.newStart(last + 1) <= b + 1) {
                w[3] = last + 1;
                continue;
            }
            int dAfter = ed.newEnd(last) - ed.oldEnd(last);
            int dFirst = ed.newStart(w[2]) - ed.oldStart(w[2]);
            int aOld = w[0] - dFirst;
            int bOld = b - dAfter;
            int max = crossings.maxIn(aOld, bOld);
            if (max > bOld + 1) {
                b = runEndFrom(text, max + dAfter);
                continue;
            }
            // an old step after the window that read back into its last edit (context words, identifiers)
            int t = backs.lastReaderAfter(bOld, ed.oldEnd(last));
            if (t < 0) {
                return b;
            }
            b = runEndFrom(text, t + dAfter);
        }
    }

    /**
     * {@link #editIndexAtOrAfter(io.tappass.pipeline.scan.TextPart.Edits, int)} searched forward from {@code hint}
     * (the answer for an earlier, smaller position): a walk over ascending positions costs O(edits) in all.
     */
    private static int editIndexAtOrAfter(io.tappass.pipeline.scan.TextPart.Edits ed, int pos, int hint) {
        int m = ed.size();
        if (hint > m || (hint > 0 && ed.oldEnd(hint - 1) > pos)) {
            return editIndexAtOrAfter(ed, pos); // went backwards
        }
        int e = hint;
        for (int steps = 0; e < m && ed.oldEnd(e) <= pos; e++) {
            if (++steps == 16) {
                return editIndexAtOrAfter(ed, pos); // far ahead
            }
        }
        return e;
    }

    private static final long[] EMPTY_LONGS = new long[0];

    /** Two sorted arrays merged into {@code out} (at least {@code na + nb} long; returned). */
    private static long[] merge(long[] a, int na, long[] b, int nb, long[] out) {
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < na && j < nb) {
            out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
        }
        System.arraycopy(a, i, out, k, na - i);
        System.arraycopy(b, j, out, k + na - i, nb - j);
        return out;
    }

    /** The index of the first edit whose old end is after {@code pos} (m if none). */
    private static int editIndexAtOrAfter(io.tappass.pipeline.scan.TextPart.Edits ed, int pos) {
        int lo = 0;
        int hi = ed.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ed.oldEnd(mid) <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Back-read records (trigger << 32 | first position read) sorted by trigger, with the suffix minimum of the
     * first position read: "the last step after a position that read back before another" is two binary searches.
     */
    private static final class BackReads {
        final long[] sorted;
        final int count;
        final int[] suffixMin;

        /** {@code suffix}: at least {@code count + 1} ints to fill (a rebase's scratch). */
        BackReads(long[] records, int count, int[] suffix) {
            this.sorted = records;
            this.count = count;
            suffixMin = suffix;
            suffixMin[count] = Integer.MAX_VALUE;
            for (int i = count - 1; i >= 0; i--) {
                suffixMin[i] = Math.min(suffixMin[i + 1], (int) records[i]);
            }
        }

        /** The previous answer of {@link #firstAfter}: the windows ask about ascending positions. */
        private int hint;

        /**
         * The index of the first record with trigger > {@code after}, walked forward from the previous answer when
         * {@code after} did not go back (a rebase asks once per window, in text order), else searched.
         */
        int firstAfter(int after) {
            int k = hint;
            if (k <= count && (k == 0 || (int) (sorted[k - 1] >>> 32) <= after)) {
                for (int steps = 0; k < count && (int) (sorted[k] >>> 32) <= after; k++) {
                    if (++steps == 16) {
                        return hint = search(after);
                    }
                }
                return hint = k;
            }
            return hint = search(after);
        }

        private int search(int after) {
            int lo = 0;
            int hi = count;
            while (lo < hi) { // first record with trigger > after
                int mid = (lo + hi) >>> 1;
                if ((int) (sorted[mid] >>> 32) <= after) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The trigger of the last step with trigger > {@code after} that read before {@code before}, or -1. */
        int lastReaderAfter(int after, int before) {
            int lo = firstAfter(after);
            if (suffixMin[lo] >= before) {
                return -1;
            }
            int j = lo;
            int hi = count;
            while (j < hi) { // first index from which no step reads before `before` (suffixMin is non-decreasing)
                int mid = (j + hi) >>> 1;
                if (suffixMin[mid] < before) {
                    j = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return (int) (sorted[j - 1] >>> 32);
        }
    }

    /**
     * The buffers a rebase needs only while it runs, kept per thread (a rebase never nests on a thread): at 1 MiB with
     * 3,200 redactions its window list, e-mail ranges, merged records and running extremes are ~130 KB that each
     * rebase would otherwise allocate. A buffer larger than {@link #MAX} elements is not kept.
     */
    private static final class RebaseScratch {
        static final int MAX = 1 << 18;
        static final ThreadLocal<RebaseScratch> HELD = ThreadLocal.withInitial(RebaseScratch::new);

        private final Spans[] spans = new Spans[2];
        private final int[][] ints = new int[3][];
        private long[] longs = EMPTY_LONGS;

        /** Empty range list {@code slot} of {@code width} ints per range, room for {@code capacity}. */
        Spans spans(int slot, int width, int capacity) {
            int need = Math.max(1, capacity) * width;
            if (need > MAX) {
                return new Spans(width, capacity);
            }
            Spans s = spans[slot];
            if (s == null || s.width != width || s.a.length < need || s.a.length > MAX) {
                s = spans[slot] = new Spans(width, capacity);
            }
            s.size = 0;
            return s;
        }

        /** At least {@code n} ints (contents undefined). */
        int[] ints(int slot, int n) {
            int[] a = ints[slot];
            if (a == null || a.length < n || a.length > MAX) {
                a = new int[Math.max(n, 16)];
                if (n <= MAX) {
                    ints[slot] = a;
                }
            }
            return a;
        }

        /** At least {@code n} longs (contents undefined). */
        long[] longs(int n) {
            long[] a = longs;
            if (a.length < n || a.length > MAX) {
                a = new long[Math.max(n, 16)];
                if (n <= MAX) {
                    longs = a;
                }
            }
            return a;
        }
    }

    /**
     * Sorted, non-overlapping half-open ranges with {@code width - 2} extra ints each, in one flat array: field 0 is
     * the start, field 1 the end. A rebase keeps one per edit at most, so no object per range (a 1 MiB text with
     * thousands of redactions would otherwise allocate thousands of small arrays).
     */
    private static final class Spans {
        private final int width;
        private int[] a;
        private int size;

        Spans(int width, int capacity) {
            this.width = width;
            this.a = new int[Math.max(1, capacity) * width];
        }

        int size() {
            return size;
        }

        int get(int i, int field) {
            return a[i * width + field];
        }

        void set(int i, int field, int value) {
            a[i * width + field] = value;
        }

        /** Appends a range (its extra fields zero) and returns its index. */
        int add(int start, int end) {
            if ((size + 1) * width > a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[size * width] = start;
            a[size * width + 1] = end;
            for (int f = 2; f < width; f++) {
                a[size * width + f] = 0;
            }
            return size++;
        }

        void load(int i, int[] into) {
            System.arraycopy(a, i * width, into, 0, width);
        }

        void store(int i, int[] from) {
            System.arraycopy(from, 0, a, i * width, width);
        }

        void remove(int i) {
            System.arraycopy(a, (i + 1) * width, a, i * width, (size - i - 1) * width);
            size--;
        }

        /** The index of the first range ending after {@code pos}, searched forward from {@code hint}. */
        int indexAtOrAfter(int pos, int hint) {
            if (hint > size || (hint > 0 && get(hint - 1, 1) > pos)) {
                return indexAtOrAfter(pos);
            }
            int i = hint;
            for (int steps = 0; i < size && get(i, 1) <= pos; i++) {
                if (++steps == 16) {
                    return indexAtOrAfter(pos);
                }
            }
            return i;
        }

        /** Whether {@code pos} is inside range {@code i}, the first ending after it. */
        boolean covers(int pos, int i) {
            return i < size && get(i, 0) <= pos;
        }

        /** The index of the first range ending after {@code pos} (binary search on the ends). */
        int indexAtOrAfter(int pos) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (get(mid, 1) <= pos) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Whether {@code pos} is inside a range (binary search on the ends). */
        boolean covers(int pos) {
            return covers(pos, indexAtOrAfter(pos));
        }
    }

    /**
     * Old records of steps outside the windows (shifted to new positions) plus the windows' new records, sorted.
     * The old records are sorted and shifting keeps their order (a kept record's trigger is outside every edit, and
     * an edit between two triggers moves the second one no further left than the edit's start), so the kept ones
     * are collected in forward walks (searches from the previous answer) and merged with the fresh ones.
     */
    private static long[] rebaseRecords(long[] old, int oldCount, io.tappass.pipeline.scan.TextPart.Edits ed,
                                        Spans win, long[] fresh, int freshCount) {
        // two passes (count, then fill) so that the result is allocated once at its exact size: after a redaction
        // most old records fall inside edits or windows
        long[] out = null;
        int k = 0;
        for (int pass = 0; pass < 2; pass++) {
            k = 0;
            int eHint = 0;
            int wHint = 0;
            for (int i = 0; i < oldCount; i++) {
                long r = old[i];
                int t = (int) (r >>> 32);
                int e = eHint = editIndexAtOrAfter(ed, t, eHint);
                if (e < ed.size() && ed.oldStart(e) <= t) {
                    continue;
                }
                int d = e == 0 ? 0 : ed.newEnd(e - 1) - ed.oldEnd(e - 1);
                if (win.covers(t + d, wHint = win.indexAtOrAfter(t + d, wHint))) {
                    continue;
                }
                if (out != null) {
                    // a kept step read nothing that was edited, so its reach shifts with it (clamped: a bound)
                    out[k] = ((long) (t + d) << 32) | Math.max(0, Math.min(Integer.MAX_VALUE - 1, (long) (int) r + d));
                }
                k++;
            }
            if (out == null) {
                out = new long[k + freshCount];
            }
        }
        // merge the sorted fresh records into the tail, from the back (in place)
        java.util.Arrays.sort(fresh, 0, freshCount);
        int i = k - 1;
        int j = freshCount - 1;
        for (int w = k + freshCount - 1; j >= 0; w--) {
            out[w] = i >= 0 && out[i] > fresh[j] ? out[i--] : fresh[j--];
        }
        return out;
    }

    /** How many characters may stand between a date and a birth word after it ({@code dateBeforeBirthWord}). */
    private static final int GAP_MAX = 24;
    /** Small words between a date and the birth word that names it ("your date of", "als", "data di"). */
    private static final WordSet GAP_WORDS = new WordSet(java.util.Arrays.asList("your", "my", "his", "her",
        "their", "the", "date", "of", "is", "as", "was", "dein", "deine", "ihr", "ihre", "sein", "seine", "mein",
        "meine", "das", "ist", "als", "uw", "je", "jouw", "mijn", "zijn", "haar", "de", "het", "votre", "ton", "ta",
        "sa", "son", "ma", "mon", "la", "le", "est", "comme", "tu", "su", "mi", "es", "como", "fecha", "el", "tua",
        "sua", "mia", "il", "data", "di", "come", "datum", "van", "dob"));

    // character classes of the run splitter (ASCII; every other character is NON_ASCII)
    private static final int LOWER = 1;
    private static final int UPPER = 2;
    private static final int DIGIT = 4;
    private static final int COLON = 8;
    private static final int DOT_DASH = 16;
    private static final int OTHER = 32;
    private static final int NON_ASCII = 64;
    /** '@' (an e-mail's, or a mention's: "@lena"). */
    private static final int AT = 256;
    /** How far past a cut two parts of a split scan look for a common state. */
    private static final int SYNC_SPAN = 16 * 1024;
    /**
     * Characters per part of a split scan (a 1 MiB text makes {@link #MAX_SPLIT_PARTS} parts of about 0.4 ms each):
     * parts this short let the call's threads share the scan evenly even when one of them runs slower (on a shared
     * host one core can run at half the other's speed for minutes), at a cost of a few runs rescanned per cut.
     */
    static final int SPLIT_PART_CHARS = 64 * 1024;
    /** The most parts a text is scanned in. */
    static final int MAX_SPLIT_PARTS = 16;
    /** The arrays of the parts of a split scan after the first, kept per splitting thread (no garbage per text). */
    private static final ThreadLocal<SplitScratch[]> SPLIT_SCRATCH =
            ThreadLocal.withInitial(() -> new SplitScratch[MAX_SPLIT_PARTS - 1]);

    /** Reusable arrays for a part (after the first) of a split scan. */
    private static final class SplitScratch {
        final ArrayList<PiiMatch> found = new ArrayList<>(256);
        int[] trig = new int[256];
        long[] reach = new long[128];
        long[] cross = new long[128];
        long[] back = new long[128];
        int[] syncEnd = new int[256];
        int[] syncCursor = new int[256];

        /** Takes back the (possibly grown) arrays of a finished part. */
        void keep(Scan second) {
            found.clear();
            trig = second.trig;
            reach = second.reach;
            cross = second.cross;
            back = second.back;
            syncEnd = second.syncEnd;
            syncCursor = second.syncCursor;
        }
    }
    private static final int SPACE = 128;
    private static final int[] CLASS = new int[128];
    /** A per-thread copy buffer for the run splitter (so a scan allocates no copy of the text). */
    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[2048]);

    static {
        for (int c = 0; c < 128; c++) {
            CLASS[c] = c == ' ' || c == '\n' || c == '\r' || c == '\t' ? SPACE
                    : c >= 'a' && c <= 'z' ? LOWER : c >= 'A' && c <= 'Z' ? UPPER : c >= '0' && c <= '9' ? DIGIT
                    : c == ':' ? COLON : c == '.' || c == '-' ? DOT_DASH : c == '@' ? AT : OTHER;
        }
    }

    /** Scans with every scanner walking every position (the reference the fast driver must equal; tests). */
    List<PiiMatch> scanUnfiltered(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        Scan s = new Scan(text, true);
        s.run();
        List<PiiMatch> matches = s.resolve();
        s.release();
        return matches;
    }

    /**
     * Per thread: the arrays a full scan grows its candidates and rebase records in, lent to one scan at a time
     * ({@link io.tappass.pipeline.internal.ThreadScratch}); kept up to {@link ScanScratch#KEEP} entries each, at most
     * about 0.5 MB per thread (what a MiB of JSON log lines grows them to; a MiB of prose needs a fifth).
     */
    private static final io.tappass.pipeline.internal.ThreadScratch<ScanScratch> SCAN_SCRATCH =
            new io.tappass.pipeline.internal.ThreadScratch<>(ScanScratch::new);

    /** Reusable arrays of a full scan (see {@link #SCAN_SCRATCH}). */
    private static final class ScanScratch {
        /** The most entries an array may hold to be kept for the thread's next scan. */
        static final int KEEP = 16 * 1024;
        ArrayList<PiiMatch> found = new ArrayList<>(256);
        int[] trig = new int[256];
        long[] reach = new long[128];
        long[] cross = new long[128];
        long[] back = new long[128];

        /** Takes back the (possibly grown) arrays of a finished scan, each only up to {@link #KEEP} entries. */
        void keep(Scan s) {
            ArrayList<PiiMatch> f = (ArrayList<PiiMatch>) s.found;
            if (f.size() > KEEP) {
                f = new ArrayList<>(256);
            }
            f.clear();
            found = f;
            trig = s.trig.length <= KEEP ? s.trig : new int[256];
            reach = s.reach.length <= KEEP ? s.reach : new long[128];
            cross = s.cross.length <= KEEP ? s.cross : new long[128];
            back = s.back.length <= KEEP ? s.back : new long[128];
            SCAN_SCRATCH.giveBack(this);
        }
    }

    private final class Scan {
        /** The thread's scratch the arrays came from, or null (a rebase window's scan, a part of a split scan). */
        final ScanScratch scratch;
        final String text;
        final int n;
        final boolean unfiltered;
        final List<PiiMatch> found;
        // rebase bookkeeping: the trigger of each candidate (its run's start, or its '@'), and the steps that read
        // far past their run (reach: trigger << 32 | last position read) or moved a cursor past it (cross)
        int curTrig;
        /** The end of {@link #curTrig}'s run when a run dispatch set it, else no more than curTrig. */
        int curRunEnd;
        int[] trig;
        long[] reach;
        int reachCount;
        long[] cross;
        int crossCount;
        long[] back;
        int backCount;
        boolean emailStep;

        /**
         * Reused by every number candidate's shape (phone and fixed-length checks never nest); made by the first
         * ({@link #shape()}), as most short texts have no number.
         */
        private Shape shape;

        /** Reused by every number chunk (one scan is single-threaded); made by the first ({@link #chunkDigits()}). */
        private StringBuilder chunkDigits;

        private Shape shape() {
            Shape s = shape;
            return s != null ? s : (shape = new Shape());
        }

        private StringBuilder chunkDigits() {
            StringBuilder d = chunkDigits;
            return d != null ? d : (chunkDigits = new StringBuilder(24));
        }

        /**
         * Notes that the current step read up to {@code hi}, when that is more than 16 characters past the end of its
         * trigger's run: a shorter read never reaches an edit whose rebase window leaves the trigger out
         * ({@link #leftCut} starts every window three whole runs and 17 characters before its edit), so recording it
         * would only grow the array (on 1 MiB of JSON log lines, one line a run, every dotted number's DNI look and
         * every IP address's context read recorded one: 10,000 records, a third of detect_pii's allocation).
         */
        void recordReach(int hi) {
            if (emailStep || hi <= Math.max(curTrig, curRunEnd) + 16) {
                return;
            }
            if (reachCount == reach.length) {
                reach = java.util.Arrays.copyOf(reach, reachCount * 2);
            }
            reach[reachCount++] = ((long) curTrig << 32) | Math.min(hi, Integer.MAX_VALUE - 1);
        }

        /**
         * Notes that the current step read from {@code lo} on, when that is more than {@link #BACK_MARGIN}
         * characters before its trigger (a rebase must then rescan it when an edit lies there).
         */
        void recordBack(int lo) {
            if (emailStep || lo >= curTrig - BACK_MARGIN) {
                return;
            }
            if (backCount == back.length) {
                back = java.util.Arrays.copyOf(back, backCount * 2);
            }
            back[backCount++] = ((long) curTrig << 32) | Math.max(0, lo);
        }

        void recordCross(int trigger, int cursor) {
            if (crossCount == cross.length) {
                cross = java.util.Arrays.copyOf(cross, crossCount * 2);
            }
            cross[crossCount++] = ((long) trigger << 32) | cursor;
        }

        void addFound(PiiMatch m) {
            int k = found.size();
            if (k == trig.length) {
                trig = java.util.Arrays.copyOf(trig, k * 2);
            }
            trig[k] = curTrig;
            found.add(m);
        }

        Result result() {
            java.util.Arrays.sort(reach, 0, reachCount);
            java.util.Arrays.sort(cross, 0, crossCount);
            java.util.Arrays.sort(back, 0, backCount);
            boolean rebasable = customPatterns.isEmpty() && recognizers.isEmpty() && !unfiltered;
            List<PiiMatch> matches = resolve();
            if (scratch == null) {
                // the arrays are kept as they are (sorted in place, with their counts): no trimming copies
                return new Result(matches, java.util.Collections.unmodifiableList(found), trig, reach, reachCount,
                        cross, crossCount, back, backCount, rebasable);
            }
            // the thread's scratch arrays stay with the thread: the result keeps copies of exactly the entries in use
            // (on 1 MiB of JSON log lines, 10,500 candidates: the arrays grown to hold them cost twice as much)
            int k = found.size();
            Result r = new Result(matches, java.util.Collections.unmodifiableList(new ArrayList<>(found)),
                    java.util.Arrays.copyOf(trig, k), java.util.Arrays.copyOf(reach, reachCount), reachCount,
                    java.util.Arrays.copyOf(cross, crossCount), crossCount, java.util.Arrays.copyOf(back, backCount),
                    backCount, rebasable);
            release();
            return r;
        }

        Scan(String text) {
            this(text, false);
        }

        /** A full scan on the thread's lent scratch arrays ({@link #release} gives them back). */
        Scan(String text, boolean unfiltered) {
            this(text, unfiltered, SCAN_SCRATCH.take());
        }

        private Scan(String text, boolean unfiltered, ScanScratch scratch) {
            this.text = text;
            this.n = text.length();
            this.unfiltered = unfiltered;
            this.scratch = scratch;
            scratch.found.clear();
            this.found = scratch.found;
            this.trig = scratch.trig;
            this.reach = scratch.reach;
            this.cross = scratch.cross;
            this.back = scratch.back;
        }

        /**
         * Gives the scratch arrays (possibly grown) back to the thread, once nothing reads them any more: after
         * {@link #resolve} (which copies what it keeps) or after {@link #result} made its exact copies.
         */
        void release() {
            if (scratch != null) {
                scratch.keep(this);
            }
        }

        Scan(String text, boolean unfiltered, int cap) {
            this.scratch = null;
            this.text = text;
            this.n = text.length();
            this.unfiltered = unfiltered;
            this.found = new ArrayList<>(cap);
            this.trig = new int[cap];
            // about one far read and one run crossing per two candidates (phone numbers, names)
            this.reach = new long[Math.max(8, cap >> 1)];
            this.cross = new long[Math.max(4, cap >> 1)];
            this.back = new long[Math.max(4, cap >> 1)];
        }

        /** A part after the first of a split scan, on the splitting thread's reusable arrays. */
        Scan(String text, SplitScratch scratch) {
            this.scratch = null;
            this.text = text;
            this.n = text.length();
            this.unfiltered = false;
            this.found = scratch.found;
            this.trig = scratch.trig;
            this.reach = scratch.reach;
            this.cross = scratch.cross;
            this.back = scratch.back;
            this.syncEnd = scratch.syncEnd;
            this.syncCursor = scratch.syncCursor;
        }

        void run() {
            java.util.concurrent.Executor lend = unfiltered || n < Lending.MIN_SPLIT_CHARS ? null : Lending.current();
            int[] cuts = lend == null ? null : cutPoints();
            if (cuts != null) {
                runSplit(lend, cuts);
            } else {
                if (on(PiiEntity.EMAIL_ADDRESS)) {
                    scanEmails();
                }
                if (unfiltered) {
                    scanAll(0, n);
                } else {
                    scanRuns(0, n);
                }
            }
            for (CustomPattern p : customPatterns) {
                Matcher m = p.pattern.matcher(text);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        addFound(new PiiMatch(p.name, m.start(), m.end(), 1.0, "custom"));
                    }
                }
            }
            for (EntityRecognizer r : recognizers) {
                Set<String> wanted = new LinkedHashSet<>();
                for (String e : r.entities()) {
                    PiiEntity b = PiiEntity.of(e);
                    if ((b != null && on(b)) || otherEntities.contains(e)) {
                        wanted.add(e);
                    }
                }
                if (wanted.isEmpty()) {
                    continue;
                }
                List<PiiMatch> ms = r.recognize(text, Set.copyOf(wanted));
                if (ms == null) {
                    throw new IllegalStateException("entity recognizer " + r.name() + " returned null");
                }
                for (PiiMatch m : ms) {
                    if (m.end() > n) {
                        throw new IllegalStateException("entity recognizer " + r.name() + " returned span ["
                                + m.start() + ", " + m.end() + ") outside a text of length " + n);
                    }
                    if (wanted.contains(m.type())) {
                        addFound(m);
                    }
                }
            }
        }

        // ----------------------------------------------------------------------------- splitting a long text

        /** The characters per part when this scan splits (tests use shorter parts). */
        int splitPartChars = SPLIT_PART_CHARS;

        // sync records of a part: the end of each dispatched run before syncLimit, and the farthest cursor
        // after it (cursors only grow, so the state at a whitespace position p is the last record's before it)
        private int syncLimit = -1;
        private int[] syncEnd;
        private int[] syncCursor;
        private int syncCount;
        /** The start of the last run dispatched (-1: none). */
        private int lastRun = -1;

        private void recordSync(int re) {
            if (syncCount == syncEnd.length) {
                syncEnd = java.util.Arrays.copyOf(syncEnd, syncCount * 2);
                syncCursor = java.util.Arrays.copyOf(syncCursor, syncCount * 2);
            }
            syncEnd[syncCount] = re;
            syncCursor[syncCount++] = cursor();
        }

        private int cursor() {
            return Math.max(Math.max(numCur, netCur), Math.max(tokCur, perCur));
        }

        /**
         * Whether this scan, started at {@code start}, is at whitespace position {@code p} in the state a scan
         * from the text's start would be in there after a clean cut: no scanner's cursor past the next run.
         */
        private boolean cleanAt(int start, int p) {
            int lo = 0;
            int hi = syncCount; // the last record with end <= p
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (syncEnd[mid] <= p) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int c = lo == 0 ? start : syncCursor[lo - 1];
            return c <= p + 1;
        }

        /**
         * Where to cut the text into parts of about {@link #splitPartChars} characters (at least two, at most
         * {@link #MAX_SPLIT_PARTS}): the first whitespace position followed by a run at or after each even share, or
         * null when there is none (no whitespace near any share).
         */
        private int[] cutPoints() {
            return Lending.cutsNear(n, Math.max(2, Math.min(MAX_SPLIT_PARTS, n / splitPartChars)),
                    q -> isRunSpace(text.charAt(q)) && !isRunSpace(text.charAt(q + 1)));
        }

        /**
         * Scans the runs (and e-mails) of a long text in parts cut at whitespace positions {@code cuts}, with exactly
         * the result of one pass. The first part (with the e-mails) is this scan's; the others start at their cuts
         * with fresh cursors, and {@link Lending#runInOrder} lends them to the call's other threads (which take them
         * from the end) and runs them here in order unless taken. Then, cut by cut, the scan that is in a one-pass
         * state up to the cut (this one for the first cut) goes on past it run by run until it and the next part are
         * in the same state at the same position (usually at once: a step crossing the cut, such as a phone number
         * written in groups, delays it by a few runs); from there that part is the one in a one-pass state, and its
         * candidates are kept. A part that finds no common state within {@link #SYNC_SPAN} is rescanned by the scan
         * before it.
         */
        private void runSplit(java.util.concurrent.Executor lend, int[] cuts) {
            int m = cuts.length;
            SplitScratch[] scratch = SPLIT_SCRATCH.get();
            Scan[] part = new Scan[m];
            Lending.Fork[] forks = new Lending.Fork[m + 1];
            forks[0] = new Lending.Fork(() -> {
                if (on(PiiEntity.EMAIL_ADDRESS)) {
                    scanEmails(); // e-mails first, as in one pass; they are quick and independent of the runs
                }
                scanRuns(0, cuts[0]);
            });
            for (int j = 0; j < m; j++) {
                if (scratch[j] == null) {
                    scratch[j] = new SplitScratch();
                }
                int from = cuts[j];
                int to = j + 1 < m ? cuts[j + 1] : n;
                Scan s = new Scan(text, scratch[j]);
                s.syncLimit = Math.min(to, from + SYNC_SPAN);
                part[j] = s;
                forks[j + 1] = new Lending.Fork(() -> s.scanRuns(from, to));
            }
            try {
                Lending.runInOrder(forks, lend); // every part has ended when it returns, also when one failed
                Scan cur = this; // the scan in a one-pass state at the next cut
                int curFrom = 0; // cur's candidates after this position are one pass's (and not merged yet)
                for (int j = 0; j < m; j++) {
                    int cut = cuts[j];
                    int to = j + 1 < m ? cuts[j + 1] : n;
                    Scan next = part[j];
                    int p = cut;
                    boolean synced = true;
                    while (!(cur.cursor() <= p + 1 && next.cleanAt(cut, p))) {
                        int q = cur.nextRunEnd(p);
                        if (q < 0 || q >= next.syncLimit) {
                            cur.continueRuns(p, to); // no common state within reach: cur scans this part too
                            synced = false;
                            break;
                        }
                        cur.continueRuns(p, q);
                        p = q;
                    }
                    if (synced) {
                        if (cur != this) {
                            merge(cur, curFrom);
                        }
                        cur = next;
                        curFrom = p;
                    }
                }
                if (cur != this) {
                    merge(cur, curFrom);
                }
            } finally {
                for (int j = 0; j < m; j++) {
                    scratch[j].keep(part[j]); // (no part runs any more: runInOrder joined them all)
                }
            }
        }

        /** The end (a whitespace position, or n) of the first run after whitespace position {@code p}; -1 if none. */
        private int nextRunEnd(int p) {
            int k = p;
            while (k < n && isRunSpace(text.charAt(k))) {
                k++;
            }
            if (k >= n) {
                return -1;
            }
            while (k < n && !isRunSpace(text.charAt(k))) {
                k++;
            }
            return k;
        }

        /**
         * Adds the candidates of a later part of a split scan from the runs after {@code p}, in the order of one pass
         * (this scan's e-mails and runs up to {@code p}, and the earlier parts', came first), and its rebase records
         * of those runs.
         */
        private void merge(Scan second, int p) {
            int size2 = second.found.size();
            int keepFrom = 0;
            while (keepFrom < size2 && second.trig[keepFrom] <= p) {
                keepFrom++;
            }
            int k = found.size();
            int total = k + size2 - keepFrom;
            if (trig.length < total) {
                trig = java.util.Arrays.copyOf(trig, Math.max(total, trig.length * 2));
            }
            System.arraycopy(second.trig, keepFrom, trig, k, size2 - keepFrom);
            for (int i = keepFrom; i < size2; i++) {
                found.add(second.found.get(i)); // one by one: addAll would copy the list first
            }
            reach = ensure(reach, reachCount + countAfter(second.reach, second.reachCount, p));
            reachCount = copyAfter(second.reach, second.reachCount, p, reach, reachCount);
            cross = ensure(cross, crossCount + countAfter(second.cross, second.crossCount, p));
            crossCount = copyAfter(second.cross, second.crossCount, p, cross, crossCount);
            back = ensure(back, backCount + countAfter(second.back, second.backCount, p));
            backCount = copyAfter(second.back, second.backCount, p, back, backCount);
            // where one pass would have left its trigger (custom patterns and recognizers note it too): at the
            // part's last run if it kept one, else where the scan before it stopped
            if (second.lastRun > p) {
                curTrig = second.lastRun;
                curRunEnd = curTrig; // its run's end is not kept: the trigger's own margin
            }
        }

        private static int countAfter(long[] src, int count, int p) {
            int k = 0;
            for (int i = 0; i < count; i++) {
                k += (int) (src[i] >>> 32) > p ? 1 : 0;
            }
            return k;
        }

        private static long[] ensure(long[] a, int need) {
            return a.length >= need ? a : java.util.Arrays.copyOf(a, Math.max(need, a.length * 2));
        }

        /** Copies the records of {@code src} whose trigger is after {@code p} to {@code dst} from {@code at} on. */
        private static int copyAfter(long[] src, int count, int p, long[] dst, int at) {
            for (int i = 0; i < count; i++) {
                if ((int) (src[i] >>> 32) > p) {
                    dst[at++] = src[i];
                }
            }
            return at;
        }

        /** Reference driver: every scanner walks every position of [from, to) (tests compare it with scanRuns). */
        void scanAll(int from, int to) {
            boolean person = on(PiiEntity.PERSON);
            boolean dob = on(PiiEntity.DATE_OF_BIRTH);
            if (wantsNumbers) {
                scanNumbers(from, to);
            }
            if (wantsNetwork) {
                scanNetwork(from, to);
            }
            if (wantsTokens) {
                scanTokens(from, to);
            }
            if (person || dob) {
                PersonHeuristics.scan(text, from, to, person ? personSink : null, dob ? birthSink : null);
            }
        }

        /**
         * The fast driver: one pass splits [from, to) into whitespace-separated runs and notes which character
         * classes each run contains; a scanner is only handed the runs that can hold one of its trigger positions
         * (a superset test, so the result equals {@link #scanAll}). Each scanner keeps its own cursor, so a
         * candidate that spans several runs (a grouped number, a multi-word name) is scanned once.
         */
        void scanRuns(int from, int to) {
            person = on(PiiEntity.PERSON) || on(PiiEntity.DATE_OF_BIRTH);
            personOut = on(PiiEntity.PERSON) ? personSink : null;
            birthOut = on(PiiEntity.DATE_OF_BIRTH) ? birthSink : null;
            plainShapes = PLAIN_SHAPES[(birthOut != null ? PLAIN_BIRTH : 0) | (personOut != null ? PLAIN_CUES : 0)];
            tokenRun = wantsTokens ? 16 : Integer.MAX_VALUE;
            tokenDigitMax = wantsTokens ? '9' : '/';
            numCur = from;
            netCur = from;
            tokCur = from;
            perCur = from;
            continueRuns(from, to);
        }

        /**
         * {@link #scanRuns} without resetting the scanners' cursors: continues a scan that stopped at {@code from}
         * (a whitespace position or the start), up to the runs that start before {@code to}.
         *
         * <p>Measured and dropped in the thirty-eighth session (detect_pii alone on the 1 MiB benchmark prompt, thread
         * CPU, both builds in one JVM, fastest of 24): a loop over a Latin-1 byte copy that takes a run's end from the
         * lowest whitespace byte of eight and its plain lower case from one mask ({@link
         * io.tappass.pipeline.internal.Swar}), 8.06 -> 8.62 ms, and 9.17 -> 9.39 ms without the per-chunk test that
         * the text is Latin-1 (0.15 ms a MiB as a {@code charAt} loop; an or-reduction over the char copy is not
         * vectorised, 0.3 ms): its chain of load, masks, trailing zeros and next run per word costs as much as the
         * mispredicted branch at each word's end that it removes.
         */
        void continueRuns(int from, int to) {
            char[] buf = BUFFER.get();
            int rs = -1;
            int mask = 0;
            int i = from;
            // a rebase window is short: copy little more than it first (not a whole buffer per window)
            int want = Math.max(to - from, 0) + 64;
            while (i < n) {
                int len = Math.min(Math.min(buf.length, want), n - i);
                want = buf.length;
                text.getChars(i, i + len, buf, 0);
                int base = i;
                runBuf = buf;
                runBase = base;
                for (int k = 0; k < len; k++) {
                    char c = buf[k];
                    int cl = c < 128 ? CLASS[c] : NON_ASCII;
                    if (cl == SPACE) {
                        if (rs >= 0) {
                            // most runs are plain lower-case words, or such a word ending a clause ("date.",
                            // "cluster,"), that no scanner wants: decided without a call
                            if ((mask != LOWER && !clauseEnd(buf, rs - base, k, mask))
                                    || plainLowerMatters(buf, base, len, rs, base + k)) {
                                dispatch(rs, base + k, mask);
                            }
                            rs = -1;
                            mask = 0;
                        }
                    } else if (rs >= 0) {
                        mask |= cl;
                    } else if (base + k < to) {
                        rs = base + k;
                        mask = cl;
                    } else {
                        return; // runs are handled whole: the first run starting at or after `to` ends the scan
                    }
                }
                i = base + len;
            }
            if (rs >= 0) {
                dispatch(rs, n, mask);
            }
            runBase = Integer.MAX_VALUE; // the buffer is the thread's: not read outside this loop
        }

        /**
         * The splitter's copy buffer while {@link #continueRuns} dispatches: it holds text[runBase, ...) up to the
         * end of the run being dispatched, so a test on the run (and the character before it, when
         * {@code rs > runBase}) can read the array instead of the string.
         */
        private char[] runBuf;
        private int runBase = Integer.MAX_VALUE;

        private boolean person;
        private PersonHeuristics.Sink personOut;
        private PersonHeuristics.BirthSink birthOut;
        /** The {@link #PLAIN_SHAPES} of the words the plain-run filter looks up in this scan. */
        private long[] plainShapes;
        /** The length from which a plain run matters to the token scanner (16; never when it is off). */
        private int tokenRun;
        /** '9' when a digit after a plain run matters to the token scanner, else '/' (no digit is <= it). */
        private char tokenDigitMax;
        private int numCur;
        private int netCur;
        private int tokCur;
        private int perCur;

        /**
         * Whether the run buf[s, k) is lower-case ASCII letters and a final '.' or ',' ("date.", "cluster,"; false for
         * a run that started before the buffer, {@code s < 0}): for
         * such a run {@link #dispatch} does what it does for the plain word before the mark, as far as
         * {@link #plainLowerMatters} looks, which therefore decides it too. No number and no network candidate
         * (one separator) starts in it; the token scanner wants it for its length or a digit after it; the person
         * heuristics for a strong introduction before it, or for its word when that is a chat cue before a comma
         * ("thanks,") or a birth word, with or without the dot ("born.", "geb." of {@link #PLAIN_SHAPES}): there is no
         * mention, no cue before a dot and no other word start in it.
         */
        private static boolean clauseEnd(char[] buf, int s, int k, int mask) {
            if (s < 0 || (mask & ~(LOWER | DOT_DASH | OTHER)) != 0 || (buf[k - 1] != '.' && buf[k - 1] != ',')) {
                return false;
            }
            for (int q = s; q < k - 1; q++) {
                if (buf[q] < 'a' || buf[q] > 'z') {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether {@link #dispatch} can hand a run of lower-case ASCII letters, or such letters and a final '.' or ','
         * ({@link #clauseEnd}), to any scanner: a necessary condition of its tests (a long run or a digit after it
         * for the token scanner; a birth word, a chat cue for a lower-case name or a strong introduction before it
         * for the person heuristics), so skipping the run changes nothing. Called for most words of a text, so it is
         * kept small enough to be compiled into the splitter's loop: table reads and branches that are rarely taken.
         *
         * <p>On the 1 MiB benchmark prompt it sees 140,839 plain runs and passes 1.6 % on (653 at the buffer's edges,
         * 1,592 words of a birth word's or chat cue's shape); perf (cpu-clock) puts it at about a quarter of
         * detect_pii's thread CPU, spread over the ~60 instructions of the common path (character and table reads with
         * their bounds checks, a few spills) rather than in one spot. Dropped in the thirty-eighth session, within the
         * noise of those shares (this method and the splitter's loop 36.8-39.5 % of detect_pii over five runs of the
         * starting build): the exact tests in a method of their own behind a filter of their necessary conditions
         * (34.6-38.0 % with it kept out of line; C2 inlines it back below 325 bytes of bytecode, and inlines a filter
         * below 325 bytes into the loop: 36.5 %); {@link #strongTailMay} as a 4 KB bitset instead of the 16 KB
         * {@link #STRONG_TAILS} (38.0, 39.3 %); a two-letter superset of {@link #accountTailAt} in that table (too
         * loose: every word after one ending in "er" or "or" took the exact look).
         */
        private boolean plainLowerMatters(char[] buf, int base, int len, int rs, int re) {
            int s = rs - base; // the run and its whitespace end are in the buffer; before it only from s >= 4
            int k = re - base + 1; // the character after the whitespace that ends the run
            if (s < 4 || k >= len) {
                return edgeMatters(rs, re); // at a buffer boundary: every rebase window's first run
            }
            int wl = re - rs;
            char next = buf[k];
            if (wl >= tokenRun || (next >= '0' && next <= tokenDigitMax) || next == ':') {
                return true; // a long run, a digit after it ("ab 12 34 56 c", a NINO), a spaced colon ("hugo : oui")
            }
            // a birth word ("born", "dob", "geboren") or a chat cue ("hi", "ask", "thanks") with these first two
            // letters (a one-letter run reads the whitespace, folded onto a letter: a false positive at worst), this
            // last letter and this length may be the run's word (before its '.' or ','); then a plain word is looked
            // up, and a clause's end is left to dispatch
            boolean clause = buf[k - 2] == '.' || buf[k - 2] == ',';
            int word = clause ? wl - 1 : wl;
            long shape = plainShapes[(buf[s] & 31) << 5 | (buf[s + 1] & 31)];
            if (((shape >>> (buf[s + word - 1] & 31)) & (shape >>> (32 + Math.min(word, 31))) & 1) != 0
                    && (clause || (birthOut != null && birthWord(buf, s, rs, re))
                        || (personOut != null && cueWord(buf, s, rs, re)))) {
                return true;
            }
            // a strong introduction ending right before the run ("my name is jan", "ich heiße anna")
            if (personOut != null && strongTailMay(buf, s) && buf[s - 1] == ' ' && strongEndAt(buf, s)) {
                return true;
            }
            // a user name after a tab (a TSV cell) or "key: "; a given name, or an initial and a family name, after a
            // user cue ("for aoife from", "by rvasquez"); a given name before a verb of telling ("jake just told
            // me"): the neighbour first (a few character reads that most words fail), then the name's lookup
            if (personOut == null || word < 3) {
                return false;
            }
            if (buf[s - 1] == '\t' || (buf[s - 1] == ' ' && buf[s - 2] == ':')) {
                return true;
            }
            if (!clause && buf[k - 1] == ' ' && chatVerbNext(buf, k, len)
                    && (word > 8 || Lexicon.FIRST_NAMES.containsKey(WordSet.lowerKey(buf, s, word)))) {
                return true;
            }
            return buf[s - 1] == ' ' && accountTailAt(buf, s) && (word > 8
                    || Lexicon.FIRST_NAMES.containsKey(WordSet.lowerKey(buf, s, word))
                    || (word >= 6 && Lexicon.SURNAMES.containsKey(WordSet.lowerKey(buf, s + 1, word - 1))));
        }

        /**
         * {@link #plainLowerMatters} for a run at the edge of the splitter's copy buffer (the first run of a chunk, of
         * a part or of a rebase window; a run the chunk ends in): decided on a copy of the run with the characters
         * around it that the filter reads (up to five before it and eleven from its end), else by dispatch at the
         * text's own edges. Dispatching such a run whole cost each rebase window a run through every scanner's tests
         * (forty-first session: the redacting 1 MiB call's single-threaded CPU -3 %, detect_pii alone -4.6 %).
         */
        private boolean edgeMatters(int rs, int re) {
            int from = rs - EDGE_BEFORE;
            int to = re + EDGE_AFTER;
            if (from < 0 || to > n || re - rs >= tokenRun) {
                return true; // at the text's start or end: let dispatch decide; a long run matters anyway
            }
            char[] b = EDGE_BUFFER.get();
            if (b.length < to - from) {
                b = new char[to - from]; // a long run (no token scanner, so no length limit): kept if not huge
                if (b.length <= 4096) {
                    EDGE_BUFFER.set(b);
                }
            }
            text.getChars(from, to, b, 0);
            return plainLowerMatters(b, from, to - from, rs, re);
        }

        /** The characters before a run and from its end that {@link #edgeMatters} copies (the filter reads 5 and 11). */
        private static final int EDGE_BEFORE = 8;
        private static final int EDGE_AFTER = 16;
        /** Per thread: {@link #edgeMatters}' copy of a run and its surroundings (no allocation per scan or part). */
        private static final ThreadLocal<char[]> EDGE_BUFFER = ThreadLocal.withInitial(() -> new char[64]);

        /**
         * Whether a {@link PersonHeuristics#CHAT_VERBS} word (then no letter or digit) starts at buf[k]: a necessary
         * condition of {@link PersonHeuristics#chatVerbAfter} for the plain-run filter; true near the buffer's end.
         */
        private static boolean chatVerbNext(char[] buf, int k, int len) {
            if (k + 9 >= len) {
                return true;
            }
            char c = buf[k];
            if (c < 'a' || c > 'z' || !PersonHeuristics.chatVerbStart(c, buf[k + 1], buf[k + 2])) {
                return false;
            }
            for (String v : PersonHeuristics.CHAT_VERBS_BY_FIRST[c - 'a']) {
                int l = v.length();
                if (Chars.letterOrDigit(buf[k + l])) {
                    continue;
                }
                int q = 1;
                while (q < l && buf[k + q] == v.charAt(q)) {
                    q++;
                }
                if (q == l) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A necessary condition of {@link PersonHeuristics#accountCueBefore} for the word before the space before
         * {@code s} ({@code s >= 4}): the last letters of a {@link PersonHeuristics#ACCOUNT_CUES} word ("for", "by",
         * "from", "user", "login", "gebruiker", "benutzer", "nutzer", "utilisateur", "usuario"), ignoring
         * ASCII case.
         */
        private static boolean accountTailAt(char[] b, int s) {
            return accountTail(b[s - 2], b[s - 3], b[s - 4]);
        }

        /** {@link #accountTailAt} on the last three characters of the word, last first: one bit of a table. */
        private static boolean accountTail(char l1, char l2, char l3) {
            int k = (l1 & 31) << 10 | (l2 & 31) << 5 | (l3 & 31);
            return (ACCOUNT_TAILS[k >>> 6] & 1L << k) != 0;
        }

        /** {@link #accountTailSlow} as a bit per ((c1 & 31) << 10 | (c2 & 31) << 5 | (c3 & 31)), a superset. */
        private static final long[] ACCOUNT_TAILS = new long[512];

        static {
            for (int k = 0; k < 32 * 32 * 32; k++) {
                char a = (char) ('`' + (k >>> 10));
                char b = (char) ('`' + ((k >>> 5) & 31));
                char c = (char) ('`' + (k & 31));
                if (accountTailSlow(a, b, c) || accountTailSlow(a, b, (char) 0)) {
                    ACCOUNT_TAILS[k >>> 6] |= 1L << k;
                }
            }
        }

        private static boolean accountTailSlow(char l1, char l2, char l3) {
            char c1 = (char) (l1 | 0x20);
            char c2 = (char) (l2 | 0x20);
            char c3 = (char) (l3 | 0x20);
            switch (c1) {
                case 'r':
                    return (c2 == 'o' && c3 == 'f') || (c2 == 'e' && (c3 == 's' || c3 == 'k' || c3 == 'z'))
                            || (c2 == 'u' && c3 == 'e');
                case 'y':
                    return c2 == 'b';
                case 'm':
                    return c2 == 'o' && c3 == 'r';
                case 'o':
                    return c2 == 'i' && c3 == 'r';
                case 'n':
                    return c2 == 'i' && c3 == 'g';
                default:
                    return false;
            }
        }

        /**
         * {@link #strongTailAt} for the plain-run filter, where a false positive only costs {@link #strongEndAt}:
         * one branch on table reads (a character past ASCII before "s" counts as no letter), since after a word
         * ending in "s" or "e", which is most words, the two tests of strongTailAt are hard to predict.
         */
        private static boolean strongTailMay(char[] b, int s) {
            return (STRONG_TAILS[Math.min(b[s - 2], 127) << 7 | Math.min(b[s - 3], 127)]
                    & (TAIL_YES | NOT_LETTER[Math.min(b[s - 4], 128)])) != 0;
        }

        /**
         * {@link PersonHeuristics#strongTail} at the space before a run that starts at {@code s} of the buffer
         * ({@code s >= 4}): the two characters before the space in {@link #STRONG_TAILS}, and for "s" the one before
         * them (is, es). A necessary condition (non-ASCII characters are capped: false positives at worst).
         */
        private static boolean strongTailAt(char[] b, int s) {
            int t = strongTail(b[s - 2], b[s - 3]);
            return t == TAIL_YES || (t == TAIL_TWO_LETTERS && !Chars.letter(b[s - 4]));
        }

        /**
         * Whether the four characters before the space before {@code s} (b[s - 5, s - 1); only three when
         * {@code s == 4}) end one of the strong introductions ({@link #STRONG_ENDS}): "Please summarise the" passes
         * {@link #STRONG_TAILS} ("se", as in heisse) but not this. A necessary condition of
         * {@link PersonHeuristics#phraseBefore}, whose match ignores case: an ASCII character must equal the
         * phrase's ignoring ASCII case, and a character past ASCII is taken to match any (case folding maps some
         * onto ASCII letters, 'ſ' onto 's'); an ASCII character never matches the phrase's 'ß'.
         */
        private static boolean strongEndAt(char[] b, int s) {
            // the (up to) four characters as bytes of an int, ASCII folded to lower case; a character past ASCII
            // matches any, so its byte is left out of the comparison
            int key = 0;
            int compared = 0;
            for (int j = s == 4 ? 1 : 0; j < 4; j++) {
                char c = b[s - 5 + j];
                if (c < 128) {
                    key |= (c >= 'A' && c <= 'Z' ? c + 32 : c) << 8 * j;
                    compared |= 0xff << 8 * j;
                }
            }
            for (int end : STRONG_ENDS) {
                if (((key ^ end) & compared) == 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The last four characters before the closing space of each strong introduction
         * ({@link PersonHeuristics#STRONG}, all lower case: "e is" of "my name is ", "eiße" of "ich heiße "), as the
         * bytes of an int (character j in byte j, its low eight bits: 'ß' is 0xdf, which no ASCII character equals).
         */
        private static final int[] STRONG_ENDS = strongEnds();

        private static int[] strongEnds() {
            int[] ends = new int[PersonHeuristics.STRONG.length];
            for (int k = 0; k < ends.length; k++) {
                String p = PersonHeuristics.STRONG[k];
                for (int j = 0; j < 4; j++) {
                    ends[k] |= (p.charAt(p.length() - 5 + j) & 0xff) << 8 * j;
                }
            }
            return ends;
        }

        /** {@link #STRONG_TAILS}' entry for the last two characters before a space. */
        private static int strongTail(char last, char prev) {
            return STRONG_TAILS[Math.min(last, 127) << 7 | Math.min(prev, 127)];
        }

        /**
         * Whether the run [rs, re) may hold a mention the person heuristics take ("@lena", "(@lena": an '@' at its
         * start or after '('), anywhere in it: the name after it is emitted whatever follows.
         */
        private boolean mentionIn(int rs, int re) {
            if (text.charAt(rs) == '@') {
                return re - rs >= 4;
            }
            for (int p = rs + 1; p < re - 3; p++) {
                if (text.charAt(p) == '@' && text.charAt(p - 1) == '(') {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the run [rs, re) ends with a chat cue for a lower-case name ("ask", "(hi", "-thanks,"): a cue only
         * carries a name when one space (after an optional comma) follows it ({@link PersonHeuristics#lowerCuedName}),
         * so it is the run's last word; it may start after punctuation inside the run.
         */
        private boolean endsWithChatCue(int rs, int re) {
            int we = re;
            if (text.charAt(we - 1) == ',') {
                we--;
            }
            int ws = we;
            while (ws > rs && we - ws <= 11 && text.charAt(ws - 1) >= 'a' && text.charAt(ws - 1) <= 'z') {
                ws--;
            }
            return we - ws >= 2 && we - ws <= 11 && (ws == 0 || !isWordChar(text.charAt(ws - 1)))
                    && Lexicon.LOWER_NAME_CUES.mayStartWith(text.charAt(ws), text.charAt(ws + 1))
                    && PersonHeuristics.lowerCue(text, ws, we);
        }

        /**
         * Whether the run [rs, re) of lower-case ASCII letters (at s in buf) is a chat cue for a lower-case name
         * ("ask priya"); {@link #plainLowerMatters} has checked its first two letters, length and last letter.
         */
        private boolean cueWord(char[] buf, int s, int rs, int re) {
            int len = re - rs;
            return len <= 8 ? Lexicon.LOWER_NAME_CUES.containsKey(WordSet.lowerKey(buf, s, len))
                    : Lexicon.LOWER_NAME_CUES.contains(text, rs, re);
        }

        /**
         * Whether the run [rs, re) of lower-case ASCII letters (at s in buf, after whitespace) is a birth word
         * ({@link Lexicon#DOB}): for such a run, {@link #personLowerText}'s birth test, which also takes "d.o.b" and
         * "date_of_birth" (neither is a plain run), comes down to this lookup.
         */
        private boolean birthWord(char[] buf, int s, int rs, int re) {
            int len = re - rs;
            return len <= 8 ? Lexicon.DOB.containsKey(WordSet.lowerKey(buf, s, len))
                    : Lexicon.DOB.contains(text, rs, re);
        }

        /** Hands one whitespace-free run [rs, re) to the scanners that can find something starting in it. */
        private void dispatch(int rs, int re, int mask) {
            dispatchRun(rs, re, mask);
            if (re < syncLimit) {
                recordSync(re);
            }
        }

        private void dispatchRun(int rs, int re, int mask) {
            curTrig = rs;
            curRunEnd = re;
            lastRun = rs;
            if (wantsNumbers && (mask & DIGIT) != 0 && re > numCur) {
                numCur = scanNumbers(Math.max(numCur, rs), re);
                if (numCur > re + 1) {
                    recordCross(rs, numCur);
                }
            }
            if (wantsNetwork && (mask & (COLON | DOT_DASH)) != 0 && re > netCur && networkRun(rs, re, mask)) {
                netCur = scanNetwork(Math.max(netCur, rs), re);
                if (netCur > re + 1) {
                    recordCross(rs, netCur);
                }
            }
            // letters-only tokens matter from 16 characters on (fiscal codes, crypto addresses); every other
            // token id has digits; "AB 12 34 56 C" (a NINO) starts with a two-letter run before a digit. A token
            // without letters is a DNI of 7 to 9 digits or a crypto address: a run without letters of fewer than
            // seven characters ("+32", "470", "12") holds none
            if (wantsTokens && re > tokCur && ((mask & (DIGIT | NON_ASCII)) != 0 || re - rs >= 16
                    || (re + 1 < n && text.charAt(re) == ' ' && isDigit(text.charAt(re + 1))))
                    && ((mask & (LOWER | UPPER | NON_ASCII)) != 0 || re - rs >= 7)) {
                tokCur = scanTokens(Math.max(tokCur, rs), re);
                if (tokCur > re + 1) {
                    recordCross(rs, tokCur);
                }
            }
            // a run without letters starts no word of the person heuristics ("+32", "470", "12/03"): not asked
            if (person && re > perCur && ((mask & (UPPER | NON_ASCII)) != 0
                    || ((mask & LOWER) != 0 && personLower(rs, re, mask)))) {
                perCur = PersonHeuristics.scan(text, Math.max(perCur, rs), re, personOut, birthOut);
                if (perCur > re + 1) {
                    recordCross(rs, perCur);
                }
            }
        }

        /** Whether a run can hold a network candidate: a separator and a digit, a colon, or enough separators. */
        private boolean networkRun(int rs, int re, int mask) {
            if ((mask & COLON) != 0) {
                return true;
            }
            if ((mask & DOT_DASH) == 0) {
                return false;
            }
            if ((mask & DIGIT) != 0) {
                return true;
            }
            if (re - rs < 6) {
                return false;
            }
            int seps = 0;
            for (int p = rs; p < re; p++) {
                char ch = text.charAt(p);
                if (ch == '.' || ch == '-') {
                    seps++;
                }
            }
            return seps >= 2;
        }

        /**
         * Whether a run with lower-case letters and neither capitals nor characters past ASCII can matter to the
         * person heuristics: a word right after an introduction ("my name is jan") or a word that may introduce a
         * date of birth ("born", "dob", "geboren", "né").
         */
        private boolean personLower(int rs, int re, int mask) {
            if (personOut != null && (rs == 0 || (((mask & COLON) != 0 || (re + 1 < n && text.charAt(re + 1) == ':'))
                    && PersonHeuristics.speakerRun(text, rs, re)))) {
                return true; // "jens zei ...": a text's first word; "[09:12] lena:", "marta:", "hugo :": a chat speaker
            }
            if (personOut != null && (mask & OTHER) != 0 && possessiveIn(rs, re)) {
                return true; // "deepika's", "raj's": a lower-case given name before a possessive (round-11 tuning)
            }
            if (personOut != null && re - rs >= 3 && PersonHeuristics.chatVerbAfter(text, re)) {
                return true; // "jake just told me": a lower-case given name before a verb of telling (round 12)
            }
            if (personOut != null && accountRun(rs, re, mask)) {
                return true; // a user name: {"user":"kenji.watanabe"}, "for o.nwosu.", "...,lkowalski" (round 12)
            }
            // on the splitter's buffer, necessary conditions of every test of the string checks reject most runs
            return (rs - 4 < runBase || personLowerMay(rs, re, mask)) && personLowerText(rs, re, mask);
        }

        /**
         * A necessary condition of {@link PersonHeuristics#accountName} for a word starting in the run [rs, re): the run
         * follows a tab, "key: " or a user cue ({@link PersonHeuristics#accountCueBefore}), or holds a quote, '=' or a
         * cell separator before a lower-case ASCII letter. {@link PersonHeuristics#speakerName} needs none: its
         * handles end in the colon that {@link PersonHeuristics#speakerRun} finds.
         */
        private boolean accountRun(int rs, int re, int mask) {
            if (rs >= 2 && (text.charAt(rs - 1) == '\t' || (text.charAt(rs - 1) == ' ' && (text.charAt(rs - 2) == ':'
                    || (rs >= 4 && accountTail(text.charAt(rs - 2), text.charAt(rs - 3), text.charAt(rs - 4))
                    && PersonHeuristics.accountCueBefore(text, rs)))))) {
                return true;
            }
            if ((mask & OTHER) == 0) {
                return false; // none of the quotes, '=' and separators below
            }
            for (int p = rs; p + 1 < re; p++) {
                char ch = text.charAt(p);
                if ((ch == '"' || ch == '=' || ch == ',' || ch == ';' || ch == '|' || (ch == '\''
                        && (p == rs || ":=([,".indexOf(text.charAt(p - 1)) >= 0)))
                        && text.charAt(p + 1) >= 'a' && text.charAt(p + 1) <= 'z') {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the run [rs, re) holds an ASCII apostrophe and "s" after a lower-case letter: a necessary condition
         * of {@link PersonHeuristics#lowerPossessive} for a word starting in the run.
         */
        private boolean possessiveIn(int rs, int re) {
            for (int p = rs + 3; p + 1 < re; p++) {
                if (text.charAt(p) == '\'' && text.charAt(p + 1) == 's' && Chars.lower(text.charAt(p - 1))) {
                    return true;
                }
            }
            return false;
        }

        /** {@link #personLower}'s tests on the text. */
        private boolean personLowerText(int rs, int re, int mask) {
            if (personOut != null && (((mask & AT) != 0 && mentionIn(rs, re)) || endsWithChatCue(rs, re))) {
                return true;
            }
            if (personOut != null && rs >= 3 && text.charAt(rs - 1) == ' ') {
                // the strong introductions end in is, es, heiße, heisse, appelle, llamo, chiamo or "name:": the
                // last two characters before the full check
                if (strongTail(text.charAt(rs - 2), text.charAt(rs - 3)) != 0
                        && PersonHeuristics.strongIntroBefore(text, rs)) {
                    return true;
                }
            }
            if (birthOut == null) {
                return false;
            }
            // a word start is a lower-case ASCII letter after a non-word character (at the run start) or after
            // anything but a lower-case ASCII letter, a digit or '_' (inside the run); only the first letters of the
            // birth words (BIRTH_OR_KEY_FIRST: b, d, g, n, f) can start one, so the loop looks at those alone
            int last = mask == LOWER ? Math.min(rs + 1, re - 1) : re - 1; // a plain word: only its first letter
            for (int p = rs; p < last; p++) {
                char ch = text.charAt(p);
                if (ch >= 128 || !BIRTH_OR_KEY_FIRST[ch]) {
                    continue;
                }
                boolean prevName;
                if (p == rs) {
                    prevName = rs > 0 && isWordChar(text.charAt(rs - 1));
                } else {
                    char pc = text.charAt(p - 1);
                    prevName = (pc >= 'a' && pc <= 'z') || isDigit(pc) || pc == '_';
                }
                // a birth word's first two letters (born, dob, d.o.b, geb., nacido, ...): most words fail here
                if (!prevName && Lexicon.DOB.mayStartWith(ch, text.charAt(p + 1))) {
                    int e = PersonHeuristics.wordEnd(text, p);
                    if ((e > p + 1 || text.charAt(p + 1) == '.') && PersonHeuristics.birthWordEnd(text, p, e) >= 0) {
                        return true; // the scan's own test
                    }
                }
            }
            return false;
        }

        /**
         * A necessary condition of {@link #personLower} for a run that is in the splitter's buffer with the four
         * characters before it ({@code rs - 4 >= runBase}), read from the array: the first two characters of a chat
         * cue or a mention, the last characters of a strong introduction before the run
         * ({@link PersonHeuristics#strongTail}), the first two letters of a birth word at a word start. Most runs
         * (punctuated lower-case words: "said,", "end.", "it's") fail all of them without a string read.
         *
         * <p>A run that passes the last two gets a second look: the four characters before the space
         * ({@link #strongEndAt}: "anything is unclear." ends no "my name is") and three letters of the birth word
         * ({@link #birthMayStart}: "jane.doe@" starts no "dob"). Birth words in snake case start with "f" too
         * ("fecha_nacimiento"; {@link #BIRTH_OR_KEY_FIRST}), like {@link #personLowerText} seeks them: until the
         * twentieth session this look sought only b, d, g and n, so with dates of birth alone "my name is
         * fecha_nacimiento: 1980-01-01" was never looked at.
         */
        private boolean personLowerMay(int rs, int re, int mask) {
            char[] b = runBuf;
            int s = rs - runBase;
            if (personOut != null) {
                // a mention ("@lena", "(@lena") anywhere in the run
                if ((mask & AT) != 0) {
                    if (b[s] == '@') {
                        return true;
                    }
                    for (int q = s + 1; q < s + re - rs; q++) {
                        if (b[q] == '@' && b[q - 1] == '(') {
                            return true;
                        }
                    }
                }
                // a chat cue ending the run: its last word (before a comma) starts with a cue's first two letters
                int we = s + re - rs;
                if (b[we - 1] == ',') {
                    we--;
                }
                int ws = we;
                while (ws > s && we - ws <= 11 && b[ws - 1] >= 'a' && b[ws - 1] <= 'z') {
                    ws--;
                }
                if (we - ws >= 2 && we - ws <= 11 && !isWordChar(b[ws - 1])
                        && Lexicon.LOWER_NAME_CUES.mayStartWith(b[ws], b[ws + 1])) {
                    return true;
                }
            }
            // a strong introduction before the run: the last two characters before the space (rs >= 4), then four
            boolean tail = personOut != null && b[s - 1] == ' ' && strongTailAt(b, s);
            if (tail && strongEndAt(b, s)) {
                return true;
            }
            if (birthOut == null) {
                return false;
            }
            // a birth word at a word start: its first two letters, then three
            int last = mask == LOWER ? Math.min(rs + 1, re - 1) : re - 1;
            for (int q = rs; q < last; q++) {
                char ch = b[q - runBase];
                if (ch < 128 && BIRTH_OR_KEY_FIRST[ch]) {
                    char pc = b[q - 1 - runBase];
                    char c1 = b[q + 1 - runBase];
                    if ((q == rs ? !isWordChar(pc) : !((pc >= 'a' && pc <= 'z') || isDigit(pc) || pc == '_'))
                            && Lexicon.DOB.mayStartWith(ch, c1)
                            && (q + 2 >= re || birthMayStart(ch, c1, b[q + 2 - runBase]))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Whether a birth word ({@link Lexicon#DOB}, and so its "d.o.b" and "date_of_birth" forms) may start with
         * these three characters: a finer necessary condition than {@link WordSet#mayStartWith} for a word start
         * inside a punctuated run ("doe" of "jane.doe@example.com" is no "dob"). A character past ASCII may fold
         * onto anything.
         */
        private static boolean birthMayStart(char a, char b, char c) {
            if ((a | b | c) >= 128) {
                return true;
            }
            int k = (a & 31) << 10 | (b & 31) << 5 | (c & 31);
            return (BIRTH_STARTS3[k >>> 6] & 1L << k) != 0;
        }

        /**
         * A bit per first three characters of a birth word, each folded to 5 bits (ASCII letters of either case to
         * the same; other characters collide with letters, false positives only), index a << 10 | b << 5 | c; a
         * two-character word ("né") sets every third.
         */
        private static final long[] BIRTH_STARTS3 = birthStarts3();

        private static long[] birthStarts3() {
            long[] bits = new long[32 * 32 * 32 / 64];
            for (String w : Lexicon.DOB.words()) {
                String lw = w.toLowerCase(java.util.Locale.ROOT);
                for (int c = 0; c < 32; c++) {
                    if (lw.length() > 2 && c != (lw.charAt(2) & 31)) {
                        continue;
                    }
                    int k = (lw.charAt(0) & 31) << 10 | (lw.charAt(1) & 31) << 5 | c;
                    bits[k >>> 6] |= 1L << k;
                }
            }
            return bits;
        }

        /**
         * The first letters of every birth word, the snake-case keys ("fecha_nacimiento") included: where
         * {@link #personLowerMay} and {@link #personLowerText} look for one inside a run.
         */
        private static final boolean[] BIRTH_OR_KEY_FIRST = new boolean[128];

        static {
            for (String w : Lexicon.DOB.words()) {
                char c = Character.toLowerCase(w.charAt(0));
                if (c < 128) {
                    BIRTH_OR_KEY_FIRST[c] = true;
                }
            }
        }

        /** {@link #PLAIN_SHAPES} index bit: the birth words ({@link Lexicon#DOB}) are wanted. */
        private static final int PLAIN_BIRTH = 1;
        /** {@link #PLAIN_SHAPES} index bit: the chat cues for lower-case names ({@link Lexicon#LOWER_NAME_CUES}). */
        private static final int PLAIN_CUES = 2;

        /**
         * The shapes of the words a plain lower-case run is looked up among ({@link #plainLowerMatters}; a birth word
         * ending in a dot also without it, for a clause's end), per choice
         * of word lists (an index of {@link #PLAIN_BIRTH} and {@link #PLAIN_CUES} bits), then per first two letters
         * (each folded to 5 bits, a-z to 1-26; index first << 5 | second): bit c (0-31) when such a word ends in the
         * letter folded to c, and bit 32 + k when one has k letters (k capped at 31). Only words of the letters a-z
         * can equal a plain run; the test is a necessary condition of the lookup, one table read and no branch
         * for the ~18 % of prose words whose first two letters start a cue or a birth word ("the" and "thx",
         * "board" and "born"), which a first-two-letters table let through.
         */
        private static final long[][] PLAIN_SHAPES = new long[4][];

        static {
            for (int wanted = 0; wanted < PLAIN_SHAPES.length; wanted++) {
                long[] shapes = new long[32 * 32];
                List<String> words = new ArrayList<>();
                if ((wanted & PLAIN_BIRTH) != 0) {
                    words.addAll(Lexicon.DOB.words());
                }
                if ((wanted & PLAIN_CUES) != 0) {
                    words.addAll(Lexicon.LOWER_NAME_CUES.words());
                }
                for (String w : words) {
                    // a birth word with its dot ("geb.") is the word before a clause's dot
                    String lw = w.toLowerCase(Locale.ROOT);
                    String bare = lw.endsWith(".") ? lw.substring(0, lw.length() - 1) : lw;
                    if (bare.length() >= 2 && bare.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                        long shape = 1L << (bare.charAt(bare.length() - 1) & 31)
                                | 1L << (32 + Math.min(bare.length(), 31));
                        shapes[(bare.charAt(0) & 31) << 5 | (bare.charAt(1) & 31)] |= shape;
                    }
                }
                PLAIN_SHAPES[wanted] = shapes;
            }
        }

        private static final byte TAIL_YES = 1;
        private static final byte TAIL_TWO_LETTERS = 2;
        /**
         * {@link #TAIL_TWO_LETTERS} for an ASCII character that is no letter and for any character past ASCII (capped
         * at 128), else 0: {@link #strongTailMay}'s test of the character before "is" and "es".
         */
        private static final byte[] NOT_LETTER = new byte[129];

        static {
            for (int c = 0; c < NOT_LETTER.length; c++) {
                NOT_LETTER[c] = c < 128 && Chars.letter((char) c) ? 0 : TAIL_TWO_LETTERS;
            }
        }
        /**
         * {@link PersonHeuristics#strongTail} as a table over the last character before a space and the one before
         * it, each capped at 127 (index last << 7 | previous): {@link #TAIL_YES} after ':', "se", "le" and "mo"
         * (any case) and after an "e" that follows a character past ASCII (heiße; the cap makes it 127, which is
         * also DEL: a false positive at worst); {@link #TAIL_TWO_LETTERS} after "s" (then the word must have two
         * letters: is, es); else 0.
         */
        private static final byte[] STRONG_TAILS = new byte[128 * 128];

        static {
            for (int last = 0; last < 128; last++) {
                for (int prev = 0; prev < 128; prev++) {
                    byte t = 0;
                    if (last == ':') {
                        t = TAIL_YES;
                    } else if (last == 's' || last == 'S') {
                        t = TAIL_TWO_LETTERS;
                    } else if ((last == 'e' || last == 'E') && (prev == 127 || "sSlL".indexOf(prev) >= 0)) {
                        t = TAIL_YES;
                    } else if ((last == 'o' || last == 'O') && (prev == 'm' || prev == 'M')) {
                        t = TAIL_YES;
                    }
                    STRONG_TAILS[last << 7 | prev] = t;
                }
            }
        }

        /** The person cells' table memo ({@link PersonHeuristics.Sink#tableMemo}; a cache: long tables stay linear). */
        private int[] tableMemo; // allocated at the first table cell (most texts have none: 608 bytes saved per scan)
        private final PersonHeuristics.Sink personSink = new PersonHeuristics.Sink() {
            @Override
            public void person(int start, int end, double score) {
                addPerson(start, end, score);
            }

            @Override
            public void reads(int lo, int hi) {
                recordBack(lo); // a CSV header, a record key or the lines around a speaker label
                recordReach(hi);
            }

            @Override
            public int[] tableMemo() {
                if (tableMemo == null) {
                    tableMemo = new int[StructuredFields.MEMO_LENGTH];
                }
                return tableMemo;
            }
        };
        private final PersonHeuristics.BirthSink birthSink = this::birthWord;

        void addPerson(int start, int end, double score) {
            add(PiiEntity.PERSON, start, end, score, false);
        }

        /** Adds a candidate, adjusting its score by context. */
        void add(PiiEntity e, int start, int end, double base, boolean numeric) {
            if (!on(e) || end <= start) {
                return;
            }
            recordReach(end + contextWindow / 2 + 64);
            if (contextWindow > 0) {
                recordBack(start - contextWindow - 1); // the context before (and the character before it)
            }
            double score = base;
            ContextWords negative = !numeric ? null : e == PiiEntity.PHONE_NUMBER ? PHONE_NEGATIVE : NEGATIVE;
            int ctx = context(start, end, context.get(e), negative);
            if (numeric && ((ctx & 1) == 0 || ctx == 3) && contextWindow > 0) {
                ctx = recordContext(ctx, e, start, end, context.get(e), negative);
            }
            if ((ctx & 1) != 0) {
                score += e == PiiEntity.PERSON ? PERSON_CONTEXT_BOOST : CONTEXT_BOOST;
            }
            if ((ctx & 2) != 0) {
                score -= NEGATIVE_PENALTY;
            }
            score = Math.max(0.0, Math.min(1.0, score));
            if (score >= minScore && score > 0.0) {
                addFound(new PiiMatch(e.name(), start, end, round(score), "builtin"));
            }
        }

        /** {@link StructuredFields#tableHeader}'s answer for the last numeric cell (the range read). */
        private int[] headerOut; // both allocated at the first numeric table cell
        /**
         * The numeric cells' table memo (a cache, as the persons' {@link #tableMemo}: kept apart so that each is
         * walked in its own text order).
         */
        private int[] headerMemo;

        /**
         * {@link #context} from the header of a table column: a value that is a whole cell of a delimited row
         * ({@link StructuredFields#cellSeparator}) gets the bits of its column's header cell ("nhs_number", "bsn",
         * "phone"), also in rows the context window does not reach from the header (sixteenth session: a BSN in the
         * second row of {@code naam;bsn;geboortedatum}). The header is the person cells' one
         * ({@link StructuredFields#tableHeader}), and so is the range read, recorded for rebases.
         */
        int headerContext(int start, int end, ContextWords positive, ContextWords negative) {
            char sep = StructuredFields.cellSeparator(text, start, end);
            if (sep == 0) {
                return sqlContext(start, end, positive, negative);
            }
            if (headerMemo == null) {
                headerMemo = new int[StructuredFields.MEMO_LENGTH];
                headerOut = new int[StructuredFields.TABLE_OUT];
            }
            long cell = StructuredFields.columnHeader(text, start, end, sep, headerMemo, headerOut);
            recordBack(headerOut[StructuredFields.OUT_READ_FROM]);
            recordReach(headerOut[StructuredFields.OUT_READ_TO]);
            return cell < 0 ? 0 : ContextWords.scan(text, (int) (cell >>> 32), (int) cell, positive, negative);
        }

        /**
         * {@link #context} from the column an SQL value is written to ({@link StructuredFields#sqlColumn}: {@code
         * INSERT INTO patients (..., nhs_number, dob) VALUES (..., '4857773456', '1961-02-14')}, {@code WHERE bsn =
         * '...'}; thirty-second session), when the value is quoted or a bare item of a tuple. The range read is
         * recorded.
         */
        int sqlContext(int start, int end, ContextWords positive, ContextWords negative) {
            int p = start - 1;
            while (p >= 0 && start - p < 4 && text.charAt(p) == ' ') {
                p--;
            }
            if (p < 0 || (text.charAt(p) != '\'' && text.charAt(p) != ',' && text.charAt(p) != '(')) {
                return 0; // the cheap test: no quote, comma or bracket before the value
            }
            recordBack(start - StructuredFields.SQL_REACH - 2);
            recordReach(end + 8);
            long col = StructuredFields.sqlColumn(text, start, end);
            return col < 0 ? 0 : ContextWords.scan(text, (int) (col >>> 32), (int) col, positive, negative);
        }

        /**
         * The context of a numeric value whose window named no context word ({@code ctx}, the window's bits): its table
         * column's header when the window found nothing at all or only a negative word (which, in a table, names
         * another column; a header naming both keeps both bits), then its own camelCase key or element name, which
         * outweighs a negative word further away (kept out of {@link #add}, which runs for every candidate).
         */
        private int recordContext(int ctx, PiiEntity e, int start, int end, ContextWords positive,
                                  ContextWords negative) {
            if (ctx == 0) {
                ctx = headerContext(start, end, positive, negative);
            } else if ((ctx & 2) != 0 && StructuredFields.cellSeparator(text, start, end) != 0) {
                // a negative word of the window in a table is another column's name ("nhs_number,postcode\n
                // 4496789612,...": thirty-fourth session): the value's own column outweighs it (a table cell only:
                // not the SQL look, which records its reads for every quoted value)
                int column = headerContext(start, end, positive, negative);
                if (column == 1) {
                    ctx = column;
                }
            }
            if ((ctx & 1) == 0) {
                int key = keyContext(start, end, positive, negative);
                if ((key & 1) != 0) {
                    ctx = key; // the value's own key names its type: a word further away does not lower it
                }
            }
            if ((ctx & 1) == 0 && e.ordinal() < SIBLING_DIGITS.length && SIBLING_DIGITS[e.ordinal()] > 0) {
                ctx |= siblingContext(e, start, positive);
            }
            if ((ctx & 3) == 0 && FAR_LABELS[e.ordinal()] != null) {
                ctx |= farLabelContext(start, FAR_LABELS[e.ordinal()]);
                if ((ctx & 1) == 0 && e != PiiEntity.US_SSN) {
                    ctx |= personMateContext(start, end);
                }
            }
            return ctx;
        }

        /** How far back {@link #personMateContext} reads: the separator and the name item before the value. */
        static final int MATE_REACH = 56;

        /**
         * {@link #context} of a checksummed national number that is the item of a record right after a person's name,
         * with no label anywhere: a tuple, a list or a row without a header ({@code ("Anouk", "123456782")}, {@code
         * ['Lotte Kramer', '...']}, {@code Wout;...} at a line start; thirty-third session). The item before it,
         * quoted as the value is or bare, after one separator (',', ';', tab, '|'), is one to four words of letters
         * whose first is a capitalised known given name, and opens the record (a bracket, a line start or a
         * separator before it). Bit 1 or 0; reads at most {@link #MATE_REACH} characters back (recorded).
         */
        private int personMateContext(int start, int end) {
            int p = start - 1;
            char q = 0;
            if (p >= 0 && (text.charAt(p) == '"' || text.charAt(p) == '\'')) {
                q = text.charAt(p);
                if (end >= n || text.charAt(end) != q) {
                    return 0;
                }
                p--;
            }
            recordBack(start - MATE_REACH - 1);
            while (p >= 0 && start - p < 6 && text.charAt(p) == ' ') {
                p--;
            }
            if (p < 1 || !StructuredFields.cellSep(text.charAt(p))) {
                return 0; // the cheap test: no separator right before the value
            }
            p--;
            while (p >= 0 && start - p < 10 && text.charAt(p) == ' ') {
                p--;
            }
            if (q != 0) {
                if (p < 1 || text.charAt(p) != q) {
                    return 0;
                }
                p--;
            }
            int ie = p + 1;
            int is = ie;
            while (is > 0 && start - is < MATE_REACH) {
                char c = text.charAt(is - 1);
                if (Chars.letter(c) || c == ' ' || c == '-' || (c == '\'' && q != '\'') || c == '’') {
                    is--;
                } else {
                    break;
                }
            }
            if (ie - is < 3 || start - is >= MATE_REACH || !Chars.upper(text.charAt(is))) {
                return 0;
            }
            char b = is == 0 ? '\n' : text.charAt(is - 1);
            if (q != 0) {
                if (b != q) {
                    return 0;
                }
                int o = is - 2;
                while (o >= 0 && is - o < 6 && text.charAt(o) == ' ') {
                    o--;
                }
                b = o < 0 ? '\n' : text.charAt(o);
            }
            if (b != '\n' && b != '(' && b != '[' && b != '{' && !StructuredFields.cellSep(b)) {
                return 0;
            }
            int words = 0;
            for (int k = is; k < ie; k++) {
                if (text.charAt(k) == ' ' && k + 1 < ie && text.charAt(k + 1) != ' ') {
                    words++;
                }
            }
            int we = is;
            while (we < ie && Chars.letter(text.charAt(we))) {
                we++;
            }
            return words < 4 && Lexicon.isFirstName(text, is, we) ? 1 : 0;
        }

        /**
         * {@link #context} of a checksummed national number from a label further back than the context window: a
         * name of the number itself ({@link #FAR_LABELS}) up to {@link #FAR_LABEL_REACH} characters back, in the
         * sentence or paragraph before ("benötigen wir Ihre Identifikationsnummer. Laut Ihrem Schreiben lautet sie
         * ...", "il mio BSN, come richiesto:\n\n..."; thirty-second session). Not across another number of six
         * digits or more, which the label names instead, nor when a noun of another number stands in the context
         * window ("Ihre Kundennummer lautet ...", "order number", "numéro de client": {@link #NUMBER_NOUNS}). Bit 1
         * or 0; reads [start - reach, start) (recorded).
         */
        private int farLabelContext(int start, ContextWords labels) {
            int lo = Math.max(0, start - FAR_LABEL_REACH);
            recordBack(lo - 1);
            int near = Math.max(0, start - contextWindow);
            for (int p = near; p < start; p++) {
                char c = (char) (text.charAt(p) | 0x20);
                if (c == 'n') {
                    for (String w : NUMBER_NOUNS) {
                        if (text.regionMatches(true, p, w, 0, w.length())) {
                            int ws = p;
                            while (ws > 0 && p - ws < 32 && (Chars.letter(text.charAt(ws - 1)) || text.charAt(ws - 1) == '-')) {
                                ws--;
                            }
                            if ((ContextWords.scan(text, ws, p + w.length(), labels, null) & 1) == 0) {
                                return 0; // "Kundennummer 80452637106": the number's own label names another number
                            }
                        }
                    }
                }
            }
            int from = lo;
            int run = 0;
            int runEnd = start;
            for (int p = start - 1; p >= lo; p--) {
                char c = text.charAt(p);
                if (isDigit(c)) {
                    if (run == 0) {
                        runEnd = p + 1;
                    }
                    if (++run >= 6) {
                        from = runEnd;
                        break;
                    }
                } else if (run == 0 || (c != ' ' && c != '.' && c != '-')) {
                    run = 0;
                }
            }
            return ContextWords.scan(text, from, start, labels, null) & 1;
        }

        /** Reused digits of {@link #siblingContext} (allocated at its first use: most texts never need it). */
        private StringBuilder siblingDigits;

        /**
         * {@link #context} of a checksummed national number from the value listed before it: the nearest number
         * before it in the same paragraph (at most {@link #SIBLING_REACH} characters back, no blank line between)
         * has as many digits, passes the same check and has a context word of the type in its own window ("steuerliche
         * Identifikationsnummer 34528917761, die Ihrer Ehefrau Agnieszka 43 426 784 599", "burgerservicenummer
         * 365052577 ... voor uw partner ... het nummer 3494.43.877": twenty-fifth session). Bit 1 or 0. Reads at
         * most {@link #SIBLING_REACH} plus the context window before the value (recorded).
         */
        private int siblingContext(PiiEntity e, int start, ContextWords positive) {
            int lo = Math.max(0, start - SIBLING_REACH);
            recordBack(lo - contextWindow - 1);
            int p = start - 1;
            while (p >= lo && !isDigit(text.charAt(p))) {
                if (text.charAt(p) == '\n' && p > 0 && text.charAt(p - 1) == '\n') {
                    return 0; // a blank line: another paragraph
                }
                p--;
            }
            if (p < lo) {
                return 0;
            }
            if (siblingDigits == null) {
                siblingDigits = new StringBuilder(24);
            }
            StringBuilder d = siblingDigits;
            d.setLength(0);
            int ps = p + 1;
            int gap = 0;
            for (int q = p; q >= 0 && p - q < 40; q--) {
                char c = text.charAt(q);
                if (isDigit(c)) {
                    d.append(c);
                    ps = q;
                    gap = 0;
                } else if ((c == ' ' || c == '.' || c == '-') && ++gap == 1) {
                    continue;
                } else {
                    break;
                }
            }
            if (ps > 0 && (Chars.letter(text.charAt(ps - 1)) || text.charAt(ps - 1) == '+')) {
                return 0; // a code or a phone number in international form, not a bare national number
            }
            d.reverse();
            int need = SIBLING_DIGITS[e.ordinal()];
            boolean valid = d.length() == need && switch (e) {
                case NL_BSN -> Checksums.nlBsn(d);
                case DE_TAX_ID -> Checksums.deTaxId(d);
                case BE_NATIONAL_NUMBER -> Checksums.beNationalNumber(d);
                case FR_NIR -> Checksums.frNir(d);
                case UK_NHS -> Checksums.ukNhs(d);
                case US_SSN -> Checksums.usSsn(d);
                default -> false;
            };
            if (!valid) {
                return 0;
            }
            return ContextWords.scan(text, Math.max(0, ps - contextWindow), ps, positive, null) & 1;
        }

        /**
         * {@link #context} from a camelCase element or key name right before a value that is a whole XML element or
         * JSON string ({@code <nhsNumber>610-352-9476</nhsNumber>}, {@code "steuerId": "..."}): the context window
         * reads such a name as one word, so it is read again word by word ("nhs", "Number"). Reads at most 50
         * characters before the value (recorded).
         */
        int keyContext(int start, int end, ContextWords positive, ContextWords negative) {
            if (end >= n || start < 3) {
                return 0;
            }
            int ke;
            if (text.charAt(start - 1) == '>' && text.charAt(end) == '<') {
                ke = start - 1;
            } else if (text.charAt(start - 1) == '"' && text.charAt(end) == '"') {
                int q = start - 2;
                while (q > 0 && start - q < 5 && text.charAt(q) == ' ') {
                    q--;
                }
                if (text.charAt(q) != ':') {
                    return 0;
                }
                q--;
                while (q > 0 && start - q < 8 && text.charAt(q) == ' ') {
                    q--;
                }
                if (text.charAt(q) != '"') {
                    return 0;
                }
                ke = q;
            } else {
                return 0;
            }
            recordBack(ke - 42);
            int ks = ke;
            while (ks > 0 && ke - ks < 40 && Chars.letter(text.charAt(ks - 1))) {
                ks--;
            }
            if (ks == ke || ks == 0 || (text.charAt(ks - 1) != '<' && text.charAt(ks - 1) != '"')) {
                return 0;
            }
            int found = 0;
            int p = ks;
            while (p < ke) {
                int q = p + 1;
                while (q < ke && !Chars.upper(text.charAt(q))) {
                    q++;
                }
                if (p == ks && q == ke) {
                    return 0; // one word: the context window has read it already
                }
                if (positive.matches(text, p, q, q)) {
                    found |= 1;
                }
                if (negative != null && negative.matches(text, p, q, q)) {
                    found |= 2;
                }
                p = q;
            }
            return found;
        }

        /**
         * A date of birth in a table cell under a header naming it ({@code nom;nir;date_naissance}, {@code
         * naam;geboortedatum}): a numeric date that is a whole cell gets its column's header as context, so every row
         * is found, not only the first one the birth word's own look reaches.
         */
        private void birthCell(int s, int e) {
            if ((StructuredFields.cellSeparator(text, s, e) == 0
                    && !(s > 0 && text.charAt(s - 1) == '\'' && e < n && text.charAt(e) == '\''))
                    || DateFinder.numeric(text, s) != e) {
                return; // a whole cell of a table row, or a quoted SQL value
            }
            if ((headerContext(s, e, context.get(PiiEntity.DATE_OF_BIRTH), null) & 1) != 0) {
                add(PiiEntity.DATE_OF_BIRTH, s, e, 0.85, false);
            }
        }

        /** How far back on its line {@link #birthCode} reads identifiers. */
        static final int CODE_REACH = 48;

        /**
         * A quoted numeric date in code whose line names it by an identifier with a birth word among its camelCase or
         * snake_case parts (thirty-fourth session): a setter, a field, a builder call or a variable ({@code
         * setBirthDate(LocalDate.parse("1984-05-09"))}, {@code user.dateOfBirth = '1990-02-03'}, {@code
         * $p->setDateNaissance("12/03/1980")}, {@code .geburtsdatum("03.04.1977")}), up to {@value #CODE_REACH}
         * characters back in the same statement and field (not across a line break, ';', ',' or a brace). The cheap
         * test first: the date is the whole quoted string.
         */
        private void birthCode(int s, int e) {
            if (s < 2 || e >= n) {
                return;
            }
            char q = text.charAt(s - 1);
            if ((q != '"' && q != '\'') || text.charAt(e) != q || !dateShape(s, e) || DateFinder.numeric(text, s) != e) {
                return; // the shape before DateFinder, which allocates: quoted IP addresses and ids are frequent
            }
            int lo = Math.max(0, s - 1 - CODE_REACH);
            recordBack(lo - 1);
            int p = s - 2;
            while (p >= lo) {
                char c = text.charAt(p);
                if (c == '\n' || c == ';' || c == '{' || c == '}' || c == ',') {
                    return; // another statement, or another argument or field ("dob": "...", "start": "...")
                }
                if (!Chars.letter(c)) {
                    p--;
                    continue;
                }
                int we = p + 1;
                int ws = p;
                while (ws > lo && (Chars.letterOrDigit(text.charAt(ws - 1)) || text.charAt(ws - 1) == '_')) {
                    ws--;
                }
                if (birthIdentifier(ws, we)) {
                    add(PiiEntity.DATE_OF_BIRTH, s, e, 0.85, false);
                    return;
                }
                p = ws - 1;
            }
        }

        /**
         * Whether [s, e) is shaped like a numeric date: 6 to 10 characters, digits and exactly two of one separator
         * ('.', '/', '-'), a digit at both ends. A necessary condition of {@link DateFinder#numeric}, allocation-free.
         */
        private boolean dateShape(int s, int e) {
            if (e - s < 6 || e - s > 10 || !isDigit(text.charAt(s)) || !isDigit(text.charAt(e - 1))) {
                return false;
            }
            char sep = 0;
            int seps = 0;
            for (int p = s; p < e; p++) {
                char c = text.charAt(p);
                if (isDigit(c)) {
                    continue;
                }
                if ((c != '.' && c != '/' && c != '-') || (sep != 0 && c != sep)) {
                    return false;
                }
                sep = c;
                seps++;
            }
            return seps == 2;
        }

        /** Whether a camelCase or snake_case part of the identifier [ws, we) is a birth word ("setBirthDate"). */
        private boolean birthIdentifier(int ws, int we) {
            int ps = ws;
            for (int k = ws + 1; k <= we; k++) {
                boolean cut = k == we || text.charAt(k) == '_' || isDigit(text.charAt(k))
                        || (Chars.upper(text.charAt(k)) && !Chars.upper(text.charAt(k - 1)));
                if (cut) {
                    while (ps < k && !Chars.letter(text.charAt(ps))) {
                        ps++;
                    }
                    if (k - ps >= 3 && Lexicon.DOB.contains(text, ps, k)) {
                        return true;
                    }
                    ps = k;
                }
            }
            return false;
        }

        /**
         * A numeric date right after the birth sign '°' (Belgian and French usage, "né le": "Marcel Peeters,
         * °21/05/1944", "° 3.2.1961"; twenty-fifth session) is a date of birth; not after a letter ("N° 12/2024" is a
         * number).
         */
        private void birthSign(int s, int e) {
            int p = s - 1;
            if (p >= 0 && text.charAt(p) == ' ') {
                p--;
            }
            if (p < 0 || !birthSignChar(text.charAt(p)) || (p > 0 && Chars.letterOrDigit(text.charAt(p - 1)))) {
                return;
            }
            if (text.charAt(p) == '*' && (!starAfterName(p) || (e < n && text.charAt(e) == '*'))) {
                return; // before DateFinder, which allocates: stars are frequent in markdown
            }
            if (DateFinder.numeric(text, s) != e) {
                return;
            }
            add(PiiEntity.DATE_OF_BIRTH, s, e, 0.85, false);
        }

        private static boolean birthSignChar(char c) {
            return c == '\u00b0' || c == '*';
        }

        /**
         * Whether the star at {@code p} is the German genealogical birth sign written after a name ("Hatice Demir,
         * * 08.06.1979", "Jonas Berger (*12.3.1988)"; thirty-fourth session): before it, after at most one space, a
         * ',' or '(' right after a letter (one space before '('). A star at a line start, after a word or a digit is
         * a bullet, emphasis or a product ("* 12.03.2024 Release", "see *12.03.2024*", "3 * 12.5").
         */
        private boolean starAfterName(int p) {
            int q = p - 1;
            if (q >= 0 && text.charAt(q) == ' ') {
                q--;
            }
            if (q < 0 || (text.charAt(q) != ',' && text.charAt(q) != '(')) {
                return false;
            }
            q--;
            if (q >= 0 && text.charAt(q) == ' ' && text.charAt(q + 1) == '(') {
                q--;
            }
            recordBack(q - 1);
            return q >= 0 && Chars.letter(text.charAt(q));
        }

        /** Bit 1: a context word of the entity nearby; bit 2: a negative word nearby. */
        int context(int start, int end, ContextWords positive, ContextWords negative) {
            if (contextWindow == 0) {
                return 0;
            }
            int from = Math.max(0, start - contextWindow);
            int to = sentenceEnd(end, Math.min(n, end + contextWindow / 2));
            return ContextWords.scan(text, end, to, positive, negative,
                    ContextWords.scan(text, from, start, positive, negative));
        }

        /**
         * The end of the context after a candidate ending at {@code end}: {@code to}, or the end of its sentence
         * before it (a full stop, '!' or '?' before a space or line break): a word of the next sentence says nothing
         * about it ("... or 0117 930 4421. Order ref: 5512-8803-4471.": twenty-fifth session). A line break after
         * the value's line ends it too: the next line of a form or payslip is another field ("BSN: ...\nBruto loon:
         * \u20ac ...": thirty-second session).
         */
        private int sentenceEnd(int end, int to) {
            for (int p = end; p < to; p++) {
                char c = text.charAt(p);
                if (c == '\n') {
                    return p;
                }
                if (p + 1 >= to) {
                    break;
                }
                if ((c == '.' || c == '!' || c == '?') && (text.charAt(p + 1) == ' ' || text.charAt(p + 1) == '\n')) {
                    return p;
                }
            }
            return to;
        }

        // ------------------------------------------------------------------------------- e-mail

        void scanEmails() {
            scanEmails(0, n);
        }

        /**
         * E-mail candidates around each '@' in [from, to). Successive calls on increasing ranges (a rebase's
         * windows) reuse the last search: the first '@' at or after {@link #atFrom} is {@link #atNext}, so a text
         * with few '@' is not searched again from every window up to its next one.
         */
        void scanEmails(int from, int to) {
            emailStep = true;
            int at = atFrom <= from && atNext >= from ? atNext : text.indexOf('@', from);
            int searchedFrom = from;
            while (at >= 0 && at < to) {
                curTrig = at;
                curRunEnd = at;
                email(at);
                searchedFrom = at + 1;
                at = text.indexOf('@', at + 1);
            }
            atFrom = searchedFrom;
            atNext = at < 0 ? Integer.MAX_VALUE : at;
            emailStep = false;
        }

        /** The first '@' at or after {@link #atFrom} ({@code MAX_VALUE}: none); {@code atFrom} MAX_VALUE: unknown. */
        private int atFrom = Integer.MAX_VALUE;
        private int atNext;

        private void email(int at) {
            int k = at - 1;
            while (k >= 0 && at - k <= 64 && localAt(k, at)) {
                k--;
            }
            if (k >= 0 && localAt(k, at)) {
                return; // local part longer than 64: not an address
            }
            int start = k + 1;
            while (start < at && (text.charAt(start) == '.' || text.charAt(start) == '-')) {
                start++;
            }
            if (start >= at || text.charAt(at - 1) == '.') {
                return;
            }
            for (int i = start + 1; i < at; i++) {
                if (text.charAt(i) == '.' && text.charAt(i - 1) == '.') {
                    return;
                }
            }
            int e = at + 1;
            while (e < n && e - at <= 254 && isDomainChar(text.charAt(e))) {
                e++;
            }
            if (e < n && isDomainChar(text.charAt(e))) {
                return;
            }
            while (e > at + 1 && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == '-')) {
                e--;
            }
            // validate labels
            int labels = 0;
            int labelStart = at + 1;
            int lastLabelStart = -1;
            for (int i = at + 1; i <= e; i++) {
                if (i == e || text.charAt(i) == '.') {
                    if (i == labelStart || text.charAt(labelStart) == '-' || text.charAt(i - 1) == '-') {
                        return;
                    }
                    labels++;
                    lastLabelStart = labelStart;
                    labelStart = i + 1;
                }
            }
            if (labels < 2) {
                return;
            }
            int tldLength = e - lastLabelStart;
            if (!(tldLength >= 2 && allLetters(text, lastLabelStart, e))
                    && !(tldLength >= 4 && text.regionMatches(true, lastLabelStart, "xn--", 0, 4))) {
                return;
            }
            add(PiiEntity.EMAIL_ADDRESS, start, e, 0.9, false);
        }

        /**
         * Whether {@code text[k]} belongs to the local part ending before {@code at}: a local-part character, or an
         * apostrophe between two letters ({@code o'brien@}, allowed by RFC 5322; a quote before the address is not).
         */
        private boolean localAt(int k, int at) {
            char c = text.charAt(k);
            return isLocalChar(c) || c == '\'' && k > 0 && k + 1 < at && Chars.letter(text.charAt(k - 1))
                    && Chars.letter(text.charAt(k + 1));
        }

        // ------------------------------------------------------------------------------- numbers

        private int[] ws = new int[8];
        private int[] we = new int[8];

        /** Number candidates starting in [from, to); returns the position where the scan stopped (may be past to). */
        int scanNumbers(int from, int to) {
            int i = from;
            int[] ws = this.ws;
            int[] we = this.we;
            while (i < to) {
                char c = text.charAt(i);
                boolean startable = isDigit(c)
                        || ((c == '+' || c == '(') && i + 1 < n && isDigit(text.charAt(i + 1)));
                if (!startable || (i > 0 && (isWordChar(text.charAt(i - 1)) || text.charAt(i - 1) == '.'
                        || text.charAt(i - 1) == '-' && i > 1 && isWordChar(text.charAt(i - 2))))) {
                    i++;
                    continue;
                }
                // extend the chunk
                int k = i + 1;
                int end = isDigit(c) ? i + 1 : i;
                int gap = 0;
                while (k < n) {
                    char ch = text.charAt(k);
                    if (isDigit(ch)) {
                        gap = 0;
                        end = k + 1;
                    } else if (ch == ' ' || ch == '-' || ch == '.' || ch == '/' || ch == '(' || ch == ')'
                            || ch == '\u00a0') {
                        if (++gap > 3) {
                            break;
                        }
                        if (ch == ')' && gap == 1) {
                            end = k + 1 < n && isDigit(text.charAt(k - 1)) ? k + 1 : end;
                        }
                    } else {
                        break;
                    }
                    k++;
                }
                if (end <= i) {
                    i = k;
                    continue;
                }
                // ')' only counts when an opening '(' is inside the chunk
                if (text.charAt(end - 1) == ')' && !hasOpenParen(i, end - 1)) {
                    end--;
                }
                // words
                int nw = 0;
                int p = i;
                while (p < end) {
                    while (p < end && isSpace(text.charAt(p))) {
                        p++;
                    }
                    if (p >= end) {
                        break;
                    }
                    int q = p;
                    while (q < end && !isSpace(text.charAt(q))) {
                        q++;
                    }
                    if (nw == ws.length) {
                        ws = java.util.Arrays.copyOf(ws, nw * 2);
                        we = java.util.Arrays.copyOf(we, nw * 2);
                    }
                    ws[nw] = p;
                    we[nw] = q;
                    nw++;
                    p = q;
                }
                // a last word glued to letters ("10km", "12345678Z") is not a number of ours
                if (end < n && Chars.letter(text.charAt(end)) && !isExtension(end)) {
                    nw--;
                }
                if (nw > 0 && !insideIdentifier(ws[0], we[nw - 1])) {
                    chunk(ws, we, nw);
                }
                i = Math.max(k, i + 1);
            }
            this.ws = ws;
            this.we = we;
            return i;
        }

        /**
         * Digits that are a field of a structured identifier rather than a number of their own: followed by
         * ":" and more characters (bot tokens "4839574813:AAE...", "host:port"), or preceded by a colon inside a
         * whitespace-free run with another colon (ARNs "arn:aws:kms:us-east-1:003084325827:key").
         */
        private boolean insideIdentifier(int start, int end) {
            if (end + 1 < n && text.charAt(end) == ':' && Chars.letterOrDigit(text.charAt(end + 1))) {
                return true;
            }
            if (start > 1 && text.charAt(start - 1) == ':' && Chars.letterOrDigit(text.charAt(start - 2))) {
                recordBack(start - 40);
                for (int p = start - 2; p >= 0 && start - p < 40; p--) {
                    char c = text.charAt(p);
                    if (c == ':' || c == '/') {
                        return true;
                    }
                    if (c == ' ' || c == '\n' || c == '\t') {
                        return false;
                    }
                }
            }
            return false;
        }

        private boolean hasOpenParen(int from, int to) {
            for (int p = from; p < to; p++) {
                if (text.charAt(p) == '(') {
                    return true;
                }
            }
            return false;
        }

        private boolean isExtension(int pos) {
            return extensionEnd(pos) > pos;
        }

        /** End of an extension like {@code x123}, {@code ext. 12} starting at pos, or pos. */
        private int extensionEnd(int pos) {
            int p = pos;
            if (p < n && text.charAt(p) == ' ') {
                p++;
            }
            if (p < n && (text.charAt(p) == 'x' || text.charAt(p) == 'X')) {
                p++;
            } else if (p + 3 <= n && text.regionMatches(true, p, "ext", 0, 3)) {
                p += 3;
                if (p < n && text.charAt(p) == '.') {
                    p++;
                }
                if (p < n && text.charAt(p) == ' ') {
                    p++;
                }
            } else {
                return pos;
            }
            int d = p;
            while (d < n && d - p < 6 && isDigit(text.charAt(d))) {
                d++;
            }
            if (d == p || (d < n && isWordChar(text.charAt(d)))) {
                return pos;
            }
            return d;
        }

        private void chunk(int[] ws, int[] we, int nw) {
            if (nw == 1 && ws[0] > 0 && birthSignChar(text.charAt(ws[0] - 1
                    - (text.charAt(ws[0] - 1) == ' ' && ws[0] > 1 ? 1 : 0))) && on(PiiEntity.DATE_OF_BIRTH)) {
                birthSign(ws[0], we[0]); // "°21/05/1944", "° 3.2.1961", "* 08.06.1979"
            }
            int total = 0;
            for (int p = ws[0]; p < we[nw - 1] && total < 7; p++) {
                if (isDigit(text.charAt(p))) {
                    total++;
                }
            }
            if (nw <= 3 && on(PiiEntity.CREDIT_CARD) && we[nw - 1] + 1 < n && (text.charAt(we[nw - 1]) == '\n'
                    || text.charAt(we[nw - 1]) == '\r')) {
                splitCard(ws, we, nw); // "Card no: 4294 7184\n8293 5511": a card number wrapped over two lines
            }
            if (total < 7) {
                return; // every number-based entity has at least 7 digits
            }
            if (nw == 1 && on(PiiEntity.DATE_OF_BIRTH)) {
                birthCell(ws[0], we[0]); // "1995-04-27" under a "date_naissance" column
                birthCode(ws[0], we[0]); // setBirthDate(LocalDate.parse("1984-05-09"))
            }
            // the whole chunk as a phone number
            if (on(PiiEntity.PHONE_NUMBER)) {
                phone(ws[0], we[nw - 1]);
            }
            // ranges of up to 7 words for the fixed-length numbers (a one-digit word may only start a range,
            // as in the French NIR "1 85 05 78 006 084 36"), so long runs of short groups stay cheap
            // the digits of a range are only collected for a range fixedLength does not reject outright (8 digits
            // or more, not starting with '(' or '+', not ending with ')'): most ranges are counted, not copied
            if (wd.length < nw) {
                wd = new int[Math.max(nw, wd.length * 2)];
            }
            for (int b = 0; b < nw; b++) {
                int c = 0;
                for (int p = ws[b]; p < we[b]; p++) {
                    c += isDigit(text.charAt(p)) ? 1 : 0;
                }
                wd[b] = c;
            }
            StringBuilder digits = chunkDigits();
            for (int a = 0; a < nw; a++) {
                int d = 0;
                boolean open = text.charAt(ws[a]) == '(' || text.charAt(ws[a]) == '+';
                for (int b = a; b < nw && b - a < 7; b++) {
                    int before = d;
                    d += wd[b];
                    if (d > 19 || (b > a && d - before < 2)) {
                        break;
                    }
                    if (d >= 8 && open && (b > a || dashedWord(ws[a], we[b])) && text.charAt(ws[a]) == '('
                            && text.charAt(we[b] - 1) == ')' && isDigit(text.charAt(ws[a] + 1))) {
                        // "(2 86 05 75 258 819 23)", "(078-05-1120)": a grouped number in brackets is read without them
                        rangeDigits(ws, we, a, b, digits);
                        fixedLength(ws[a] + 1, we[b] - 1, digits);
                    }
                    if (d >= 8 && !open && text.charAt(we[b] - 1) != ')') {
                        rangeDigits(ws, we, a, b, digits);
                        fixedLength(ws[a], we[b], digits);
                    }
                }
            }
        }

        /** Whether the word [s, e) has a '-' between digits ("(078-05-1120)"). */
        private boolean dashedWord(int s, int e) {
            for (int p = s + 2; p < e - 2; p++) {
                if (text.charAt(p) == '-' && isDigit(text.charAt(p - 1)) && isDigit(text.charAt(p + 1))) {
                    return true;
                }
            }
            return false;
        }

        /** The digits of words a..b of the chunk (word starts {@code ws}, ends {@code we}), into {@code digits}. */
        private void rangeDigits(int[] ws, int[] we, int a, int b, StringBuilder digits) {
            digits.setLength(0);
            for (int x = a; x <= b; x++) {
                for (int p = ws[x]; p < we[x]; p++) {
                    char ch = text.charAt(p);
                    if (isDigit(ch)) {
                        digits.append(ch);
                    }
                }
            }
        }

        /**
         * A card number wrapped over two lines, as scans and narrow forms print it ("Card no: 4294 7184\n8293
         * 5511"; twenty-fifth session): the chunk ending at a line break and the next line's start are groups of
         * four digits (the last group one to four), 13 to 16 digits in all that pass the Luhn check and name a card
         * network. Scored low (0.3): only card context makes it a card. Reads the next line's first 24 characters
         * (recorded).
         */
        private void splitCard(int[] ws, int[] we, int nw) {
            for (int k = 0; k < nw; k++) {
                if (we[k] - ws[k] != 4 || !allDigits(ws[k], we[k])) {
                    return;
                }
            }
            int p = we[nw - 1];
            if (text.charAt(p) == '\r') {
                p++;
            }
            if (p >= n || text.charAt(p) != '\n') {
                return;
            }
            p++;
            int limit = Math.min(n, p + 24);
            recordReach(limit + 1);
            int groups = nw;
            int digits = 4 * nw;
            int end = -1;
            int q = p;
            while (q < limit && groups < 4) {
                int g = q;
                while (g < limit && isDigit(text.charAt(g))) {
                    g++;
                }
                int len = g - q;
                if (len == 0 || len > 4 || (g < n && (Chars.letter(text.charAt(g)) || isDigit(text.charAt(g))))) {
                    return;
                }
                groups++;
                digits += len;
                end = g;
                if (len < 4 || g >= limit || (text.charAt(g) != ' ' && text.charAt(g) != '-') || g + 1 >= n
                        || !isDigit(text.charAt(g + 1))) {
                    break;
                }
                q = g + 1;
            }
            if (end < 0 || groups != 4 || digits < 13 || (end < n && isDigit(text.charAt(end)))) {
                return;
            }
            StringBuilder d = chunkDigits();
            d.setLength(0);
            for (int x = ws[0]; x < end; x++) {
                if (isDigit(text.charAt(x))) {
                    d.append(text.charAt(x));
                }
            }
            if (Checksums.luhn(d) && Checksums.cardNetwork(d) != null) {
                add(PiiEntity.CREDIT_CARD, ws[0], end, 0.3, true);
            }
        }

        private boolean allDigits(int s, int e) {
            for (int x = s; x < e; x++) {
                if (!isDigit(text.charAt(x))) {
                    return false;
                }
            }
            return true;
        }

        /** Digits per word of the current chunk (reused). */
        private int[] wd = new int[8];

        private void fixedLength(int start, int end, StringBuilder digits) {
            int d = digits.length();
            if (d < 8 || (d > 11 && d < 12) || text.charAt(start) == '(' || text.charAt(start) == '+'
                    || text.charAt(end - 1) == ')') {
                return;
            }
            // cheap validators first; the shape (grouping) is only computed for numbers that pass one
            boolean card = d >= 12 && on(PiiEntity.CREDIT_CARD) && Checksums.luhn(digits);
            if (d >= 12 && !card && d != 15) {
                return;
            }
            CharSequence ds = digits;
            card = card && Checksums.cardNetwork(ds) != null;
            boolean ssn = d == 9 && on(PiiEntity.US_SSN) && Checksums.usSsn(ds);
            boolean bsn = (d == 9 || d == 8) && on(PiiEntity.NL_BSN) && Checksums.nlBsn(ds);
            boolean nhs = d == 10 && on(PiiEntity.UK_NHS) && Checksums.ukNhs(ds);
            boolean be = d == 11 && on(PiiEntity.BE_NATIONAL_NUMBER) && Checksums.beNationalNumber(ds);
            boolean de = d == 11 && on(PiiEntity.DE_TAX_ID) && Checksums.deTaxId(ds);
            boolean nir = d == 15 && on(PiiEntity.FR_NIR) && Checksums.frNir(ds);
            if (!(card || ssn || bsn || nhs || be || de || nir)) {
                return;
            }
            Shape shape = shape().reset(text, start, end);
            if (card && shape.sepIn(" -") && (shape.ng == 1 || cardGrouping(shape.groups, shape.ng))) {
                // 15 digits starting with 1 or 2 that also pass the NIR key: a French social security number as
                // much as a UATP card; neither wins without context (twenty-fourth session: "171035935077643"
                // under a "nir" column was reported as a card)
                boolean uatpNir = nir && ds.charAt(0) == '1'; // UATP is the one network starting with 1
                add(PiiEntity.CREDIT_CARD, start, end, d >= 15 ? (uatpNir ? 0.4 : 0.85) : 0.6, true);
            } else if (card && shape.sepIn(".") && d == 16 && cardGrouping(shape.groups, shape.ng)) {
                // "4221.0829.3390.7522": a card in dotted fours, as some forms print it; low without card context
                add(PiiEntity.CREDIT_CARD, start, end, 0.3, true);
            }
            if (ssn) {
                double s = shape.is(3, 2, 4) && shape.sepIn(" -.") ? 0.65
                        : shape.ng == 1 ? 0.35
                        : (shape.is(3, 6) || shape.is(5, 4)) && shape.sepIn("-") ? 0.4 : -1;
                if (s > 0) {
                    boolean placeholder = Checksums.num(ds, 0, 9) == 123456789;
                    add(PiiEntity.US_SSN, start, end, placeholder ? Math.min(s, 0.3) : s, true);
                }
            }
            if (bsn && (shape.ng == 1
                    || d == 9 && (shape.is(4, 2, 3) || shape.is(3, 3, 3)) && shape.sepIn(".- "))) {
                add(PiiEntity.NL_BSN, start, end, d == 9 ? 0.3 : 0.25, true);
            }
            if (nhs && (shape.ng == 1 || shape.is(3, 3, 4) && shape.sepIn(" -"))) {
                add(PiiEntity.UK_NHS, start, end, 0.4, true);
            }
            if (be) {
                double s = shape.is(2, 2, 2, 3, 2) && shape.sepsWithin(".- ") ? 0.75 : shape.is(6, 3, 2) ? 0.6
                        : shape.ng == 1 ? 0.3 : -1;
                if (s > 0) {
                    add(PiiEntity.BE_NATIONAL_NUMBER, start, end, s, true);
                }
            }
            // "12 345 678 901" (the printed grouping) and "123 456 789 01" (digits in threes, as forms write it)
            if (de && (shape.ng == 1 || (shape.is(2, 3, 3, 3) || shape.is(3, 3, 3, 2)) && shape.sepIn(" "))) {
                add(PiiEntity.DE_TAX_ID, start, end, shape.ng == 1 ? 0.35 : 0.45, true);
            } else if (de && shape.is(2, 3, 3, 3) && shape.sepIn(".")) {
                add(PiiEntity.DE_TAX_ID, start, end, 0.3, true); // "29.108.375.629": dotted, a quantity unless labelled
            }
            if (nir) {
                double s = shape.is(1, 2, 2, 2, 3, 3, 2) && shape.sepIn(" .") ? 0.8 : shape.is(13, 2) ? 0.6
                        : shape.ng == 1 ? 0.45 : -1;
                if (s > 0) {
                    add(PiiEntity.FR_NIR, start, end, s, true);
                }
            }
        }

        /** Whether the digits count up from 1 ("123456789", "12345678901": 0 follows 9). */
        private static boolean ascendingFromOne(CharSequence ds) {
            for (int k = 0; k < ds.length(); k++) {
                if (ds.charAt(k) != (char) ('0' + (k + 1) % 10)) {
                    return false;
                }
            }
            return true;
        }

        private boolean cardGrouping(int[] g, int ng) {
            if (ng == 3 && g[0] == 4 && g[1] == 6 && (g[2] == 5 || g[2] == 4)) {
                return true;
            }
            if (ng < 3 || ng > 5) {
                return false;
            }
            for (int i = 0; i < ng - 1; i++) {
                if (g[i] != 4) {
                    return false;
                }
            }
            return g[ng - 1] >= 1 && g[ng - 1] <= 4;
        }

        /**
         * Whether the number at {@code start} continues a code: one of the (at most two) upper-case or digit tokens
         * right before it, each separated by one space, mixes letters and digits ("E27", "1Z", "NL00").
         */
        private boolean codeBefore(int start) {
            int p = start - 1;
            for (int t = 0; t < 2 && p > 0 && text.charAt(p) == ' '; t++) {
                int e = p;
                int b = p;
                boolean letter = false;
                boolean digit = false;
                while (b > 0 && e - b < 6) {
                    char c = text.charAt(b - 1);
                    if (c >= 'A' && c <= 'Z') {
                        letter = true;
                    } else if (c >= '0' && c <= '9') {
                        digit = true;
                    } else {
                        break;
                    }
                    b--;
                }
                if (b == e || b > 0 && text.charAt(b - 1) != ' ' && text.charAt(b - 1) != '\n') {
                    return false; // not a whole token of capitals and digits
                }
                if (letter && digit) {
                    return true;
                }
                p = b - 1;
            }
            return false;
        }

        private void phone(int start, int end) {
            int count = 0;
            for (int p = start; p < end && count <= 15; p++) {
                count += isDigit(text.charAt(p)) ? 1 : 0;
            }
            if (count < 7 || count > 15 || end - start > 40) {
                return;
            }
            Shape shape = shape().reset(text, start, end);
            int d = shape.digits;
            if (d < 7 || d > 15) {
                return;
            }
            Shape ds = shape;
            int[] g = shape.groups;
            int ng = shape.ng;
            boolean plus = text.charAt(start) == '+';
            boolean parens = shape.parens;
            if (shape.hasSep('-') && shape.hasSep('.')) {
                return;
            }
            if (shape.looksLikeDate() || shape.looksLikeIPv4()) {
                return;
            }
            if (d == 15 && !plus && shape.is(1, 2, 2, 2, 3, 3, 2) && (ds.charAt(0) == '1' || ds.charAt(0) == '2')) {
                return; // "2 86 05 75 258 819 23": the French social security number's layout, whatever its key
            }
            if (shape.hasSep('/') && !(ds.charAt(0) == '0' && (ng == 2 || areaCodeSlash(start, end)))) {
                return; // "030/2754 8810", "0475/12.34.56", "040 / 3208 4411": a slash only after the area code
            }
            if (ng == 2 && shape.hasSep('/') && yearAfterSlash(start, end)) {
                return; // "n. 0041277/2026", "Az. 1203344/2025": a register's serial and its year
            }
            double score;
            boolean quantity = false;
            if (plus) {
                score = d >= 8 && CountryCodes.valid(ds, 0) ? 0.8 : 0.0;
            } else if (ds.charAt(0) == '0' && ds.charAt(1) == '0' && d >= 10 && CountryCodes.valid(ds, 2)) {
                score = 0.7;
            } else if (nanp(ds, g, ng, parens)) {
                score = 0.75;
            } else if (ds.charAt(0) == '0' && ds.charAt(1) != '0' && d >= 9 && d <= 12) {
                score = ng >= 2 || parens ? 0.65 : d >= 10 ? 0.45 : 0.35;
            } else if (d == 9 && "679".indexOf(ds.charAt(0)) >= 0 && ng == 3
                    && g[0] == 3 && g[1] == 3 && g[2] == 3) {
                score = 0.55; // ES mobile/landline 6xx/7xx/9xx xxx xxx
            } else if (d == 9 && "6789".indexOf(ds.charAt(0)) >= 0 && (shape.is(3, 2, 2, 2) || shape.is(2, 3, 2, 2))
                    && shape.sepIn(" .")) {
                score = 0.55; // ES "912 34 56 78", "91 234 56 78" (a 9 is a landline, a 6 or 7 a mobile)
            } else if (ds.charAt(0) == '3' && (d == 9 || d == 10) && ng >= 2 && g[0] == 3) {
                score = 0.5; // IT mobile 3xx xxx xxxx
            } else if (shape.looksLikeThousands() || shape.startsWithYear()) {
                score = 0.15; // a quantity or a year unless context says phone
                quantity = true;
            } else if (ng >= 2 || parens) {
                boolean small = true;
                for (int x = 0; x < ng; x++) {
                    small &= g[x] <= 5;
                }
                score = small && d >= 7 ? 0.4 : 0.3;
            } else {
                score = d >= 10 ? 0.3 : 0.2;
            }
            if (score <= 0 || (!plus && d >= 9 && ascendingFromOne(ds))) {
                return; // "12345678901": the digits counted up from 1, a placeholder (round-11 tuning)
            }
            if (placeholderPhone(ds, d, plus)) {
                return; // "+49 170 000000", "+1 555 0123": filled with zeros, or too short for +1 (round 14)
            }
            if (otherNumberLabelBefore(start)) {
                recordBack(start - 40); // what the label's look read (add records it otherwise)
                return; // "Bestellnummer 0171-2233-48", "Art.-Nr. 0301 4482 19", "part number 0452-118-09"
            }
            recordBack(start - 24); // codeBefore's read
            if (!plus && codeBefore(start)) {
                return; // the tail of a longer code: "parcel 1Z 4F8 E27 03 9183 2215", "NL00 BANK 0817 2291 54"
            }
            int spanEnd = extensionEnd(end);
            if (quantity && (context(start, spanEnd, context.get(PiiEntity.PHONE_NUMBER), null) & 1) != 0
                    && (context(start, spanEnd, phoneSpecific, null) & 1) == 0) {
                recordBack(start - contextWindow - 1); // the windows read, as add records them
                recordReach(spanEnd + contextWindow / 2 + 64);
                return; // "Die Nummer 12 345 678 901 im Musterformular": a word for any number, and a quantity's shape
            }
            add(PiiEntity.PHONE_NUMBER, start, spanEnd, score, true);
        }

        /**
         * Whether a phone-shaped number is a placeholder that reaches no one (round-14 tuning): a number whose last six
         * digits are zeros ("+34 600 000 000", "0170 000000"), as documentation fills in a number's shape; or a "+1"
         * number without the ten digits every North American number has after it ("+1-555-0100": the local part
         * of a fictional number, dialable nowhere). (The fictional 555-01XX numbers with an area code stay phones:
         * public recognizer suites count them.)
         */
        private static boolean placeholderPhone(Shape ds, int d, boolean plus) {
            if (plus && ds.charAt(0) == '1' && d != 11) {
                return true;
            }
            boolean zeros = d >= 8;
            for (int i = d - 6; zeros && i < d; i++) {
                zeros = ds.charAt(i) == '0';
            }
            return zeros;
        }

        /**
         * Whether the number [start, end) is a register's serial of seven digits or more, a slash and a year of four
         * digits (19xx or 20xx): the way offices number their files and letters in the six languages ("Protocollo n.
         * 0041277/2026", "Az. 1203344/2025", "expediente 0004512/2024"; thirty-fourth session). No area code has
         * seven digits, so a phone number with a slash after its area code is not one.
         */
        private boolean yearAfterSlash(int start, int end) {
            int slash = -1;
            for (int p = start; p < end; p++) {
                if (text.charAt(p) == '/') {
                    slash = p;
                    break;
                }
            }
            int y = slash + 1;
            if (slash - start < 7 || end - y != 4) {
                return false;
            }
            for (int p = start; p < slash; p++) {
                if (!isDigit(text.charAt(p))) {
                    return false;
                }
            }
            char c0 = text.charAt(y);
            char c1 = text.charAt(y + 1);
            return (c0 == '1' && c1 == '9') || (c0 == '2' && c1 == '0');
        }

        /**
         * Whether the only slash of the phone candidate [start, end) follows its first digit group of two to five
         * digits (an area code: "030/2754 8810", "0475/12.34.56", "040 / 3208 4411").
         */
        private boolean areaCodeSlash(int start, int end) {
            int p = start;
            while (p < end && isDigit(text.charAt(p))) {
                p++;
            }
            if (p - start < 2 || p - start > 5) {
                return false;
            }
            if (p < end && text.charAt(p) == ' ') {
                p++;
            }
            if (p >= end || text.charAt(p) != '/') {
                return false;
            }
            for (int q = p + 1; q < end; q++) {
                if (text.charAt(q) == '/') {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the word right before a phone-shaped number labels another kind of number: a compound ending in
         * "nummer" or "nr" that is not a telephone one ("Bestellnummer", "artikelnummer", "Art.-Nr.",
         * "Kundennummer"; not "Telefonnummer", "Rufnummer", "Handynr."), or "number" / "no." after a word naming
         * another kind ("part number", "order no."; not "phone number", "my number"). Reads at most 38 characters
         * back (within the context window that add records).
         */
        private boolean otherNumberLabelBefore(int start) {
            if (contextWindow < 40) {
                recordBack(start - 40); // else add records the context window, which covers this read
            }
            int p = start - 1;
            while (p >= 0 && start - p < 4 && (text.charAt(p) == ' ' || text.charAt(p) == ':' || text.charAt(p) == '#'
                    || text.charAt(p) == '.')) {
                p--;
            }
            int we = p + 1;
            int ws = we;
            while (ws > 0 && start - ws < 22 && (Chars.letter(text.charAt(ws - 1)) || text.charAt(ws - 1) == '.'
                    || text.charAt(ws - 1) == '-')) {
                ws--;
            }
            if (we - ws < 2 || (ws > 0 && Chars.letter(text.charAt(ws - 1)))) {
                return false;
            }
            char last = text.charAt(we - 1);
            if (last != 'r' && last != 'R' && last != 'o' && last != 'O') {
                return false; // every label below ends in "r" or "o" (number, no, nummer, nr)
            }
            if ((we - ws == 6 && text.regionMatches(true, ws, "number", 0, 6))
                    || (we - ws == 2 && text.regionMatches(true, ws, "no", 0, 2))) {
                // "part number 0452-118-09", "order no. 0612 ...": the word before names the kind of number
                int q = ws - 1;
                if (q < 1 || text.charAt(q) != ' ') {
                    return false;
                }
                int ke = q;
                int ks = ke;
                while (ks > 0 && ke - ks < 14 && Chars.letter(text.charAt(ks - 1))) {
                    ks--;
                }
                return ks < ke && (ks == 0 || !Chars.letter(text.charAt(ks - 1)))
                        && OTHER_NUMBER_KINDS.contains(text, ks, ke);
            }
            boolean nummer = we - ws >= 7 && text.regionMatches(true, we - 6, "nummer", 0, 6);
            boolean nr = text.regionMatches(true, we - 2, "nr", 0, 2) && (we - ws == 2 || !Chars.letter(text.charAt(we - 3))
                    || we - ws > 4);
            if (!nummer && !nr) {
                return false;
            }
            int ls = ws;
            while (ls < we && !Chars.letter(text.charAt(ls))) {
                ls++;
            }
            for (String phoneWord : PHONE_COMPOUNDS) {
                if (text.regionMatches(true, ls, phoneWord, 0, phoneWord.length())) {
                    return false;
                }
            }
            return we - ls > 2; // a bare "Nr." labels nothing in particular
        }

        private boolean nanp(CharSequence ds, int[] g, int n0, boolean parens) {
            int off = ds.length() == 11 && ds.charAt(0) == '1' ? 1 : 0;
            if (ds.length() - off != 10 || ds.charAt(off) < '2' || ds.charAt(off + 3) < '2') {
                return false;
            }
            return parens || (n0 >= 3 && g[n0 - 1] == 4 && g[n0 - 2] == 3 && g[n0 - 3] == 3) || n0 == 1;
        }

        // ------------------------------------------------------------------------------- network

        /** Network candidates starting in [from, to); returns where the scan stopped. */
        int scanNetwork(int from, int to) {
            int i = from;
            // whether the character before i is an address character (carried along instead of read again)
            boolean prevNet = i > 0 && isNetChar(text.charAt(i - 1));
            while (i < to) {
                char c = text.charAt(i);
                if (prevNet || !(isHex(c) || c == ':')) {
                    prevNet = isNetChar(c);
                    i++;
                    continue;
                }
                int k = i;
                int seps = 0;
                boolean digit = false;
                boolean dblColon = false;
                while (k < n && isNetChar(text.charAt(k))) {
                    char ch = text.charAt(k);
                    if (ch == ':' || ch == '.' || ch == '-') {
                        seps++;
                        dblColon |= ch == ':' && k > i && text.charAt(k - 1) == ':';
                    } else if (isDigit(ch)) {
                        digit = true;
                    }
                    k++;
                }
                // an address has digits, a "::", or (MAC) at least five separators
                if (seps > 0 && k - i <= 80 && (digit || dblColon || seps >= 5 || (seps >= 2 && k - i >= 14 && k - i <= 16))) {
                    netRun(i, k);
                }
                i = k + 1;
                prevNet = false; // text[k] is no address character (or k == n, and the loop ends)
            }
            return i;
        }

        /**
         * Whether a version word names the dotted number at {@code start}: the word before it ("firmware", "version",
         * "build", "upgrade", "v"), possibly across "from", "to", "and", "or" and other dotted numbers ("upgrade
         * from 10.4.2.1 to 10.4.3.0"). Reads at most 40 characters back (the context window, recorded by add).
         */
        private boolean versionBefore(int start) {
            if (contextWindow < 41) {
                recordBack(start - 41); // else add records the context window, which covers this read
            }
            int p = start;
            for (int k = 0; k < 5 && p > 0 && start - p < 40; k++) {
                int q = p - 1;
                while (q >= 0 && start - q < 40 && (text.charAt(q) == ' ' || text.charAt(q) == '=' || text.charAt(q) == ':'
                        || text.charAt(q) == '(' || text.charAt(q) == ',')) {
                    q--;
                }
                if (q < 0 || start - q >= 40) {
                    return false;
                }
                int we = q + 1;
                int ws = we;
                while (ws > 0 && we - ws < 16 && (Chars.letterOrDigit(text.charAt(ws - 1)) || text.charAt(ws - 1) == '.'
                        || text.charAt(ws - 1) == '_' || text.charAt(ws - 1) == '-')) {
                    ws--;
                }
                if (ws == we || start - ws >= 40) {
                    return false;
                }
                if (Chars.letter(text.charAt(ws))) {
                    int le = ws;
                    while (le < we && Chars.letter(text.charAt(le))) {
                        le++;
                    }
                    if (VERSION_WORDS.contains(text, ws, le) && (le == we || text.charAt(le) == '_' || text.charAt(le) == '-')) {
                        return true; // also "app_version=", "fw-version:"
                    }
                    int ke = we;
                    while (ke > ws && !Chars.letter(text.charAt(ke - 1))) {
                        ke--;
                    }
                    int ks = ke;
                    while (ks > ws && Chars.letter(text.charAt(ks - 1))) {
                        ks--;
                    }
                    if (ks < ke && VERSION_WORDS.contains(text, ks, ke)) {
                        return true; // "app_version=", "fw-version"
                    }
                    if (!VERSION_JOINERS.contains(text, ws, we)) {
                        return false;
                    }
                } else if (!dottedNumber(ws, we)) {
                    return false;
                }
                p = ws;
            }
            return false;
        }

        private boolean dottedNumber(int s, int e) {
            boolean dot = false;
            for (int q = s; q < e; q++) {
                char c = text.charAt(q);
                if (c == '.') {
                    dot = true;
                } else if (!isDigit(c)) {
                    return false;
                }
            }
            return dot;
        }

        private void netRun(int start, int end) {
            while (end > start && ".:-/".indexOf(text.charAt(end - 1)) >= 0 && !text.startsWith("::", end - 2)) {
                end--;
            }
            if (end <= start) {
                return;
            }
            // the address is parsed in place: no substring per candidate
            if (on(PiiEntity.IP_ADDRESS)) {
                int v4 = NetParse.ipv4Prefix(text, start, end);
                if (v4 > 0) {
                    int rest = start + v4; // the rest of the run: [rest, end)
                    int cidr = NetParse.prefixLength(text, rest, end, 32);
                    if (rest == end || cidr > 0 || portOrPrefix(rest, end)) {
                        // all octets single digits looks like a version number: weak (0.4), raised by IP context
                        // ("from 1.2.3.4") and lowered by version context ("version 1.2.3.4": 0.4 + 0.35 - 0.3 < 0.5)
                        boolean tiny = NetParse.allOctetsSingleDigit(text, start, rest);
                        if (rest == end && versionBefore(start)) {
                            // "Firmware 2.4.10.1", "version=3.12.0.44", "upgrade from 10.4.2.1 to 10.4.3.0"
                            add(PiiEntity.IP_ADDRESS, start, rest, 0.05, true);
                            return;
                        }
                        add(PiiEntity.IP_ADDRESS, start, rest + Math.max(cidr, 0), tiny ? 0.4 : 0.85, tiny);
                        return;
                    }
                }
                int colons = 0;
                int pct = -1;
                for (int i = start; i < end; i++) {
                    char c = text.charAt(i);
                    colons += c == ':' ? 1 : 0;
                    if (c == '%' && pct < 0) {
                        pct = i;
                    }
                }
                if (colons >= 2) {
                    int addrEnd = pct >= 0 ? pct : end; // the address: [start, addrEnd)
                    int slash = -1;
                    for (int i = start; i < addrEnd; i++) {
                        if (text.charAt(i) == '/') {
                            slash = i;
                            break;
                        }
                    }
                    int spanEnd = end;
                    if (slash >= 0) {
                        int cidr = NetParse.prefixLength(text, slash, addrEnd, 128);
                        spanEnd = cidr > 0 ? slash + cidr : slash;
                        addrEnd = slash;
                    }
                    int groups = NetParse.ipv6(text, start, addrEnd);
                    if (groups > 0) {
                        // a bare "::" (unspecified address, or C++/Haskell syntax) only counts with IP context
                        int len = addrEnd - start;
                        boolean unspecified = len == 2 && text.startsWith("::", start);
                        boolean loopback = len == 3 && text.startsWith("::1", start);
                        double score = unspecified && slash < 0 ? 0.2
                                : groups >= 3 || loopback || slash >= 0 ? 0.85 : 0.5;
                        add(PiiEntity.IP_ADDRESS, start, spanEnd, score, false);
                        return;
                    }
                }
            }
            if (on(PiiEntity.MAC_ADDRESS) && NetParse.mac(text, start, end)) {
                add(PiiEntity.MAC_ADDRESS, start, end, 0.8, false);
            }
        }

        /** Whether [from, to) is ":port" or "/prefix": a separator and one to five digits. */
        private boolean portOrPrefix(int from, int to) {
            int len = to - from;
            if (len < 2 || len > 6 || (text.charAt(from) != ':' && text.charAt(from) != '/')) {
                return false;
            }
            for (int i = from + 1; i < to; i++) {
                if (!isDigit(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        // ------------------------------------------------------------------------------- alphanumeric tokens

        /** Alphanumeric-token candidates starting in [from, to); returns where the scan stopped. */
        int scanTokens(int from, int to) {
            int i = from;
            // whether the character before i is a word character (carried along instead of read again)
            boolean prevWord = i > 0 && isWordChar(text.charAt(i - 1));
            while (i < to) {
                char c = text.charAt(i);
                if (prevWord || !isAsciiAlnum(c)) {
                    prevWord = isWordChar(c);
                    i++;
                    continue;
                }
                int e = i;
                while (e < n && isAsciiAlnum(text.charAt(e))) {
                    e++;
                }
                if (e < n && isWordChar(text.charAt(e))) { // glued to non-ASCII letters
                    while (e < n && isWordChar(text.charAt(e))) {
                        e++;
                    }
                    i = e;
                    prevWord = true;
                    continue;
                }
                token(i, e);
                i = e;
                prevWord = true; // text[e - 1] is a letter or digit
            }
            return i;
        }

        /** Whether text[p, p + 2) is a Corsican department of a NIR, "2A" or "2B" (either case). */
        private boolean corsicanDepartment(int p) {
            if (p + 2 > n || text.charAt(p) != '2') {
                return false;
            }
            char c = text.charAt(p + 1);
            return c == 'A' || c == 'B' || c == 'a' || c == 'b';
        }

        /**
         * A French social security number born in Corsica, whose department is "2A" or "2B" (the number scanner sees
         * only digits): the token [s, e) is the whole number ("185052A00412356") or the department of one grouped
         * "1 85 05 2A 004 123 56" (spaces or full stops), which is read around it; the key is checked with 2A as 19
         * and 2B as 18 ({@link Checksums#frNir}; round-12 tuning). Reads nine characters back and eleven on.
         */
        private void corsicanNir(int s, int e) {
            if (e - s == 15) {
                if (isDigit(text.charAt(s)) && Checksums.frNir(text.substring(s, e))) {
                    add(PiiEntity.FR_NIR, s, e, 0.6, true);
                }
                return;
            }
            int start = s - 8;
            int end = e + 11;
            if (start < 0 || end > n || (start > 0 && isAsciiAlnum(text.charAt(start - 1)))
                    || (end < n && isAsciiAlnum(text.charAt(end)))) {
                return;
            }
            // the groups 1 2 2 [2A] 3 3 2, each separated by one space or full stop
            int[] groups = {1, 2, 2, 2, 3, 3, 2};
            StringBuilder compact = new StringBuilder(15);
            int p = start;
            for (int g = 0; g < groups.length; g++) {
                if (g > 0) {
                    char sep = text.charAt(p);
                    if (sep != ' ' && sep != '.') {
                        return;
                    }
                    p++;
                }
                for (int k = 0; k < groups[g]; k++, p++) {
                    char ch = text.charAt(p);
                    if (g != 3 && !isDigit(ch)) {
                        return;
                    }
                    compact.append(ch);
                }
            }
            if (p == end && Checksums.frNir(compact)) {
                add(PiiEntity.FR_NIR, start, end, 0.8, true);
            }
        }

        private void token(int s, int e) {
            int len = e - s;
            char c0 = text.charAt(s);
            if (len >= 2 && Chars.letter(c0) && Chars.letter(text.charAt(s + 1))) {
                if (on(PiiEntity.IBAN_CODE) && len >= 4 && isDigit(text.charAt(s + 2))
                        && isDigit(text.charAt(s + 3))) {
                    iban(s, e);
                }
                if (on(PiiEntity.UK_NINO) && ((len == 2 && e + 1 < n && (text.charAt(e) == ' ' || text.charAt(e) == '-')
                        && isDigit(text.charAt(e + 1))) || ((len == 8 || len == 9) && isDigit(text.charAt(s + 2))))) {
                    nino(s, e);
                }
                if (on(PiiEntity.IT_FISCAL_CODE) && len == 16 && fiscalDigit(text.charAt(s + 6))
                        && fiscalDigit(text.charAt(s + 7)) && fiscalDigit(text.charAt(s + 14))) {
                    String up = text.substring(s, e).toUpperCase(Locale.ROOT);
                    if (Checksums.itFiscalCode(up)) {
                        add(PiiEntity.IT_FISCAL_CODE, s, e, text.substring(s, e).equals(up) ? 0.85 : 0.6, false);
                    }
                }
            }
            if (on(PiiEntity.FR_NIR) && (len == 15 || len == 2) && corsicanDepartment(s + (len == 15 ? 5 : 0))) {
                corsicanNir(s, e);
            }
            if (on(PiiEntity.ES_DNI_NIE) && len >= 7 && len <= 9
                    && (isDigit(c0) || "XYZxyz".indexOf(c0) >= 0)
                    && (Chars.letter(text.charAt(e - 1)) || (e + 1 < n && (text.charAt(e) == '-'
                    || text.charAt(e) == ' ') && Chars.letter(text.charAt(e + 1))))) {
                spanishId(s, e);
            }
            if (on(PiiEntity.ES_DNI_NIE) && len == 1 && "XYZxyz".indexOf(c0) >= 0 && e + 10 <= n
                    && text.charAt(e) == '-') {
                dashedNie(s, e);
            }
            if (len <= 2 && e < n && text.charAt(e) == '.') {
                dottedDni(s, e);
            }
            if (on(PiiEntity.CRYPTO) && len >= 26) {
                String t = text.substring(s, e);
                if ((c0 == '1' || c0 == '3') && len <= 35 && Checksums.btcBase58(t)) {
                    add(PiiEntity.CRYPTO, s, e, 0.9, false);
                } else if (len <= 90 && (t.regionMatches(true, 0, "bc1", 0, 3) || t.regionMatches(true, 0, "tb1", 0, 3))
                        && Checksums.btcBech32(t)) {
                    add(PiiEntity.CRYPTO, s, e, 0.9, false);
                } else if (len == 42 && c0 == '0') {
                    int eth = Checksums.ethAddress(t);
                    if (eth > 0) {
                        add(PiiEntity.CRYPTO, s, e, eth == 2 ? 0.9 : 0.5, false);
                    }
                }
            }
        }

        private boolean fiscalDigit(char c) {
            return isDigit(c) || "LMNPQRSTUVlmnpqrstuv".indexOf(c) >= 0;
        }

        private void iban(int s, int e) {
            recordReach(e + 80);
            int want = Checksums.ibanLength(text.charAt(s), text.charAt(s + 1));
            if (want == 0) {
                return;
            }
            int len = e - s; // the compact length so far (the groups without their separators)
            int end = e;
            // grouped form: single spaces or hyphens between groups
            while (len < want && end + 1 < n && (text.charAt(end) == ' ' || text.charAt(end) == '-')
                    && isAsciiAlnum(text.charAt(end + 1))) {
                int q = end + 1;
                while (q < n && isAsciiAlnum(text.charAt(q))) {
                    q++;
                }
                if (q < n && isWordChar(text.charAt(q))) {
                    break;
                }
                len += q - (end + 1);
                end = q;
            }
            if (len != want) {
                return;
            }
            // the compact form, upper case, without a string: every character in [s, end) but the separators
            char[] compact = ibanBuf;
            if (compact == null) {
                compact = ibanBuf = new char[34];
            }
            boolean upper = false;
            boolean lower = false;
            int k = 0;
            for (int p = s; p < end; p++) {
                char ch = text.charAt(p);
                if (ch == ' ' || ch == '-') {
                    continue;
                }
                upper |= ch >= 'A' && ch <= 'Z';
                lower |= ch >= 'a' && ch <= 'z';
                compact[k++] = ch >= 'a' && ch <= 'z' ? (char) (ch - 32) : ch;
            }
            if (upper && lower) {
                return; // "LV80 bANK ...": an IBAN is written in one case
            }
            if (Checksums.iban(compact, k)) {
                add(PiiEntity.IBAN_CODE, s, end, 0.9, false);
            }
        }

        /** Scratch space for {@link #iban}, made by its first call: an IBAN has at most 34 characters. */
        private char[] ibanBuf;

        private void nino(int s, int e) {
            recordReach(e + 80);
            // a NINO has digits at its places 2..7: a token of 8 or 9 characters without them is no NINO, decided
            // before the compact form is built ("ab12cd34" in a hex id)
            for (int p = s + 2, last = Math.min(e, s + 8); p < last; p++) {
                if (!isDigit(text.charAt(p))) {
                    return;
                }
            }
            StringBuilder compact = new StringBuilder(9);
            compact.append(text, s, e);
            int end = e;
            char sep = end < n && text.charAt(end) == '-' && e - s == 2 ? '-' : ' '; // "AB-12-34-56-C": dashed pairs
            while (compact.length() < 9 && end + 1 < n && text.charAt(end) == sep && isAsciiAlnum(text.charAt(end + 1))) {
                int q = end + 1;
                while (q < n && isAsciiAlnum(text.charAt(q))) {
                    q++;
                }
                compact.append(text, end + 1, q);
                end = q;
            }
            if (compact.length() == 9 && (end >= n || !isWordChar(text.charAt(end)))
                    && Checksums.ukNino(compact.toString().toUpperCase(Locale.ROOT))) {
                add(PiiEntity.UK_NINO, s, end, 0.7, false);
            }
        }

        /** "Y-5512390-V": a NIE with its letters separated by hyphens (or the last one by a space). */
        private void dashedNie(int s, int e) {
            recordReach(e + 12);
            int d = e + 1;
            int q = d;
            while (q < n && q - d < 8 && isDigit(text.charAt(q))) {
                q++;
            }
            if (q - d != 7 || q + 2 > n || (text.charAt(q) != '-' && text.charAt(q) != ' ')
                    || !Chars.letter(text.charAt(q + 1)) || (q + 2 < n && isWordChar(text.charAt(q + 2)))) {
                return;
            }
            String compact = (Character.toUpperCase(text.charAt(s)) + text.substring(d, q)
                    + Character.toUpperCase(text.charAt(q + 1)));
            if (Checksums.esDniNie(compact)) {
                add(PiiEntity.ES_DNI_NIE, s, q + 2, 0.7, false);
            }
        }

        /**
         * "27.384.915-B", "1.234.567 L", "27.384.915B": a DNI with its digits grouped by thousands dots (as printed
         * on the card and in Spanish documents) and the letter after a hyphen, a space or nothing. The token [s, e)
         * holds the first one or two digits; a dotted number inside a longer one ("1.27.384.915-B") is no DNI.
         */
        private void dottedDni(int s, int e) {
            if (!on(PiiEntity.ES_DNI_NIE) || e + 9 > n || !isDigit(text.charAt(s))) {
                return;
            }
            recordReach(e + 12);
            if (s > 0 && (text.charAt(s - 1) == '.' || (text.charAt(s - 1) == ',' && (s < 2
                    || !Chars.letter(text.charAt(s - 2)))))) {
                return; // a CSV cell after a letter ("Soler,69.043.818-A") is a DNI; "1,27.384.915-B" is not
            }
            int q = e;
            for (int g = 0; g < 2; g++) {
                if (q + 4 > n || text.charAt(q) != '.' || !isDigit(text.charAt(q + 1)) || !isDigit(text.charAt(q + 2))
                        || !isDigit(text.charAt(q + 3))) {
                    return;
                }
                q += 4;
            }
            int l = q < n && (text.charAt(q) == '-' || text.charAt(q) == ' ') ? q + 1 : q;
            if (l >= n || !Chars.letter(text.charAt(l)) || (l + 1 < n && isWordChar(text.charAt(l + 1)))) {
                return;
            }
            String compact = text.substring(s, e) + text.substring(e + 1, e + 4) + text.substring(e + 5, e + 8)
                    + Character.toUpperCase(text.charAt(l));
            if (Checksums.esDniNie(compact)) {
                add(PiiEntity.ES_DNI_NIE, s, l + 1, 0.7, false);
            }
        }

        private void spanishId(int s, int e) {
            // a necessary condition of every form below, tested before any string is made: the characters between
            // the first and the last are digits ("12345678Z", "X1234567L", "1234567-L", "X1234567 L")
            for (int p = s + 1; p < e - 1; p++) {
                if (!isDigit(text.charAt(p))) {
                    return;
                }
            }
            String t = text.substring(s, e).toUpperCase(Locale.ROOT);
            int len = t.length();
            char first = t.charAt(0);
            boolean nie = first == 'X' || first == 'Y' || first == 'Z';
            if (!nie && !isDigit(first)) {
                return;
            }
            int end = e;
            String compact = t;
            if ((len == 8 && nie) || ((len == 7 || len == 8) && !nie && Checksums.allDigits(t))) {
                // letter separated by '-' or ' '
                if (e + 2 <= n && (text.charAt(e) == '-' || text.charAt(e) == ' ') && Chars.letter(text.charAt(e + 1))
                        && (e + 2 == n || !isWordChar(text.charAt(e + 2)))) {
                    compact = t + Character.toUpperCase(text.charAt(e + 1));
                    end = e + 2;
                } else {
                    return;
                }
            } else if (e + 1 < n && text.charAt(e) == '-' && isAsciiAlnum(text.charAt(e + 1))) {
                // the first group of a UUID or of a hyphenated hex id ("9743685b-9146-..."): seven digits and a
                // hex letter pass the DNI check one time in 23, so about one random UUID in 1,600 would be a DNI
                return;
            }
            if (compact.length() < 8 || compact.length() > 9 || !Checksums.esDniNie(compact)) {
                return;
            }
            add(PiiEntity.ES_DNI_NIE, s, end, 0.7, false);
        }

        // ------------------------------------------------------------------------------- dates of birth

        void birthWord(int end) {
            recordReach(end + 100);
            listEnd = -1;
            listStart = -1;
            DateFinder.find(text, end, Math.min(n, end + 45), birthDate);
            if (listEnd > 0) {
                int ws = end;
                while (ws > 0 && end - ws < 16 && Chars.letter(text.charAt(ws - 1))) {
                    ws--;
                }
                if (Lexicon.BIRTH_LISTS.contains(text, ws, end)) {
                    listName(end, listStart);
                    birthList();
                }
            }
            if (listStart < 0 || listStart - end > 3) {
                dateBeforeBirthWord(end); // not when the word is a label with its own date ("..., DDN 12/12/1972")
            }
        }

        /** The start and end of the date {@link #birthDate} reported last (for {@link #birthList}), or -1. */
        private int listStart = -1;
        private int listEnd = -1;

        /** Reports a date of birth and keeps its span. */
        private final DateFinder.Sink birthDate = (ds, de) -> {
            add(PiiEntity.DATE_OF_BIRTH, ds, de, 0.85, false);
            listStart = ds;
            listEnd = de;
        };

        /** How many items after the first {@link #birthList} reads, and how long one item's gap may be. */
        static final int LIST_ITEMS = 24;
        static final int LIST_GAP = 40;

        /**
         * The further dates of a list of birthdays headed by a plural birth word (thirty-fourth session: "Geburtstage:
         * Jana 03.04.1990, Timo 17.01.1993", "verjaardagen\nSanne 12-03-1990\nBram 4-11-1988", "birthdays: Ana
         * (1991-02-03); Ben (1988-07-30)"): after the date at {@link #listEnd}, a list separator (',', ';', '|', a line
         * break), then a short item of letters, spaces, brackets, ':' and dashes of at most {@value #LIST_GAP}
         * characters, one to three words of which the first is capitalised (a name), then the next date. Stops at the first gap that is not such an item, and after
         * {@value #LIST_ITEMS} items. Reads the list's gaps and dates (recorded).
         */
        private void birthList() {
            for (int item = 0; item < LIST_ITEMS && listEnd > 0; item++) {
                int p = listEnd;
                while (p < n && (text.charAt(p) == ')' || text.charAt(p) == ' ')) {
                    p++;
                }
                if (p >= n || ",;|\n".indexOf(text.charAt(p)) < 0) {
                    return;
                }
                int gs = p;
                int words = 0;
                boolean capital = false;
                while (p < n && p - gs < LIST_GAP) {
                    char c = text.charAt(p);
                    if (isDigit(c)) {
                        break;
                    }
                    if (Chars.letter(c)) {
                        if (!Chars.letter(text.charAt(p - 1)) && text.charAt(p - 1) != '\'') {
                            capital |= words == 0 && Chars.upper(c);
                            words++;
                        }
                    } else if (" ,;|\n\r\t():-\u2013'".indexOf(c) < 0) {
                        return;
                    }
                    p++;
                }
                if (!capital || words > 3) {
                    return; // an item is a name: "Franzi", "Ana Ruiz"; not "review", "und dann am"
                }
                recordReach(p + 12);
                if (p >= n || !isDigit(text.charAt(p)) || Chars.letterOrDigit(text.charAt(p - 1))) {
                    return;
                }
                int de = DateFinder.numeric(text, p);
                if (de < 0) {
                    de = DateFinder.textual(text, p);
                }
                if (de < 0) {
                    return;
                }
                recordReach(de + 1);
                add(PiiEntity.DATE_OF_BIRTH, p, de, 0.85, false);
                listName(gs, p);
                listEnd = de;
            }
        }

        /**
         * The person of an item of a list of birthdays ({@link #birthList}): the one to three capitalised words right
         * before the date at {@code ds} (a bracket or a dash between), back to the list separator, a ':' or a line
         * break after {@code from} ("Q1: Mehmet 03.04.1990", ", Franzi 17.01.1993", "\nTimo Hahn (14.03.1986)"). A
         * word of digits or in capitals ("Q1", "TEAM") ends the look without a name.
         */
        private void listName(int from, int ds) {
            int p = ds;
            while (p > from && " (-\u2013:".indexOf(text.charAt(p - 1)) >= 0) {
                p--;
            }
            int ne = p;
            int words = 0;
            int ns = p;
            while (p > from && words < 4) {
                int we = p;
                while (p > from && (Chars.letter(text.charAt(p - 1)) || text.charAt(p - 1) == '-'
                        || text.charAt(p - 1) == '\'')) {
                    p--;
                }
                if (we - p < 2 || !Chars.upper(text.charAt(p)) || Chars.upper(text.charAt(p + 1))) {
                    return;
                }
                words++;
                ns = p;
                if (p > from && text.charAt(p - 1) == ' ' && p - 1 > from && Chars.letter(text.charAt(p - 2))) {
                    p--;
                    continue;
                }
                break;
            }
            char b = p == 0 ? '\n' : text.charAt(p - 1);
            if (b == ' ' && p > 1) {
                b = text.charAt(p - 2);
            }
            if (words == 0 || words > 3 || ",;|:\n".indexOf(b) < 0) {
                return;
            }
            add(PiiEntity.PERSON, ns, ne, 0.8, false);
        }

        /**
         * A numeric date that the birth word ending at {@code end} names from after it, on the same line, with at
         * most a few small words and punctuation between ("is 05/03/1962 your date of birth?", "\"1976-02-29\"),  #
         * dob", "12.03.1982 als Geburtsdatum", "03/04/1990 (data di nascita)"; round-12 tuning): {@link #GAP_WORDS}
         * and {@code " \"'()[]{},#:=-"} only, at most {@value #GAP_MAX} characters. Reads that gap and the date back.
         */
        private void dateBeforeBirthWord(int end) {
            int ws = end;
            while (ws > 0 && end - ws < 24 && (Chars.letter(text.charAt(ws - 1)) || text.charAt(ws - 1) == '.'
                    || text.charAt(ws - 1) == '_')) {
                ws--;
            }
            int p = ws;
            while (p > 0 && ws - p <= GAP_MAX) {
                char c = text.charAt(p - 1);
                if (" \"'()[]{},#:=-\t".indexOf(c) >= 0) {
                    p--;
                } else if (Chars.letter(c)) {
                    int we = p;
                    while (p > 0 && we - p < 12 && Chars.letter(text.charAt(p - 1))) {
                        p--;
                    }
                    if (!GAP_WORDS.contains(text, p, we)) {
                        return;
                    }
                } else {
                    break;
                }
            }
            if (p == 0 || ws - p > GAP_MAX || !isDigit(text.charAt(p - 1))) {
                return;
            }
            int de = p;
            int ds = de;
            while (ds > 0 && de - ds < 10 && (isDigit(text.charAt(ds - 1)) || "./-".indexOf(text.charAt(ds - 1)) >= 0)) {
                ds--;
            }
            while (ds < de && !isDigit(text.charAt(ds))) {
                ds++;
            }
            recordBack(ds - 1);
            if (ds < de && (ds == 0 || !Chars.letterOrDigit(text.charAt(ds - 1))) && DateFinder.numeric(text, ds) == de) {
                add(PiiEntity.DATE_OF_BIRTH, ds, de, 0.85, false);
            } else if (de - ds == 4 && ds >= 2 && text.charAt(ds - 1) == ' ' && Chars.letter(text.charAt(ds - 2))) {
                textualDateBefore(de); // "am 14. Februar 2016 geboren", "op 3 maart 2015 geboren"
            }
        }

        /**
         * A textual date ending at the year that ends at {@code de}, before a birth word ("am 14. Februar 2016
         * geboren", "op 3 maart 2015 geboren", "il 7 ottobre 2017 nacque": the verb after the date, as German and
         * Dutch put it; thirty-fifth session). Tries the starts of the words up to 28 characters back, the farthest
         * first (the whole "14. Februar 2016" rather than "Februar 2016"); runs only for a birth word with a year
         * before it.
         */
        private void textualDateBefore(int de) {
            int from = Math.max(0, de - 28);
            recordBack(from - 1);
            for (int s = from; s < de - 5; s++) {
                char c = text.charAt(s);
                if ((isDigit(c) || Chars.letter(c)) && (s == 0 || !Chars.letterOrDigit(text.charAt(s - 1)))
                        && DateFinder.textual(text, s) == de) {
                    add(PiiEntity.DATE_OF_BIRTH, s, de, 0.85, false);
                    return;
                }
            }
        }

        // ------------------------------------------------------------------------------- resolution

        List<PiiMatch> resolve() {
            return PiiDetector.this.resolve(found, text);
        }
    }

    /**
     * Resolves overlapping candidates: in {@link #BEST_FIRST} order a candidate is kept unless it overlaps one kept
     * before it. Candidates that do not overlap anything (the usual case) are kept without sorting; overlapping
     * clusters are resolved one at a time, so the cost is linear in the text, not in its length times matches.
     */
    List<PiiMatch> resolve(List<PiiMatch> found, String text) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<PiiMatch> cands = new ArrayList<>(found.size());
        for (PiiMatch m : found) {
            if (allowList.isEmpty() || !allowList.contains(text.substring(m.start(), m.end()).trim()
                    .toLowerCase(Locale.ROOT))) {
                cands.add(m);
            }
        }
        cands.sort(BY_START);
        // the kept matches are compacted in place (a cluster keeps at most its own size, so writes trail reads)
        int size = cands.size();
        int w = 0;
        int i = 0;
        while (i < size) {
            PiiMatch first = cands.get(i);
            int maxEnd = first.end();
            int j = i + 1;
            while (j < size && cands.get(j).start() < maxEnd) {
                maxEnd = Math.max(maxEnd, cands.get(j).end());
                j++;
            }
            if (j == i + 1) {
                cands.set(w++, first);
            } else {
                for (PiiMatch k : resolveCluster(cands.subList(i, j), first.start(), maxEnd)) {
                    cands.set(w++, k);
                }
            }
            i = j;
        }
        if (w < size) {
            cands.subList(w, size).clear();
        }
        if (publicFigures && on(PiiEntity.PERSON)) {
            dropPublicNames(cands, text);
        }
        return java.util.Collections.unmodifiableList(cands);
    }

    /**
     * Removes the PERSON matches that are not personal data (see {@link PublicFigures}): public figures and fictional
     * characters outside a record about a person, names in addresses and buildings, car models. One look per PERSON
     * match, after resolution, so the scanners' loops pay nothing for it.
     */
    private static void dropPublicNames(List<PiiMatch> kept, String text) {
        java.util.BitSet drop = null; // decided on the whole list first: the record check reads the other matches
        int size = kept.size();
        for (int i = 0; i < size; i++) {
            PiiMatch m = kept.get(i);
            if (m.type().equals("PERSON") && PublicFigures.notPersonal(text, m.start(), m.end(), kept)) {
                if (drop == null) {
                    drop = new java.util.BitSet(size);
                }
                drop.set(i);
            }
        }
        if (drop == null) {
            return;
        }
        int w = 0;
        for (int i = 0; i < size; i++) {
            if (!drop.get(i)) {
                kept.set(w++, kept.get(i));
            }
        }
        kept.subList(w, size).clear();
    }

    private static final Comparator<PiiMatch> BY_START = Comparator.comparingInt(PiiMatch::start)
            .thenComparingInt(PiiMatch::end);

    private static List<PiiMatch> resolveCluster(List<PiiMatch> cluster, int from, int to) {
        List<PiiMatch> c = new ArrayList<>(cluster);
        c.sort(BEST_FIRST);
        java.util.BitSet taken = new java.util.BitSet(to - from);
        List<PiiMatch> kept = new ArrayList<>();
        for (PiiMatch m : c) {
            int next = taken.nextSetBit(m.start() - from);
            if (next >= 0 && next < m.end() - from) {
                continue;
            }
            taken.set(m.start() - from, m.end() - from);
            kept.add(m);
        }
        kept.sort(Comparator.comparingInt(PiiMatch::start));
        return kept;
    }

    // =========================================================================================== helpers

    /** Resolution order: validated identifiers with evidence, then score, then length, then position. */
    private static final Comparator<PiiMatch> BEST_FIRST = Comparator.comparingInt((PiiMatch m) -> priority(m))
            .reversed().thenComparing(Comparator.comparingDouble(PiiMatch::score).reversed())
            .thenComparing(Comparator.comparingInt(PiiMatch::length).reversed())
            .thenComparingInt(PiiMatch::start);

    private static final Set<String> VALIDATED = Set.of("US_SSN", "UK_NHS", "NL_BSN", "BE_NATIONAL_NUMBER",
            "DE_TAX_ID", "FR_NIR", "CREDIT_CARD", "IBAN_CODE", "UK_NINO", "ES_DNI_NIE", "IT_FISCAL_CODE");

    /**
     * Check-digit-validated identifiers with enough evidence (score >= the default threshold, i.e. a specific
     * format or context) win overlaps against generic candidates such as phone numbers.
     */
    static int priority(PiiMatch m) {
        return m.score() >= DEFAULT_THRESHOLD && VALIDATED.contains(m.type()) ? 1 : 0;
    }

    static double round(double s) {
        return Math.round(s * 1000.0) / 1000.0;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean isAsciiAlnum(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isWordChar(char c) {
        return c == '_' || Chars.letterOrDigit(c);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0';
    }

    private static boolean isNetChar(char c) {
        return isAsciiAlnum(c) || c == ':' || c == '.' || c == '%' || c == '-' || c == '/';
    }

    private static boolean isLocalChar(char c) {
        return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
                || (c > 0x7f && Chars.letterOrDigit(c));
    }

    private static boolean isDomainChar(char c) {
        return isAsciiAlnum(c) || c == '.' || c == '-' || (c > 0x7f && Chars.letterOrDigit(c));
    }

    private static boolean allLetters(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Chars.letter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // =========================================================================================== identity

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PiiDetector d) || hash != d.hash) {
            return false;
        }
        return builtins.equals(d.builtins) && allowList.equals(d.allowList) && contextWindow == d.contextWindow
                && publicFigures == d.publicFigures
                && languages.equals(d.languages) && recognizers.equals(d.recognizers) && minScore == d.minScore
                && otherEntities.equals(d.otherEntities) && patternsKey().equals(d.patternsKey());
    }

    private List<String> patternsKey() {
        List<String> k = new ArrayList<>();
        for (CustomPattern p : customPatterns) {
            k.add(p.name + "\u0000" + p.pattern.pattern() + "\u0000" + p.pattern.flags() + "\u0000" + p.level);
        }
        return k;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "PiiDetector[entities=" + builtins + ", custom=" + customPatterns.size() + ", recognizers="
                + recognizers.stream().map(EntityRecognizer::name).toList() + ", contextWindow=" + contextWindow + "]";
    }

    // =========================================================================================== builder

    /** Builds a {@link PiiDetector}. */
    public static final class Builder {
        private final EnumSet<PiiEntity> builtins = EnumSet.allOf(PiiEntity.class);
        private final Set<String> otherEntities = new LinkedHashSet<>();
        private final Set<String> allowList = new LinkedHashSet<>();
        private int contextWindow = DEFAULT_CONTEXT_WINDOW;
        private boolean publicFigures = true;
        private final List<CustomPattern> customPatterns = new ArrayList<>();
        private final Set<String> languages = new LinkedHashSet<>();
        private final List<EntityRecognizer> recognizers = new ArrayList<>();
        private boolean serviceLoaded;
        private double minScore = 0.2;

        private Builder() {
            recognizers.addAll(ServiceRecognizers.ALL);
            serviceLoaded = true;
        }

        /**
         * Restricts detection to these entity types (built-in names; other names are passed to plugged-in
         * recognizers). An empty collection keeps every built-in type.
         *
         * @throws IllegalArgumentException for a name that is neither built-in nor offered by a recognizer
         */
        public Builder entities(Collection<String> types) {
            if (types.isEmpty()) {
                builtins.addAll(EnumSet.allOf(PiiEntity.class));
                return this;
            }
            builtins.clear();
            otherEntities.clear();
            for (String t : types) {
                PiiEntity e = PiiEntity.of(t.trim());
                if (e != null) {
                    builtins.add(e);
                } else if (t.equalsIgnoreCase("EMAIL")) {
                    builtins.add(PiiEntity.EMAIL_ADDRESS);
                } else if (t.equalsIgnoreCase("PHONE")) {
                    builtins.add(PiiEntity.PHONE_NUMBER);
                } else {
                    otherEntities.add(t.trim().toUpperCase(Locale.ROOT));
                }
            }
            return this;
        }

        /**
         * Whether PERSON leaves out names that are not personal data (default true): public figures and fictional
         * characters (public-figures.txt) unless the text around them is a record about a person (contact or
         * identity data nearby, a name field, an introduction), names that are part of an address or a building
         * ("rue Victor Hugo", "Konrad-Adenauer-Straße") and car models ("Ford Mustang"). See docs/pii.md.
         */
        public Builder publicFigures(boolean on) {
            this.publicFigures = on;
            return this;
        }

        /** Values never reported (compared case-insensitively after trimming), e.g. a support address. */
        public Builder allowList(Collection<String> values) {
            for (String v : values) {
                allowList.add(v.trim().toLowerCase(Locale.ROOT));
            }
            return this;
        }

        /** Characters searched for context words before a candidate (half as many after); 0 disables context. */
        public Builder contextWindow(int chars) {
            if (chars < 0 || chars > 1000) {
                throw new IllegalArgumentException("context_window must be within 0..1000 characters, got " + chars);
            }
            this.contextWindow = chars;
            return this;
        }

        /** Adds a policy author's pattern. */
        public Builder customPattern(CustomPattern pattern) {
            customPatterns.add(Objects.requireNonNull(pattern, "pattern"));
            return this;
        }

        /**
         * Limits context words to these languages ({@code en}, {@code nl}, {@code de}, {@code fr}, {@code es},
         * {@code it}); English words always apply. Empty means all.
         */
        public Builder languages(Collection<String> codes) {
            for (String c : codes) {
                String l = c.trim().toLowerCase(Locale.ROOT);
                if (l.length() > 2 && (l.charAt(2) == '-' || l.charAt(2) == '_')) {
                    l = l.substring(0, 2);
                }
                if (!Lexicon.LANGUAGES.contains(l)) {
                    throw new IllegalArgumentException("unsupported language \"" + c + "\": expected one of "
                            + new java.util.TreeSet<>(Lexicon.LANGUAGES));
                }
                languages.add(l);
            }
            return this;
        }

        /** Adds a recognizer (e.g. a NER model). */
        public Builder recognizer(EntityRecognizer recognizer) {
            recognizers.add(Objects.requireNonNull(recognizer, "recognizer"));
            return this;
        }

        /**
         * Keeps only the ServiceLoader recognizers with these names (an empty list removes them all). Recognizers
         * added with {@link #recognizer(EntityRecognizer)} are kept.
         *
         * @throws IllegalArgumentException naming an unknown recognizer and the available ones
         */
        public Builder serviceRecognizers(Collection<String> names) {
            if (serviceLoaded) {
                recognizers.removeAll(ServiceRecognizers.ALL);
            }
            for (String name : names) {
                EntityRecognizer r = ServiceRecognizers.ALL.stream().filter(x -> x.name().equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown entity recognizer \"" + name
                                + "\": available " + ServiceRecognizers.ALL.stream().map(EntityRecognizer::name)
                                .toList()));
                recognizers.add(r);
            }
            return this;
        }

        /** The lowest score {@link PiiDetector#scan(String)} returns (default 0.2). */
        public Builder minScore(double score) {
            if (!(score >= 0.0 && score <= 1.0)) {
                throw new IllegalArgumentException("min score must be within 0..1, got " + score);
            }
            this.minScore = score;
            return this;
        }

        /** Builds the detector. */
        public PiiDetector build() {
            return new PiiDetector(this);
        }
    }

    /** The recognizers registered with ServiceLoader, loaded once. */
    static final class ServiceRecognizers {
        static final List<EntityRecognizer> ALL = load();

        private static List<EntityRecognizer> load() {
            List<EntityRecognizer> out = new ArrayList<>();
            for (EntityRecognizer r : ServiceLoader.load(EntityRecognizer.class, PiiDetector.class.getClassLoader())) {
                out.add(r);
            }
            return List.copyOf(out);
        }
    }
}
