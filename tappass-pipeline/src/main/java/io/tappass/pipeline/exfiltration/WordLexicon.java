package io.tappass.pipeline.exfiltration;

import io.tappass.pipeline.internal.Alternations;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word list written as a regular-expression alternation ({@code "send|upload\\w*|api[ _-]?keys?|..."}), searched
 * as whole words in folded text (lower-case ASCII; a word starts after a character that is not a letter, so "_" and
 * digits join words: "kunden_export", "password_hash").
 *
 * <p>One regular expression over a few hundred alternatives would try every alternative at every character; here
 * the alternatives are grouped by their first letter and each group is tried only at the word starts with that
 * letter (about one character in six, one group of a few alternatives). Alternatives that start with something else
 * (a group, a dot, a slash) form one more expression searched as usual. Same matches as the whole alternation
 * between word boundaries; immutable and thread-safe.
 */
final class WordLexicon {

    /** Per first letter 'a'..'z', the alternatives starting with it (null: none). */
    private final Pattern[] byLetter = new Pattern[26];
    /**
     * Per first letter, the second letters its alternatives can continue with (bit 0 = 'a'); all bits when one of
     * them may continue with anything (an optional character, a class): a word start whose two letters no
     * alternative has is skipped without running its group.
     */
    private final int[] second = new int[26];
    /** The alternatives that start with another character, searched with word boundaries; null when none. */
    private final Pattern other;

    /** Whether words stand apart from "_" and digits too (verbs: "client_email" and "send_mail()" are names). */
    private final boolean strict;

    WordLexicon(String alternatives) {
        this(alternatives, false);
    }

    WordLexicon(String alternatives, boolean strict) {
        this.strict = strict;
        String end = strict ? "(?![a-z0-9_])" : "(?![a-z])";
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            groups.add(new ArrayList<>());
        }
        List<String> rest = new ArrayList<>();
        for (String alt : distribute(split(alternatives))) {
            char c = alt.charAt(0);
            if (c >= 'a' && c <= 'z') {
                groups.get(c - 'a').add(alt);
                second[c - 'a'] |= secondLetters(alt);
            } else {
                rest.add(alt);
            }
        }
        for (int i = 0; i < 26; i++) {
            if (!groups.get(i).isEmpty()) {
                byLetter[i] = Pattern.compile("(?:" + String.join("|", groups.get(i)) + ")" + end);
            }
        }
        other = rest.isEmpty() ? null : Pattern.compile((strict ? "(?<![a-z0-9_])(?:" : "(?<![a-z])(?:")
                + String.join("|", rest) + ")" + end);
    }

    /**
     * The alternatives with a leading group of plain alternatives spread out ("(?:credit |debit )?card" becomes
     * "credit card", "debit card", "card"), so that they start with a letter and join their letter's group.
     */
    private static List<String> distribute(List<String> alternatives) {
        List<String> out = new ArrayList<>();
        List<String> todo = new ArrayList<>(alternatives);
        while (!todo.isEmpty()) {
            String alt = todo.remove(todo.size() - 1);
            int close = alt.startsWith("(?:") ? alt.indexOf(')') : -1;
            String inner = close > 0 ? alt.substring(3, close) : null;
            if (inner == null || inner.indexOf('(') >= 0 || inner.indexOf('[') >= 0 || inner.indexOf('\\') >= 0) {
                out.add(alt);
                continue;
            }
            if (close + 1 < alt.length() && "*+{".indexOf(alt.charAt(close + 1)) >= 0) {
                out.add(alt);
                continue;
            }
            boolean optional = close + 1 < alt.length() && alt.charAt(close + 1) == '?';
            String tail = alt.substring(close + (optional ? 2 : 1));
            for (String head : split(inner)) {
                todo.add(head + tail);
            }
            if (optional && !tail.isEmpty()) {
                todo.add(tail);
            }
        }
        return out;
    }

    /** The second letters an alternative can start with (bit 0 = 'a'), or all bits when it cannot be told. */
    private static int secondLetters(String alt) {
        if (alt.length() < 2) {
            return -1;
        }
        char d = alt.charAt(1);
        boolean quantified = alt.length() > 2 && "?*{".indexOf(alt.charAt(2)) >= 0;
        if (d < 'a' || d > 'z' || quantified || "?*{".indexOf(d) >= 0) {
            return -1;
        }
        return 1 << (d - 'a');
    }

    /** The non-empty top-level alternatives of {@code regex}. */
    private static List<String> split(String regex) {
        List<String> out = new ArrayList<>(Alternations.split(regex));
        out.removeIf(String::isEmpty);
        return out;
    }

    /** Whether one of the words occurs in {@code folded} (see {@link TransferSentences#fold}). */
    boolean find(String folded) {
        Matcher[] ms = null;
        int n = folded.length();
        for (int p = 0; p < n; p++) {
            char c = folded.charAt(p);
            if (c < 'a' || c > 'z' || p > 0 && joins(folded.charAt(p - 1))) {
                continue;
            }
            Pattern g = byLetter[c - 'a'];
            if (g == null) {
                continue;
            }
            int mask = second[c - 'a'];
            if (mask != -1) {
                char d = p + 1 < n ? folded.charAt(p + 1) : ' ';
                if (d < 'a' || d > 'z' || (mask & 1 << (d - 'a')) == 0) {
                    continue;
                }
            }
            if (ms == null) {
                ms = new Matcher[26];
            }
            Matcher m = ms[c - 'a'];
            if (m == null) {
                m = ms[c - 'a'] = g.matcher(folded);
            }
            if (m.region(p, n).lookingAt()) {
                return true;
            }
        }
        return other != null && other.matcher(folded).find();
    }

    /** Whether {@code c} before a letter makes it part of the word before. */
    private boolean joins(char c) {
        return c >= 'a' && c <= 'z' || strict && (c >= '0' && c <= '9' || c == '_');
    }
}
