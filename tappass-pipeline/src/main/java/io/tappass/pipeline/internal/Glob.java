package io.tappass.pipeline.internal;

import java.util.List;
import java.util.Locale;

/**
 * Case-insensitive name globs ({@code *} = any run of characters, {@code ?} = one character), matched without
 * regular expressions (linear-time two-pointer matching, no backtracking blow-up). Not public API.
 */
public final class Glob {

    private final String pattern;
    private final boolean literal;

    private Glob(String pattern) {
        this.pattern = pattern.toLowerCase(Locale.ROOT);
        this.literal = pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0;
    }

    /** Compiles a glob. */
    public static Glob of(String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            throw new IllegalArgumentException("empty glob");
        }
        return new Glob(pattern);
    }

    /** Compiles globs. */
    public static List<Glob> all(List<String> patterns) {
        return patterns.stream().map(Glob::of).toList();
    }

    /** Whether any glob matches {@code name}. */
    public static boolean any(List<Glob> globs, String name) {
        if (name == null || globs.isEmpty()) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0, n = globs.size(); i < n; i++) {
            if (globs.get(i).matchesLower(lower)) {
                return true;
            }
        }
        return false;
    }

    /** The first glob matching {@code name}, or null. */
    public static Glob first(List<Glob> globs, String name) {
        if (name == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (Glob g : globs) {
            if (g.matchesLower(lower)) {
                return g;
            }
        }
        return null;
    }

    /** The (lower-cased) pattern. */
    public String pattern() {
        return pattern;
    }

    /** Whether the glob matches the whole of {@code name}, ignoring case. */
    public boolean matches(String name) {
        return name != null && matchesLower(name.toLowerCase(Locale.ROOT));
    }

    /** Whether the glob matches {@code s}, which the caller has already lower-cased. */
    public boolean matchesLower(String s) {
        if (literal) {
            return pattern.equals(s);
        }
        int p = 0;
        int i = 0;
        int star = -1;
        int mark = 0;
        while (i < s.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == s.charAt(i))) {
                p++;
                i++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = i;
            } else if (star >= 0) {
                p = star + 1;
                i = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
