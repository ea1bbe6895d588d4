package io.tappass.pipeline.infra;

import io.tappass.core.governance.Severity;
import io.tappass.pipeline.internal.Texts;
import io.tappass.pipeline.internal.ThreadScratch;
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
 * {@code .lan}, {@code *.svc.cluster.local}, managed-database endpoints such as {@code *.rds.amazonaws.com}...; such
 * zones inside a public domain, {@code app.intra.example.com}), URLs pointing at them, AWS ARNs (not AWS's
 * documentation examples), EC2/VPC resource ids and account ids near a mention of AWS, Azure resource ids, GCP
 * service-account e-mails and resource names, and Kubernetes {@code kind: Secret} manifests carrying data (YAML or
 * JSON). Dotted numbers after a numbering word (version, section ...), reserved-block definitions, addresses of an
 * exercise ("Homework: ...") and dotfile names are not reported.
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
        ".home.arpa", ".private", ".intra", ".priv", ".intern", ".interne",
        // managed-database and cache endpoints that resolve to addresses inside a VPC (AWS RDS/Aurora, ElastiCache,
        // Redshift, DocumentDB, Neptune, MemoryDB; host formats from the AWS documentation)
        ".rds.amazonaws.com", ".cache.amazonaws.com", ".redshift.amazonaws.com", ".docdb.amazonaws.com",
        ".neptune.amazonaws.com", ".memorydb.amazonaws.com"
    };

    static final Pattern ARN = Pattern.compile(
            "(?<![A-Za-z0-9])(arn:aws(?:-cn|-us-gov|-iso|-iso-b)?:[a-z0-9\\-]{1,40}:[a-z0-9\\-]{0,30}:\\d{0,12}:"
                    + "[^\\s\"'`<>,;)\\]}]{1,512}+)");
    static final Pattern AZURE_ID = Pattern.compile(
            "(/subscriptions/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
                    + "(?:/[^\\s\"'`<>,;)\\]}]{1,400}+)?)");
    static final Pattern GCP_SA = Pattern.compile(
            "(?<![A-Za-z0-9._%+\\-])([a-z][a-z0-9\\-]{4,29}@[a-z][a-z0-9\\-]{4,29}\\.iam\\.gserviceaccount\\.com)");
    /**
     * GCP resource names ({@code projects/acme-dwh-prod-4411/secrets/stripe/versions/latest}): a project id (6-30
     * characters: lower-case letters, digits, hyphens; starting with a letter) followed by a collection of the GCP
     * APIs (format from Google Cloud's resource-name documentation).
     */
    static final Pattern GCP_RESOURCE = Pattern.compile("(?<![A-Za-z0-9_/-])(projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/"
            + "(?:secrets|locations|zones|regions|instances|topics|subscriptions|datasets|buckets|serviceAccounts"
            + "|databases|global|clusters|keyRings|instanceTemplates|jobs|repositories|services|functions|sinks|logs"
            + "|notes|occurrences|tables|models|endpoints|connectors|networks|subnetworks|firewalls)"
            + "(?:/[A-Za-z0-9_.@:-]{1,200}){0,6}+)");
    static final int GCP_RESOURCE_MAX = 9 + 30 + 1 + 20 + 7 * 201;

    /** Project ids written as placeholders in documentation ("my-project", "project-id", "your-project-123"). */
    static boolean placeholderProject(String name) {
        String p = name.substring(9, name.indexOf('/', 9));
        return p.contains("my-project") || p.contains("project-id") || p.contains("your-") || p.contains("example")
                || p.contains("sample") || p.contains("demo") || p.equals("myproject") || p.contains("test-project");
    }

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
        Marks[] marks = MARKS.take();
        try {
            // every address, internal host name and cloud host holds a dot followed by a letter or digit, every
            // resource id a dash followed by a hex digit
            return scan(text, marks[0].fill(text, '.'), marks[1].fill(text, '-'));
        } finally {
            marks[0].trim();
            marks[1].trim();
            MARKS.giveBack(marks); // the scan has ended
        }
    }

    private List<InfraMatch> scan(String text, Marks dots, Marks dashes) {
        List<InfraMatch> out = new ArrayList<>();
        if (dots.size() > 0) {
            ipv4(text, dots, out);
            hostnames(text, dots, out);
        }
        int arns = 0;
        if (text.indexOf(':') >= 0) {
            ipv6(text, out);
            int before = out.size();
            regex(ARN, "arn:", 0, ARN_MAX, InfraDetector::documentationArn, text, out, "CLOUD_ARN", "aws",
                    Severity.MEDIUM, 0.9);
            arns = out.size() - before;
        }
        if (dashes.size() > 0) {
            awsResourceIds(text, dashes, out);
        }
        if (dots.size() > 0) {
            regex(ECR_HOST, dots, ".dkr.ecr", 12, ECR_FORWARD, InfraDetector::documentationEndpoint, text, out,
                    "CLOUD_ACCOUNT_ENDPOINT", "aws", Severity.MEDIUM, 0.85);
            regex(SIGNIN_HOST, dots, ".signin.aws", 12, SIGNIN_FORWARD, InfraDetector::documentationEndpoint, text,
                    out, "CLOUD_ACCOUNT_ENDPOINT", "aws", Severity.MEDIUM, 0.85);
            if (dots.find(text, ".amazonaws.com", 0) >= 0) { // in every queue URL: no pass for the 'q's of "sqs"
                regex(QUEUE_URL, "sqs", 0, QUEUE_MAX, InfraDetector::documentationEndpoint, text, out,
                        "CLOUD_ACCOUNT_ENDPOINT", "aws", Severity.MEDIUM, 0.85);
            }
        }
        boolean guid = holdsGuid(text, dashes); // else neither Azure pattern can match: no pass for their anchors
        if (guid) {
            regex(AZURE_SUBSCRIPTION, "ubscription", 1, AZURE_SUBSCRIPTION_FORWARD, InfraDetector::placeholderGuid,
                    text, out, "AZURE_SUBSCRIPTION_ID", "azure", Severity.MEDIUM, 0.85);
            regex(AZURE_SUBSCRIPTION, "UBSCRIPTION", 1, AZURE_SUBSCRIPTION_FORWARD, InfraDetector::placeholderGuid,
                    text, out, "AZURE_SUBSCRIPTION_ID", "azure", Severity.MEDIUM, 0.85);
        }
        if (arns > 0 && Texts.contains(text, "--no-sign-request")) { // no pass over the dashes for it without an ARN
            // "aws s3 ... --no-sign-request": the bucket is read anonymously, an open data set, not an account's
            out.removeIf(m -> m.type().equals("CLOUD_ARN") && text.startsWith("arn:aws:s3:::", m.start()));
        }
        if (guid) {
            regex(AZURE_ID, "/subscriptions/", 0, AZURE_MAX, NONE, text, out, "AZURE_RESOURCE_ID", "azure",
                    Severity.MEDIUM, 0.9);
        }
        regex(GCP_SA, dots, GCP_SUFFIX, GCP_BACK, GCP_SUFFIX.length(), NONE, text, out, "GCP_SERVICE_ACCOUNT_EMAIL",
                "gcp", Severity.MEDIUM, 0.9);
        regex(GCP_RESOURCE, "projects/", 0, GCP_RESOURCE_MAX, InfraDetector::placeholderProject, text, out,
                "GCP_RESOURCE_NAME", "gcp", Severity.MEDIUM, 0.85);
        awsAccountIds(text, out);
        if (kubeSecrets(text, out) && Texts.contains(text, "\"kind\"")) {
            kubeSecretsJson(text, out);
        }
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
     * the whole-text pass). A match whose value {@code example} accepts (a documentation example) is not reported.
     */
    static void regex(Pattern p, String anchor, int back, int forward, java.util.function.Predicate<String> example,
                      String text, List<InfraMatch> out, String type, String detail, Severity severity, double score) {
        regex(p, Texts::find, anchor, back, forward, example, text, out, type, detail, severity, score);
    }

    /**
     * {@link #regex(Pattern, String, int, int, java.util.function.Predicate, String, List, String, String, Severity,
     * double) regex} with the anchor's occurrences found by {@code finder}, such as a {@link Marks} list for an anchor
     * that starts with the list's character and a letter.
     */
    static void regex(Pattern p, Finder finder, String anchor, int back, int forward,
                      java.util.function.Predicate<String> example, String text, List<InfraMatch> out, String type,
                      String detail, Severity severity, double score) {
        int n = text.length();
        int at = finder.find(text, anchor, 0);
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
                if (example == NONE || !example.test(text.substring(m.start(1), end))) {
                    out.add(new InfraMatch(type, detail, severity, score, m.start(1), end));
                }
                done = m.end();
                next = Math.max(next, done);
            }
            at = finder.find(text, anchor, next);
        }
    }

    /** Where {@code needle} occurs in {@code text} at or after {@code from}, -1 if nowhere ({@link Texts#find}). */
    @FunctionalInterface
    interface Finder {
        int find(String text, String needle, int from);
    }

    /**
     * Per thread: the lists of a scan's dots and dashes followed by a letter or digit ({@link Marks}), lent to one scan
     * at a time and refilled by the thread's next.
     */
    private static final ThreadScratch<Marks[]> MARKS =
            new ThreadScratch<>(() -> new Marks[] {new Marks(), new Marks()});

    /**
     * Whether the text holds a GUID (8-4-4-4-12 hex digits of either case), which both Azure patterns need: found
     * from its first dash ({@code dashes}: the dashes followed by a letter or digit), so that a text without one
     * costs no pass for "ubscription", "UBSCRIPTION" and "/subscriptions/" (on the 1 MiB benchmark prompt the first
     * alone was 9,606 'b's, each a vectorised {@code indexOf} call and a comparison).
     */
    static boolean holdsGuid(String text, Marks dashes) {
        for (int k = 0; k < dashes.size(); k++) {
            if (Texts.uuidAt(text, dashes.get(k) - 8)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An ECR registry host: the account id is its first label ("739201846153.dkr.ecr.eu-west-1.amazonaws.com").
     * With the SQS queue URL and the console sign-in host, it names an account as an ARN does.
     */
    static final Pattern ECR_HOST = Pattern.compile("(?<![A-Za-z0-9.-])(\\d{12}\\.dkr\\.ecr(?:-fips)?\\.[a-z0-9-]{1,30}"
            + "\\.amazonaws\\.com(?:\\.cn)?)");
    static final int ECR_FORWARD = 13 + 30 + 18;
    /** The console sign-in host of an account ("204817365920.signin.aws.amazon.com"). */
    static final Pattern SIGNIN_HOST = Pattern.compile("(?<![A-Za-z0-9.-])(\\d{12}\\.signin\\.aws\\.amazon\\.com)");
    static final int SIGNIN_FORWARD = 24;
    /** An SQS queue URL: region endpoint, account id, queue name ("sqs.us-east-1.amazonaws.com/2048.../orders"). */
    static final Pattern QUEUE_URL = Pattern.compile("(?<![A-Za-z0-9-])(sqs(?:-fips)?\\.[a-z0-9-]{1,30}\\.amazonaws"
            + "\\.com(?:\\.cn)?/\\d{12}/[A-Za-z0-9_.-]{1,80}+)");
    static final int QUEUE_MAX = 9 + 30 + 18 + 14 + 80;
    /**
     * An Azure subscription id named by its key or flag ("--subscription 8d1e...", "subscription_id = \"...\"",
     * "\"subscriptionId\": \"...\"", "ARM_SUBSCRIPTION_ID=...", "Subscription ID: ..."): a GUID right after it.
     */
    static final Pattern AZURE_SUBSCRIPTION = Pattern.compile("(?i)(?<![a-z])subscription(?:[ _-]?id)?[\"']?"
            + "[ \\t]{0,3}(?:[:=][ \\t]{0,3})?[\"']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
            + "(?![0-9a-f-])");
    static final int AZURE_SUBSCRIPTION_FORWARD = 11 + 3 + 1 + 3 + 5 + 36;

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    /** An account endpoint whose account is one of AWS's documentation accounts. */
    static boolean documentationEndpoint(String v) {
        java.util.regex.Matcher m = TWELVE_DIGITS.matcher(v);
        return m.find() && documentationAccount(m.group());
    }

    /** A GUID written as a placeholder: one character repeated ("00000000-0000-..."), or "12345678-1234-...". */
    static boolean placeholderGuid(String g) {
        String hex = g.replace("-", "").toLowerCase(Locale.ROOT);
        return hex.chars().distinct().count() <= 2 || hex.startsWith("12345678") || hex.startsWith("abcdef");
    }

    /** No value is a documentation example. */
    static final java.util.function.Predicate<String> NONE = v -> false;

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
     * dot) followed by a dot and a digit, so the text between such dots is never read, and only the dots followed by
     * a letter or digit ({@code dots}) are looked at. The candidate at a start is then parsed as before: four octets
     * of at most three digits, not followed by a letter or ".digit".
     */
    void ipv4(String text, Marks dots, List<InfraMatch> out) {
        int n = text.length();
        int[] para = {0, -1, 0}; // exercise(): paragraph start, its label (-1 unknown, 0 none, 1 yes), next break
        int k = 0; // the index of the dot d in dots: the dots followed by a letter or digit
        while (k < dots.size()) {
            int d = dots.get(k);
            if (d == 0 || d + 1 >= n || !isDigit(text.charAt(d - 1)) || !isDigit(text.charAt(d + 1))) {
                k++;
                continue;
            }
            int i = d - 1;
            while (i > 0 && isDigit(text.charAt(i - 1))) {
                i--;
            }
            if (i > 0 && (text.charAt(i - 1) == '.' || Character.isLetter(text.charAt(i - 1)))) {
                k++; // inside a longer dotted number or a word: never a start
                continue;
            }
            int next = parse4(text, i, out, para);
            if (next >= n) {
                break;
            }
            k = dots.next(Math.max(next, d + 1), k + 1);
        }
    }

    /** Parses a candidate address starting at {@code i}; returns where scanning resumes. */
    private int parse4(String text, int i, List<InfraMatch> out, int[] para) {
        int n = text.length();
        int addr = 0; // the octets, packed: the first in the high byte
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
            addr = addr << 8 | v;
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
        String[] cls = classify4(addr);
        if (cls != null && (blockDefinition(text, p, addr) || numberedByContext(text, i) || exercise(text, i, para))) {
            return p;
        }
        if (cls != null && (includeLoopback || !cls[0].equals("LOOPBACK_ADDRESS"))) {
            out.add(new InfraMatch(cls[0], cls[1], severityOf(cls[0]), 0.9, i, p));
        }
        return p;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Words after which a dotted number is a version, a section or an exercise number, not an address. */
    private static final java.util.Set<String> NUMBERING_WORDS = java.util.Set.of("version", "versions", "ver",
            "release", "releases", "build", "section", "sections", "chapter", "clause", "clauses", "article",
            "paragraph", "exercise", "exercises", "step", "figure", "fig", "table", "item", "rule", "appendix",
            "annex", "page", "part", "requirement", "control", "standard", "sec", "art", "par", "no", "nr",
            "versie", "hoofdstuk", "artikel", "abschnitt", "kapitel");

    /**
     * Whether the word before the number at {@code i} (across blanks and one "§" or "#") names a numbering scheme:
     * "version 10.0.1.2", "section 10.1.2.3", "exercise 10.2.1.4".
     */
    static boolean numberedByContext(String text, int i) {
        int p = i;
        while (p > 0 && i - p < 4 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\u00A7'
                || text.charAt(p - 1) == '#' || text.charAt(p - 1) == '\t')) {
            if (text.charAt(p - 1) == '\u00A7') {
                return true;
            }
            p--;
        }
        int e = p;
        while (p > 0 && e - p < 16 && Character.isLetter(text.charAt(p - 1))) {
            p--;
        }
        if (p == e || p > 0 && Character.isLetter(text.charAt(p - 1))) {
            return false;
        }
        return NUMBERING_WORDS.contains(text.substring(p, e).toLowerCase(Locale.ROOT));
    }

    /** Labels that open an exercise or a quiz: its addresses are the exercise's, not a network's. */
    private static final java.util.Set<String> EXERCISE_LABELS = java.util.Set.of("homework", "exercise", "assignment",
            "quiz", "question", "huiswerk", "oefening", "opdracht", "hausaufgabe", "aufgabe", "ubung", "\u00fcbung",
            "exercice", "devoir", "ejercicio", "tarea", "esercizio", "compito");

    /** How far into an exercise's paragraph its addresses are taken for the exercise's. */
    private static final int EXERCISE_REACH = 600;

    /**
     * Whether the paragraph holding {@code i} opens with an exercise label and a colon ("Homework: split
     * 192.168.1.0/24 into four subnets") at most {@value #EXERCISE_REACH} characters back. {@code para} carries the
     * current paragraph across the calls of one scan (addresses come in text order), so the text is searched for
     * paragraph breaks once: {start, label known (-1 unknown, 0 no, 1 yes), next break}. The breaks are found by
     * {@link Texts#find}: {@code String.indexOf("\n\n")} took 0.54 ms on a MiB of JSON log lines without one (a
     * comparison at each line break), {@code Texts.find} 0.05 ms.
     */
    static boolean exercise(String text, int i, int[] para) {
        if (para[2] == 0 || para[2] > 0 && para[2] < i) {
            // advance to the paragraph holding i
            int b = para[2] == 0 ? Texts.find(text, "\n\n", 0) : para[2];
            while (b >= 0 && b < i) {
                para[0] = b + 2;
                para[1] = -1;
                b = Texts.find(text, "\n\n", b + 2);
            }
            para[2] = b < 0 ? Integer.MAX_VALUE : b;
        }
        if (i - para[0] > EXERCISE_REACH) {
            return false;
        }
        if (para[1] < 0) {
            para[1] = exerciseLabel(text, para[0], i) ? 1 : 0;
        }
        return para[1] == 1;
    }

    private static boolean exerciseLabel(String text, int s, int i) {
        while (s < i && !Character.isLetter(text.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < i && Character.isLetter(text.charAt(e))) {
            e++;
        }
        int q = e;
        while (q < i && text.charAt(q) == ' ') {
            q++;
        }
        while (q < i && (Character.isDigit(text.charAt(q)) || text.charAt(q) == '.' || text.charAt(q) == ' ')) {
            q++; // "Exercise 3:"
        }
        return e > s && q < i && text.charAt(q) == ':'
                && EXERCISE_LABELS.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the address at [.., p) followed by "/N" is the definition of a reserved block (10.0.0.0/8,
     * 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10, 169.254.0.0/16, 127.0.0.0/8; RFC 1918, 6598, 3927, 1122):
     * documentation of the ranges, not a network of the writer's.
     */
    static boolean blockDefinition(String text, int p, int addr) {
        if (p + 1 >= text.length() || text.charAt(p) != '/' || (addr & 0xFFFF) != 0) {
            return false;
        }
        int q = p + 1;
        int len = 0;
        while (q < text.length() && q - p <= 3 && isDigit(text.charAt(q))) {
            len = len * 10 + text.charAt(q) - '0';
            q++;
        }
        if (q < text.length() && isDigit(text.charAt(q))) {
            return false;
        }
        int top = addr >>> 16; // the first two octets
        return top == (10 << 8) && len == 8 || top == (172 << 8 | 16) && len == 12
                || top == (192 << 8 | 168) && len == 16 || top == (100 << 8 | 64) && len == 10
                || top == (169 << 8 | 254) && len == 16 || top == (127 << 8) && len == 8;
    }

    /**
     * AWS's documentation accounts (123456789012, 111122223333, 444455556666, ...: the account ids the AWS guides use in
     * examples) and resources named "example" or "demo" (DOC-EXAMPLE-BUCKET, amzn-s3-demo-bucket) are documentation.
     */
    static boolean documentationArn(String arn) {
        String[] f = arn.split(":", 6);
        if (f.length >= 5 && documentationAccount(f[4])) {
            return true;
        }
        String l = arn.toLowerCase(Locale.ROOT);
        return l.contains("example") || l.contains("-demo-") || l.contains(":demo");
    }

    /** AWS's documentation accounts: 123456789012, one digit twelve times, one group of four three times. */
    static boolean documentationAccount(String acct) {
        return acct.equals("123456789012") || acct.length() == 12 && acct.chars().distinct().count() == 1
                || acct.length() == 12 && acct.substring(0, 4).equals(acct.substring(4, 8))
                && acct.substring(4, 8).equals(acct.substring(8));
    }

    private static final String[] METADATA = {"CLOUD_METADATA_ENDPOINT", "aws/gcp/azure metadata"};
    private static final String[] ALIBABA_METADATA = {"CLOUD_METADATA_ENDPOINT", "alibaba metadata"};
    private static final String[] PRIVATE = {"PRIVATE_IP", "rfc1918"};
    private static final String[] LOOPBACK = {"LOOPBACK_ADDRESS", "loopback"};
    private static final String[] LINK_LOCAL = {"LINK_LOCAL_ADDRESS", "link-local"};
    private static final String[] CGNAT = {"CGNAT_ADDRESS", "rfc6598"};

    /**
     * {type, detail} for a special-purpose IPv4 address (its octets packed in an int, the first in the high byte),
     * or null for a public one. The arrays are shared: read them, never write.
     */
    static String[] classify4(int addr) {
        int a = addr >>> 24;
        int b = addr >>> 16 & 0xFF;
        if (addr == (169 << 24 | 254 << 16 | 169 << 8 | 254)) {
            return METADATA;
        }
        if (addr == (100 << 24 | 100 << 16 | 100 << 8 | 200)) {
            return ALIBABA_METADATA;
        }
        if (a == 10 || a == 172 && b >= 16 && b <= 31 || a == 192 && b == 168) {
            return PRIVATE;
        }
        if (a == 127) {
            return LOOPBACK;
        }
        if (a == 169 && b == 254) {
            return LINK_LOCAL;
        }
        if (a == 100 && b >= 64 && b <= 127) {
            return CGNAT;
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
        String cls = classify6(text, i, end);
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

    /**
     * {@link #classify6(String)} of {@code text.substring(from, to)}, read in place (a log line's times and
     * {@code key:value} pairs are candidates too): the same answer without the copy, its groups and its lower-case
     * forms. {@code InfraDetectorTest} compares the two.
     */
    static String classify6(String text, int from, int to) {
        int len = to - from;
        if (len < 3) {
            return null;
        }
        int dbl = -1;
        int groups = 1;
        int nonEmpty = 0;
        int groupStart = from;
        int firstGroupLen = -1;
        for (int k = from; k <= to; k++) {
            if (k < to && text.charAt(k) != ':') {
                continue;
            }
            int g = k - groupStart; // the group ending here
            if (g > 4) {
                return null;
            }
            if (g > 0) {
                nonEmpty++;
            }
            if (firstGroupLen < 0) {
                firstGroupLen = g;
            }
            if (k < to) {
                groups++;
                if (k + 1 < to && text.charAt(k + 1) == ':') {
                    if (dbl >= 0) {
                        return null; // a second "::"
                    }
                    dbl = k;
                }
            }
            groupStart = k + 1;
        }
        if (groups == 1) {
            return null; // no colon
        }
        if (nonEmpty > 8 || (dbl < 0 && groups != 8)) {
            return null;
        }
        if (len == 3 && text.regionMatches(true, from, "::1", 0, 3)) {
            return "loopback";
        }
        if (len == 13 && text.regionMatches(true, from, "fd00:ec2::254", 0, 13)) {
            return "metadata";
        }
        if (firstGroupLen < 4 || nonEmpty < 2) {
            return null;
        }
        char a = lowerHex(text.charAt(from));
        char b = lowerHex(text.charAt(from + 1));
        char c = lowerHex(text.charAt(from + 2));
        if (a == 'f' && (b == 'c' || b == 'd')) {
            return "ula";
        }
        if (a == 'f' && b == 'e' && (c == '8' || c == '9' || c == 'a' || c == 'b')) {
            return "link-local";
        }
        return null;
    }

    /** An ASCII letter lower-cased; any other character as it is. */
    private static char lowerHex(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
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

    static void hostnames(String text, Marks dots, List<InfraMatch> out) {
        // One pass over the dots followed by a letter or digit (every suffix starts with '.' and a letter), comparing
        // suffixes ASCII-case-insensitively in place: no lower-case copy of the text and one scan instead of one per
        // suffix. Hits are then reported suffix by suffix, in text order, as before.
        int n = text.length();
        long[] hits = null;
        int nh = 0;
        for (int k = 0; k < dots.size(); k++) {
            int dot = dots.get(k);
            char first = dot + 1 < n ? text.charAt(dot + 1) : 0;
            int[] candidates = first < 0x80 ? SUFFIXES_BY_START[first] : null;
            if (candidates == null) {
                continue; // no suffix starts with this letter (sentence ends, "e.g.", decimals)
            }
            for (int si : candidates) {
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
                if (Character.isLetterOrDigit(after) || after == '-' || after == '_') {
                    continue;
                }
                if (after == '.' && end + 1 < n && Character.isLetterOrDigit(text.charAt(end + 1))) {
                    // an internal zone inside a public domain ("grafana.intra.acme.com"), or nothing
                    end = MIDDLE_ZONES.contains(suffix) ? zoneHostEnd(text, end) : -1;
                    if (end < 0) {
                        continue;
                    }
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
            if (start > 0 && text.charAt(start - 1) == '.') {
                continue; // a dotfile name (".env.local", ".env.development.local"), not a host name
            }
            if (wellKnownOrPlaceholder(text.substring(start, end).toLowerCase(Locale.ROOT), suffix)) {
                continue;
            }
            String type = end - start == METADATA_HOST.length() && text.regionMatches(true, start, METADATA_HOST, 0,
                    METADATA_HOST.length()) ? "CLOUD_METADATA_ENDPOINT" : "INTERNAL_HOSTNAME";
            out.add(new InfraMatch(type, suffix, severityOf(type), suffix.equals(".local") ? 0.7 : 0.85,
                    start, end));
        }
    }

    private static final String METADATA_HOST = "metadata.google.internal";

    /**
     * Names every installation of a container runtime has for its own host and gateway (Docker Desktop's
     * {@code host.docker.internal}, Podman's {@code host.containers.internal}, minikube's, Lima's): a product's fixed
     * name, not an organisation's host.
     */
    private static final java.util.Set<String> RUNTIME_HOSTS = java.util.Set.of("host.docker.internal",
            "gateway.docker.internal", "kubernetes.docker.internal", "host.containers.internal",
            "host.minikube.internal", "control-plane.minikube.internal", "host.lima.internal");

    /**
     * A runtime's fixed host name ({@link #RUNTIME_HOSTS}), or a documentation placeholder: every label before the
     * internal suffix is "my-...", "your-...", "example...", "sample-..." or a stock placeholder ("my-svc.my-namespace
     * .svc.cluster.local", "your-service.your-ns.svc.cluster.local", "foo.bar.internal").
     */
    static boolean wellKnownOrPlaceholder(String host, String suffix) {
        if (RUNTIME_HOSTS.contains(host)) {
            return true;
        }
        String zone = suffix;
        for (String z : INTERNAL_SUFFIXES) {
            if (z.length() > zone.length() && host.endsWith(z)) {
                zone = z; // "my-svc.my-ns.svc.cluster.local" is read against ".svc.cluster.local" also for ".local"
            }
        }
        if (host.length() <= zone.length()) {
            return false;
        }
        for (String label : host.substring(0, host.length() - zone.length()).split("\\.")) {
            if (!(label.startsWith("my-") || label.startsWith("your-") || label.startsWith("example")
                    || label.startsWith("sample-") || PLACEHOLDER_LABELS.contains(label))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> PLACEHOLDER_LABELS = java.util.Set.of("foo", "bar", "baz", "my",
            "your", "example", "sample", "service-name", "svc-name", "namespace", "my_service", "yourservice",
            "myservice", "mynamespace", "yournamespace");

    /** Internal zones that also name a subdomain of a company's public domain ("app.intra.example.com"). */
    private static final java.util.Set<String> MIDDLE_ZONES = java.util.Set.of(".internal", ".intra", ".intranet",
            ".corp", ".lan", ".priv", ".private", ".intern", ".interne");
    /** Top-level domains under which such a zone is taken for a host name (not a Java package or a file name). */
    private static final java.util.Set<String> TLDS = java.util.Set.of("com", "net", "org", "io", "co", "eu", "de",
            "nl", "be", "fr", "es", "it", "uk", "ch", "at", "lu", "dk", "se", "no", "fi", "pl", "pt", "ie", "cz",
            "us", "ca", "au", "nz", "jp", "in", "br", "cloud", "dev", "app", "tech", "biz", "info", "global", "group",
            "systems", "services", "network");

    /**
     * The end of a host name continuing after an internal zone at {@code from} (its ".", followed by a label), when
     * at least two labels follow and the last is a lower-case top-level domain of {@link #TLDS}; otherwise -1.
     */
    private static int zoneHostEnd(String text, int from) {
        int n = text.length();
        int e = from;
        int dots = 0;
        int lastDot = from;
        while (e < n && e - from < 253) {
            char c = text.charAt(e);
            if (c == '.' && e + 1 < n && Character.isLetterOrDigit(text.charAt(e + 1))) {
                dots++;
                lastDot = e;
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                break;
            }
            e++;
        }
        if (dots < 2 || e < n && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '_')) {
            return -1;
        }
        return TLDS.contains(text.substring(lastDot + 1, e)) ? e : -1;
    }

    /**
     * Per character after a dot (both cases): the indexes of the internal suffixes that start with it, ascending, or
     * null. A dot of an e-mail address (".com") is compared with the three suffixes starting with 'c', not all twenty.
     */
    private static final int[][] SUFFIXES_BY_START = new int[128][];

    static {
        for (int si = 0; si < INTERNAL_SUFFIXES.length; si++) {
            char c = INTERNAL_SUFFIXES[si].charAt(1);
            char upper = Character.toUpperCase(c);
            for (char k : c == upper ? new char[] {c} : new char[] {c, upper}) { // a suffix listed once per slot
                int[] have = SUFFIXES_BY_START[k];
                int[] next = have == null ? new int[1] : java.util.Arrays.copyOf(have, have.length + 1);
                next[next.length - 1] = si;
                SUFFIXES_BY_START[k] = next;
            }
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
        TreeMap<Integer, InfraMatch> byStart = null; // made at the first "://" (most texts have none)
        while (true) {
            int sep = Texts.find(text, "://", from);
            if (sep < 0) {
                break;
            }
            if (byStart == null) {
                byStart = new TreeMap<>();
                for (InfraMatch m : out) {
                    byStart.putIfAbsent(m.start(), m);
                }
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

    /** Adds the YAML documents holding a {@code kind: Secret} line with data; whether the text holds "Secret". */
    static boolean kubeSecrets(String text, List<InfraMatch> out) {
        int at = Texts.find(text, "Secret", 0);
        if (at < 0) {
            return false;
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
        return true;
    }

    private static final Pattern KIND_SECRET_JSON = Pattern.compile("\"kind\"[ \\t]*:[ \\t]*\"Secret\"");
    private static final Pattern SECRET_DATA_JSON = Pattern.compile(
            "\"(?:data|stringData)\"[ \\t]*:[ \\t]*\\{[ \\t\\r\\n]*\"[A-Za-z0-9_.\\-]{1,253}\"[ \\t]*:[ \\t]*\"[^\"\\s]{3,}\"");

    /**
     * Kubernetes Secrets written as JSON ({@code kubectl get secret -o json}, API payloads): {@code "kind": "Secret"}
     * with a non-empty {@code data} / {@code stringData} entry within the same object (searched within 4000
     * characters around the kind). Reported from the object's opening brace to the end of the first value.
     */
    private static void kubeSecretsJson(String text, List<InfraMatch> out) {
        Matcher m = KIND_SECRET_JSON.matcher(text);
        int done = -1;
        while (m.find()) {
            if (m.start() < done) {
                continue;
            }
            int from = Math.max(0, m.start() - 2000);
            int open = text.lastIndexOf('{', m.start());
            if (open < from) {
                open = m.start();
            }
            Matcher d = SECRET_DATA_JSON.matcher(text).region(open, Math.min(text.length(), m.end() + 2000));
            if (!d.find()) {
                continue;
            }
            int end = d.end();
            int close = text.indexOf('}', end);
            if (close >= 0 && close - end < 2000) {
                end = close + 1;
            }
            out.add(new InfraMatch("KUBERNETES_SECRET", "kind: Secret (json)", Severity.CRITICAL, 0.95, open, end));
            done = end;
        }
    }

    /** AWS EC2/VPC resource-id prefixes (the "i-", "vpc-" ... ids of the EC2 API reference). */
    private static final java.util.Set<String> AWS_ID_PREFIXES = java.util.Set.of("i", "vpc", "subnet", "sg", "vol",
            "eni", "igw", "nat", "rtb", "acl", "ami", "snap", "vpce", "tgw", "eipalloc", "eigw", "pcx", "lt", "dopt");

    /**
     * AWS resource ids ({@code i-0a1b2c3d4e5f67890}, {@code vpc-0f1e2d3c}): a known prefix, a dash, 8 or 17 lower-case
     * hex digits with at least one letter and one digit. Found from the dashes; the documentation's sequential
     * placeholders ({@code i-1234567890abcdef0}) are skipped.
     */
    static void awsResourceIds(String text, Marks dashes, List<InfraMatch> out) {
        int n = text.length();
        for (int k = 0; k < dashes.size(); k++) {
            int d = dashes.get(k); // an id's dash is followed by a hex digit
            int ps = d;
            while (ps > 0 && d - ps < 8 && text.charAt(ps - 1) >= 'a' && text.charAt(ps - 1) <= 'z') {
                ps--;
            }
            if (ps == d || ps > 0 && (Character.isLetterOrDigit(text.charAt(ps - 1)) || text.charAt(ps - 1) == '-'
                    || text.charAt(ps - 1) == '_')) {
                continue;
            }
            int e = d + 1;
            boolean letter = false;
            boolean digit = false;
            while (e < n && e - d <= 18 && (isDigit(text.charAt(e)) || text.charAt(e) >= 'a' && text.charAt(e) <= 'f')) {
                letter |= !isDigit(text.charAt(e));
                digit |= isDigit(text.charAt(e));
                e++;
            }
            int len = e - d - 1;
            if (len != 8 && len != 17 || !letter || !digit
                    || e < n && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-')) {
                continue;
            }
            if (!AWS_ID_PREFIXES.contains(text.substring(ps, d))) {
                continue;
            }
            String body = text.substring(d + 1, e);
            if (body.contains("1234567") || body.contains("abcdef") || body.contains("0000000")) {
                continue; // documentation placeholder
            }
            out.add(new InfraMatch("CLOUD_RESOURCE_ID", "aws", Severity.LOW, 0.8, ps, e));
        }
    }

    /**
     * AWS account ids: twelve digits standing alone, within {@value #ACCOUNT_REACH} characters of a mention of AWS
     * ("AWS", "aws", "Amazon") and with "account" (any case) at most 80 characters before them ("Our production AWS
     * account is 739201846152 and staging is 204918375560"). AWS's documentation accounts (123456789012,
     * 111122223333 ...) are skipped. Only the stretches around the (rare) mentions of AWS are read.
     */
    private static void awsAccountIds(String text, List<InfraMatch> out) {
        if (text.indexOf('w') >= 0 && !mayHoldDigitRun(text, 12, text.length() >> 8)) {
            return; // no account id: no search for "aws" at every 'w' (common in prose; without one it costs nothing)
        }
        int n = text.length();
        int done = 0;
        String[] mentions = {"AWS", "aws", "Amazon"};
        int[] next = new int[mentions.length];
        for (int k = 0; k < mentions.length; k++) {
            next[k] = Texts.find(text, mentions[k], 0);
        }
        while (true) {
            int k = -1;
            for (int v = 0; v < next.length; v++) {
                if (next[v] >= 0 && (k < 0 || next[v] < next[k])) {
                    k = v;
                }
            }
            if (k < 0) {
                return;
            }
            int at = next[k];
            next[k] = Texts.find(text, mentions[k], at + 1);
            if (at > 0 && Character.isLetter(text.charAt(at - 1))) {
                continue; // "laws", "draws"
            }
            int limit = Math.min(n, at + ACCOUNT_REACH);
            for (int p = Math.max(Math.max(0, at - ACCOUNT_REACH), done); p < limit; p++) {
                if (!isDigit(text.charAt(p)) || p > 0 && (isDigit(text.charAt(p - 1)) || Character.isLetter(text.charAt(p - 1))
                        || text.charAt(p - 1) == '-' || text.charAt(p - 1) == '.')) {
                    continue;
                }
                int e = p;
                while (e < n && isDigit(text.charAt(e))) {
                    e++;
                }
                if (e - p == 12 && (e == n || !(Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-'))
                        && accountBefore(text, p) && !documentationAccount(text.substring(p, e))) {
                    out.add(new InfraMatch("CLOUD_ACCOUNT_ID", "aws", Severity.LOW, 0.8, p, e));
                }
                p = e;
                done = e;
            }
            done = Math.max(done, limit);
        }
    }

    /**
     * Whether {@code text} may hold {@code len} ASCII digits in a row: false only when it does not. Any {@code len}
     * consecutive indexes include one of {@code len - 1, 2 len - 1, 3 len - 1, ...}, so only those are read, and
     * around a digit there the run is measured (at most {@code len} characters each way). After {@code budget} such
     * digits the answer is "may": in text dense with digits (a MiB of JSON log lines lands a probe on a digit 22,000
     * times, 0.27 ms for the whole text) the answer would cost more than the search it spares.
     *
     * <p>For the account ids: on the 1 MiB benchmark prompt (1,500 probes on digits, none in a run of twelve) this
     * spares the search for "aws" at each of its 19,000 'w's, {@code InfraDetector.scan} 0.43 -> 0.34 ms.
     */
    static boolean mayHoldDigitRun(String text, int len, int budget) {
        int n = text.length();
        int left = budget;
        for (int p = len - 1; p < n; p += len) {
            if (isDigit(text.charAt(p))) {
                if (--left < 0) {
                    return true;
                }
                int s = p;
                while (s > 0 && p - s < len - 1 && isDigit(text.charAt(s - 1))) {
                    s--;
                }
                int e = p + 1;
                while (e < n && e - s < len && isDigit(text.charAt(e))) {
                    e++;
                }
                if (e - s == len) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How far from a mention of AWS an account id is sought. */
    private static final int ACCOUNT_REACH = 200;

    /** Whether "account" (any case) ends at most 80 characters before {@code p}. */
    private static boolean accountBefore(String text, int p) {
        for (int q = p - 7; q >= Math.max(0, p - 80); q--) {
            if (text.regionMatches(true, q, "account", 0, 7)) {
                return true;
            }
        }
        return false;
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
        // Usually nothing overlaps (a log line's address, host and URL): then the greedy choice below keeps every
        // match, and the answer is the matches by start, without a tree of boxed offsets.
        // sorted in place (the scan's own list): a stable sort, so matches with the same start keep their order of
        // discovery, and the overlap path below, which sorts a copy stably by length and start, sees them so too
        List<InfraMatch> byStart = found;
        byStart.sort(Comparator.comparingInt(InfraMatch::start));
        boolean disjoint = true;
        for (int k = 0; k < byStart.size() && disjoint; k++) {
            InfraMatch m = byStart.get(k);
            disjoint = m.length() > 0 && (k == 0 || byStart.get(k - 1).end() <= m.start());
        }
        if (disjoint) {
            return List.copyOf(byStart);
        }
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
