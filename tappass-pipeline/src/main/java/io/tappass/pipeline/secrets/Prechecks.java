package io.tappass.pipeline.secrets;

import io.tappass.pipeline.internal.Texts;

/**
 * Cheap necessary conditions for a match of an anchored rule at a keyword occurrence: for a rule tried only at
 * its keyword ({@code back == 0}), of a match starting there; for {@code salesforce.token}, of a match whose
 * keyword is that occurrence. When the condition fails, the scanner skips the regex. Each condition is derived by
 * hand from the rule's pattern (named below); they matter on config files, logs, code and CJK text, where the
 * keywords ({@code value}, {@code path}, {@code token}, {@code 密码}) occur thousands of times per MiB and the
 * patterns' bounded variable-length lookbehinds or long key/separator prefixes cost 0.5 to 10 µs per try.
 * {@code SecretScannerTest.prefilterLosesNothingOnTheCorpora} (exhaustive search) and {@code PrechecksTest}
 * (random and adversarial texts against the regex) check that nothing is lost.
 */
final class Prechecks {

    private Prechecks() {
    }

    /** A necessary condition of a match of one rule's pattern starting at {@code h}. */
    @FunctionalInterface
    interface Check {
        boolean possible(String text, int h);
    }

    /**
     * The longest text {@link Rules#SEP} can match: its longest alternative (the type annotation,
     * {@code : &'static Type<Params, …>? =}: 1 + 4 + 1 + 11 + 21 + 42 + 1 + 4 + 1 = 86 characters), 20 blanks and an
     * optional escaped quote (2).
     */
    static final int SEP_MAX = 86 + 20 + 2;

    /**
     * The longest text {@link Rules#VALUE_WRAPPER} can match between the separator and the quote
     * ({@code base64.RawURLEncoding.DecodeString(} and four blanks: 39 characters).
     */
    static final int WRAPPER_MAX = 40;

    /** The check of the rule {@code id}, or null when it has none. */
    static Check of(String id) {
        switch (id) {
            case "generic.name_value":
                return Prechecks::nameValue;
            case "generic.dockerfile_env":
                return Prechecks::dockerfileEnv;
            case "terraform.variable_default":
                return Prechecks::terraformDefault;
            case "salesforce.token":
                return Prechecks::salesforceToken;
            case "generic.secret_prose":
            case "generic.password_prose_short":
                // both: a credential word, then ':', 'is'/'was', or a blank and a phrase word (the latter's words are
                // password, passwd and passphrase, a subset)
                return Prechecks::secretProse;
            case "generic.password_prose_i18n":
                // the value, eight or more of [A-Za-z0-9_\-+/=~!@#%^*&$] and inner dots (a lookahead), starts at most
                // 16 (the longest word, "della password" and "palavra-passe" fit) + 60 (the words between) + 11 (the longest connector, "[ \t]{1,2}lautet[ \t]{1,3}") + 1 (a quote)
                // characters after the keyword: on CJK text dense with password words (密码, パスワード) the regex
                // cost about 10 µs per word, and such text rarely holds eight ASCII value characters in a row
                return (text, h) -> runAhead(text, h, 16 + 60 + 11 + 1, I18N_VALUE, 8);
            case "generic.password_prose_linked":
                // the value (eight or more of the value alphabet, both cases) starts at most 12 (the word) + 30 (two
                // words between) + 4 (the connector) + 30 + 4 (a second connector after a localised word) + 3 (a
                // blank and a quote) characters after the keyword: a run of eight and an upper-case letter after the
                // keyword's first character (floods of password words cost the regex about 30 µs per word)
                return (text, h) -> upperAhead(text, h + 1, 90) && runAhead(text, h, 90, I18N_VALUE, 8);
            case "generic.cli_secret":
                return Prechecks::cliSecret;
            case "bitwarden.access_token":
                // 0\.[0-9a-f]{8}-...: "0." is in every version number; the UUID's first hyphen is 10 characters on
                return (text, h) -> h + 10 < text.length() && text.charAt(h + 10) == '-';
            case "generic.cli_key":
            case "azure.storage_key_flag":
                // (?i:key)(?<=[ \t]--?[A-Za-z0-9\-]{0,40}QUALIFIER-?(?i:key))[ \t]+: "key" ends a flag
                return (text, h) -> flagBefore(text, h) && h + 3 < text.length()
                        && (text.charAt(h + 3) == ' ' || text.charAt(h + 3) == '\t');
            case "generic.secret_nextline":
            case "generic.password_nextline":
                return Prechecks::valueOnNextLine;
            case "generic.secret_quoted":
                return Prechecks::quotedValue;
            case "generic.secret_bare":
                // [A-Za-z0-9_\-+/=.~!@#%^*]{12,300}+
                return (text, h) -> bareValue(text, h, BARE_SECRET, 12);
            case "generic.password_bare":
                // [^\s"'`,;<>(){}\[\]]{5,200}+
                return (text, h) -> bareValue(text, h, BARE_PASSWORD, 5);
            case "azure.devops_pat_legacy":
                // (?i:pat|token|ado|devops|azure) KEY_TAIL SEP ([a-z2-7]{52})
                return (text, h) -> runAhead(text, h, 6 + 40 + SEP_MAX, BASE32_LOWER, 52);
            case "facebook.secret":
                // (?i:facebook|fb) KEY_TAIL SEP ([0-9a-f]{32})
                return (text, h) -> runAhead(text, h, 8 + 40 + SEP_MAX, HEX_LOWER, 32);
            default:
                return null;
        }
    }

