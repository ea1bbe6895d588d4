package io.tappass.pipeline.infra;

import io.tappass.core.governance.Severity;
import io.tappass.pipeline.internal.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds internal infrastructure in text: private, loopback, link-local, CGNAT and unique-local addresses (IPv4 and
 * IPv6), cloud metadata endpoints, internal host names ({@code .internal}, {@code .local}, {@code .corp},
 * {@code .lan}, {@code *.svc.cluster.local}...), URLs pointing at them, AWS ARNs, Azure resource ids, GCP
 * service-account e-mails and Kubernetes {@code kind: Secret} manifests carrying data.
 *
 * <p>Addresses and host names are found by hand-written single-pass scanners; the few regular expressions have no
 * nested quantifiers. Immutable and thread-safe; {@link #defaults()} is shared.
 */
public final class InfraDetector {

    /** The key for {@link io.tappass.pipeline.scan.TextPart#analysis} under which steps share the default scan. */
    public static final Object ANALYSIS_KEY = new Object() {
        @Override
        public String toString() {
            return "InfraDetector.defaults()";
        }
    };

    private static final InfraDetector DEFAULTS = new InfraDetector(true);

    /** Internal DNS suffixes (RFC 6762 .local, RFC 8375 home.arpa, ICANN-reserved .internal, common private TLDs). */
    static final String[] INTERNAL_SUFFIXES = {
        ".svc.cluster.local", ".cluster.local", ".internal", ".local", ".localdomain", ".corp", ".lan", ".intranet",
        ".home.arpa", ".private", ".intra", ".priv"
    };

    static final Pattern ARN = Pattern.compile(
            "(?<![A-Za-z0-9])(arn:aws(?:-cn|-us-gov|-iso|-iso-b)?:[a-z0-9\\-]{1,40}:[a-z0-9\\-]{0,30}:\\d{0,12}:"
                    + "[^\\s\"'`<>,;)\\]}]{1,512}+)");
    static final Pattern AZURE_ID = Pattern.compile(
            "(/subscriptions/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
                    + "(?:/[^\\s\"'`<>,;)\\]}]{1,400}+)?)");
    static final Pattern GCP_SA = Pattern.compile(
            "(?<![A-Za-z0-9._%+\\-])([a-z][a-z0-9\\-]{4,29}@[a-z][a-z0-9\\-]{4,29}\\.iam\\.gserviceaccount\\.com)");
    static final Pattern KIND_SECRET = Pattern.compile(
            "(?m)^[ \\t]*[\"']?kind[\"']?[ \\t]*:[ \\t]*[\"']?Secret[\"']?[ \\t]*,?[ \\t]*\\r?$");
    static final Pattern SECRET_DATA = Pattern.compile(
            "(?<![A-Za-z])[\"']?(?:data|stringData)[\"']?[ \\t]*:[ \\t]*\\{?[ \\t]*\\r?\\n?[ \\t]*[\"']?[A-Za-z0-9_.\\-]{1,253}[\"']?"
                    + "[ \\t]*:[ \\t]*[\"'|>]?[ \\t]*[^\\s\"'{}]{3,}");

    private final boolean includeLoopback;

    private InfraDetector(boolean includeLoopback) {
        this.includeLoopback = includeLoopback;
    }

    /** The shared detector (loopback addresses included, at LOW severity). */
    public static InfraDetector defaults() {
        return DEFAULTS;
    }

    /** A detector that ignores loopback addresses ({@code 127.0.0.0/8}, {@code ::1}). */
    public static InfraDetector withoutLoopback() {
        return new InfraDetector(false);
    }

    /**
     * Scans {@code text}.
     *
     * @return the findings sorted by start, non-overlapping (a URL finding absorbs the address inside it)
     */
    public List<InfraMatch> scan(String text) {
        Objects.requireNonNull(text, "text");
        List<InfraMatch> out = new ArrayList<>();
        if (text.indexOf('.') >= 0) {
            ipv4(text, out);
            hostnames(text, out);
        }
        if (text.indexOf(':') >= 0) {
            ipv6(text, out);
            regex(ARN, "arn:", 0, ARN_MAX, text, out, "CLOUD_ARN", "aws", Severity.MEDIUM, 0.9);
        }
        regex(AZURE_ID, "/subscriptions/", 0, AZURE_MAX, text, out, "AZURE_RESOURCE_ID", "azure", Severity.MEDIUM, 0.9);
        regex(GCP_SA, GCP_SUFFIX, GCP_BACK, GCP_SUFFIX.length(), text, out, "GCP_SERVICE_ACCOUNT_EMAIL", "gcp",
                Severity.MEDIUM, 0.9);
        kubeSecrets(text, out);
        if (out.isEmpty()) {
            return List.of();
        }
        urls(text, out);
        return resolve(out);
    }

    /**
     * The matches of one {@code find()} of {@code p} over the whole text, for a pattern whose every match either
     * starts with {@code anchor} and is at most {@code forward} characters long ({@code back == 0}), or ends with it
     * and starts at most {@code back} characters before it ({@code forward} = the anchor's length). The pattern is
     * tried only at or before each occurrence of the anchor (with transparent bounds, so look-behinds see the text
     * before the window), never over text that cannot hold a match: a source file or document that merely names
     * "arn:" costs one attempt instead of a regex pass over the text ({@code InfraAnchoredWindowsTest} compares with
     * the whole-text pass).
     */
    static void regex(Pattern p, String anchor, int back, int forward, String text, List<InfraMatch> out,
                      String type, String detail, Severity severity, double score) {
        int n = text.length();
        int at = Texts.find(text, anchor, 0);
        if (at < 0) {
            return;
        }
        Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int done = 0; // the end of the last match (matches do not overlap)
        while (at >= 0) {
            int next = at + 1;
            // back == 0: a match starting here is complete within the window; back > 0: a match ending with this
            // occurrence starts inside the window, and one ending with an earlier occurrence was found before
            boolean found = back == 0
                    ? m.region(at, Math.min(n, at + forward)).lookingAt()
                    : m.region(Math.max(done, at - back), Math.min(n, at + forward)).find();
            if (found) {
                int end = m.end(1);
                while (end > m.start(1) && ".:/".indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
                out.add(new InfraMatch(type, detail, severity, score, m.start(1), end));
                done = m.end();
                next = Math.max(next, done);
            }
            at = Texts.find(text, anchor, next);
        }
    }

    /** The longest ARN match: "arn:aws-us-gov:" + service (40) + ":" + region (30) + ":" + account (12) + ":" + 512. */
    static final int ARN_MAX = 15 + 40 + 1 + 30 + 1 + 12 + 1 + 512;
    /** The longest Azure resource id match: "/subscriptions/" + a GUID + "/" + 400. */
    static final int AZURE_MAX = 15 + 36 + 1 + 400;
    static final String GCP_SUFFIX = ".iam.gserviceaccount.com";
    /** The most characters of a GCP service-account match before its suffix: two 30-character labels and "@". */
    static final int GCP_BACK = 30 + 1 + 30;

    // ------------------------------------------------------------------ IPv4

    /**
     * IPv4 addresses, found from the dots: an address is a maximal digit run (not preceded by a letter, digit or
     * dot) followed by a dot and a digit, so the text between such dots is never read. The candidate at a start is
     * then parsed as before: four octets of at most three digits, not followed by a letter or ".digit".
     */
    private void ipv4(String text, List<InfraMatch> out) {
        int n = text.length();
        int d = text.indexOf('.');
        while (d >= 0) {
            if (d == 0 || d + 1 >= n || !isDigit(text.charAt(d - 1)) || !isDigit(text.charAt(d + 1))) {
                d = text.indexOf('.', d + 1);
                continue;
            }
            int i = d - 1;
            while (i > 0 && isDigit(text.charAt(i - 1))) {
                i--;
            }
            if (i > 0 && (text.charAt(i - 1) == '.' || Character.isLetter(text.charAt(i - 1)))) {
                d = text.indexOf('.', d + 1); // inside a longer dotted number or a word: never a start
                continue;
            }
            int next = parse4(text, i, out);
            d = next < n ? text.indexOf('.', Math.max(next, d + 1)) : -1;
        }
    }

    /** Parses a candidate address starting at {@code i}; returns where scanning resumes. */
    private int parse4(String text, int i, List<InfraMatch> out) {
        int n = text.length();
        int[] oct = new int[4];
        int p = i;
        int k = 0;
        boolean ok = true;
        for (; k < 4; k++) {
            int start = p;
            int v = 0;
            while (p < n && p - start < 3 && isDigit(text.charAt(p))) {
                v = v * 10 + (text.charAt(p) - '0');
                p++;
            }
            if (p == start || v > 255 || (p < n && isDigit(text.charAt(p)))) {
                ok = false;
                break;
            }
            oct[k] = v;
            if (k < 3) {
                if (p >= n || text.charAt(p) != '.') {
                    ok = false;
                    break;
                }
                p++;
            }
        }
        if (!ok) {
            // skip the digit run
            while (i < n && (isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                i++;
            }
            return i;
        }
        // not followed by another ".digit" (a longer dotted number such as a version) or a letter
        if (p < n && (Character.isLetter(text.charAt(p))
                || (text.charAt(p) == '.' && p + 1 < n && isDigit(text.charAt(p + 1))))) {
            return p;
        }
        String[] cls = classify4(oct);
        if (cls != null && (includeLoopback || !cls[0].equals("LOOPBACK_ADDRESS"))) {
            out.add(new InfraMatch(cls[0], cls[1], severityOf(cls[0]), 0.9, i, p));
        }
        return p;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {type, detail} for a special-purpose IPv4 address, or null for a public one. */
    static String[] classify4(int[] o) {
        if (o[0] == 169 && o[1] == 254 && o[2] == 169 && o[3] == 254) {
            return new String[] {"CLOUD_METADATA_ENDPOINT", "aws/gcp/azure metadata"};
        }
        if (o[0] == 100 && o[1] == 100 && o[2] == 100 && o[3] == 200) {
            return new String[] {"CLOUD_METADATA_ENDPOINT", "alibaba metadata"};
        }
        if (o[0] == 10) {
            return new String[] {"PRIVATE_IP", "rfc1918"};
        }
        if (o[0] == 172 && o[1] >= 16 && o[1] <= 31) {
            return new String[] {"PRIVATE_IP", "rfc1918"};
        }
        if (o[0] == 192 && o[1] == 168) {
            return new String[] {"PRIVATE_IP", "rfc1918"};
        }
        if (o[0] == 127) {
            return new String[] {"LOOPBACK_ADDRESS", "loopback"};
        }
        if (o[0] == 169 && o[1] == 254) {
            return new String[] {"LINK_LOCAL_ADDRESS", "link-local"};
        }
        if (o[0] == 100 && o[1] >= 64 && o[1] <= 127) {
            return new String[] {"CGNAT_ADDRESS", "rfc6598"};
        }
        return null;
    }

    private static Severity severityOf(String type) {
        switch (type) {
            case "CLOUD_METADATA_ENDPOINT":
            case "KUBERNETES_SECRET":
                return Severity.HIGH;
            case "LOOPBACK_ADDRESS":
                return Severity.LOW;
            default:
                return Severity.MEDIUM;
        }
    }

    // ------------------------------------------------------------------ IPv6

    /**
     * IPv6 literals, found from the colons: a candidate is a run of hex digits and colons that starts after a
     * character that is not a letter, digit or colon (at most 45 characters are examined, as before), and only runs
     * holding a colon can classify, so the text between colons is never read.
     */
    private void ipv6(String text, List<InfraMatch> out) {
        int n = text.length();
        int c = text.indexOf(':');
        while (c >= 0) {
            // the start of the hex/colon run holding this colon
            int i = c;
            while (i > 0 && (isHex(text.charAt(i - 1)) || text.charAt(i - 1) == ':')) {
                i--;
            }
            // the end of that run
            int runEnd = c + 1;
            while (runEnd < n && (isHex(text.charAt(runEnd)) || text.charAt(runEnd) == ':')) {
                runEnd++;
            }
            if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                candidate6(text, i, out);
            }
            c = runEnd < n ? text.indexOf(':', runEnd) : -1;
        }
    }

    private void candidate6(String text, int i, List<InfraMatch> out) {
        int n = text.length();
        int p = i;
        while (p < n && p - i < 45 && (isHex(text.charAt(p)) || text.charAt(p) == ':')) {
            p++;
        }
        // a "%zone" suffix is allowed for link-local addresses
        int end = p;
        if (p < n && (Character.isLetter(text.charAt(p)) && !isHex(text.charAt(p)))) {
            return;
        }
        // Only "::1", "fd00:ec2::254" and addresses whose first group starts with 'f' (fc/fd, fe8-feb) are
        // classified: other runs (times "08:12:33", "key:value" words) are dropped without a copy.
        char c0 = text.charAt(i);
        if (end - i < 3 || c0 != 'f' && c0 != 'F' && !(c0 == ':' && end - i == 3)) {
            return;
        }
        String cand = text.substring(i, end);
        String cls = classify6(cand);
        if (cls != null && (includeLoopback || !cls.equals("loopback"))) {
            String type = switch (cls) {
                case "loopback" -> "LOOPBACK_ADDRESS";
                case "link-local" -> "LINK_LOCAL_ADDRESS";
                case "metadata" -> "CLOUD_METADATA_ENDPOINT";
                default -> "PRIVATE_IP";
            };
            out.add(new InfraMatch(type, cls, severityOf(type), 0.9, i, end));
        }
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** "ula", "link-local", "loopback", "metadata" for such IPv6 literals; null otherwise (or when malformed). */
    static String classify6(String s) {
        if (s.length() < 3 || s.indexOf(':') < 0) {
            return null;
        }
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
            return null;
        }
        String[] groups = s.split(":", -1);
        int nonEmpty = 0;
        for (String g : groups) {
            if (g.length() > 4) {
                return null;
            }
            if (!g.isEmpty()) {
                nonEmpty++;
            }
        }
        if (nonEmpty > 8 || (dbl < 0 && groups.length != 8)) {
            return null;
        }
        String l = s.toLowerCase(Locale.ROOT);
        if (l.equals("::1")) {
            return "loopback";
        }
        if (l.equals("fd00:ec2::254")) {
            return "metadata";
        }
        if (groups[0].isEmpty() || groups[0].length() < 4 || nonEmpty < 2) {
            return null;
        }
        String g0 = groups[0].toLowerCase(Locale.ROOT);
        if (g0.startsWith("fc") || g0.startsWith("fd")) {
            return "ula";
        }
        if (g0.startsWith("fe8") || g0.startsWith("fe9") || g0.startsWith("fea") || g0.startsWith("feb")) {
            return "link-local";
        }
        return null;
    }

    // ------------------------------------------------------------------ host names

    private static void hostnames(String text, List<InfraMatch> out) {
        // One pass over the dots (every suffix starts with '.'), comparing suffixes ASCII-case-insensitively in
        // place: no lower-case copy of the text and one scan instead of one per suffix. Hits are then reported
        // suffix by suffix, in text order, as before.
        int n = text.length();
        long[] hits = null;
        int nh = 0;
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            if (dot + 1 >= n || !SUFFIX_START[text.charAt(dot + 1) & 0x7F] || text.charAt(dot + 1) >= 0x80) {
                continue; // no suffix starts with this letter (sentence ends, "e.g.", decimals)
            }
            for (int si = 0; si < INTERNAL_SUFFIXES.length; si++) {
                if (suffixAt(text, dot, INTERNAL_SUFFIXES[si])) {
                    if (hits == null) {
                        hits = new long[8];
                    } else if (nh == hits.length) {
                        hits = java.util.Arrays.copyOf(hits, nh * 2);
                    }
                    hits[nh++] = ((long) si << 32) | dot;
                }
            }
        }
        if (nh == 0) {
            return;
        }
        java.util.Arrays.sort(hits, 0, nh);
        for (int h = 0; h < nh; h++) {
            String suffix = INTERNAL_SUFFIXES[(int) (hits[h] >>> 32)];
            int at = (int) hits[h];
            int end = at + suffix.length();
            if (end < n) {
                char after = text.charAt(end);
                if (Character.isLetterOrDigit(after) || after == '-' || after == '_'
                        || (after == '.' && end + 1 < n && Character.isLetterOrDigit(text.charAt(end + 1)))) {
                    continue;
                }
            }
            int start = at;
            while (start > 0 && start > at - 253) {
                char b = text.charAt(start - 1);
                if (b < 0x80 && (Character.isLetterOrDigit(b) || b == '-' || b == '.')) {
                    start--;
                } else {
                    break;
                }
            }
            while (start < at && (text.charAt(start) == '.' || text.charAt(start) == '-')) {
                start++;
            }
            if (start >= at) {
                continue; // a bare suffix such as ".local" is not a host name
            }
            String type = end - start == METADATA_HOST.length() && text.regionMatches(true, start, METADATA_HOST, 0,
                    METADATA_HOST.length()) ? "CLOUD_METADATA_ENDPOINT" : "INTERNAL_HOSTNAME";
            out.add(new InfraMatch(type, suffix, severityOf(type), suffix.equals(".local") ? 0.7 : 0.85,
                    start, end));
        }
    }

    private static final String METADATA_HOST = "metadata.google.internal";

    /** The characters (both cases) that follow the dot of some internal suffix. */
    private static final boolean[] SUFFIX_START = new boolean[128];

    static {
        for (String suffix : INTERNAL_SUFFIXES) {
            char c = suffix.charAt(1);
            SUFFIX_START[c] = true;
            SUFFIX_START[Character.toUpperCase(c)] = true;
        }
    }

    /** Whether {@code suffix} (lower-case ASCII) is at {@code at}, ignoring ASCII case. */
    private static boolean suffixAt(String text, int at, String suffix) {
        int len = suffix.length();
        if (at + len > text.length()) {
            return false;
        }
        for (int k = 1; k < len; k++) { // k = 0 is the '.'
            char c = text.charAt(at + k);
            char s = suffix.charAt(k);
            if (c != s && !(s >= 'a' && s <= 'z' && c == s - 32)) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ URLs

    /** Replaces address/host findings that sit in the host of a URL by one INTERNAL_URL finding for the URL. */
    private static void urls(String text, List<InfraMatch> out) {
        int from = 0;
        List<InfraMatch> added = new ArrayList<>();
        TreeMap<Integer, InfraMatch> byStart = new TreeMap<>();
        for (InfraMatch m : out) {
            byStart.putIfAbsent(m.start(), m);
        }
        while (true) {
            int sep = Texts.find(text, "://", from);
            if (sep < 0) {
                break;
            }
            from = sep + 3;
            int ss = sep;
            while (ss > 0 && ss > sep - 12 && Character.isLetter(text.charAt(ss - 1))) {
                ss--;
            }
            if (ss == sep) {
                continue;
            }
            int hs = sep + 3;
            int at = -1;
            int p = hs;
            int n = text.length();
            while (p < n && p < hs + 300) {
                char c = text.charAt(p);
                if (c <= ' ' || c == '/' || c == '?' || c == '#' || c == '"' || c == '\'' || c == '`' || c == '<'
                        || c == '>' || c == ')' || c >= 0x80) {
                    break;
                }
                if (c == '@') {
                    at = p;
                }
                p++;
            }
            int hostStart = at >= 0 ? at + 1 : hs;
            InfraMatch inHost = null;
            var e = byStart.ceilingEntry(hostStart);
            if (e != null && e.getKey() <= hostStart + 1 && e.getValue().end() <= p) {
                inHost = e.getValue();
            }
            if (inHost == null) {
                continue;
            }
            int end = p;
            while (end < n && end < p + 2048) {
                char c = text.charAt(end);
                if (c <= ' ' || c == '"' || c == '\'' || c == '`' || c == '<' || c == '>' || c >= 0x80) {
                    break;
                }
                end++;
            }
            while (end > p && ".,;:)]}".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            Severity sev = inHost.type().equals("CLOUD_METADATA_ENDPOINT") ? Severity.HIGH : Severity.MEDIUM;
            String type = inHost.type().equals("CLOUD_METADATA_ENDPOINT") ? "CLOUD_METADATA_ENDPOINT" : "INTERNAL_URL";
            added.add(new InfraMatch(type, inHost.detail(), sev, Math.max(0.9, inHost.score()), ss, end));
        }
        out.addAll(added);
    }

    // ------------------------------------------------------------------ Kubernetes

    static void kubeSecrets(String text, List<InfraMatch> out) {
        int at = Texts.find(text, "Secret", 0);
        if (at < 0) {
            return;
        }
        // KIND_SECRET matches one whole line: it is tried on the lines that hold "Secret" only
        Matcher m = KIND_SECRET.matcher(text);
        int n = text.length();
        int[] seps = null;
        int lastDocStart = -1;
        for (; at >= 0; at = Texts.find(text, "Secret", at + 1)) {
            int lineStart = text.lastIndexOf('\n', at) + 1;
            int lineEnd = text.indexOf('\n', at);
            lineEnd = lineEnd < 0 ? n : lineEnd;
            at = lineEnd; // the next occurrence on another line
            if (!m.region(lineStart, lineEnd).find()) {
                continue;
            }
            if (seps == null) {
                seps = documentSeparators(text);
            }
            // the YAML document holding this line: between the surrounding "---" separators
            int k = java.util.Arrays.binarySearch(seps, m.start());
            int idx = k >= 0 ? k : -k - 1; // first separator at or after the match
            int docStart = idx == 0 ? 0 : seps[idx - 1] + 4;
            int docEnd = idx < seps.length ? seps[idx] : text.length();
            if (docStart == lastDocStart) {
                continue; // each document is reported once
            }
            lastDocStart = docStart;
            if (docStart == 0 && text.startsWith("---")) {
                docStart = 3;
            }
            Matcher data = SECRET_DATA.matcher(text).region(docStart, docEnd);
            if (!data.find()) {
                continue;
            }
            while (docStart < docEnd && Character.isWhitespace(text.charAt(docStart))) {
                docStart++;
            }
            while (docEnd > docStart && Character.isWhitespace(text.charAt(docEnd - 1))) {
                docEnd--;
            }
            out.add(new InfraMatch("KUBERNETES_SECRET", "kind: Secret", Severity.CRITICAL, 0.95, docStart, docEnd));
        }
    }

    /** The positions of every {@code "\n---"} document separator, ascending. */
    private static int[] documentSeparators(String text) {
        List<Integer> seps = new ArrayList<>();
        int from = 0;
        while (true) {
            int s = Texts.find(text, "\n---", from);
            if (s < 0) {
                break;
            }
            seps.add(s);
            from = s + 4;
        }
        return seps.stream().mapToInt(Integer::intValue).toArray();
    }

    // ------------------------------------------------------------------ overlap

    private static List<InfraMatch> resolve(List<InfraMatch> found) {
        List<InfraMatch> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((InfraMatch m) -> -m.length())
                .thenComparingInt(InfraMatch::start));
        TreeMap<Integer, InfraMatch> kept = new TreeMap<>();
        for (InfraMatch m : sorted) {
            var before = kept.floorEntry(m.start());
            if (before != null && before.getValue().end() > m.start()) {
                continue;
            }
            var after = kept.ceilingEntry(m.start());
            if (after != null && after.getKey() < m.end()) {
                continue;
            }
            kept.put(m.start(), m);
        }
        return List.copyOf(kept.values());
    }
}
