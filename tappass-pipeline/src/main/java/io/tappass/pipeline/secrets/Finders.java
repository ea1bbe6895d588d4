package io.tappass.pipeline.secrets;

import io.tappass.pipeline.internal.Texts;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Hand-written scanners for structures that regular expressions handle badly or slowly: PEM blocks, service-account
 * JSON objects, credentials in URLs, base64-wrapped PEM, and the structural checks of JWTs and Basic headers. All
 * are single forward passes with fixed caps, so they are linear in the input.
 */
final class Finders {

    private Finders() {
    }

    private static final int PEM_CAP = 64 * 1024;

    static int indexOf(String text, String needle, int from, int limit) {
        return Texts.indexOf(text, needle, from, limit);
    }

    private static boolean isB64(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                || c == '=';
    }

    /** {@code -----BEGIN ... PRIVATE KEY-----} through the matching END line (or the end of the body). */
    static void pemPrivateKey(String text, Rule rule, List<SecretMatch> out, Occurrences at) {
        int from = 0;
        int[] endCache = {-2};
        while (true) {
            int b = at.next(text, "-----BEGIN ", from); // keyword "-----begin"
            if (b < 0) {
                return;
            }
            from = b + 11;
            int[] span = pemSpan(text, b, endCache);
            if (span != null) {
                out.add(new SecretMatch(rule.type, rule.id, rule.severity, 1.0, span[0], span[1]));
                from = span[1];
            }
        }
    }

    /** The span of a private-key PEM block starting at {@code b}, or null when it is not one or a placeholder. */
    static int[] pemSpan(String text, int b, int[] endCache) {
        int labelEnd = indexOf(text, "-----", b + 11, b + 92);
        if (labelEnd < 0 || labelEnd - b > 80) {
            return null;
        }
        String label = text.substring(b + 11, labelEnd);
        if (!label.contains("PRIVATE KEY")) {
            return null;
        }
        int bodyStart = labelEnd + 5;
        int limit = Math.min(text.length(), bodyStart + PEM_CAP);
        // the next END marker, cached across calls so that many BEGIN lines stay linear
        if (endCache[0] != -1 && endCache[0] < bodyStart) {
            endCache[0] = Texts.find(text, "-----END ", bodyStart);
        }
        int endMarker = endCache[0];
        int bodyEnd;
        int end;
        if (endMarker >= 0 && endMarker < limit) {
            bodyEnd = endMarker;
            int k = indexOf(text, "KEY", endMarker, endMarker + 60);
            if (k < 0 || k - endMarker > 60) {
                return null;
            }
            int p = k + 3;
            if (text.startsWith(" BLOCK", p)) {
                p += 6;
            }
            while (p < text.length() && p < k + 14 && text.charAt(p) == '-') {
                p++;
            }
            end = p;
        } else {
            // truncated block: the body runs while characters look like base64, whitespace or string quoting
            int p = bodyStart;
            int lastB64 = -1;
            while (p < limit) {
                char c = text.charAt(p);
                if (c == '-' && p + 2 < limit && text.charAt(p + 1) == '-' && text.charAt(p + 2) == '-') {
                    break; // the next armour line ("-----BEGIN ..."): the body ends here
                }
                if (isB64(c)) {
                    lastB64 = p;
                } else if (!(c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\\' || c == '"' || c == '\''
                        || c == ',' || c == ':' || c == '-' || c == '.')) {
                    break;
                }
                p++;
            }
            if (lastB64 < 0) {
                return null;
            }
            bodyEnd = lastB64 + 1;
            end = bodyEnd;
        }
        int b64 = 0;
        int distinct = 0;
        boolean[] seen = new boolean[128];
        for (int i = bodyStart; i < bodyEnd; i++) {
            char c = text.charAt(i);
            if (isB64(c) && c != '=') {
                b64++;
                if (!seen[c]) {
                    seen[c] = true;
                    distinct++;
                }
            }
        }
        if (b64 < 64 || distinct < 16) {
            return null;
        }
        return new int[] {b, end};
    }

