package io.tappass.pipeline.secrets;

import io.tappass.pipeline.internal.Texts;
import java.util.Locale;
import java.util.Set;

/**
 * The built-in allowlist: documentation examples and placeholder shapes that are not credentials.
 */
final class Placeholders {

    private Placeholders() {
    }

    /**
     * Values published in vendor documentation as examples (AWS IAM user guide example key pair; the AWS docs'
     * second example pair; Stripe's documented sample keys are test keys and stay reported).
     */
    static final Set<String> KNOWN_EXAMPLES = Set.of(
            "AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "AKIAI44QH8DHBEXAMPLE",
            "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
            "ASIAIOSFODNN7EXAMPLE",
            // Stripe's public documentation test key, printed in its API reference and quickstarts for years
            "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
            // the account key of the Azure storage emulator (Azurite, formerly the Storage Emulator) for its fixed
            // development account "devstoreaccount1": the same in every installation, published in Microsoft's docs
            // ("Use the Azurite emulator for local Azure Storage development")
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
            // the primary key of the Azure Cosmos DB emulator: fixed for every installation and published in
            // Microsoft's docs ("Develop locally with the Azure Cosmos DB emulator", authenticate requests)
            "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==");

    private static final String[] PLACEHOLDER_WORDS = {
        "your_", "your-", "yourapi", "yourpass", "yoursecret", "yourtoken", "yourkey", "your ", "_here", "-here",
        "changeme", "change_me", "change-me", "changethis", "placeholder", "replace", "insert", "dummy", "redacted",
        "xxxx", "****", "....", "todo", "fixme", "example", "sample", "notreal", "not_real", "not-a-real",
        "not_a_real", "mysecret", "abc123", "secretkey", "put_", "enter_", "&lt;", "&gt;", "....", "…",
        "do-not-use", "do_not_use", "donotuse"
    };

    /**
     * Fixture words that count only as a word of their own ({@code fake-token-for-tests}, {@code mock_secret},
     * {@code local-dev-key}), not
     * inside a camel-case or random value ({@code FakeValues99…} in a scanner's test corpus is counted as a secret).
     */
    private static final String[] FIXTURE_WORDS = {"fake", "mock", "dev"};

    /**
     * Prefixes of keys that vendors publish by design (client-side keys): Stripe publishable keys ({@code pk_live_},
     * {@code pk_test_}; Stripe docs, "API keys"), Mapbox public tokens ({@code pk.eyJ}; Mapbox docs, "Access
     * tokens"), PostHog project keys ({@code phc_}; PostHog docs, "Project API key"), Langfuse public keys
     * ({@code pk-lf-}), Supabase publishable keys ({@code sb_publishable_}). A generic assignment of such a value is
     * not a secret.
     */
    private static final String[] PUBLIC_KEY_PREFIXES = {
        "pk_live_", "pk_test_", "pk.eyJ", "phc_", "pk-lf-", "sb_publishable_"
    };

