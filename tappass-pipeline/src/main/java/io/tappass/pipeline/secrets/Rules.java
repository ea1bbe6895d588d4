package io.tappass.pipeline.secrets;

import static io.tappass.core.governance.Severity.CRITICAL;
import static io.tappass.core.governance.Severity.HIGH;

import io.tappass.core.governance.Severity;
import io.tappass.pipeline.secrets.Rule.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The built-in rule catalogue. Every pattern here was written for TapPass from the token formats that the vendors
 * document (prefixes, lengths, alphabets); facts were cross-checked against public scanners' test examples, but no
 * rule file was copied. Patterns avoid nested quantifiers: bodies use bounded or possessive character-class runs and
 * explicit boundaries, so matching stays linear in the input.
 */
final class Rules {

    private Rules() {
    }

    /** Left boundary: not preceded by a token character. */
    static final String L = "(?<![A-Za-z0-9_])";
    /** Left boundary that also refuses '-' and '.'. */
    static final String LX = "(?<![A-Za-z0-9_.\\-])";
    /** A UUID in its canonical lower-case form (8-4-4-4-12 hex digits), as many vendors issue keys and ids. */
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    /** Right boundary: not followed by a token character. */
    static final String R = "(?![A-Za-z0-9_])";
    /** Right boundary that also refuses '-'. */
    static final String RD = "(?![A-Za-z0-9_\\-])";
    /**
     * The end of a key name and the assignment separator, without the value's opening quote: an optional closing
     * quote (backslash-escaped inside a JSON string that holds code, {@code os.environ[\"K\"]}) and bracket
     * ({@code ENV['K']}), blanks, then {@code = : := => == !=}; or a closing quote and a comma
     * as the first two arguments of a call ({@code define('K', 'V')}, {@code setenv("K", "V")}; not in a list of
     * strings); or the value attribute after an XML key attribute ({@code key="K" value="V"}); or a type
     * annotation before {@code =} ({@code const API_KEY: &str = "V"}, {@code val secret: String = "V"},
     * {@code apiKey: string = 'V'}).
     */
    static final String SEP_KEY = "(?::[ \\t]{1,4}&?(?:'static[ \\t]{1,4})?[A-Za-z][A-Za-z0-9_]{0,20}"
            + "(?:<[A-Za-z0-9_, ]{1,40}>)?\\??[ \\t]{1,4}=(?=[ \\t])"
            // (round 15: Go's second result before the assignment, key, err := V / secret, _ = V)
            + "|(?:\\\\?[\"'])?\\]?(?:,[ \\t]{0,2}(?:_|err|ok)(?=[ \\t]{0,20}:?=))?[ \\t]{0,20}"
            + "(?:=>|:=|==|!=|\\|\\|=|\\?\\?=|\\?=|=|:)"
            + "|\\\\?[\"'][ \\t]{0,4},(?<=\\([ \\t]{0,3}\\\\?[\"'][A-Za-z0-9_.\\-]{1,60}\\\\?[\"'][ \\t]{0,4},)"
            + "|\"[ \\t]{1,4}(?i:value)=)[ \\t]{0,20}";
    /** Assignment separator between a key and a value, with optional quotes. */
    static final String SEP = SEP_KEY + "(?:\\\\?[\"'`])?";
    /** The rest of a key name after the keyword (e.g. {@code _ACCESS_KEY} in {@code AWS_SECRET_ACCESS_KEY}). */
    static final String KEY_TAIL = "[A-Za-z0-9_.\\-]{0,40}";

    /**
     * "Password" in other languages, as a regex alternation (German, Dutch, Portuguese, Spanish, French, Polish,
     * Swedish, Danish, Norwegian, Finnish, Czech, Hungarian, Turkish, Italian/Turkish, Estonian, Croatian,
     * Slovenian, Russian; Chinese, Japanese and Korean are in {@link #I18N_PASSWORD_COMPOUNDS}): the words of the
     * localisation-file placeholders ({@code Placeholders}).
     */
    static final String I18N_PASSWORD_WORDS = "passwort|kennwort|wachtwoord|senha|palavra-passe|contrase[ñn]a"
            + "|mot[ _\\-]?de[ _\\-]?passe|has[łl]o|l[öo]senord|adgangskode|passord|salasana|heslo|jelsz[óo]|[şs]ifre"
            + "|parola|parool|lozinka|geslo|пароль";
    /**
     * Words of {@link #I18N_PASSWORD_WORDS} that also end compounds ("Datenbankpasswort", "adminlösenord") or are
     * written without spaces ("数据库密码", "本番DBのパスワード"): no left boundary.
     */
    static final String I18N_PASSWORD_COMPOUNDS = "passwort|kennwort|wachtwoord|l[öo]senord|密码|密碼|密钥|秘钥|口令|パスワード|비밀번호";
    /**
     * Keywords of both lists (words with a non-ASCII initial in both cases: the index folds ASCII letters only).
     */
    static final String I18N_PASSWORD_KEYWORDS = "passwort,kennwort,wachtwoord,senha,palavra-passe,contraseña,contrasena,"
            + "mot de passe,mot_de_passe,mot-de-passe,motdepasse,hasło,haslo,lösenord,losenord,adgangskode,passord,salasana,heslo,jelszó,jelszo,şifre,"
            + "Şifre,sifre,parola,parool,lozinka,geslo,пароль,Пароль,ПАРОЛЬ,密码,密碼,密钥,秘钥,口令,パスワード,비밀번호";

    /**
     * An identifier made of words, capitals and short numbers ({@code ConnectionString_B2B}, {@code OrderService2Key}):
     * the name of something, not a generated value. Possessive, so a failing match does not backtrack.
     */
    static final Pattern KEY_IDENTIFIER = Pattern.compile("(?:[A-Z]?[a-z]{2,}+|[A-Z]{1,4}+|[0-9]{1,4}+|[_\\-.])++");

    /**
     * Whether a value is an identifier of words ({@link #KEY_IDENTIFIER}) and not a generated lower-case string that
     * merely has its shape ({@link #generatedLowerCase}): a random value of lower-case letters and digits reads as
     * {@code KEY_IDENTIFIER} whenever no single letter stands between two digits (about one draw in five at 32
     * characters).
     */
    static boolean wordIdentifier(String v) {
        return KEY_IDENTIFIER.matcher(v).matches() && !generatedLowerCase(v);
    }

    /** Capitalised words, then at most four digits ({@code MyPersonalAccessToken}, {@code AzureArtifacts2}). */
    private static final Pattern PASCAL = Pattern.compile("(?:[A-Z][a-z]++){2,}+[0-9]{0,4}+");