    /** A service-account key: the JSON object holding {@code "type": "service_account"} and a real private key. */
    static void gcpServiceAccount(String text, Rule rule, List<SecretMatch> out, Occurrences at) {
        int from = 0;
        while (true) {
            int t = at.next(text, "service_account", from); // keyword "service_account"
            if (t < 0) {
                return;
            }
            from = t + 15;
            // must be the value of a "type" key
            int q = t - 1;
            if (q < 0 || text.charAt(q) != '"') {
                continue;
            }
            int p = q - 1;
            while (p >= 0 && p > q - 20 && Character.isWhitespace(text.charAt(p))) {
                p--;
            }
            if (p < 0 || text.charAt(p) != ':') {
                continue;
            }
            p--;
            while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
                p--;
            }
            if (p < 5 || !text.startsWith("\"type\"", p - 5)) {
                continue;
            }
            int open = -1;
            for (int j = p - 5; j >= 0 && j > p - 4096; j--) {
                if (text.charAt(j) == '{') {
                    open = j;
                    break;
                }
            }
            if (open < 0) {
                continue;
            }
            int close = matchBrace(text, open);
            int limit = close < 0 ? Math.min(text.length(), open + PEM_CAP) : close + 1;
            int pem = indexOf(text, "-----BEGIN ", open, limit);
            if (pem < 0) {
                continue;
            }
            int[] key = pemSpan(text, pem, new int[] {-2});
            if (key == null) {
                continue;
            }
            int end = close < 0 ? key[1] : close + 1;
            out.add(new SecretMatch(rule.type, rule.id, rule.severity, 1.0, open, end));
            from = end;
        }
    }

    /** The index of the brace closing the one at {@code open}, ignoring braces in JSON strings; -1 if none. */
    private static int matchBrace(String text, int open) {
        int depth = 0;
        boolean inString = false;
        int limit = Math.min(text.length(), open + PEM_CAP);
        for (int i = open; i < limit; i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A base64-encoded PEM private key ({@code LS0tLS1CRUdJTi...} = base64 of "-----BEGIN"). */
    static void base64Pem(String text, Rule rule, List<SecretMatch> out, Occurrences at) {
        int from = 0;
        while (true) {
            int b = Texts.find(text, "LS0tLS1CRUdJTi", from);
            if (b < 0) {
                return;
            }
            int e = b;
            int limit = Math.min(text.length(), b + PEM_CAP);
            while (e < limit && isB64(text.charAt(e))) {
                e++;
            }
            from = e;
            if (e - b < 100) {
                continue;
            }
            int head = Math.min(e - b, 96) & ~3;
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(text.substring(b, b + head)),
                        StandardCharsets.ISO_8859_1);
            } catch (IllegalArgumentException ex) {
                continue;
            }
            if (decoded.contains("PRIVATE KEY")) {
                out.add(new SecretMatch(rule.type, rule.id, rule.severity, 1.0, b, e));
            }
        }
    }

    /** The largest base64 value of a Kubernetes Secret's {@code data:} that is decoded and scanned. */
    private static final int K8S_VALUE_CAP = 16 * 1024;

    /**
     * Kubernetes Secret manifests ({@code kind: Secret}, YAML): every {@code NAME: <base64>} entry of the
     * {@code data:} block is decoded and the text {@code NAME=<decoded>} is scanned with the default rules, so a
     * base64-wrapped AWS key, database URL or password is reported with its own type over the span of the base64
     * value. The whole manifest is {@code detect_infra}'s KUBERNETES_SECRET finding; this reports what it holds.
     * Linear: each document is read once, each value is decoded once (capped), and decoded text is 3/4 the size.
     */
    static void kubernetesSecretData(String text, Rule rule, List<SecretMatch> out, Occurrences at) {
        kubernetesSecretData(text, rule, out, SecretScanner.defaults(), at);
    }

    /** As above, scanning the decoded values with {@code scanner} (its allowlist and disabled rules apply). */
    static void kubernetesSecretData(String text, Rule rule, List<SecretMatch> out, SecretScanner scanner,
                                     Occurrences at) {
        int from = 0;
        int n = text.length();
        while (true) {
            int k = at.next(text, "kind: Secret", from); // keyword "kind: secret"
            if (k < 0) {
                return;
            }
            int docStart = text.lastIndexOf("\n---", k);
            docStart = docStart < 0 ? 0 : docStart + 4;
            int docEnd = Texts.find(text, "\n---", k);
            docEnd = docEnd < 0 ? n : docEnd;
            from = Math.max(k + 12, docEnd);
            int d = lineStarting(text, "data:", docStart, docEnd);
            if (d < 0) {
                continue;
            }
            int p = text.indexOf('\n', d);
            while (p >= 0 && p < docEnd) {
                int ls = p + 1;
                int le = text.indexOf('\n', ls);
                if (le < 0 || le > docEnd) {
                    le = docEnd;
                }
                int i = ls;
                while (i < le && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
                if (i == ls && i < le) {
                    break; // the next top-level key ends the data block
                }
                int ns = i;
                while (i < le && (isKeyChar(text.charAt(i)))) {
                    i++;
                }
                int ne = i;
                if (ne > ns && i < le && text.charAt(i) == ':') {
                    i++;
                    while (i < le && text.charAt(i) == ' ') {
                        i++;
                    }
                    if (i < le && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
                        i++;
                    }
                    int vs = i;
                    while (i < le && i - vs <= K8S_VALUE_CAP && isB64(text.charAt(i))) {
                        i++;
                    }
                    int ve = i;
                    if (ve - vs >= 8 && ve - vs <= K8S_VALUE_CAP) {
                        SecretMatch inner = decodedSecret(text.substring(ns, ne), text.substring(vs, ve), scanner);
                        if (inner != null) {
                            // a decoded text without a credential (admin, ${DB_PASSWORD}) wins the overlap with a
                            // generic match on the base64 and is then dropped (score 0, see SecretScanner)
                            out.add(new SecretMatch(inner.type(), rule.id, inner.severity(), inner.score(), vs, ve));
                        }
                    }
                }
                p = le < docEnd ? le : -1;
            }
        }
    }

    /**
     * The index of a line of {@code [from, to)} that starts with {@code prefix}, or -1: {@code from} itself when a
     * line starts there, else the first {@code "\n" + prefix} (one {@code indexOf}, not one per line).
     */
    private static int lineStarting(String text, String prefix, int from, int to) {
        if (from >= to) {
            return -1;
        }
        if (text.startsWith(prefix, from) && (from == 0 || text.charAt(from - 1) == '\n')) {
            return from;
        }
        int nl = Texts.find(text, "\n" + prefix, from);
        return nl >= 0 && nl + 1 < to ? nl + 1 : -1;
    }

    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                || c == '.';
    }

    /** Marks a decoded Kubernetes data value that holds no credential (dropped after overlaps are resolved). */
    static final String NO_SECRET = "NO_SECRET";

    /**
     * The strongest credential in {@code name=decode(b64)}; a {@link #NO_SECRET} match when it decodes to text
     * without one; null when it does not decode to text (binary data such as keystores is left to other rules).
     */
    private static SecretMatch decodedSecret(String name, String b64, SecretScanner scanner) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException ex) {
            return null;
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == '\uFFFD') {
                return null; // binary data (keystores, images): not scanned
            }
        }
        // the value is the decoded bytes, literally: one with "$" is single-quoted (no shell interpolation), or the
        // generic rules would read "uQ-$3x…" as an unquoted shell value holding a reference
        boolean quote = decoded.indexOf('$') >= 0 && decoded.indexOf('\'') < 0 && decoded.indexOf('\n') < 0
                && decoded.indexOf('\r') < 0;
        SecretMatch best = null;
        for (SecretMatch m : scanner.scan(quote ? name + "='" + decoded + "'" : name + "=" + decoded)) {
            if (best == null || m.score() > best.score()) {
                best = m;
            }
        }
        return best != null ? best : new SecretMatch(NO_SECRET, "", io.tappass.core.governance.Severity.LOW, 0, 0, 0);
    }

    /** JWT check: the header must base64url-decode to a JSON object naming {@code alg} or {@code typ}. */
    static double jwtHeader(String text, int s, int e, double score) {
        int dot = text.indexOf('.', s);
        if (dot < 0 || dot > e) {
            return -1;
        }
        int n = Math.min(dot - s, 96) & ~3;
        String header;
        try {
            header = new String(Base64.getUrlDecoder().decode(text.substring(s, s + n)),
                    StandardCharsets.ISO_8859_1);
        } catch (IllegalArgumentException ex) {
            return -1;
        }
        if (!header.startsWith("{") || !(header.contains("\"alg\"") || header.contains("\"typ\""))) {
            return -1;
        }
        // an unsecured JWT (RFC 7519 section 6: "alg": "none" and an empty signature) proves nothing to a verifier
        // that checks signatures: a claim set, not a credential (documentation shows them to explain rejection)
        if (text.charAt(e - 1) == '.' && header.replace(" ", "").contains("\"alg\":\"none\"")) {
            return -1;
        }
        return isDocumentationJwt(text, dot + 1, e) ? -1 : score;
    }

    /**
     * Whether the payload is jwt.io's sample claim set ({@code "sub":"1234567890","name":"John Doe"}), which the
     * JWT introduction and countless tutorials sign with every algorithm: a documentation example.
     */
    private static boolean isDocumentationJwt(String text, int p, int e) {
        int dot = text.indexOf('.', p);
        int end = dot < 0 || dot > e ? e : dot;
        int n = Math.min(end - p, 1024) & ~3;
        String payload;
        try {
            payload = new String(Base64.getUrlDecoder().decode(text.substring(p, p + n)), StandardCharsets.ISO_8859_1);
        } catch (IllegalArgumentException ex) {
            return false;
        }
        if (payload.contains("\"sub\":\"1234567890\"") && payload.contains("\"name\":\"John Doe\"")) {
            return true;
        }
        // Supabase's anon key: a JWT with the role "anon", public by design (Supabase docs, "Understanding API
        // keys": safe to use in a browser with row-level security); the service_role key stays reported
        return payload.replace(" ", "").contains("\"role\":\"anon\"");
    }

    /** Discord's epoch, 2015-01-01T00:00:00Z in ms (Discord developer docs, "Snowflakes"). */
    private static final long DISCORD_EPOCH = 1420070400000L;
    /** The latest plausible snowflake timestamp: 2040-01-01 (tokens from the future are not tokens). */
    private static final long DISCORD_LATEST = 2208988800000L;

    /**
     * Discord bot token check: the first dot-separated segment must be the base64 of a snowflake id, 17 to 20
     * decimal digits whose timestamp ({@code id >> 22} ms after 2015-01-01) lies between 2015 and 2040.
     */
    static double discordSnowflake(String text, int s, int e, double score) {
        int dot = text.indexOf('.', s);
        if (dot < 0 || dot > e) {
            return -1;
        }
        String seg = text.substring(s, dot);
        byte[] id;
        try {
            id = Base64.getUrlDecoder().decode(seg);
        } catch (IllegalArgumentException ex) {
            return -1;
        }
        if (id.length < 17 || id.length > 20) {
            return -1;
        }
        long v = 0;
        for (byte b : id) {
            if (b < '0' || b > '9') {
                return -1;
            }
            if (v > (Long.MAX_VALUE - 9) / 10) {
                return -1;
            }
            v = v * 10 + (b - '0');
        }
        long ms = (v >>> 22) + DISCORD_EPOCH;
        return ms >= DISCORD_EPOCH && ms <= DISCORD_LATEST ? score : -1;
    }

    /** Schemes of {@code Authorization: <scheme> <value>} whose value is an API key or token by name. */
    private static final java.util.Set<String> KEY_SCHEMES = java.util.Set.of("token", "apikey", "api-key",
            "sso-key", "key");

    /**
     * {@code Authorization: <scheme> <value>}: the value needs 3.0+ bits/char; under a scheme other than
     * Token/ApiKey/Key (a vendor's: SSWS, GenieKey, Splunk, Bot) it must also mix letters and digits, like every
     * generated key, and not be a word list ({@code Authorization: Required for admin}).
     */
    static double authorizationScheme(String text, int s, int e, double score) {
        String v = text.substring(s, e);
        if (Placeholders.entropy(v) < 3.0) {
            return -1;
        }
        int p = s;
        while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\t')) {
            p--;
        }
        int q = p;
        while (q > 0 && (Character.isLetterOrDigit(text.charAt(q - 1)) || text.charAt(q - 1) == '-'
                || text.charAt(q - 1) == '_')) {
            q--;
        }
        if (KEY_SCHEMES.contains(text.substring(q, p).toLowerCase(java.util.Locale.ROOT))) {
            return score;
        }
        return Rules.MIXED.check(text, s, e, score);
    }

    /** Basic header check: the value must decode to {@code user:password} with a non-empty password. */
    static double basicAuthHeader(String text, int s, int e, double score) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(text.substring(s, e)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException ex) {
            return -1;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon == decoded.length() - 1) {
            return -1;
        }
        for (int i = 0; i < decoded.length(); i++) {
            if (decoded.charAt(i) < 0x20) {
                return -1;
            }
        }
        String pass = decoded.substring(colon + 1);
        return Placeholders.isTemplate(pass) || isPlaceholderPassword(pass, decoded.substring(0, colon)) ? -1 : score;
    }

    private static final java.util.Set<String> DB_SCHEMES = java.util.Set.of(
            "postgres", "postgresql", "mysql", "mariadb", "mongodb", "mongodb+srv", "redis", "rediss", "amqp",
            "amqps", "mssql", "sqlserver", "oracle", "db2", "cockroachdb", "clickhouse", "couchdb", "couchbase",
            "neo4j", "neo4j+s", "bolt", "cassandra", "memcached", "nats", "kafka", "mqtt", "mqtts", "ldap", "ldaps",
            "snowflake", "presto", "trino", "hive", "influxdb", "rethinkdb", "arangodb", "sqlite", "firebird",
            "postgis", "timescaledb", "r2dbc");

    /** Credentials in URLs: {@code scheme://user:password@host}, typed as a database URL or a basic-auth URL. */
    static void urlCredentials(String text, Rule rule, List<SecretMatch> out, Occurrences at) {
        int from = 0;
        int n = text.length();
        while (true) {
            int sep = at.next(text, "://", from); // keyword "://"
            if (sep < 0) {
                return;
            }
            from = sep + 3;
            int ss = sep;
            while (ss > 0 && ss > sep - 20) {
                char c = text.charAt(ss - 1);
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '.'
                        || c == '-') {
                    ss--;
                } else {
                    break;
                }
            }
            if (ss == sep) {
                continue;
            }
            String scheme = text.substring(ss, sep).toLowerCase(Locale.ROOT);
            if (ss >= 5 && text.regionMatches(true, ss - 5, "jdbc:", 0, 5)) {
                ss -= 5;
            }
            int a = sep + 3;
            int limit = Math.min(n, a + 512);
            int authEnd = a;
            int lastAt = -1;
            while (authEnd < limit) {
                char c = text.charAt(authEnd);
                if (c <= ' ' || c == '"' || c == '\'' || c == '`' || c == '/' || c == '?' || c == '#' || c == '<'
                        || c == '>' || c == ',' || c == '\\' || c >= 0x80) {
                    break;
                }
                if (c == '@') {
                    lastAt = authEnd;
                }
                authEnd++;
            }
            if (lastAt < 0 && authEnd < limit && (text.charAt(authEnd) == '#' || text.charAt(authEnd) == '?')) {
                // an unencoded '#' or '?' in the password: look for user:pass@host up to whitespace, not past '/'
                int p = authEnd;
                while (p < limit) {
                    char c = text.charAt(p);
                    if (c <= ' ' || c == '"' || c == '\'' || c == '`' || c == '/' || c == '<' || c == '>'
                            || c == '\\' || c >= 0x80) {
                        break;
                    }
                    if (c == '@') {
                        lastAt = p;
                    }
                    p++;
                }
            }
            if (lastAt < 0) {
                continue;
            }
            int colon = indexOf(text, ":", a, lastAt);
            if (colon < 0) {
                continue;
            }
            String user = text.substring(a, colon);
            String pass = text.substring(colon + 1, lastAt);
            if (pass.isEmpty() || pass.length() < 4 || (!user.isEmpty() && Placeholders.isTemplate(user))
                    || Placeholders.isTemplate(pass)
                    || user.startsWith("{") || isPlaceholderPassword(pass, user)
                    || user.equalsIgnoreCase("anonymous")) { // RFC 1635: any text is the anonymous password
                continue;
            }
            // the host must look like a host (not a unix socket path or another template)
            int h = lastAt + 1;
            if (h >= n) {
                continue;
            }
            char hc = text.charAt(h);
            if (!(Character.isLetterOrDigit(hc) || hc == '[')) {
                continue;
            }
            int hostEnd = h;
            while (hostEnd < n) {
                char c = text.charAt(hostEnd);
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                        || c == ':' || c == '_' || c == '[' || c == ']' || c == '%') {
                    hostEnd++;
                } else {
                    break;
                }
            }
            while (hostEnd > h && (text.charAt(hostEnd - 1) == '.' || text.charAt(hostEnd - 1) == ':')) {
                hostEnd--;
            }
            if (hostEnd == h || isDocumentationAddress(text, h, hostEnd)) {
                continue;
            }
            int plus = scheme.indexOf('+');
            // SQLAlchemy-style "dialect+driver" schemes (postgresql+psycopg2, mysql+pymysql, mssql+pyodbc)
            boolean db = DB_SCHEMES.contains(scheme) || plus > 0 && DB_SCHEMES.contains(scheme.substring(0, plus))
                    || text.regionMatches(true, ss, "jdbc:", 0, 5);
            int end = hostEnd;
            if (db) {
                // database URLs are reported whole (host list, database, options), up to whitespace or quoting
                int p = hostEnd;
                int lim = Math.min(n, hostEnd + 2048);
                while (p < lim) {
                    char c = text.charAt(p);
                    if (c <= ' ' || c == '"' || c == '\'' || c == '`' || c == '<' || c == '>' || c == ')'
                            || c >= 0x80) {
                        break;
                    }
                    p++;
                }
                while (p > hostEnd && ".,;:\\".indexOf(text.charAt(p - 1)) >= 0) {
                    p--;
                }
                end = p;
            }
            double score = WORD_PASSWORDS.contains(pass.toLowerCase(Locale.ROOT))
                    || FIXTURE_PASSWORD.matcher(pass).matches() ? SecretScanner.ONE_CHAR_FILLER_SCORE
                    : Placeholders.entropy(pass) >= 2.5 ? 1.0 : 0.9;
            out.add(new SecretMatch(db ? "DATABASE_CONNECTION_STRING" : "BASIC_AUTH_URL", rule.id, rule.severity,
                    score, ss, end));
            from = Math.max(from, end);
        }
    }

    /**
     * Whether the host is an address reserved for documentation (RFC 5737: 192.0.2.0/24, 198.51.100.0/24,
     * 203.0.113.0/24; RFC 3849: 2001:db8::/32): such a URL is an example and cannot reach a server.
     */
    static boolean isDocumentationAddress(String text, int h, int hostEnd) {
        int p = h < hostEnd && text.charAt(h) == '[' ? h + 1 : h;
        return startsWithIn(text, p, hostEnd, "192.0.2.") || startsWithIn(text, p, hostEnd, "198.51.100.")
                || startsWithIn(text, p, hostEnd, "203.0.113.") || startsWithIn(text, p, hostEnd, "2001:db8:")
                || startsWithIn(text, p, hostEnd, "2001:DB8:");
    }

    private static boolean startsWithIn(String text, int p, int end, String prefix) {
        return end - p > prefix.length() && text.startsWith(prefix, p);
    }

    private static final java.util.Set<String> PLACEHOLDER_PASSWORDS = java.util.Set.of(
            "password", "passwd", "mypassword", "yourpassword", "your_password", "your-password",
            "changeme", "secretpassword", "pwd", "xxx", "xxxx", "password123", "p@ssw0rd", "p@ssword", "placeholder",
            "replace_with_password", "replace-with-password", "db_password", "dbpassword", "user_password");

    /**
     * Passwords of a credential URL that are the word for a password ({@code https://user:pass@example.com},
     * {@code postgresql://user:secret@localhost}): documentation and tutorial samples. Reported, as public scanners'
     * test suites count them, but at {@link SecretScanner#ONE_CHAR_FILLER_SCORE}, below the step's threshold.
     */
    private static final java.util.Set<String> WORD_PASSWORDS = java.util.Set.of("pass", "secret");

    /**
     * Passwords of a credential URL (and, round 12, values of generic assignments) that are a fixture word joined to
     * the word for a password ({@code testpass}, {@code fixture-password},
     * {@code dev_password}, {@code localsecret}, {@code mock-pwd}): the test database of a unit test or a compose file
     * for local runs. Reported like {@link #WORD_PASSWORDS}, below the step's threshold.
     */
    static final java.util.regex.Pattern FIXTURE_PASSWORD = java.util.regex.Pattern.compile(
            "(?i:test|testing|dev|demo|local|fake|dummy|mock|sample|default|my|fixture)[_\\-.]?"
                    + "(?i:pass|passwd|password|pwd|secret)");

    /**
     * Whether a password taken from a URL or a Basic header is a placeholder (password, ${PASS}, xxx, key-REDACTED,
     * = user).
     */
    static boolean isPlaceholderPassword(String pass, String user) {
        String l = pass.toLowerCase(Locale.ROOT);
        if (PLACEHOLDER_PASSWORDS.contains(l) || l.equals(user.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (l.contains("your") || l.contains("replace") || l.contains("placeholder") || l.contains("changeme")
                || l.contains("xxx") && !randomAround(pass, "xxx") || l.contains("***") || l.contains("...") || l.contains("example")
                || l.contains("dummy") || l.contains("sample") || l.contains("redacted") || l.startsWith("$")
                || l.startsWith("%") && !Placeholders.generatedAfterSymbol(pass) || l.startsWith("{")
                || l.startsWith("(")) {
            return true;
        }
        return Placeholders.isLowVariety(pass) && pass.length() > 2 && distinct(pass) <= 2;
    }

    /**
     * Whether a value containing a filler run ({@code xxx}) is otherwise random: at least 16 characters and 3.5 bits
     * of entropy per character once the run is removed. A generated password contains "xxx" by chance (about one in
     * ten thousand 20-character base62 values); a placeholder ({@code xxx}, {@code pass_xxx}, {@code sk-xxxx})
     * is short or low in entropy around the run.
     */
    static boolean randomAround(String v, String run) {
        String rest = v.replaceAll("(?i)" + java.util.regex.Pattern.quote(run) + "+", "");
        return v.length() >= 16 && rest.length() >= 13 && Placeholders.entropy(rest) >= 3.5
                && v.toLowerCase(Locale.ROOT).indexOf("xxxx") < 0;
    }

    private static int distinct(String s) {
        return (int) s.chars().distinct().count();
    }

    // ------------------------------------------------------------------------------------------------ concatenation

    /** The rule id of {@link #concatenated}: string literals joined with {@code +}. */
    static final String CONCAT_RULE = "concat.literals";
    /** At most this many literals are joined into one value. */
    private static final int CONCAT_MAX_PIECES = 8;
    /** A literal piece is at most this long (code splits long tokens into lines of ~80 characters). */
    private static final int CONCAT_MAX_PIECE = 200;
    /** At most this many blanks and line breaks around a {@code +}. */
    private static final int CONCAT_MAX_GAP = 40;

    /**
     * Secrets split across string literals joined with {@code +} ({@code "ghp_abc" +\n "def…"}, {@code 'sk_live_'
     * + 'X…'}) or written side by side inside parentheses ({@code ("abc"\n "def")}, Python and C implicit
     * concatenation): at each keyword occurrence (a quote next to a {@code +}, or an opening parenthesis before a
     * quote or a line break), the chain of literals that starts there is
     * joined and the joined line is scanned again by {@code scanner} (without this rule, so there is no
     * recursion). A match that spans two or more pieces is reported from the first piece's content to the last
     * piece's, with the inner rule's type and the rule id {@code concat.<inner rule>}; a match inside one piece is
     * already found by the ordinary scan.
     */
    static void concatenated(String text, int[] starts, int count, SecretScanner scanner, List<SecretMatch> out) {
        int done = -1;
        int[] ps = new int[CONCAT_MAX_PIECES];
        int[] pe = new int[CONCAT_MAX_PIECES];
        for (int k = 0; k < count; k++) {
            int h = starts[k];
            if (text.charAt(h) == '(') {
                // implicit concatenation inside parentheses (Python, C): ("abc"\n    "def")
                if (h > done && rightLiteral(text, h, ps, pe, 0)) {
                    int n = 1;
                    while (n < CONCAT_MAX_PIECES && rightLiteral(text, pe[n - 1], ps, pe, n)) {
                        n++;
                    }
                    if (n >= 2) {
                        done = pe[n - 1];
                        joinAndScan(text, h, ps, pe, n, scanner, out); // the key is before the parenthesis
                    }
                }
                continue;
            }
            int plus = -1;
            for (int i = h; i < Math.min(text.length(), h + 3); i++) {
                if (text.charAt(i) == '+') {
                    plus = i;
                    break;
                }
            }
            if (plus < 0 || plus <= done || !leftLiteral(text, plus, ps, pe, 0)) {
                continue;
            }
            int n = 1;
            int pl = plus;
            while (n < CONCAT_MAX_PIECES && rightLiteral(text, pl, ps, pe, n)) {
                n++;
                int a = pe[n - 1] + 1;
                int lim = Math.min(text.length(), a + CONCAT_MAX_GAP);
                while (a < lim && isGap(text.charAt(a))) {
                    a++;
                }
                if (a >= lim || text.charAt(a) != '+') {
                    break;
                }
                pl = a;
            }
            if (n < 2) {
                continue;
            }
            done = pe[n - 1];
            joinAndScan(text, ps[0] - 1, ps, pe, n, scanner, out);
        }
    }

    /**
     * Scans {@code <line up to prefixEnd> "<joined pieces>"} (the line's key name and separator, then the joined
     * value as one literal) and maps matches that cross a joint back to the original text.
     */
    private static void joinAndScan(String text, int prefixEnd, int[] ps, int[] pe, int n, SecretScanner scanner,
                                    List<SecretMatch> out) {
        char quote = text.charAt(ps[0] - 1);
        int lineStart = prefixEnd;
        while (lineStart > 0 && lineStart > prefixEnd - 80 && text.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        int length = prefixEnd - lineStart + 2;
        for (int i = 0; i < n; i++) {
            length += pe[i] - ps[i];
        }
        StringBuilder sb = new StringBuilder(length); // sized exactly: no growth copies
        sb.append(text, lineStart, prefixEnd).append(quote);
        int base = sb.length();
        for (int i = 0; i < n; i++) {
            sb.append(text, ps[i], pe[i]);
        }
        int joinedEnd = sb.length();
        sb.append(quote);
        for (SecretMatch m : scanner.scan(sb.toString(), false)) {
            int rs = m.start() - base;
            int re = m.end() - base;
            if (rs < 0 || m.end() > joinedEnd) {
                continue;
            }
            int first = -1;
            int last = -1;
            int os = -1;
            int oe = -1;
            int cum = 0;
            for (int i = 0; i < n; i++) {
                int len = pe[i] - ps[i];
                if (first < 0 && rs < cum + len) {
                    first = i;
                    os = ps[i] + (rs - cum);
                }
                if (re <= cum + len && re > cum) {
                    last = i;
                    oe = ps[i] + (re - cum);
                    break;
                }
                cum += len;
            }
            if (first >= 0 && last > first) {
                out.add(new SecretMatch(m.type(), "concat." + m.rule(), m.severity(), m.score(), os, oe));
            }
        }
    }

    private static boolean isGap(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** The literal that ends (closing quote, then blanks) right before {@code plus}; stored as piece {@code i}. */
    private static boolean leftLiteral(String text, int plus, int[] ps, int[] pe, int i) {
        int j = plus - 1;
        int lim = Math.max(0, plus - CONCAT_MAX_GAP);
        while (j >= lim && isGap(text.charAt(j))) {
            j--;
        }
        if (j < 1) {
            return false;
        }
        char q = text.charAt(j);
        if (q != '"' && q != '\'' || text.charAt(j - 1) == '\\') {
            return false;
        }
        int stop = Math.max(0, j - CONCAT_MAX_PIECE - 1);
        for (int o = j - 1; o >= stop; o--) {
            char c = text.charAt(o);
            if (c == '\n' || c == '\r') {
                return false;
            }
            if (c == q && (o == 0 || text.charAt(o - 1) != '\\')) {
                if (o == j - 1) {
                    return false; // "" + x
                }
                ps[i] = o + 1;
                pe[i] = j;
                return true;
            }
        }
        return false;
    }

    /** The literal that starts (blanks, then an opening quote) right after {@code plus}; stored as piece {@code i}. */
    private static boolean rightLiteral(String text, int plus, int[] ps, int[] pe, int i) {
        int j = plus + 1;
        int lim = Math.min(text.length(), plus + 1 + CONCAT_MAX_GAP);
        while (j < lim && isGap(text.charAt(j))) {
            j++;
        }
        if (j >= lim) {
            return false;
        }
        char q = text.charAt(j);
        if (q != '"' && q != '\'') {
            return false;
        }
        int stop = Math.min(text.length(), j + CONCAT_MAX_PIECE + 2);
        for (int o = j + 1; o < stop; o++) {
            char c = text.charAt(o);
            if (c == '\n' || c == '\r') {
                return false;
            }
            if (c == '\\') {
                o++;
                continue;
            }
            if (c == q) {
                if (o == j + 1) {
                    return false;
                }
                ps[i] = j + 1;
                pe[i] = o;
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- round 13 (thirty-second session)

    /** The rule id of {@link #truncatedToken}. */
    static final String TRUNCATED_RULE = "truncated.vendor_token";

    /**
     * Vendor prefixes whose documented body has a fixed or minimum length, for {@link #truncatedToken}: prefix, type,
     * documented body length, and whether the body alphabet holds {@code -} and {@code _}. Stripe secret and
     * restricted keys (24+ alphanumerics), GitLab tokens (20+ url-safe), GitHub tokens (36: 30 random + CRC32),
     * npm (36), Hugging Face (34), OpenAI project keys (the prefixed form's 32+ url-safe), Anthropic (93 url-safe),
     * DigitalOcean (64 hex), Shopify admin tokens (32 hex), Slack bot and user tokens are left out (their bodies are
     * dash-separated numbers, cut anywhere in documentation).
     */
    private static final Object[][] CUT_PREFIXES = {
        {"sk_live_", "STRIPE_SECRET_KEY_LIVE", 24, false},
        {"rk_live_", "STRIPE_RESTRICTED_KEY_LIVE", 24, false},
        {"glpat-", "GITLAB_PAT", 20, true},
        {"glrt-", "GITLAB_RUNNER_TOKEN", 20, true},
        {"gldt-", "GITLAB_DEPLOY_TOKEN", 20, true},
        {"ghp_", "GITHUB_PAT", 36, false},
        {"gho_", "GITHUB_OAUTH_TOKEN", 36, false},
        {"ghs_", "GITHUB_SERVER_TO_SERVER_TOKEN", 36, false},
        {"github_pat_", "GITHUB_FINE_GRAINED_PAT", 82, true},
        {"npm_", "NPM_ACCESS_TOKEN", 36, false},
        {"hf_", "HUGGINGFACE_TOKEN", 34, false},
        {"sk-proj-", "OPENAI_API_KEY", 32, true},
        {"sk-ant-api03-", "ANTHROPIC_API_KEY", 93, true},
        {"dop_v1_", "DIGITALOCEAN_TOKEN", 64, false},
        {"shpat_", "SHOPIFY_ACCESS_TOKEN", 32, false},
    };

    /** The prefixes of {@link #CUT_PREFIXES}, as the finder's keywords. */
    static String truncatedKeywords() {
        StringBuilder b = new StringBuilder();
        for (Object[] p : CUT_PREFIXES) {
            b.append(b.length() == 0 ? "" : ",").append(p[0]);
        }
        return b.toString();
    }

    /**
     * A vendor token cut off in a log line or masked at its tail ({@code key=sk_live_<16 chars>…(truncated)},
     * {@code https://oauth2:glpat-<12 chars>***@host}): the prefix and a visible body of at least 12 generated
     * characters and at least 40 % of the documented length, then a cut marker (an ellipsis, {@code ...}, two or
     * more {@code *}, or {@code (truncated}/{@code [truncated}). A display prefix ({@code glpat-Xz3…},
     * {@code sk-proj-8f…}) or a masked middle ({@code sk_live_…9f2K}) shows too little of the secret to count; the
     * visible part is reported at {@value #CUT_SCORE}, above the step's threshold.
     */
    static void truncatedToken(String text, Rule rule, List<SecretMatch> out, Occurrences at) {
        int n = text.length();
        for (Object[] p : CUT_PREFIXES) {
            String prefix = (String) p[0];
            int docLen = (Integer) p[2];
            boolean urlSafe = (Boolean) p[3];
            int from = 0;
            at.restart();
            while (true) {
                int s = at.next(text, prefix, from);
                if (s < 0) {
                    break;
                }
                from = s + prefix.length();
                if (s > 0 && isTokenChar(text.charAt(s - 1), true)) {
                    continue;
                }
                int b = s + prefix.length();
                int e = b;
                int lim = Math.min(n, b + docLen);
                while (e < lim && isTokenChar(text.charAt(e), urlSafe)) {
                    e++;
                }
                int visible = e - b;
                if (visible < 12 || visible * 10 < docLen * 4 || visible >= docLen || !cutMarker(text, e)) {
                    continue;
                }
                String body = text.substring(b, e);
                int k = Rules.classes(text, b, e);
                boolean generated = (k & Rules.DIGIT) != 0 && (k & (Rules.UPPER | Rules.LOWER)) != 0
                        || (k & (Rules.UPPER | Rules.LOWER)) == (Rules.UPPER | Rules.LOWER);
                if (!generated || Placeholders.isOneCharFiller(body) || Placeholders.isRepeatFiller(body)
                        || Placeholders.isLowVariety(body) || Placeholders.hasPlaceholderWord(body)
                        || Placeholders.hasSequentialRun(body) || Placeholders.entropy(body) < 3.0) {
                    continue;
                }
                out.add(new SecretMatch((String) p[1], rule.id, rule.severity, CUT_SCORE, s, e));
            }
        }
    }

    /** The score of a cut-off vendor token ({@link #truncatedToken}). */
    static final double CUT_SCORE = 0.7;

    private static boolean isTokenChar(char c, boolean urlSafe) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || urlSafe && (c == '-' || c == '_');
    }

    /** Whether a cut marker starts at {@code i}: {@code …}, {@code ..}, {@code **}, {@code (truncated}, {@code [truncated}. */
    private static boolean cutMarker(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '\u2026') {
            return true;
        }
        if ((c == '.' || c == '*') && i + 1 < text.length() && text.charAt(i + 1) == c) {
            return true;
        }
        int j = c == ' ' ? i + 1 : i;
        return j + 10 <= text.length() && (text.charAt(j) == '(' || text.charAt(j) == '[')
                && text.regionMatches(true, j + 1, "truncated", 0, 9);
    }

    /** The rule id of {@link #tableSecret}. */
    static final String TABLE_RULE = "markdown.table_secret";

    /** A table header cell that names a credential column ("Key", "API key", "Token (prod)", "Password"). */
    private static final java.util.regex.Pattern CREDENTIAL_HEADER = java.util.regex.Pattern.compile(
            "(?i)(?:(?!public|publishable|example|sample)[a-z]{1,20}[ _\\-]){0,2}"
                    + "(?:key|token|secret|password|passwd|passwort|credentials?|pat)(?:[ \\t]{0,2}\\([^()]{0,20}\\))?");
    /** A generated value in a table cell: key alphabet, no spaces, no dots (file names, dotted keys). */
    private static final java.util.regex.Pattern CELL_VALUE = java.util.regex.Pattern.compile(
            "[A-Za-z0-9_\\-+/=~!@#%^*]{16,200}+");

    /**
     * A credential in a Markdown table (README, wiki, runbook): a header cell names the column a key, token, secret
     * or password, the separator row follows ({@code |---|}), and a row's cell in that column holds a generated value
     * (16+ characters of a key alphabet with letters and digits, 3.0+ bits per character; not an identifier, an
     * environment name, a UUID, a template, a placeholder or a path). Reported as a generic secret or password.
     */
    static void tableSecret(String text, Rule rule, List<SecretMatch> out, Occurrences at) {
        int n = text.length();
        int from = 0;
        for (int sep : tableSeparators(text, at)) {
            if (sep < from) {
                continue; // inside a table already read
            }
            int ls = lineStart(text, sep);
            int le = text.indexOf('\n', sep);
            le = le < 0 ? n : le;
            from = le;
            if (ls < 2 || text.charAt(ls - 1) != '\n') {
                continue; // no header line above the separator (or a line longer than a table's)
            }
            int hs = lineStart(text, ls - 1);
            if (hs < 0 || hs > 0 && text.charAt(hs - 1) != '\n') {
                continue;
            }
            String[] header = cells(text.substring(hs, ls - 1));
            boolean password = false;
            int col = -1;
            for (int i = 0; i < header.length && col < 0; i++) {
                String h = header[i].replace("`", "").replace("*", "").strip();
                if (h.length() <= 40 && CREDENTIAL_HEADER.matcher(h).matches()) {
                    col = i;
                    password = h.toLowerCase(Locale.ROOT).contains("passw");
                }
            }
            if (col < 0) {
                continue;
            }
            int rs = le + 1;
            for (int row = 0; row < 200 && rs < n; row++) {
                int re = text.indexOf('\n', rs);
                re = re < 0 ? n : re;
                int pipe = text.indexOf('|', rs);
                if (pipe < 0 || pipe >= re) {
                    break;
                }
                cell(text, rs, re, col, rule, password, out);
                rs = re + 1;
            }
            from = Math.max(from, rs);
        }
    }

    /**
     * The start of the line holding {@code i} (the character after the previous line feed, or 0), looking back at
     * most {@value #MAX_TABLE_LINE} characters; -1 past that, so that a long line costs no quadratic search.
     */
    private static int lineStart(String text, int i) {
        int stop = Math.max(0, i - MAX_TABLE_LINE);
        for (int j = i - 1; j >= stop; j--) {
            if (text.charAt(j) == '\n') {
                return j + 1;
            }
        }
        return stop == 0 ? 0 : -1;
    }

    private static final int MAX_TABLE_LINE = 2000;

    /** The separator rows' anchors ({@code |---}, {@code | :--}...), ascending. */
    private static int[] tableSeparators(String text, Occurrences at) {
        java.util.TreeSet<Integer> found = new java.util.TreeSet<>();
        for (String a : new String[] {"|---", "| ---", "|:--", "| :--"}) {
            at.restart();
            for (int i = at.next(text, a, 0); i >= 0; i = at.next(text, a, i + 1)) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The cells of a table row, without its leading and trailing pipe. */
    private static String[] cells(String line) {
        String l = line.strip();
        if (l.startsWith("|")) {
            l = l.substring(1);
        }
        if (l.endsWith("|")) {
            l = l.substring(0, l.length() - 1);
        }
        return l.split("\\|", -1);
    }

    private static void cell(String text, int rs, int re, int col, Rule rule, boolean password,
            List<SecretMatch> out) {
        int i = rs;
        while (i < re && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i < re && text.charAt(i) == '|') {
            i++;
        }
        for (int c = 0; c < col; c++) {
            int p = text.indexOf('|', i);
            if (p < 0 || p >= re) {
                return;
            }
            i = p + 1;
        }
        int ce = text.indexOf('|', i);
        ce = ce < 0 || ce > re ? re : ce;
        int s = i;
        int e = ce;
        while (s < e && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
            s++;
        }
        while (e > s && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t' || text.charAt(e - 1) == '\r')) {
            e--;
        }
        if (e - s >= 2 && "`'\"".indexOf(text.charAt(s)) >= 0 && text.charAt(e - 1) == text.charAt(s)) {
            s++;
            e--;
        }
        String v = text.substring(s, e);
        if (!CELL_VALUE.matcher(v).matches()) {
            return;
        }
        int k = Rules.classes(text, s, e);
        if ((k & Rules.DIGIT) == 0 || (k & (Rules.UPPER | Rules.LOWER)) == 0
                || Rules.wordIdentifier(v) || Placeholders.isUuid(v) || Placeholders.isTemplate(v)
                || Placeholders.isKnownExample(v) || Placeholders.hasPlaceholderWord(v) || Placeholders.isLowVariety(v)
                || Placeholders.isSequential(v) || Placeholders.hasSequentialRun(v) || Placeholders.isOneCharFiller(v)
                || Placeholders.isRepeatFiller(v) || Placeholders.isPublicKey(v) || pathLike(v)) {
            return;
        }
        double h = Placeholders.entropy(v);
        if (h < 3.0) {
            return;
        }
        out.add(new SecretMatch(password ? "GENERIC_PASSWORD" : "GENERIC_SECRET", rule.id, rule.severity,
                Math.min(0.85, 0.6 + (h - 3.0) * 0.1), s, e));
    }

    /** A value with a path segment of lower-case letters only ({@code uploads/2024/x}): a path, not a key. */
    private static boolean pathLike(String v) {
        if (v.indexOf('/') < 0) {
            return false;
        }
        for (String seg : v.split("/")) {
            if (seg.length() >= 3 && seg.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
                return true;
            }
        }
        return false;
    }
}
