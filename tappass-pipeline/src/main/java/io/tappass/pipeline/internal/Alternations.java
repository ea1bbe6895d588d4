package io.tappass.pipeline.internal;

import java.util.List;

/**
 * Regular-expression alternations taken apart and regrouped, for rule tables built from word lists: the top-level
 * alternatives of a group and the same alternation grouped by first letter (shared by the injection, escalation and
 * exfiltration rules). Build-time helpers: they run when the rule tables are built, never per text.
 */
public final class Alternations {

    private Alternations() {
    }

    /**
     * The same alternation grouped by first letter: {@code (?:give|grant|add)} becomes {@code (?:g(?:ive|rant)|a(?:dd))}.
     * Java tries the branches of an alternation one after the other at every start position a rule tries; grouped,
     * a start position that opens no alternative costs one test per letter instead of one per alternative (the
     * vocabularies here have a hundred and more). Alternatives that do not open with a letter or a digit are kept as
     * they are, first; the order inside a letter's group is kept.
     */
    public static String byFirstLetter(String group) {
        if (!group.startsWith("(?:") || !group.endsWith(")")) {
            throw new IllegalArgumentException(group);
        }
        List<String> alts = new java.util.ArrayList<>();
        for (String a : topLevel(group)) {
            alts.addAll(distribute(a));
        }
        java.util.Map<Character, List<String>> byLetter = new java.util.LinkedHashMap<>();
        StringBuilder out = new StringBuilder("(?:");
        for (String a : alts) {
            char c = a.isEmpty() ? '(' : a.charAt(0);
            boolean letter = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            // a quantifier right after the first letter belongs to it: keep such an alternative whole
            boolean quantified = a.length() > 1 && "?*+{".indexOf(a.charAt(1)) >= 0;
            if (letter && !quantified) {
                byLetter.computeIfAbsent(c, k -> new java.util.ArrayList<>()).add(a.substring(1));
            } else {
                out.append(out.length() > 3 ? "|" : "").append(a);
            }
        }
        for (java.util.Map.Entry<Character, List<String>> e : byLetter.entrySet()) {
            out.append(out.length() > 3 ? "|" : "").append(e.getKey()).append("(?:")
                    .append(String.join("|", e.getValue())).append(')');
        }
        return out.append(')').toString();
    }

    /**
     * An alternative that opens with a group of plain words, "(?:code|peer) reviews?", as one alternative per word
     * ("code reviews?", "peer reviews?"; with "?" after the group, the rest alone too), so that
     * {@link #byFirstLetter} can group it; any other alternative as it is.
     */
    private static List<String> distribute(String a) {
        if (!a.startsWith("(?:")) {
            return List.of(a);
        }
        int end = groupEnd(a);
        String inner = a.substring(0, end + 1);
        String rest = a.substring(end + 1);
        boolean optional = rest.startsWith("?");
        if (optional) {
            rest = rest.substring(1);
        }
        if (rest.startsWith("?") || rest.startsWith("*") || rest.startsWith("+") || rest.startsWith("{")) {
            return List.of(a);
        }
        List<String> words = topLevel(inner);
        List<String> out = new java.util.ArrayList<>();
        for (String w : words) {
            if (!w.matches("[a-z0-9 '-]+")) {
                return List.of(a); // not plain words
            }
            out.add(w + rest);
        }
        if (optional) {
            out.add(rest);
        }
        return out;
    }

    /** The index of the parenthesis that closes the group opening {@code s}. */
    private static int groupEnd(String s) {
        int end = walk(s, (c, i, depth) -> c == ')' && depth == 1);
        if (end < 0) {
            throw new IllegalArgumentException("unbalanced: " + s);
        }
        return end;
    }

    /** Sees a '(', ')' or '|' of a regex outside escapes and character classes, with the group depth before it. */
    private interface Syntax {
        /** @return true to stop the walk at this character */
        boolean at(char c, int index, int depth);
    }

    /**
     * Walks {@code regex}, handing each '(', ')' and '|' outside escapes and character classes to {@code syntax};
     * returns the index where it stopped the walk, or -1.
     */
    private static int walk(String regex, Syntax syntax) {
        int depth = 0;
        boolean cls = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (cls) {
                cls = c != ']';
            } else if (c == '[') {
                cls = true;
            } else if (c == '(' || c == ')' || c == '|') {
                if (syntax.at(c, i, depth)) {
                    return i;
                }
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
        }
        return -1;
    }

    /** The top-level alternatives of the group {@code (?:...)}. */
    public static List<String> topLevel(String group) {
        if (!group.startsWith("(?:") || groupEnd(group) != group.length() - 1) {
            throw new IllegalArgumentException("not one group: " + group);
        }
        return split(group.substring(3, group.length() - 1));
    }

    /**
     * The top-level alternatives of {@code regex}: split at each '|' outside groups and character classes (empty
     * alternatives kept).
     */
    public static List<String> split(String regex) {
        List<String> alts = new java.util.ArrayList<>();
        int[] from = {0};
        walk(regex, (c, i, depth) -> {
            if (c == '|' && depth == 0) {
                alts.add(regex.substring(from[0], i));
                from[0] = i + 1;
            }
            return false;
        });
        alts.add(regex.substring(from[0]));
        return alts;
    }
}
