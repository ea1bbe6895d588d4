package io.tappass.pipeline.injection;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A rule's regular expression rewritten for {@code java.util.regex}'s backtracking matcher, with the same matches.
 *
 * <p>{@code java.util.regex} tries the alternatives of a group one by one and evaluates a pattern's leading
 * look-behinds before anything else. Rule patterns are made of large word alternations ("ignor\w*|disregard\w*|
 * forget\w*|..."), introduced by a row of negative look-behinds ("not after 'don't '") and joined by word gaps; a
 * failed attempt at an anchor occurrence cost about 2 µs on source code. Three rewrites, each exact:
 * <ul>
 *   <li><b>Alternations factored by first character</b>: {@code (?:forget\w*|forgot|fais fi)} becomes
 *       {@code (?:f(?:org(?:et\w*|ot)|ais fi))}. At one position only the alternatives that can start with the
 *       character there can match, so alternatives with different first characters are exclusive and their order
 *       does not matter; alternatives with the same first character keep their order, so the matcher tries the
 *       same alternatives in the same order as before, skipping those that cannot match. An alternative that
 *       does not start with a plain character (a class, an optional part, a look-around) keeps its place: later
 *       alternatives only move before it when its possible first characters are known and exclude theirs.</li>
 *   <li><b>Possessive word gaps</b>: in the gap {@code (?:\W{1,3}\w+){0,N}\W{1,3}} ({@link Rule#expand}) the
 *       separator is always followed by a word character and the word by a non-word character ({@code \w} and
 *       {@code \W} are complements), so giving back a character inside an iteration can never lead to a match:
 *       {@code (?:\W{1,3}+\w++){0,N}\W{1,3}} drops those useless steps (the iterations still backtrack).</li>
 *   <li><b>Leading assertions last</b>: the zero-width look-arounds at the start of a pattern hold or fail at
 *       the start position whatever follows, so they are split off as a {@link #guard} that is tested only
 *       when the rest ({@link #body}) matched there: {@code lookingAt} of the whole pattern at {@code p} equals
 *       {@code body.lookingAt()} at {@code p} and {@code guard.lookingAt()} at {@code p} (transparent bounds),
 *       with the body's end.</li>
 * </ul>
 * Whatever the parser does not know (inline flags, back references, named or capturing groups, {@code \Q},
 * nested classes) leaves the pattern as written. {@code RulePatternTest} compares the rewritten patterns with the
 * originals on every rule and random inputs. Immutable and thread-safe.
 */
final class RulePattern {

    /** The pattern as written (the reference; tests and whole-text searches use it). */
    final Pattern full;
    /** What anchored matching runs at a start position. */
    final Pattern body;
    /** The leading look-arounds of {@link #full}, tested at the start position after {@link #body} matched; or null. */
    final Pattern guard;

    private RulePattern(Pattern full, Pattern body, Pattern guard) {
        this.full = full;
        this.body = body;
        this.guard = guard;
    }

    static RulePattern of(String regex) {
        Pattern full = Pattern.compile(regex);
        String[] parts = rewrite(regex);
        if (parts == null) {
            return new RulePattern(full, full, null);
        }
        return new RulePattern(full, Pattern.compile(parts[1]),
                parts[0].isEmpty() ? null : Pattern.compile(parts[0]));
    }

    /** {guard, body} of the rewritten {@code regex} (the guard may be empty), or null when it is kept as written. */
    static String[] rewrite(String regex) {
        List<Seq> top;
        try {
            Parser p = new Parser(regex);
            top = p.alternation();
            if (p.i != regex.length()) {
                return null;
            }
        } catch (GiveUp e) {
            return null;
        }
        List<Seq> alts = factor(factorAll(top));
        StringBuilder guard = new StringBuilder();
        if (alts.size() == 1) {
            List<Item> items = alts.get(0).items;
            int k = 0;
            while (k < items.size() && items.get(k).isLookaround()) {
                k++;
            }
            if (k > 0 && k < items.size()) {
                for (int j = 0; j < k; j++) {
                    items.get(j).print(guard);
                }
                alts = List.of(new Seq(new ArrayList<>(items.subList(k, items.size()))));
            }
        }
        StringBuilder body = new StringBuilder(regex.length());
        print(alts, body);
        return new String[] {guard.toString(), body.toString()};
    }

    // ------------------------------------------------------------------------------------------------- the tree

    /** One alternative: a sequence of quantified atoms. */
    private static final class Seq {
        final List<Item> items;

        Seq(List<Item> items) {
            this.items = items;
        }
    }

    /** An atom with its quantifier (empty, or {@code ?}, {@code *}, {@code +}, {@code {n,m}}, maybe lazy/possessive). */
    private static final class Item {
        static final int CHAR = 0;   // a plain or escaped single character ('a', "\\.")
        static final int OTHER = 1;  // a class, a predefined class, \b, '.', '^', '$'
        static final int GROUP = 2;

        final int kind;
        final String src;      // CHAR, OTHER: the source text; GROUP: the opening, e.g. "(?:"
        final char ch;         // CHAR: the character matched
        final List<Seq> alts;  // GROUP: the alternatives
        String quant;

        Item(int kind, String src, char ch, List<Seq> alts, String quant) {
            this.kind = kind;
            this.src = src;
            this.ch = ch;
            this.alts = alts;
            this.quant = quant;
        }

        boolean isLookaround() {
            return kind == GROUP && quant.isEmpty() && (src.equals("(?=") || src.equals("(?!") || src.equals("(?<=")
                    || src.equals("(?<!"));
        }

        /** Whether the quantifier lets the atom match at least once (so it decides the first character). */
        boolean atLeastOnce() {
            if (quant.isEmpty() || quant.charAt(0) == '+') {
                return true;
            }
            if (quant.charAt(0) == '{') {
                int end = 1;
                while (end < quant.length() && Character.isDigit(quant.charAt(end))) {
                    end++;
                }
                return Integer.parseInt(quant.substring(1, end)) > 0;
            }
            return false; // ? or *
        }

        void print(StringBuilder sb) {
            if (kind == GROUP) {
                sb.append(src);
                RulePattern.print(alts, sb);
                sb.append(')');
            } else {
                sb.append(src);
            }
            sb.append(quant);
        }
    }

    private static void print(List<Seq> alts, StringBuilder sb) {
        for (int a = 0; a < alts.size(); a++) {
            if (a > 0) {
                sb.append('|');
            }
            for (Item it : alts.get(a).items) {
                it.print(sb);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- rewriting

    private static List<Seq> factorAll(List<Seq> alts) {
        List<Seq> out = new ArrayList<>(alts.size());
        for (Seq s : alts) {
            out.add(rewriteSeq(s));
        }
        return out;
    }

    /** Rewrites the groups inside one alternative (look-behinds are left alone: Java bounds their length). */
    private static Seq rewriteSeq(Seq s) {
        List<Item> items = new ArrayList<>(s.items.size());
        for (int k = 0; k < s.items.size(); k++) {
            Item it = s.items.get(k);
            if (it.kind == Item.GROUP && it.src.equals("(?:")) {
                List<Seq> alts = factor(factorAll(it.alts));
                it = new Item(Item.GROUP, "(?:", '\0', alts, it.quant);
                Item next = k + 1 < s.items.size() ? s.items.get(k + 1) : null;
                possessiveGap(it, next);
            } else if (it.kind == Item.GROUP && (it.src.equals("(?=") || it.src.equals("(?!") || it.src.equals("(?>"))) {
                it = new Item(Item.GROUP, it.src, '\0', factorAll(it.alts), it.quant);
            }
            items.add(it);
        }
        cheapAssertionsFirst(items);
        return new Seq(items);
    }

    /** The most characters a {@link #cheapAssertionsFirst} look-ahead class lists (more would reject little). */
    private static final int MAX_AHEAD_CHARS = 40;

    /**
     * A row of zero-width assertions inside a sequence (not at its start, which becomes the {@link #guard}) that
     * holds a look-behind, such as the negation guards of {@code [^\n]{0,100}?(?<!\bi )(?<!n't )...\b(?:ignore|...)},
     * is tried at every position the gap before it reaches. When what follows the row must start with one of a
     * known set of characters, a look-ahead for that set goes first, then the {@code \b}s, then the look-arounds:
     * most positions fail on one character test instead of a look-behind each. Assertions at one position hold or
     * fail whatever their order, and a match of the rest starts with one of those characters: the same matches.
     */
    private static void cheapAssertionsFirst(List<Item> items) {
        int k = 1;
        while (k < items.size()) {
            if (!isZeroWidth(items.get(k)) || isZeroWidth(items.get(k - 1))) {
                k++; // not the start of a row (a row at the start of the sequence is the guard's)
                continue;
            }
            int j = k;
            boolean behind = false;
            while (j < items.size() && isZeroWidth(items.get(j))) {
                behind |= isLookbehind(items.get(j));
                j++;
            }
            BitSet first = behind && j < items.size() ? firstChars(new Seq(items.subList(j, items.size()))) : null;
            if (first != null && first.cardinality() <= MAX_AHEAD_CHARS) {
                List<Item> row = new ArrayList<>(items.subList(k, j));
                List<Item> reordered = new ArrayList<>(row.size() + 1);
                reordered.add(new Item(Item.OTHER, "(?=" + charClass(first) + ")", '\0', null, ""));
                for (Item z : row) {
                    if (z.kind == Item.OTHER) {
                        reordered.add(z); // \b
                    }
                }
                for (Item z : row) {
                    if (z.kind != Item.OTHER) {
                        reordered.add(z);
                    }
                }
                items.subList(k, j).clear();
                items.addAll(k, reordered);
                j = k + reordered.size();
            }
            k = j + 1; // items[j] is not zero-width
        }
    }

    private static boolean isLookbehind(Item it) {
        return it.kind == Item.GROUP && it.quant.isEmpty() && (it.src.equals("(?<!") || it.src.equals("(?<="));
    }

    /** A look-around or a word boundary: matches no character. */
    private static boolean isZeroWidth(Item it) {
        return it.isLookaround() || it.kind == Item.OTHER && it.src.equals("\\b") && it.quant.isEmpty();
    }

    /** A character class of the characters in {@code set}, letters and digits as they are, others as hex escapes. */
    private static String charClass(BitSet set) {
        StringBuilder sb = new StringBuilder("[");
        for (int c = set.nextSetBit(0); c >= 0; c = set.nextSetBit(c + 1)) {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                sb.append((char) c);
            } else {
                sb.append("\\x{").append(Integer.toHexString(c)).append('}');
            }
        }
        return sb.append(']').toString();
    }

    /**
     * {@code (?:\W{1,3}\w+){0,N}} followed by {@code \W{...}}: within an iteration the separator must be followed
     * by a word character and the word by a non-word one, so neither may give back characters.
     */
    private static void possessiveGap(Item group, Item next) {
        if (group.alts.size() != 1 || next == null || next.kind != Item.OTHER || !next.src.equals("\\W")
                || !next.atLeastOnce()) {
            return;
        }
        List<Item> in = group.alts.get(0).items;
        if (in.size() == 2 && in.get(0).kind == Item.OTHER && in.get(0).src.equals("\\W")
                && in.get(0).quant.equals("{1,3}") && in.get(1).kind == Item.OTHER && in.get(1).src.equals("\\w")
                && in.get(1).quant.equals("+")) {
            in.get(0).quant = "{1,3}+";
            in.get(1).quant = "++";
        }
    }

    /** A run of alternatives that start with the same character, or one alternative that does not. */
    private static final class Bucket {
        final char ch;           // the shared first character (CHAR buckets)
        final boolean chars;     // whether this bucket groups alternatives starting with ch
        final BitSet first;      // the characters its alternatives can start with; null: any
        final List<Seq> members = new ArrayList<>();

        Bucket(boolean chars, char ch, BitSet first) {
            this.chars = chars;
            this.ch = ch;
            this.first = first;
        }
    }

    /** Factors the (already rewritten) alternatives of one group by their first character, keeping match order. */
    private static List<Seq> factor(List<Seq> alts) {
        if (alts.size() < 2) {
            return alts;
        }
        List<Bucket> buckets = new ArrayList<>();
        for (Seq s : alts) {
            Item head = s.items.isEmpty() ? null : s.items.get(0);
            boolean plain = head != null && head.kind == Item.CHAR && head.quant.isEmpty();
            boolean placed = false;
            if (plain) {
                // join the last bucket of this character if every bucket after it cannot start with the character
                for (int b = buckets.size() - 1; b >= 0; b--) {
                    Bucket bk = buckets.get(b);
                    if (bk.chars && bk.ch == head.ch) {
                        bk.members.add(s);
                        placed = true;
                        break;
                    }
                    if (bk.first == null || bk.first.get(head.ch)) {
                        break;
                    }
                }
            }
            if (!placed) {
                BitSet first;
                if (plain) {
                    first = new BitSet();
                    first.set(head.ch);
                } else {
                    first = firstChars(s);
                }
                Bucket bk = new Bucket(plain, plain ? head.ch : '\0', first);
                bk.members.add(s);
                buckets.add(bk);
            }
        }
        if (buckets.size() == alts.size()) {
            return alts; // nothing shares a first character
        }
        List<Seq> out = new ArrayList<>(buckets.size());
        for (Bucket bk : buckets) {
            if (!bk.chars || bk.members.size() == 1) {
                out.addAll(bk.members);
                continue;
            }
            List<Seq> rests = new ArrayList<>(bk.members.size());
            for (Seq m : bk.members) {
                rests.add(new Seq(new ArrayList<>(m.items.subList(1, m.items.size()))));
            }
            List<Seq> inner = factor(rests);
            List<Item> items = new ArrayList<>();
            items.add(bk.members.get(0).items.get(0)); // the shared character, as written
            if (inner.size() == 1) {
                items.addAll(inner.get(0).items);
            } else {
                items.add(new Item(Item.GROUP, "(?:", '\0', inner, ""));
            }
            out.add(new Seq(items));
        }
        return out;
    }

    /** The characters an alternative can start with, or null when unknown or when it can match the empty string. */
    private static BitSet firstChars(Seq s) {
        if (s.items.isEmpty()) {
            return null;
        }
        Item head = s.items.get(0);
        if (!head.atLeastOnce()) {
            return null;
        }
        if (head.kind == Item.CHAR) {
            BitSet b = new BitSet();
            b.set(head.ch);
            return b;
        }
        if (head.kind == Item.GROUP && head.src.equals("(?:")) {
            BitSet all = new BitSet();
            for (Seq a : head.alts) {
                BitSet f = firstChars(a);
                if (f == null) {
                    return null;
                }
                all.or(f);
            }
            return all;
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------- parsing

    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    /** A parser for the subset of Java's syntax the rules use; anything else gives up. */
    private static final class Parser {
        final String s;
        int i;

        Parser(String s) {
            this.s = s;
        }

        List<Seq> alternation() {
            List<Seq> alts = new ArrayList<>();
            alts.add(sequence());
            while (i < s.length() && s.charAt(i) == '|') {
                i++;
                alts.add(sequence());
            }
            return alts;
        }

        Seq sequence() {
            List<Item> items = new ArrayList<>();
            while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
                Item it = atom();
                it.quant = quantifier();
                items.add(it);
            }
            return new Seq(items);
        }

        Item atom() {
            char c = s.charAt(i);
            switch (c) {
                case '\\':
                    return escape();
                case '[':
                    return charClass();
                case '(':
                    return group();
                case '.', '^', '$':
                    i++;
                    return new Item(Item.OTHER, String.valueOf(c), '\0', null, "");
                case '*', '+', '?', '{':
                    throw new GiveUp(); // a quantifier without an atom
                default:
                    i++;
                    return new Item(Item.CHAR, String.valueOf(c), c, null, "");
            }
        }

        Item escape() {
            if (i + 1 >= s.length()) {
                throw new GiveUp();
            }
            char e = s.charAt(i + 1);
            int start = i;
            if (Character.isLetterOrDigit(e)) {
                switch (e) {
                    case 'w', 'W', 's', 'S', 'd', 'D', 'b', 'B':
                        i += 2;
                        return new Item(Item.OTHER, s.substring(start, i), '\0', null, "");
                    case 'n':
                        i += 2;
                        return new Item(Item.CHAR, "\\n", '\n', null, "");
                    case 't':
                        i += 2;
                        return new Item(Item.CHAR, "\\t", '\t', null, "");
                    case 'r':
                        i += 2;
                        return new Item(Item.CHAR, "\\r", '\r', null, "");
                    case 'u': {
                        if (i + 6 > s.length()) {
                            throw new GiveUp();
                        }
                        char ch;
                        try {
                            ch = (char) Integer.parseInt(s.substring(i + 2, i + 6), 16);
                        } catch (NumberFormatException ex) {
                            throw new GiveUp();
                        }
                        i += 6;
                        return new Item(Item.CHAR, s.substring(start, i), ch, null, "");
                    }
                    default:
                        throw new GiveUp(); // back references, \p{..}, \Q, \x, \k, \G, \z, ...
                }
            }
            i += 2;
            return new Item(Item.CHAR, s.substring(start, i), e, null, "");
        }

        Item charClass() {
            int start = i;
            int j = i + 1;
            if (j < s.length() && s.charAt(j) == '^') {
                j++;
            }
            while (j < s.length() && s.charAt(j) != ']') {
                char c = s.charAt(j);
                if (c == '[' || c == '&') {
                    throw new GiveUp(); // nested classes, intersections
                }
                j += c == '\\' ? 2 : 1;
            }
            if (j >= s.length() || j == start + 1) {
                throw new GiveUp();
            }
            i = j + 1;
            return new Item(Item.OTHER, s.substring(start, i), '\0', null, "");
        }

        Item group() {
            String open;
            if (s.startsWith("(?:", i) || s.startsWith("(?=", i) || s.startsWith("(?!", i) || s.startsWith("(?>", i)) {
                open = s.substring(i, i + 3);
            } else if (s.startsWith("(?<=", i) || s.startsWith("(?<!", i)) {
                open = s.substring(i, i + 4);
            } else {
                throw new GiveUp(); // capturing or named groups, inline flags
            }
            i += open.length();
            List<Seq> alts = alternation();
            if (i >= s.length() || s.charAt(i) != ')') {
                throw new GiveUp();
            }
            i++;
            return new Item(Item.GROUP, open, '\0', alts, "");
        }

        String quantifier() {
            if (i >= s.length()) {
                return "";
            }
            int start = i;
            char c = s.charAt(i);
            if (c == '?' || c == '*' || c == '+') {
                i++;
            } else if (c == '{') {
                int j = i + 1;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == ',')) {
                    j++;
                }
                if (j >= s.length() || s.charAt(j) != '}' || j == i + 1) {
                    throw new GiveUp();
                }
                i = j + 1;
            } else {
                return "";
            }
            if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) {
                i++;
            }
            return s.substring(start, i);
        }
    }
}
