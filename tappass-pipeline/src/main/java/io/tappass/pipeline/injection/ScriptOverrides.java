package io.tappass.pipeline.injection;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Ignore (all / the previous) instructions" in non-Latin scripts: Chinese, Japanese, Korean, Russian/Ukrainian,
 * Greek, Hindi and Arabic. The word-anchored rule sets only see {@code [a-z0-9_']} words, so these phrases are
 * found on the original text (accents stripped, lower-cased) by two bounded patterns: an override verb followed by
 * an instruction noun within a clause (SVO languages) or the noun followed by the verb (SOV: Japanese, Korean,
 * Hindi). A qualifier (previous / all / above / your) near the pair makes it strong (as {@code override_qualified});
 * without one it is moderate (as {@code override_plain}). The word lists are common translations written for this
 * project, not corpus strings.
 *
 * <p>Only texts with characters from U+0370 upwards are examined, so ASCII and Latin text cost one scan for a
 * high character. Linear: both patterns are literal alternations followed by a bounded gap.
 */
final class ScriptOverrides {

    static final String RULE_STRONG = "override_qualified_script";
    static final String RULE_PLAIN = "override_plain_script";
    static final double STRONG = 0.82;
    static final double PLAIN = 0.42;

    // Negations before the verb ("不要忘记", "не забудь", "μην ξεχάσεις", "मत भूलो", "لا تنس") and after it
    // ("忘れないで", "無視しないで", "무시하지 마") turn the phrase into its opposite.
    private static final String NOT_BEFORE = "(?<!不要|别|不|勿|не |μην |मत |لا )";
    private static final String VERBS = "忽略|无视|忽视|忘记|忘掉|不要理会|不理会|不要遵守|不要遵循|無視(?!しな|せず)"
            + "|忘れ(?!な|ず)|従わない|무시(?!하지|하면 안)|잊어|잊으|따르지 마"
            + "|игнорир\\p{L}*|забуд\\p{L}*|забыть|не обращай\\p{L}* внимани\\p{L}*|не следуй\\p{L}*|проигнорир\\p{L}*"
            + "|ігнору\\p{L}*|забудь\\p{L}*"
            + "|αγνοη\\p{L}*|αγνοει\\p{L}*|ξεχα\\p{L}*|ξεχνα\\p{L}*"
            + "|अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल जा\\p{L}*|भूल"
            + "|تجاهل\\p{L}*|انس|إنس|اتجاهل";
    private static final String TARGETS = "指示|指令|说明|規則|规则|提示|命令|ルール|プロンプト|지시|명령|규칙|지침|프롬프트"
            + "|инструкци\\p{L}*|указани\\p{L}*|правил\\p{L}*|команд\\p{L}*"
            + "|οδηγι\\p{L}*|οδηγιε\\p{L}*|εντολ\\p{L}*|κανον\\p{L}*"
            + "|निर्देश\\p{L}*|नियम\\p{L}*|आदेश\\p{L}*"
            + "|تعليمات|التعليمات|الأوامر|الاوامر|القواعد|قواعد";
    private static final String QUALIFIERS = "之前|以前|先前|上面|上述|所有|全部|你的|以前の|前の|これまで|上記|すべて|全て"
            + "|이전|모든|위의|앞의|предыдущ|прежн|все|всех|свои|ваши|твои|попередн|усі|προηγουμεν|ολες|ολα|παραπανω"
            + "|πρωτ|पिछले|सभी|पहले|السابقة|جميع|كل|السابق";

    private static final String GAP = "[^\\n.!?。！？]{0,24}?";
    private static final Pattern VERB_FIRST = Pattern.compile(NOT_BEFORE + "(?:" + VERBS + ")" + GAP + "(?:" + TARGETS + ")");
    private static final Pattern TARGET_FIRST = Pattern.compile("(?:" + TARGETS + ")" + GAP + NOT_BEFORE + "(?:" + VERBS + ")");
    private static final Pattern QUALIFIER = Pattern.compile(QUALIFIERS);

    private ScriptOverrides() {
    }

    /** True when the text has a character from U+0370 upwards (Greek, Cyrillic, Indic, Arabic, CJK, ...). */
    static boolean applies(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x370) {
                return true;
            }
        }
        return false;
    }

    /** One hit: weight, span [start, end) in the original text, rule id. */
    record Hit(double weight, int start, int end, String rule) {
    }

    /** The strongest override phrase in a non-Latin script, or null. */
    static Hit find(String text) {
        if (!applies(text)) {
            return null;
        }
        // Strip accents per char (keeps offsets: one output char per input char), lower-case.
        char[] folded = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x370 && c < 0x400) {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                c = d.charAt(0);
            }
            folded[i] = Character.toLowerCase(c);
        }
        String t = new String(folded);
        List<Hit> hits = new ArrayList<>(2);
        for (Pattern p : List.of(VERB_FIRST, TARGET_FIRST)) {
            Matcher m = p.matcher(t);
            if (m.find()) {
                int from = Math.max(0, m.start() - 12);
                int to = Math.min(t.length(), m.end() + 12);
                boolean qualified = QUALIFIER.matcher(t).region(from, to).find();
                hits.add(new Hit(qualified ? STRONG : PLAIN, m.start(), m.end(),
                        qualified ? RULE_STRONG : RULE_PLAIN));
            }
        }
        return hits.stream().max(Comparator.comparingDouble(Hit::weight)).orElse(null);
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
