package io.tappass.pipeline.injection;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * "Ignore (all / the previous) instructions" in non-Latin scripts: Chinese, Japanese, Korean, Russian/Ukrainian,
 * Greek, Hindi and Arabic. The word-anchored rule sets only see {@code [a-z0-9_']} words, so these phrases are
 * found on the original text (Greek accents stripped, lower-cased): an override verb and an instruction noun within
 * {@value #GAP} characters of each other in the same clause, in either order (SVO and SOV languages). A qualifier
 * (previous / above / your; "all" unless the pair is a forget verb with a rules noun) near the pair makes it strong
 * (as {@code override_qualified}); without one it is moderate (as {@code override_plain}). Verb forms that state a
 * past or a habit ("忘记了", "忘れました", "भूल जाता") are not orders and do not count. Negations before the verb ("不要忘记", "не забудь", "μην ξεχάσεις",
 * "मत भूलो", "لا تنس") or after it ("忘れないで", "無視しないで", "무시하지 마") cancel it. The word lists are common
 * translations written for this project, not corpus strings.
 *
 * <p>Linear: one pass looks up literal word prefixes by their first character (a bit set; the characters below
 * U+0370, most of a European text, are passed over in a tight loop), a second pairs nearby verbs and nouns.
 */
final class ScriptOverrides {

    static final String RULE_STRONG = "override_qualified_script";
    static final String RULE_PLAIN = "override_plain_script";
    static final double STRONG = 0.82;
    static final double PLAIN = 0.42;
    private static final int GAP = 40;

    private static final String[] VERBS = {"忽略", "无视", "忽视", "忘记", "忘掉", "不要理会", "不理会", "不要遵守",
        "不要遵循", "無視", "忘れ", "従わない", "무시", "잊어", "잊으", "따르지 마", "игнорир", "забуд", "забыть",
        "не обращай", "не следуй", "проигнорир", "ігнору", "αγνοη", "αγνοει", "ξεχα", "ξεχνα", "अनदेखा", "नज़रअंदाज़",
        "नजरअंदाज", "भूल जा", "تجاهل", "انس", "إنس"};
    private static final String[] TARGETS = {"指示", "指令", "说明", "規則", "规则", "提示", "命令", "ルール",
        "プロンプト", "지시", "명령", "규칙", "지침", "프롬프트", "инструкци", "указани", "правил", "команд", "οδηγι",
        "εντολ", "κανον", "निर्देश", "नियम", "आदेश", "تعليمات", "التعليمات", "الأوامر", "الاوامر", "القواعد", "قواعد"};
    /** "Previous / above / earlier": the qualifier that makes an override strong with any verb and noun. */
    private static final String[] TEMPORAL = {"之前", "以前", "先前", "上面", "上述", "前の", "これまで", "上記", "이전",
        "위의", "앞의", "предыдущ", "прежн", "попередн", "προηγουμεν", "παραπανω", "पिछले", "पहले", "السابقة"};
    /** "Your": the model's own instructions or rules. */
    private static final String[] POSSESSIVE = {"你的", "свои", "ваши", "твои"};
    /**
     * "All": strong with an ignore verb or an instruction noun, moderate with a forget verb and a rules noun ("I forgot
     * all the rules", "forget all the grammar rules you learned" are ordinary sentences).
     */
    private static final String[] QUANTITY = {"所有", "全部", "すべて", "全て", "모든", "все", "всех", "усі", "ολες",
        "ολα", "सभी", "جميع", "كل"};
    /** Forget verbs (weaker than ignore verbs: people forget rules). */
    private static final String[] FORGET_VERBS = {"忘记", "忘掉", "忘れ", "잊어", "잊으", "забуд", "забыть", "ξεχα",
        "ξεχνα", "भूल जा", "انس", "إنس"};
    /** Rules nouns (as opposed to instructions, prompts and commands). */
    private static final String[] RULE_NOUNS = {"規則", "规则", "ルール", "규칙", "правил", "κανον", "नियम", "القواعد",
        "قواعد"};
    /**
     * Verb endings that make a statement about the past or a habit rather than an order: "忘记了" (forgot), "忘れました",
     * "無視した", "잊어버렸", "무시했", "भूल जाता/जाती/जाते".
     */
    private static final String[] NOT_AN_ORDER_AFTER = {"了", "过", "ました", "た", "てしまっ", "ている", "ていた", "した",
        "しました", "していた", "버렸", "했", "ता", "ती", "ते"};
    /** Arabic verbs short enough to start ordinary words ("انس" in "انسان", human): whole words only. */
    private static final String[] WHOLE_WORD_VERBS = {"انس", "إنس"};
    private static final String[] NEGATIONS_BEFORE = {"不要", "别", "不", "勿", "не ", "μην ", "मत ", "لا "};
    private static final String[] NEGATIONS_AFTER = {"な", "ず", "しな", "せず", "하지", "하면 안"};
    private static final String CLAUSE_ENDS = "\n.!?。！？";

    private static final BitSet FIRST = new BitSet(1 << 16);
    private static final java.util.Map<Character, String[]> VERBS_BY_FIRST = byFirst(VERBS);
    private static final java.util.Map<Character, String[]> TARGETS_BY_FIRST = byFirst(TARGETS);

    /** The lowest first character of a verb or noun, and of a character {@link #fold} maps to one. */
    private static final char FIRST_MIN = 0x370;
    private static final ThreadLocal<char[]> CHUNK = ThreadLocal.withInitial(() -> new char[2048]);

    static {
        for (String[] list : List.of(VERBS, TARGETS)) {
            for (String w : list) {
                if (w.charAt(0) < FIRST_MIN) {
                    throw new IllegalStateException("a script override word starts below U+0370: " + w);
                }
                FIRST.set(w.charAt(0));
            }
        }
    }

    private static java.util.Map<Character, String[]> byFirst(String[] words) {
        java.util.Map<Character, List<String>> m = new java.util.HashMap<>();
        for (String w : words) {
            m.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        }
        java.util.Map<Character, String[]> out = new java.util.HashMap<>();
        m.forEach((k, v) -> out.put(k, v.toArray(new String[0])));
        return java.util.Map.copyOf(out);
    }

    /** Ideographic, kana and Hangul text has no spaces between words: every character may start one. */
    private static boolean unspaced(char c) {
        return c >= 0x3040 && c < 0xA000 || c >= 0xAC00 && c < 0xD7B0;
    }

    private ScriptOverrides() {
    }

    /** One hit: weight, span [start, end) in the original text, rule id. */
    record Hit(double weight, int start, int end, String rule) {
    }

    /** The strongest override phrase in a non-Latin script, or null. */
    static Hit find(String text) {
        // Greek accents stripped and Greek/Cyrillic lower-cased on the fly (fold(), one char per char, so offsets
        // stay and no folded copy is made); other scripts are compared as they are.
        String t = text;
        // Pass 1: verb and noun occurrences (start, end), in text order. Every word starts with a character of
        // U+0370 or above (Greek and later blocks), and so does every character that folds to one: the characters
        // below are skipped in a tight loop over a chunk copy (most of a European or code text, found at no cost
        // when the text has no Greek, Cyrillic, Arabic, Indic, CJK or Hangul character at all).
        List<int[]> verbs = new ArrayList<>();
        List<int[]> targets = new ArrayList<>();
        char[] buf = CHUNK.get();
        int n = t.length();
        for (int off = 0; off < n; off += buf.length) {
            int len = Math.min(buf.length, n - off);
            t.getChars(off, off + len, buf, 0);
            for (int k = 0; k < len; k++) {
                if (buf[k] < FIRST_MIN) {
                    continue;
                }
                int i = off + k;
                char c = fold(buf[k]);
                if (!FIRST.get(c) || i > 0 && !unspaced(c) && Character.isLetter(t.charAt(i - 1))) {
                    continue; // not a possible first character, or inside a word of a spaced script
                }
                int v = match(t, i, VERBS_BY_FIRST.get(c));
                if (v > 0 && !negated(t, i, i + v) && !startsAny(t, i + v, NOT_AN_ORDER_AFTER)
                        && !(i + v < t.length() && Character.isLetter(t.charAt(i + v))
                        && startsAny(t, i, WHOLE_WORD_VERBS))) {
                    verbs.add(new int[] {i, i + v});
                }
                int g = match(t, i, TARGETS_BY_FIRST.get(c));
                if (g > 0) {
                    targets.add(new int[] {i, i + g});
                }
            }
        }
        if (verbs.isEmpty() || targets.isEmpty()) {
            return null;
        }
        // Pass 2: the nearest noun to each verb (two pointers), in the same clause.
        Hit best = null;
        int k = 0;
        for (int[] v : verbs) {
            while (k < targets.size() && targets.get(k)[1] < v[0] - GAP) {
                k++;
            }
            for (int j = k; j < targets.size() && targets.get(j)[0] <= v[1] + GAP; j++) {
                int[] g = targets.get(j);
                int s = Math.min(v[0], g[0]);
                int e = Math.max(v[1], g[1]);
                if (containsAny(t, Math.min(v[1], g[1]), Math.max(v[0], g[0]), CLAUSE_ENDS)) {
                    continue;
                }
                int qs = Math.max(0, s - 12);
                int qe = Math.min(t.length(), e + 12);
                boolean weakPair = startsAny(t, v[0], FORGET_VERBS) && startsAny(t, g[0], RULE_NOUNS);
                boolean qualified = containsWord(t, qs, qe, TEMPORAL) || containsWord(t, qs, qe, POSSESSIVE)
                        || !weakPair && containsWord(t, qs, qe, QUANTITY);
                Hit h = new Hit(qualified ? STRONG : PLAIN, s, e, qualified ? RULE_STRONG : RULE_PLAIN);
                if (best == null || h.weight() > best.weight()) {
                    best = h;
                }
                if (qualified) {
                    return best;
                }
            }
        }
        return best;
    }

    /** Greek (accents stripped) and Cyrillic lower-cased, U+0370..U+052F. */
    private static final char[] FOLD = new char[0x530 - 0x370];

    static {
        for (int c = 0x370; c < 0x530; c++) {
            char d = (char) c;
            if (c < 0x400) {
                d = Normalizer.normalize(String.valueOf(d), Normalizer.Form.NFD).charAt(0);
            }
            FOLD[c - 0x370] = Character.toLowerCase(d);
        }
    }

    private static char fold(char c) {
        return c >= 0x370 && c < 0x530 ? FOLD[c - 0x370] : c;
    }

    /** Whether the folded text has {@code w} at {@code at}. */
    private static boolean at(String t, int at, String w) {
        if (at < 0 || at + w.length() > t.length()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            if (fold(t.charAt(at + k)) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int match(String t, int i, String[] words) {
        if (words == null) {
            return 0;
        }
        for (String w : words) {
            if (at(t, i, w)) {
                return w.length();
            }
        }
        return 0;
    }

    private static boolean startsAny(String t, int at, String[] words) {
        return match(t, at, words) > 0;
    }

    private static boolean negated(String t, int s, int e) {
        for (String n : NEGATIONS_BEFORE) {
            if (at(t, s - n.length(), n)) {
                return true;
            }
        }
        // Korean "잊지 마" / "무시하지 마" and Russian/Greek forms are covered by the lists.
        return startsAny(t, e, NEGATIONS_AFTER);
    }

    private static boolean containsAny(String t, int from, int to, String chars) {
        for (int i = Math.max(0, from); i < to && i < t.length(); i++) {
            if (chars.indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(String t, int from, int to, String[] words) {
        for (int i = from; i < to; i++) {
            for (String w : words) {
                if (i + w.length() <= to && at(t, i, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Adds a non-Latin override phrase to {@code base} (noisy-OR), reported as {@code instruction_override}, or as
     * {@code indirect_injection} with the tool-result factor when the text is a tool result.
     */
    static SignalReport addTo(SignalReport base, String text, boolean toolResult) {
        Hit h = find(text);
        if (h == null) {
            return base;
        }
        double w = Math.min(0.97, h.weight() * (toolResult ? 1.25 : 1.0));
        String category = toolResult ? InjectionRules.INDIRECT : InjectionRules.OVERRIDE;
        double combined = 1.0 - (1.0 - base.score()) * (1.0 - w);
        if (base.score() > 0.2) {
            combined = 1.0 - (1.0 - combined) * 0.9; // independent evidence agrees
        }
        List<SignalReport.Category> out = new ArrayList<>(base.categories().size() + 1);
        boolean merged = false;
        for (SignalReport.Category c : base.categories()) {
            if (!merged && c.name().equals(category)) {
                double s = 1.0 - (1.0 - c.score()) * (1.0 - w);
                boolean mine = w > c.score();
                out.add(new SignalReport.Category(category, round(s), mine ? h.start() : c.start(),
                        mine ? h.end() : c.end(), mine ? h.rule() : c.rule(), c.signals() + 1, c.encoded()));
                merged = true;
            } else {
                out.add(c);
            }
        }
        if (!merged) {
            out.add(new SignalReport.Category(category, round(w), h.start(), h.end(), h.rule(), 1, false));
        }
        out.sort(Comparator.comparingDouble(SignalReport.Category::score).reversed());
        return new SignalReport(round(Math.min(1.0, combined)), out);
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