    /** Whether the value is a key that its vendor publishes by design (see {@link #PUBLIC_KEY_PREFIXES}). */
    static boolean isPublicKey(String v) {
        for (String p : PUBLIC_KEY_PREFIXES) {
            if (v.startsWith(p)) {
                return true;
            }
        }
        // Datadog client tokens (browser RUM and logs): "pub" + 32 hex, public by design (Datadog docs, "Client
        // tokens": "safe to expose ... cannot be used to retrieve data")
        if (v.length() == 35 && v.startsWith("pub")) {
            for (int i = 3; i < 35; i++) {
                char c = v.charAt(i);
                if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Whether the value is base64url-encoded JSON ({@code eyJ…}) that is not a JWT: fewer than three
     * dot-separated segments, or a first segment that is not a JOSE header (no {@code "alg"}). Such values are
     * pagination cursors, OAuth state, source maps: encoded data, not credentials. (Real JWTs have their own rule.)
     */
    static boolean isEncodedJsonNotJwt(String v) {
        if (!v.startsWith("eyJ")) {
            return false;
        }
        int d1 = v.indexOf('.');
        int d2 = d1 < 0 ? -1 : v.indexOf('.', d1 + 1);
        if (d2 < 0) {
            return true;
        }
        int n = Math.min(d1, 96) & ~3;
        try {
            String header = new String(java.util.Base64.getUrlDecoder().decode(v.substring(0, n)),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            return !header.contains("\"alg\"");
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static final Set<String> PLACEHOLDER_VALUES = Set.of(
            "password", "passwd", "pass", "secret", "token", "apikey", "api_key", "key", "test", "testing",
            "mypassword", "yourpassword", "admin", "root", "user", "username", "null", "none", "nil", "undefined",
            "true", "false", "yes", "no", "required", "optional", "string", "str", "int", "integer", "boolean",
            "bool", "object", "value", "default", "empty", "hidden", "secure", "private", "public", "redacted",
            "masked", "encrypted", "unknown", "n/a", "na", "tbd", "env", "config", "variable", "environment",
            "qwerty", "123456", "12345678", "123456789", "password123", "letmein", "abc123", "foo", "bar", "foobar",
            "bearer", "basic", "token_here", "secret_here", "password_here", "not-set", "notset", "unset",
            "set", "get", "post", "put", "delete", "text", "number", "new", "old", "current", "confirm",
            // documented default passwords, public knowledge: the JDK keystore (keytool docs, "cacerts"), the
            // official images' defaults (RabbitMQ guest/guest, MinIO minioadmin, PostgreSQL examples postgres)
            "changeit", "guest", "minioadmin", "postgres",
            // the word "password" / "secret" / "key" in other languages: a UI label in a localisation file
            // ("password": "Passwort"), not a credential
            "passwort", "kennwort", "contraseña", "contrasena", "mot de passe", "wachtwoord", "senha", "hasło",
            "haslo", "lösenord", "losenord", "adgangskode", "passord", "salasana", "heslo", "şifre", "sifre",
            "parola", "jelszó", "jelszo", "geslo", "lozinka", "parool", "пароль", "密码", "密碼", "パスワード",
            "비밀번호", "geheimnis", "schlüssel", "schluessel", "clave", "jeton", "chiave", "segreto", "sleutel",
            "nyckel", "nøgle", "avain", "klucz", "ключ", "secreto", "segredo", "chave");

    /** Whether the text contains template or variable syntax ({@code ${X}}, {@code {{x}}}, {@code <TOKEN>}...). */
    static boolean isTemplate(CharSequence v) {
        String s = v.toString();
        if (s.isEmpty()) {
            return true;
        }
        char c0 = s.charAt(0);
        if (c0 == '$' || c0 == '{' || c0 == '<' || c0 == '[') {
            return true;
        }
        if (c0 == '%' && !isPercentEscape(s, 0) && !generatedAfterSymbol(s)) {
            return true; // %VAR%, %s, %(name)s; but "%2B..." is a URL-encoded value, not a template
        }
        if (c0 == '%' && isBatchVariable(s)) {
            return true; // %DB_PASSWORD%, %ADMIN_PASS%: a batch variable whose first letters read as a URL escape
        }
        if (s.length() > 4 && (s.startsWith("@@") && s.endsWith("@@") || s.startsWith("__") && s.endsWith("__"))) {
            return true; // @@DB_PASS@@, __TOKEN__: replace-at-deploy markers (Octopus, sed-based pipelines)
        }
        return s.contains("${") || s.contains("{{") || s.contains("}}") || s.contains("$(") || formatSpecifier(s)
                || s.contains("%(") || s.contains("#{") || hasTemplateBracket(s) || s.contains("process.env") || s.contains("os.environ")
                || s.contains("getenv") || s.contains("ENV[") || s.contains("env(") || s.contains("secrets.");
    }

    /** Whether the value is a Windows batch variable reference, {@code %NAME%} ({@code NAME}: a letter or '_' first). */
    private static boolean isBatchVariable(String s) {
        int n = s.length();
        if (n < 3 || s.charAt(n - 1) != '%') {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || i > 1 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a value that starts with a symbol a template or an expression could start with ({@code %VAR%},
     * {@code %s}, {@code +suffix}) is instead a generated password that happens to start with it
     * ({@code %0sYO…}, {@code +ho6r…}): no second {@code %}, and the rest is a {@link #generatedBody} of eight or more.
     */
    static boolean generatedAfterSymbol(String v) {
        return v.length() >= 9 && v.indexOf('%', 1) < 0 && generatedBody(v, 1);
    }

    /**
     * Whether {@code v[from..]} looks generated rather than written: upper and lower case letters and a digit, none
     * of the punctuation of code or templates ({@code ( ) [ ] { } < > $ ' " `}, blanks, {@code , ; \}), and not an
     * identifier of words, capitals and short numbers ({@link Rules#KEY_IDENTIFIER}: {@code dbPassword2},
     * {@code Config.API_KEY_2}).
     */
    static boolean generatedBody(String v, int from) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = from; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if ("()[]{}<>$'\"`,;\\".indexOf(c) >= 0 || c <= ' ') {
                return false;
            }
        }
        return upper && lower && digit && !Rules.KEY_IDENTIFIER.matcher(v.substring(from)).matches();
    }

    /**
     * Whether {@code s} holds a printf {@code %s} placeholder: one not wedged between two letters or digits
     * ({@code "Bearer %s"}, {@code "key-%s"}), as opposed to a generated password that happens to contain
     * {@code p%sr}.
     */
    private static boolean formatSpecifier(String s) {
        for (int i = s.indexOf("%s"); i >= 0; i = s.indexOf("%s", i + 1)) {
            boolean before = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
            boolean after = i + 2 < s.length() && Character.isLetterOrDigit(s.charAt(i + 2));
            if (!(before && after)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} has a URL escape ({@code %} and two hex digits) at {@code i}. */
    static boolean isPercentEscape(String s, int i) {
        return i + 2 < s.length() && s.charAt(i) == '%' && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2));
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** Whether the value is a known documentation example. */
    static boolean isKnownExample(String v) {
        if (KNOWN_EXAMPLES.contains(v)) {
            return true;
        }
        // AWS documentation's convention for all its example credentials: key ids that end in "EXAMPLE"
        // (AKIAIOSFODNN7EXAMPLE, AKIAI44QH8DHBEXAMPLE, ...), secret keys that end in "EXAMPLEKEY"; a generated id
        // ends so with a chance of 32^-7
        int n = v.length();
        if (n == 20 && v.endsWith("EXAMPLE") || n == 40 && v.endsWith("EXAMPLEKEY")) {
            for (int i = 0; i < 4; i++) {
                char c = v.charAt(i);
                if (n == 20 && !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Whether the value is an Ethereum (EVM) account or contract address: {@code 0x} and 40 hex digits, 20 bytes.
     * Addresses are public by nature; a private key is 32 bytes ({@code 0x} + 64 hex).
     */
    static boolean isEvmAddress(String v) {
        if (v.length() != 42 || v.charAt(0) != '0' || v.charAt(1) != 'x') {
            return false;
        }
        for (int i = 2; i < 42; i++) {
            if (!isHex(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the value reads like a placeholder (words such as "your_", "changeme", "xxxx", "example"). */
    static boolean hasPlaceholderWord(String v) {
        String l = v.toLowerCase(Locale.ROOT);
        if (PLACEHOLDER_VALUES.contains(l)) {
            return true;
        }
        if (l.length() > 4 && l.startsWith("your") && !Character.isLowerCase(v.charAt(4))) {
            return true; // YourStrong@Passw0rd, YourApiKey123: "your" + a capital, a reader's placeholder
        }
        if (l.startsWith("test-") || l.startsWith("test_")) {
            return true; // "test-token-123", "test_secret": a fixture (provider test keys have their own rules)
        }
        if (hasTemplateBracket(l)) {
            return true;
        }
        for (String w : PLACEHOLDER_WORDS) {
            if (l.contains(w)) {
                return true;
            }
        }
        for (String w : FIXTURE_WORDS) {
            for (int i = l.indexOf(w); i >= 0; i = l.indexOf(w, i + 1)) {
                int e = i + w.length();
                if ((i == 0 || !Character.isLetterOrDigit(l.charAt(i - 1)))
                        && (e == l.length() || !Character.isLetterOrDigit(l.charAt(e)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The one angle-bracket rule of the placeholder checks: a pair ({@code xoxb-<token>}, {@code <DB_PASSWORD>}), or
     * one at either end of a value cut off from its template ({@code <token}, {@code token>}), is template filler.
     * One bracket inside a value is not: generated passwords and some providers' bodies (Adyen keys end in random
     * printable characters) hold {@code <} or {@code >} as an ordinary character ({@code Xk9<mP2q…}).
     */
    static boolean hasTemplateBracket(String v) {
        int n = v.length();
        if (n == 0) {
            return false;
        }
        char first = v.charAt(0);
        char last = v.charAt(n - 1);
        if (first == '<' || first == '>' || last == '<' || last == '>') {
            return true;
        }
        int lt = v.indexOf('<');
        return lt >= 0 && v.indexOf('>', lt + 1) > lt;
    }

    private static final String[] FILLER_WORDS = {
        "your", "replace", "insert", "placeholder", "changeme", "change_me", "change-me", "_here", "-here", "&lt;"
    };

    /**
     * Whether a token behind a provider prefix asks the reader to put the value in ({@code xoxb-your-bot-token},
     * {@code <token>}, {@code replace_me}, {@code …_here}): such a string cannot authenticate anywhere. Low-variety
     * bodies ({@code hf_xxxx…}) are not filler here: public scanners' test suites count them as findings, and they
     * are reported at 0.7.
     */
    static boolean isFiller(String v) {
        String l = v.toLowerCase(Locale.ROOT);
        if (hasTemplateBracket(l)) {
            return true;
        }
        for (String w : FILLER_WORDS) {
            if (l.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a token is one-character filler behind its prefix: ignoring {@code - _ .}, it ends in a run of one
     * repeated character that is at least 12 long and at least 60 % of the value ({@code AKIAXXXXXXXXXXXXXXXX},
     * {@code sk_live_xxxx…}, {@code SG.xxxx.xxxx}, {@code hf_xxxx…}). A generated body has such a run with a
     * probability far below 1e-15; a template or a fixture made by holding a key down has it always.
     */
    static boolean isOneCharFiller(String v) {
        int total = 0;
        int run = 0;
        char last = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '-' || c == '_' || c == '.') {
                continue;
            }
            total++;
            run = c == last ? run + 1 : 1;
            last = c;
        }
        return run >= 12 && run * 10 >= total * 6;
    }

    /**
     * Whether a token is filler made by repeating a short unit behind its prefix: ignoring {@code - _ .}, runs of one
     * to four characters repeated ({@code 0000000000}, {@code FAKEFAKEFAKE…}, {@code 1234123412341234}; at least
     * eight characters and three repetitions) cover 60 % or more of the value, and one of them is twelve or more
     * long ({@code xoxb-0000000000-0000000000-FAKEFAKE…}, a fixture's Slack token). {@link #isOneCharFiller} is the
     * case of one trailing run; a generated body covers a few per cent at most.
     */
    static boolean isRepeatFiller(String v) {
        char[] c = new char[v.length()];
        int m = 0;
        for (int i = 0; i < v.length(); i++) {
            char x = v.charAt(i);
            if (x != '-' && x != '_' && x != '.') {
                c[m++] = x;
            }
        }
        if (m < 12) {
            return false;
        }
        boolean[] covered = new boolean[m];
        int longest = 0;
        for (int p = 1; p <= 4; p++) {
            int start = 0; // the periodic stretch [start, j) has c[k] == c[k - p] for every k in [start + p, j)
            for (int j = p; j <= m; j++) {
                if (j == m || c[j] != c[j - p]) {
                    int len = j - start;
                    if (len >= Math.max(8, 3 * p)) {
                        for (int k = start; k < j; k++) {
                            covered[k] = true;
                        }
                        longest = Math.max(longest, len);
                    }
                    start = j - p + 1;
                }
            }
        }
        int n = 0;
        for (boolean b : covered) {
            n += b ? 1 : 0;
        }
        return longest >= 12 && n * 10 >= m * 6;
    }

    /** Whether a value has too little variety to be a credential (e.g. {@code aaaaaaaa}, {@code 0000-0000}). */
    static boolean isLowVariety(String v) {
        int[] counts = new int[128];
        int distinct = 0;
        int max = 0;
        int alnum = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            alnum++;
            int k = c < 128 ? c : 127;
            if (counts[k]++ == 0) {
                distinct++;
            }
            max = Math.max(max, counts[k]);
        }
        return alnum == 0 || distinct <= 2 || (alnum >= 8 && max * 10 >= alnum * 7);
    }

    /** Whether the value is sequential filler such as {@code a1b2c3d4e5f6} or {@code 1234567890abcdef}. */
    static boolean isSequential(String v) {
        String l = v.toLowerCase(Locale.ROOT);
        return l.contains("a1b2c3d4e5") || l.contains("abcdefghijklmnop") || l.contains("1234567890abcdef")
                || l.contains("0123456789abcdef") && l.length() < 40;
    }

    /**
     * Whether the value contains a keyboard-independent counting run that a person types, not a generator: six or
     * more consecutive letters of the alphabet ({@code abcdef}, {@code ZYXWVU}) or eight or more consecutive digits
     * ({@code 12345678}). A random 40-character value contains such a run with probability below 1e-4.
     */
    static boolean hasSequentialRun(CharSequence v) {
        int up = 1;
        int down = 1;
        for (int i = 1; i < v.length(); i++) {
            char p = Character.toLowerCase(v.charAt(i - 1));
            char c = Character.toLowerCase(v.charAt(i));
            boolean letters = p >= 'a' && p <= 'z' && c >= 'a' && c <= 'z';
            boolean digits = p >= '0' && p <= '9' && c >= '0' && c <= '9';
            up = (letters || digits) && c == p + 1 ? up + 1 : 1;
            down = (letters || digits) && c == p - 1 ? down + 1 : 1;
            int run = Math.max(up, down);
            if (letters && run >= 6 || digits && run >= 8) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the value is exactly a canonical UUID ({@code 8-4-4-4-12} hex). UUIDs are the identifier format of
     * most APIs (request, trace, object, page ids, which fill tool results); providers whose keys are UUIDs have
     * their own rules naming the provider (Heroku, Sauce Labs, Postmark, Snyk, Jenkins), so the generic rules skip
     * them.
     */
    static boolean isUuid(CharSequence v) {
        return v.length() == 36 && Texts.uuidAt(v, 0);
    }

    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /**
     * Whether the value is a ULID (ulid spec: 26 characters of Crockford's base32 in one case, a 48-bit millisecond
     * timestamp in the first ten): an identifier like a UUID (correlation, event and record ids), not a key. The
     * timestamp must fall in 2016-2040, so a random base32 secret of that length is not taken for one.
     */
    static boolean isUlid(CharSequence v) {
        if (v.length() != 26) {
            return false;
        }
        boolean upper = false;
        boolean lower = false;
        long ts = 0;
        for (int i = 0; i < 26; i++) {
            char c = v.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            int d = CROCKFORD.indexOf(Character.toUpperCase(c));
            if (d < 0) {
                return false;
            }
            if (i < 10) {
                ts = ts * 32 + d;
            }
        }
        return !(upper && lower) && ts >= 1_451_606_400_000L && ts < 2_208_988_800_000L;
    }

    /**
     * Whether the value is a ciphertext in a documented envelope, safe to store by design: HashiCorp Vault's transit
     * engine ({@code vault:v1:…}), an AWS KMS ciphertext blob in base64 (its header bytes 01 02 02 00 78 read
     * {@code AQICAH}; 100+ characters), an Ansible Vault payload ({@code $ANSIBLE_VAULT;}), a sops value
     * ({@code ENC[AES256_GCM,…]}) or a Jasypt one ({@code ENC(…)}).
     */
    static boolean isCiphertext(String v) {
        if (v.startsWith("vault:v") && v.length() > 10) {
            int i = 7;
            while (i < v.length() && Character.isDigit(v.charAt(i))) {
                i++;
            }
            return i > 7 && i < v.length() && v.charAt(i) == ':';
        }
        return v.startsWith("AQICAH") && v.length() >= 100 || v.startsWith("$ANSIBLE_VAULT;")
                || v.startsWith("ENC[") || v.startsWith("ENC(");
    }

    /** Whether the value contains the classic documentation filler {@code a1b2c3d4e5f6...}. */
    static boolean isAlternatingFiller(String v) {
        StringBuilder alnum = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                alnum.append(Character.toLowerCase(c));
            }
        }
        return alnum.indexOf("a1b2c3d4e5f6") >= 0;
    }

    /** Shannon entropy in bits per character. */
    static double entropy(CharSequence s) {
        int n = s.length();
        if (n == 0) {
            return 0;
        }
        int[] ascii = new int[128];
        java.util.HashMap<Character, Integer> other = null;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 128) {
                ascii[c]++;
            } else {
                if (other == null) {
                    other = new java.util.HashMap<>();
                }
                other.merge(c, 1, Integer::sum);
            }
        }
        double h = 0;
        for (int c : ascii) {
            if (c > 0) {
                double p = (double) c / n;
                h -= p * Math.log(p);
            }
        }
        if (other != null) {
            for (int c : other.values()) {
                double p = (double) c / n;
                h -= p * Math.log(p);
            }
        }
        return h / Math.log(2);
    }
}
