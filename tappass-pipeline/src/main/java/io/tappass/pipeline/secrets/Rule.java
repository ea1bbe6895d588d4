package io.tappass.pipeline.secrets;

import io.tappass.core.governance.Severity;
import java.util.List;
import java.util.regex.Pattern;

/** One detection rule of the catalogue. Immutable. */
final class Rule {

    /** How strong the evidence of a rule is; decides the allowlist treatment, the base score and priority. */
    enum Kind {
        /** A provider prefix or fixed structure (ghp_, sk_live_, AKIA, PEM header): near-certain. */
        PREFIXED(1.0, 3),
        /** A provider-specific key name next to a value of the expected shape (aws_secret_access_key = 40 chars). */
        CONTEXT(0.9, 2),
        /** A generic key name (password, api_key, secret, token) gated by length and entropy. */
        GENERIC(0.7, 1);

        final double score;
        final int priority;

        Kind(double score, int priority) {
            this.score = score;
            this.priority = priority;
        }
    }

    /** Extra validation of a candidate value; returns the score, or a negative number to reject. */
    interface Validator {
        double check(String text, int start, int end, double score);
    }

    /** A hand-written scanner for structures a regex handles badly (PEM blocks, JSON objects, URLs). */
    interface Finder {
        /**
         * Adds the rule's matches in {@code text} to {@code out}; {@code at} locates the finder's anchor text (the
         * prefilter's keyword occurrences, or the whole text).
         */
        void find(String text, Rule rule, List<SecretMatch> out, Occurrences at);
    }

    final String id;
    final String type;
    final Severity severity;
    final Kind kind;
    final String[] keywords;
    final Pattern pattern;
    final Validator validator;
    final Finder finder;
    final int minLength;
    final double minEntropy;
    /** How far before a keyword occurrence the match may start (anchored mode). */
    final int back;
    /**
     * 0 for anchored rules (the match starts within {@link #back} chars before a keyword occurrence); otherwise the
     * rule searches the window [keyword - back, keyword + near) ("the token is somewhere near the keyword").
     */
    final int near;
    /** Whether a match needs an assignment separator (= : =>) shortly after the keyword (a cheap pre-check). */
    final boolean separator;

    Rule(String id, String type, Severity severity, Kind kind, String[] keywords, Pattern pattern,
         Validator validator, Finder finder, int minLength, double minEntropy) {
        this(id, type, severity, kind, keywords, pattern, validator, finder, minLength, minEntropy, 0, 0, false);
    }

    Rule(String id, String type, Severity severity, Kind kind, String[] keywords, Pattern pattern,
         Validator validator, Finder finder, int minLength, double minEntropy, int back, int near,
         boolean separator) {
        this.id = id;
        this.type = type;
        this.severity = severity;
        this.kind = kind;
        this.keywords = keywords;
        this.pattern = pattern;
        this.validator = validator;
        this.finder = finder;
        this.minLength = minLength;
        this.minEntropy = minEntropy;
        this.back = back;
        this.near = near;
        this.separator = separator;
    }

    /** A copy with another search window. */
    Rule window(int newBack, int newNear) {
        return new Rule(id, type, severity, kind, keywords, pattern, validator, finder, minLength, minEntropy,
                newBack, newNear, separator);
    }

    /** A copy that pre-checks for an assignment separator after the keyword. */
    Rule needsSeparator() {
        return new Rule(id, type, severity, kind, keywords, pattern, validator, finder, minLength, minEntropy,
                back, near, true);
    }

    @Override
    public String toString() {
        return id + "(" + type + ")";
    }
}
