package io.tappass.pipeline.injection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    final Pattern pattern;
    final String[] anchors;
    final int back;
    final int forward;
    final boolean once;
    /** Optional proximity prefilter: one of these words (stems with *) must occur inside the rule's window. */
    String[] needs;
    /** Optional: a match can only start at one of these characters ({@code \n} = at a line start). */
    String startChars;

    Rule(String id, String category, double weight, String anchors, String regex, int back, int forward) {
        this.id = id;
        this.category = category;
        this.weight = weight;
        this.anchors = anchors.trim().split("\\s+");
        this.pattern = Pattern.compile(factor(expand(regex)));
        this.back = back;
        this.forward = forward;
        this.once = category.startsWith("_");
    }

    /** Sets the proximity prefilter (builder-style, used while the rule list is assembled). */
    Rule needs(String stems) {
        this.needs = stems.trim().split("\\s+");
        return this;
    }

    /** Restricts start positions (builder-style): the pattern's first character is one of {@code chars}. */
    Rule startsWith(String chars) {
        this.startChars = chars;
        return this;
    }

    boolean canStartAt(String text, int p) {
        if (startChars == null) {
            return true;
        }
        if (startChars.indexOf('\n') >= 0 && (p == 0 || text.charAt(p - 1) == '\n')) {
            return true;
        }
        return p < text.length() && startChars.indexOf(text.charAt(p)) >= 0;
    }

    /**
     * Rewrites every non-capturing alternation {@code (?:ab|ac|b)} whose branches start with literal characters into a
     * first-character trie {@code (?:a(?:b|c)|b)}: {@code java.util.regex} tries alternatives one by one, so a
     * 60-word alternation costs 60 branch attempts per position; factored, it costs one or two. Matching semantics
     * are unchanged (the same strings match; only the preference order between branches with different first
     * characters can differ).
     */
    static String factor(String regex) {
        StringBuilder out = new StringBuilder(regex.length());
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\') {
                out.append(c);
                if (i + 1 < regex.length()) {
                    out.append(regex.charAt(i + 1));
                }
                i += 2;
            } else if (c == '[') {
                int j = classEnd(regex, i);
                out.append(regex, i, j);
                i = j;
            } else if (regex.startsWith("(?:", i)) {
                int j = groupEnd(regex, i);
                List<String> branches = splitBranches(regex.substring(i + 3, j));
                List<String> inner = new ArrayList<>(branches.size());
                for (String b : branches) {
                    inner.add(factor(b));
                }
                out.append("(?:").append(trie(inner)).append(')');
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String trie(List<String> branches) {
        if (branches.size() < 4) {
            return String.join("|", branches);
        }
        Map<Character, List<String>> byFirst = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (String b : branches) {
            boolean literal = b.length() >= 2 && isLiteral(b.charAt(0)) && "?*+{".indexOf(b.charAt(1)) < 0;
            if (!literal) {
                order.add(b);
                continue;
            }
            List<String> g = byFirst.get(b.charAt(0));
            if (g == null) {
                g = new ArrayList<>();
                byFirst.put(b.charAt(0), g);
                order.add(b.charAt(0));
            }
            g.add(b.substring(1));
        }
        StringBuilder sb = new StringBuilder();
        for (Object o : order) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            if (o instanceof String str) {
                sb.append(str);
            } else {
                List<String> g = byFirst.get((Character) o);
                sb.append((char) (Character) o);
                if (g.size() == 1) {
                    sb.append(g.get(0));
                } else {
                    sb.append("(?:").append(trie(g)).append(')');
                }
            }
        }
        return sb.toString();
    }

    private static boolean isLiteral(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' || c == '\'';
    }

    private static int classEnd(String r, int i) {
        int j = i + 1;
        if (j < r.length() && r.charAt(j) == '^') {
            j++;
        }
        if (j < r.length() && r.charAt(j) == ']') {
            j++;
        }
        while (j < r.length() && r.charAt(j) != ']') {
            j += r.charAt(j) == '\\' ? 2 : 1;
        }
        return j + 1;
    }

    private static int groupEnd(String r, int open) {
        int depth = 0;
        int i = open;
        while (i < r.length()) {
            char c = r.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                i = classEnd(r, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
            i++;
        }
        throw new IllegalArgumentException("unbalanced group in " + r);
    }

    private static List<String> splitBranches(String body) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                i = classEnd(body, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(body.substring(start, i));
                start = i + 1;
            }
            i++;
        }
        out.add(body.substring(start));
        return out;
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
