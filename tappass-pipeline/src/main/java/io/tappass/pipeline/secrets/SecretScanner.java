package io.tappass.pipeline.secrets;

import io.tappass.pipeline.internal.ThreadScratch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds credentials in text: provider tokens (OpenAI, Anthropic, AWS, GCP, Azure, GitHub, GitLab, Slack, Stripe,
 * Twilio, SendGrid, npm, PyPI, Docker Hub, Hugging Face and ~170 more formats), JWTs, PEM/SSH/PGP private keys,
 * database and basic-auth URLs with passwords, password hashes, and generic {@code password=} / {@code api_key:} /
 * {@code secret:} assignments gated by length and Shannon entropy.
 *
 * <p>How it works: one case-insensitive pass of a trigram filter over the text finds the rules' keywords (the
 * prefilter); keyword occurrences that fail a rule's cheap necessary conditions (boundary, case-sensitive literal,
 * {@code key = value} separator) are dropped, and only rules with occurrences left run their pattern or
 * hand-written finder. Candidate values then pass the
 * allowlist (documentation examples such as {@code AKIAIOSFODNN7EXAMPLE}, template syntax such as {@code ${VAR}},
 * {@code <TOKEN>}, {@code {{x}}}, placeholder words such as {@code your_api_key_here}, {@code changeme},
 * {@code xxxx}) and per-rule checks (JWT header decoding, Basic header decoding, entropy). Overlapping matches are
 * resolved in favour of the more specific rule, then the longer span.
 *
 * <p>Filler words behind a real provider prefix ({@code xoxb-your-bot-token}, {@code sk_live_<key>}) are not
 * reported: such a string cannot authenticate. Low-variety bodies ({@code hf_xxxx…}) and bodies naming a fixture
 * ({@code …EXAMPLE…}, {@code dummy}) are reported with a score of 0.7 (a template is often filled in later, and an
 * edited real value looks the same; a step threshold of 0.75 drops them); generic assignments with placeholder
 * values are never reported.
 *
 * <p>Instances are immutable and thread-safe; {@link #defaults()} is shared. Use {@link #builder()} to add an
 * allowlist or disable rules. No method logs or returns the credential text.
 */
public final class SecretScanner {

    /** The key for {@link io.tappass.pipeline.scan.TextPart#analysis} under which steps share the default scan. */
    public static final Object ANALYSIS_KEY = new Object() {
        @Override
        public String toString() {
            return "SecretScanner.defaults()";
        }
    };

    private static final SecretScanner DEFAULTS = builder().build();

    private final List<Rule> rules;
    private final TrigramIndex index;
    private final List<String> allowLiterals;
    /** Per rule: the left boundary its pattern asserts at the keyword (0 none, 1 {@code L}, 2 {@code LX}). */
    private final byte[] boundary;
    /** Per rule: the case-sensitive literal its match starts with at the keyword, or null. */
    private final String[] literal;
    /** Per rule: the ASCII class of the characters that must follow the literal ({@code [A-Za-z0-9]{14}}), or null. */
    private final boolean[][] tailClass;
    /** Per rule: how many characters of {@link #tailClass} must follow the literal at least. */
    private final int[] tailMin;
    private final List<Pattern> allowPatterns;
    /** Per rule: a cheap necessary condition of a match at a keyword occurrence ({@link Prechecks}), or null. */
    private final Prechecks.Check[] precheck;
    /** Per near rule: a cheap necessary condition of a match in a search window, or null. */
    private final Prechecks.WindowCheck[] windowCheck;

    private SecretScanner(Builder b) {
        List<Rule> r = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            if (!b.disabled.contains(rule.id.toLowerCase(Locale.ROOT))
                    && !b.disabled.contains(rule.type.toLowerCase(Locale.ROOT))) {
                r.add(rule);
            }
        }
        this.rules = List.copyOf(r);
        List<String[]> kws = new ArrayList<>();
        for (Rule rule : rules) {
            kws.add(rule.keywords);
        }
        this.index = new TrigramIndex(kws);
        this.boundary = new byte[rules.size()];
        this.literal = new String[rules.size()];
        this.tailClass = new boolean[rules.size()][];
        this.tailMin = new int[rules.size()];
        this.precheck = new Prechecks.Check[rules.size()];
        this.windowCheck = new Prechecks.WindowCheck[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (rule.finder == null && rule.near == 0) { // anchored at the keyword (see Prechecks for back > 0)
                precheck[i] = Prechecks.of(rule.id);
            }
            if (rule.finder == null && rule.near > 0) {
                windowCheck[i] = Prechecks.window(rule.id);
            }
        }
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (rule.pattern == null || rule.finder != null || rule.near > 0 || rule.back > 0) {
                continue;
            }
            String p = rule.pattern.pattern();
            String rest = p;
            if (p.startsWith(Rules.L)) {
                boundary[i] = 1;
                rest = p.substring(Rules.L.length());
            } else if (p.startsWith(Rules.LX)) {
                boundary[i] = 2;
                rest = p.substring(Rules.LX.length());
            }
            literal[i] = leadingLiteral(rest);
            if (literal[i] != null) {
                int after = 1 + literal[i].length();
                if (rest.length() > after && rest.charAt(after) == '[') {
                    int close = rest.indexOf(']', after + 1);
                    boolean[] cls = close > after ? charClass(rest.substring(after + 1, close)) : null;
                    int min = close > after ? leadingCount(rest, close + 1) : 0;
                    if (cls != null && min > 0) {
                        tailClass[i] = cls;
                        tailMin[i] = min;
                    }
                }
            }
        }
        this.allowLiterals = List.copyOf(b.allowLiterals);
        this.allowPatterns = List.copyOf(b.allowPatterns);
    }

    /** The shared scanner with every built-in rule and the built-in allowlist. */
    public static SecretScanner defaults() {
        return DEFAULTS;
    }

    /** A builder for a scanner with an extra allowlist or disabled rules. */
    public static Builder builder() {
        return new Builder();
    }

    /** The number of rules in use. */
    public int ruleCount() {
        return rules.size();
    }

    /** The credential types this scanner can report, e.g. {@code OPENAI_API_KEY}. */
    public Set<String> types() {
        Set<String> t = new java.util.TreeSet<>();
        for (Rule r : rules) {
            t.add(r.type);
        }
        t.add("DATABASE_CONNECTION_STRING");
        t.add("BASIC_AUTH_URL");
        t.remove("URL_CREDENTIALS");
        t.remove("CONCATENATED_SECRET"); // reported with the type of the secret found in the joined literals
        return t;
    }

    /** The rule ids in use, e.g. {@code github.pat}. */
    public List<String> ruleIds() {
        return rules.stream().map(r -> r.id).toList();
    }

    /**
     * Scans {@code text}.
     *
     * @return the credentials found, sorted by start, non-overlapping; empty when none
     */
    public List<SecretMatch> scan(String text) {
        return scan(text, true);
    }

    /**
     * Per thread: the buffers of a scan ({@link ScanBuffers}), reused by the thread's next scan; a scan nested in it
     * (a finder scanning a decoded value or joined pieces) gets its own while they are taken.
     */
    private static final ThreadScratch<ScanBuffers> BUFFERS = new ThreadScratch<>(ScanBuffers::new);

    /**
     * The keyword hits of a scan and the starts it hands to one rule. A 1 MiB source file has tens of thousands of
     * keyword hits (every string concatenation is a candidate of the concatenation finder): both arrays, grown from
     * 16 and 64 entries on every call, were most of what detect_secrets allocated there.
     */
    private static final class ScanBuffers {
        /** The most entries a kept buffer has room for (512 KB of hits). */
        static final int KEEP = 1 << 16;
        long[] hits = new long[16];
        int[] starts = new int[64];
    }

    /** Scans {@code text}; {@code concat} runs the concatenation finder (off inside its own nested scans). */
    List<SecretMatch> scan(String text, boolean concat) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return List.of();
        }
        ScanBuffers buf = BUFFERS.take();
        try {
            return scan(text, concat, buf);
        } finally {
            if (buf.hits.length > ScanBuffers.KEEP) {
                buf.hits = new long[16];
            }
            if (buf.starts.length > ScanBuffers.KEEP) {
                buf.starts = new int[64];
            }
            BUFFERS.giveBack(buf); // the scan has ended
        }
    }

    private List<SecretMatch> scan(String text, boolean concat, ScanBuffers buf) {
        // one pass of the keyword filter: where does each rule's keyword occur? Occurrences that cannot start a
        // match of an anchored rule (cheap necessary conditions) are dropped here; the rest are kept as
        // rule << 32 | start, sorted, and handed to each rule in order.
        final long[][] hits = {buf.hits};
        final int[] count = {0};
        index.find(text, (r, start, end) -> {
            if (!worthTrying(text, start, r)) {
                return;
            }
            if (count[0] == hits[0].length) {
                hits[0] = java.util.Arrays.copyOf(hits[0], count[0] * 2);
            }
            hits[0][count[0]++] = (long) r << 32 | start;
        });
        int total = count[0];
        buf.hits = hits[0];
        if (total == 0) {
            return List.of();
        }
        long[] h = hits[0];
        java.util.Arrays.sort(h, 0, total);
        List<SecretMatch> found = new ArrayList<>();
        int[] starts = buf.starts;
        for (int g = 0; g < total; ) {
            int r = (int) (h[g] >>> 32);
            int e = g;
            while (e < total && (int) (h[e] >>> 32) == r) {
                e++;
            }
            if (starts.length < e - g) {
                starts = buf.starts = new int[Math.max(e - g, 2 * starts.length)];
            }
            for (int k = g; k < e; k++) {
                starts[k - g] = (int) h[k];
            }
            if (rules.get(r).id.equals(Finders.CONCAT_RULE)) {
                if (concat) {
                    Finders.concatenated(text, starts, e - g, this, found);
                }
            } else {
                runRule(text, r, starts, e - g, found);
            }
            g = e;
        }
        if (found.isEmpty()) {
            return List.of();
        }
        return resolve(found);
    }

    /** Runs rule {@code i} at its keyword occurrences {@code starts[0, count)} (ascending). */
    private void runRule(String text, int i, int[] starts, int count, List<SecretMatch> found) {
        Rule rule = rules.get(i);
        if (rule.finder != null) {
            // the base64 PEM finder's anchor (LS0tLS1CRUdJTi) is shorter than its keyword: it searches the text
            runFinder(text, rule, found, rule.id.equals("pem.private_key_b64") ? Occurrences.TEXT
                    : new Occurrences(starts, count));
        } else if (rule.near > 0) {
            runNear(text, rule, windowCheck[i], starts, count, found);
        } else {
            runAnchored(text, rule, starts, count, found);
        }
    }

    /** Runs a rule's hand-written finder and drops the allowlisted values it found. */
    private void runFinder(String text, Rule rule, List<SecretMatch> found, Occurrences at) {
        int before = found.size();
        if (rule.id.equals("kubernetes.secret_data")) {
            Finders.kubernetesSecretData(text, rule, found, this, at); // decoded values use this scanner's configuration
        } else {
            rule.finder.find(text, rule, found, at);
        }
        for (int k = found.size() - 1; k >= before; k--) {
            SecretMatch m = found.get(k);
            if (isAllowed(text.substring(m.start(), m.end()))) {
                found.remove(k);
            }
        }
    }

    /** Whether a keyword occurrence of rule {@code r} at {@code h} passes the rule's cheap pre-checks. */
    private boolean worthTrying(String text, int h, int r) {
        Rule rule = rules.get(r);
        if (rule.finder != null || rule.near > 0) {
            return true;
        }
        if (precheck[r] != null && !precheck[r].possible(text, h)) {
            return false;
        }
        if (rule.separator && !separatorAhead(text, h)) {
            return false;
        }
        return rule.back > 0 || startPossible(text, h, r);
    }

    /**
     * The reference semantics of {@link #scan}: every rule searched over the whole text, without the keyword
     * prefilter or windows. Slow; package-private, used by tests to prove the prefilter loses nothing.
     */
    List<SecretMatch> scanExhaustive(String text) {
        List<SecretMatch> found = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.id.equals(Finders.CONCAT_RULE)) {
                int[] all = new int[text.length()];
                int c = 0;
                String lower = text.toLowerCase(Locale.ROOT);
                for (int i = 0; i < text.length(); i++) {
                    for (String kw : rule.keywords) {
                        if (lower.startsWith(kw, i)) {
                            all[c++] = i;
                            break;
                        }
                    }
                }
                Finders.concatenated(text, all, c, this, found);
                continue;
            }
            if (rule.finder != null) {
                runFinder(text, rule, found, Occurrences.TEXT);
                continue;
            }
            Matcher m = rule.pattern.matcher(text);
            while (m.find()) {
                if (rule.near > 0 && !nearKeyword(text, rule, m.start())) {
                    continue;
                }
                accept(text, rule, m, found);
            }
        }
        return found.isEmpty() ? List.of() : resolve(found);
    }

    private static boolean nearKeyword(String text, Rule rule, int start) {
        String window = text.substring(Math.max(0, start - rule.near), Math.min(text.length(),
                start + rule.back + 64)).toLowerCase(Locale.ROOT);
        for (String k : rule.keywords) {
            if (window.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Per-rule wall time of one scan in nanoseconds (diagnostics for benchmarks and tuning; package-private). */
    Map<String, Long> profile(String text) {
        Map<String, Long> t = new java.util.LinkedHashMap<>();
        final int[][] hits = new int[rules.size()][];
        final int[] counts = new int[rules.size()];
        long t0 = System.nanoTime();
        index.find(text, (r, start, end) -> {
            if (!worthTrying(text, start, r)) {
                return;
            }
            int[] h = hits[r];
            if (h == null) {
                h = new int[4];
                hits[r] = h;
            } else if (counts[r] == h.length) {
                h = java.util.Arrays.copyOf(h, h.length * 2);
                hits[r] = h;
            }
            h[counts[r]++] = start;
        });
        t.put("<keywords>", System.nanoTime() - t0);
        List<SecretMatch> found = new ArrayList<>();
        for (int i = 0; i < hits.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            long s = System.nanoTime();
            java.util.Arrays.sort(hits[i], 0, counts[i]);
            runRule(text, i, hits[i], counts[i], found);
            t.put(rules.get(i).id + " x" + counts[i], System.nanoTime() - s);
        }
        long s = System.nanoTime();
        resolve(found);
        t.put("<resolve " + found.size() + ">", System.nanoTime() - s);
        return t;
    }

    /** The longest span a rule's match may have; patterns bound their own quantifiers below this. */
    private static final int MAX_MATCH = 16 * 1024;

    /** Tries the rule only at positions from {@code back} chars before each keyword occurrence to the keyword. */
    private void runAnchored(String text, Rule rule, int[] starts, int count, List<SecretMatch> out) {
        Matcher m = null;
        int n = text.length();
        int covered = -1;
        int tried = -1;
        for (int k = 0; k < count; k++) {
            int h = starts[k];
            for (int s = Math.max(Math.max(0, h - rule.back), tried + 1); s <= h; s++) {
                tried = s;
                if (s < covered) {
                    continue;
                }
                if (m == null) {
                    m = rule.pattern.matcher(text);
                    m.useTransparentBounds(true);
                    m.useAnchoringBounds(false);
                }
                m.region(s, Math.min(n, s + MAX_MATCH));
                if (m.lookingAt()) {
                    // a match consumes its span whether its value is kept or not, as a search over the whole text
                    // does (scanExhaustive): no second match starts inside a rejected one ("pwd=op://v/password:x")
                    covered = Math.max(covered, m.end());
                    if (accept(text, rule, m, out)) {
                        break;
                    }
                }
            }
        }
    }

    /**
     * Whether the key name that starts at {@code h} is followed by an assignment separator the way every
     * separator rule's pattern requires it ({@link Rules#SEP_KEY}): key characters {@code [A-Za-z0-9_.-]}, an
     * optional (escaped) closing quote and bracket, blanks, then {@code = : != => ?= ||=}, or after a quote a comma or an
     * XML {@code value=} attribute. A necessary condition of those patterns (checked cheaply before the
     * regex; {@code prefilterLosesNothingOnTheCorpora} compares with the exhaustive search).
     */
    private static boolean separatorAhead(String text, int h) {
        int n = text.length();
        int limit = Math.min(n, h + 120); // longer than any separator rule's key name
        int i = h;
        while (i < limit && isKeyChar(text.charAt(i))) {
            i++;
        }
        if (i >= limit) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '\\' && i + 1 < n && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\'')) {
            c = text.charAt(++i);
        }
        boolean quote = c == '"' || c == '\'';
        if (quote) {
            i++;
        }
        if (i < n && text.charAt(i) == ']') {
            i++;
        }
        int blanks = Math.min(n, i + 21);
        int b0 = i;
        while (i < blanks && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= n) {
            return false;
        }
        c = text.charAt(i);
        // (',': a call's (key, value) arguments after a quote, or Go's second result, "key, err := V")
        return c == '=' || c == ':' || c == '!' || c == '?' || c == '|' || c == ','
                || quote && i > b0 && (c == 'v' || c == 'V');
    }

    /**
     * Cheap necessary conditions for a rule whose match starts at the keyword occurrence {@code h}: the left
     * boundary its pattern asserts and the case-sensitive literal it starts with (e.g. {@code SK} of Twilio keys,
     * which the case-insensitive keyword {@code sk} also finds in "ask").
     */
    private boolean startPossible(String text, int h, int r) {
        if (boundary[r] != 0 && h > 0) {
            char b = text.charAt(h - 1);
            if (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
                    || boundary[r] == 2 && (b == '.' || b == '-')) {
                return false;
            }
        }
        String lit = literal[r];
        if (lit == null) {
            return true;
        }
        if (!text.startsWith(lit, h)) {
            return false;
        }
        boolean[] cls = tailClass[r];
        if (cls != null) {
            int p = h + lit.length();
            int end = p + tailMin[r];
            if (end > text.length()) {
                return false;
            }
            for (; p < end; p++) {
                char c = text.charAt(p);
                if (c >= 128 || !cls[c]) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The ASCII characters of a simple regex character class body such as {@code A-Za-z0-9_\-} (ranges and
     * single characters, escaped or not), or null for anything else (negation, nested classes, \d, \s...).
     */
    static boolean[] charClass(String body) {
        if (body.isEmpty() || body.charAt(0) == '^') {
            return null;
        }
        boolean[] set = new boolean[128];
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\') {
                if (i + 1 >= body.length() || Character.isLetterOrDigit(body.charAt(i + 1))) {
                    return null; // \d, \w, \s, \p{..}: not handled
                }
                c = body.charAt(i + 1);
                i += 2;
            } else if (c == '[' || c == '&') {
                return null;
            } else {
                i++;
            }
            if (c >= 128) {
                return null;
            }
            if (i + 1 < body.length() && body.charAt(i) == '-' && body.charAt(i + 1) != '\\') {
                char to = body.charAt(i + 1);
                if (to < c || to >= 128) {
                    return null;
                }
                for (char x = c; x <= to; x++) {
                    set[x] = true;
                }
                i += 2;
            } else {
                set[c] = true;
            }
        }
        return set;
    }

    /** The minimum count of the quantifier at {@code at} ({@code {n}}, {@code {n,m}}, {@code +}), else 0. */
    static int leadingCount(String p, int at) {
        if (at >= p.length()) {
            return 0;
        }
        if (p.charAt(at) == '+') {
            return 1;
        }
        if (p.charAt(at) != '{') {
            return 0;
        }
        int v = 0;
        int i = at + 1;
        while (i < p.length() && Character.isDigit(p.charAt(i))) {
            v = v * 10 + (p.charAt(i) - '0');
            i++;
        }
        return i < p.length() && (p.charAt(i) == '}' || p.charAt(i) == ',') ? v : 0;
    }

    /**
     * The literal text that a pattern of the form {@code (literal...)...} must start with, or null when it does not
     * start with a capture group holding a literal, or has a top-level alternation.
     */
    static String leadingLiteral(String p) {
        if (p.length() < 2 || p.charAt(0) != '(' || p.charAt(1) == '?') {
            return null;
        }
        // no alternation at the top level or directly inside the first group
        int depth = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i++;
                if (i < p.length() && p.charAt(i) == '^') {
                    i++;
                }
                i++; // a ']' right after '[' is literal
                while (i < p.length() && p.charAt(i) != ']') {
                    if (p.charAt(i) == '\\') {
                        i++;
                    }
                    i++;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth <= 1) {
                return null;
            }
        }
        StringBuilder lit = new StringBuilder();
        int i = 1;
        while (i < p.length() && "\\[](){}?*+|.^$".indexOf(p.charAt(i)) < 0) {
            lit.append(p.charAt(i));
            i++;
        }
        if (i < p.length() && "?*{".indexOf(p.charAt(i)) >= 0 && lit.length() > 0) {
            lit.setLength(lit.length() - 1); // the last character is optional or repeated
        }
        return lit.length() == 0 ? null : lit.toString();
    }

    /** Searches the windows around keyword occurrences (merged when they overlap). */
    private void runNear(String text, Rule rule, Prechecks.WindowCheck check, int[] starts, int count,
                         List<SecretMatch> out) {
        Matcher m = null;
        int n = text.length();
        int k = 0;
        while (k < count) {
            int ws = Math.max(0, starts[k] - rule.back);
            int we = Math.min(n, starts[k] + rule.near);
            k++;
            while (k < count && starts[k] - rule.back <= we) {
                we = Math.min(n, starts[k] + rule.near);
                k++;
            }
            if (check != null && !check.possible(text, ws, we)) {
                continue;
            }
            if (m == null) {
                m = rule.pattern.matcher(text);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
            }
            m.region(ws, we);
            while (m.find()) {
                accept(text, rule, m, out);
            }
        }
    }

    private boolean accept(String text, Rule rule, Matcher m, List<SecretMatch> out) {
        int g = 0;
        for (int k = 1; k <= m.groupCount(); k++) {
            if (m.start(k) >= 0) {
                g = k;
                break;
            }
        }
        int s = m.start(g);
        int e = m.end(g);
        if (e <= s) {
            return false;
        }
        String value = text.substring(s, e);
        double score = score(rule, text, m.start(), s, value);
        if (score < 0) {
            return false;
        }
        if (rule.validator != null) {
            score = rule.validator.check(text, s, e, score);
            if (score < 0) {
                return false;
            }
        }
        if (isAllowed(value)) {
            return false;
        }
        out.add(new SecretMatch(rule.type, rule.id, rule.severity, Math.min(1.0, score), s, e));
        return true;
    }

    private boolean isAllowed(String value) {
        for (String lit : allowLiterals) {
            if (value.equals(lit) || value.contains(lit)) {
                return true;
            }
        }
        for (Pattern p : allowPatterns) {
            if (p.matcher(value).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a URL-shaped token (a webhook) ends in a path segment of one-character filler, as chart defaults and
     * documentation write it ({@code https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX}):
     * the segment that carries the secret is a placeholder.
     */
    private static boolean fillerUrlSecret(String value) {
        int slash = value.lastIndexOf('/');
        if (slash < 0 || !value.contains("://") || slash + 8 > value.length()) {
            return false;
        }
        // (a segment of filler words makes the whole value filler: score() rejects it before asking this)
        return Placeholders.isOneCharFiller(value.substring(slash + 1));
    }

    private static double score(Rule rule, String text, int matchStart, int s, String value) {
        if (Placeholders.isKnownExample(value) || Placeholders.isAlternatingFiller(value)) {
            return -1;
        }
        switch (rule.kind) {
            case PREFIXED:
                if (Placeholders.isFiller(value)) {
                    return -1;
                }
                if (Placeholders.isOneCharFiller(value) || Placeholders.isRepeatFiller(value) || fillerUrlSecret(value)) {
                    return ONE_CHAR_FILLER_SCORE; // below the step's default threshold (see DetectSecretsStep)
                }
                return Placeholders.hasPlaceholderWord(value) || Placeholders.isLowVariety(value) ? 0.7 : 1.0;
            case CONTEXT:
                boolean command = rule.id.startsWith("vmware") || rule.id.startsWith("psexec");
                // Django's key alphabet holds "$(" and "%(": no template can be 50 characters of it
                if (Placeholders.isTemplate(value) && !command && !rule.id.equals("django.secret_key_generated")) {
                    return -1;
                }
                boolean password = rule.type.contains("PASSWORD") || rule.type.contains("CREDENTIAL");
                if (password ? Finders.isPlaceholderPassword(value, "") && !command
                        : Placeholders.hasPlaceholderWord(value)) {
                    return -1;
                }
                return Placeholders.isLowVariety(value) || Placeholders.isSequential(value) ? 0.7 : rule.kind.score;
            case GENERIC:
            default:
                return generic(rule, text, matchStart, s, value);
        }
    }

    /**
     * The score of a provider prefix followed by one-character filler ({@code AKIAXXXXXXXXXXXXXXXX}): reported by the
     * scanner (public scanners' test suites count {@code hf_xxxx…} and {@code sk_live_AAAA…}), but below
     * {@code detect_secrets}' default threshold of 0.6, so the step does not act on it.
     */
    public static final double ONE_CHAR_FILLER_SCORE = 0.5;

    private static final Pattern DOTTED_REFERENCE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*+(?:\\.[A-Za-z_][A-Za-z0-9_]*+)++");
    private static final Pattern AWS_SECRET_SHAPE = Pattern.compile("[A-Za-z0-9/+]{40}");
    private static final Pattern OKTA_SHAPE = Pattern.compile("00[A-Za-z0-9_\\-]{39}[A-Za-z0-9]");
    /** Words joined in camel case, optionally with short numbers ({@code MinLength12Chars}, {@code getAccessToken}). */
    private static final Pattern CAMEL_WORDS = Pattern.compile("[A-Za-z][a-z]{2,}+(?:[A-Z][a-z]{2,}+|[0-9]{1,4}+){2,}+");
    /**
     * Words before the credential word of a key name ({@code forgotPassword}, {@code hint_password},
     * {@code error.token}) that make the value UI text about the credential (localisation files, form configs).
     */
    private static final String[] LABEL_PREFIXES = {
        "forgot", "reset", "label", "hint", "placeholder", "prompt", "message", "error", "title", "validat",
        "policy", "strength", "tooltip", "caption", "i18n", "l10n"
    };
    /**
     * Key names whose qualifier is ambiguous between an identifier and a secret ({@code serviceKey}, {@code client_key};
     * round 15: {@code jwtKey}, {@code cookie_key}, {@code hmacKey}, the name of a claim, a cookie or a header as often
     * as a signing key).
     */
    private static final Pattern WEAK_QUALIFIED_KEY = Pattern.compile(
            "(?:service|client|webhook|jwt|jws|hmac|aes|cipher|crypto|cookie|totp|encrypt|decrypt|shared)[_.\\-]?key");
    /**
     * Key names that hold the name of a secret kept elsewhere, not the secret: Helm charts' {@code existingSecret}
     * (and {@code existingSecretName}, {@code existing_secret}: the Kubernetes Secret the chart reads), and
     * references ({@code secretRef}, {@code token_secret_ref}, {@code secretReference}, {@code client_secret_arn}).
     */
    private static final Pattern REFERENCE_KEY = Pattern.compile(
            "existing[_.\\-]?secret[a-z0-9_.\\-]{0,30}+|[a-z0-9_.\\-]{0,60}+(?<=ref|refs|reference|arn)");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Z][A-Z0-9]*+(?:_[A-Z0-9]++)++");
    private static final String[] KEY_STOPWORDS = {
        "label", "field", "placeholder", "prompt", "hint", "policy", "reset", "forgot", "confirm", "length", "regex",
        "pattern", "url", "path", "file", "type", "name", "input", "message", "error", "validat", "required",
        "strength", "expir", "ttl", "count", "limit", "endpoint", "header", "format", "mode", "enabled", "min",
        "max", "size", "_id", "hash", "salt", "column", "param", "selector", "class", "button", "text", "title",
        "lifetime", "timeout", "uri", "provider", "method", "usage", "budget", "tokenizer", "index", "passport",
        // round 3: attributes of a credential rather than the credential (token_scope, secret_version, key_region,
        // secret_santa_group, token_created_at, signing_key_algorithm)
        "group", "version", "status", "scope", "owner", "region", "description", "comment", "_at", "created",
        "updated", "rotation", "algorithm"
    };
    /**
     * Words of a key name (or of the path segments before it, {@code checksum/secret}) that make the value a digest
     * of the secret, not the secret ({@code password_sha256}, {@code token_fingerprint}, {@code secret_digest}), or
     * a value that authenticates nothing by itself.
     */
    private static final String[] DIGEST_WORDS = {
        "hash", "sha1", "sha256", "sha384", "sha512", "md5", "digest", "checksum", "fingerprint", "crc32",
        // ... and words that make a token a position or a one-request value: pagination cursors (page_token,
        // nextToken, continuation tokens), anti-forgery tokens and nonces
        "page_token", "pagetoken", "page-token", "next_token", "nexttoken", "next-token", "continuation", "cursor",
        "sync_token", "synctoken", "resume_token", "resumetoken", "csrf", "xsrf", "nonce", "idempotency"
    };

    /** {@code @path/to/file.ext}: a file whose content is the value (vault, curl, httpie), not a secret itself. */
    static boolean fileReference(String v) {
        if (v.length() < 3 || v.charAt(0) != '@') {
            return false;
        }
        int dot = -1;
        for (int i = 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '.') {
                dot = i;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '/' || c == '~')) {
                return false;
            }
        }
        if (dot < 1 || dot == v.length() - 1 || v.length() - dot - 1 > 8) {
            return v.charAt(1) == '/' || v.charAt(1) == '~' || v.startsWith("@./");
        }
        for (int i = dot + 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** Whether a lower-case key name holds a word that names something other than a secret (hint, url, ...). */
    static boolean hasKeyStopword(String key) {
        for (String w : KEY_STOPWORDS) {
            if (key.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static double generic(Rule rule, String text, int matchStart, int s, String value) {
        boolean prose = rule.id.equals("generic.password_prose");
        if (value.length() < rule.minLength) {
            return -1;
        }
        if (Placeholders.isTemplate(value) || Placeholders.isLowVariety(value) || Placeholders.isSequential(value)
                || Placeholders.hasSequentialRun(value)) {
            return -1;
        }
        if (Placeholders.isUuid(value) && !rule.id.equals("http.bearer")) {
            return -1; // an identifier format; UUID-shaped keys are reported by their provider's rule
        }
        if (Placeholders.isUlid(value) || Placeholders.isCiphertext(value)) {
            return -1; // a ULID (an identifier like a UUID), or a ciphertext in a documented envelope (vault:v1:…)
        }
        if (Placeholders.isEvmAddress(value)) {
            return -1; // an Ethereum address under "token", "contract", "owner": public, not a key
        }
        if (prose ? hasPlaceholderWordOnly(value) : Placeholders.hasPlaceholderWord(value)) {
            return -1;
        }
        if (rule.id.endsWith("_bare") && value.indexOf('$') >= 0) {
            return -1; // shell interpolation in an unquoted value
        }
        if (rule.id.endsWith("_bare") && fileReference(value)) {
            return -1; // vault kv put k password=@password.txt, curl -d key=@file.json: the value is read from a file
        }
        if (rule.id.endsWith("_bare") && value.indexOf('&') >= 0 && parameterKey(text, matchStart)) {
            return -1; // a query string or form body: '&' ends the value (generic.secret_query reports it)
        }
        if (!prose && looksLikeCode(value)) {
            return -1;
        }
        if (matchStart > 0 && text.charAt(matchStart - 1) == ':' && colonIdentifier(text, matchStart, s)) {
            return -1; // a field of a colon-delimited identifier (arn:aws:secretsmanager:…:secret:name), not a key
        }
        // the key name: from the match start to the first separator character
        int k = matchStart;
        while (k < s && "\"' \t=:]>\\,".indexOf(text.charAt(k)) < 0) {
            k++;
        }
        int ks = matchStart;
        while (ks > 0 && ks > matchStart - 40 && isKeyChar(text.charAt(ks - 1))) {
            ks--;
        }
        if (text.substring(k, s).indexOf(',') >= 0 && Rules.STRONG.check(text, s, s + value.length(), 1) < 0) {
            return -1; // a call's (key, value) arguments: only a generated-looking value (not t('token', 'Token'))
        }
        if (rule.id.startsWith("generic.") && rule.id.contains("_prose") && CAMEL_WORDS.matcher(value).matches()) {
            return -1; // "the password is MinLength12Chars in the policy": an identifier in a sentence
        }
        String key = text.substring(matchStart, k).toLowerCase(Locale.ROOT);
        String fullKey = text.substring(ks, k).toLowerCase(Locale.ROOT);
        if (!rule.id.equals("http.bearer") && digestKey(text, matchStart, k)) {
            return -1;
        }
        if (valueIsKeyWord(fullKey, value)) {
            return -1; // POSTGRES_PASSWORD=postgres, REDIS_PASSWORD=redis: the service's name, a default
        }
        if (!rule.id.equals("http.bearer") && !rule.id.equals("generic.secret_query")) {
            String prefix = text.substring(ks, matchStart).toLowerCase(Locale.ROOT);
            for (String w : LABEL_PREFIXES) {
                if (prefix.contains(w)) {
                    return -1; // forgotPassword, password_reset_label, error.password: UI text about the secret
                }
            }
        }
        if (Placeholders.isPublicKey(value) || Placeholders.isEncodedJsonNotJwt(value)) {
            return -1;
        }
        if (rule.id.equals("generic.key_bare") && publicKeyNamedNear(text, matchStart, s + value.length())) {
            return -1; // a bare "key" the text calls public: a sealing or verifying key (GitHub's secrets public-key)
        }
        if (rule.type.equals("GENERIC_SECRET") && signedTripleNonce(text, matchStart, s + value.length())) {
            return -1; // a webhook's signed (timestamp, token, signature): the token is a nonce, not a credential
        }
        if (value.length() >= 200 && sealedSecretValue(text, matchStart)) {
            return -1; // a Sealed Secrets ciphertext (encryptedData:), safe to commit by design
        }
        if (WEAK_QUALIFIED_KEY.matcher(key).lookingAt() || WEAK_QUALIFIED_KEY.matcher(fullKey).find()
                && key.startsWith("key")) {
            // serviceKey, clientKey, webhook_key name identifiers as often as secrets: only a generated value counts
            // (round 15: not an identifier of words, capitals and short numbers either, HMAC_KEY = "HmacSHA256"; one
            // without lower-case words is read as capitals, so an upper-case base32 TOTP seed stays a value)
            if (Rules.STRONG.check(value, 0, value.length(), 1) < 0 || Rules.wordIdentifier(value)
                    && value.chars().anyMatch(c -> c >= 'a' && c <= 'z')) {
                return -1;
            }
        }
        if (!rule.id.equals("http.bearer") && !rule.id.equals("generic.secret_query")) {
            boolean secretId = key.contains("secret_id") || key.contains("secretid") || key.contains("secret-id");
            for (String w : KEY_STOPWORDS) {
                if (key.contains(w) && !(secretId && w.equals("_id"))) {
                    return -1;
                }
            }
        }
        if (REFERENCE_KEY.matcher(fullKey).matches()) {
            return -1; // existingSecret: pg-credentials, token_secret_ref: vault-ref: the name of a secret, not it
        }
        // a provider named in the key fixes the value's shape: a wrong shape is not that credential
        if (fullKey.contains("aws") && fullKey.contains("secret") && !AWS_SECRET_SHAPE.matcher(value).matches()) {
            return -1;
        }
        if (fullKey.contains("okta") && !OKTA_SHAPE.matcher(value).matches()) {
            return -1;
        }
        if (rule.type.equals("GENERIC_PASSWORD") && anonymousUserBefore(text, matchStart)) {
            return -1;
        }
        double h = Placeholders.entropy(value);
        if (h < rule.minEntropy) {
            return -1;
        }
        if (Finders.FIXTURE_PASSWORD.matcher(value).matches() || exampleComment(text, s + value.length())) {
            // round 12: a fixture word joined to the word for a password (fixture-password, test_secret) as in
            // credential URLs, or a value its own line's comment calls an example ("password: V  # example only"):
            // reported, below the step's threshold
            return ONE_CHAR_FILLER_SCORE;
        }
        return Math.min(0.85, 0.6 + (h - rule.minEntropy) * 0.1);
    }

    /**
     * Words that call a key public: a sealing key ({@code public key}, {@code public-key} as in GitHub's
     * {@code /actions/secrets/public-key} endpoint), a verifying key, a {@code pubkey}.
     */
    private static final Pattern PUBLIC_KEY_WORDS = Pattern.compile(
            "(?i)public[ _\\-]?key|pub[_\\-]?key|verif(?:y|ying|ication)[ _\\-]key|(?<![a-z])pkey(?![a-z])");

    /**
     * Whether the text calls the bare {@code key} at {@code [matchStart, e)} public within its line and the two
     * lines around it (an API response {@code {"key_id": …, "key": V}} under "sealed with the repo public key", a
     * {@code gh api …/secrets/public-key} call above it). Bounded: at most 240 characters each side.
     */
    static boolean publicKeyNamedNear(String text, int matchStart, int e) {
        int from = Math.max(0, matchStart - 240);
        int to = Math.min(text.length(), e + 240);
        int lf = lastIndexOf(text, '\n', matchStart - 1, from);
        if (lf >= 0) {
            from = lastIndexOf(text, '\n', lf - 1, from) + 1;
            from = from == 0 ? Math.max(0, matchStart - 240) : from;
        }
        int nl = indexOf(text, '\n', e, to);
        if (nl >= 0) {
            int nl2 = indexOf(text, '\n', nl + 1, to);
            to = nl2 < 0 ? to : nl2;
        }
        return PUBLIC_KEY_WORDS.matcher(text).region(from, to).find();
    }

    /** The last {@code c} in {@code text[floor, at]}, or -1: a bounded {@link String#lastIndexOf(int, int)}. */
    private static int lastIndexOf(String text, char c, int at, int floor) {
        for (int i = Math.min(at, text.length() - 1); i >= floor; i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The first {@code c} in {@code text[at, limit)}, or -1: a bounded {@link String#indexOf(int, int)}. */
    private static int indexOf(String text, char c, int at, int limit) {
        for (int i = Math.max(0, at); i < limit; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** A {@code "timestamp"} and a {@code "signature"} field (either order) in the same JSON object. */
    private static final Pattern SIGNED_TRIPLE = Pattern.compile(
            "(?i)[\"']timestamp[\"'][^{}]{0,240}?[\"']signature[\"']|[\"']signature[\"'][^{}]{0,240}?[\"']timestamp[\"']");

    /**
     * Whether a {@code token} value is the nonce of a webhook's signed triple: its JSON object (no brace between)
     * also has a {@code timestamp} and a {@code signature} field (Mailgun's {@code "signature": {"token",
     * "timestamp", "signature"}}, and any webhook that signs timestamp + token with a key kept elsewhere). The
     * token authenticates nothing; the signature is a digest. Bounded: 240 characters each side.
     */
    static boolean signedTripleNonce(String text, int matchStart, int e) {
        if (!text.regionMatches(true, matchStart, "token", 0, 5)) {
            return false;
        }
        int floor = Math.max(0, matchStart - 240);
        int open = lastIndexOf(text, '{', matchStart, floor);
        if (open < 0 || lastIndexOf(text, '}', matchStart, open) > open) {
            return false;
        }
        int limit = Math.min(text.length(), e + 240);
        int close = indexOf(text, '}', e, limit);
        if (close < 0) {
            return false;
        }
        int opened = indexOf(text, '{', e, close);
        return opened < 0 && SIGNED_TRIPLE.matcher(text).region(open, close).find();
    }

    /**
     * A comment after a value on its own line that calls the value an example, a sample, a dummy, a fake, a
     * placeholder, a fixture or not real ({@code # example only}, {@code // dummy value}, {@code # Beispielwert},
     * {@code # valeur d'exemple}, {@code # solo ejemplo}, {@code # esempio}, {@code # voorbeeld}): the writer says the
     * value authenticates nothing.
     */
    private static final Pattern EXAMPLE_COMMENT = Pattern.compile("[\"'`]?[ \\t]*[,;]?[ \\t]*(?:#|//|--|/\\*)"
            + "[^\\n]{0,80}?(?i:example|sample|dummy|fake|placeholder|fixture|not[ _\\-]?(?:a[ _\\-])?real|beispiel"
            + "|exemple|ejemplo|esempio|voorbeeld)");

    /**
     * Whether the rest of the line from {@code e} is a comment calling the value an example
     * ({@link #EXAMPLE_COMMENT}).
     */
    static boolean exampleComment(String text, int e) {
        int lineEnd = text.indexOf('\n', e);
        int to = Math.min(lineEnd < 0 ? text.length() : lineEnd, e + 120);
        return e < to && EXAMPLE_COMMENT.matcher(text).region(e, to).lookingAt();
    }

    /**
     * Whether the key name that ends at {@code k} (with the {@code /}-separated segments before it, as in the Helm
     * annotation {@code checksum/secret}) names a digest of a secret rather than the secret ({@link #DIGEST_WORDS}).
     */
    private static boolean digestKey(String text, int matchStart, int k) {
        int ks = matchStart;
        while (ks > 0 && ks > matchStart - 60 && (isKeyChar(text.charAt(ks - 1)) || text.charAt(ks - 1) == '/')) {
            ks--;
        }
        String key = text.substring(ks, k).toLowerCase(Locale.ROOT);
        for (String w : DIGEST_WORDS) {
            if (key.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the key at {@code matchStart} sits under an {@code encryptedData:} mapping (Bitnami Sealed Secrets:
     * values are encrypted with the controller's public key and only it can decrypt them; the project's README
     * calls them "safe to store ... even in a public repository"): the nearest less-indented key line above is it.
     */
    private static boolean sealedSecretValue(String text, int matchStart) {
        int from = Math.max(0, matchStart - 2000);
        int at = matchStart - 14;
        while (at >= from && !text.startsWith("encryptedData:", at)) {
            at--; // bounded: at most 2000 positions, and only for values of 200+ characters
        }
        if (at < from) {
            return false;
        }
        // every line between the mapping and the key is indented more than the mapping's line
        int lineStart = text.lastIndexOf('\n', at) + 1;
        int indent = at - lineStart;
        for (int p = text.indexOf('\n', at); p >= 0 && p < matchStart; p = text.indexOf('\n', p + 1)) {
            int q = p + 1;
            while (q < matchStart && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
                q++;
            }
            if (q - p - 1 <= indent && q < text.length() && text.charAt(q) != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Whether the value equals one word of the (lower-case) key name ({@code postgres} of {@code postgres_password}). */
    private static boolean valueIsKeyWord(String key, String value) {
        if (value.length() > 24) {
            return false;
        }
        String v = value.toLowerCase(Locale.ROOT);
        int from = 0;
        for (int i = 0; i <= key.length(); i++) {
            if (i == key.length() || !Character.isLetterOrDigit(key.charAt(i))) {
                if (i - from == v.length() && key.regionMatches(from, v, 0, v.length())) {
                    return true;
                }
                from = i + 1;
            }
        }
        return false;
    }

    /** Whether {@code key:value} at {@code [k, s)} is preceded by {@code word:} with no blank between (ARN, URN). */
    private static boolean colonIdentifier(String text, int k, int s) {
        for (int i = k; i < s; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '=') {
                return false; // "key: value", "key=": an assignment
            }
        }
        int p = k - 1; // the ':' before the key
        return p > 0 && isKeyChar(text.charAt(p - 1));
    }

    /**
     * Validator of {@code xml.config_secret} ({@code <add key="NAME" value="V"/>}): the key name must not be about
     * something other than the secret itself ({@code TokenEndpoint}, {@code ApiKeyHeaderName}: see the generic
     * rules' key stopwords), and the value must not be a URL or code.
     */
    static double xmlConfigValue(String text, int s, int e, double score) {
        int p = s - 2; // before value's opening quote
        while (p >= 0 && (Character.isLetter(text.charAt(p)) || text.charAt(p) == '=')) {
            p--;
        }
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p--;
        }
        int open = p > 0 ? text.lastIndexOf('"', p - 1) : -1;
        if (open < 0) {
            return score;
        }
        String name = text.substring(open + 1, p).toLowerCase(Locale.ROOT);
        for (String w : KEY_STOPWORDS) {
            if (name.contains(w)) {
                return -1;
            }
        }
        return looksLikeCode(text.substring(s, e)) ? -1 : score;
    }

    /**
     * Whether a user field set to {@code anonymous} precedes the password closely: by the anonymous-login
     * convention (RFC 1635, anonymous FTP) that password is an e-mail address or any text, not a secret.
     */
    private static boolean anonymousUserBefore(String text, int matchStart) {
        int from = Math.max(0, matchStart - 160);
        int a = -1;
        for (int i = from; i < matchStart; i++) { // the first occurrence before the match, not one up to the text's end
            if (text.charAt(i) == 'a' && text.startsWith("anonymous", i)) {
                a = i;
                break;
            }
        }
        if (a < 0) {
            return false;
        }
        // the word is a quoted or assigned value: "anonymous", 'anonymous', = anonymous
        char before = a > 0 ? text.charAt(a - 1) : ' ';
        return before == '"' || before == '\'' || before == '=' || before == ' ' && a > 1 && text.charAt(a - 2) == '=';
    }

    /** Whether the key name around {@code matchStart} follows {@code ?} or {@code &} (a URL or form parameter). */
    private static boolean parameterKey(String text, int matchStart) {
        int ks = matchStart;
        while (ks > 0 && ks > matchStart - 40 && isKeyChar(text.charAt(ks - 1))) {
            ks--;
        }
        return ks > 0 && (text.charAt(ks - 1) == '&' || text.charAt(ks - 1) == '?');
    }

    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                || c == '.';
    }

    private static boolean hasPlaceholderWordOnly(String v) {
        String l = v.toLowerCase(Locale.ROOT);
        return l.contains("your") || l.contains("changeme") || l.contains("xxx") || l.contains("***")
                || l.contains("replace") || l.contains("placeholder") || Placeholders.hasTemplateBracket(l)
                || l.contains("example");
    }

    private static boolean looksLikeCode(String v) {
        if (isBase64Blob(v)) {
            return false; // "/8eYvp…==" or "+Zq…" is base64 key material, not a path or an expression
        }
        char c0 = v.charAt(0);
        if (c0 == '\'' || c0 == '"' || c0 == '+' && !Placeholders.generatedAfterSymbol(v) || ",;:)]}".indexOf(c0) >= 0
                || v.endsWith(":")
                || v.contains("://")) {
            return true;
        }
        if (v.contains("(") && v.contains(")") || v.contains(" + ") || v.startsWith("/") || v.startsWith("http")
                || v.startsWith("arn:") || (v.startsWith("#") || v.startsWith(".")) && !symbolLedPassword(v)
                || v.endsWith(".")
                || v.startsWith("-") && (v.startsWith("--") || v.length() < 24 || v.indexOf('=') > 0)
                && !(v.indexOf('=') < 0 && v.indexOf(':') < 0 && !v.startsWith("--") && symbolLedPassword(v))
                || v.contains("\\n")) {
            return true;
        }
        if (DOTTED_REFERENCE.matcher(v).matches() && !generatedDotted(v) || ENV_NAME.matcher(v).matches()) {
            return true;
        }
        // a path-like value: lower-case words joined by '/' or '#', or a lower-case resource name with two or more
        // slashes (projects/4815/secrets/db-password/versions/latest)
        if (v.indexOf('/') >= 0 && v.chars().noneMatch(Character::isUpperCase)
                && (v.chars().noneMatch(Character::isDigit) || v.indexOf('/') != v.lastIndexOf('/'))) {
            return true;
        }
        // prose: several spaces
        int spaces = 0;
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) == ' ') {
                spaces++;
            }
        }
        return spaces > 1;
    }

    /**
     * Whether a value that starts with {@code #}, {@code .} or {@code -} (a fragment, a colour, a channel, a relative
     * path, a member access or an option when written; an option is also refused with {@code =} or {@code :}) is a
     * generated password that happens to start with the symbol ({@code #.9Qx…}, {@code .Lk4v…}, {@code -Hq7v…}):
     * password generators put their symbols anywhere. The rest must be a
     * {@link Placeholders#generatedBody} of eight or more without a slash (not {@code #/definitions/Token2}, a JSON
     * pointer) and without a second {@code #} ({@code #section#Anchor2}).
     */
    private static boolean symbolLedPassword(String v) {
        return v.indexOf('/') < 0 && v.indexOf('#', 1) < 0 && Placeholders.generatedAfterSymbol(v);
    }

    /**
     * Whether a value shaped like a dotted reference ({@code config.db.password}, {@code settings.DB_PASS}) is a
     * generated password with a dot in it ({@code vFDiUCBg.U3B4CekdW}): ten or more characters, a
     * {@link Placeholders#generatedBody} (so not words, capitals and short numbers), at 3.0 bits per character; not
     * base64-encoded JSON ({@code eyJ…}: JWTs have a rule of their own, which knows the documentation examples).
     */
    private static boolean generatedDotted(String v) {
        return v.length() >= 10 && !v.startsWith("eyJ") && Placeholders.generatedBody(v, 0)
                && Placeholders.entropy(v) >= 3.0;
    }

    /**
     * Whether the value is a base64 blob: 40+ characters of the base64 alphabet with upper and lower case letters
     * and digits and at most four slashes (random base64 has one '/' per 64 characters; paths have many).
     */
    private static boolean isBase64Blob(String v) {
        if (v.length() < 40) {
            return false;
        }
        boolean u = false;
        boolean l = false;
        boolean d = false;
        int slashes = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                u = true;
            } else if (c >= 'a' && c <= 'z') {
                l = true;
            } else if (c >= '0' && c <= '9') {
                d = true;
            } else if (c == '/') {
                slashes++;
            } else if (c != '+' && !(c == '=' && i >= v.length() - 2)) {
                return false;
            }
        }
        return u && l && d && slashes <= 4;
    }

    /** Keeps the most specific, then longest, of overlapping matches; returns them sorted by start. */
    private static List<SecretMatch> resolve(List<SecretMatch> found) {
        if (found.size() == 1) {
            return found.get(0).type().equals(Finders.NO_SECRET) ? List.of() : List.of(found.get(0));
        }
        Map<String, Integer> priority = PRIORITY;
        List<SecretMatch> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.<SecretMatch>comparingInt(m -> -priority.getOrDefault(m.rule(), 3))
                .thenComparingInt(m -> -m.length())
                .thenComparingInt(SecretMatch::start));
        TreeMap<Integer, SecretMatch> kept = new TreeMap<>();
        for (SecretMatch m : sorted) {
            Map.Entry<Integer, SecretMatch> before = kept.floorEntry(m.start());
            if (before != null && before.getValue().end() > m.start()) {
                continue;
            }
            Map.Entry<Integer, SecretMatch> after = kept.ceilingEntry(m.start());
            if (after != null && after.getKey() < m.end()) {
                continue;
            }
            kept.put(m.start(), m);
        }
        if (kept.values().stream().anyMatch(m -> m.type().equals(Finders.NO_SECRET))) {
            return kept.values().stream().filter(m -> !m.type().equals(Finders.NO_SECRET)).toList();
        }
        return List.copyOf(kept.values());
    }

    private static final Map<String, Integer> PRIORITY;

    static {
        Map<String, Integer> p = new java.util.HashMap<>();
        for (Rule r : Rules.all()) {
            p.put(r.id, r.kind.priority);
        }
        p.put("gcp.service_account", 4);
        p.put("generic.key_512bit", Rule.Kind.GENERIC.priority); // a vendor's rule for the same value names it better
        PRIORITY = Map.copyOf(p);
    }

    /** Builds a {@link SecretScanner}. */
    public static final class Builder {
        private final List<String> allowLiterals = new ArrayList<>();
        private final List<Pattern> allowPatterns = new ArrayList<>();
        private final Set<String> disabled = new LinkedHashSet<>();

        private Builder() {
        }

        /**
         * Never reports a value equal to or containing {@code entry}; an entry written {@code /regex/} is a Java
         * regular expression searched in the value (secretlint's {@code allows} convention).
         *
         * @throws IllegalArgumentException when a {@code /regex/} entry does not compile
         */
        public Builder allow(String entry) {
            Objects.requireNonNull(entry, "entry");
            if (entry.length() >= 2 && entry.startsWith("/") && entry.lastIndexOf('/') > 0) {
                int last = entry.lastIndexOf('/');
                String body = entry.substring(1, last);
                String flags = entry.substring(last + 1);
                try {
                    allowPatterns.add(Pattern.compile(body, flags.contains("i") ? Pattern.CASE_INSENSITIVE : 0));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("allowlist entry " + entry + " is not a valid regular expression: "
                            + e.getDescription() + "; write a literal value or /regex/", e);
                }
            } else if (!entry.isEmpty()) {
                allowLiterals.add(entry);
            }
            return this;
        }

        /** {@link #allow(String)} for each entry. */
        public Builder allowAll(Collection<String> entries) {
            entries.forEach(this::allow);
            return this;
        }

        /** Disables a rule by id (e.g. {@code jwt.token}) or every rule of a type (e.g. {@code JWT}). */
        public Builder disable(String ruleOrType) {
            disabled.add(Objects.requireNonNull(ruleOrType, "ruleOrType").toLowerCase(Locale.ROOT));
            return this;
        }

        /** The scanner. */
        public SecretScanner build() {
            return new SecretScanner(this);
        }
    }
}
