package io.tappass.pipeline.injection;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One weak or strong signal: a bounded regular expression over {@linkplain io.tappass.pipeline.scan.Normalizer
 * normalised} text, tried only in a window around an occurrence of one of its anchor words.
 *
 * <p>Pattern syntax extension: {@code ~N~} stands for "up to N intervening words" (word and separator classes are
 * disjoint, so matching stays linear in the window). Patterns must not contain unbounded nested quantifiers.
 */
final class Rule {

    // Predefined ASCII classes: Java evaluates them much faster than unions of ranges.
    static final String SEP = "\\W{1,3}";
    static final String WORD = "\\w+";

    final String id;
    final String category;
    final double weight;
    /** The pattern as written (expanded): the reference that tests and whole-text searches use. */
    final Pattern pattern;
    /** What anchored matching runs ({@link RulePattern#body}): the same matches as {@link #pattern} with {@link #guard}. */
    final Pattern body;
    /** The leading look-arounds of {@link #pattern}, tested after {@link #body} matched; null when none. */
    final Pattern guard;
    final String[] anchors;
    final int back;
    final int forward;
    final boolean once;
    /** Optional proximity prefilter: one of these words (stems with *) must occur inside the rule's window. */
    String[] needs;
    /** Optional second proximity prefilter: one of these words must occur in the window too. */
    String[] needs2;
    /** Optional: one of these characters must occur inside the rule's window. */
    String windowChars;
    /** Optional: a match can only start at one of these characters ({@code \n} = at a line start). */
    String startChars;
    /** The characters a match can start with (and the pairs its first two can be), derived from the pattern; null: any. */
    final io.tappass.pipeline.internal.FirstChars first;
    /** Optional: this text (lower case, as normalised) must occur inside the rule's window (e.g. "gpt" of "xgpt"). */
    String windowText;
    /**
     * Whether a match inside a quoted mention ("translate this: '...'") keeps its weight: for a pattern that addresses
     * whoever processes the quote ("Translator, stop translating and ..."), which a quoted phrase cannot merely mention.
     */
    boolean addressesProcessor;

    Rule(String id, String category, double weight, String anchors, String regex, int back, int forward) {
        this.id = id;
        this.category = category;
        this.weight = weight;
        this.anchors = anchors.trim().split("\\s+");
        String expanded = expand(regex);
        RulePattern rp = RulePattern.of(expanded);
        this.pattern = rp.full;
        this.body = rp.body;
        this.guard = rp.guard;
        this.first = io.tappass.pipeline.internal.FirstChars.of(expanded);
        this.back = back;
        this.forward = forward;
        this.once = category.startsWith("_");
    }

    /** Sets the proximity prefilter (builder-style, used while the rule list is assembled). */
    Rule needs(String stems) {
        this.needs = stems.trim().split("\\s+");
        return this;
    }

    /** Adds a second proximity prefilter (builder-style): a word of each group must be near the anchor. */
    Rule alsoNeeds(String stems) {
        this.needs2 = stems.trim().split("\\s+");
        return this;
    }

    /** Requires one of {@code chars} inside the window (builder-style), checked before the pattern runs. */
    Rule needsChar(String chars) {
        this.windowChars = chars;
        return this;
    }

    /**
     * Requires {@code text} inside the window (builder-style): for a pattern that cannot match without it but whose
     * words are not fixed (a word ending in "gpt"), checked before the pattern runs.
     */
    Rule needsText(String text) {
        this.windowText = text;
        return this;
    }

    /** Marks the rule as {@link #addressesProcessor} (builder-style): mention damping leaves its matches alone. */
    Rule addressesProcessor() {
        this.addressesProcessor = true;
        return this;
    }

    /** Restricts start positions (builder-style): the pattern's first character is one of {@code chars}. */
    Rule startsWith(String chars) {
        this.startChars = chars;
        return this;
    }

    boolean canStartAt(String text, int p) {
        return p < text.length() ? canStartAt(text.charAt(p), text, p) : startChars == null
                || startChars.indexOf('\n') >= 0 && (p == 0 || text.charAt(p - 1) == '\n');
    }

    /** {@link #canStartAt(String, int)} at a position inside the text, whose character {@code c} is at hand. */
    boolean canStartAt(char c, String text, int p) {
        if (first != null && !first.allowsAt(c, text, p)) {
            return false; // no match of the pattern starts with this character (and the next)
        }
        if (startChars == null) {
            return true;
        }
        if (startChars.indexOf('\n') >= 0 && (p == 0 || text.charAt(p - 1) == '\n')) {
            return true;
        }
        return startChars.indexOf(c) >= 0;
    }

    static String expand(String regex) {
        StringBuilder sb = new StringBuilder(regex.length() + 64);
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '~') {
                int j = regex.indexOf('~', i + 1);
                int n = Integer.parseInt(regex.substring(i + 1, j));
                sb.append("(?:").append(SEP).append(WORD).append("){0,").append(n).append('}').append(SEP);
                i = j + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return category + "/" + id.toLowerCase(Locale.ROOT);
    }
}
