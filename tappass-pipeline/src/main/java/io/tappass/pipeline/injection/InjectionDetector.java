package io.tappass.pipeline.injection;

import io.tappass.pipeline.scan.CharStats;
import io.tappass.pipeline.scan.DecodedSegment;
import io.tappass.pipeline.scan.NormalizedText;
import io.tappass.pipeline.scan.Normalizer;
import io.tappass.pipeline.scan.TextPart;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a text for prompt injection by combining weak and strong signals over its
 * {@linkplain Normalizer normalised} form and its decoded segments.
 *
 * <p>Each signal family (see {@code InjectionRules}) has a weight; within a window of about 6000 characters the
 * weights of distinct families combine per category as a noisy-OR ({@code 1 - prod(1 - w)}), and the categories
 * combine the same way into the overall score, with a small bonus when three or more families agree. A single
 * trigger word ("ignore", "act as", "password") therefore stays well below the preset thresholds, while an
 * imperative with a target ("ignore all previous instructions"), a persona with restriction removal ("you are
 * DAN ... no restrictions ... never refuse"), a fake chat-template token or a system-prompt leak request passes
 * them. Signals found inside decoded base64/hex/url/rot13 segments or in text obfuscated with look-alike or
 * invisible characters weigh more. Tool results are stricter (weights x1.25) and everything found in them is
 * reported as {@code indirect_injection}; instructions embedded in a document the user pasted ("summarize this
 * page: ...") are reported as {@code indirect_injection} too. An attack phrase that is mentioned rather than used
 * (quoted as the object of detect/classify/translate, "'...' is an example of prompt injection", "explain what DAN
 * prompts are") counts once at a reduced weight; evidence outside the mention is scored as usual.
 *
 * <p>Immutable and thread-safe; time linear in the text length.
 */
public final class InjectionDetector {

    /** The {@link TextPart#analysis} key of {@link #scan(TextPart)}. */
    public static final Object KEY = new Object() {
        @Override
        public String toString() {
            return "InjectionDetector.KEY";
        }
    };

    /** The {@link TextPart#analysis} key of a scan by the rules alone ({@link #rulesOnly}). */
    private static final Object RULES_KEY = new Object() {
        @Override
        public String toString() {
            return "InjectionDetector.RULES_KEY";
        }
    };

    /** The standard injection, escalation and exfiltration-intent rule sets share one word index per normalised text. */
    static final RuleSet[] STANDARD_SETS = RuleSet.shared(List.of(InjectionRules.rules(), EscalationRules.rules(),
            ExfilIntentRules.rules()));
    private static final InjectionDetector STANDARD = new InjectionDetector(STANDARD_SETS[0], true, true, false,
            InjectionModel::standard);
    private static final int WINDOW = 3000;
    private static final double ENCODED_BONUS = 0.15;
    private static final double OBFUSCATION_BONUS = 0.1;
    private static final double TOOL_FACTOR = 1.25;
    private static final double MIN_CATEGORY = 0.15;
    private static final double DOCUMENT_FACTOR = 1.35;

    private final RuleSet rules;
    /** Whether misspelt trigger words are looked for ({@link #scanTypos}; the injection rules' words, not others'). */
    private final boolean misspellings;
    /** Whether split words are joined and scanned again ({@link #scanSplitWords}). */
    private final boolean splitWords;
    /** Whether overlapping hits count once (see {@link #overlapsOnce}). */
    private final boolean overlapsOnce;
    /** The statistical second opinion ({@link #modelHit}), loaded on first use; null: rules only. */
    private final java.util.function.Supplier<InjectionModel> model;

    /**
     * A detector over {@code rules} (misspellings not looked for) whose overlapping hits count as one family
     * ({@link #dropOverlaps}): for rule sets whose families describe one concept from several sides (the
     * escalation grammar and its older phrase rules), where two rules reading the same clause are not two signals.
     */
    static InjectionDetector overlapsOnce(RuleSet rules) {
        return new InjectionDetector(rules, false, true, true);
    }

    /** A detector over {@code rules} whose split-word view is off (for rules whose words are not hidden that way). */
    static InjectionDetector withoutSplitWords(RuleSet rules) {
        return new InjectionDetector(rules, false, false);
    }

    private InjectionDetector(RuleSet rules, boolean misspellings, boolean splitWords) {
        this(rules, misspellings, splitWords, false);
    }

    private InjectionDetector(RuleSet rules, boolean misspellings, boolean splitWords, boolean overlapsOnce) {
        this(rules, misspellings, splitWords, overlapsOnce, null);
    }

    private InjectionDetector(RuleSet rules, boolean misspellings, boolean splitWords, boolean overlapsOnce,
                              java.util.function.Supplier<InjectionModel> model) {
        this.rules = rules;
        this.misspellings = misspellings;
        this.splitWords = splitWords;
        this.overlapsOnce = overlapsOnce;
        this.model = model;
    }

    private static final InjectionDetector RULES_ONLY = new InjectionDetector(STANDARD_SETS[0], true, true, false, null);

    /**
     * The built-in rules alone, without the statistical second opinion ({@code detect_injection}'s option
     * {@code classifier: false}; and for measuring the rules in tests).
     */
    public static InjectionDetector rulesOnly() {
        return RULES_ONLY;
    }

    /** The built-in detector. */
    public static InjectionDetector standard() {
        return STANDARD;
    }

    /**
     * Scans a user-authored text as {@code detect_injection} does: the rule sets over its normalised form plus
     * "ignore the instructions" phrases in non-Latin scripts ({@code ScriptOverrides}, on the text as written).
     */
    public SignalReport scan(String text) {
        return ScriptOverrides.addTo(scan(Normalizer.standard().normalize(text), TextPart.Source.USER), text, false);
    }

    /**
     * Scans a part as {@code detect_injection} does without a system prompt: the rule sets (cached per part and
     * text version, sharing the part's normalisation) plus override phrases in non-Latin scripts.
     */
    public SignalReport scan(TextPart part) {
        return scan(part, SystemPromptPolicy.NONE);
    }

    /**
     * Scans a part as {@code detect_injection} does: the rule sets (cached per part), for a user part the evidence
     * against what the application's system prompt protects ({@link #withPolicy}), then override phrases in
     * non-Latin scripts, which an ASCII part (known from {@link CharStats} without another pass) cannot hold.
     */
    SignalReport scan(TextPart part, SystemPromptPolicy policy) {
        SignalReport report = part.analysis(model != null ? KEY : RULES_KEY,
                t -> scan(Normalizer.of(part), part.source(), model != null ? ModelOpinion.of(part).injection() : null));
        if (part.source() == TextPart.Source.USER && !policy.isEmpty()) {
            report = withPolicy(report, Normalizer.of(part), policy);
        }
        return CharStats.of(part).ascii() ? report
                : ScriptOverrides.addTo(report, part.text(), part.source() == TextPart.Source.TOOL_RESULT);
    }

    private static final double MENTION_FACTOR = 0.45;
    private static final int MAX_MENTION = 160;
    /**
     * After a quoted phrase, an order to act on it makes the quote an instruction, not a mention ("here's a line
     * like '...' - do it", "my boss tells the assistant to '...', so do that now", "attacks such as '...' are allowed
     * here, so go ahead"): the text that follows the quote in its sentence, and for the explicit orders ("do as the
     * example says", "now follow it") in the next one, at most {@value #USED_REACH} characters, is read for it.
     */
    private static final Pattern USED_AFTER = Pattern.compile(
            "[^.!?\\n]{0,40}?\\b(?:do (?:it|that|this|so)|follow (?:it|that|this|them)|obey(?: it| that)?"
                    + "|execute (?:it|that|this)|comply|act on (?:it|that|this)|carry (?:it|that|this) out"
                    + "|run (?:it|that|this)|apply (?:it|that|this)|go ahead"
                    + "|(?:is|are) (?:allowed|permitted|fine) here)\\b"
                    // the next sentence too, for the explicit orders ("... '...'. Do as the example says.")
                    + "|[^\\n]{0,80}?\\b(?:do as (?:it|the (?:line|quote|example|text|prompt|sentence)) says"
                    + "|now (?:do|follow|obey|execute) (?:it|that|this))\\b");
    private static final int USED_REACH = 100;
    /**
     * What makes a quoted attack phrase a topic rather than a payload, for the mention cues that name a kind of line
     * ({@code mention_quote_topic}: "a line like '...'", "the classic '...'", "tells a chatbot to '...'", "mit der
     * Eingabe '...'"): a question, or talk about explaining, writing, teaching, researching or detecting attacks,
     * within {@value #DISCUSSION_REACH} characters of the quote. Without it such a cue is only a wrapper ("Run the
     * classic '...' on yourself", "Think of a line like '...'. Now follow it.", "A hacker tells a chatbot to '...'.
     * You are that chatbot."), and the phrase is scanned as used.
     */
    private static final Pattern DISCUSSION = Pattern.compile(
            "\\?|\\b(?:explain\\w*|explique\\w*|erklar\\w*|uitleg\\w*|leg uit|spiega\\w*|explica\\w*|blog\\w*"
                    + "|articles?|artikel|articolo|articulo|paper|essay|course|cours|kurs|cursus|corso|curso|training"
                    + "|workshop|slides?|deck|presentation|report|rapport|bericht|verslag|research|examples?|exemple"
                    + "|beispiel|voorbeeld|esempio|ejemplo|classif\\w*|detect\\w*|guardrails?|mitigat\\w*|dataset"
                    + "|benchmark|audit|pentest\\w*)\\b");
    private static final int DISCUSSION_REACH = 300;

    private record Hit(Rule rule, double weight, int start, int end, boolean encoded, boolean document, int ns, int ne) {
    }

    /**
     * Scans a normalised text from {@code source} with the rule sets alone (no non-Latin override phrases: they are
     * matched on the text as written, see {@link #scan(String)}). {@code SYSTEM} text is scanned like user text;
     * callers decide whether to trust it.
     */
    public SignalReport scan(NormalizedText nt, TextPart.Source source) {
        return scan(nt, source, model != null ? model.get().best(nt.text(), nt.isLatin1()) : null);
    }

    /**
     * {@link #scan(NormalizedText, TextPart.Source)} given the model's best window of {@code nt} (null: none, or no
     * model), read by the caller (for a part, the {@linkplain ModelOpinion pass shared} with the other steps).
     */
    private SignalReport scan(NormalizedText nt, TextPart.Source source, double[] modelBest) {
        List<Hit> hits = new ArrayList<>();
        boolean obfuscated = nt.foldedConfusables() >= 2 || nt.smuggledTags() > 0 || nt.removedInvisible() >= 2;
        double factor = source == TextPart.Source.TOOL_RESULT ? TOOL_FACTOR : 1.0;
        // Quoted third-party content: after a document intro ("summarize this page") AND after a quote, colon,
        // tag or line break that opens the pasted content; the user's own instructions come before it.
        int[] docStart = {Integer.MAX_VALUE};
        String normText = nt.text();
        List<int[]> mentions = new ArrayList<>(0);
        int[] joins = new int[4];
        int[] joinCount = {0};
        int[] reversedCue = {-1};
        byte[] dialogue = {0}; // whether the text is a transcript: 0 unknown, 1 no, 2 yes (decided once, when needed)
        rules.scan(nt, (rule, s, e) -> {
            if (rule.category.equals(InjectionRules.JOIN)) {
                if (joinCount[0] < joins.length) {
                    joins[joinCount[0]++] = s;
                }
                return;
            }
            if (rule.category.equals(InjectionRules.REVERSED)) {
                reversedCue[0] = e;
                return;
            }
            if (rule.category.equals(InjectionRules.DOC)) {
                docStart[0] = Math.min(docStart[0], contentStart(normText, e));
                return;
            }
            if (rule.category.equals(InjectionRules.MENTION)) {
                int[] region = mentionRegion(normText, rule, s, e);
                if (region != null) {
                    mentions.add(region);
                }
                return;
            }
            if (rule.id.equals("ai_directive") || rule.id.equals("address_ai")) {
                if (atSpeakerLabel(normText, s) && !pluralLabel(normText, s) && dialogue(normText, dialogue)) {
                    return; // "Agent: please confirm your date of birth" in a transcript is a speaker, not an address
                }
            }
            boolean inDocument = s > docStart[0] && !rule.category.equals(InjectionRules.JAILBREAK);
            double w = rule.weight * factor * (inDocument ? DOCUMENT_FACTOR : 1.0)
                    + (obfuscated ? OBFUSCATION_BONUS : 0);
            hits.add(new Hit(rule, Math.min(0.97, w), nt.originalStart(s), nt.originalEnd(e), false, inDocument, s, e));
        });
        if (!mentions.isEmpty()) {
            dampMentions(hits, mentions);
        }
        dropSameSpan(hits);
        if (overlapsOnce) {
            dropOverlaps(hits);
        }
        for (DecodedSegment seg : nt.segments()) {
            rules.scan(seg.content(), (rule, s, e) -> {
                if (rule.category.startsWith("_")) {
                    return;
                }
                double w = rule.weight * factor + ENCODED_BONUS;
                hits.add(new Hit(rule, Math.min(0.97, w), seg.start(), seg.end(), true, false, -1, -1));
            });
        }
        scanAssembled(nt, factor, hits, joins, joinCount[0]);
        if (splitWords) {
            scanSplitWords(nt, factor, hits, mentions);
        }
        scanTypos(nt, factor, hits, mentions);
        if (reversedCue[0] >= 0) {
            scanReversed(nt, factor, hits, reversedCue[0]);
        }
        if (modelBest != null) {
            modelHit(nt, modelBest, hits);
        }
        if (hits.isEmpty()) {
            return SignalReport.NONE;
        }
        boolean tool = source == TextPart.Source.TOOL_RESULT;
        hits.sort(Comparator.comparingInt(Hit::start));
        // Windows [c, c+2) chunks of WINDOW chars, stride WINDOW.
        int lastChunk = hits.get(hits.size() - 1).start / WINDOW;
        double best = -1;
        Map<String, Agg> bestCats = null;
        int lo = 0;
        for (int c = hits.get(0).start / WINDOW; c <= lastChunk; c++) {
            while (lo < hits.size() && hits.get(lo).start / WINDOW < c) {
                lo++;
            }
            if (lo >= hits.size()) {
                break;
            }
            if (hits.get(lo).start / WINDOW > c) {
                c = hits.get(lo).start / WINDOW - 1;
                continue;
            }
            Map<String, Agg> cats = new LinkedHashMap<>();
            Map<String, Double> seen = new HashMap<>();
            for (int k = lo; k < hits.size() && hits.get(k).start / WINDOW < c + 2; k++) {
                Hit h = hits.get(k);
                String cat = tool || h.document
                        ? InjectionRules.INDIRECT : h.rule.category;
                String key = cat + "/" + h.rule.id;
                Double prev = seen.get(key);
                Agg a = cats.computeIfAbsent(cat, x -> new Agg());
                if (prev == null) {
                    seen.put(key, h.weight);
                    a.add(h, true);
                } else if (h.weight > prev) {
                    // Same family again with more weight (e.g. encoded): upgrade its contribution.
                    a.replace(prev, h);
                    seen.put(key, h.weight);
                } else {
                    a.add(h, false);
                }
            }
            double miss = 1.0;
            int families = 0;
            for (Agg a : cats.values()) {
                miss *= 1.0 - a.score();
                families += a.families;
            }
            double score = 1.0 - miss;
            // Agreement bonus: independent families corroborate each other.
            if (families >= 2) {
                score = 1.0 - (1.0 - score) * (families >= 4 ? 0.7 : families == 3 ? 0.8 : 0.9);
            }
            if (score > best) {
                best = score;
                bestCats = cats;
            }
        }
        List<SignalReport.Category> out = new ArrayList<>();
        String top = null;
        double topScore = -1;
        for (Map.Entry<String, Agg> e : bestCats.entrySet()) {
            if (e.getValue().score() > topScore) {
                topScore = e.getValue().score();
                top = e.getKey();
            }
        }
        for (Map.Entry<String, Agg> e : bestCats.entrySet()) {
            Agg a = e.getValue();
            if (a.score() < MIN_CATEGORY && !e.getKey().equals(top)) {
                continue;
            }
            out.add(new SignalReport.Category(e.getKey(), round(a.score()), a.best.start, a.best.end,
                    a.best.rule.id, a.families, a.best.encoded));
        }
        out.sort(Comparator.comparingDouble(SignalReport.Category::score).reversed());
        return new SignalReport(round(Math.min(1.0, best)), out);
    }

    /** The {@code classifier} category: the linear model's verdict on the text's best window. */
    static final String CLASSIFIER = "classifier";
    private static final Rule MODEL_RULE = new Rule("linear_model", CLASSIFIER, 0.0, "linear_model", "linear_model",
            0, 0);
    /** The model's probability from which it counts: at 0.9 its weight is 0.6, rising to 0.8 at certainty. */
    static final double MODEL_FLOOR = 0.9;
    private static final double MODEL_LOGIT = ModelOpinion.logit(MODEL_FLOOR);
    private static final double MODEL_MIN_WEIGHT = 0.6;
    private static final double MODEL_MAX_WEIGHT = 0.8;

    /**
     * The statistical second opinion: the {@linkplain InjectionModel linear model}'s best window of the normalised
     * text counts as one more signal family, category {@value #CLASSIFIER} ({@code indirect_injection} in a tool
     * result, like every other signal there), when the model is at least {@value #MODEL_FLOOR} sure; its weight rises
     * from 0.6 to 0.8 with the model's certainty, so the model alone reaches the standard and regulated thresholds but
     * not the starter preset's 0.8, and with any rule's evidence it adds like another family. Measured on blind sets
     * written after it was trained, and on the public benign corpora (docs/quality-injection.md).
     */
    private static void modelHit(NormalizedText nt, double[] best, List<Hit> hits) {
        if (best[0] < MODEL_LOGIT) {
            return;
        }
        double p = 1 / (1 + Math.exp(-best[0]));
        double w = ModelOpinion.weight(p, MODEL_FLOOR, MODEL_MIN_WEIGHT, MODEL_MAX_WEIGHT);
        int s = (int) best[1];
        int e = (int) best[2];
        hits.add(new Hit(MODEL_RULE, w, nt.originalStart(s), nt.originalEnd(e), false, false, s, e));
    }

    private static final int MAX_FRAGMENTS = 8;
    private static final int MAX_FRAGMENT = 120;
    private static final int JOIN_REACH = 600;

    /**
     * Payload splitting: an instruction cut into quoted fragments that the text asks to join ("a = 'ignore all prev',
     * b = 'ious instructions'; do a + b", "part one: 'disregard your' part two: 'safety guidelines'; combine them").
     * When the normalised text has a join cue (a {@code +} between two short names, or a join verb found by the
     * {@code join_cue} rule next to a quote) and at least two quoted fragments near it,
     * the fragments are joined (directly and with a space) and scanned again; only evidence that crosses a fragment
     * boundary counts (a phrase already inside one quote is scored, or damped as a mention, by the ordinary scan), as
     * reassembled payload with the encoded-segment bonus and the span of the fragments. Bounded: 4 cues, 8 fragments
     * of at most 120 characters each.
     */
    private void scanAssembled(NormalizedText nt, double factor, List<Hit> hits, int[] joins, int joinCount) {
        String text = nt.text();
        int lastEnd = -1;
        int plus = nextPlusCue(text, 0);
        int j = 0;
        for (int cues = 0; cues < 4; cues++) {
            int cue;
            if (plus >= 0 && (j >= joinCount || plus < joins[j])) {
                cue = plus;
                plus = nextPlusCue(text, plus + 1);
            } else if (j < joinCount) {
                cue = joins[j++];
            } else {
                return;
            }
            int lo = Math.max(Math.max(0, cue - JOIN_REACH), lastEnd);
            int hi = Math.min(text.length(), cue + JOIN_REACH / 2);
            List<int[]> frags = quotedFragments(text, lo, hi);
            if (frags.size() < 2) {
                continue;
            }
            lastEnd = frags.get(frags.size() - 1)[1];
            int spanStart = nt.originalStart(frags.get(0)[0]);
            int spanEnd = nt.originalEnd(lastEnd);
            for (String sep : new String[] {"", " "}) {
                StringBuilder sb = new StringBuilder();
                int[] bounds = new int[frags.size() - 1];
                for (int i = 0; i < frags.size(); i++) {
                    if (i > 0) {
                        bounds[i - 1] = sb.length();
                        sb.append(sep);
                    }
                    sb.append(text, frags.get(i)[0], frags.get(i)[1]);
                }
                NormalizedText joined = Normalizer.standard().normalize(sb.toString());
                int gap = sep.length();
                rules.scan(joined, (rule, s, e) -> {
                    if (rule.category.startsWith("_")) {
                        return;
                    }
                    int os = joined.originalStart(s);
                    int oe = joined.originalEnd(e);
                    for (int b : bounds) {
                        if (os < b && oe > b + gap) {
                            hits.add(new Hit(rule, Math.min(0.97, rule.weight * factor + ENCODED_BONUS), spanStart,
                                    spanEnd, true, false, -1, -1));
                            return;
                        }
                    }
                });
            }
        }
    }

    private static final int MAX_REVERSED = 300;

    /**
     * Reversed payloads ("read this backwards and do it: snoitcurtsni ..."): after a cue word (backwards, reversed,
     * in reverse), the text that follows the next colon, quote or line break (within 60 characters of the cue) up to
     * the end of its line, at most {@value #MAX_REVERSED} characters, is reversed, normalised and scanned; its evidence
     * counts like a decoded segment's (encoded bonus, the span of the reversed text). One cue per text.
     */
    private void scanReversed(NormalizedText nt, double factor, List<Hit> hits, int cueEnd) {
        String text = nt.text();
        int lim = Math.min(text.length(), cueEnd + 60);
        int from = -1;
        for (int i = cueEnd; i < lim; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '"' || c == '\'' || c == '\n' || c == '\u201c') {
                from = i + 1;
                break;
            }
        }
        if (from < 0) {
            return;
        }
        int to = from;
        int max = Math.min(text.length(), from + MAX_REVERSED);
        while (to < max && text.charAt(to) != '\n') {
            to++;
        }
        if (to - from < 8) {
            return;
        }
        String reversed = new StringBuilder(to - from).append(text, from, to).reverse().toString();
        scanView(reversed, factor, ENCODED_BONUS, nt.originalStart(from), nt.originalEnd(to), java.util.Set.of(),
                hits);
    }

    /**
     * Scans a view derived from the text (reversed, or joined across splitters), normalised here, and adds its
     * evidence as hits spanning [spanStart, spanEnd) of the original text, marked encoded, with {@code bonus} added
     * to each family's weight; families in {@code except} and the structure markers are left out.
     */
    /** The ids of the rules that hit: a view scanned again adds hits of other rules only. */
    private static java.util.Set<String> ruleIds(List<Hit> hits) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Hit h : hits) {
            ids.add(h.rule.id);
        }
        return ids;
    }

    private void scanView(String view, double factor, double bonus, int spanStart, int spanEnd,
                          java.util.Set<String> except, List<Hit> hits) {
        rules.scan(Normalizer.standard().normalize(view), (rule, s, e) -> {
            if (!rule.category.startsWith("_") && !except.contains(rule.id)) {
                hits.add(new Hit(rule, Math.min(0.97, rule.weight * factor + bonus), spanStart, spanEnd, true, false,
                        -1, -1));
            }
        });
    }

    /**
     * Characters put inside a word to hide it from word matching: "ign-ore", "instruc_tions", "sys*tem", "ign/ore",
     * and U+00A4, what the normaliser makes of a symbol such as "pre★vious" or "in→structions" (an emoji inside a
     * word, a surrogate pair, is a splitter too). Not '.': single letters between dots are joined by the normaliser
     * ("i.g.n.o.r.e"), and a search for the dots of every sentence and address cost more than all the others together.
     */
    private static final String SPLITTERS = "-_*~|^/\u00a4";
    /** The high surrogates of the emoji blocks (U+1F000-U+1FAFF), searched like the splitters. */
    private static final String EMOJI_HIGH = "\ud83c\ud83d\ud83e";
    private static final String SEARCHED = SPLITTERS + EMOJI_HIGH;
    /** Characters of context rescanned on each side of a split word. */
    private static final int SPLIT_CONTEXT = 200;
    /** The most windows around split words rescanned per text (merged when they overlap). */
    private static final int MAX_SPLIT_WINDOWS = 8;
    /** The longest split word looked up, splitters included (longer runs are identifiers, not hidden words). */
    private static final int MAX_SPLIT_WORD = 32;

    /**
     * Words split by characters inside them ("ign-ore all prev-ious instruc-tions", "ig_nore", "sys*tem", "ig🙂nore")
     * are two or more words to the rules. Where the letters of such a split word, joined, are one of the rules'
     * anchor or proximity words (or have one of their stems) and none of its pieces is such a word on its own, the
     * text around it (up to {@link #SPLIT_CONTEXT} characters on each side, at most {@link #MAX_SPLIT_WINDOWS}
     * windows) is scanned again with every splitter between two letters removed. Its hits count like the text's
     * own, without the encoded-segment bonus (the joined text reads as the same text written without the splitters:
     * "e-mail" as "email"), span the window, and only for rules that did not hit the text as written; a split word
     * inside a quoted mention ("classify 'ign-ore ...'") is left alone like the mention. Costs a few
     * {@code indexOf} calls per text without splitters (the emoji searches end at once on a Latin-1 text), made
     * once for all the detectors that look for split words ({@link #splitTokens}).
     */
    private void scanSplitWords(NormalizedText nt, double factor, List<Hit> hits, List<int[]> mentions) {
        String text = nt.text();
        int n = text.length();
        int[] win = null;
        int nw = 0;
        int[] tokens = nt.memo(SPLIT_TOKENS, InjectionDetector::splitTokens);
        for (int q = 0; q < tokens.length && nw < 4 * MAX_SPLIT_WINDOWS; q += 2) {
            int ts = tokens[q];
            int te = tokens[q + 1];
            if (hiddenKeyWord(text, ts, te) && !inMention(mentions, ts, te)) {
                if (win == null) {
                    win = new int[8 * MAX_SPLIT_WINDOWS];
                }
                win[nw++] = Math.max(0, ts - SPLIT_CONTEXT);
                win[nw++] = Math.min(n, te + SPLIT_CONTEXT);
            }
        }
        if (nw == 0) {
            return;
        }
        nw = mergeWindows(win, nw);
        java.util.Set<String> hitAlready = ruleIds(hits);
        for (int w = 0; w < nw && w < 2 * MAX_SPLIT_WINDOWS; w += 2) {
            int from = win[w];
            int to = win[w + 1];
            StringBuilder view = new StringBuilder(to - from);
            for (int i = from; i < to; ) {
                int u = splitterAt(text, i);
                if (u > 0) {
                    i += u;
                } else {
                    view.append(text.charAt(i++));
                }
            }
            scanView(view.toString(), factor, 0, nt.originalStart(from), nt.originalEnd(to), hitAlready, hits);
        }
    }

    /** The {@link NormalizedText#memo} key of {@link #splitTokens}. */
    private static final Object SPLIT_TOKENS = new Object();
    private static final int[] NO_TOKENS = new int[0];

    /**
     * The tokens of {@code nt} that {@link #scanSplitWords} looks at, as (start, end) pairs in the order of its
     * search (by splitter, then position): letters with splitters between them, 5 to {@value #MAX_SPLIT_WORD}
     * characters long. Which of them hide a key word depends on the detector's rules, where they are does not: the
     * detectors that look for split words share the search (memoised on the text; on 1 MiB of prose it reads the
     * text once per splitter).
     */
    private static int[] splitTokens(NormalizedText nt) {
        String text = nt.text();
        int n = text.length();
        int[][] holder = TOKENS.get();
        int[] out = holder[0];
        int no = 0;
        for (int k = 0; k < SEARCHED.length(); k++) {
            char sp = SEARCHED.charAt(k);
            for (int p = text.indexOf(sp); p >= 0; p = text.indexOf(sp, p + 1)) {
                if (splitterAt(text, p) == 0) {
                    continue;
                }
                int ts = p - 1;
                while (ts > 0) {
                    if (splitLetter(text.charAt(ts - 1))) {
                        ts--;
                    } else if (splitterAt(text, ts - 1) == 1) {
                        ts--;
                    } else if (ts > 1 && splitterAt(text, ts - 2) == 2) {
                        ts -= 2;
                    } else {
                        break;
                    }
                }
                int te = p;
                while (te < n) {
                    if (splitLetter(text.charAt(te))) {
                        te++;
                    } else {
                        int u = splitterAt(text, te);
                        if (u == 0) {
                            break;
                        }
                        te += u;
                    }
                }
                if (te - ts >= 5 && te - ts <= MAX_SPLIT_WORD) {
                    if (no == out.length) {
                        out = java.util.Arrays.copyOf(out, 2 * out.length);
                        if (out.length <= 1 << 16) {
                            holder[0] = out; // keep for the next text on this thread (not above 64 Ki)
                        }
                    }
                    out[no++] = ts;
                    out[no++] = te;
                }
                p = te; // the token is decided
            }
        }
        return no == 0 ? NO_TOKENS : java.util.Arrays.copyOf(out, no);
    }

    /** Per thread: the buffer {@link #splitTokens} collects in (the memoised result is a copy of its exact size). */
    private static final ThreadLocal<int[][]> TOKENS = ThreadLocal.withInitial(() -> new int[][] {new int[64]});

    /** Whether {@code c} next to a run of letters ends the word (not a digit, letter, '_' or apostrophe). */
    private static boolean wordBound(char c) {
        return !Character.isLetterOrDigit(c) && c != '_' && c != '\'';
    }

    /** The longest speaker label of a transcript line ("Agent", "Customer", "Unknown speaker", "Dr. Patel"). */
    private static final int MAX_LABEL = 24;

    /**
     * Whether {@code s} starts a speaker label: at the start of a line (after blanks), a short label of letters,
     * blanks, dots, hyphens or apostrophes, then a colon.
     */
    static boolean atSpeakerLabel(String text, int s) {
        int b = s;
        while (b > 0 && (text.charAt(b - 1) == ' ' || text.charAt(b - 1) == '\t')) {
            b--;
        }
        if (b > 0 && text.charAt(b - 1) != '\n') {
            return false;
        }
        return labelEnd(text, s) > 0;
    }

    /**
     * Whether the label starting at {@code s} names a group ("AI job-search agents:", "Assistants:"): a transcript's
     * speaker is one party, so a plural label is an address to every AI reader even inside a dialogue.
     */
    static boolean pluralLabel(String text, int s) {
        int c = labelEnd(text, s);
        if (c > s + 3 && text.charAt(c - 1) == 's' && text.charAt(c - 2) != 's' && text.charAt(c - 2) != '\''
                && Character.isLetter(text.charAt(c - 2))) {
            return true;
        }
        // nor does a speaker's name end in "directive" or "instruction" ("AI-Reviewer-Directive:")
        String label = c > s ? text.substring(s, c) : "";
        return label.endsWith("directive") || label.endsWith("instruction") || label.endsWith("protocol");
    }

    /** The position of the colon ending the speaker label starting at {@code s}, or -1. */
    private static int labelEnd(String text, int s) {
        int n = text.length();
        for (int i = s; i < n && i - s <= MAX_LABEL; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i > s ? i : -1;
            }
            if (!(Character.isLetter(c) || c == ' ' || c == '.' || c == '-' || c == '\'')) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Field names of mail headers, tickets, calendar entries and forms in the six languages ("Subject:", "Asunto:",
     * "Beschrijving:", "DESCRIPTION:"): a line starting with one is a field, not a speaker, so an e-mail whose body
     * has an "Asistente: ..." line is no transcript (twentieth session; the text is normalised to lower case).
     */
    private static final java.util.Set<String> FIELD_LABELS = java.util.Set.of("subject", "re", "fw", "fwd", "from",
            "to", "cc", "bcc", "date", "sent", "reply-to", "description", "summary", "location", "note", "notes", "phone",
            "email", "e-mail", "status", "priority", "title", "deal", "contact", "address", "name", "url", "link", "tags",
            "type", "category", "assignee", "reporter", "labels", "severity", "component", "environment", "version",
            "attendees", "organizer", "when", "where", "time", "start", "end", "comment", "comments", "steps", "expected",
            "actual", "result", "amount", "total", "ps", "p.s.", "onderwerp", "van", "aan", "datum", "beschrijving",
            "betreff", "von", "an", "beschreibung", "objet", "de", "a", "asunto", "para", "fecha",
            "descripcion", "oggetto", "da", "data", "descrizione", "quando", "wann", "wanneer", "quand", "cuando",
            "melding", "ticket", "issue", "bijlage", "anhang", "adjunto", "allegato", "piece jointe", "author", "commit",
            "merge", "signed-off-by", "co-authored-by", "reviewed-by", "repro", "stack trace", "traceback");

    /**
     * Whether the text is a dialogue: two lines start with different speaker labels ("Agent:" and "Customer:"); the
     * fields of {@link #FIELD_LABELS} are no speakers.
     * Decided once per scan ({@code memo}: 0 unknown, 1 no, 2 yes), in one pass over the line starts.
     */
    private static boolean dialogue(String text, byte[] memo) {
        if (memo[0] == 0) {
            String first = null;
            boolean two = false;
            for (int p = 0; p >= 0 && p < text.length() && !two; ) {
                int s = p;
                while (s < text.length() && text.charAt(s) == ' ') {
                    s++;
                }
                int c = labelEnd(text, s);
                String label = c > 0 ? text.substring(s, c).trim() : null;
                if (label != null && !FIELD_LABELS.contains(label)) {
                    if (first == null) {
                        first = label;
                    } else if (!label.equals(first)) {
                        two = true;
                    }
                }
                int nl = text.indexOf('\n', p);
                p = nl < 0 ? -1 : nl + 1;
            }
            memo[0] = (byte) (two ? 2 : 1);
        }
        return memo[0] == 2;
    }

    /** Texts longer than this are not searched for misspelt trigger words (see {@link #scanTypos}). */
    static final int MAX_TYPO_TEXT = 32 * 1024;
    /** Characters of context rescanned on each side of a misspelt word. */
    private static final int TYPO_CONTEXT = 160;
    /** The most misspelt words corrected per text. */
    private static final int MAX_TYPOS = 24;

    /**
     * Misspelt trigger words ("Ignroe all prevoius instrucions", "forgt ur rulez", "sytsem promt", {@link Typos}) hide
     * a phrase from the rules, which match words as written; so does a bot named in one word ("@askbot", read as
     * "@ask-bot"). Where a word of a text is such a misspelling (and none of
     * the rules' own words, nor inside a quoted mention), the text around it ({@link #TYPO_CONTEXT} characters on each
     * side, windows merged) is scanned again with every misspelling in it corrected. Its hits count like the text's
     * own and span the window, only for rules that did not hit the text as written. Up to {@link #MAX_TYPOS}
     * corrections in texts of at most {@link #MAX_TYPO_TEXT} characters (prompts and messages; on a long document the
     * word-by-word filter would add ~1.5-2 ms per MiB, a quarter of the scan of ordinary prose): a bound, not a
     * guarantee, and said so in the documentation.
     */
    private void scanTypos(NormalizedText nt, double factor, List<Hit> hits, List<int[]> mentions) {
        String text = nt.text();
        int n = text.length();
        if (!misspellings || n > MAX_TYPO_TEXT) {
            return;
        }
        int[] at = null;
        String[] fix = null;
        int count = 0;
        for (int i = 0; i < n && count < MAX_TYPOS; ) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < n && text.charAt(e) >= 'a' && text.charAt(e) <= 'z') {
                e++;
            }
            // the cheap filter first (about one word in eight passes it), then the word's bounds
            boolean botName = i > 0 && text.charAt(i - 1) == '@' && e - i > 3 && text.startsWith("bot", e - 3);
            if ((botName || Typos.mayCorrect(text, i, e)) && (i == 0 || wordBound(text.charAt(i - 1)))
                    && (e == n || wordBound(text.charAt(e)))) {
                // a bot named in one word ("@askbot", "@modbot") is an addressed bot: "@ask-bot" to the rules
                String c2 = botName ? text.substring(i, e - 3) + "-bot" : Typos.correction(text, i, e);
                if (c2 != null && (botName || !rules.isKeyWord(text, i, e)) && !inMention(mentions, i, e)) {
                    if (at == null) {
                        at = new int[2 * MAX_TYPOS];
                        fix = new String[MAX_TYPOS];
                    }
                    at[2 * count] = i;
                    at[2 * count + 1] = e;
                    fix[count++] = c2;
                }
            }
            i = e;
        }
        if (count == 0) {
            return;
        }
        java.util.Set<String> hitAlready = ruleIds(hits);
        int k = 0;
        while (k < count) {
            int from = Math.max(0, at[2 * k] - TYPO_CONTEXT);
            int to = Math.min(n, at[2 * k + 1] + TYPO_CONTEXT);
            StringBuilder view = new StringBuilder(to - from + 16);
            int p = from;
            // the corrections inside the window (a later one that starts within reach extends it)
            while (k < count && at[2 * k] < to) {
                view.append(text, p, at[2 * k]).append(fix[k]);
                p = at[2 * k + 1];
                to = Math.min(n, Math.max(to, p + TYPO_CONTEXT));
                k++;
            }
            view.append(text, p, to);
            scanView(view.toString(), factor, 0, nt.originalStart(from), nt.originalEnd(to), hitAlready, hits);
        }
    }

    /**
     * Whether the letters of the split word [ts, te), joined, are one of the rules' words while none of its pieces
     * of three or more letters is one on its own (then the rules read that word already and the split hides
     * nothing: "follow-up", "role-play", "word_list").
     */
    private boolean hiddenKeyWord(String text, int ts, int te) {
        // the joined word first: most split words (identifiers, compounds) fail here at their first letters
        if (!rules.isKeyWordJoined(text, ts, te, NOT_SPLIT_LETTER)) {
            return false;
        }
        // then its pieces, from the text again
        int from = ts;
        for (int i = ts; i <= te; ) {
            int u = i < te ? splitterAt(text, i) : 1;
            if (u > 0) {
                if (i - from >= 3 && rules.isKeyWord(text, from, i)) {
                    return false;
                }
                i += u;
                from = i;
            } else {
                i++;
            }
        }
        return true;
    }

    /** Whether [s, e) lies inside one of the mention regions (a quoted phrase asked about is data, split or not). */
    private static boolean inMention(List<int[]> mentions, int s, int e) {
        for (int[] m : mentions) {
            if (s >= m[0] && e <= m[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * A letter of a split word (the normalised text is lower case, and leetspeak inside words is undone: digits
     * around a splitter are numbers, dates and ids).
     */
    private static boolean splitLetter(char c) {
        return c >= 'a' && c <= 'z' || c > 0x7F && Character.isLetter(c);
    }

    /** What a split word's letters are joined without: its splitters (a split word holds letters and splitters). */
    private static final java.util.function.IntPredicate NOT_SPLIT_LETTER = c -> !splitLetter((char) c);

    private static final boolean[] SPLITTER = new boolean[256];

    static {
        for (char c : SPLITTERS.toCharArray()) {
            SPLITTER[c] = true;
        }
    }

    /**
     * The length of the splitter between two letters at {@code i}: 1 for a splitter character, 2 for an emoji's
     * surrogate pair; 0 when there is none.
     */
    private static int splitterAt(String text, int i) {
        int n = text.length();
        if (i <= 0 || i + 1 >= n || !splitLetter(text.charAt(i - 1))) {
            return 0;
        }
        char c = text.charAt(i);
        if (c < 256) {
            return SPLITTER[c] && splitLetter(text.charAt(i + 1)) ? 1 : 0;
        }
        return Character.isHighSurrogate(c) && Character.isLowSurrogate(text.charAt(i + 1)) && i + 2 < n
                && splitLetter(text.charAt(i + 2)) ? 2 : 0;
    }

    /** Sorts the windows {@code [from, to)} in {@code win[0, nw)} by start and merges overlapping ones; the new count. */
    private static int mergeWindows(int[] win, int nw) {
        long[] packed = new long[nw / 2];
        for (int i = 0; i < nw; i += 2) {
            packed[i / 2] = (long) win[i] << 32 | win[i + 1];
        }
        java.util.Arrays.sort(packed);
        int out = 0;
        for (long p : packed) {
            int f = (int) (p >>> 32);
            int t = (int) p;
            if (out > 0 && f <= win[out - 1]) {
                win[out - 1] = Math.max(win[out - 1], t);
            } else {
                win[out++] = f;
                win[out++] = t;
            }
        }
        return out;
    }

    /** The next {@code +} between two short names at or after {@code from} ("a + b", "s1+s2"), or -1. */
    static int nextPlusCue(String text, int from) {
        for (int p = text.indexOf('+', from); p >= 0; p = text.indexOf('+', p + 1)) {
            int l = p - 1;
            if (l >= 0 && text.charAt(l) == ' ') {
                l--;
            }
            int r = p + 1;
            if (r < text.length() && text.charAt(r) == ' ') {
                r++;
            }
            // a short name on each side, the right one starting with a letter: "a + b", "s1+s2", not "+32 470"
            if (l >= 0 && r < text.length() && Character.isLetterOrDigit(text.charAt(l))
                    && Character.isLetter(text.charAt(r)) && shortToken(text, l, r)) {
                return p;
            }
        }
        return -1;
    }

    /**
     * Whether the word ending at {@code l} and the word starting at {@code r} are at most 3 characters long, or the
     * right one is a numbered name ("slot 1 + slot 2", "phrase 1 + phrase 2": a word of at most 8 letters and a digit).
     */
    private static boolean shortToken(String text, int l, int r) {
        int a = l;
        while (a >= 0 && Character.isLetterOrDigit(text.charAt(a))) {
            a--;
        }
        int b = r;
        while (b < text.length() && Character.isLetterOrDigit(text.charAt(b))) {
            b++;
        }
        if (l - a > 3) {
            return false;
        }
        return b - r <= 3 || b - r <= 8 && b + 1 < text.length() && text.charAt(b) == ' '
                && Character.isDigit(text.charAt(b + 1));
    }

    /** Quoted fragments (start, end of the content) in {@code [lo, hi)}, at most {@value #MAX_FRAGMENTS}. */
    static List<int[]> quotedFragments(String text, int lo, int hi) {
        List<int[]> out = new ArrayList<>(4);
        int i = lo;
        while (i < hi && out.size() < MAX_FRAGMENTS) {
            char c = text.charAt(i);
            char close = c == '"' ? '"' : c == '\'' ? '\'' : c == '\u201c' ? '\u201d' : c == '\u2018' ? '\u2019'
                    : c == '\u00ab' ? '\u00bb' : 0;
            if (close == 0 || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int j = i + 1;
            int limit = Math.min(hi, i + 1 + MAX_FRAGMENT);
            while (j < limit && !(text.charAt(j) == close
                    && (j + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 1))))) {
                if (text.charAt(j) == '\n') {
                    j = limit;
                    break;
                }
                j++;
            }
            if (j < limit && j > i + 1) {
                out.add(new int[] {i + 1, j});
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Adds the evidence of a user text against what the application's system prompt protects (see
     * {@link SystemPromptPolicy}) to {@code base}: the two combine as a noisy-OR and the policy evidence is reported
     * as category {@code system_prompt_violation}.
     */
    private static SignalReport withPolicy(SignalReport base, NormalizedText nt, SystemPromptPolicy policy) {
        if (policy == null || policy.isEmpty()) {
            return base;
        }
        List<SystemPromptPolicy.Hit> hits = policy.score(nt);
        if (hits.isEmpty()) {
            return base;
        }
        Map<String, Double> byRule = new LinkedHashMap<>();
        SystemPromptPolicy.Hit best = null;
        for (SystemPromptPolicy.Hit h : hits) {
            byRule.merge(h.rule(), h.weight(), Math::max);
            if (best == null || h.weight() > best.weight()) {
                best = h;
            }
        }
        double miss = 1.0;
        for (double w : byRule.values()) {
            miss *= 1.0 - Math.min(0.97, w);
        }
        double pol = 1.0 - miss;
        double combined = 1.0 - (1.0 - base.score()) * (1.0 - pol);
        if (base.score() > 0.2 && pol > 0.2) {
            combined = 1.0 - (1.0 - combined) * 0.9; // independent evidence agrees
        }
        boolean encoded = best.start() < 0;
        int s = encoded ? -best.start() - 1 : nt.originalStart(best.start());
        int e = encoded ? -best.end() - 1 : nt.originalEnd(best.end());
        List<SignalReport.Category> out = new ArrayList<>(base.categories());
        out.add(new SignalReport.Category(SystemPromptPolicy.CATEGORY, round(pol), s, e, best.rule(), byRule.size(),
                encoded));
        out.sort(Comparator.comparingDouble(SignalReport.Category::score).reversed());
        return new SignalReport(round(Math.min(1.0, combined)), out);
    }

    /**
     * Hits whose words overlap are one piece of evidence read by two rules (of one category or two): only the
     * heavier is kept (the earlier of equal ones). A sweep over the hits sorted by start, linear after the sort; hits without a
     * position in the normalised text are kept.
     */
    private static void dropOverlaps(List<Hit> hits) {
        if (hits.size() < 2) {
            return;
        }
        hits.sort(Comparator.comparingInt(Hit::ns));
        int open = -1;
        boolean[] drop = new boolean[hits.size()];
        boolean any = false;
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.ns < 0) {
                continue;
            }
            int k = open;
            if (k >= 0 && h.ns < hits.get(k).ne) {
                Hit o = hits.get(k);
                any = true;
                if (h.weight > o.weight) {
                    drop[k] = true;
                    open = i;
                } else {
                    drop[i] = true;
                    if (h.ne > o.ne) {
                        // the kept hit stands for both: the longer end keeps later overlaps joined
                        hits.set(k, new Hit(o.rule, o.weight, o.start, o.end, o.encoded, o.document, o.ns, h.ne));
                    }
                }
            } else {
                open = i;
            }
        }
        if (any) {
            int w = 0;
            for (int i = 0; i < hits.size(); i++) {
                if (!drop[i]) {
                    hits.set(w++, hits.get(i));
                }
            }
            hits.subList(w, hits.size()).clear();
        }
    }

    /**
     * Two families that matched exactly the same words are one piece of evidence ("rogue AI" is both an evil persona
     * and a fictional AI): only the heavier hit is kept, so the same phrase does not corroborate itself (pairwise for
     * up to 16 hits, without allocating; one hash lookup per hit above that, linear).
     */
    private static void dropSameSpan(List<Hit> hits) {
        int n = hits.size();
        if (n < 2) {
            return;
        }
        if (n <= 16) { // the usual case: pairwise, without allocating
            for (int i = n - 1; i >= 0; i--) {
                Hit h = hits.get(i);
                for (int j = 0; j < hits.size(); j++) {
                    Hit o = hits.get(j);
                    if (j != i && sameEvidence(h, o) && (o.weight > h.weight || o.weight == h.weight && j < i)) {
                        hits.remove(i);
                        break;
                    }
                }
            }
            return;
        }
        Map<Long, Hit> bySpan = new HashMap<>();
        Set<Hit> dropped = null;
        for (Hit h : hits) {
            if (h.ns < 0) {
                continue;
            }
            Hit prev = bySpan.putIfAbsent(((long) h.ns << 32) | h.ne, h);
            if (prev != null && prev.rule != h.rule && prev.rule.category.equals(h.rule.category)) {
                if (dropped == null) {
                    dropped = Collections.newSetFromMap(new IdentityHashMap<>());
                }
                if (h.weight > prev.weight) {
                    dropped.add(prev);
                    bySpan.put(((long) h.ns << 32) | h.ne, h);
                } else {
                    dropped.add(h);
                }
            }
        }
        if (dropped != null) {
            hits.removeIf(dropped::contains);
        }
    }

    private static boolean sameEvidence(Hit a, Hit b) {
        return a.ns >= 0 && a.ns == b.ns && a.ne == b.ne && a.rule != b.rule && a.rule.category.equals(b.rule.category);
    }

    /**
     * Evidence inside a mention counts as one damped signal: the strongest hit inside each mention is kept with
     * {@value #MENTION_FACTOR} of its weight, the others inside it are dropped (the families of one quoted phrase
     * must not corroborate each other); the rest of the text is scored as usual.
     */
    private static void dampMentions(List<Hit> hits, List<int[]> mentions) {
        for (int[] m : mentions) {
            int best = -1;
            for (int i = 0; i < hits.size(); i++) {
                Hit h = hits.get(i);
                if (h.ns >= m[0] && h.ne <= m[1] && !h.encoded && !h.rule.addressesProcessor
                        && (best < 0 || h.weight > hits.get(best).weight)) {
                    best = i;
                }
            }
            if (best < 0) {
                continue;
            }
            Hit keep = hits.get(best);
            hits.removeIf(h -> h != keep && h.ns >= m[0] && h.ne <= m[1] && !h.encoded && !h.rule.addressesProcessor);
            hits.set(hits.indexOf(keep), new Hit(keep.rule, keep.weight * MENTION_FACTOR, keep.start, keep.end, false,
                    keep.document, -2, -2));
        }
    }

    /**
     * The normalised span a mention covers: for {@code mention_quote} and {@code mention_quote_topic} the quoted text
     * (opening quote to its closing quote, at most {@value #MAX_MENTION} characters, else none), for
     * {@code mention_named} the question itself. None either when the quote is ordered to be acted on
     * ({@link #USED_AFTER}) or, for {@code mention_quote_topic}, when nothing near it discusses attacks
     * ({@link #DISCUSSION}).
     */
    static int[] mentionRegion(String text, Rule rule, int s, int e) {
        boolean topic = rule.id.equals("mention_quote_topic");
        if (!topic && !rule.id.equals("mention_quote")) {
            return new int[] {s, e};
        }
        int q = -1;
        for (int i = s; i < e; i++) {
            if (isQuote(text.charAt(i))) {
                q = i;
                break;
            }
        }
        if (q < 0) {
            return null;
        }
        int close = closingQuote(text, q);
        if (close < 0) {
            return null;
        }
        int end = listedQuotesEnd(text, close + 1);
        if (USED_AFTER.matcher(text).region(end, Math.min(text.length(), end + USED_REACH)).lookingAt()
                || topic && !discussed(text, q, end)) {
            return null;
        }
        return new int[] {q, end};
    }

    /** Whether {@link #DISCUSSION} occurs outside the quote [q, end) and within its reach. */
    private static boolean discussed(String text, int q, int end) {
        Matcher m = DISCUSSION.matcher(text);
        return m.region(Math.max(0, q - DISCUSSION_REACH), q).find()
                || m.region(end, Math.min(text.length(), end + DISCUSSION_REACH)).find();
    }

    /**
     * The quote closing the one at {@code q} on the same line, at most {@value #MAX_MENTION} characters on, or -1 (an
     * apostrophe followed by a letter is inside a word: "it's").
     */
    private static int closingQuote(String text, int q) {
        int n = text.length();
        int lim = Math.min(n, q + 1 + MAX_MENTION);
        for (int i = q + 1; i < lim; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return -1;
            }
            if (isQuote(c) && c != '\'' || c == '\'' && (i + 1 >= n || !Character.isLetter(text.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The end of a list of quotes that goes on after a quote ending at {@code end} ("payloads like '...' and '...'",
     * "'...', '...' or '...'"): up to three more quoted items joined by a comma, "and" or "or", each on one line.
     */
    private static int listedQuotesEnd(String text, int end) {
        int n = text.length();
        for (int k = 0; k < 3; k++) {
            int p = end;
            if (p < n && text.charAt(p) == ',') {
                p++;
            }
            if (p < n && text.charAt(p) == ' ') {
                p++;
            }
            if (text.startsWith("and ", p) || text.startsWith("or ", p)) {
                p = text.indexOf(' ', p) + 1;
            }
            if (p == end || p >= n || !isQuote(text.charAt(p))) {
                return end;
            }
            int close = closingQuote(text, p);
            if (close < 0) {
                return end;
            }
            end = close + 1;
        }
        return end;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '`' || c == '\u201c' || c == '\u201d' || c == '\u2018' || c == '\u2019'
                || c == '\u00ab' || c == '\u00bb';
    }

    private static int contentStart(String text, int from) {
        int lim = Math.min(text.length(), from + 80);
        for (int i = from; i < lim; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '\'' || c == '"' || c == '<' || c == '`' || c == '\n' || c == '[' || c == '{') {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    private static final class Agg {
        double miss = 1.0;
        int families;
        Hit best;

        void add(Hit h, boolean newFamily) {
            if (newFamily) {
                miss *= 1.0 - h.weight;
                families++;
            }
            if (best == null || h.weight > best.weight) {
                best = h;
            }
        }

        void replace(double oldWeight, Hit h) {
            miss = miss / (1.0 - oldWeight) * (1.0 - h.weight);
            if (best == null || h.weight > best.weight) {
                best = h;
            }
        }

        double score() {
            return 1.0 - miss;
        }
    }
}