    /** Whether an ASCII upper-case letter stands in {@code [from, from + len)}. */
    static boolean upperAhead(String text, int from, int len) {
        int end = Math.min(text.length(), from + len);
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /** A necessary condition of a match of a "near" rule inside the search window {@code [from, to)}. */
    @FunctionalInterface
    interface WindowCheck {
        boolean possible(String text, int from, int to);
    }

    /** The window check of the near rule {@code id}, or null when it has none. */
    static WindowCheck window(String id) {
        switch (id) {
            case "discord.bot_token":
                // [MNO][A-Za-z0-9_\-]{23,27}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,40}:
                // a '.', six token characters, a '.'
                return Prechecks::dotSixDot;
            case "particle.token":
                // (?:access_token=|(?i:bearer)[ \t]+)([0-9a-f]{40})
                return (text, from, to) -> runAhead(text, from, to - from, HEX_LOWER, 40);
            case "datadog.api_key_near":
                // ...[=:]...([0-9a-f]{32}|[0-9a-f]{40}): a run of 32 lower-case hex digits
                return (text, from, to) -> runAhead(text, from, to - from, HEX_LOWER, 32);
            case "crypto.wif_private_key":
                // ([5KL9c][1-9A-HJ-NP-Za-km-z]{50,51}): a run of 51 base58 characters ("wifi" in prose has none)
                return (text, from, to) -> runAhead(text, from, to - from, BASE58, 51);
            default:
                return null;
        }
    }

    /** Whether {@code [from, to)} holds a '.' followed by six of {@code [A-Za-z0-9_-]} and a '.'. */
    static boolean dotSixDot(String text, int from, int to) {
        for (int i = from; i + 7 < to; i++) {
            if (text.charAt(i) == '.' && text.charAt(i + 7) == '.') {
                boolean ok = true;
                for (int j = i + 1; j < i + 7 && ok; j++) {
                    char c = text.charAt(j);
                    ok = Texts.asciiWord(c) || c == '-';
                }
                if (ok) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final boolean[] I18N_VALUE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            I18N_VALUE[c] = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || "_-+/=~!@#%^*&$.".indexOf(c) >= 0;
        }
    }

    private static final boolean[] BASE32_LOWER = SecretScanner.charClass("a-z2-7");
    private static final boolean[] HEX_LOWER = SecretScanner.charClass("0-9a-f");
    private static final boolean[] BASE58 = SecretScanner.charClass("1-9A-HJ-NP-Za-km-z");

    /**
     * Whether a run of at least {@code min} characters of {@code cls} starts in {@code [h, h + window]}: the
     * value group of a rule whose value starts at most {@code window} characters after the keyword. Tests the last
     * character of each candidate run first and skips past a character outside the class (no run can contain it),
     * so a miss costs about {@code window / min} reads.
     */
    static boolean runAhead(String text, int h, int window, boolean[] cls, int min) {
        int n = text.length();
        int last = Math.min(h + window, n - min); // the last start a run of min characters can have
        int p = h;
        while (p <= last) {
            int q = p + min - 1;
            while (q >= p && in(cls, text.charAt(q))) {
                q--;
            }
            if (q < p) {
                return true;
            }
            p = q + 1;
        }
        return false;
    }

    private static boolean in(boolean[] cls, char c) {
        return c < 128 && cls[c];
    }

    private static boolean keyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                || c == '.';
    }

    /**
     * {@code generic.name_value} ({@code name: DB_PASSWORD} then {@code value: V}): the match starts at
     * {@code value}, and the lookbehind before it ends with a key name
     * {@code [A-Za-z0-9_.-]{0,40}CREDENTIAL_WORD[A-Za-z0-9_.-]{0,40}} followed by at most 31 characters of quotes,
     * blanks, a comma and one line break. Those characters are no key characters, and the key name is preceded by
     * a quote, blank, ':' or '=', so the key name is the whole run of key characters before them: it must be at most
     * 94 characters long and contain a credential word (each one contains {@code passw}, {@code secret},
     * {@code token}, {@code credential} or ends with {@code key}). After {@code value} come an optional quote,
     * at most three blanks and ':' or '='.
     */
    static boolean nameValue(String text, int h) {
        int n = text.length();
        int a = h + 5; // "value"
        if (a < n && text.charAt(a) == '"') {
            a++;
        }
        for (int b = 0; b < 3 && a < n && (text.charAt(a) == ' ' || text.charAt(a) == '\t'); b++) {
            a++;
        }
        if (a >= n || text.charAt(a) != ':' && text.charAt(a) != '=') {
            return false;
        }
        int t = h;
        while (t > 0 && h - t <= 31) {
            char c = text.charAt(t - 1);
            if (c != '"' && c != '\'' && c != ' ' && c != '\t' && c != ',' && c != '\r' && c != '\n') {
                break;
            }
            t--;
        }
        if (h - t > 31 || t == 0 || !keyChar(text.charAt(t - 1))) {
            return false;
        }
        int u = t;
        while (u > 0 && t - u <= 94 && keyChar(text.charAt(u - 1))) {
            u--;
        }
        if (t - u > 94) {
            return false;
        }
        return containsIgnoreCase(text, u, t, "passw") || containsIgnoreCase(text, u, t, "secret")
                || containsIgnoreCase(text, u, t, "token") || containsIgnoreCase(text, u, t, "credential")
                || containsIgnoreCase(text, u, t, "key");
    }

    /**
     * {@code generic.dockerfile_env} ({@code ENV DB_PASSWORD V}): the lookbehind requires the keyword to sit in a
     * word ({@code [A-Za-z0-9_]}) that starts at most 48 characters before it and follows {@code ENV} and one to
     * eight blanks, at the start of a line after at most eight blanks. The word is the whole run of word characters
     * around the keyword (blanks precede it).
     */
    static boolean dockerfileEnv(String text, int h) {
        int j = h;
        while (j > 0 && h - j <= 64 && Texts.asciiWord(text.charAt(j - 1))) {
            j--;
        }
        if (h - j > 64) {
            return false;
        }
        int b = j;
        while (b > 0 && j - b <= 8 && (text.charAt(b - 1) == ' ' || text.charAt(b - 1) == '\t')) {
            b--;
        }
        if (b == j || j - b > 8 || b < 3 || !text.startsWith("ENV", b - 3)) {
            return false;
        }
        int c = b - 3;
        int p = c;
        while (p > 0 && c - p <= 8 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\t')) {
            p--;
        }
        return c - p <= 8 && (p == 0 || text.charAt(p - 1) == '\n');
    }

    /**
     * {@code terraform.variable_default} ({@code variable "db_password" { ... default = "V"}): the lookbehind
     * ends with {@code "NAME"[ \t]{0,4}\{[^{}]{0,300}default}, so walking back from the keyword over at most 300
     * characters that are no braces reaches a '{', and before it (after at most four blanks) the closing quote of
     * the variable name.
     */
    static boolean terraformDefault(String text, int h) {
        int j = h;
        while (j > 0 && h - j <= 300) {
            char c = text.charAt(j - 1);
            if (c == '{' || c == '}') {
                break;
            }
            j--;
        }
        if (h - j > 300 || j == 0 || text.charAt(j - 1) != '{') {
            return false;
        }
        int q = j - 1;
        int b = q;
        while (b > 0 && q - b <= 4 && (text.charAt(b - 1) == ' ' || text.charAt(b - 1) == '\t')) {
            b--;
        }
        return q - b <= 4 && b > 0 && text.charAt(b - 1) == '"';
    }

    /**
     * {@code salesforce.token} ({@code 00[A-Za-z0-9]{13}![A-Za-z0-9_.]{96}}, keyword {@code !}, tried up to 15
     * characters before it): a match holds its '!' at a fixed offset, so the '!' at {@code h} can only be the one of
     * a match starting at {@code h - 15}. Every match's '!' is itself a keyword occurrence, so dropping the others
     * loses no match.
     */
    static boolean salesforceToken(String text, int h) {
        if (h < 15 || h + 96 >= text.length() || text.charAt(h - 15) != '0' || text.charAt(h - 14) != '0') {
            return false;
        }
        for (int i = h - 13; i < h; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        for (int i = h + 1; i <= h + 96; i++) {
            char c = text.charAt(i);
            if (!(Texts.asciiWord(c) || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static final String[] PROSE_WORDS = {
        "secret", "token", "password", "passwd", "passphrase", "credentials", "credential", "key"
    };

    /**
     * {@code generic.secret_prose} ({@code the API key is V}, {@code token: V}): the match starts with one of
     * {@link #PROSE_WORDS} (not after a letter), followed by {@code [ \t]{0,2}:}, {@code [ \t]{1,2}is|was}, or a
     * blank and a preposition ({@code for of on in from to}) and a blank.
     */
    static boolean secretProse(String text, int h) {
        if (h > 0) {
            char b = text.charAt(h - 1);
            if (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z') {
                return false;
            }
        }
        for (String w : PROSE_WORDS) {
            if (startsWithIgnoreCase(text, h, w) && proseConnector(text, h + w.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean proseConnector(String text, int e) {
        int n = text.length();
        int b = e;
        while (b < n && b - e < 2 && (text.charAt(b) == ' ' || text.charAt(b) == '\t')) {
            b++;
        }
        if (b < n && text.charAt(b) == ':') {
            return true;
        }
        if (b == e) {
            return false;
        }
        if (startsWithIgnoreCase(text, b, "is") || startsWithIgnoreCase(text, b, "was")) {
            return true;
        }
        for (String p : PROSE_PHRASE_WORDS) {
            int a = e + 1 + p.length();
            if (startsWithIgnoreCase(text, e + 1, p) && a < n && (text.charAt(a) == ' ' || text.charAt(a) == '\t')) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words that may start the phrase between the credential word and its connector in {@code generic.secret_prose}:
     * prepositions ("the key for staging is"), the relative pronouns and the personal pronouns ("the token I used:",
     * "the key that we rotated is"); compared case-insensitively, so "i" also stands for the pattern's "I".
     */
    private static final String[] PROSE_PHRASE_WORDS = {
        "for", "of", "on", "in", "from", "to", "that", "which", "i", "we", "you", "they"
    };

    /** Whether {@code text} holds the lower-case ASCII word {@code w} at {@code at}, ASCII case-insensitively. */
    static boolean startsWithIgnoreCase(String text, int at, String w) {
        return at + w.length() <= text.length() && containsIgnoreCase(text, at, at + w.length(), w);
    }

    private static final String[] CLI_WORDS = {"token", "secret", "api-key", "apikey"};

    /**
     * {@code generic.cli_secret} ({@code --api-token V}, round 15: {@code -ClientSecret V}): the lookbehind requires
     * the keyword to end a flag, a blank, {@code -} or {@code --} and at most 40 of {@code [A-Za-z0-9-]} before the
     * keyword; blanks precede the flag, so the flag is the whole run of those characters before the keyword. Blanks
     * follow the keyword.
     */
    static boolean cliSecret(String text, int h) {
        if (!flagBefore(text, h)) {
            return false;
        }
        for (String w : CLI_WORDS) {
            int e = h + w.length();
            if (e < text.length() && startsWithIgnoreCase(text, h, w)
                    && (text.charAt(e) == ' ' || text.charAt(e) == '\t')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the keyword at {@code h} ends a command-line flag's name: the run of {@code [A-Za-z0-9-]} before it
     * (at most 42 characters) starts with {@code -} and follows a blank.
     */
    static boolean flagBefore(String text, int h) {
        int u = h;
        while (u > 0 && h - u <= 43 && flagChar(text.charAt(u - 1))) {
            u--;
        }
        return h - u >= 1 && h - u <= 42 && u > 0 && text.charAt(u) == '-'
                && (text.charAt(u - 1) == ' ' || text.charAt(u - 1) == '\t');
    }

    private static boolean flagChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
    }

    /**
     * The end of the key name that starts with the keyword at {@code h}: the generic rules' key patterns
     * ({@code secretKey}, {@code pwKey} in {@link Rules}) are a word of at most ten letters and at most 30 key
     * characters, followed by a character that is no key character (quote, blank, separator), so the key name is
     * the whole run of key characters from {@code h}; -1 when the run is longer than 40.
     */
    private static int keyEnd(String text, int h) {
        int n = text.length();
        int j = h;
        while (j < n && j - h <= 40 && keyChar(text.charAt(j))) {
            j++;
        }
        return j - h > 40 ? -1 : j;
    }

    private static int blanks(String text, int i, int max) {
        int n = text.length();
        int j = i;
        while (j < n && j - i < max && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j;
    }

    /**
     * {@code generic.secret_nextline} and {@code generic.password_nextline} (a key, {@code =} or {@code :}, and the
     * value on the next line): after the key name an optional (escaped) quote, at most eight blanks, {@code =} or
     * {@code :}, at most four blanks, an optional YAML block indicator ({@code |}, {@code >}, chomping and indent)
     * or a backslash with at most four blanks, then a line break.
     */
    static boolean valueOnNextLine(String text, int h) {
        int n = text.length();
        int i = keyEnd(text, h);
        if (i < 0 || i >= n) {
            return false;
        }
        if (text.charAt(i) == '\\' && i + 1 < n && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\'')) {
            i += 2;
        } else if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
            i++;
        }
        int b = blanks(text, i, 9);
        if (b - i > 8 || b >= n || text.charAt(b) != '=' && text.charAt(b) != ':') {
            return false;
        }
        i = blanks(text, b + 1, 5);
        if (i - (b + 1) > 4 || i >= n) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '|' || c == '>') {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            if (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            int e = blanks(text, i, 5);
            if (e - i > 4) {
                return false;
            }
            i = e;
        } else if (c == '\\') {
            int e = blanks(text, i + 1, 5);
            if (e - (i + 1) > 4) {
                return false;
            }
            i = e;
        }
        if (i < n && text.charAt(i) == '\r') {
            i++;
        }
        return i < n && text.charAt(i) == '\n';
    }

    private static final boolean[] BARE_SECRET = SecretScanner.charClass("A-Za-z0-9_\\-+/=.~!@#%^*");
    private static final boolean[] BARE_PASSWORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) { // \s is ASCII white space only (no UNICODE_CHARACTER_CLASS)
            BARE_PASSWORD[c] = " \t\n\u000B\f\r\"'`,;<>(){}[]".indexOf(c) < 0;
        }
    }

    /**
     * {@code generic.secret_bare} and {@code generic.password_bare} ({@code KEY = V} without quotes): after the key
     * name at most eight blanks, one of {@code = := => ?= :}, at most eight blanks and at least {@code min}
     * characters of the value class {@code cls} (ASCII; {@code BARE_PASSWORD} also allows any non-ASCII
     * character). The value may start with the separator's second character ({@code ==}).
     */
    static boolean bareValue(String text, int h, boolean[] cls, int min) {
        int n = text.length();
        int i = keyEnd(text, h);
        if (i < 0) {
            return false;
        }
        int p = blanks(text, i, 9);
        if (p - i > 8 || p >= n) {
            return false;
        }
        char c = text.charAt(p);
        char d = p + 1 < n ? text.charAt(p + 1) : 0;
        if (c == '=' || c == ':') {
            return valueRun(text, p + 1, cls, min) || (d == '>' || d == '=') && valueRun(text, p + 2, cls, min);
        }
        return c == '?' && d == '=' && valueRun(text, p + 2, cls, min);
    }

    private static boolean valueRun(String text, int from, boolean[] cls, int min) {
        int n = text.length();
        int r = blanks(text, from, 9);
        if (r - from > 8) {
            return false;
        }
        int e = r;
        while (e < n && e - r < min) {
            char c = text.charAt(e);
            boolean ok = c < 128 ? cls[c] : cls == BARE_PASSWORD; // [^\s...] takes any non-ASCII character
            if (!ok) {
                break;
            }
            e++;
        }
        return e - r >= min;
    }

    /**
     * {@code generic.secret_quoted} ({@code KEY = "V"}): after the key name, {@code SEP_KEY} (at most 106
     * characters, see {@link #SEP_MAX}) and an optional backslash, an opening quote ({@code " ' `}) followed by at
     * least eight characters that are neither that quote nor white space.
     */
    static boolean quotedValue(String text, int h) {
        int j = keyEnd(text, h);
        if (j < 0) {
            return false;
        }
        int n = text.length();
        int last = Math.min(n - 9, j + 86 + 20 + 1 + WRAPPER_MAX);
        for (int o = j; o <= last; o++) {
            char q = text.charAt(o);
            if (q == '"' || q == '\'' || q == '`') {
                int k = o + 1;
                while (k <= o + 8) {
                    char c = text.charAt(k);
                    if (c == q || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                        break;
                    }
                    k++;
                }
                if (k > o + 8) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code text[from, to)} contains the lower-case ASCII word {@code w}, ASCII case-insensitively. */
    static boolean containsIgnoreCase(String text, int from, int to, String w) {
        int m = w.length();
        outer:
        for (int i = from; i + m <= to; i++) {
            for (int j = 0; j < m; j++) {
                char c = text.charAt(i + j);
                if (c >= 'A' && c <= 'Z') {
                    c += 32;
                }
                if (c != w.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