    /**
     * Whether a value is a name of capitalised words ({@link #PASCAL}) in which at least two thirds of the words have
     * three or more letters after the capital: documentation's stand-ins for a value ({@code MyPersonalAccessToken},
     * {@code YourApiKeyHere}), not a random draw, whose capitals are mostly followed by one or two lower-case letters
     * ({@code jQvTbWmRkeLx}).
     */
    static boolean pascalWords(String v) {
        if (!PASCAL.matcher(v).matches()) {
            return false;
        }
        int words = 0;
        int long3 = 0;
        int run = 0;
        for (int i = 0; i <= v.length(); i++) {
            char c = i < v.length() ? v.charAt(i) : 'A';
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                if (i > 0 && run > 0) {
                    words++;
                    long3 += run >= 3 ? 1 : 0;
                }
                run = 0;
            } else {
                run++;
            }
        }
        return words > 0 && long3 * 3 >= words * 2;
    }

    /**
     * Whether a value of lower-case letters and digits only looks generated rather than written: 24 or more
     * characters, digits in three or more places between the letters, 3.8+ bits per character, and letters that
     * are not words: at most 30 % vowels (random letters hold about 19 %, English words about 40 %, so
     * {@code customerbillingaccount2024ref} stays an identifier). Abbreviation-heavy names below 24 characters
     * ({@code mysqlrdsprimary2db3}) stay identifiers too.
     */
    static boolean generatedLowerCase(CharSequence v) {
        int n = v.length();
        if (n < 24) {
            return false;
        }
        int digitRuns = 0;
        int letters = 0;
        int vowels = 0;
        boolean prevDigit = false;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (digit) {
                if (!prevDigit) {
                    digitRuns++;
                }
            } else if (c >= 'a' && c <= 'z') {
                letters++;
                if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
                    vowels++;
                }
            } else {
                return false;
            }
            prevDigit = digit;
        }
        return digitRuns >= 3 && vowels * 10 <= letters * 3 && Placeholders.entropy(v.toString()) >= 3.8;
    }

    private static final List<Rule> RULES = new ArrayList<>();

    static List<Rule> all() {
        return List.copyOf(RULES);
    }

    /** Marks rules whose match needs "key = value" punctuation after the keyword (see Rule#separator). */
    private static void separator(String... ids) {
        for (String id : ids) {
            boolean found = false;
            for (int i = 0; i < RULES.size(); i++) {
                if (RULES.get(i).id.equals(id)) {
                    RULES.set(i, RULES.get(i).needsSeparator());
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalStateException("no rule " + id);
            }
        }
    }

    /** Sets the search window of a rule (see {@link Rule#back} and {@link Rule#near}). */
    private static void window(String id, int back, int near) {
        for (int i = 0; i < RULES.size(); i++) {
            if (RULES.get(i).id.equals(id)) {
                RULES.set(i, RULES.get(i).window(back, near));
                return;
            }
        }
        throw new IllegalStateException("no rule " + id);
    }

    private static String[] kw(String csv) {
        return csv.split(",");
    }

    private static void add(String id, String type, Severity sev, Kind kind, String keywords, String regex) {
        add(id, type, sev, kind, keywords, regex, null);
    }

    private static void add(String id, String type, Severity sev, Kind kind, String keywords, String regex,
                            Rule.Validator v) {
        RULES.add(new Rule(id, type, sev, kind, kw(keywords), Pattern.compile(regex), v, null, 0, 0));
    }

    private static void generic(String id, String type, String keywords, String regex, int minLen, double minEnt) {
        RULES.add(new Rule(id, type, HIGH, Kind.GENERIC, kw(keywords), Pattern.compile(regex), null, null,
                minLen, minEnt));
    }

    private static void finder(String id, String type, Severity sev, String keywords, Rule.Finder f) {
        RULES.add(new Rule(id, type, sev, Kind.PREFIXED, kw(keywords), null, null, f, 0, 0));
    }

    private static final Rule.Validator NEAR_TWILIO = near(400, "twilio");

    /** Requires the given words (lower case) within {@code window} chars before the value. */
    static Rule.Validator near(int window, String... words) {
        return (text, s, e, score) -> {
            String before = text.substring(Math.max(0, s - window), s).toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (before.contains(w)) {
                    return score;
                }
            }
            return -1;
        };
    }

    /** {@code MIXED} (letters mixed with digits), then {@link #near}: one of the words before the value. */
    static Rule.Validator mixedNear(int window, String... words) {
        Rule.Validator near = near(window, words);
        return (t, s, e, sc) -> MIXED.check(t, s, e, sc) < 0 ? -1 : near.check(t, s, e, sc);
    }

    /**
     * Rejects a value whose key name (the text after the last {@code opener} before the value, up to a quote or
     * {@code <}) holds a word that names something other than the secret ({@code password_hint}, {@code token_url}).
     */
    static Rule.Validator namedBefore(String opener) {
        return (text, s, e, score) -> {
            int o = text.lastIndexOf(opener, s);
            if (o < 0 || s - o > 400) {
                return -1;
            }
            int from = o + opener.length();
            int to = from;
            while (to < s && text.charAt(to) != '"' && text.charAt(to) != '<') {
                to++;
            }
            return SecretScanner.hasKeyStopword(text.substring(from, to).toLowerCase(Locale.ROOT)) ? -1 : score;
        };
    }

    /**
     * The end of an unquoted value: the end of the line, a comment or list separator, or, on the same line, the next
     * command-line flag ({@code docker run -e K=V -p 80:80}), a line continuation, the next {@code key=} pair
     * of a log line ({@code K=V region=eu}), or the command after an environment prefix ({@code K=V ./run.sh},
     * {@code K=V /usr/bin/job}).
     */
    static final String BARE_END = "(?=[ \\t]*(?:$|[\\r\\n#,;])|[ \\t]+(?:-{1,2}[A-Za-z]|\\\\\\r?\\n"
            + "|[A-Za-z_][A-Za-z0-9_.\\-]{0,40}=|[./~][A-Za-z0-9_./\\-]|[A-Za-z][A-Za-z0-9+.\\-]{1,20}://))";

    /**
     * A conversion around a quoted literal between the separator and the value: Go {@code []byte("V")}, Python
     * {@code bytes("V")} / {@code b"V"}, Node {@code Buffer.from("V")}, Java {@code new String("V")},
     * {@code "V".getBytes()} needs none (the quote follows the separator), Ruby {@code String.new("V")}.
     */
    static final String VALUE_WRAPPER = "(?:(?:\\[\\](?:byte|rune)|bytes|bytearray|Buffer\\.from|new String|String\\.new"
            + "|SecretStr|Secret|secret"
            // round 13: an optional or owned value, Rust Some("V") / String::from("V") / SecretString::new("V"),
            // Java Optional.of("V"), Scala Some("V")
            + "|Some|String::from|(?:Secret(?:String|Box)?|Zeroizing|Password)::new|Optional\\.of(?:Nullable)?"
            // round 15: a key decoded or encoded from a literal: C# Encoding.UTF8.GetBytes("V") and
            // Convert.FromBase64String("V"), Swift Data("V".utf8), Go hex.DecodeString("V") and
            // base64.StdEncoding.DecodeString("V"), Python bytes.fromhex("V"), base64.b64decode("V") and
            // binascii.unhexlify("V"), Java Base64.getDecoder().decode("V") and Hex.decodeHex("V"), JavaScript
            // new TextEncoder().encode("V") and atob("V") (at most 39 characters, see Prechecks.WRAPPER_MAX)
            + "|Encoding\\.(?:UTF8|ASCII|Unicode|Default)\\.GetBytes|Convert\\.From(?:Base64|Hex)String|Data"
            + "|hex\\.DecodeString|base64\\.(?:Raw)?(?:Std|URL)Encoding\\.DecodeString|bytes\\.fromhex"
            + "|(?:base64\\.)?(?:urlsafe_)?b64decode|(?:binascii\\.)?unhexlify"
            + "|Base64\\.get(?:Url|Mime)?Decoder\\(\\)\\.decode|Hex\\.decodeHex|(?:new )?TextEncoder\\(\\)\\.encode|atob)"
            + "\\([ \\t]{0,4}|b(?=[\"'])|\\[\\]byte\\{)?";

    /** Character classes of {@link #classes}. */
    static final int DIGIT = 1;
    static final int UPPER = 2;
    static final int LOWER = 4;
    /** One of {@code !@#%^*+/=~}. */
    static final int SYMBOL = 8;

    /** The character classes ({@link #DIGIT}, {@link #UPPER}, {@link #LOWER}, {@link #SYMBOL}) in {@code text[s, e)}. */
    static int classes(String text, int s, int e) {
        int k = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            k |= c >= '0' && c <= '9' ? DIGIT : c >= 'A' && c <= 'Z' ? UPPER : c >= 'a' && c <= 'z' ? LOWER
                    : "!@#%^*+/=~".indexOf(c) >= 0 ? SYMBOL : 0;
        }
        return k;
    }

    /**
     * Requires a generated-looking value: upper and lower case letters with a digit or symbol, or, from 32
     * characters (hex and base32 secrets), digits with letters.
     */
    /**
     * Rejects a value on the line after an empty assignment that is itself the next assignment's key
     * ({@code ANTHROPIC_API_KEY=} under {@code OPENAI_API_KEY=} in an {@code .env.example}): a name, not a value.
     */
    static final Rule.Validator NOT_NEXT_KEY = (text, s, e, score) -> {
        char last = text.charAt(e - 1);
        if (score >= 0 && (last == '=' || last == ':') && e - 1 > s
                && KEY_IDENTIFIER.matcher(text.substring(s, e - 1)).matches()) {
            return -1;
        }
        return score;
    };

    static final Rule.Validator STRONG = (text, s, e, score) -> {
        int k = classes(text, s, e);
        boolean d = (k & DIGIT) != 0;
        boolean u = (k & UPPER) != 0;
        boolean l = (k & LOWER) != 0;
        return u && l && (d || (k & SYMBOL) != 0) || d && (u || l) && e - s >= 32 ? score : -1;
    };


    /** Words before a 0x + 64 hex value that make it a hash, not a key (tx 0x…, block hash: 0x…). */
    static final Pattern HASH_CONTEXT = Pattern.compile(
            "(?i)(?<![A-Za-z])(?:tx|txid|txn|tx_?hash|transaction|hash|block|digest|root|topic|commit)(?![A-Za-z])");

    /**
     * Words in the key name or the line before a 512-bit base64 value that make it public or not a key: a public,
     * verifying or signature key, a hash, a digest, a checksum, an integrity attribute, a fingerprint, a salt.
     */
    static final Pattern NOT_SECRET_512 = Pattern.compile(
            "(?i)pub|verif|sig(?!n)|hash|sha(?:1|2|3|5|-)|digest|checksum|integrity|fingerprint|salt|nonce|example|sample");

    /** Words that name an Algolia key search-only (see algolia.api_key). */
    private static final Pattern SEARCH_ONLY = Pattern.compile(
            "(?i)search[ _\\-]?only|algoliasearch/lite|search[_\\-]?(?:api[_\\-]?)?key");

    /**
     * {@link #STRONG}, and below 16 characters only where the credential word is "secret" (at most 40 characters before
     * the value and nothing else named between) and not an identifier of words ({@link #wordIdentifier}): a short token
     * or key in prose is rarely a credential, a short secret is a password.
     */
    static final Rule.Validator SHORT_SECRET_PROSE = (text, s, e, score) -> {
        if (e - s >= 16) { // (the rule's gate before: 16 characters, 3.0 bits per character)
            return Placeholders.entropy(text.substring(s, e)) >= 3.0 ? STRONG.check(text, s, e, score) : -1;
        }
        String before = text.substring(Math.max(0, s - 40), s).toLowerCase(Locale.ROOT);
        int w = before.lastIndexOf("secret");
        String v = text.substring(s, e);
        // (not a word with a number, "the secret is Kubernetes2")
        return w >= 0 && before.indexOf("key", w) < 0 && before.indexOf("token", w) < 0 && !wordIdentifier(v)
                && !pascalWords(v) && Placeholders.entropy(v) >= 2.8 ? STRONG.check(text, s, e, score) : -1;
    };

    /** A cmd.exe or PowerShell variable standing for a value: {@code %ADMIN_PW%}, {@code $Password}. */
    private static final Pattern CMD_VARIABLE = Pattern.compile("%[A-Za-z0-9_]{1,60}+%|\\$[A-Za-z_][A-Za-z0-9_]{0,60}+");

    /** Requires digits and letters in the value (rejects identifiers such as s.addComponentsFromRegistry). */
    static final Rule.Validator MIXED = (text, s, e, score) -> {
        int k = classes(text, s, e);
        return (k & DIGIT) != 0 && (k & (UPPER | LOWER)) != 0 ? score : -1;
    };

    /**
     * Requires a generated-looking value that is not words: both cases with a digit or symbol (not a hex digest), and
     * not an identifier of words, capitals and short numbers ({@link #KEY_IDENTIFIER}: {@code Manager2024},
     * {@code SHA256withRSA}); or, letters only, ten or more of both cases that change case at least five times and
     * cannot be read as words ({@code jQvTbWmRkeLx}, not {@code iPhoneCase}).
     */
    static final Rule.Validator GENERATED = (text, s, e, score) -> {
        String v = text.substring(s, e);
        if (wordIdentifier(v)) {
            return -1;
        }
        int k = classes(text, s, e);
        if ((k & (UPPER | LOWER)) == (UPPER | LOWER) && (k & (DIGIT | SYMBOL)) != 0) {
            return score;
        }
        if (e - s < 10 || k != (UPPER | LOWER)) {
            return -1;
        }
        // (round 13: hyphens and underscores may join the letters, "SHZTdxm-ABvSIVjz", as password generators
        // write them; the case changes are counted over the letters)
        int changes = 0;
        char prev = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if ((c == '-' || c == '_') && prev != 0 && i + 1 < e) {
                continue;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return -1;
            }
            if (prev != 0 && Character.isUpperCase(c) != Character.isUpperCase(prev)) {
                changes++;
            }
            prev = c;
        }
        return changes >= 5 ? score : -1;
    };

    /**
     * Whether the value at {@code s} follows a command-line flag whose name ends in "key" ({@code --account-key V},
     * {@code -StorageAccountKey "V"}): back over an opening quote and the blanks to the keyword, then
     * {@link Prechecks#flagBefore}.
     */
    static boolean flagValue(String text, int s) {
        int k = s;
        if (k > 0 && (text.charAt(k - 1) == '"' || text.charAt(k - 1) == '\'')) {
            k--;
        }
        int floor = Math.max(0, k - 40);
        while (k > floor && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        return k >= 3 && Prechecks.flagBefore(text, k - 3);
    }

    /**
     * {@link #MIXED} over the whole value (letters with digits), and at least {@code bits} bits per character of
     * Shannon entropy in the value after its first {@code skip} characters (a vendor prefix such as {@code jina_}
     * would otherwise add variety of its own): the check of a prefixed token whose body alone is not distinctive.
     */
    private static Rule.Validator mixedWithEntropy(int skip, double bits) {
        return (t, s, e, sc) -> MIXED.check(t, s, e, sc) >= 0
                && Placeholders.entropy(t.substring(s + skip, e)) >= bits ? sc : -1;
    }

    /** The credential words of a vendor's key name ({@link #vendorKey}). */
    private static final String CREDENTIAL_WORDS = "key|token|secret|auth|pass|pat|sid";

    /**
     * A vendor's own key name before a value: the vendor's name ({@code vendor}, a regex), then within the name one
     * of {@code words} (a regex) and the assignment separator ({@code SHODAN_API_KEY=V}, {@code X-Shodan-Key: V},
     * {@code shodan.token: "V"}), or a YAML section named after the vendor with such a key in it; and, where
     * {@code ctor}, the vendor's client constructor with the value as its first string argument
     * ({@code shodan.Shodan("V")}, {@code Mandrill(api_key="V")}; not for vendors whose SDK is initialised with a
     * public key, as Mixpanel's project token).
     */
    private static String vendorKey(String vendor, String words, boolean ctor) {
        return "(?<![A-Za-z0-9])(?i:" + vendor + ")(?:[A-Za-z0-9_.\\-]{0,30}(?i:" + words + ")[A-Za-z0-9_.\\-]{0,20}"
                + SEP
                // (a YAML section named after the vendor, the key in it: "shodan:\n  api_key: V", up to four sibling
                // keys before it)
                + "|[A-Za-z0-9_\\-]{0,20}:[ \\t]*\\r?\\n(?:[ \\t]{2,12}[A-Za-z0-9_\\-]{1,30}:[^\\r\\n]{0,200}+\\r?\\n){0,4}"
                + "[ \\t]{2,12}[A-Za-z0-9_\\-]{0,20}(?i:" + words + ")[A-Za-z0-9_\\-]{0,20}:[ \\t]{1,4}[\"']?"
                + (ctor ? "|(?:\\.|::)?[A-Za-z]{0,20}\\([ \\t]{0,4}(?:[A-Za-z_]{1,20}[ \\t]{0,2}[=:][ \\t]{0,2})?[\"'`]" : "")
                + ")";
    }

    /**
     * A keyword-gated vendor key of a generic shape ({@code value}: 32 hex, a UUID, 40 alphanumerics) under the
     * vendor's key name or constructor ({@link #vendorKey} with the {@link #CREDENTIAL_WORDS}): letters with digits
     * at {@code bits} bits per character ({@link #mixedWithEntropy}); the keywords are the vendor's name as it starts
     * the key.
     */
    private static void vendorNamed(String id, String type, String vendor, String keywords, String value, double bits) {
        vendorNamed(id, type, vendor, keywords, CREDENTIAL_WORDS, true, value, bits);
    }

    /**
     * The keywords of a vendor name whose letters ordinary prose also holds ("steam" in "team", "plivo" in
     * "split"): the name followed by '_' ({@code STEAM_API_KEY}) or ':' (a YAML section, {@code steam:}), which the
     * prefilter anchors on. ('-' and '.' fold to the codes of 'm' and 'n' in the prefilter, so "sumo." still woke on
     * the benchmark prose.)
     */
    private static String separated(String name) {
        return name + "_," + name + ":";
    }

    /** {@link #vendorNamed} with the key name's own credential words, and the client constructor or not. */
    private static void vendorNamed(String id, String type, String vendor, String keywords, String words, boolean ctor,
                                    String value, double bits) {
        add(id, type, CRITICAL, Kind.CONTEXT, keywords, vendorKey(vendor, words, ctor) + "(" + value + ")(?![A-Za-z0-9_\\-])",
                mixedWithEntropy(0, bits));
    }

    /** {@link #STRONG} or {@link #GENERATED}: a generated-looking value, with digits and symbols or without. */
    static final Rule.Validator STRONG_OR_GENERATED = (text, s, e, score) ->
            STRONG.check(text, s, e, score) >= 0 ? score : GENERATED.check(text, s, e, score);

    static {
        // ---------------------------------------------------------------- AI providers
        // OpenAI: keys contain the marker "T3BlbkFJ" (base64 of "OpenAI"); project/service-account/admin keys carry
        // sk-proj-, sk-svcacct-, sk-admin- (platform.openai.com docs).
        add("openai.api_key", "OPENAI_API_KEY", CRITICAL, Kind.PREFIXED, "t3blbkfj",
                LX + "(sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_\\-]{16,180}?T3BlbkFJ[A-Za-z0-9_\\-]{16,180}+)" + RD);
        // OpenAI project/service-account/admin keys without the marker (older or truncated formats): the prefix
        // alone is distinctive at 32+ mixed characters; scored as CONTEXT (0.9) rather than certain.
        add("openai.prefixed_key", "OPENAI_API_KEY", CRITICAL, Kind.CONTEXT, "sk-proj-,sk-svcacct-,sk-admin-",
                LX + "(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\\-]{32,180}+)" + RD, MIXED);
        // Anthropic: sk-ant-api03-..., sk-ant-admin01-..., ~95 url-safe chars ending in AA.
        add("anthropic.api_key", "ANTHROPIC_API_KEY", CRITICAL, Kind.PREFIXED, "sk-ant-",
                LX + "(sk-ant-(?:api|admin|sid|oat|ort)\\d{2}-[A-Za-z0-9_\\-]{80,120}+)" + RD);
        add("openrouter.api_key", "OPENROUTER_API_KEY", CRITICAL, Kind.PREFIXED, "sk-or-v1-",
                LX + "(sk-or-v1-[0-9a-f]{64})" + R);
        add("groq.api_key", "GROQ_API_KEY", CRITICAL, Kind.PREFIXED, "gsk_", L + "(gsk_[A-Za-z0-9]{52})" + R);
        // Alchemy: the API key is the last path segment of the RPC URL (Alchemy docs, "Create an API key":
        // https://<network>.g.alchemy.com/v2/<key>)
        add("alchemy.api_key", "ALCHEMY_API_KEY", HIGH, Kind.CONTEXT, "alchemy.com/v2/",
                "https?://[a-z0-9-]{2,40}\\.g\\.alchemy\\.com/v2/([A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])");
        // Infura: the project id (the API key) is the last path segment of the endpoint URL (Infura docs, "Make
        // requests": https://<network>.infura.io/v3/<API-KEY>, 32 hex digits); also in WebSocket URLs (/ws/v3/)
        add("infura.api_key", "INFURA_API_KEY", HIGH, Kind.CONTEXT, "infura.io/",
                "(?:https?|wss?)://[a-z0-9.-]{2,60}\\.infura\\.io/(?:ws/)?v3/([0-9a-f]{32})(?![A-Za-z0-9_-])");
        // Honeycomb: ingest keys "hcaik_" (account-wide) and "hcxik_" (environment) + lower-case base36 characters
        // (Honeycomb docs, "API Keys": an ingest key is a key id and a secret, 64 characters in all; shorter forms
        // circulate, so the body's length is a range); configuration keys have no prefix and are read from the
        // x-honeycomb-team header or HONEYCOMB_API_KEY (22 or 32 characters)
        add("honeycomb.ingest_key", "HONEYCOMB_API_KEY", CRITICAL, Kind.PREFIXED, "hcaik_,hcxik_",
                L + "(hc[ax]ik_[a-z0-9]{40,64})" + R);
        add("honeycomb.config_key", "HONEYCOMB_API_KEY", HIGH, Kind.CONTEXT, "honeycomb",
                "(?i:x-honeycomb-team|honeycomb[_.\\-]?(?:api[_.\\-]?)?key|honeycomb[_.\\-]?write[_.\\-]?key)" + SEP
                        + "([A-Za-z0-9]{22}|[A-Za-z0-9]{32})(?![A-Za-z0-9_])", STRONG);
        add("xai.api_key", "XAI_API_KEY", CRITICAL, Kind.PREFIXED, "xai-", L + "(xai-[A-Za-z0-9]{80})" + R);
        add("perplexity.api_key", "PERPLEXITY_API_KEY", CRITICAL, Kind.PREFIXED, "pplx-",
                L + "(pplx-[A-Za-z0-9]{48})" + R);
        add("huggingface.user_token", "HUGGINGFACE_TOKEN", CRITICAL, Kind.PREFIXED, "hf_",
                L + "(hf_[A-Za-z]{34})" + R);
        add("huggingface.org_token", "HUGGINGFACE_ORG_TOKEN", CRITICAL, Kind.PREFIXED, "api_org_",
                L + "(api_org_[A-Za-z]{34})" + R);
        add("replicate.api_token", "REPLICATE_API_TOKEN", CRITICAL, Kind.PREFIXED, "r8_",
                L + "(r8_[A-Za-z0-9]{37})" + R);
        add("langsmith.api_key", "LANGSMITH_API_KEY", CRITICAL, Kind.PREFIXED, "lsv2_",
                L + "(lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10})" + R);
        add("tavily.api_key", "TAVILY_API_KEY", CRITICAL, Kind.PREFIXED, "tvly-",
                LX + "(tvly-(?:dev-|prod-)?[A-Za-z0-9]{32})" + R);
        add("jina.api_key", "JINA_API_KEY", CRITICAL, Kind.PREFIXED, "jina_",
                L + "(jina_[0-9a-f]{32}[A-Za-z0-9]{28})" + R);
        add("firecrawl.api_key", "FIRECRAWL_API_KEY", CRITICAL, Kind.PREFIXED, "fc-",
                LX + "(fc-[0-9a-f]{32})" + R);

        // ---------------------------------------------------------------- AWS
        // Access key ids: 4-char type prefix (AKIA long-term, ASIA temporary, ...) + 16 upper-case base32 chars.
        add("aws.access_key_id", "AWS_ACCESS_KEY_ID", CRITICAL, Kind.PREFIXED,
                "akia,asia,abia,acca,agpa,aida,aroa,aipa,anpa,anva,apka,a3t",
                "(?<![A-Z0-9])((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z2-7]{16})(?![A-Za-z0-9])",
                (t, s, e, sc) -> {
                    for (int i = s + 4; i < e; i++) {
                        char c = t.charAt(i);
                        if (c >= 'A' && c <= 'Z' || c >= '2' && c <= '7') {
                            continue;
                        }
                        return -1;
                    }
                    return sc;
                });
        // Secret access key: exactly 40 base64 chars next to a key name mentioning aws and secret.
        add("aws.secret_access_key", "AWS_SECRET_ACCESS_KEY", CRITICAL, Kind.CONTEXT, "aws,amazon",
                "(?i:aws|amazon)[A-Za-z0-9_.\\-]{0,20}(?i:secret|_sk)[A-Za-z0-9_.\\-]{0,20}" + SEP
                        + "([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])");
        add("aws.session_token", "AWS_SESSION_TOKEN", CRITICAL, Kind.CONTEXT, "session_token,sessiontoken,session.token,session-token,x-amz-security-token",
                "(?i:aws[_.\\-]?session[_.\\-]?token|x-amz-security-token)" + SEP + "([A-Za-z0-9/+=._\\-]{100,4096}+)");
        // the session token itself, under any key (an STS response's "SessionToken", a credentials file): STS tokens
        // are base64 of a binary structure that starts with the same bytes, "IQoJb3JpZ2lu" ("!\n\torigin", since
        // 2019) or "FwoGZXIvYXdz" ("\x17\n\x06er/aws", older); seen in every STS GetSessionToken / AssumeRole response
        add("aws.session_token_value", "AWS_SESSION_TOKEN", CRITICAL, Kind.PREFIXED, "IQoJb3JpZ2lu,FwoGZXIvYXdz",
                "(?<![A-Za-z0-9/+])((?:IQoJb3JpZ2lu|FwoGZXIvYXdz)[A-Za-z0-9/+]{100,4096}+={0,2})(?![A-Za-z0-9/+=])");
        add("aws.mws_token", "AMAZON_MWS_AUTH_TOKEN", CRITICAL, Kind.PREFIXED, "amzn.mws.",
                "(amzn\\.mws\\." + UUID + ")");
        add("aws.appsync_key", "AWS_APPSYNC_API_KEY", HIGH, Kind.PREFIXED, "da2-",
                LX + "(da2-[a-z0-9]{26})" + R);
        add("alibaba.access_key_id", "ALIBABA_ACCESS_KEY_ID", CRITICAL, Kind.PREFIXED, "ltai",
                L + "(LTAI[A-Za-z0-9]{20})" + R);

        // ---------------------------------------------------------------- Google / GCP
        add("gcp.api_key", "GOOGLE_API_KEY", CRITICAL, Kind.PREFIXED, "aiza",
                L + "(AIza[0-9A-Za-z_\\-]{35})" + RD);
        add("gcp.oauth_client_secret", "GOOGLE_OAUTH_CLIENT_SECRET", CRITICAL, Kind.PREFIXED, "gocspx-",
                // 28 characters after the prefix as issued since 2022; round 10: longer bodies too (the prefix alone
                // names the secret, and a generic rule reported it anyway)
                L + "(GOCSPX-[A-Za-z0-9_\\-]{28,64}+)" + RD);
        add("gcp.oauth_access_token", "GOOGLE_OAUTH_ACCESS_TOKEN", CRITICAL, Kind.PREFIXED, "ya29.",
                L + "(ya29\\.[A-Za-z0-9_\\-]{20,2048}+)");
        add("gcp.oauth_refresh_token", "GOOGLE_OAUTH_REFRESH_TOKEN", CRITICAL, Kind.PREFIXED, "1//",
                "(?<![A-Za-z0-9_/])(1//0[A-Za-z0-9_\\-]{40,512}+)");
        finder("gcp.service_account", "GCP_SERVICE_ACCOUNT_KEY", CRITICAL, "service_account",
                Finders::gcpServiceAccount);

        // ---------------------------------------------------------------- Azure
        add("azure.storage_key", "AZURE_STORAGE_ACCOUNT_KEY", CRITICAL, Kind.CONTEXT, "accountkey",
                "(?i:AccountKey)[ \\t]*=[ \\t]*([A-Za-z0-9+/]{40,100}={0,2})(?![A-Za-z0-9+/=])");
        // an account key is 64 random bytes in base64 (88 characters ending "=="; Azure Storage docs, "Manage
        // account access keys"), recognisable next to a key name naming azure or storage and "key"
        add("azure.storage_key_named", "AZURE_STORAGE_ACCOUNT_KEY", CRITICAL, Kind.CONTEXT, "azure,storage",
                "(?i:azure|storage)[A-Za-z0-9_.\\-]{0,30}(?i:key)[A-Za-z0-9_.\\-]{0,10}" + SEP
                        + "([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])");
        add("azure.shared_access_key", "AZURE_SHARED_ACCESS_KEY", CRITICAL, Kind.CONTEXT, "sharedaccesskey",
                "(?i:SharedAccessKey)[ \\t]*=[ \\t]*([A-Za-z0-9+/]{30,100}={0,2})(?![A-Za-z0-9+/=])");
        add("azure.app_config", "AZURE_APP_CONFIG_CONNECTION_STRING", CRITICAL, Kind.CONTEXT, "secret=",
                "(?i:Id)=[^;\\s\"']{1,80};(?i:Secret)=([A-Za-z0-9+/]{30,100}={0,2})(?![A-Za-z0-9+/=])");
        add("azure.sas_token", "AZURE_SAS_TOKEN", CRITICAL, Kind.CONTEXT, "sig=",
                "[?&;](?:sig)=([A-Za-z0-9%+/]{40,120}(?:%3[Dd]|=){0,2})(?![A-Za-z0-9%+/=])",
                near(400, "sv=", "se=", "sp="));
        add("azure.ad_client_secret", "AZURE_AD_CLIENT_SECRET", CRITICAL, Kind.PREFIXED, "q~",
                "(?<![A-Za-z0-9_~.\\-])([A-Za-z0-9_~.\\-]{3}\\dQ~[A-Za-z0-9_~.\\-]{31,34})(?![A-Za-z0-9_~.\\-])");
        add("azure.devops_pat", "AZURE_DEVOPS_PAT", CRITICAL, Kind.PREFIXED, "azdo",
                "(?<![A-Za-z0-9])([A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])");
        add("azure.devops_pat_legacy", "AZURE_DEVOPS_PAT", CRITICAL, Kind.CONTEXT, "pat,token,ado,devops,azure",
                "(?i:pat|token|ado|devops|azure)" + KEY_TAIL + SEP + "([a-z2-7]{52})(?![A-Za-z0-9])");
        add("azure.functions_key", "AZURE_FUNCTION_KEY", HIGH, Kind.CONTEXT, "x-functions-key,code=",
                "(?i:x-functions-key[\"']?[ \\t]*:|[?&]code=)[ \\t]*[\"']?([A-Za-z0-9_\\-]{44,60}={0,2})"
                        + "(?![A-Za-z0-9_\\-=])", near(300, "azurewebsites", "functions"));

        // ---------------------------------------------------------------- Source hosting and CI
        // classic tokens: 30 random chars + a CRC32 checksum in base62 (see Checksums)
        add("github.pat", "GITHUB_PAT", CRITICAL, Kind.PREFIXED, "ghp_", L + "(ghp_[A-Za-z0-9]{36,251})" + R,
                Checksums.crc32Suffix(4));
        add("github.oauth", "GITHUB_OAUTH_TOKEN", CRITICAL, Kind.PREFIXED, "gho_", L + "(gho_[A-Za-z0-9]{36,251})" + R,
                Checksums.crc32Suffix(4));
        add("github.user_to_server", "GITHUB_USER_TO_SERVER_TOKEN", CRITICAL, Kind.PREFIXED, "ghu_",
                L + "(ghu_[A-Za-z0-9]{36,251})" + R, Checksums.crc32Suffix(4));
        add("github.server_to_server", "GITHUB_SERVER_TO_SERVER_TOKEN", CRITICAL, Kind.PREFIXED, "ghs_",
                L + "(ghs_(?:[A-Za-z0-9]{36,251}|\\d{1,20}_eyJ[A-Za-z0-9_\\-]{10,2048}+\\.[A-Za-z0-9_\\-]{10,4096}+"
                        + "\\.[A-Za-z0-9_\\-]{10,2048}+))" + R, Checksums.crc32Suffix(4));
        add("github.refresh", "GITHUB_REFRESH_TOKEN", CRITICAL, Kind.PREFIXED, "ghr_", L + "(ghr_[A-Za-z0-9]{36,251})" + R,
                Checksums.crc32Suffix(4));
        add("github.fine_grained_pat", "GITHUB_FINE_GRAINED_PAT", CRITICAL, Kind.PREFIXED, "github_pat_",
                L + "(github_pat_[A-Za-z0-9_]{70,120}+)" + R);
        add("github.oauth_client_secret", "GITHUB_OAUTH_CLIENT_SECRET", CRITICAL, Kind.CONTEXT, "github",
                "(?i:github)" + KEY_TAIL + "(?i:secret)" + KEY_TAIL + SEP + "([0-9a-f]{40})" + R);
        add("gitlab.pat", "GITLAB_PAT", CRITICAL, Kind.PREFIXED, "glpat-",
                LX + "(glpat-[A-Za-z0-9_\\-]{20,64}+)" + "(?:\\.[0-9a-z]{2}\\.[0-9a-z]{9})?" + RD);
        add("gitlab.pipeline_trigger", "GITLAB_PIPELINE_TRIGGER_TOKEN", CRITICAL, Kind.PREFIXED, "glptt-",
                LX + "(glptt-[0-9a-f]{40})" + R);
        add("gitlab.runner_registration", "GITLAB_RUNNER_REGISTRATION_TOKEN", CRITICAL, Kind.PREFIXED, "gr1348941",
                L + "(GR1348941[A-Za-z0-9_\\-]{20})" + RD);
        add("gitlab.runner_auth", "GITLAB_RUNNER_TOKEN", CRITICAL, Kind.PREFIXED, "glrt-",
                LX + "(glrt-[A-Za-z0-9_\\-]{20,64}+)" + RD);
        add("gitlab.deploy_token", "GITLAB_DEPLOY_TOKEN", CRITICAL, Kind.PREFIXED, "gldt-",
                LX + "(gldt-[A-Za-z0-9_\\-]{20,64}+)" + RD);
        add("gitlab.other_token", "GITLAB_TOKEN", CRITICAL, Kind.PREFIXED, "glcbt-,glft-,glsoat-,glimt-,gloas-,glagent-",
                LX + "((?:glcbt|glft|glsoat|glimt|gloas|glagent)-[A-Za-z0-9_\\-]{20,64}+)" + RD);
        add("bitbucket.app_password", "BITBUCKET_APP_PASSWORD", CRITICAL, Kind.PREFIXED, "atbb",
                L + "(ATBB[A-Za-z0-9_=.\\-]{28,64}+)" + R);
        add("atlassian.api_token", "ATLASSIAN_API_TOKEN", CRITICAL, Kind.PREFIXED, "atatt3",
                L + "(ATATT3[A-Za-z0-9_=\\-]{100,300}+)");
        add("npm.token", "NPM_ACCESS_TOKEN", CRITICAL, Kind.PREFIXED, "npm_", L + "(npm_[A-Za-z0-9]{36})" + R,
                Checksums.crc32Suffix(4));
        add("pypi.token", "PYPI_UPLOAD_TOKEN", CRITICAL, Kind.PREFIXED, "pypi-agei",
                L + "(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\\-]{50,2048}+)");
        add("rubygems.api_key", "RUBYGEMS_API_KEY", CRITICAL, Kind.PREFIXED, "rubygems_",
                L + "(rubygems_[0-9a-f]{48})" + R);
        add("nuget.api_key", "NUGET_API_KEY", CRITICAL, Kind.PREFIXED, "oy2", L + "(oy2[a-z0-9]{43})" + R);
        add("cratesio.api_key", "CRATESIO_API_KEY", CRITICAL, Kind.PREFIXED, "cio", L + "(cio[A-Za-z0-9]{32})" + R,
                MIXED);
        add("clojars.token", "CLOJARS_TOKEN", CRITICAL, Kind.PREFIXED, "clojars_", L + "(CLOJARS_[a-z0-9]{60})" + R);
        add("dockerhub.pat", "DOCKER_HUB_PAT", CRITICAL, Kind.PREFIXED, "dckr_",
                L + "(dckr_(?:pat|oat)_[A-Za-z0-9_\\-]{20,64}+)" + RD);
        add("artifactory.api_key", "ARTIFACTORY_API_KEY", CRITICAL, Kind.PREFIXED, "akcp",
                L + "(AKCp[A-Za-z0-9]{60,80})" + R);
        add("artifactory.reference_token", "ARTIFACTORY_REFERENCE_TOKEN", CRITICAL, Kind.PREFIXED, "cmvmdgtuoja",
                L + "(cmVmdGtuOjAxOj[A-Za-z0-9]{40,80})" + R);
        add("sonarqube.token", "SONARQUBE_TOKEN", CRITICAL, Kind.PREFIXED, "squ_,sqp_,sqa_",
                L + "((?:squ|sqp|sqa)_[0-9a-f]{40})" + R);
        add("sonarqube.login", "SONARQUBE_TOKEN", CRITICAL, Kind.CONTEXT, "sonar",
                "(?i:sonar[._]?(?:login|token))[\"']?[ \\t]*(?:=|:|,)[ \\t]*[\"']?([0-9a-f]{40})" + R);
        add("codeclimate.reporter_id", "CODECLIMATE_REPORTER_ID", HIGH, Kind.CONTEXT, "reporter_id,codeclimate",
                "(?i:cc_test_reporter_id|codeclimate_repo_token|codeclimate[_.]?token)" + SEP + "([0-9a-f]{64})" + R);
        add("databricks.pat", "DATABRICKS_TOKEN", CRITICAL, Kind.PREFIXED, "dapi",
                L + "(dapi[0-9a-fA-F]{32}(?:-\\d)?)" + R);
        add("dtrack.api_key", "DEPENDENCY_TRACK_API_KEY", CRITICAL, Kind.PREFIXED, "odt_",
                L + "(odt_[A-Za-z0-9]{32,40})" + R);
        add("teamcity.token", "TEAMCITY_TOKEN", CRITICAL, Kind.PREFIXED, "eyj0exaioiaivenwmij9",
                L + "(eyJ0eXAiOiAiVENWMiJ9\\.[A-Za-z0-9_\\-]{30,40}\\.[A-Za-z0-9_\\-]{40,60})" + R);
        add("jenkins.crumb", "JENKINS_TOKEN", HIGH, Kind.CONTEXT, "jenkins",
                "(?i:jenkins)[A-Za-z0-9_.\\-]{0,20}(?i:token|passwd|password|crumb|api_?key)" + SEP
                        + "([0-9a-f]{32,34}|" + UUID + ")"
                        + R);
        add("terraform.token", "TERRAFORM_CLOUD_TOKEN", CRITICAL, Kind.PREFIXED, ".atlasv1.",
                L + "([A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=\\-]{60,70})" + RD);
        add("pulumi.token", "PULUMI_ACCESS_TOKEN", CRITICAL, Kind.PREFIXED, "pul-", LX + "(pul-[a-f0-9]{40})" + R);
        add("vercel.token", "VERCEL_TOKEN", CRITICAL, Kind.PREFIXED, "vcp_,vci_,vca_,vcr_,vck_",
                L + "(vc[pciark]_[A-Za-z0-9]{24,80})" + R);
        add("netlify.token", "NETLIFY_TOKEN", CRITICAL, Kind.PREFIXED, "nfp_", L + "(nfp_[A-Za-z0-9]{36,40})" + R);
        add("flyio.token", "FLYIO_TOKEN", CRITICAL, Kind.PREFIXED, "fo1_,fm1r_,fm1a_,fm2_",
                L + "((?:fo1|fm1[ar]|fm2)_[A-Za-z0-9_+/=\\-]{40,500}+)");
        add("render.api_key", "RENDER_API_KEY", CRITICAL, Kind.PREFIXED, "rnd_", L + "(rnd_[A-Za-z0-9]{32})" + R);
        add("planetscale.token", "PLANETSCALE_TOKEN", CRITICAL, Kind.PREFIXED, "pscale_",
                L + "(pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_=.\\-]{32,64}+)");
        add("supabase.token", "SUPABASE_ACCESS_TOKEN", CRITICAL, Kind.PREFIXED, "sbp_",
                L + "(sbp_[a-f0-9]{40})" + R);
        add("doppler.token", "DOPPLER_TOKEN", CRITICAL, Kind.PREFIXED, "dp.",
                "(?<![A-Za-z0-9_.])(dp\\.(?:ct|pt|st(?:\\.[a-z0-9_\\-]{1,40})?|sa|scim|audit)\\.[A-Za-z0-9]{40,44})" + R);
        add("hashicorp.vault_token", "HASHICORP_VAULT_TOKEN", CRITICAL, Kind.PREFIXED, "hvs.,hvb.,hvr.",
                "(?<![A-Za-z0-9_.])(hv[sbr]\\.[A-Za-z0-9_\\-]{24,1024}+)", MIXED);
        add("hashicorp.vault_token_legacy", "HASHICORP_VAULT_TOKEN", CRITICAL, Kind.CONTEXT, "vault",
                "(?<![A-Za-z0-9_.$])([sbr]\\.[A-Za-z0-9_\\-]{24,1024}+)",
                mixedNear(200, "vault"));
        add("hashicorp.unseal_key", "HASHICORP_VAULT_UNSEAL_KEY", CRITICAL, Kind.CONTEXT, "unseal",
                "(?i:unseal key \\d{1,2}:|operator unseal)[ \\t]+([A-Za-z0-9+/]{44})(?![A-Za-z0-9+/=])");
        add("kubernetes.bootstrap_token", "KUBERNETES_BOOTSTRAP_TOKEN", CRITICAL, Kind.CONTEXT, "bootstrap",
                "(?<![a-z0-9])([a-z0-9]{6}\\.[a-z0-9]{16})(?![a-z0-9])", near(80, "bootstrap", "token"));
        add("kubernetes.token_secret", "KUBERNETES_BOOTSTRAP_TOKEN", CRITICAL, Kind.CONTEXT, "token-secret",
                "(?i:token-secret)[\"']?[ \\t]*:[ \\t]*[\"']?([a-z0-9]{16})(?![a-z0-9])");

        // ---------------------------------------------------------------- Chat, messaging, mail
        add("slack.token", "SLACK_TOKEN", CRITICAL, Kind.PREFIXED, "xoxb-,xoxp-,xoxa-,xoxo-,xoxr-,xoxs-,xoxe",
                L + "(xox(?:[abposr]|e(?:\\.xox[bp])?)-[0-9A-Za-z]{1,64}+(?:-[0-9A-Za-z]{1,64}+){1,6}+)" + RD);
        add("slack.app_token", "SLACK_APP_TOKEN", CRITICAL, Kind.PREFIXED, "xapp-",
                L + "(xapp-\\d-[A-Z0-9]{8,16}-\\d{8,16}-[A-Za-z0-9/]{10,80}+)" + RD);
        add("slack.webhook", "SLACK_WEBHOOK_URL", CRITICAL, Kind.PREFIXED, "hooks.slack.com",
                "(https?://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_\\-]{16,160}+)");
        add("discord.webhook", "DISCORD_WEBHOOK_URL", CRITICAL, Kind.PREFIXED, "/api/webhooks/",
                "(https?://(?:[a-z]+\\.)?discord(?:app)?\\.com/api/webhooks/\\d{5,30}/[A-Za-z0-9_\\-]{60,80}+)");
        add("discord.bot_token", "DISCORD_BOT_TOKEN", CRITICAL, Kind.CONTEXT, "discord,bot",
                L + "([MNO][A-Za-z0-9_\\-]{23,27}\\.[A-Za-z0-9_\\-]{6}\\.[A-Za-z0-9_\\-]{27,40})" + RD,
                near(300, "discord", "bot"));
        add("msteams.webhook", "MSTEAMS_WEBHOOK_URL", CRITICAL, Kind.PREFIXED, "incomingwebhook",
                "(https://[A-Za-z0-9.\\-]{1,80}\\.(?:office|office365)\\.com/webhook[b2]{0,2}/[0-9a-f\\-]{36}@[0-9a-f\\-]{36}"
                        + "/IncomingWebhook/[0-9a-f]{32}/[0-9a-f\\-]{36}(?:/[A-Za-z0-9_\\-]{20,80})?)");
        add("telegram.bot_token", "TELEGRAM_BOT_TOKEN", CRITICAL, Kind.PREFIXED, ":aa",
                "(?:(?<=bot)|(?<![0-9A-Za-z]))(\\d{8,10}:AA[A-Za-z0-9_\\-]{32,33})" + RD);
        add("twilio.api_key", "TWILIO_API_KEY", CRITICAL, Kind.PREFIXED, "sk", L + "(SK[0-9a-f]{32})" + R);
        add("twilio.auth_token", "TWILIO_AUTH_TOKEN", CRITICAL, Kind.CONTEXT, "twilio",
                "(?i:twilio)" + KEY_TAIL + "(?i:token|secret)" + KEY_TAIL + SEP + "([0-9a-f]{32})" + R);
        add("sendgrid.api_key", "SENDGRID_API_KEY", CRITICAL, Kind.PREFIXED, "sg.",
                L + "(SG\\.[A-Za-z0-9_\\-]{22}\\.[A-Za-z0-9_\\-]{43})" + RD);
        add("mailgun.api_key", "MAILGUN_API_KEY", CRITICAL, Kind.PREFIXED, "key-",
                LX + "(key-[0-9a-f]{32})" + R);
        add("mailchimp.api_key", "MAILCHIMP_API_KEY", CRITICAL, Kind.PREFIXED, "-us",
                L + "([0-9a-f]{32}-us\\d{1,2})" + R);
        add("postmark.token", "POSTMARK_SERVER_TOKEN", CRITICAL, Kind.CONTEXT, "postmark",
                "(?i:postmark)" + KEY_TAIL + SEP
                        + "(" + UUID + ")" + R);
        add("resend.api_key", "RESEND_API_KEY", CRITICAL, Kind.PREFIXED, "re_",
                L + "(re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})" + R);
        add("mailersend.token", "MAILERSEND_API_TOKEN", CRITICAL, Kind.PREFIXED, "mlsn.",
                L + "(mlsn\\.[0-9a-f]{64})" + R);
        add("notion.token", "NOTION_INTEGRATION_TOKEN", CRITICAL, Kind.PREFIXED, "ntn_",
                L + "(ntn_[0-9]{11}[A-Za-z0-9]{35})" + R);
        // Notion integration tokens before ntn_ (2024): secret_ + 43 base62 (Notion API docs, "Authorization")
        add("notion.legacy_token", "NOTION_INTEGRATION_TOKEN", CRITICAL, Kind.PREFIXED, "secret_",
                L + "(secret_[A-Za-z0-9]{43})" + R, MIXED);
        add("linear.api_key", "LINEAR_API_KEY", CRITICAL, Kind.PREFIXED, "lin_api_",
                L + "(lin_api_[A-Za-z0-9]{40,48})" + R);
        add("airtable.pat", "AIRTABLE_PAT", CRITICAL, Kind.PREFIXED, "pat",
                L + "(pat[A-Za-z0-9]{14}\\.[a-f0-9]{64})" + R);
        add("figma.pat", "FIGMA_PAT", CRITICAL, Kind.PREFIXED, "figd_", L + "(figd_[A-Za-z0-9_\\-]{38,64}+)" + RD);
        add("figma.legacy_token", "FIGMA_PAT", CRITICAL, Kind.CONTEXT, "figma",
                "(?i:figma)" + KEY_TAIL + SEP
                        + "([0-9]{3,6}-" + UUID + ")" + R);
        add("dropbox.token", "DROPBOX_ACCESS_TOKEN", CRITICAL, Kind.PREFIXED, "sl.",
                "(?<![A-Za-z0-9_.])(sl\\.(?:u\\.)?[A-Za-z0-9_=\\-]{60,1400}+)", MIXED);
        add("facebook.access_token", "FACEBOOK_ACCESS_TOKEN", CRITICAL, Kind.PREFIXED, "eaa",
                L + "(EAA[A-Z][A-Za-z0-9]{60,400}+)" + R, MIXED);
        add("facebook.secret", "FACEBOOK_APP_SECRET", CRITICAL, Kind.CONTEXT, "facebook,fb",
                "(?i:facebook|fb)" + KEY_TAIL + SEP + "([0-9a-f]{32})" + R,
                near(40, "key", "secret", "token"));
        add("twitter.secret", "TWITTER_API_SECRET", CRITICAL, Kind.CONTEXT, "twitter",
                "(?i:twitter)" + KEY_TAIL + "(?i:secret)" + KEY_TAIL + SEP + "([A-Za-z0-9]{35,50})" + R);
        // Twitter/X app-only bearer tokens: a run of 21 "A" (the zero bytes of the encoded structure; the developer
        // docs' sample has 21, a 22nd is part of the body), then the body, URL-escaped ("%2B", "%3D")
        add("twitter.bearer", "TWITTER_BEARER_TOKEN", CRITICAL, Kind.PREFIXED, "aaaaaaaaaaaaaaaaaaaaa",
                L + "(A{21}[A-Za-z0-9%]{60,120}+)" + R);
        add("linkedin.secret", "LINKEDIN_CLIENT_SECRET", CRITICAL, Kind.CONTEXT, "linkedin",
                "(?i:linkedin)" + KEY_TAIL + "(?i:secret)" + KEY_TAIL + SEP + "([A-Za-z0-9]{16})" + R);

        // ---------------------------------------------------------------- Payments and commerce
        add("stripe.secret_live", "STRIPE_SECRET_KEY_LIVE", CRITICAL, Kind.PREFIXED, "sk_live_",
                L + "(sk_live_[A-Za-z0-9]{24,247})" + R);
        add("stripe.secret_test", "STRIPE_SECRET_KEY_TEST", HIGH, Kind.PREFIXED, "sk_test_",
                L + "(sk_test_[A-Za-z0-9]{24,247})" + R);
        add("stripe.restricted_live", "STRIPE_RESTRICTED_KEY_LIVE", CRITICAL, Kind.PREFIXED, "rk_live_",
                L + "(rk_live_[A-Za-z0-9]{24,247})" + R);
        add("stripe.restricted_test", "STRIPE_RESTRICTED_KEY_TEST", HIGH, Kind.PREFIXED, "rk_test_",
                L + "(rk_test_[A-Za-z0-9]{24,247})" + R);
        add("stripe.webhook_secret", "STRIPE_WEBHOOK_SECRET", CRITICAL, Kind.PREFIXED, "whsec_",
                L + "(whsec_[A-Za-z0-9+/]{32,64}={0,2})" + R);
        add("square.access_token", "SQUARE_ACCESS_TOKEN", CRITICAL, Kind.PREFIXED, "sq0atp-,eaaa",
                LX + "(sq0atp-[A-Za-z0-9_\\-]{22}|EAAA[A-Za-z0-9_\\-]{60})" + RD);
        add("square.oauth_secret", "SQUARE_OAUTH_SECRET", CRITICAL, Kind.PREFIXED, "sq0csp-",
                LX + "(sq0csp-[A-Za-z0-9_\\-]{43})" + RD);
        add("shopify.token", "SHOPIFY_TOKEN", CRITICAL, Kind.PREFIXED, "shpat_,shpca_,shppa_,shpss_",
                L + "(shp(?:at|ca|pa|ss)_[A-Za-z0-9]{32,40})" + R);
        add("paypal.braintree", "BRAINTREE_ACCESS_TOKEN", CRITICAL, Kind.PREFIXED, "access_token$",
                "(access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32})");
        add("plaid.access_token", "PLAID_ACCESS_TOKEN", CRITICAL, Kind.PREFIXED, "access-sandbox-,access-production-,access-development-",
                LX + "(access-(?:sandbox|development|production)-" + UUID + ")" + R);
        add("flutterwave.secret", "FLUTTERWAVE_SECRET_KEY", CRITICAL, Kind.PREFIXED, "flwseck",
                L + "(FLWSECK(?:_TEST)?-[0-9a-f]{32}-X)" + R);
        add("shippo.token", "SHIPPO_API_TOKEN", CRITICAL, Kind.PREFIXED, "shippo_",
                L + "(shippo_(?:live|test)_[0-9a-f]{40})" + R);
        add("easypost.api_key", "EASYPOST_API_KEY", CRITICAL, Kind.PREFIXED, "ezak,ezpk",
                L + "(EZ[AT]K[A-Za-z0-9]{54})" + R);
        add("duffel.token", "DUFFEL_API_TOKEN", CRITICAL, Kind.PREFIXED, "duffel_",
                L + "(duffel_(?:test|live)_[A-Za-z0-9_=\\-]{43})" + RD);
        add("salesforce.token", "SALESFORCE_ACCESS_TOKEN", CRITICAL, Kind.PREFIXED, "!",
                L + "(00[A-Za-z0-9]{13}![A-Za-z0-9_.]{96})" + R);

        // ---------------------------------------------------------------- Observability, SaaS, infra
        add("newrelic.license_key", "NEW_RELIC_LICENSE_KEY", CRITICAL, Kind.PREFIXED, "nral",
                L + "([A-Za-z0-9]{36}NRAL)" + R);
        add("newrelic.license_key_hex", "NEW_RELIC_LICENSE_KEY", CRITICAL, Kind.CONTEXT, "license,newrelic",
                "(?i:license[_.\\-]?key|newrelic[_.\\-]?key)" + SEP + "([0-9a-f]{40})" + R);
        add("newrelic.api_key", "NEW_RELIC_API_KEY", CRITICAL, Kind.PREFIXED, "nrak-,nraa-,nrii-,nriq-,nrra-",
                L + "(NRAK-[A-Z0-9]{27}|NRAA-[a-f0-9]{27}|NRI[IQ]-[A-Za-z0-9_\\-]{32}|NRRA-[a-f0-9]{42})" + RD);
        add("newrelic.pixie", "NEW_RELIC_PIXIE_KEY", CRITICAL, Kind.PREFIXED, "px-api-,px-dep-",
                LX + "(px-(?:api|dep)-" + UUID + ")" + R);
        add("dynatrace.token", "DYNATRACE_TOKEN", CRITICAL, Kind.PREFIXED, "dt0c01.,dt0s01.,dt0a01.",
                L + "(dt0[a-z]\\d{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64})" + R);
        add("datadog.api_key", "DATADOG_API_KEY", CRITICAL, Kind.CONTEXT, "datadog,dd_,dd-,ddapi,ddapp",
                "(?i:datadog|dd)[_.\\-]?(?i:api|app(?:lication)?)[_.\\-]?(?i:key)" + SEP + "([0-9a-f]{32}|[0-9a-f]{40})" + R);
        // a Datadog key under a plain key name with the provider named in the text around it (a log line or a
        // stack trace: "Datadog auth rejected (key=V)", "datadog: api_key: V"): API keys are 32 hex, application
        // keys 40 hex (Datadog docs, "API and Application Keys"); found near the provider's name
        add("datadog.api_key_near", "DATADOG_API_KEY", CRITICAL, Kind.CONTEXT, "datadog",
                "(?<![A-Za-z0-9_])(?i:api[_\\-]?key|app(?:lication)?[_\\-]?key|key)[\"']?[ \\t]{0,4}[=:][ \\t]{0,4}[\"']?"
                        + "([0-9a-f]{32}|[0-9a-f]{40})(?![A-Za-z0-9_])", MIXED);
        add("sentry.token", "SENTRY_TOKEN", CRITICAL, Kind.PREFIXED, "sntrys_,sntryu_",
                // (round 10: '-' too: an org token is "sntrys_" + base64 of its JSON claims + "_" + the secret, and
                // a url-safe secret left cut at its first '-' would leave the rest of it in the text)
                L + "(sntry[su]_[A-Za-z0-9+/=_\\-]{40,300}+)");
        add("grafana.cloud_token", "GRAFANA_CLOUD_API_TOKEN", CRITICAL, Kind.PREFIXED, "glc_",
                L + "(glc_[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9+/=])");
        add("grafana.service_account", "GRAFANA_SERVICE_ACCOUNT_TOKEN", CRITICAL, Kind.PREFIXED, "glsa_",
                L + "(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})" + R);
        add("grafana.api_key", "GRAFANA_API_KEY", CRITICAL, Kind.PREFIXED, "eyjrijoi",
                L + "(eyJrIjoi[A-Za-z0-9+/]{30,300}={0,2})(?![A-Za-z0-9+/=])");
        add("postman.api_key", "POSTMAN_API_KEY", CRITICAL, Kind.PREFIXED, "pmak-",
                LX + "(PMAK-[0-9a-f]{24}-[0-9a-f]{34})" + R);
        add("segment.token", "SEGMENT_API_TOKEN", CRITICAL, Kind.PREFIXED, "sgp_",
                L + "(sgp_[A-Za-z0-9]{64})" + R);
        add("sourcegraph.token", "SOURCEGRAPH_TOKEN", CRITICAL, Kind.PREFIXED, "sgp_",
                L + "(sgp_(?:[0-9a-f]{16}_|local_)?[0-9a-f]{40})" + R);
        add("stackhawk.api_key", "STACKHAWK_API_KEY", CRITICAL, Kind.PREFIXED, "hawk.",
                L + "(hawk\\.[A-Za-z0-9_\\-]{20}\\.[A-Za-z0-9_\\-]{20})" + RD);
        add("digitalocean.token", "DIGITALOCEAN_TOKEN", CRITICAL, Kind.PREFIXED, "doo_v1_,dop_v1_,dor_v1_",
                L + "(do[opr]_v1_[0-9a-f]{64})" + R);
        add("linode.token", "LINODE_TOKEN", CRITICAL, Kind.CONTEXT, "linode",
                "(?i:linode)" + KEY_TAIL + SEP + "([0-9a-f]{64})" + R);
        add("heroku.api_key", "HEROKU_API_KEY", CRITICAL, Kind.CONTEXT, "heroku",
                "(?i:heroku)" + KEY_TAIL + "(?i:key|token|secret)" + SEP
                        + "(" + UUID + ")" + R);
        add("sauce.access_key", "SAUCELABS_ACCESS_KEY", CRITICAL, Kind.CONTEXT, "sauce",
                "(?i:sauce)" + KEY_TAIL + "(?i:key|token)" + SEP
                        + "(" + UUID + ")" + R);
        add("okta.api_token", "OKTA_API_TOKEN", CRITICAL, Kind.CONTEXT, "okta,ssws",
                "(?i:okta[A-Za-z0-9_.\\-]{0,30}" + SEP + "|ssws[ \\t]+)(00[A-Za-z0-9_\\-]{39}[A-Za-z0-9])" + RD);
        add("cloudflare.api_token", "CLOUDFLARE_API_TOKEN", CRITICAL, Kind.PREFIXED, "cfat_,cfut_",
                L + "(cf[au]t_[A-Za-z0-9]{48})" + R);
        add("cloudflare.global_key", "CLOUDFLARE_GLOBAL_API_KEY", CRITICAL, Kind.CONTEXT, "cloudflare,cf_,cf-,cfkey,cfapi,cfglobal",
                "(?i:cloudflare|cf)[_.\\-]?(?i:global)?[_.\\-]?(?i:api)?[_.\\-]?(?i:key)" + SEP + "([0-9a-f]{37})" + R);
        add("tailscale.key", "TAILSCALE_KEY", CRITICAL, Kind.PREFIXED, "tskey-",
                "(?<![A-Za-z])(tskey-[a-z]{1,12}-[A-Za-z0-9]{6,20}-[A-Za-z0-9]{16,64})" + R);
        add("ngrok.token", "NGROK_AUTHTOKEN", CRITICAL, Kind.CONTEXT, "ngrok",
                L + "([0-9][A-Za-z0-9]{25,26}_[0-9A-Za-z]{21})" + R, near(200, "ngrok"));
        add("onepassword.service_token", "ONEPASSWORD_SERVICE_ACCOUNT_TOKEN", CRITICAL, Kind.PREFIXED, "ops_eyj",
                L + "(ops_eyJ[A-Za-z0-9+/=_\\-]{100,2048}+)");
        add("adafruit.io_key", "ADAFRUIT_IO_KEY", CRITICAL, Kind.PREFIXED, "aio_", L + "(aio_[A-Za-z0-9]{28})" + R);
        add("adobe.client_secret", "ADOBE_CLIENT_SECRET", CRITICAL, Kind.PREFIXED, "p8e-",
                LX + "(p8e-[A-Za-z0-9_\\-]{32})" + RD);
        add("age.secret_key", "AGE_SECRET_KEY", CRITICAL, Kind.PREFIXED, "age-secret-key-1",
                "(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})");
        add("mapbox.secret_token", "MAPBOX_SECRET_TOKEN", CRITICAL, Kind.PREFIXED, "sk.eyj,tk.eyj",
                L + "([st]k\\.eyJ[A-Za-z0-9_\\-]{20,400}+\\.[A-Za-z0-9_\\-]{20,100}+)");
        add("kagi.api_key", "KAGI_API_KEY", CRITICAL, Kind.CONTEXT, "kagi",
                "(?i:kagi[A-Za-z0-9_.\\-]{0,30}" + SEP + "|token=)([A-Za-z0-9_\\-]{11}\\.[A-Za-z0-9_\\-]{43})" + RD,
                near(120, "kagi"));
        add("twitch.stream_key", "TWITCH_STREAM_KEY", CRITICAL, Kind.PREFIXED, "live_",
                L + "(live_\\d{6,10}_[A-Za-z0-9]{30})" + R);
        add("thingsboard.token", "THINGSBOARD_ACCESS_TOKEN", CRITICAL, Kind.CONTEXT, "thingsboard",
                "thingsboard\\.cloud/api/v1/([a-z0-9]{20})/");
        add("thingsboard.provision", "THINGSBOARD_PROVISION_SECRET", CRITICAL, Kind.CONTEXT, "provisiondevice",
                "(?i:provisionDevice(?:Key|Secret))" + SEP + "([a-z0-9]{20})" + R);
        // TrueNAS keys in "Authorization: Bearer <id>-<64>" are reported by http.bearer; this rule covers the
        // WebSocket login call and explicit TrueNAS context
        add("truenas.api_key", "TRUENAS_API_KEY", CRITICAL, Kind.CONTEXT, "login_with_api_key,truenas",
                "(?<![A-Za-z0-9_\\-])(\\d{1,4}-[A-Za-z0-9]{64})" + R, near(200, "api_key", "truenas"));
        add("blynk.token", "BLYNK_TOKEN", HIGH, Kind.CONTEXT, "blynk",
                "(?:[?&]token=|(?i:bearer)[ \\t]+)([A-Za-z0-9_\\-]{32,40})" + RD, near(400, "blynk"));
        add("particle.token", "PARTICLE_ACCESS_TOKEN", CRITICAL, Kind.CONTEXT, "particle",
                "(?:access_token=|(?i:bearer)[ \\t]+)([0-9a-f]{40})" + R);
        add("wireguard.key", "WIREGUARD_PRIVATE_KEY", CRITICAL, Kind.CONTEXT, "privatekey,presharedkey",
                "(?i:PrivateKey|PresharedKey)[ \\t]*=[ \\t]*([A-Za-z0-9+/]{42}[A-Za-z0-9+/]=)(?![A-Za-z0-9+/=])");
        add("crypto.private_key", "CRYPTO_PRIVATE_KEY", HIGH, Kind.PREFIXED, "0x",
                "(?<![A-Za-z0-9])0x([0-9a-fA-F]{64})(?![A-Za-z0-9])",
                (t, s, e, sc) -> Placeholders.entropy(t.substring(s, e)) < 3.0 || HASH_CONTEXT.matcher(
                        t.substring(Math.max(0, s - 42), s)).find() ? -1 : 0.7);

        // Bitcoin private keys in Wallet Import Format: Base58Check of 0x80 (0xef on testnet) + 32 key bytes (+ 0x01
        // for a compressed public key), so 51 characters from 5 (9) or 52 from K/L (c) (Bitcoin wiki, "Wallet import
        // format"). No fixed prefix: sought near the words that name one, and kept only if its checksum holds
        add("crypto.wif_private_key", "CRYPTO_PRIVATE_KEY", CRITICAL, Kind.PREFIXED,
                "wif,privkey,private key,bitcoin",
                "(?<![A-Za-z0-9])([5KL9c][1-9A-HJ-NP-Za-km-z]{50,51})(?![A-Za-z0-9])",
                (t, s, e, sc) -> Checksums.isWif(t, s, e) ? sc : -1);

        // ---------------------------------------------------------------- more provider formats (documented prefixes)
        add("aws.bedrock_api_key", "AWS_BEDROCK_API_KEY", CRITICAL, Kind.PREFIXED, "absk",
                L + "(ABSK[A-Za-z0-9+/]{100,400}+={0,2})(?![A-Za-z0-9+/=])");
        add("tencent.secret_id", "TENCENT_SECRET_ID", CRITICAL, Kind.PREFIXED, "akid",
                L + "(AKID[A-Za-z0-9]{32})" + R);
        add("scaleway.access_key", "SCALEWAY_ACCESS_KEY", HIGH, Kind.PREFIXED, "scw",
                L + "(SCW[A-Z0-9]{17})" + R, MIXED);
        add("firebase.fcm_server_key", "FIREBASE_FCM_SERVER_KEY", CRITICAL, Kind.PREFIXED, "aaaa",
                L + "(AAAA[A-Za-z0-9_\\-]{7}:[A-Za-z0-9_\\-]{140})" + RD);
        add("cloudflare.origin_ca_key", "CLOUDFLARE_ORIGIN_CA_KEY", CRITICAL, Kind.PREFIXED, "v1.0-",
                LX + "(v1\\.0-[a-f0-9]{24}-[a-f0-9]{146})" + R);
        add("contentful.pat", "CONTENTFUL_PAT", CRITICAL, Kind.PREFIXED, "cfpat-",
                L + "(CFPAT-[A-Za-z0-9_\\-]{43})" + RD);
        add("clickup.token", "CLICKUP_API_TOKEN", CRITICAL, Kind.PREFIXED, "pk_",
                L + "(pk_\\d{6,10}_[0-9A-Z]{32})" + R);
        add("frameio.token", "FRAMEIO_API_TOKEN", CRITICAL, Kind.PREFIXED, "fio-u-",
                LX + "(fio-u-[A-Za-z0-9_=\\-]{64})" + RD);
        add("harness.pat", "HARNESS_PAT", CRITICAL, Kind.PREFIXED, "pat.",
                L + "(pat\\.[A-Za-z0-9_\\-]{22}\\.[0-9a-f]{24}\\.[A-Za-z0-9]{20})" + R);
        add("infracost.api_key", "INFRACOST_API_KEY", CRITICAL, Kind.PREFIXED, "ico-",
                LX + "(ico-[A-Za-z0-9]{32})" + R);
        add("prefect.api_key", "PREFECT_API_KEY", CRITICAL, Kind.PREFIXED, "pnu_", L + "(pnu_[A-Za-z0-9]{36})" + R);
        add("readme.api_key", "README_API_KEY", CRITICAL, Kind.PREFIXED, "rdme_", L + "(rdme_[a-z0-9]{70})" + R);
        add("typeform.token", "TYPEFORM_TOKEN", CRITICAL, Kind.PREFIXED, "tfp_",
                L + "(tfp_[A-Za-z0-9_\\-.=]{59})" + RD);
        add("brevo.api_key", "BREVO_API_KEY", CRITICAL, Kind.PREFIXED, "xkeysib-,xsmtpsib-",
                LX + "(x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})" + R);
        add("mailgun.pubkey", "MAILGUN_PUBLIC_KEY", HIGH, Kind.PREFIXED, "pubkey-",
                LX + "(pubkey-[a-f0-9]{32})" + R);
        add("openshift.token", "OPENSHIFT_TOKEN", CRITICAL, Kind.PREFIXED, "sha256~",
                L + "(sha256~[A-Za-z0-9_\\-]{43})" + RD);
        add("circleci.pat", "CIRCLECI_TOKEN", CRITICAL, Kind.PREFIXED, "ccipat_,ccipat",
                L + "(CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40})" + R);
        add("buildkite.token", "BUILDKITE_TOKEN", CRITICAL, Kind.PREFIXED, "bkua_", L + "(bkua_[a-f0-9]{40})" + R);
        add("octopus.api_key", "OCTOPUS_DEPLOY_API_KEY", CRITICAL, Kind.PREFIXED, "api-",
                LX + "(API-[A-Z0-9]{26})" + R, MIXED);
        add("pinecone.api_key", "PINECONE_API_KEY", CRITICAL, Kind.PREFIXED, "pcsk_",
                L + "(pcsk_[A-Za-z0-9_]{50,100}+)" + R);
        add("fireworks.api_key", "FIREWORKS_API_KEY", CRITICAL, Kind.PREFIXED, "fw_", L + "(fw_[A-Za-z0-9]{24})" + R,
                MIXED);
        add("elevenlabs.api_key", "ELEVENLABS_API_KEY", CRITICAL, Kind.PREFIXED, "sk_", L + "(sk_[a-f0-9]{48})" + R);
        add("razorpay.key", "RAZORPAY_KEY", HIGH, Kind.PREFIXED, "rzp_", L + "(rzp_(?:live|test)_[A-Za-z0-9]{14})" + R);
        add("heroku.api_key_v2", "HEROKU_API_KEY", CRITICAL, Kind.PREFIXED, "hrku-",
                LX + "(HRKU-[A-Za-z0-9_\\-]{60})" + RD);
        add("yandex.api_key", "YANDEX_API_KEY", CRITICAL, Kind.PREFIXED, "aqvn", L + "(AQVN[A-Za-z0-9_\\-]{35,38})" + RD);
        add("snyk.token", "SNYK_TOKEN", CRITICAL, Kind.CONTEXT, "snyk",
                "(?i:snyk)" + KEY_TAIL + SEP + "(" + UUID + ")" + R);
        add("docker.config_auth", "DOCKER_CONFIG_AUTH", CRITICAL, Kind.CONTEXT, "\"auth\"",
                "\"auth\"[ \\t]*:[ \\t]*\"([A-Za-z0-9+/]{8,512}={0,2})\"", Finders::basicAuthHeader);
        add("npmrc.auth", "NPM_AUTH", CRITICAL, Kind.CONTEXT, "_auth",
                "(?<![A-Za-z0-9])_auth[ \\t]*=[ \\t]*[\"']?([A-Za-z0-9+/]{8,512}={0,2})(?![A-Za-z0-9+/=])",
                Finders::basicAuthHeader);
        add("pwhash.apr1", "PASSWORD_HASH", HIGH, Kind.PREFIXED, "$apr1$",
                "(\\$apr1\\$[./A-Za-z0-9]{1,8}\\$[./A-Za-z0-9]{22})(?![./A-Za-z0-9])");
        add("pwhash.argon2", "PASSWORD_HASH", HIGH, Kind.PREFIXED, "$argon2",
                "(\\$argon2(?:id|i|d)\\$v=\\d{1,3}\\$m=\\d{1,10},t=\\d{1,5},p=\\d{1,3}\\$[A-Za-z0-9+/]{8,64}\\$[A-Za-z0-9+/]{16,128})");

        // ---------------------------------------------------------------- Keys, tokens, hashes
        finder("pem.private_key", "PRIVATE_KEY", CRITICAL, "private key,-----begin", Finders::pemPrivateKey);
        finder("pem.private_key_b64", "PRIVATE_KEY", CRITICAL, "ls0tls1crudjtib", Finders::base64Pem);
        finder("kubernetes.secret_data", "KUBERNETES_SECRET_DATA", CRITICAL, "kind: secret",
                Finders::kubernetesSecretData);
        add("putty.private_key", "PRIVATE_KEY", CRITICAL, Kind.PREFIXED, "putty-user-key-file-",
                // raw lines (possibly indented, e.g. a YAML block scalar) or lines joined by escaped "\\n" (JSON)
                "(PuTTY-User-Key-File-[23]:(?:[^\\r\\n]{1,80}+\\r?\\n(?:[^\\r\\n]{0,200}+\\r?\\n){0,60}?[ \\t]{0,20}"
                        + "|[^\\r\\n\\\\]{1,80}+(?:\\\\r)?\\\\n(?:[^\\r\\n\\\\]{0,200}+(?:\\\\r)?\\\\n){0,60}?)"
                        + "Private-MAC:[ \\t]*[0-9a-f]{40,64})");
        add("jwt.token", "JWT", HIGH, Kind.PREFIXED, "eyj",
                L + "(eyJ[A-Za-z0-9_\\-]{10,2048}+\\.eyJ[A-Za-z0-9_\\-]{10,8192}+\\.[A-Za-z0-9_\\-]{0,2048}+)",
                Finders::jwtHeader);
        add("http.basic_auth", "HTTP_BASIC_AUTH", CRITICAL, Kind.PREFIXED, "basic",
                "(?i:authorization[\"']?(?:[ \\t]*[:=][ \\t]*|[ \\t]+)[\"']?basic|basic[ \\t]+auth[a-z]*[ \\t]*[:=])[ \\t]+"
                        + "([A-Za-z0-9+/]{8,512}={0,2})(?![A-Za-z0-9+/=])",
                Finders::basicAuthHeader);
        // "Authorization: <scheme> <credential>" (RFC 9110 section 11.6.2): Token/ApiKey/Key schemes, and vendor schemes
        // (Okta SSWS, Opsgenie GenieKey, Splunk HEC "Splunk", Discord "Bot", Dynatrace Api-Token...) when the value
        // has letters and digits; Basic and Bearer have their own rules, Digest/NTLM/Negotiate/OAuth 1.0/AWS SigV4
        // carry parameters or per-request signatures
        add("http.token_auth", "HTTP_TOKEN_AUTH", HIGH, Kind.CONTEXT, "authorization",
                "(?i:authorization)[\"']?[ \\t]*[:=][ \\t]*[\"']?(?!(?i:basic|bearer|digest|negotiate|ntlm|hoba|mutual"
                        + "|oauth|aws4-hmac-sha256|vapid|signature|scram-sha-1|scram-sha-256)(?![A-Za-z0-9_\\-]))"
                        + "[A-Za-z][A-Za-z0-9_\\-]{1,30}+[ \\t]+([A-Za-z0-9_\\-.~+/]{16,512}+=*)",
                Finders::authorizationScheme);
        add("http.bearer", "BEARER_TOKEN", HIGH, Kind.GENERIC, "bearer",
                "(?i:bearer)[ \\t]+([A-Za-z0-9_\\-.~+/]{10,4096}+=*)",
                // a token has a digit, or is long and mixed-case: not "Bearer authentication", "bearer expires_in="
                (t, s, e, sc) -> {
                    int k = classes(t, s, e);
                    return (k & DIGIT) != 0 || e - s >= 20 && (k & (UPPER | LOWER)) == (UPPER | LOWER)
                            && Placeholders.entropy(t.substring(s, e)) >= 3.5 ? sc : -1;
                });
        add("pwhash.md5crypt", "PASSWORD_HASH", HIGH, Kind.PREFIXED, "$1$",
                "(\\$1\\$[./A-Za-z0-9]{1,8}\\$[./A-Za-z0-9]{22})(?![./A-Za-z0-9])");
        add("pwhash.bcrypt", "PASSWORD_HASH", HIGH, Kind.PREFIXED, "$2a$,$2b$,$2y$,$2x$,$2$",
                "(\\$2[abxy]?\\$\\d{2}\\$[./A-Za-z0-9]{53})(?![./A-Za-z0-9])");
        add("pwhash.sha_crypt", "PASSWORD_HASH", HIGH, Kind.PREFIXED, "$5$,$6$",
                "(\\$[56]\\$(?:rounds=\\d{1,9}\\$)?[./A-Za-z0-9]{1,16}\\$(?:[./A-Za-z0-9]{86}|[./A-Za-z0-9]{43}))"
                        + "(?![./A-Za-z0-9])");
        add("pwhash.cisco8", "PASSWORD_HASH", HIGH, Kind.PREFIXED, "$8$,$9$",
                "(\\$[89]\\$[./A-Za-z0-9]{14}\\$[./A-Za-z0-9]{43})(?![./A-Za-z0-9])");
        add("pwhash.krb5asrep", "KERBEROS_ASREP_HASH", HIGH, Kind.PREFIXED, "$krb5asrep$",
                "(\\$krb5asrep\\$\\d{2}\\$[^$\\s]{1,200}\\$[0-9a-f]{64,8192}+)");

        // ---------------------------------------------------------------- Credentials in URLs and commands
        finder("url.credentials", "URL_CREDENTIALS", CRITICAL, "://", Finders::urlCredentials);
        // machine HOST login U password P, or the "default" entry (no host) that matches any machine (netrc(5))
        add("netrc.password", "NETRC_PASSWORD", CRITICAL, Kind.CONTEXT, "machine,default",
                "(?<![A-Za-z0-9_])(?:(?:machine[ \\t]+[^\\s]{1,200}|default)[ \\t\\r\\n]{1,20}login[ \\t]+[^\\s]{1,200}"
                        + "[ \\t\\r\\n]{1,20}password[ \\t]+([^\\s]{3,200}))");
        add("psexec.password", "PSEXEC_PASSWORD", CRITICAL, Kind.CONTEXT, "psexec",
                "(?i:psexec)[^\\n]{0,300}?[ \\t]-p[ \\t]+(?:\"([^\"\\n]{1,100})\"|'([^'\\n]{1,100})'"
                        + "|([^\\s\"']{2,100}))",
                // a variable (cmd.exe %ADMIN_PW%, PowerShell $Password) names the password but is not it: reported
                // below the step's threshold (noseyparker's psexec examples count "-p %nothing%" as a finding)
                (t, s, e, sc) -> CMD_VARIABLE.matcher(t.substring(s, e)).matches() ? SecretScanner.ONE_CHAR_FILLER_SCORE : sc);
        add("vmware.password", "VMWARE_PASSWORD", CRITICAL, Kind.CONTEXT, "connect-viserver",
                "(?i:connect-viserver)[^\\n]{0,300}?[ \\t](?i:-password)[ \\t]+(?:\"([^\"\\n]{1,100})\"|([^\\s\"]{1,100}))");
        // DirectoryEntry(path, user, password); NetworkCredential(user, password, domain) takes the password second
        // (dotnet.network_credential2, api.positional_password): its third argument is the domain
        add("dotnet.network_credential", "DOTNET_CREDENTIAL", CRITICAL, Kind.CONTEXT,
                "directoryentry",
                "(?i:DirectoryEntry)\\([ \\t\\r\\n]*\"[^\"\\n]{0,200}\"[ \\t\\r\\n]*,[ \\t\\r\\n]*"
                        + "\"[^\"\\n]{0,200}\"[ \\t\\r\\n]*,[ \\t\\r\\n]*\"([^\"\\n]{1,200})\"[ \\t\\r\\n]*\\)",
                null);
        add("dotnet.network_credential2", "DOTNET_CREDENTIAL", CRITICAL, Kind.CONTEXT, "networkcredential",
                "(?i:NetworkCredential)\\([ \\t]*\"[^\"\\n]{1,200}\"[ \\t]*,[ \\t]*\"([^\"\\n]{1,200})\"[ \\t]*\\)");
        add("xml.config_secret", "CONFIG_SECRET", HIGH, Kind.CONTEXT, "value=",
                "(?i:key)=\"[^\"\\n]{0,60}(?i:password|passwd|pwd|secret|token|apikey|api_key)[^\"\\n]{0,30}\"[ \\t]+"
                        + "(?i:value)=\"([^\"\\n]{3,200})\"", SecretScanner::xmlConfigValue);
        add("odbc.password", "CONNECTION_STRING_PASSWORD", CRITICAL, Kind.CONTEXT, "pwd,password",
                "(?:^|[;\"'\\s])(?i:pwd|password)[ \\t]*=[ \\t]*([^;\"'\\s]{3,100})[ \\t]*(?:;|$|[\"'])",
                near(300, "server=", "data source=", "database=", "uid=", "user id=", "user=", "host=",
                        "initial catalog=", "driver=", "dsn=", "jdbc:"));
        add("mysql.cli_password", "DATABASE_PASSWORD", CRITICAL, Kind.CONTEXT, "--password=",
                "(?i:mysql|psql|mongo|mysqldump|redis-cli)[^\\n]{0,200}?--password=([^\\s\"']{3,100})");
        add("mysql.cli_p_flag", "DATABASE_PASSWORD", CRITICAL, Kind.CONTEXT, "mysql",
                // sixteenth session: also quoted ("-p'S3cr3t!pass'", "-p\"...\"")
                "(?i:mysql|mysqldump|mysqladmin)(?![A-Za-z0-9_])[^\\n]{0,200}?[ \\t]-p(?:'([^'\\n]{3,100})'"
                        + "|\"([^\"\\n]{3,100})\"|([^\\s\"'\\-][^\\s\"']{2,100}))");
        add("cli.password_env", "DATABASE_PASSWORD", CRITICAL, Kind.CONTEXT, "pgpassword=,mysql_pwd=",
                "(?<![A-Za-z0-9_])(?:PGPASSWORD|MYSQL_PWD)=([^\\s\"'$;]{3,100})");

        add("cloudflare.global_key_prefixed", "CLOUDFLARE_GLOBAL_API_KEY", CRITICAL, Kind.PREFIXED, "cfk_",
                L + "(cfk_[A-Za-z0-9]{48})" + R);
        add("django.secret_key", "DJANGO_SECRET_KEY", CRITICAL, Kind.PREFIXED, "django-insecure-",
                "(django-insecure-[^\\s'\"`]{20,100}+)");
        add("curl.user_password", "HTTP_BASIC_CREDENTIALS", CRITICAL, Kind.CONTEXT, "curl",
                // (an empty user name too: Infura's project secret is sent as "--user :SECRET", Infura docs)
                // (round 15: the shell's quoting of each half, -u admin:'V' and -u 'admin':"V", --user=admin:V, and the
                // short option glued to its argument, -uadmin:V, as curl's manual allows)
                "(?i:curl)(?:[^\\n]|\\\\\\r?\\n){0,400}?[ \\t\\n](?:(?:-u|-U)[ \\t]*+|(?:--user|--proxy-user)(?:[ \\t]++|=))"
                        + "[\"']?[^\\s:\"']{0,100}[\"']?:[\"']?([^\\s\"']{4,200})");
        add("generated.password", "GENERATED_PASSWORD", HIGH, Kind.CONTEXT, "password",
                "(?i:(?<=(?:following|admin|initial|generated|temporary|one-time) )password|password is)[^\\n]{0,100}\\r?\\n[ \\t]*(?:\\r?\\n)?[ \\t]*"
                        + "([A-Za-z0-9!@#$%^&*_\\-]{8,64})[ \\t]*(?:\\r?\\n|$)", MIXED);

        // ---------------------------------------------------------------- Generic, entropy-gated
        // round 9: key names that abbreviate the password to "pw" after a qualifier (LDAP bind_pw, nslcd.conf and
        // ldap.conf bindpw / BINDPW, slapd.conf rootpw, db_pw, smtp_pw); a bare "pw" is too short a key name here
        String pwKey = "(?i:password|passwd|passphrase|(?<![A-Za-z])pwd|(?<![A-Za-z])pass(?=[_\\-.\"'\\s:=]|word)"
                + "|(?<=[A-Za-z0-9])_pw(?![A-Za-z])|(?<![A-Za-z])(?:bind|root)pw(?![A-Za-z]))[A-Za-z0-9_.\\-]{0,30}";
        generic("generic.password_quoted", "GENERIC_PASSWORD", "pass,pwd,_pw,bindpw,rootpw",
                pwKey + SEP_KEY + VALUE_WRAPPER + "(?:\\\\?\"([^\"\\r\\n\\\\]{1,200})\\\\?\"|'([^'\\r\\n]{1,200})'|`([^`\\r\\n]{1,200})`)",
                5, 1.5);
        generic("generic.password_bare", "GENERIC_PASSWORD", "pass,pwd,_pw,bindpw,rootpw",
                pwKey + "[ \\t]{0,8}(?:=|:=|=>|\\?=|:)[ \\t]{0,8}([^\\s\"'`,;<>(){}\\[\\]]{5,200}+)"
                        + BARE_END.replace("#,;", "#,;\"'"),
                5, 1.5);
        generic("generic.password_prose", "GENERIC_PASSWORD", "password",
                "(?i:password)[^\\n.:=]{0,60}?[ \\t](?i:is)[ \\t]{0,4}[\"'\u2018\u201c]([^\"'\\s\u2019\u201d]{3,64})"
                        + "[\"'\u2019\u201d]",
                3, 1.0);
        // the match starts at the keyword; "key" counts only behind a qualifier (api_key, signing-key, ...)
        String secretKey = "(?i:secret|token|credential|passcode|(?<=(?i:api|access|auth|private|signing|encryption"
                + "|master|session|app|consumer|license|application|admin|write|ingest|ingestion|server|sdk"
                + "|management|root|service|client|webhook"
                // round 15: the symmetric keys that sign or encrypt (jwtKey, hmac_key, AES_KEY, cookieKey, cipherKey,
                // totp_key); SecretScanner counts them only when the value looks generated (as serviceKey)
                + "|jwt|jws|hmac|aes|cipher|crypto|cookie|totp|encrypt|decrypt|shared)[_.\\-]?)key)"
                + "[A-Za-z0-9_.\\-]{0,30}";
        generic("generic.secret_quoted", "GENERIC_SECRET", "secret,token,key,credential,passcode",
                secretKey + SEP_KEY + VALUE_WRAPPER
                        + "(?:\\\\?\"([^\"\\s]{8,300}?)\\\\?\"|'([^'\\s]{8,300})'|`([^`\\s]{8,300})`)",
                8, 2.8);
        generic("generic.secret_bare", "GENERIC_SECRET", "secret,token,key,credential,passcode",
                "(?<![$@])" + secretKey + "[ \\t]{0,8}(?:=|:=|=>|\\?=|:)[ \\t]{0,8}([A-Za-z0-9_\\-+/=.~!@#%^*]{12,300}+)"
                        + BARE_END.replace("#,;", "#,;&\"'`"),
                12, 3.2);
        // query strings and form bodies; password and secret parameters may carry a prefix (db_password=)
        generic("generic.secret_query", "GENERIC_SECRET", "token=,key=,secret=,password=,passwd=,pwd=,auth=",
                "(?:[?&](?i:access_token|token|api_?key|key|client_secret|auth)"
                        + "|(?i:password|passwd|pwd|secret)(?<=[?&][A-Za-z0-9_.\\-]{0,20}(?i:password|passwd|pwd|secret)))"
                        + "=([^&\\s\"'#<>]{16,512})",
                16, 3.2);
        // name/value pairs: Kubernetes env lists (- name: K / value: V), ECS and Postman JSON ({"name": "K",
        // "value": "V"}, {"key": "K", "value": "V"}): the key name is a field of its own, before "value"
        generic("generic.name_value", "GENERIC_SECRET", "value",
                "(?<=(?i:name|key)\"?[ \\t]{0,3}[:=][ \\t]{0,3}[\"']?[A-Za-z0-9_.\\-]{0,40}"
                        + "(?i:password|passwd|secret|token|api_?key|apikey|access_?key|credential|private_?key"
                        + "|storage_?key|account_?key)"
                        + "[A-Za-z0-9_.\\-]{0,40}[\"']?[ \\t]{0,3},?[ \\t]{0,3}(?:\\r?\\n[ \\t]{0,20})?\"?)"
                        + "(?i:value)\"?[ \\t]{0,3}[:=][ \\t]{0,3}[\"']?([^\"'\\s,}]{8,4096}+)(?=[\"'\\s,}]|$)",
                8, 3.0);
        // a credential named in a sentence ("here is my API key: V can you check", "the token is V."): the value
        // may be followed by more prose, so it must look generated (STRONG), be 16+ characters and 3.0+ bits/char
        RULES.add(new Rule("generic.secret_prose", "GENERIC_SECRET", HIGH, Kind.GENERIC,
                kw("secret,token,key,password,passwd,passphrase,credential"),
                Pattern.compile("(?<![A-Za-z])(?i:secret|token|password|passwd|passphrase|credentials?|(?<=(?i:api"
                        + "|access|auth|private|signing|encryption|master|session|app|consumer|license|account"
                        + "|storage|service|secret)[ _.\\-])key)"
                        // round 4: a short prepositional phrase may name what it is for ("the key for the staging
                        // account is V", "the token of the deploy bot: V"); round 9: or a short relative clause led by
                        // a pronoun ("the token I used: V", "the key that we rotated is V", "password you sent: V")
                        + "(?:[ \\t](?:(?i:for|of|on|in|from|to)|(?:(?i:that|which)[ \\t])?(?:I|(?i:we|you|they)))"
                        + "[ \\t][^\\n.:=,;!?\"'`]{1,30}?)?"
                        + "(?:[ \\t]{0,2}:|[ \\t]{1,2}(?i:is|was))[ \\t]{1,3}[\"'`]?"
                        // (thirty-fifth session: 10 to 15 characters after the word "secret", "the secret for the
                        // webhook is V", see SHORT_SECRET_PROSE)
                        + "([A-Za-z0-9_\\-+/=~!@#%^*]{10,1024}+)(?=[\\s,;!?)\"'`]|\\.(?:\\s|$)|$)"),
                SHORT_SECRET_PROSE, null, 10, 2.8));

        // ---------------------------------------------------------------- more formats (blind-set work, 2026-11-26)
        // HubSpot private-app tokens: "pat-" + region ("na1", "eu1", ...) + "-" + UUID (HubSpot developer docs,
        // "Private apps")
        add("hubspot.private_app_token", "HUBSPOT_PRIVATE_APP_TOKEN", CRITICAL, Kind.PREFIXED, "pat-na,pat-eu,pat-ap",
                LX + "(pat-(?:na|eu|ap)\\d-" + UUID + ")" + R);
        // Riot Games API keys: "RGAPI-" + UUID (Riot developer portal)
        add("riot.api_key", "RIOT_API_KEY", CRITICAL, Kind.PREFIXED, "rgapi-",
                L + "(RGAPI-" + UUID + ")" + R);
        // LaunchDarkly server-side SDK keys "sdk-" + UUID and API access tokens "api-" + UUID (LaunchDarkly docs, "Keys")
        add("launchdarkly.key", "LAUNCHDARKLY_KEY", CRITICAL, Kind.PREFIXED, "sdk-,api-",
                LX + "((?:sdk|api)-" + UUID + ")" + R);
        // Zapier catch hooks: hooks.zapier.com/hooks/catch/<account id>/<hook id>/ (Zapier help, "Webhooks by Zapier")
        add("zapier.webhook", "ZAPIER_WEBHOOK_URL", CRITICAL, Kind.PREFIXED, "hooks.zapier.com",
                "(https?://hooks\\.zapier\\.com/hooks/catch/\\d{3,12}/[A-Za-z0-9]{4,16}/?)(?![A-Za-z0-9/])");
        // 1Password account Secret Keys: "A3-" + 6-6-5-5-5-5 upper-case alphanumerics (1Password support, "About your
        // Secret Key")
        add("onepassword.secret_key", "ONEPASSWORD_SECRET_KEY", CRITICAL, Kind.PREFIXED, "a3-",
                L + "(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{6}-[A-Z0-9]{5}|[A-Z0-9]{11})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})"
                        + RD, MIXED);
        // Asana PATs: "1/" + user gid + ":" + 32 hex, or (2023+) "2/" + user gid + "/" + app gid + ":" + 32 hex
        // (Asana developer docs, "Personal access token"); named near "asana"
        add("asana.pat", "ASANA_PAT", CRITICAL, Kind.CONTEXT, "asana",
                "(?<![A-Za-z0-9_/])([12]/\\d{10,20}(?:/\\d{10,20})?:[0-9a-f]{32})" + R, near(300, "asana"));
        // legacy npm tokens are UUIDs in .npmrc (npm docs, "npmrc": //registry/:_authToken=); any _authToken value
        add("npmrc.auth_token", "NPM_ACCESS_TOKEN", CRITICAL, Kind.CONTEXT, "_authtoken",
                "(?i:_authToken)(?:[ \\t]*=[ \\t]*|[ \\t]+)[\"']?([A-Za-z0-9_\\-+/=.]{16,512}+)");
        // Laravel application keys: "base64:" + base64 of 32 random bytes (Laravel docs, "Encryption")
        add("laravel.app_key", "LARAVEL_APP_KEY", CRITICAL, Kind.CONTEXT, "app_key",
                "(?i:app_key)[\"']?[ \\t]*(?:=>|=|:)[ \\t]*[\"']?(base64:[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])");
        // Algolia admin keys: 32 hex, second argument of algoliasearch(appId, key) (Algolia docs, "API keys")
        // (round 9: the client constructors of the other API clients too, SearchClient.create("APPID", "KEY") in
        // Python, PHP and Java; and any 32 alphanumerics there: the position names the key, whatever its alphabet)
        add("algolia.api_key", "ALGOLIA_API_KEY", HIGH, Kind.CONTEXT, "algoliasearch,searchclient.create",
                "(?i:algoliasearch|SearchClient\\.create)\\([ \\t]*[\"'][A-Z0-9]{10}[\"'][ \\t]*,[ \\t]*[\"']"
                        + "([A-Za-z0-9]{32})[\"']",
                // a search-only key is public by design (Algolia docs, "API keys": "safe to use in your front-end
                // code"): named so in the text before it, or given to the search-only "lite" client
                (t, s, e, sc) -> MIXED.check(t, s, e, sc) < 0 ? -1
                        : SEARCH_ONLY.matcher(t.substring(Math.max(0, s - 400), s)).find() ? 0.5 : sc);
        // Twilio auth tokens passed with the account SID ("AC" + 32 hex) as the next call argument (Twilio docs)
        add("twilio.sid_and_token", "TWILIO_AUTH_TOKEN", CRITICAL, Kind.CONTEXT, "twilio",
                "(?<![A-Za-z0-9])AC[0-9a-f]{32}[\"'][ \\t]*,[ \\t]*[\"']([0-9a-f]{32})[\"']", near(400, "twilio"));
        // OpenAI-compatible providers issue "sk-" + 32..64 alphanumerics (DeepSeek "sk-" + 32 hex, DashScope, Moonshot;
        // their platform docs); distinctive enough when the body mixes letters and digits at 3.0+ bits/char
        Rule.Validator skBody = mixedWithEntropy(3, 3.0);
        add("llm.sk_key", "LLM_API_KEY", CRITICAL, Kind.CONTEXT, "sk-",
                LX + "(sk-[A-Za-z0-9]{32,64})" + R,
                (t, s, e, sc) -> Placeholders.hasSequentialRun(t.substring(s, e)) ? -1 : skBody.check(t, s, e, sc));
        // PowerShell: ConvertTo-SecureString "V" -AsPlainText (a literal password in a script)
        add("powershell.securestring", "POWERSHELL_PASSWORD", CRITICAL, Kind.CONTEXT, "convertto-securestring",
                "(?i:ConvertTo-SecureString)[ \\t]+(?:-String[ \\t]+)?(?:\"([^\"$\\r\\n]{4,200})\"|'([^'\\r\\n]{4,200})')"
                        + "(?=[^\\n]{0,80}-AsPlainText)");
        // password flags of commands that take the value after a short flag: sshpass -p V, docker login -p V,
        // redis-cli -a V (the tools' manuals)
        add("cli.short_password_flag", "CLI_PASSWORD", CRITICAL, Kind.CONTEXT, "sshpass,docker login,redis-cli,az login",
                "(?:(?i:sshpass|docker[ \\t]+login|az[ \\t]+login)(?![A-Za-z0-9_\\-])[^\\n|;&]{0,200}?[ \\t]-p"
                        + "|(?i:redis-cli)(?![A-Za-z0-9_\\-])[^\\n|;&]{0,200}?[ \\t]-a)[ \\t]+"
                        + "(?:\"([^\"\\n]{3,100})\"|'([^'\\n]{3,100})'|([^\\s\"'$`]{3,100}+))");
        // round 15 (beyond the set): the password options of other tools, from their manuals: redis-cli --pass V,
        // the OpenLDAP clients' bind password -w V, zip/unzip -P V, sqlcmd/bcp/osql -P V, the MongoDB tools' -p V,
        // keytool's -storepass/-keypass/-srcstorepass/-deststorepass/-new V, rabbitmqctl add_user/change_password
        // USER V; then, with the value glued to the option, 7-Zip -pV, smbclient/rpcclient -U user%V and FreeRDP
        // /p:V; and a here-string to --password-stdin (docker login -u u --password-stdin <<< "V")
        String toolValue = "(?!-)(?:\"([^\"\\n]{4,100})\"|'([^'\\n]{4,100})'|([^\\s\"'$`]{4,100}+))";
        String toolEnd = "(?![A-Za-z0-9_\\-])[^\\n|;&]{0,200}?[ \\t]";
        add("cli.tool_password_flag", "CLI_PASSWORD", CRITICAL, Kind.CONTEXT,
                "redis-cli,ldapsearch,ldapmodify,ldapadd,ldapdelete,ldappasswd,ldapwhoami,ldapcompare,zip,sqlcmd,bcp,"
                        + "osql,mongo,keytool,rabbitmqctl,7z,smbclient,rpcclient,freerdp,password-stdin",
                "(?<![A-Za-z0-9_\\-])(?:(?:(?i:redis-cli)" + toolEnd + "--pass"
                        + "|(?i:ldap(?:search|modify|add|delete|passwd|whoami|compare))" + toolEnd + "-w"
                        + "|(?:un)?zip" + toolEnd + "-P|(?:sqlcmd|bcp|osql)" + toolEnd + "-P"
                        + "|mongo(?:sh|dump|restore|export|import|stat|top|files)?" + toolEnd + "-p"
                        + "|keytool" + toolEnd + "-(?:src|dest)?(?:store|key)pass|keytool" + toolEnd + "-new"
                        + "|rabbitmqctl[ \\t]+(?:add_user|change_password)[ \\t]+[^\\s]{1,60}+)[ \\t]+" + toolValue
                        + "|(?:7za?|7zz)[ \\t][^\\n|;&]{0,200}?[ \\t]-p(?:\"([^\"\\n]{4,100})\"|([^\\s\"'$`]{4,100}+))"
                        + "|(?:smbclient|rpcclient)" + toolEnd + "(?:-U|--user=?)[ \\t]*[\"']?[^\\s%\"']{1,60}%([^\\s\"'$`]{4,100}+)"
                        + "|[wx]freerdp3?" + toolEnd + "[/-]p:(?:\"([^\"\\n]{4,100})\"|([^\\s\"'$`]{4,100}+))"
                        + "|--password-stdin[ \\t]*<<<[ \\t]*" + toolValue + ")",
                // a word in one case is prose or a tool's published default ("takes -P followed by", keytool's
                // "changeit"), not a password someone chose
                (t, s, e, sc) -> classes(t, s, e) == LOWER || classes(t, s, e) == UPPER ? -1 : sc);

        // long command-line flags followed by the value after a blank: --password V, --db-password 'V', --api-key V
        // (the "=" forms are assignments, see the rules below)
        generic("generic.cli_password", "GENERIC_PASSWORD", "password,passwd",
                "(?i:password|passwd)(?<=[ \\t]--?[A-Za-z0-9\\-]{0,40}(?i:password|passwd))[ \\t]+"
                        + "(?:\"([^\"\\r\\n]{5,200})\"|'([^'\\r\\n]{5,200})'|([^\\s\"'`$|&;<>()]{5,200}+))(?=\\s|$)",
                5, 1.5);
        // (round 15: not a name of words and short numbers, "--api-key AzureArtifacts", "-AccessToken
        // MyPersonalAccessToken": the documentation's stand-in for the value)
        RULES.add(new Rule("generic.cli_secret", "GENERIC_SECRET", HIGH, Kind.GENERIC, kw("token,secret,api-key,apikey"),
                Pattern.compile("(?i:token|secret|api-key|apikey)(?<=[ \\t]--?[A-Za-z0-9\\-]{0,40}(?i:token|secret|api-key"
                        + "|apikey))[ \\t]+(?:\"([^\"\\s]{12,300})\"|'([^'\\s]{12,300})'|([^\\s\"'`$|&;<>()]{12,300}+))"
                        + "(?=\\s|$)"),
                (t, s, e, sc) -> wordIdentifier(t.substring(s, e)) || pascalWords(t.substring(s, e)) ? -1 : sc, null,
                12, 3.0));
        // round 15: flags that name a key by its qualifier (az --account-key V, --secret-key V, --master-key V,
        // --access-key V) and, above, PowerShell's and Go's single-dash parameters (-StorageAccountKey "V",
        // -ClientSecret 'V', -AccessToken V, -Password "V"); a key flag's value must look generated (not the name of
        // a key file or of a stored key)
        // (the flag's shape, a blank, one or two dashes and at most 42 flag characters before "key", is checked by
        // the validator, Prechecks.flagBefore: a lookbehind of that length cost about 15 µs per "key" in a flood)
        String flagKey = "(?<=(?i:account|storage|access|secret|master|shared|api|auth|signing|encryption|subscription"
                + "|primary|secondary|license|admin|write|ingest|instrumentation|sas|hmac|jwt|app|client|service)-?"
                + "(?i:key))";
        RULES.add(new Rule("generic.cli_key", "GENERIC_SECRET", HIGH, Kind.GENERIC, kw("key"), Pattern.compile(
                "(?i:key)" + flagKey + "[ \\t]+(?:\"([^\"\\s]{12,300})\"|'([^'\\s]{12,300})'"
                        // (not the next flag: a key flag followed by a flag takes its value elsewhere)
                        + "|([^\\s\"'`$|&;<>()\\-][^\\s\"'`$|&;<>()]{11,299}+))(?=\\s|$)"),
                (t, s, e, sc) -> flagValue(t, s) && !pascalWords(t.substring(s, e))
                        ? STRONG_OR_GENERATED.check(t, s, e, sc) : -1, null, 12, 3.0));
        // an Azure storage account key (86 base64 characters and "==") given to a flag that names it:
        // az storage ... --account-key V, New-AzStorageContext -StorageAccountKey "V"
        add("azure.storage_key_flag", "AZURE_STORAGE_ACCOUNT_KEY", CRITICAL, Kind.CONTEXT, "key",
                "(?i:key)(?<=(?i:account)-?(?i:key))[ \\t]+[\"']?([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])",
                (t, s, e, sc) -> flagValue(t, s) ? sc : -1);
        // XML elements: <password>V</password>, <db.password>, <apiKey>, <clientSecret>, <accessToken>
        generic("generic.xml_password", "GENERIC_PASSWORD", "password>,passwd>",
                "(?i:password|passwd)>(?<=<[A-Za-z0-9_.:\\-]{0,30}(?i:password|passwd)>)[ \\t]*"
                        + "([^<>\\s][^<>\\r\\n]{3,200}?)[ \\t]*</", 5, 1.5);
        generic("generic.xml_secret", "GENERIC_SECRET",
                "secret>,secretkey>,secret_key>,secret-key>,token>,apikey>,api_key>,api-key>,accesskey>,access_key>",
                "(?i:secret(?:[_\\-]?key)?|token|api[_\\-]?key|access[_\\-]?key)>"
                        + "(?<=<[A-Za-z0-9_.:\\-]{0,30}(?i:secret(?:[_\\-]?key)?|token|api[_\\-]?key|access[_\\-]?key)>)"
                        + "[ \\t]*([^<>\\s][^<>\\r\\n]{7,300}?)[ \\t]*</", 8, 2.8);
        // Dockerfile ENV in its legacy "ENV KEY value" form (Dockerfile reference)
        generic("generic.dockerfile_env", "GENERIC_SECRET", "password,passwd,secret,token,key",
                "(?i:password|passwd|secret|token|(?<=(?i:api|access|auth|private|signing|encryption|master|app)[_]?)key)"
                        + "(?<=(?:^|\\n)[ \\t]{0,8}ENV[ \\t]{1,8}[A-Za-z0-9_]{0,40}(?i:password|passwd|secret|token|key))"
                        + "[A-Za-z0-9_]{0,30}[ \\t]+([^\\s=\"'$][^\\s]{7,300}+)[ \\t]*(?=\\r?\\n|$)", 8, 2.8);
        // HTTP basic credentials as a (user, password) pair: requests auth=('u', 'p'), HTTPBasicAuth('u', 'p')
        add("http.auth_tuple", "HTTP_BASIC_CREDENTIALS", CRITICAL, Kind.CONTEXT, "auth",
                "(?i:auth)(?:[ \\t]*=[ \\t]*)?\\([ \\t]*[\"'][^\"'\\r\\n]{1,100}[\"'][ \\t]*,[ \\t]*"
                        + "[\"']([^\"'\\r\\n]{4,200})[\"'][ \\t]*\\)");
        // an SDK credential built from positional arguments, key id first and its secret next: Tencent Cloud
        // Credential("AKID…", "SK"), Alibaba AcsClient("LTAI…", "SK", region), Razorpay Api('rzp_live_…', 'SK'),
        // AWS SDKs' BasicAWSCredentials("AKIA…", "SK") / Aws::Credentials.new: the id's own format names the pair,
        // the secret has the provider's length (Tencent 32, Alibaba 30, Razorpay 24, AWS 40)
        String nextArg = "[\"'][ \\t]*,[ \\t]*(?:\\r?\\n[ \\t]{0,40})?[\"']";
        add("tencent.secret_key", "TENCENT_SECRET_KEY", CRITICAL, Kind.CONTEXT, "akid",
                L + "AKID[A-Za-z0-9]{32}" + nextArg + "([A-Za-z0-9]{32})[\"']", MIXED);
        add("alibaba.access_key_secret", "ALIBABA_ACCESS_KEY_SECRET", CRITICAL, Kind.CONTEXT, "ltai",
                L + "LTAI[A-Za-z0-9]{12,20}" + nextArg + "([A-Za-z0-9]{30})[\"']", MIXED);
        add("razorpay.key_secret", "RAZORPAY_KEY_SECRET", CRITICAL, Kind.CONTEXT, "rzp_",
                L + "rzp_(?:live|test)_[A-Za-z0-9]{14}" + nextArg + "([A-Za-z0-9]{24})[\"']", MIXED);
        add("aws.secret_access_key_paired", "AWS_SECRET_ACCESS_KEY", CRITICAL, Kind.CONTEXT, "akia,asia",
                "(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}" + nextArg + "([A-Za-z0-9/+]{40})[\"']", MIXED);
        // a Redis password set by its configuration directive, without a separator (redis.conf "requirepass V",
        // "masterauth V"; CONFIG SET requirepass V; redis-server --requirepass V); "foobared" is redis.conf's own
        // commented example; the value ends its line or is followed by the next flag (not a word of prose)
        add("redis.requirepass", "DATABASE_PASSWORD", CRITICAL, Kind.CONTEXT, "requirepass,masterauth",
                "(?<![A-Za-z0-9_])(?i:requirepass|masterauth)[\"']?[ \\t]{1,8}[\"']?([^\\s\"']{4,200}+)[\"']?"
                        + "(?=[ \\t]*(?:\\r?\\n|$)|[ \\t]+--?[A-Za-z])",
                (t, s, e, sc) -> e - s == 8 && t.regionMatches(true, s, "foobared", 0, 8) ? -1 : sc);
        // SSSD's LDAP bind password (sssd-ldap(5): ldap_default_authtok = V, beside ldap_default_authtok_type =
        // password) and other "authtok" keys (PAM's authentication token): the key is the credential's own name
        add("sssd.authtok", "GENERIC_PASSWORD", CRITICAL, Kind.CONTEXT, "authtok",
                "(?i:authtok)(?<=(?<![A-Za-z0-9])[A-Za-z0-9_]{0,30}(?i:authtok))[ \\t]*[=:][ \\t]*[\"']?"
                        + "([^\\s\"']{4,200}+)[\"']?[ \\t]*(?=\\r?\\n|$)");
        // SQL: CREATE USER … IDENTIFIED BY 'p' (MySQL, Oracle); CREATE/ALTER ROLE|USER|LOGIN … PASSWORD 'p'
        // (PostgreSQL, SQL Server WITH PASSWORD = 'p')
        add("sql.identified_by", "DATABASE_PASSWORD", CRITICAL, Kind.CONTEXT, "identified",
                "(?i:identified)[ \\t]+(?i:by)[ \\t]+'([^'\\r\\n]{3,200})'");
        add("sql.password", "DATABASE_PASSWORD", CRITICAL, Kind.CONTEXT, "password",
                "(?i:password)(?<=(?i:create|alter)[ \\t]{1,4}(?i:user|role|login)[^\\n;]{1,120}(?i:password))"
                        + "[ \\t]*=?[ \\t]*'([^'\\r\\n]{3,200})'");
        // PostgreSQL password file lines: host:port:database:user:password (PostgreSQL docs, "The Password File")
        add("pgpass.line", "DATABASE_PASSWORD", CRITICAL, Kind.CONTEXT, ":5432:,:6432:,:*:",
                "(?<![^\\n])[A-Za-z0-9_.\\-*]{1,100}:(?:5432|6432|\\*):[^:\\s]{1,100}:[^:\\s]{1,100}:([^\\s]{3,200})"
                        + "(?=\\r?\\n|$)");
        // Vault AppRole secret ids (UUIDs; Vault docs, "AppRole auth method"), named secret_id near a role id
        add("vault.approle_secret_id", "HASHICORP_VAULT_SECRET_ID", CRITICAL, Kind.CONTEXT,
                "secret_id,secret-id,secretid",
                "(?i:secret[_\\-]?id)" + SEP + "(" + UUID
                        + "|[A-Za-z0-9_\\-]{20,100})" + R, near(400, "role_id", "role-id", "roleid", "approle"));
        // a password named in a sentence, 8+ characters ("the staging password is V - please rotate it"): must look
        // generated (upper and lower case with a digit or symbol) and not be camel-case words. Round 11: a short
        // phrase may name what it is for, as in generic.secret_prose ("the admin password for the staging grafana
        // is V", "the password we use: V"), where generic.secret_prose asks for 16 characters
        RULES.add(new Rule("generic.password_prose_short", "GENERIC_PASSWORD", HIGH, Kind.GENERIC,
                kw("password,passwd,passphrase"),
                Pattern.compile("(?<![A-Za-z])(?i:password|passwd|passphrase)"
                        + "(?:[ \\t](?:(?i:for|of|on|in|from|to)|(?:(?i:that|which)[ \\t])?(?:I|(?i:we|you|they)))"
                        + "[ \\t][^\\n.:=,;!?\"'`]{1,30}?)?(?:[ \\t]{0,2}:|[ \\t]{1,2}(?i:is|was))"
                        + "[ \\t]{1,3}[\"'`]?([A-Za-z0-9_\\-+/=~!@#%^*&$]{8,64}+)(?=[\\s,;!?)\"'`]|\\.(?:\\s|$)|$)"),
                STRONG, null, 8, 2.5));

        // ---------------------------------------------------------------- forms (blind set "forms", 2026-11-26)
        // CLIs that store a secret under a name given before the value: the value follows a flag or a positional
        // argument, never a "key =" separator. The value must look generated (STRONG); references ($VAR, $(cmd)),
        // files (@file, < file) and placeholders (<value>) are not values.
        String cliValue = "(?:\"([^\"$<\\r\\n][^\"\\r\\n]{5,300})\"|'([^'$<\\r\\n][^'\\r\\n]{5,300})'"
                + "|([^\\s\"'$`<>|;&()@\\-][^\\s\"'`<>|;&()]{5,300}+))(?![^\\s;|&)])";
        // GitHub CLI: gh secret set NAME --body V / -b V (cli.github.com manual, "gh secret set")
        add("cli.gh_secret", "CLI_SECRET", CRITICAL, Kind.CONTEXT, "gh secret set",
                "(?<![A-Za-z0-9_\\-])gh secret set[ \\t][^\\n|;&<>]{0,200}?[ \\t](?:--body|-b)(?:[ \\t]+|=)" + cliValue,
                STRONG);
        // Azure CLI: az keyvault secret set ... --value V (learn.microsoft.com, "az keyvault secret set")
        add("cli.az_keyvault_secret", "CLI_SECRET", CRITICAL, Kind.CONTEXT, "az keyvault secret set",
                "(?<![A-Za-z0-9_\\-])az keyvault secret set[ \\t][^\\n|;&<>]{0,300}?[ \\t]--value(?:[ \\t]+|=)"
                        + cliValue, STRONG);
        // .NET Secret Manager: dotnet user-secrets set "K" "V" (learn.microsoft.com, "Safe storage of app secrets")
        add("cli.dotnet_user_secrets", "CLI_SECRET", CRITICAL, Kind.CONTEXT, "dotnet user-secrets set",
                "(?<![A-Za-z0-9_\\-])dotnet user-secrets set[ \\t]+(?:\"[^\"\\r\\n]{1,100}\"|'[^'\\r\\n]{1,100}'"
                        + "|[^\\s\"'\\-][^\\s\"']{0,100})[ \\t]+" + cliValue, STRONG);
        // Netlify CLI: netlify env:set NAME V (docs.netlify.com, CLI "env:set"); any variable, so the name must
        // name a credential
        add("cli.netlify_env_set", "CLI_SECRET", CRITICAL, Kind.CONTEXT, "netlify env:set",
                "(?<![A-Za-z0-9_\\-])netlify env:set[ \\t]+[A-Za-z0-9_]{0,40}(?i:password|passwd|secret|token|api_?key"
                        + "|access_?key|private_?key|credential)[A-Za-z0-9_]{0,40}[ \\t]+" + cliValue, STRONG);
        // AWS CLI: aws configure set [profile.]aws_secret_access_key|aws_session_token V [--profile p]
        // (AWS CLI command reference, "configure set")
        add("cli.aws_configure_set", "AWS_SECRET_ACCESS_KEY", CRITICAL, Kind.CONTEXT, "aws configure set",
                "(?<![A-Za-z0-9_\\-])aws configure set[ \\t]+(?:--profile[ \\t]+[^\\s]{1,64}[ \\t]+)?"
                        + "(?:[A-Za-z0-9_\\-]{1,64}\\.)?(?i:aws_secret_access_key|aws_session_token)[ \\t]+"
                        + "(?:\"([^\"$<\\s]{16,2048})\"|'([^'$<\\s]{16,2048})'|([A-Za-z0-9/+=]{16,2048}+))(?![^\\s;|&)])",
                MIXED);
        // macOS security(1): add-generic-password / add-internet-password ... -w V (the password; a bare -w prompts)
        add("cli.macos_security_password", "CLI_PASSWORD", CRITICAL, Kind.CONTEXT,
                "security add-generic-password,security add-internet-password",
                "(?<![A-Za-z0-9_\\-])security add-(?:generic|internet)-password[ \\t][^\\n|;&<>]{0,300}?[ \\t]-w[ \\t]+"
                        + cliValue, STRONG);
        // htpasswd -b[c] FILE USER PASSWORD (batch mode takes the password from the command line; Apache httpd
        // manual, "htpasswd")
        add("cli.htpasswd_batch", "CLI_PASSWORD", CRITICAL, Kind.CONTEXT, "htpasswd",
                "(?<![A-Za-z0-9_.\\-/])htpasswd(?=(?:[ \\t]+-[A-Za-z]{1,6}){0,5}[ \\t]+-[A-Za-z]{0,5}b)"
                        + "(?:[ \\t]+-[A-Za-z]{1,6}){1,6}[ \\t]+[^\\s\\-][^\\s]{0,200}[ \\t]+[^\\s\\-][^\\s]{0,100}[ \\t]+"
                        + cliValue, STRONG);
        // Apple property lists: <key>NAME</key> then <string>V</string> (Apple, "Information Property List");
        // Android string resources: <string name="NAME">V</string> (developer.android.com, "String resources").
        // The name must name a credential and not a hint or label; the value is one token (no prose), not a
        // reference ($(VAR) build settings, ${x} manifest placeholders, @string/x resources)
        String credName = "[A-Za-z0-9_.\\-]{0,40}(?i:password|passwd|secret|token|api_?key|apikey|access_?key"
                + "|private_?key|client_?key|auth_?key|license_?key)[A-Za-z0-9_.\\-]{0,30}";
        RULES.add(new Rule("generic.plist_secret", "GENERIC_SECRET", HIGH, Kind.GENERIC, kw("<key>"),
                Pattern.compile("<key>[ \\t]*" + credName + "[ \\t]*</key>[ \\t]*(?:\\r?\\n[ \\t]{0,20})?"
                        + "<string>[ \\t]*([^<>\\s@$][^<>\\s]{7,300}+)[ \\t]*</string>"),
                namedBefore("<key>"), null, 8, 2.8));
        RULES.add(new Rule("generic.android_string_secret", "GENERIC_SECRET", HIGH, Kind.GENERIC, kw("<string name="),
                Pattern.compile("<string name=\"" + credName + "\"[^<>\\r\\n]{0,100}>[ \\t]*"
                        + "([^<>\\s@$][^<>\\s]{7,300}+)[ \\t]*</string>"),
                namedBefore("name=\""), null, 8, 2.8));

        // ---------------------------------------------------------------- round 3 (2026-11-26): unusual forms
        // setters and builder calls with one string literal: ds.setPassword("V"), .withApiKey("V"), .password("V"),
        // props.put... (Java/Kotlin/C# beans, builder APIs); the key name is the method name
        String setterKey = "(?<=(?:\\.|(?<![A-Za-z0-9_])(?:set|with|Set|With))[A-Za-z]{0,20}";
        generic("generic.setter_password", "GENERIC_PASSWORD", "password(,passwd(",
                "(?i:password|passwd)\\(" + setterKey + "(?i:password|passwd)\\()[ \\t]*"
                        + "(?:\"([^\"\\\\\\r\\n]{5,200})\"|'([^'\\\\\\r\\n]{5,200})')[ \\t]*\\)",
                5, 1.5);
        generic("generic.setter_secret", "GENERIC_SECRET", "secret(,token(,apikey(,secretkey(,accesskey(,privatekey(",
                "(?i:secret|token|apikey|secretkey|accesskey|privatekey)\\(" + setterKey
                        + "(?i:secret|token|apikey|secretkey|accesskey|privatekey)\\()[ \\t]*"
                        + "(?:\"([^\"\\\\\\s]{8,300})\"|'([^'\\\\\\s]{8,300})')[ \\t]*\\)",
                8, 2.8);
        // Oracle: jdbc:oracle:thin:USER/PASSWORD@host and sqlplus USER/PASSWORD@db (Oracle JDBC and SQL*Plus docs)
        add("oracle.user_password", "DATABASE_PASSWORD", CRITICAL, Kind.CONTEXT, "oracle:thin:,sqlplus",
                "(?:(?i:oracle:thin:)(?<=(?i:jdbc:oracle:thin:))|(?<![A-Za-z0-9_\\-])(?i:sqlplus)(?:[ \\t]{1,4}-[A-Za-z]{1,2}){0,3}[ \\t]{1,4})"
                        + "[A-Za-z0-9_$#]{1,30}/([^@\\s/\"']{3,100})@",
                // scott/tiger: the user and password of Oracle's sample schema, printed in its documentation
                (t, s, e, sc) -> e - s == 5 && t.regionMatches(true, s, "tiger", 0, 5)
                        && t.regionMatches(true, s - 6, "scott/", 0, 6) ? -1 : sc);
        // JDBC URL parameters: jdbc:mysql://h/db?user=u&password=V, jdbc:sqlserver://h;user=u;password=V (the
        // drivers' docs); the query rule needs 16+ characters, passwords are shorter; searched within 500 characters
        // after "jdbc:"
        add("jdbc.password_param", "DATABASE_PASSWORD", CRITICAL, Kind.CONTEXT, "jdbc:",
                "[?&;](?i:password)=([^&;\\s\"'<>]{3,100})(?=[&;\\s\"'<>]|$)");
        // a secret echoed into a command that reads it from stdin: echo 'V' | docker login --password-stdin,
        // printf V | docker secret create n -, echo -n V | gcloud secrets create|versions add --data-file=-,
        // echo V | podman/helm registry login --password-stdin (the tools' manuals), echo -n V | base64 (encoding a
        // value for a Kubernetes Secret manifest; not base64 -d); the value must look generated
        add("cli.stdin_secret", "CLI_SECRET", CRITICAL, Kind.CONTEXT,
                "password-stdin,secret create,secrets create,versions add,| base64,|base64",
                "(?<![A-Za-z0-9_\\-])(?:echo|printf)(?:[ \\t]{1,4}-[neE]{1,2})?(?:[ \\t]{1,4}['\"]%s(?:\\\\n)?['\"])?"
                        + "[ \\t]{1,4}(?:\"([^\"$`\\r\\n]{5,150})\"|'([^'\\r\\n]{5,150})'|([^\\s\"'$`|;&<>()]{5,150}+))"
                        + "[ \\t]{0,4}\\|[ \\t]{0,4}[^\\n|;&]{0,100}?(?:--password-stdin|secrets?[ \\t]+create|versions[ \\t]+add"
                        + "|base64(?![A-Za-z0-9_\\-])(?![ \\t]{1,4}-{1,2}d))",
                STRONG);

        // Gradle/Groovy DSL: storePassword "V", keyPassword 'V', password "V" (a method call without parentheses, at
        // the start of a statement; Android "signingConfigs", Gradle publishing credentials)
        generic("generic.dsl_password", "GENERIC_PASSWORD", "password",
                "(?i:password)(?=[ \\t]{1,4}[\"'])(?<=(?<![^\\n{;])[ \\t]{0,40}[A-Za-z]{0,20}(?i:password))[ \\t]{1,4}"
                        + "(?:\"([^\"\\r\\n]{5,200})\"|'([^'\\r\\n]{5,200})')[ \\t]*(?=[;}\\r\\n]|$)",
                5, 1.5);
        // shells that set a variable with a blank instead of "=": Windows setx NAME "V", fish set -x/-gx NAME V
        // (credential-like names only; the value must look generated)
        add("cli.setx_secret", "CLI_SECRET", CRITICAL, Kind.CONTEXT, "setx,set -x,set -gx,set -ux",
                "(?<![A-Za-z0-9_\\-])(?i:setx|set[ \\t]+-[gux]{1,2}x?)[ \\t]+[A-Za-z0-9_]{0,40}(?i:password|passwd|secret"
                        + "|token|api_?key|access_?key|private_?key|credential)[A-Za-z0-9_]{0,40}[ \\t]+" + cliValue,
                STRONG);
        // an environment flag's argument: docker/podman run -e K=V image, --env K=V, -e "K=V" (the value ends at the
        // blank before the next argument, which the generic rules do not accept as the end of a bare value); found
        // within 250 characters after the command or an --env flag ("-e " alone would wake on every "me ")
        // (typed like the generic rules: the key name is all that identifies the value)
        // (the literal '-' first: the window is searched with find(), and a leading look-behind would run at every
        // position)
        String envFlag = "-(?:e|-env)(?<=(?<![A-Za-z0-9_\\-])(?:-e|--env))(?:[ \\t]{1,4}|=)[\"']?[A-Za-z0-9_]{0,40}";
        String envValue = "[A-Za-z0-9_]{0,40}=([^\\s\"'`$<>|;&()]{5,300}+)(?=[\"']?(?:[ \\t]|$))";
        String envKeywords = "docker run,docker create,docker exec,podman run,nerdctl run,kubectl run,--env";
        add("cli.env_flag_password", "GENERIC_PASSWORD", HIGH, Kind.CONTEXT, envKeywords,
                envFlag + "(?i:password|passwd)" + envValue, STRONG);
        add("cli.env_flag_secret", "GENERIC_SECRET", HIGH, Kind.CONTEXT, envKeywords,
                envFlag + "(?i:secret|token|api_?key|access_?key|private_?key|credential)" + envValue, STRONG);
        // Go MySQL driver DSNs: user:password@tcp(host:port)/db, @unix(/path) (go-sql-driver/mysql README, "DSN")
        add("go_mysql.dsn_password", "DATABASE_PASSWORD", CRITICAL, Kind.CONTEXT, "@tcp(,@unix(",
                "(?<![A-Za-z0-9_.\\-])[A-Za-z0-9_.\\-]{1,64}:([^@\\s\"'`/:]{3,100})@(?:tcp|unix)\\(");
        // Neo4j's container: NEO4J_AUTH=user/password (Neo4j Operations Manual, "Docker: authentication"); "none"
        // disables authentication
        add("neo4j.auth_env", "DATABASE_PASSWORD", CRITICAL, Kind.CONTEXT, "neo4j_auth",
                "(?i:NEO4J_AUTH)[\"']?[ \\t]*[=:][ \\t]*[\"']?[A-Za-z0-9_.\\-]{1,64}/([^\\s\"'`]{3,200}+)");
        // Scaleway secret keys are UUIDs (Scaleway docs, "Understanding API keys"): reported when named, since the
        // generic rules skip UUIDs (identifiers)
        add("scaleway.secret_key", "SCALEWAY_SECRET_KEY", CRITICAL, Kind.CONTEXT, "scw_secret_key,scw-secret-key",
                "(?i:SCW[_\\-]SECRET[_\\-]KEY)" + SEP
                        + "(" + UUID + ")" + R);
        // ---------------------------------------------------------------- round 4 (2026-11-26, docs/quality-secrets.md)
        // Discord bot tokens without a context word: the first segment is the base64 of the bot's snowflake id
        // (Discord developer docs, "Reference: Authentication" and "Snowflakes"), so it decodes to 17-20 digits
        // whose timestamp (id >> 22 ms after 2015-01-01) is plausible. Only ids starting 1, 2, 3, 6, 7 (2016-2018,
        // 2020-2021, 2022 on) are anchored here, because their base64 trigrams (MT?, Mj?, Mz?, Nj?, Nz?) are rare in
        // prose; the others (ND?, NT?, OD?, OT?: "under", "note", "code") still need "discord"/"bot" nearby, or the
        // client's login call (discord.bot_token_call). (Round 11 measured anchoring them too: +0.2 ms per MiB of
        // prose and +0.5 to 1 ms per MiB of code for the keyword pass, on a step of 2 and 11 ms.)
        StringBuilder discordKw = new StringBuilder();
        for (String a : new String[] {"MT", "Mj", "Mz", "Nj", "Nz"}) {
            for (char b : "AEIMQUYcgk".toCharArray()) {
                discordKw.append(discordKw.length() == 0 ? "" : ",").append(a).append(b);
            }
        }
        add("discord.bot_token_id", "DISCORD_BOT_TOKEN", CRITICAL, Kind.PREFIXED, discordKw.toString(),
                L + "((?:MT|Mj|Mz|Nj|Nz)[AEIMQUYcgk][A-Za-z0-9_\\-]{20,24}\\.[A-Za-z0-9_\\-]{6}\\.[A-Za-z0-9_\\-]{27,40})"
                        + RD, Finders::discordSnowflake);
        // Nostr private keys: "nsec1" + 58 bech32 characters (NIP-19, "bech32-encoded entities"); npub1 is public
        add("nostr.secret_key", "NOSTR_SECRET_KEY", CRITICAL, Kind.PREFIXED, "nsec1",
                L + "(nsec1[02-9ac-hj-np-z]{58})" + R);
        // Supabase secret API keys: "sb_secret_" + url-safe body (Supabase docs, "Understanding API keys", 2025);
        // sb_publishable_ is the public counterpart (Placeholders#isPublicKey)
        add("supabase.secret_key", "SUPABASE_SECRET_KEY", CRITICAL, Kind.PREFIXED, "sb_secret_",
                L + "(sb_secret_[A-Za-z0-9_\\-]{20,80}+)" + RD);
        // Linear OAuth access tokens: "lin_oauth_" + 64 hex (Linear developers docs, "OAuth 2.0 authentication")
        add("linear.oauth_token", "LINEAR_API_KEY", CRITICAL, Kind.PREFIXED, "lin_oauth_",
                L + "(lin_oauth_[a-f0-9]{64})" + R);
        // Mailgun private API keys since 2022: 32 hex - 8 hex - 8 hex (Mailgun help center, "API keys"; the older
        // "key-" + 32 hex form is mailgun.api_key); no prefix, so named near "mailgun"
        // (a provider shape, so it outranks the generic auth-tuple and assignment rules; scored as CONTEXT)
        add("mailgun.api_key_v2", "MAILGUN_API_KEY", CRITICAL, Kind.PREFIXED, "mailgun",
                L + "([0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})" + R,
                (t, s, e, sc) -> near(300, "mailgun").check(t, s, e, Math.min(sc, Kind.CONTEXT.score)));
        // Fastly API tokens: 32 url-safe characters, sent in the Fastly-Key header (Fastly API docs,
        // "Authentication"); no prefix, so named by the key
        add("fastly.api_token", "FASTLY_API_TOKEN", CRITICAL, Kind.CONTEXT, "fastly",
                "(?i:fastly)" + KEY_TAIL + SEP + "([A-Za-z0-9_\\-]{32})" + RD, MIXED);
        // Vercel access tokens before the vcp_ prefix: 24 alphanumerics (Vercel docs, "Access tokens"); named by key
        add("vercel.legacy_token", "VERCEL_TOKEN", CRITICAL, Kind.CONTEXT, "vercel",
                "(?i:vercel)" + KEY_TAIL + "(?i:token|key)" + KEY_TAIL + SEP + "([A-Za-z0-9]{24})" + R, MIXED);
        // the bare key name "key" (key = V, "key": "V", key: V): too common a name for the generic rules (cache, sort,
        // i18n and dictionary keys), so only a value that looks generated counts: 20+ characters of a key alphabet
        // with upper and lower case and digits at 3.5+ bits/char (not a hex digest, not words, not a path)
        String keyValue = "[A-Za-z0-9+/=_\\-]{20,200}+";
        RULES.add(new Rule("generic.key_bare", "GENERIC_SECRET", HIGH, Kind.GENERIC, kw("key"), Pattern.compile(
                "(?<![A-Za-z0-9_.\\-$@])(?<!(?i:public|verify|verifying|verification)[ \\t])(?i:key)(?:\\\\?[\"'])?[ \\t]{0,8}(?:=>|=|:)[ \\t]{0,8}(?:\\\\?\"(" + keyValue
                        + ")\\\\?\"|'(" + keyValue + ")'|(" + keyValue + ")(?=[ \\t]*(?:$|[\\r\\n,;#}])))"),
                (t, s, e, sc) -> (classes(t, s, e) & (DIGIT | UPPER | LOWER)) == (DIGIT | UPPER | LOWER)
                        && !wordIdentifier(t.substring(s, e)) ? sc : -1, null, 20, 3.5));
        // Terraform/OpenTofu input variables named like a credential with a literal default (Terraform docs, "Input
        // variables": variable "NAME" { default = V }): the name is on the block line, the value on the default line
        // (credName: the credential-like names of the plist/Android rules above)
        add("terraform.variable_default", "GENERIC_SECRET", HIGH, Kind.CONTEXT, "default",
                "(?i:default)(?<=variable[ \\t]{1,4}\"" + credName + "\"[ \\t]{0,4}\\{[^{}]{0,300}(?i:default))"
                        + "[ \\t]*=[ \\t]*\"([^\"\\s$]{6,300})\"", STRONG);
        // java.util.Properties XML (Properties#loadFromXML: <entry key="K">V</entry>) with a credential key
        add("xml.properties_entry", "GENERIC_SECRET", HIGH, Kind.CONTEXT, "entry key=",
                "(?i:entry key=)\"" + credName + "\">([^<>\\r\\n]{6,300}?)</entry>", STRONG);
        // the default of a placeholder whose variable names a credential: Spring ${db.password:V}, shell
        // ${DB_PASSWORD:-V} / ${DB_PASSWORD-V} (bash manual, "Parameter Expansion"): a fallback credential in the file
        add("placeholder.default_secret", "GENERIC_SECRET", HIGH, Kind.CONTEXT, "${",
                "\\$\\{[A-Za-z0-9_.\\-]{0,40}(?i:password|passwd|secret|token|api_?key|apikey|access_?key|private_?key"
                        + "|credential)[A-Za-z0-9_.\\-]{0,40}(?::-|:|-)([^\\s{}$\"'`]{6,200}+)\\}", STRONG);
        // a value on the line after its key: YAML block scalars (key: |, key: >-) and plain scalars continued on the
        // next, more indented line (YAML 1.2, "Plain style"), a Python/shell line continuation (KEY = \), JSON and HCL
        // with the value on the next line. The value must be the whole next line.
        // (chat: "password:" and the value on its own line, possibly after a blank line, not indented)
        String nextLine = "[ \\t]{0,4}(?:[|>][+\\-]?[0-9]?[ \\t]{0,4}|\\\\[ \\t]{0,4})?\\r?\\n(?:[ \\t]{0,8}\\r?\\n)?"
                + "[ \\t]{0,40}";
        RULES.add(new Rule("generic.secret_nextline", "GENERIC_SECRET", HIGH, Kind.GENERIC,
                kw("secret,token,key,credential,passcode"), Pattern.compile(
                "(?<![$@])" + secretKey + "(?:\\\\?[\"'])?[ \\t]{0,8}(?:=|:)" + nextLine
                        + "(?:\"([A-Za-z0-9_\\-+/=.~!@#%^*]{12,300}+)\"|'([A-Za-z0-9_\\-+/=.~!@#%^*]{12,300}+)'"
                        + "|([A-Za-z0-9_\\-+/=.~!@#%^*]{12,300}+)),?[ \\t]*(?=\\r?\\n|$)"),
                NOT_NEXT_KEY, null, 12, 3.2));
        RULES.add(new Rule("generic.password_nextline", "GENERIC_PASSWORD", HIGH, Kind.GENERIC,
                kw("pass,pwd,_pw,bindpw,rootpw"),
                Pattern.compile(pwKey + "(?:\\\\?[\"'])?[ \\t]{0,8}(?:=|:)" + nextLine
                        + "(?:\"([A-Za-z0-9_\\-+/=.~!@#%^*&$?]{6,200}+)\"|'([A-Za-z0-9_\\-+/=.~!@#%^*&$?]{6,200}+)'"
                        + "|([A-Za-z0-9_\\-+/=.~!@#%^*&$?]{6,200}+)),?[ \\t]*(?=\\r?\\n|$)"),
                (text, s, e, score) -> NOT_NEXT_KEY.check(text, s, e, STRONG.check(text, s, e, score)), null, 6, 2.0));
        // a Java map printed with list values (Feign and Spring log request headers as {X-API-Key=[V], ...}) and a
        // password given in chat after "pw"/"pwd", as a quoted word ("user `admin` pw `V`") or, round 9, bare
        // ("user root, pw V – nginx is down"; dots only between other characters, so a full stop ends it)
        generic("generic.secret_bracketed", "GENERIC_SECRET", "secret,token,key,credential",
                "(?<![$@])" + secretKey + "=\\[([A-Za-z0-9_\\-+/=.~!@#%^*]{12,300}+)\\](?=[,}\\]\\s]|$)", 12, 3.2);
        RULES.add(new Rule("generic.password_abbreviated", "GENERIC_PASSWORD", HIGH, Kind.GENERIC,
                kw("pw `,pw ',pw \",pw:,pwd `,pwd ',pwd \",pw ,pwd "), Pattern.compile(
                "(?<![A-Za-z0-9_])(?i:pwd?)(?::[ \\t]{0,3}|[ \\t]{1,3})(?:`([A-Za-z0-9_\\-+/=~!@#%^*&$?.]{8,64}+)`"
                        + "|'([A-Za-z0-9_\\-+/=~!@#%^*&$?.]{8,64}+)'|\"([A-Za-z0-9_\\-+/=~!@#%^*&$?.]{8,64}+)\""
                        + "|([A-Za-z0-9_\\-+/=~!@#%^*&$]{1,64}+(?:\\.[A-Za-z0-9_\\-+/=~!@#%^*&$]{1,64}+){0,4}+)"
                        + "(?=[\\s,;!?)]|\\.(?:\\s|$)|$))"
                        + "(?![A-Za-z0-9])"), STRONG, null, 8, 2.5));
        // a password named in a sentence in another language ("das Passwort lautet V", "a senha é V", "パスワードは V
        // です", "密码：V"): the localised words of Placeholders#isPlaceholderWord, a connector (colon, full-width colon,
        // the language's "is", a topic particle), and a generated-looking value (STRONG)
        RULES.add(new Rule("generic.password_prose_i18n", "GENERIC_PASSWORD", HIGH, Kind.GENERIC,
                kw(I18N_PASSWORD_KEYWORDS + ",la password,della password,sua password,tua password,secret 是,secret是,"
                        + "secret 为,secret为,secret は,secretは,token 是,token是,token は,tokenは,key 是,key是,key は,keyは"),
                Pattern.compile("(?:(?<![\\p{L}])(?iu:" + I18N_PASSWORD_WORDS + ")|(?iu:"
                        + I18N_PASSWORD_COMPOUNDS + ")"
                        // (thirty-fifth session: Italian writes the English word after its article, "la password
                        // dell'utente admin è V"; Chinese and Japanese text names an English credential word before
                        // 是/为/は, "secret 是 V")
                        + "|(?<![\\p{L}])(?iu:la|della|sua|tua)[ \\t]{1,2}(?i:password)"
                        + "|(?<![A-Za-z])(?i:secret|token|key)(?=[ \\t]{0,2}[\u662f\u4e3a\u306f]))"
                        + "[^\\n.:\uff1a=]{0,60}?(?:[ \\t]{0,2}[:\uff1a=][ \\t]{0,3}"
                        + "|[ \\t]{1,2}(?iu:is|ist|lautet|est|es|é|è|er|är|on|je|jest|to|будет|—|-)[ \\t]{1,3}"
                        + "|[ \\t]{0,2}[\u306f\u662f\u4e3a\u70ba\ub294\uc740][ \\t]{0,3})"
                        // the value: eight or more characters, dots only between others ("wGf.hmS#cj4W")
                        + "[\"'`\u00ab\u201c\u201e\u300c]?(?=[A-Za-z0-9_\\-+/=~!@#%^*&$.]{8})"
                        + "([A-Za-z0-9_\\-+/=~!@#%^*&$]{1,64}+(?:\\.[A-Za-z0-9_\\-+/=~!@#%^*&$]{1,64}+){0,8}+)"
                        // (or Japanese and Chinese text right after it: "パスワードはV です", "Vです")
                        + "(?=[\\s,;!?)\"'`\u00bb\u201d\u300d\uff0c\u3002\u3001\u3040-\u30ff\u4e00-\u9fff]|\\.(?:\\s|$)|$)"),
                STRONG_OR_GENERATED, null, 8, 2.5));

        // string literals joined with "+", or side by side in parentheses (a secret split over lines of code): see
        // Finders#concatenated
        finder(Finders.CONCAT_RULE, "CONCATENATED_SECRET", CRITICAL, "\" +,\"+,' +,'+,+ \",+ ',(\",(',(\n",
                (text, rule, out, at) -> { });

        // ---------------------------------------------------------------- round 7 (2026-11-28, docs/quality-secrets.md)
        // UUID-shaped provider keys under a generic key name, the provider named by the section or a sibling key
        // before it ("postmark:\n  server_token: <UUID>"; "access_key: SCW...\nsecret_key: <UUID>"). Postmark server
        // and account tokens are UUIDs (Postmark API docs, "Authentication"), as are Scaleway secret keys (see
        // scaleway.secret_key); a bare UUID under "token" stays an identifier
        add("postmark.token_in_section", "POSTMARK_SERVER_TOKEN", CRITICAL, Kind.CONTEXT, "postmark",
                "(?i:(?:server|account|api)[_\\-]?token|token)" + SEP
                        + "(" + UUID + ")" + R, near(300, "postmark"));
        add("scaleway.secret_in_section", "SCALEWAY_SECRET_KEY", CRITICAL, Kind.CONTEXT, "scw,scaleway",
                "(?i:secret[_\\-]?key)" + SEP
                        + "(" + UUID + ")" + R,
                near(300, "scaleway", "access_key: scw", "access_key=scw", "access_key = scw", "scw_access_key"));
        // Twitch chat (IRC) OAuth tokens: "oauth:" + 30 lower-case letters and digits, the IRC PASS value (Twitch
        // developer docs, "IRC authentication"); a random token of 30 has a digit (all letters: a word, not a token)
        add("twitch.irc_oauth", "TWITCH_OAUTH_TOKEN", CRITICAL, Kind.PREFIXED, "oauth:",
                L + "oauth:(?=[a-z]{0,29}[0-9])([a-z0-9]{30})" + R);
        // Adyen API keys: "AQE" + base64 ending in "=", then "-" + a 43-character base64 digest and its "=", then "-"
        // + a short suffix of printable characters (the shape of the keys Adyen's Customer Area issues)
        add("adyen.api_key", "ADYEN_API_KEY", CRITICAL, Kind.PREFIXED, "aqe",
                L + "(AQE[A-Za-z0-9+/]{20,200}+={0,2}-[A-Za-z0-9+/]{43}=-[!-~&&[^\"'`]]{8,64}+)");

        // ---------------------------------------------------------------- round 9 (2026-11-28, docs/quality-secrets.md)
        // PagerDuty integration (routing) keys: 32 hex, the Events API v2 "routing_key" and v1 "service_key"
        // (PagerDuty developer docs, "Events API v2"; Alertmanager's pagerduty_configs take the same two names). The
        // names alone are too common (AMQP routing keys, service keys), so the provider must be named near them
        add("pagerduty.integration_key", "PAGERDUTY_INTEGRATION_KEY", CRITICAL, Kind.CONTEXT, "pagerduty",
                "(?i:(?:routing|service|integration|pagerduty)[_.\\-]?key)" + SEP + "([0-9a-f]{32})" + R);
        // Django secret keys as its generator writes them: 50 characters of a-z, 0-9 and !@#$%^&*(-_=+)
        // (django.core.management.utils.get_random_secret_key, written into settings.py by startproject), under
        // SECRET_KEY or DJANGO_SECRET_KEY. Parentheses and "$" make such a value look like code or a shell
        // reference to the generic rules; the alphabet and the length make it this key (a lower-case letter, a digit
        // and one of the symbols, at 4.3+ bits per character: not words joined by hyphens)
        String djangoKey = "[a-z0-9!@#$%^&*(\\-_=+)]{50}";
        add("django.secret_key_generated", "DJANGO_SECRET_KEY", CRITICAL, Kind.CONTEXT, "secret_key",
                "(?<![A-Za-z0-9])(?i:secret_key)" + SEP_KEY + "(?:\"(" + djangoKey + ")\"|'(" + djangoKey + ")'|("
                        + djangoKey + ")(?=[ \\t]*(?:\\r?\\n|$)))",
                (t, s, e, sc) -> {
                    int k = classes(t, s, e);
                    boolean symbol = false;
                    for (int i = s; i < e && !symbol; i++) {
                        symbol = "!@#$%^&*(=+)".indexOf(t.charAt(i)) >= 0;
                    }
                    return (k & LOWER) != 0 && (k & DIGIT) != 0 && symbol
                            && Placeholders.entropy(t.substring(s, e)) >= 4.3 ? sc : -1;
                });

        // ---------------------------------------------------------------- round 10 (2026-11-28, docs/quality-secrets.md)
        // an AWS key pair written out in a message or a note, the key id first and the secret after it on the same or
        // the next line, labelled in words or not at all ("key id AKIA…\nsecret V", "AKIA… / V"): a secret access
        // key is 40 characters of base64 (AWS docs, "Managing access keys"); after the id's own format, a lone
        // 40-character token of both cases is it
        add("aws.secret_access_key_after_id", "AWS_SECRET_ACCESS_KEY", CRITICAL, Kind.CONTEXT, "akia,asia",
                "(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])[^\\n]{0,80}?(?:\\n[^\\n]{0,80}?)?"
                        + "(?<![A-Za-z0-9/+=_.\\-])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=_\\-])(?!\\.[A-Za-z0-9])",
                (t, s, e, sc) -> (classes(t, s, e) & (UPPER | LOWER)) == (UPPER | LOWER)
                        && Placeholders.entropy(t.substring(s, e)) >= 3.5 ? sc : -1);
        // a login given as "user / password" or "user:password" after a word that names it ("login admin / V",
        // "creds: deploy / V", "log in with ops@corp.lan / V"): the value must look generated (GENERATED)
        RULES.add(new Rule("generic.login_pair_prose", "GENERIC_PASSWORD", HIGH, Kind.GENERIC,
                kw("login,logon,log in,log-in,credentials,creds"), Pattern.compile(
                "(?<![A-Za-z])(?i:log[ \\-]?in|logon|credentials?|creds)(?:[ \\t]{0,2}[:=]|[ \\t]{1,2}(?i:is|are|with|as))?"
                        + "[ \\t]{1,3}[\"'`]?[A-Za-z0-9_.@\\-]{1,64}+[\"'`]?(?:[ \\t]{0,3}/[ \\t]{0,3}|:)[\"'`]?"
                        + "([A-Za-z0-9_\\-+=~!@#%^*&$?]{8,64}+)(?=[\\s,;!?)\"'`]|\\.(?:\\s|$)|$)"),
                GENERATED, null, 8, 2.5));
        // a password right after the word, without a colon or "is" ("temp password V - please change it", "the
        // wifi password V"): the value must look generated and not be words (GENERATED)
        RULES.add(new Rule("generic.password_prose_bare", "GENERIC_PASSWORD", HIGH, Kind.GENERIC,
                kw("password,passwd,passphrase"), Pattern.compile(
                "(?<![A-Za-z])(?i:password|passwd|passphrase)[ \\t]{1,2}[\"'`]?"
                        // both cases (GENERATED asks for them): tested here, before the scoring, for the words after
                        // "password" in prose and code ("password authentication")
                        + "(?=[a-z0-9_\\-+/=~!@#%^*&$]{0,63}+[A-Z])(?=[A-Z0-9_\\-+/=~!@#%^*&$]{0,63}+[a-z])"
                        + "([A-Za-z0-9_\\-+/=~!@#%^*&$]{8,64}+)"
                        + "(?=[\\s,;!?)\"'`]|\\.(?:\\s|$)|$)"),
                GENERATED, null, 8, 2.5));
        // AI providers whose keys have no prefix, named by the key name or given to the provider's client
        // constructor (positional, api_key=, token:): Cohere keys are 40 alphanumerics (the Cohere SDKs read
        // CO_API_KEY), Mistral keys 32 (Mistral docs, "API keys")
        String clientArg = "\\([ \\t]{0,4}(?:\\{[ \\t]{0,4})?(?:(?i:api_?key|token)[\"']?[ \\t]{0,2}[=:][ \\t]{0,4})?[\"'`]";
        add("cohere.api_key", "COHERE_API_KEY", CRITICAL, Kind.CONTEXT, "cohere,co_api_key",
                "(?<![A-Za-z0-9])(?:(?i:cohere)" + KEY_TAIL + "(?i:key|token)" + KEY_TAIL + SEP + "|(?i:co_api_key)" + SEP
                        + "|(?i:cohere)\\.?(?i:Async)?(?i:Client)(?i:V2)?" + clientArg + ")([A-Za-z0-9]{40})" + R, MIXED);
        add("mistral.api_key", "MISTRAL_API_KEY", CRITICAL, Kind.CONTEXT, "mistral",
                "(?<![A-Za-z0-9])(?:(?i:mistral)" + KEY_TAIL + "(?i:key|token)" + KEY_TAIL + SEP
                        + "|(?i:mistral)(?:Async)?(?:Client)?" + clientArg + ")([A-Za-z0-9]{32})" + R, MIXED);
        // provider secrets of a fixed shape under the provider's own key name: Alibaba Cloud "AccessKeySecret" (30
        // alphanumerics; Alibaba Cloud docs, "Create an AccessKey pair"), Twilio API key secrets (32 alphanumerics;
        // Twilio docs, "API keys"), PayPal REST client secrets (80 of [A-Za-z0-9_-]; PayPal developer dashboard)
        add("alibaba.access_key_secret_named", "ALIBABA_ACCESS_KEY_SECRET", CRITICAL, Kind.CONTEXT,
                "accesskeysecret,access_key_secret,access-key-secret",
                "(?i:access[_\\-]?key[_\\-]?secret)" + KEY_TAIL + SEP + "([A-Za-z0-9]{30})" + R, MIXED);
        add("twilio.api_key_secret", "TWILIO_API_KEY_SECRET", CRITICAL, Kind.CONTEXT, "twilio",
                "(?i:twilio)" + KEY_TAIL + "(?i:secret)" + KEY_TAIL + SEP + "([A-Za-z0-9]{32})" + R,
                (t, s, e, sc) -> (classes(t, s, e) & (UPPER | LOWER | DIGIT)) == (UPPER | LOWER | DIGIT) ? sc : -1);
        add("paypal.client_secret", "PAYPAL_CLIENT_SECRET", CRITICAL, Kind.CONTEXT, "paypal",
                "(?i:paypal)" + KEY_TAIL + "(?i:secret)" + KEY_TAIL + SEP + "([A-Za-z0-9_\\-]{80})" + RD, MIXED);
        // a Twilio auth token (32 hex) under a plain auth_token name, Twilio named around it ("from twilio.rest
        // import Client", "twilio:" section): found near the provider's name, as Datadog keys are
        add("twilio.auth_token_near", "TWILIO_AUTH_TOKEN", CRITICAL, Kind.CONTEXT, "twilio",
                "(?<![A-Za-z0-9])(?i:auth[_\\-]?token)[\"']?[ \\t]{0,4}[=:][ \\t]{0,4}[\"']?([0-9a-f]{32})(?![A-Za-z0-9_])",
                MIXED);

        // ---------------------------------------------------------------- round 11 (2026-11-28, docs/quality-secrets.md)
        // a Postmark server or account token (a UUID; Postmark API docs, "Authentication") given to the client of a
        // Postmark SDK: Go postmark.NewClient("T", ""), Node new postmark.ServerClient("T") / AccountClient, .NET and
        // PHP new PostmarkClient("T"), Ruby Postmark::ApiClient.new("T"), Java Postmark.getApiClient("T"), Python
        // PostmarkClient(server_token="T")
        add("postmark.token_client", "POSTMARK_SERVER_TOKEN", CRITICAL, Kind.CONTEXT, "postmark",
                "(?<![A-Za-z0-9_])(?i:postmark)(?:\\.|::)?(?i:New|get)?(?i:Server|Account|Admin|Api){0,2}"
                        + "(?i:Client)(?:\\.new)?\\([ \\t]{0,4}(?:[A-Za-z_]{1,20}[ \\t]{0,2}[=:][ \\t]{0,2})?[\"'`]"
                        + "(" + UUID + ")[\"'`]");
        // a Discord bot token given to the client's login call without the words "discord" or "bot" around it (discord.js
        // client.login("T"), discord.py client.run("T")): the first segment must decode to a snowflake id
        // (Finders#discordSnowflake), as for discord.bot_token_id, whose anchors leave out ids starting 4, 5, 8, 9
        add("discord.bot_token_call", "DISCORD_BOT_TOKEN", CRITICAL, Kind.CONTEXT, "login(,run(",
                "(?<![A-Za-z0-9_])(?i:login|run)\\([ \\t]{0,4}[\"'`]([MNO][A-Za-z0-9_\\-]{23,27}\\.[A-Za-z0-9_\\-]{6}\\."
                        + "[A-Za-z0-9_\\-]{27,40})[\"'`]", Finders::discordSnowflake);
        // an Okta API token ("00" + 40 url-safe characters, sent as "SSWS <token>"; Okta developer docs, "Create an API
        // token") given to an Okta SDK's client without a key name that says Okta (Java new
        // TokenClientCredentials("T"), Node new okta.Client({ token: "T" }), Go okta.WithToken("T"), .NET Token = "T"):
        // the exact shape, upper and lower case letters and digits, Okta named around it (the org URL, the SDK)
        add("okta.api_token_near", "OKTA_API_TOKEN", CRITICAL, Kind.CONTEXT, "okta",
                "(?<![A-Za-z0-9_\\-])(00[A-Za-z0-9_\\-]{39}[A-Za-z0-9])(?![A-Za-z0-9_\\-])",
                (t, s, e, sc) -> (classes(t, s, e) & (UPPER | LOWER | DIGIT)) == (UPPER | LOWER | DIGIT)
                        && !Placeholders.hasSequentialRun(t.substring(s, e)) ? sc : -1);
        // ---------------------------------------------------------------- round 12 (2026-11-28, quality-secrets.md)
        // a PayPal REST client secret (80 of [A-Za-z0-9_-]; PayPal developer dashboard) given to the SDK's environment
        // as the second argument after the client id (Node and .NET new paypal.core.LiveEnvironment(id, secret) /
        // SandboxEnvironment, Java new PayPalEnvironment.Live(id, secret), Python SandboxEnvironment(client_id=..,
        // client_secret=..)): the position names the secret, the arguments may stand on lines of their own
        String argBreak = "(?:[ \\t]|\\r?\\n){0,20}(?:[A-Za-z_]{1,20}[ \\t]{0,2}=[ \\t]{0,2})?[\"'`]";
        add("paypal.client_environment", "PAYPAL_CLIENT_SECRET", CRITICAL, Kind.CONTEXT,
                "liveenvironment,sandboxenvironment,paypalenvironment.",
                "(?:(?:Live|Sandbox)Environment|PayPalEnvironment\\.(?:Live|Sandbox))\\(" + argBreak
                        + "[A-Za-z0-9_\\-]{80}[\"'`][ \\t]{0,4}," + argBreak + "([A-Za-z0-9_\\-]{80})[\"'`]", MIXED);
        // a Twilio API key secret (32 alphanumerics) passed right after its API key SID ("SK" + 32 hex) to a Twilio
        // client (Node require('twilio')(SK, secret, { accountSid }), Python Client(SK, secret, AC), Java
        // Twilio.init(SK, secret, AC), C# TwilioClient.Init(SK, secret, AC); Twilio docs, "API keys"), as
        // twilio.sid_and_token finds an auth token after the account SID
        add("twilio.key_sid_and_secret", "TWILIO_API_KEY_SECRET", CRITICAL, Kind.CONTEXT, "twilio",
                "(?<![A-Za-z0-9])SK[0-9a-f]{32}[\"'][ \\t]*,[ \\t]*[\"']([A-Za-z0-9]{32})[\"']",
                (t, s, e, sc) -> (classes(t, s, e) & (UPPER | LOWER | DIGIT)) == (UPPER | LOWER | DIGIT)
                        ? NEAR_TWILIO.check(t, s, e, sc) : -1);
        // Weights & Biases API keys (40 hex; W&B docs, "wandb login"): the argument of the CLI's login command (after
        // its flags: --relogin, --host URL), of wandb.login(key=...) in Python, or the WANDB_API_KEY variable
        add("wandb.api_key", "WANDB_API_KEY", CRITICAL, Kind.CONTEXT, "wandb",
                "(?<![A-Za-z0-9_\\-])(?i:wandb)(?:[ \\t]+login"
                        + "(?:[ \\t]+--?[A-Za-z][A-Za-z\\-]{0,20}+(?:[ =][^\\s\\-][^\\s]{0,200}+)?){0,3}[ \\t]+[\"']?"
                        + "|\\.login\\([ \\t]{0,4}(?:key[ \\t]{0,2}=[ \\t]{0,2})?[\"']"
                        + "|[_\\-]?(?i:api)[_\\-]?(?i:key)" + SEP + ")([0-9a-f]{40})(?![A-Za-z0-9_])", MIXED);
        // PagerDuty REST API keys (20 of [A-Za-z0-9_+-]; PagerDuty docs, "API Access Keys", sent as "Authorization:
        // Token token=V"): no prefix of their own, so only with PagerDuty named just before or after the value
        // ("pagerduty", or "PD" before key, token or api: "the PD key ... was V"), and generated-looking (both cases
        // and a digit, not words, at least 3.5 bits per character)
        add("pagerduty.api_key_near", "PAGERDUTY_API_KEY", CRITICAL, Kind.CONTEXT,
                "pagerduty,pd key,pd api,pd token,pd_api,pd_token,pd-api,pd-token",
                "(?<![A-Za-z0-9_+/\\-])([A-Za-z0-9_+\\-]{20})(?![A-Za-z0-9_+/=\\-])",
                (t, s, e, sc) -> (classes(t, s, e) & (UPPER | LOWER | DIGIT)) == (UPPER | LOWER | DIGIT)
                        && !KEY_IDENTIFIER.matcher(t.substring(s, e)).matches()
                        && !Placeholders.hasSequentialRun(t.substring(s, e))
                        && Placeholders.entropy(t.substring(s, e)) >= 3.5 ? sc : -1);
        // ---------------------------------------------------------------- round 13 (thirty-second session)
        // Snyk API tokens are UUIDs (Snyk docs, "Authenticate the CLI with your account"): given to the CLI's
        // "snyk auth TOKEN" or "snyk config set api=TOKEN" (SNYK_TOKEN is snyk.token)
        add("snyk.cli_auth", "SNYK_TOKEN", CRITICAL, Kind.CONTEXT, "snyk",
                "(?<![A-Za-z0-9_\\-])(?i:snyk)[ \\t]+(?:auth|config[ \\t]+set[ \\t]+api=)[ \\t]*[\"']?"
                        + "(" + UUID + ")(?![A-Za-z0-9_\\-])");
        // a password given positionally to a standard library's login call, after the user (and before the host):
        // Go smtp.PlainAuth(identity, user, password, host) and CRAMMD5Auth(user, secret); Java
        // javax.mail/java.net PasswordAuthentication(user, password.toCharArray()) and DriverManager.getConnection(url,
        // user, password); Python smtplib/imaplib/ftplib .login(user, password) and FTP(host, user, passwd); PHP
        // new mysqli(host, user, password) / mysqli_connect and new PDO(dsn, user, password). The value must look
        // generated (STRONG_OR_GENERATED); "password" and other placeholder words are rejected by the scoring
        String q = "[\"'][^\"'\\r\\n]{1,200}[\"'][ \\t]*,[ \\t]*";
        add("login.positional_password", "GENERIC_PASSWORD", HIGH, Kind.CONTEXT,
                "plainauth,crammd5auth,passwordauthentication,getconnection,.login(,ftp(,ftp_tls(,mysqli,pdo(",
                "(?:(?i:smtp\\.)?PlainAuth\\([ \\t]*" + q.replace("{1,200}", "{0,200}") + q
                        + "|CRAMMD5Auth\\([ \\t]*" + q + "|PasswordAuthentication\\([ \\t]*" + q
                        + "|getConnection\\([ \\t]*[^,()\\r\\n]{1,200},[ \\t]*" + q
                        + "|\\.login\\([ \\t]*" + q + "|(?<![A-Za-z0-9_])FTP(?:_TLS)?\\([ \\t]*" + q + q
                        + "|(?:(?<=new[ \\t]{1,4})mysqli|mysqli_connect|(?<=new[ \\t]{1,4})PDO)\\([ \\t]*" + q + q + ")"
                        + "[\"']([^\"'\\s]{8,128})[\"']", STRONG_OR_GENERATED);
        // a login written as "user NAME / pass V", "user: NAME, pw: V", "username NAME pwd V" (tickets, chat,
        // runbooks): a user word and a name, then the password abbreviated or written out, and a generated value
        // (GENERATED: not an identifier such as AbstractFactory2Impl after "pass" in prose)
        RULES.add(new Rule("generic.user_pass_pair", "GENERIC_PASSWORD", HIGH, Kind.GENERIC,
                kw("user,benutzer,usuario,utilisateur"), Pattern.compile(
                "(?<![A-Za-z0-9_])(?i:user(?:[ _\\-]?name)?|benutzer(?:name)?|usuario|utilisateur|login)"
                        + "[ \\t]{0,2}[:=]?[ \\t]{1,3}[\"'`]?[A-Za-z0-9_.@\\-]{1,64}+[\"'`]?[ \\t]{0,3}[/,;|]?[ \\t]{0,3}"
                        + "(?<![A-Za-z0-9])(?i:pass(?:word|wd|wort)?|pwd?|passw|kennwort|mot de passe|contrase[ñn]a)"
                        + "[ \\t]{0,2}[:=]?[ \\t]{1,3}[\"'`]?([A-Za-z0-9_\\-+=~!@#%^*&$?]{8,64}+)"
                        + "(?=[\\s,;!?)\"'`]|\\.(?:\\s|$)|$)"),
                GENERATED, null, 8, 2.5));
        // vendor tokens cut off in a log line or masked at the tail, and credentials in a Markdown table's key column
        finder(Finders.TRUNCATED_RULE, "TRUNCATED_SECRET", CRITICAL, Finders.truncatedKeywords(),
                Finders::truncatedToken);
        finder(Finders.TABLE_RULE, "GENERIC_SECRET", HIGH, "|---,| ---,|:--,| :--", Finders::tableSecret);

        // ---------------------------------------------------------------- round 14 (thirty-third session)
        // a password joined to its word by a verb or a preposition rather than a colon ("I reset my password to V",
        // "the root password was changed to V", "password is now V", "Passwort auf V geändert", "cambié la
        // contraseña a V", "wachtwoord gewijzigd naar V"), or, after a localised word, by nothing at all ("puse la
        // contraseña V en el router"; the English bare form is generic.password_prose_bare). Up to two words may
        // stand between the word and the connector ("such as" gives an example, not the password); the value must look
        // generated (GENERATED), and the "_prose" scoring rejects identifiers of capitalised words (MinLength12)
        String linkWords = "(?:[ \\t]{1,2}[\\p{L}]{2,12}+){0,2}?[ \\t]{1,2}";
        String valueAhead = "[ \\t]{1,2}[\"'`\u00ab\u201c\u201e]?"
                + "(?=[a-z0-9_\\-+/=~!@#%^*&$]{0,63}+[A-Z])(?=[A-Z0-9_\\-+/=~!@#%^*&$]{0,63}+[a-z])"
                + "([A-Za-z0-9_\\-+/=~!@#%^*&$]{8,64}+)(?=[\\s,;!?)\"'`\u00bb\u201d]|\\.(?:\\s|$)|$)";
        RULES.add(new Rule("generic.password_prose_linked", "GENERIC_PASSWORD", HIGH, Kind.GENERIC,
                kw("password,passwd,passphrase," + I18N_PASSWORD_KEYWORDS), Pattern.compile(
                "(?:(?<![A-Za-z])(?i:password|passwd|passphrase)" + linkWords
                        + "(?i:to|(?<!(?i:such)[ \\t]{1,2})as|into|now|->|=>)"
                        + "|(?<![\\p{L}])(?iu:" + I18N_PASSWORD_WORDS + ")|(?iu:" + I18N_PASSWORD_COMPOUNDS + "))"
                        + "(?:" + linkWords + "(?iu:auf|zu|in|a|en|à|par|para|pra|naar|na|till|til|su|to|now))?"
                        + valueAhead),
                GENERATED, null, 8, 2.5));
        // Meta (Facebook) access tokens: "EAA" + the app's encoded id + a long alphanumeric body (Graph API docs,
        // "Access tokens"); facebook.access_token takes an upper-case fourth character, this rule any, at 90+ characters
        // of both cases and digits, not inside a base64 blob (no "+" or "/" around it, no "=" padding after it)
        add("facebook.access_token_long", "FACEBOOK_ACCESS_TOKEN", CRITICAL, Kind.PREFIXED, "eaa",
                "(?<![A-Za-z0-9_+/])(EAA[A-Za-z0-9]{90,400}+)(?![A-Za-z0-9_+/=])",
                (t, s, e, sc) -> (classes(t, s, e) & (UPPER | LOWER | DIGIT)) == (UPPER | LOWER | DIGIT)
                        && Placeholders.entropy(t.substring(s, e)) >= 4.5 ? sc : -1);
        // a Postmark token (a UUID) given to a builder or setter that names the field (Rust
        // PostmarkClient::builder().server_token("T"), Java setServerToken("T"), withAccountToken("T")), Postmark named
        // within the rule's window before it
        add("postmark.token_setter", "POSTMARK_SERVER_TOKEN", CRITICAL, Kind.CONTEXT, "postmark",
                "(?i:(?:server|account|api)[_\\-]?token)\\([ \\t]{0,4}[\"'`]"
                        + "(" + UUID + ")[\"'`]");
        // 64 random bytes in base64 (86 characters and "=="): Azure Cosmos DB account keys (Cosmos DB docs, "Secure
        // access to data": primary and secondary keys) given to the client or set near its endpoint
        // (documents.azure.com), and, under any key name ending in "key" (COSMOS_KEY, PRIMARY_KEY, hmac_key), a
        // 512-bit key of any vendor; not a public, verifying or signature key, a hash, a digest or a salt
        String b512 = "(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])";
        Rule.Validator random512 = (t, s, e, sc) ->
                (classes(t, s, e) & (UPPER | LOWER | DIGIT)) == (UPPER | LOWER | DIGIT)
                && Placeholders.entropy(t.substring(s, e)) >= 4.8
                && !NOT_SECRET_512.matcher(t.substring(Math.max(Math.max(0, s - 60), t.lastIndexOf('\n', s) + 1), s))
                .find() ? sc : -1;
        add("azure.cosmos_key", "AZURE_COSMOS_DB_KEY", CRITICAL, Kind.CONTEXT, "cosmos,documents.azure.com",
                b512, random512);
        add("generic.key_512bit", "GENERIC_SECRET", HIGH, Kind.CONTEXT, "key",
                "(?i:key)[A-Za-z0-9_.\\-]{0,20}" + SEP + "([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])", random512);

        // vendor formats the rules lacked (thirty-third session, beyond round 14): each a documented prefix and body
        // NVIDIA API keys (build.nvidia.com, NGC): "nvapi-" + 64 url-safe characters
        add("nvidia.api_key", "NVIDIA_API_KEY", CRITICAL, Kind.PREFIXED, "nvapi-",
                LX + "(nvapi-[A-Za-z0-9_\\-]{56,72}+)" + RD, MIXED);
        // Apify API tokens: "apify_api_" + 36 alphanumerics (Apify docs, "API integration")
        add("apify.api_token", "APIFY_API_TOKEN", CRITICAL, Kind.PREFIXED, "apify_api_",
                L + "(apify_api_[A-Za-z0-9]{36})" + R);
        // Scalingo API tokens: "tk-us-" + 48 url-safe characters (Scalingo docs, "API tokens")
        add("scalingo.api_token", "SCALINGO_API_TOKEN", CRITICAL, Kind.PREFIXED, "tk-us-",
                LX + "(tk-us-[A-Za-z0-9_\\-]{48})" + RD, MIXED);
        // Slack app configuration access and refresh tokens (Slack API docs, "App configuration tokens"):
        // "xoxe.xoxp-1-" / "xoxe.xoxb-1-" + about 165 alphanumerics, "xoxe-1-" + about 146; one segment longer than
        // slack.token's
        add("slack.config_token", "SLACK_CONFIG_TOKEN", CRITICAL, Kind.PREFIXED, "xoxe",
                L + "(xoxe(?:\\.xox[bp])?-[0-9]-[A-Za-z0-9]{140,180}+)" + RD, MIXED);
        // Harness service account tokens: "sat." + account id + token id + secret, the shape of harness.pat
        add("harness.sat", "HARNESS_SAT", CRITICAL, Kind.PREFIXED, "sat.",
                L + "(sat\\.[A-Za-z0-9_\\-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20})" + R);
        // Langfuse secret keys: "sk-lf-" + a UUID (Langfuse docs, "API keys"; the "pk-lf-" public key is not secret)
        add("langfuse.secret_key", "LANGFUSE_SECRET_KEY", CRITICAL, Kind.PREFIXED, "sk-lf-",
                LX + "(sk-lf-" + UUID + ")" + RD);
        // Cerebras API keys: "csk-" + lower-case letters and digits (Cerebras inference docs, "QuickStart")
        add("cerebras.api_key", "CEREBRAS_API_KEY", CRITICAL, Kind.PREFIXED, "csk-",
                LX + "(csk-[a-z0-9]{40,64}+)" + RD, mixedWithEntropy(0, 4.0));

        // vendor formats the rules lacked (thirty-fourth session): each a documented prefix or signature and body
        // Axiom API tokens "xaat-" and personal tokens "xapt-", each + a UUID (Axiom docs, "Tokens")
        add("axiom.token", "AXIOM_TOKEN", CRITICAL, Kind.PREFIXED, "xaat-,xapt-",
                LX + "(xa[ap]t-" + UUID + ")" + RD);
        // PostHog personal API keys: "phx_" + 43 alphanumerics (the "phc_" project key is public, see Placeholders)
        add("posthog.personal_api_key", "POSTHOG_PERSONAL_API_KEY", CRITICAL, Kind.PREFIXED, "phx_",
                L + "(phx_[A-Za-z0-9]{43})" + R, MIXED);
        // Deno Deploy personal "ddp_" and organisation "ddo_" access tokens: + 36 alphanumerics
        add("deno.deploy_token", "DENO_DEPLOY_TOKEN", CRITICAL, Kind.PREFIXED, "ddp_,ddo_",
                L + "(dd[po]_[A-Za-z0-9]{36})" + R, MIXED);
        // dbt Cloud service tokens "dbtc_" and personal access tokens "dbtu_" (dbt docs, "Service account tokens")
        add("dbt.cloud_token", "DBT_CLOUD_TOKEN", CRITICAL, Kind.PREFIXED, "dbtc_,dbtu_",
                L + "(dbt[cu]_[A-Za-z0-9_\\-]{40,80}+)" + RD, MIXED);
        // Neon API keys: "napi_" + 64 lower-case alphanumerics (Neon docs, "Manage API keys")
        add("neon.api_key", "NEON_API_KEY", CRITICAL, Kind.PREFIXED, "napi_",
                L + "(napi_[a-z0-9]{64})" + R, MIXED);
        // Coralogix Send-Your-Data API keys: "cxtp_" + 30 alphanumerics (Coralogix docs, "API keys")
        add("coralogix.api_key", "CORALOGIX_API_KEY", CRITICAL, Kind.PREFIXED, "cxtp_",
                L + "(cxtp_[A-Za-z0-9]{30})" + R, MIXED);
        // Jina AI API keys: "jina_" + a long alphanumeric body
        add("jina.api_key", "JINA_API_KEY", CRITICAL, Kind.PREFIXED, "jina_",
                L + "(jina_[A-Za-z0-9]{40,80}+)" + R, mixedWithEntropy(5, 4.0));
        // E2B API keys: "e2b_" + 40 hex digits (E2B docs, "API key")
        add("e2b.api_key", "E2B_API_KEY", CRITICAL, Kind.PREFIXED, "e2b_", L + "(e2b_[0-9a-f]{40})" + R, MIXED);
        // Browserbase API keys: "bb_live_" + 27 url-safe characters
        add("browserbase.api_key", "BROWSERBASE_API_KEY", CRITICAL, Kind.PREFIXED, "bb_live_",
                L + "(bb_live_[A-Za-z0-9_\\-]{27})" + RD, MIXED);
        // Voyage AI API keys: "pa-" + 43 url-safe characters; a short prefix, so the body must look random
        add("voyage.api_key", "VOYAGE_API_KEY", CRITICAL, Kind.PREFIXED, "pa-",
                LX + "(pa-[A-Za-z0-9_\\-]{43})" + RD, (t, s, e, sc) -> STRONG.check(t, s + 3, e, sc) >= 0
                        && Placeholders.entropy(t.substring(s + 3, e)) >= 4.0 ? sc : -1);
        // Mollie API keys: "live_" or "test_" + 30 alphanumerics (Mollie docs, "Authentication"), Mollie named near
        add("mollie.api_key", "MOLLIE_API_KEY", CRITICAL, Kind.CONTEXT, "live_,test_",
                L + "((?:live|test)_[A-Za-z0-9]{30})" + R, mixedNear(300, "mollie"));
        // GoCardless access tokens: "live_" or "sandbox_" + 40 url-safe characters, GoCardless named near
        add("gocardless.access_token", "GOCARDLESS_ACCESS_TOKEN", CRITICAL, Kind.CONTEXT, "live_,sandbox_",
                L + "((?:live|sandbox)_[A-Za-z0-9_\\-]{40})" + RD, mixedNear(300, "gocardless"));
        // Paddle Billing API keys: "pdl_live_apikey_" / "pdl_sdbx_apikey_" + an id and a secret part
        add("paddle.api_key", "PADDLE_API_KEY", CRITICAL, Kind.PREFIXED, "pdl_live_apikey_,pdl_sdbx_apikey_",
                L + "(pdl_(?:live|sdbx)_apikey_[A-Za-z0-9_]{30,90}+)" + R, MIXED);
        // MailerSend API tokens: "mlsn." + 64 characters
        add("mailersend.api_token", "MAILERSEND_API_TOKEN", CRITICAL, Kind.PREFIXED, "mlsn.",
                L + "(mlsn\\.[A-Za-z0-9]{64})" + R, MIXED);
        // OneSignal app and organisation API keys (2024 format): "os_v2_app_" / "os_v2_org_" + lower-case base32
        add("onesignal.api_key", "ONESIGNAL_API_KEY", CRITICAL, Kind.PREFIXED, "os_v2_",
                L + "(os_v2_(?:app|org)_[a-z2-7]{50,200}+)" + R, MIXED);
        // RunPod API keys: "rpa_" + 40-50 upper-case letters and digits
        add("runpod.api_key", "RUNPOD_API_KEY", CRITICAL, Kind.PREFIXED, "rpa_",
                L + "(rpa_[A-Z0-9]{40,50}+)" + R, MIXED);
        // Trigger.dev secret keys: "tr_dev_", "tr_prod_", "tr_stg_", "tr_preview_" + 20 alphanumerics
        add("triggerdev.secret_key", "TRIGGER_DEV_SECRET_KEY", CRITICAL, Kind.PREFIXED, "tr_dev_,tr_prod_,tr_stg_,tr_preview_",
                L + "(tr_(?:dev|prod|stg|preview)_[A-Za-z0-9]{20,40}+)" + R, MIXED);
        // Telnyx API keys (v2): "KEY" + 26 upper-case hex-like characters + "_" + 22 alphanumerics
        add("telnyx.api_key", "TELNYX_API_KEY", CRITICAL, Kind.PREFIXED, "key",
                L + "(KEY[0-9A-Z]{26}_[A-Za-z0-9]{22})" + R, (t, s, e, sc) -> MIXED.check(t, s + 3, s + 29, sc) >= 0
                        && STRONG.check(t, s + 30, e, sc) >= 0 ? sc : -1);
        // Bitwarden Secrets Manager access tokens: "0." + service-account UUID + "." + 30-character client secret
        // + ":" + base64 of a 16-byte encryption key (the Bitwarden SDK's documented shape)
        add("bitwarden.access_token", "BITWARDEN_ACCESS_TOKEN", CRITICAL, Kind.PREFIXED, "0.",
                "(?<![A-Za-z0-9.])(0\\." + UUID + "\\.[A-Za-z0-9]{30}:"
                        + "[A-Za-z0-9+/]{22}==)");
        // Yandex OAuth tokens "y0_" + 55 url-safe characters, and IAM tokens "t1." + a long dotted body (Yandex Cloud
        // docs); Yandex static access key ids "YC" + 38 with Yandex named near
        add("yandex.oauth_token", "YANDEX_OAUTH_TOKEN", CRITICAL, Kind.PREFIXED, "y0_",
                L + "(y0_[A-Za-z0-9_\\-]{55,60}+)" + RD, MIXED);
        add("yandex.iam_token", "YANDEX_IAM_TOKEN", CRITICAL, Kind.PREFIXED, "t1.",
                L + "(t1\\.[A-Za-z0-9_\\-]{8,200}+={0,2}\\.[A-Za-z0-9_\\-]{86,100}+={0,2})" + RD, MIXED);
        // Modal token ids "ak-" and secrets "as-" + 22 alphanumerics, Modal named near (modal token set ...)
        add("modal.token", "MODAL_TOKEN", CRITICAL, Kind.CONTEXT, "ak-,as-",
                LX + "(a[ks]-[A-Za-z0-9]{22})" + RD, (t, s, e, sc) -> STRONG.check(t, s + 3, e, sc) >= 0
                        ? near(300, "modal").check(t, s, e, sc) : -1);
        // Microsoft's identifiable keys (Microsoft.Security.Utilities, "identifiable secrets"): a random body with a
        // service signature at a fixed position and a checksum-bearing tail. Storage "+ASt", Cosmos DB "ACDb", API
        // Management "APIM" (88 characters); Functions "AzFu" (56); Search "AzSe" (52); Service Bus "+ASb", Event Hubs
        // "+AEh", Relay "+ARm", IoT "AIoT", Cache for Redis "AzCa" (44); Container Registry "+ACR" (52)
        String b64c = "[A-Za-z0-9+/]";
        add("azure.identifiable_key_88", "AZURE_IDENTIFIABLE_KEY", CRITICAL, Kind.PREFIXED, "+ast,acdb,apim",
                "(?<![A-Za-z0-9+/])(" + b64c + "{76}(?:\\+ASt|ACDb|APIM)" + b64c + "{5}[AQgw]==)(?![A-Za-z0-9+/=])", MIXED);
        add("azure.identifiable_key_44", "AZURE_IDENTIFIABLE_KEY", CRITICAL, Kind.PREFIXED, "+asb,+aeh,+arm,aiot,azca",
                "(?<![A-Za-z0-9+/])(" + b64c + "{33}(?:\\+ASb|\\+AEh|\\+ARm|AIoT|AzCa)" + b64c + "{6}=)(?![A-Za-z0-9+/=])",
                MIXED);
        add("azure.identifiable_function_key", "AZURE_FUNCTION_KEY", CRITICAL, Kind.PREFIXED, "azfu",
                "(?<![A-Za-z0-9_\\-])([A-Za-z0-9_\\-]{44}AzFu[A-Za-z0-9_\\-]{5}[AQgw]==)(?![A-Za-z0-9_\\-=])", MIXED);
        add("azure.identifiable_search_key", "AZURE_SEARCH_KEY", CRITICAL, Kind.PREFIXED, "azse",
                "(?<![A-Za-z0-9])([A-Za-z0-9]{42}AzSe[A-D][A-Za-z0-9]{5})(?![A-Za-z0-9])", MIXED);
        add("azure.identifiable_acr_key", "AZURE_CONTAINER_REGISTRY_KEY", CRITICAL, Kind.PREFIXED, "+acr",
                "(?<![A-Za-z0-9+/])(" + b64c + "{42}\\+ACR" + b64c + "{6})(?![A-Za-z0-9+/=])", MIXED);

        // ---------------------------------------------------------------- credential APIs (thirty-fifth session)
        // a secret given positionally to a call whose argument position makes it the password or signing key, from
        // the APIs' own documentation: the value must be a quoted literal that looks generated (STRONG_OR_GENERATED;
        // variables, env lookups and templates are not quoted literals or are rejected by the scoring).
        // One argument before the value: a quoted string (optionally .to_owned()/.to_string()/.into() in Rust) or an
        // expression without commas, quotes or parentheses (possessive: one way to read it).
        String apiArg = "(?:[\"'][^\"'\\r\\n]{0,200}+[\"'](?:\\.(?:to_owned|to_string|into)\\(\\))?"
                + "|[^,()\"'\\r\\n]{1,200}+)[ \\t]*,[ \\t]*";
        String apiValue = "b?[\"']([^\"'\\s]{8,128}+)[\"']";
        // signing keys: jsonwebtoken jwt.sign(payload, K) / jwt.verify(token, K), PyJWT jwt.encode(payload, K) /
        // jwt.decode(token, K), ruby-jwt JWT.encode(payload, K), firebase/php-jwt JWT::encode($payload, K); Node
        // crypto.createHmac(alg, K), Python hmac.new(K, ...), PHP hash_hmac(alg, data, K), Ruby OpenSSL::HMAC.hexdigest(
        // alg, K, data), auth0 java-jwt Algorithm.HMAC256(K), JCA new SecretKeySpec(K.getBytes(), alg), jjwt
        // signWith(SignatureAlgorithm.HS256, K) and Keys.hmacShaKeyFor(K.getBytes()), Express cookieParser(K), Go
        // golang-jwt token.SignedString([]byte(K)), Rust oauth2 ClientSecret::new(K)
        add("api.positional_signing_key", "GENERIC_SECRET", HIGH, Kind.CONTEXT,
                "jwt.sign,jwt.verify,jwt.encode,jwt.decode,jwt::encode,jwt::decode,createhmac,hmac.new,hash_hmac,"
                        + "openssl::hmac,algorithm.hmac,secretkeyspec,signwith,hmacshakeyfor,cookieparser,signedstring,"
                        + "clientsecret::new",
                "(?:(?<![A-Za-z0-9_])(?i:jwt)(?:\\.|::)(?:sign|verify|encode|decode)\\([ \\t]*" + apiArg
                        + "|createHmac\\([ \\t]*" + apiArg + "|hmac\\.new\\([ \\t]*"
                        + "|hash_hmac\\([ \\t]*" + apiArg + apiArg
                        + "|OpenSSL::HMAC\\.(?:hexdigest|digest|base64digest)\\([ \\t]*" + apiArg
                        + "|Algorithm\\.HMAC(?:256|384|512)\\([ \\t]*|SecretKeySpec\\([ \\t]*(?=[\"'][^\"'\\r\\n]{0,200}+[\"']\\.getBytes)"
                        + "|signWith\\([ \\t]*(?:SignatureAlgorithm\\.[A-Z0-9]{4,5}[ \\t]*,[ \\t]*)?"
                        + "|hmacShaKeyFor\\([ \\t]*|cookieParser\\([ \\t]*"
                        + "|SignedString\\([ \\t]*\\[\\]byte\\([ \\t]*|ClientSecret::new\\([ \\t]*)" + apiValue,
                STRONG_OR_GENERATED);
        // passwords: .NET NetworkCredential(user, P[, domain]); go-mail/gomail NewDialer(host, port, user, P); Python
        // MySQLdb/PyMySQL connect(host, user, P, db); Apache HttpClient UsernamePasswordCredentials(user, P), Spring
        // Security UsernamePasswordAuthenticationToken(user, P); Rust lettre Credentials::new(user, P); Ruby
        // Net::FTP.new(host, user, P), PHP ftp_login($conn, user, P) and new PDO($dsn, $user, P) with variables;
        // OkHttp Credentials.basic(user, P), Go req.SetBasicAuth(user, P) and x/crypto/ssh ssh.Password(P), reqwest
        // basic_auth(user, Some(P)), python-ldap simple_bind_s(dn, P), PHP ldap_bind($c, $dn, P), JNDI
        // env.put(Context.SECURITY_CREDENTIALS, P), pika PlainCredentials(user, P), Sequelize new Sequelize(db, user, P)
        add("api.positional_password", "GENERIC_PASSWORD", HIGH, Kind.CONTEXT,
                "networkcredential,newdialer,mysqldb.connect,pymysql.connect,usernamepasswordcredentials,"
                        + "usernamepasswordauthenticationtoken,credentials::new,ftp.new,ftp_login,pdo(,"
                        + "credentials.basic,setbasicauth,ssh.password,basic_auth,simple_bind_s,ldap_bind,"
                        + "security_credentials,plaincredentials,sequelize(",
                "(?:NetworkCredential\\([ \\t]*" + apiArg + "|NewDialer\\([ \\t]*" + apiArg + apiArg + apiArg
                        + "|(?i:MySQLdb|pymysql)\\.connect\\([ \\t]*" + apiArg + apiArg
                        + "|UsernamePassword(?:Credentials|AuthenticationToken)\\([ \\t]*" + apiArg
                        + "|Credentials::new\\([ \\t]*" + apiArg + "|FTP\\.new\\([ \\t]*" + apiArg + apiArg
                        + "|ftp_login\\([ \\t]*" + apiArg + apiArg + "|(?<=new[ \\t]{1,4})PDO\\([ \\t]*" + apiArg + apiArg
                        + "|Credentials\\.basic\\([ \\t]*" + apiArg + "|SetBasicAuth\\([ \\t]*" + apiArg
                        + "|ssh\\.Password\\([ \\t]*|basic_auth\\([ \\t]*" + apiArg + "Some\\([ \\t]*"
                        + "|simple_bind_s\\([ \\t]*" + apiArg + "|ldap_bind\\([ \\t]*" + apiArg + apiArg
                        + "|SECURITY_CREDENTIALS[ \\t]*,[ \\t]*|PlainCredentials\\([ \\t]*" + apiArg
                        + "|(?<=new[ \\t]{1,4})Sequelize\\([ \\t]*" + apiArg + apiArg
                        + ")" + apiValue + "(?=[ \\t]*(?:[,)]|\\.(?:to_owned|to_string|into|toCharArray)\\(\\)))",
                STRONG_OR_GENERATED);
        // Ruby Net::SMTP.start(address, port, helo, user, P, :login) and smtp.start(helo, user, P, :plain): the
        // authentication type right after the value names it (Net::SMTP docs)
        add("ruby.smtp_start_password", "GENERIC_PASSWORD", HIGH, Kind.CONTEXT, ":login,:plain,:cram_md5",
                "[\"']([^\"'\\s]{8,128}+)[\"'][ \\t]*,[ \\t]*:(?:login|plain|cram_md5)(?![A-Za-z0-9_])",
                // (bounded: an unbounded lastIndexOf would make a flood of such values quadratic)
                (t, s, e, sc) -> t.substring(Math.max(0, s - 300), s).contains("start")
                        ? STRONG_OR_GENERATED.check(t, s, e, sc) : -1);
        // Windows: net use [X:] \\host\share P /user:U, net use ... /user:U P (the password after the user), and
        // net user NAME P /add (Windows command-line reference); "*" asks for it, %VAR% is a variable
        String netValue = "(?:\"([^\"\\s%]{4,128}+)\"|([^\\s\"/*%][^\\s\"]{3,127}+))(?=[ \\t]|\\r?\\n|$)";
        add("windows.net_use_password", "CLI_PASSWORD", CRITICAL, Kind.CONTEXT, "net use,net user",
                "(?<![A-Za-z0-9_\\-])(?i:net)[ \\t]+(?:(?i:use)[ \\t]+(?:[A-Za-z]:[ \\t]+)?\\\\\\\\[^\\s]{1,200}+[ \\t]+"
                        + "(?:(?i:/user:)[^\\s]{1,100}+[ \\t]+)?"
                        + "|(?i:user)[ \\t]+(?:\"[^\"\\r\\n]{1,60}+\"|[^\\s\"/]{1,60}+)[ \\t]+(?=[^\\s]{4,128}+[ \\t]+/(?i:add|domain)))"
                        + netValue,
                STRONG_OR_GENERATED);

        // ---------------------------------------------------------------- provider coverage (thirty-sixth session)
        // Providers the catalogue lacked, from the vendors' documented token formats (facts only, patterns our own).
        // Prefixed and URL-embedded tokens first: the prefix or the host names the vendor.
        // format: Intercom developer docs, "Authentication": access tokens are base64 of "tok:" + an id ("dG9rO")
        add("intercom.access_token", "INTERCOM_ACCESS_TOKEN", CRITICAL, Kind.PREFIXED, "dg9ro",
                "(?<![A-Za-z0-9+/])(dG9rO[A-Za-z0-9+/]{50,90}+={0,2})(?![A-Za-z0-9+/=])", mixedWithEntropy(5, 4.0));
        // format: MaxMind docs, "License keys" (2024): 6 alphanumerics, "_", 29 alphanumerics, "_mmk"
        add("maxmind.license_key", "MAXMIND_LICENSE_KEY", CRITICAL, Kind.PREFIXED, "_mmk",
                "(?<![A-Za-z0-9_])([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)" + R, mixedWithEntropy(0, 4.0));
        // format: Mercury API docs, "Authentication": "secret-token:mercury_production_..." (or _sandbox_)
        add("mercury.api_token", "MERCURY_API_TOKEN", CRITICAL, Kind.PREFIXED, "secret-token:mercury_",
                "(secret-token:mercury_(?:production|sandbox)_[A-Za-z0-9_]{20,120}+)" + R, mixedWithEntropy(0, 3.5));
        // format: Onfido API reference, "Authentication": api_live. / api_sandbox. (regional api_live_us., _ca.)
        // + an 11-character id + "." + a 32-character secret
        add("onfido.api_token", "ONFIDO_API_TOKEN", CRITICAL, Kind.PREFIXED, "api_live,api_sandbox",
                L + "(api_(?:live|sandbox)(?:_[a-z]{2})?\\.[A-Za-z0-9_\\-]{11}\\.[A-Za-z0-9_\\-]{32})" + RD, MIXED);
        // format: PubNub docs, "Keysets": the secret key "sec-c-" + base64 (publish pub-c- and subscribe sub-c-
        // keys ship in clients)
        add("pubnub.secret_key", "PUBNUB_SECRET_KEY", CRITICAL, Kind.PREFIXED, "sec-c-",
                LX + "(sec-c-[A-Za-z0-9]{40,64}+)" + RD, mixedWithEntropy(6, 3.5));
        // format: Rootly API docs, "API keys": "rootly_" + 64 hex
        add("rootly.api_key", "ROOTLY_API_KEY", CRITICAL, Kind.PREFIXED, "rootly_",
                L + "(rootly_[0-9a-f]{64})" + R, MIXED);
        // format: WakaTime API docs, "Authentication": "waka_" + a UUID
        add("wakatime.api_key", "WAKATIME_API_KEY", CRITICAL, Kind.PREFIXED, "waka_",
                L + "(waka_" + UUID + ")" + RD);
        // format: Zuplo docs, "API key management": "zpka_" + 32 + "_" + an 8-character checksum
        add("zuplo.api_key", "ZUPLO_API_KEY", CRITICAL, Kind.PREFIXED, "zpka_",
                L + "(zpka_[A-Za-z0-9]{32}_[A-Za-z0-9]{8})" + R, mixedWithEntropy(5, 3.5));
        // format: Trello REST API docs, "Authorization": tokens are 64 hex, since 2023 "ATTA" + 64 hex + an 8-hex
        // checksum, sent as token= beside key= (the 32-hex API key) in api.trello.com URLs. ("ATTA" alone is no
        // keyword: ordinary prose holds it in "attached", on every line of the benchmark text)
        String trelloToken = "ATTA[0-9A-Fa-f]{64,72}+|[0-9a-f]{64}";
        add("trello.token_url", "TRELLO_TOKEN", CRITICAL, Kind.CONTEXT, "trello.com/",
                "trello\\.com/1/[^\\s\"'<>]{0,300}?[?&]token=(" + trelloToken + ")" + R, mixedWithEntropy(0, 3.0));
        vendorNamed("trello.token", "TRELLO_TOKEN", "trello", "trello", trelloToken, 3.0);
        // format: Bitbucket docs, "Access tokens" (repository, project, workspace): "ATCTT3xFfGN0" + body
        add("bitbucket.access_token", "BITBUCKET_ACCESS_TOKEN", CRITICAL, Kind.PREFIXED, "atctt3xffgn0",
                L + "(ATCTT3xFfGN0[A-Za-z0-9_=\\-]{80,300}+)", MIXED);
        // format: YouTrack / JetBrains Hub docs, "Permanent tokens": "perm:" + base64 user + "." + base64 id + "."
        // + 30 characters ("perm-" with base64url parts in newer versions)
        add("youtrack.permanent_token", "YOUTRACK_TOKEN", CRITICAL, Kind.PREFIXED, "perm:,perm-",
                L + "(perm[:\\-][A-Za-z0-9+/=_\\-]{4,80}+\\.[A-Za-z0-9+/=_\\-]{4,40}+\\.[A-Za-z0-9]{30})" + R, MIXED);
        // format: Synapse (Matrix) access and refresh tokens since 1.34: "syt_" / "syr_" + base64 localpart + "_"
        // + 20 random + "_" + a 6-character CRC
        add("matrix.access_token", "MATRIX_ACCESS_TOKEN", CRITICAL, Kind.PREFIXED, "syt_,syr_",
                L + "(sy[tr]_[A-Za-z0-9\\-]{1,100}+_[A-Za-z0-9]{20}_[A-Za-z0-9]{6})" + R, mixedWithEntropy(4, 3.5));
        // format: Login with Amazon docs (also the Selling Partner API): access tokens "Atza|", refresh tokens "Atzr|"
        add("amazon.lwa_token", "AMAZON_LWA_TOKEN", CRITICAL, Kind.PREFIXED, "atza|,atzr|",
                L + "(Atz[ar]\\|[A-Za-z0-9_\\-]{50,1000}+)", mixedWithEntropy(5, 4.0));
        // format: Login with Amazon security profiles: client secret "amzn1.oa2-cs.v1." + 64 hex (the client id,
        // amzn1.application-oa2-client., is not secret)
        add("amazon.lwa_client_secret", "AMAZON_LWA_CLIENT_SECRET", CRITICAL, Kind.PREFIXED, "amzn1.oa2-cs.v1.",
                "(amzn1\\.oa2-cs\\.v1\\.[0-9a-f]{64})" + R);
        // format: Akamai EdgeGrid docs, ".edgerc": client_token and access_token "akab-" + 16 + "-" + 16 (the host,
        // akab-...luna.akamaiapis.net, is not secret: a dot after the token excludes it); the client secret is 44
        // base64 characters beside them
        add("akamai.edgegrid_token", "AKAMAI_EDGEGRID_TOKEN", CRITICAL, Kind.PREFIXED, "akab-",
                LX + "(akab-[a-z0-9]{16}-[a-z0-9]{16})(?![A-Za-z0-9_.\\-])", MIXED);
        add("akamai.client_secret", "AKAMAI_CLIENT_SECRET", CRITICAL, Kind.CONTEXT, "akab-",
                "(?<![A-Za-z0-9_])(?i:client_secret)[ \\t]*[=:][ \\t]*[\"']?([A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])", MIXED);
        // format: LlamaCloud (LlamaIndex) docs, "API keys": "llx-" + 48 alphanumerics
        add("llamacloud.api_key", "LLAMA_CLOUD_API_KEY", CRITICAL, Kind.PREFIXED, "llx-",
                LX + "(llx-[A-Za-z0-9]{48})" + R, mixedWithEntropy(4, 4.0));
        // format: Together AI docs, "API keys" (2024): "tgp_v1_" + 43 url-safe characters
        add("together.api_key", "TOGETHER_API_KEY", CRITICAL, Kind.PREFIXED, "tgp_v1_",
                L + "(tgp_v1_[A-Za-z0-9_\\-]{43})" + RD, mixedWithEntropy(7, 4.0));
        // format: WooCommerce REST API docs, "Authentication": consumer key "ck_" and consumer secret "cs_" + 40 hex
        add("woocommerce.api_key", "WOOCOMMERCE_API_KEY", CRITICAL, Kind.PREFIXED, "ck_,cs_",
                L + "(c[ks]_[0-9a-f]{40})" + R, mixedWithEntropy(3, 3.3));
        // format: Checkout.com docs, "API keys": secret keys "sk_sbox_" + base32 (sandbox; the public counterpart is
        // pk_sbox_), and the older "sk_test_" + a UUID
        add("checkout.secret_key", "CHECKOUT_SECRET_KEY", CRITICAL, Kind.PREFIXED, "sk_sbox_,sk_test_",
                L + "(sk_(?:sbox_[a-z2-7]{26,32}|test_" + UUID + "))" + RD, MIXED);
        // format: Stytch docs, "API keys": secrets "secret-test-" / "secret-live-" + a url-safe body
        add("stytch.secret", "STYTCH_SECRET", CRITICAL, Kind.PREFIXED, "secret-test-,secret-live-",
                LX + "(secret-(?:test|live)-[A-Za-z0-9_\\-]{28,48}+)" + RD, mixedWithEntropy(12, 4.0));
        // format: ImageKit docs, "API keys": the private key "private_" + 27 base64 characters and "=" (the public
        // key is "public_")
        add("imagekit.private_key", "IMAGEKIT_PRIVATE_KEY", CRITICAL, Kind.PREFIXED, "private_",
                L + "(private_[A-Za-z0-9+/]{27}=)(?![A-Za-z0-9+/=])", mixedWithEntropy(8, 3.8));
        // format: Defined Networking (Nebula) API docs: "dnkey-" + 26 + "-" + 52 base32 characters
        add("definednetworking.api_key", "DEFINED_NETWORKING_API_KEY", CRITICAL, Kind.PREFIXED, "dnkey-",
                LX + "(dnkey-[A-Za-z0-9=_]{26}-[A-Za-z0-9=_]{52})" + RD, MIXED);
        // format: dotenv-vault docs, "DOTENV_KEY": dotenv://:key_<64 hex>@dotenv.org/vault/.env.vault?environment=..
        // (the whole URI is the key: it outranks the URL-credentials finder's shorter span)
        add("dotenv.vault_key", "DOTENV_KEY", CRITICAL, Kind.PREFIXED, "dotenv://:key_",
                "(dotenv://:key_[0-9a-f]{64}@dotenv\\.org/vault/[A-Za-z0-9_.\\-/]{1,80}+\\?environment=[A-Za-z0-9_\\-]{1,40}+)"
                        + RD, MIXED);
        // format: Cloudflare Zero Trust docs, "Tunnel tokens": base64 of {"a":account,"t":tunnel,"s":secret}
        // ("eyJhIjoi"), given to cloudflared tunnel run --token
        add("cloudflare.tunnel_token", "CLOUDFLARE_TUNNEL_TOKEN", CRITICAL, Kind.PREFIXED, "eyjhijoi",
                L + "(eyJhIjoi[A-Za-z0-9+/_\\-]{80,600}+={0,2})(?![A-Za-z0-9+/=_\\-.])", mixedWithEntropy(8, 4.0));
        // format: NetBird docs, "Personal access tokens": "nbp_" + 30 random + a 6-character checksum
        add("netbird.pat", "NETBIRD_PAT", CRITICAL, Kind.PREFIXED, "nbp_",
                L + "(nbp_[A-Za-z0-9]{36})" + R, mixedWithEntropy(4, 4.0));
        // format: Zoho OAuth docs: access and refresh tokens "1000." + 32 hex + "." + 32 hex (client ids are
        // "1000." + 30 upper-case alphanumerics, not secret)
        add("zoho.oauth_token", "ZOHO_OAUTH_TOKEN", CRITICAL, Kind.PREFIXED, "1000.",
                "(?<![A-Za-z0-9_.])(1000\\.[0-9a-f]{32}\\.[0-9a-f]{32})" + R, MIXED);
        // format: Blockfrost docs, "Project id": the network ("mainnet", "preprod", "preview", "testnet") + 32
        // alphanumerics, sent as the project_id header
        // (found near the vendor's name: "preview" and "preprod" as keywords would wake on ordinary prose)
        add("blockfrost.project_id", "BLOCKFROST_PROJECT_ID", CRITICAL, Kind.CONTEXT, "blockfrost",
                "(?<![A-Za-z0-9])((?:mainnet|preprod|preview|testnet)[A-Za-z0-9]{32})" + R, mixedWithEntropy(7, 4.0));
        // format: Exoscale docs, "IAM API keys": the key "EXO" + 24 hex (its secret is 43 url-safe characters)
        add("exoscale.api_key", "EXOSCALE_API_KEY", CRITICAL, Kind.PREFIXED, "exo",
                L + "(EXO[0-9a-f]{24})" + R, mixedWithEntropy(3, 3.0));
        // format: Socket.dev docs, "API tokens": "sktsec_" + a long alphanumeric body
        add("socket.api_token", "SOCKET_API_TOKEN", CRITICAL, Kind.PREFIXED, "sktsec_",
                L + "(sktsec_[A-Za-z0-9_]{40,100}+)" + R, mixedWithEntropy(7, 4.0));
        // format: Sidekiq Pro/Enterprise docs: the gem server credentials "user:password" as two 8-hex halves, set in
        // BUNDLE_ENTERPRISE__CONTRIBSYS__COM / BUNDLE_GEMS__CONTRIBSYS__COM
        add("sidekiq.gem_credentials", "SIDEKIQ_SECRET", CRITICAL, Kind.CONTEXT, "contribsys__com",
                "(?i:contribsys__com)" + SEP + "([0-9a-f]{8}:[0-9a-f]{8})" + R, MIXED);
        // format: HubSpot developer docs (legacy API keys, sunset 2022 but still in old code): ?hapikey= + a UUID
        add("hubspot.api_key", "HUBSPOT_API_KEY", CRITICAL, Kind.CONTEXT, "hapikey",
                "(?<![A-Za-z0-9])(?i:hapikey)(?:=|" + SEP + ")(" + UUID + ")" + RD);

        // webhook and RPC URLs whose path or query carries the secret (the host names the vendor)
        // format: QuickNode docs, "Endpoint security": https://<name>.<network>.quiknode.pro/<40 hex>/
        add("quicknode.endpoint_token", "QUICKNODE_TOKEN", CRITICAL, Kind.CONTEXT, "quiknode.pro/",
                "quiknode\\.pro/([0-9a-f]{40})" + R);
        // format: Ankr docs, "Premium RPC": https://rpc.ankr.com/<chain>/<64 hex>
        add("ankr.rpc_key", "ANKR_API_KEY", CRITICAL, Kind.CONTEXT, "rpc.ankr.com/",
                "rpc\\.ankr\\.com/[a-z0-9_]{2,40}/([0-9a-f]{64})" + R);
        // format: Helius docs, "RPC": https://mainnet.helius-rpc.com/?api-key=<UUID> (and api.helius.xyz)
        add("helius.api_key", "HELIUS_API_KEY", CRITICAL, Kind.CONTEXT, "helius-rpc.com,helius.xyz",
                "helius(?:-rpc\\.com|\\.xyz)[^\\s?\"']{0,80}\\?(?:[^\\s\"']{0,80}&)?api-key=(" + UUID + ")" + RD);
        // format: Make (Integromat) docs, "Webhooks": https://hook.<zone>.make.com/<32 lower-case alphanumerics>
        add("make.webhook", "MAKE_WEBHOOK_URL", CRITICAL, Kind.PREFIXED, "https://hook.",
                "(https://hook\\.(?:[a-z]{2}[0-9]\\.)?(?:make|integromat)\\.com/[a-z0-9]{32})" + R);
        // format: IFTTT Webhooks service: https://maker.ifttt.com/trigger/<event>/with/key/<22 url-safe>
        add("ifttt.webhook_key", "IFTTT_WEBHOOK_KEY", CRITICAL, Kind.CONTEXT, "maker.ifttt.com/",
                "maker\\.ifttt\\.com/(?:use/|trigger/[^/\\s\"']{1,100}+/(?:json/)?with/key/)([A-Za-z0-9_\\-]{22})" + RD);
        // format: DingTalk custom robot docs: https://oapi.dingtalk.com/robot/send?access_token=<64 hex>
        add("dingtalk.webhook", "DINGTALK_WEBHOOK_TOKEN", CRITICAL, Kind.CONTEXT, "oapi.dingtalk.com",
                "oapi\\.dingtalk\\.com/robot/send\\?access_token=([0-9a-f]{64})" + R);
        // format: WeCom (WeChat Work) group robot docs: https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<UUID>
        add("wecom.webhook", "WECOM_WEBHOOK_KEY", CRITICAL, Kind.CONTEXT, "qyapi.weixin.qq.com",
                "qyapi\\.weixin\\.qq\\.com/cgi-bin/webhook/send\\?key=(" + UUID + ")" + RD);
        // format: Feishu / Lark custom bot docs: https://open.feishu.cn/open-apis/bot/v2/hook/<UUID>
        add("feishu.webhook", "FEISHU_WEBHOOK_URL", CRITICAL, Kind.CONTEXT, "/open-apis/bot/v2/hook/",
                "/open-apis/bot/v2/hook/(" + UUID + ")" + RD);

        // keyword-gated: vendor keys of a generic shape (hex, UUID, base62) under the vendor's own key name, header or
        // client constructor (vendorNamed); the value must mix letters and digits at the given entropy, and the
        // scoring drops placeholders and templates as for every CONTEXT rule
        // format: Brave Search API docs: X-Subscription-Token, keys "BSA" + about 28 url-safe characters
        add("brave.search_api_key", "BRAVE_SEARCH_API_KEY", CRITICAL, Kind.CONTEXT, "x-subscription-token,brave",
                "(?<![A-Za-z0-9])(?:(?i:x-subscription-token)|(?i:brave)[A-Za-z0-9_.\\-]{0,30}(?i:key|token))" + SEP
                        + "(BSA[A-Za-z0-9_\\-]{20,40}+)" + RD, mixedWithEntropy(3, 3.5));
        // format: Azure API Management docs, "Subscriptions": the Ocp-Apim-Subscription-Key header or the
        // subscription-key query parameter, 32 hex (also Azure AI services keys sent the same way)
        add("azure.apim_subscription_key", "AZURE_APIM_SUBSCRIPTION_KEY", CRITICAL, Kind.CONTEXT,
                "ocp-apim-subscription-key,subscription-key=",
                "(?<![A-Za-z0-9])(?:(?i:ocp-apim-subscription-key)" + SEP + "|(?<=[?&])subscription-key=)([0-9a-f]{32})" + R,
                mixedWithEntropy(0, 3.0));
        // format: Azure OpenAI docs, "Authentication": api-key header, keys of 32 hex (84 alphanumerics since 2024),
        // AZURE_OPENAI_API_KEY
        vendorNamed("azure.openai_key", "AZURE_OPENAI_API_KEY", "azure[_.\\-]?openai",
                "azure_openai,azure-openai,azureopenai,azure.openai", "[0-9a-f]{32}|[A-Za-z0-9]{84}", 3.0);
        // format: Infobip API docs, "Authentication": "Authorization: App <key>", keys 32 hex + "-" + a UUID
        // (a vendor shape near the vendor's name, so it outranks the "Authorization: App V" scheme rule; scored as
        // CONTEXT, as mailgun.api_key_v2)
        add("infobip.api_key", "INFOBIP_API_KEY", CRITICAL, Kind.PREFIXED, "infobip",
                "(?<![A-Za-z0-9\\-])([0-9a-f]{32}-" + UUID + ")" + RD,
                (t, s, e, sc) -> MIXED.check(t, s, e, Math.min(sc, Kind.CONTEXT.score)));
        // formats (length and alphabet; the key names are the ones the vendors' docs and SDKs read): Shodan developer
        // docs (32 alphanumerics, shodan.Shodan(KEY)); VirusTotal API v3 "x-apikey" (64 hex); Semgrep
        // SEMGREP_APP_TOKEN (64 hex); GitGuardian GITGUARDIAN_API_KEY (about 71 alphanumerics); AbuseIPDB (80 hex);
        // Have I Been Pwned "hibp-api-key" (32 hex); IPinfo access tokens (14 hex); Etherscan and its sister
        // explorers (34 upper-case alphanumerics); OpenWeather "appid" (32 hex); Hetzner Cloud HCLOUD_TOKEN (64
        // alphanumerics); Vultr VULTR_API_KEY (36 upper-case alphanumerics); Splunk HEC tokens (UUIDs); Mandrill (22
        // url-safe); Mailjet MJ_APIKEY_PRIVATE (32 hex); SparkPost (40 hex); Plaid PLAID_SECRET (30 hex); Braintree
        // private keys (32 hex); Binance API keys and secrets (64 alphanumerics); Alpaca APCA_API_SECRET_KEY (40);
        // Vonage/Nexmo API secrets (16); Plivo auth tokens (40); MessageBird access keys (25); LINE Messaging API
        // channel secrets (32 hex) and channel access tokens (long base64); Steam Web API keys (32 upper-case hex);
        // Pipedrive API tokens (40 hex); Shortcut (Clubhouse) "Shortcut-Token" (UUID); Railway RAILWAY_TOKEN (UUID);
        // Codecov CODECOV_TOKEN (UUID); Opsgenie "GenieKey" (UUID); Duo Admin/Auth API secret keys "skey" (40);
        // Auth0 client secrets (64 url-safe); Zendesk API tokens (40); Sumo Logic access keys (64); Confluent Cloud
        // API secrets (64 of base64); Rollbar access tokens (32 hex); Bugsnag auth tokens (32 hex); Mixpanel API
        // secrets (32 hex); Amplitude secret keys (32 hex); Upstash Redis REST and QStash tokens; Mux token secrets
        // (about 75 of base64); Backblaze B2 application keys ("K" + 3 digits + 27); Exoscale API secrets (43
        // url-safe); Azure OpenAI keys (32 hex, 84 alphanumerics since 2024)
        vendorNamed("shodan.api_key", "SHODAN_API_KEY", "shodan", "shodan", "[A-Za-z0-9]{32}", 3.5);
        vendorNamed("virustotal.api_key", "VIRUSTOTAL_API_KEY", "virustotal|vt[_\\-]api", "virustotal,vt_api,vt-api",
                "[0-9a-f]{64}", 3.0);
        vendorNamed("semgrep.app_token", "SEMGREP_APP_TOKEN", "semgrep", "semgrep", "[0-9a-f]{64}", 3.0);
        vendorNamed("gitguardian.api_key", "GITGUARDIAN_API_KEY", "gitguardian|gg_api", "gitguardian,gg_api",
                "[A-Za-z0-9]{60,80}+", 4.0);
        vendorNamed("abuseipdb.api_key", "ABUSEIPDB_API_KEY", "abuseipdb", "abuseipdb", "[0-9a-f]{80}", 3.0);
        vendorNamed("hibp.api_key", "HIBP_API_KEY", "hibp|haveibeenpwned", "hibp,haveibeenpwned", "[0-9a-f]{32}", 3.0);
        vendorNamed("ipinfo.token", "IPINFO_TOKEN", "ipinfo", "ipinfo", "[0-9a-f]{14}", 2.5);
        vendorNamed("etherscan.api_key", "ETHERSCAN_API_KEY", "etherscan|bscscan|polygonscan|arbiscan",
                "etherscan,bscscan,polygonscan,arbiscan", "[A-Z0-9]{34}", 3.5);
        vendorNamed("openweather.api_key", "OPENWEATHER_API_KEY", "openweather(?:map)?|owm", "openweather,owm_,owm-",
                "[0-9a-f]{32}", 3.0);
        vendorNamed("hetzner.api_token", "HETZNER_API_TOKEN", "hcloud|hetzner", "hcloud,hetzner", "[A-Za-z0-9]{64}", 4.0);
        vendorNamed("vultr.api_key", "VULTR_API_KEY", "vultr", "vultr", "[A-Z0-9]{36}", 3.5);
        vendorNamed("splunk.token", "SPLUNK_TOKEN", "splunk", "splunk", UUID, 3.0);
        vendorNamed("mandrill.api_key", "MANDRILL_API_KEY", "mandrill", "mandrill", "[A-Za-z0-9_\\-]{22}", 3.5);
        vendorNamed("mailjet.secret_key", "MAILJET_SECRET_KEY", "mailjet|mj_api", "mailjet,mj_api",
                "[0-9a-f]{32}", 3.0);
        vendorNamed("sparkpost.api_key", "SPARKPOST_API_KEY", "sparkpost", "sparkpost", "[0-9a-f]{40}", 3.0);
        vendorNamed("plaid.secret", "PLAID_SECRET", "plaid", "plaid", "[0-9a-f]{30}", 3.0);
        vendorNamed("braintree.private_key", "BRAINTREE_PRIVATE_KEY", "braintree", "braintree", "[0-9a-f]{32}", 3.0);
        vendorNamed("binance.api_key", "BINANCE_API_KEY", "binance", "binance", "[A-Za-z0-9]{64}", 4.0);
        vendorNamed("alpaca.secret_key", "ALPACA_SECRET_KEY", "apca|alpaca", "apca,alpaca", "[A-Za-z0-9]{40}", 4.0);
        vendorNamed("vonage.api_secret", "VONAGE_API_SECRET", "vonage|nexmo", "vonage,nexmo", "[A-Za-z0-9]{16}", 3.0);
        vendorNamed("plivo.auth_token", "PLIVO_AUTH_TOKEN", "plivo", separated("plivo"), "[A-Za-z0-9]{40}", 4.0);
        vendorNamed("messagebird.api_key", "MESSAGEBIRD_API_KEY", "messagebird", "messagebird", "[A-Za-z0-9]{25}", 3.5);
        vendorNamed("line.channel_secret", "LINE_CHANNEL_SECRET", "line[_.\\-]?channel", "line_channel,linechannel,"
                + "line-channel,line.channel", "[0-9a-f]{32}|[A-Za-z0-9+/]{150,200}+={0,2}", 3.0);
        vendorNamed("steam.api_key", "STEAM_API_KEY", "steam", separated("steam"), "[0-9A-F]{32}", 3.0);
        vendorNamed("pipedrive.api_token", "PIPEDRIVE_API_TOKEN", "pipedrive", "pipedrive", "[0-9a-f]{40}", 3.0);
        vendorNamed("shortcut.api_token", "SHORTCUT_API_TOKEN", "shortcut|clubhouse", "shortcut,clubhouse", UUID, 3.0);
        vendorNamed("railway.token", "RAILWAY_TOKEN", "railway", "railway", UUID, 3.0);
        vendorNamed("codecov.token", "CODECOV_TOKEN", "codecov", "codecov", UUID, 3.0);
        vendorNamed("opsgenie.api_key", "OPSGENIE_API_KEY", "opsgenie|geniekey", "opsgenie,geniekey", UUID, 3.0);
        vendorNamed("duo.secret_key", "DUO_SECRET_KEY", "duo[_.\\-]", "duo_,duo.,duo-", "[A-Za-z0-9]{40}", 4.0);
        vendorNamed("auth0.client_secret", "AUTH0_CLIENT_SECRET", "auth0", "auth0", "[A-Za-z0-9_\\-]{64}", 4.0);
        vendorNamed("zendesk.api_token", "ZENDESK_API_TOKEN", "zendesk", "zendesk", "[A-Za-z0-9]{40}", 4.0);
        vendorNamed("sumologic.access_key", "SUMOLOGIC_ACCESS_KEY", "sumo(?:logic)?", separated("sumo") + ",sumologic",
                "[A-Za-z0-9]{64}", 4.0);
        vendorNamed("confluent.api_secret", "CONFLUENT_API_SECRET", "confluent", "confluent", "[A-Za-z0-9+/]{64}", 4.0);
        vendorNamed("rollbar.access_token", "ROLLBAR_ACCESS_TOKEN", "rollbar", "rollbar", "[0-9a-f]{32}", 3.0);
        // (Mixpanel project tokens, Amplitude API keys and Bugsnag notifier keys ship in browser code: only the
        // secret or auth-token key names, and no SDK initialiser)
        vendorNamed("bugsnag.api_key", "BUGSNAG_API_KEY", "bugsnag", "bugsnag", "auth|token", false, "[0-9a-f]{32}", 3.0);
        vendorNamed("mixpanel.api_secret", "MIXPANEL_API_SECRET", "mixpanel", "mixpanel", "secret", false, "[0-9a-f]{32}",
                3.0);
        vendorNamed("amplitude.secret_key", "AMPLITUDE_SECRET_KEY", "amplitude", separated("amplitude"), "secret", false,
                "[0-9a-f]{32}", 3.0);
        vendorNamed("upstash.token", "UPSTASH_TOKEN", "upstash|qstash", "upstash,qstash", "[A-Za-z0-9_\\-]{40,120}+=?", 4.0);
        vendorNamed("mux.token_secret", "MUX_TOKEN_SECRET", "mux", "mux", "[A-Za-z0-9+/]{70,80}+", 4.0);
        vendorNamed("backblaze.application_key", "BACKBLAZE_APPLICATION_KEY", "b2|backblaze", "b2_,b2-,backblaze",
                "K[0-9]{3}[A-Za-z0-9+/]{27}", 4.0);
        vendorNamed("exoscale.api_secret", "EXOSCALE_API_SECRET", "exoscale", "exoscale", "[A-Za-z0-9_\\-]{43}", 4.0);
        // format: Klaviyo docs, "Private API keys": "pk_" + 34 hex (the 6-character site id is public)
        add("klaviyo.private_key", "KLAVIYO_PRIVATE_KEY", CRITICAL, Kind.CONTEXT, "pk_",
                L + "(pk_[0-9a-f]{34})" + R, mixedNear(300, "klaviyo"));

        // ---------------------------------------------------------------- search windows
        // anchored rules whose match starts before the keyword occurrence (keyword inside the token or key name)
        window("openai.api_key", 200, 0);
        window("ruby.smtp_start_password", 140, 0);
        window("alchemy.api_key", 60, 0);
        window("infura.api_key", 80, 0);
        window("postmark.token_in_section", 0, 300);
        window("scaleway.secret_in_section", 0, 300);
        window("honeycomb.config_key", 40, 0);
        window("hashicorp.unseal_key", 10, 0);
        window("aws.session_token", 20, 0);
        window("azure.app_config", 100, 0);
        window("azure.sas_token", 1, 0);
        window("azure.ad_client_secret", 5, 0);
        window("azure.devops_pat", 76, 0);
        window("azure.functions_key", 1, 0);
        window("codeclimate.reporter_id", 10, 0);
        window("terraform.token", 15, 0);
        window("slack.webhook", 8, 0);
        window("discord.webhook", 40, 0);
        window("msteams.webhook", 220, 0);
        window("telegram.bot_token", 10, 0);
        window("mailchimp.api_key", 32, 0);
        window("salesforce.token", 15, 0);
        window("newrelic.license_key", 36, 0);
        window("http.basic_auth", 30, 0);
        window("xml.config_secret", 110, 0);
        window("odbc.password", 1, 0);
        window("mysql.cli_password", 210, 0);
        window("generated.password", 0, 0);
        window("generic.secret_quoted", 0, 0);
        window("generic.secret_bare", 0, 0);
        window("generic.secret_query", 15, 0);
        window("crypto.private_key", 0, 0);
        // "near" rules: the keyword gates, the token is found in a window around it
        window("hashicorp.vault_token_legacy", 0, 260);
        window("kubernetes.bootstrap_token", 0, 120);
        window("discord.bot_token", 0, 400);
        window("ngrok.token", 0, 260);
        window("kagi.api_key", 0, 200);
        window("datadog.api_key_near", 160, 240);
        window("crypto.wif_private_key", 0, 300);
        window("truenas.api_key", 0, 140);
        separator("azure.storage_key_named");
        separator("generic.secret_quoted", "generic.secret_bare", "generic.password_quoted", "generic.password_bare",
                "azure.devops_pat_legacy", "github.oauth_client_secret", "twilio.auth_token", "facebook.secret",
                "twitter.secret", "linkedin.secret", "heroku.api_key", "sauce.access_key", "postmark.token",
                "linode.token", "datadog.api_key", "cloudflare.global_key", "jenkins.crumb",
                "newrelic.license_key_hex", "aws.secret_access_key", "figma.legacy_token");
        window("blynk.token", 0, 480);
        window("particle.token", 400, 480);
        window("asana.pat", 0, 300);
        window("zapier.webhook", 8, 0);
        window("pgpass.line", 110, 0);
        window("sql.password", 0, 0);
        window("twilio.sid_and_token", 0, 400);
        window("generic.xml_password", 0, 0);
        window("generic.xml_secret", 0, 0);
        window("generic.dockerfile_env", 0, 0);
        separator("laravel.app_key");
        window("generic.setter_password", 0, 0);
        window("generic.setter_secret", 0, 0);
        window("oracle.user_password", 0, 0);
        window("cli.stdin_secret", 300, 20);
        window("generic.dsl_password", 0, 0);
        window("cli.env_flag_password", 0, 250);
        window("go_mysql.dsn_password", 170, 0);
        window("jdbc.password_param", 0, 500);
        window("cli.env_flag_secret", 0, 250);
        window("mailgun.api_key_v2", 0, 300);
        window("generic.secret_nextline", 0, 0);
        window("generic.password_nextline", 0, 0);
        separator("generic.secret_nextline", "generic.password_nextline", "fastly.api_token", "vercel.legacy_token",
                "generic.key_bare");
        window("pagerduty.integration_key", 100, 300);
        separator("django.secret_key_generated");
        separator("alibaba.access_key_secret_named", "twilio.api_key_secret", "paypal.client_secret");
        window("twilio.auth_token_near", 300, 400);
        window("okta.api_token_near", 200, 400);
        window("twilio.key_sid_and_secret", 0, 400);
        window("pagerduty.api_key_near", 120, 200);
        window("postmark.token_setter", 0, 300);
        window("azure.cosmos_key", 300, 400);
        separator("generic.key_512bit");
        window("cli.tool_password_flag", 2, 0); // unzip, xfreerdp, wfreerdp: the keyword is inside the command
        window("azure.identifiable_key_88", 76, 0);
        window("azure.identifiable_key_44", 33, 0);
        window("azure.identifiable_function_key", 44, 0);
        window("azure.identifiable_search_key", 42, 0);
        window("azure.identifiable_acr_key", 42, 0);
        window("maxmind.license_key", 36, 0); // the keyword "_mmk" ends the key
        window("akamai.client_secret", 400, 400); // .edgerc: client_secret is written before the akab- tokens
        window("infobip.api_key", 300, 400);
        window("blockfrost.project_id", 300, 300);
        separator("sidekiq.gem_credentials");
    }
}
