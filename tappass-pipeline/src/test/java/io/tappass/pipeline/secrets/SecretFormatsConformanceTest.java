package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.secrets.SecretFormats.Format;
import io.tappass.pipeline.secrets.SecretFormats.Sample;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Format conformance: every credential format {@link SecretScanner} claims, generated from the format's published
 * facts with a seeded generator ({@link SecretFormats}), embedded in the places credentials actually turn up
 * (.env files, JSON, YAML, Kubernetes Secrets, Terraform, properties, Python/JS/Go/Java source, shell, curl,
 * docker run, URL query strings, log lines, Markdown, chat messages). Every (format, context) pair must be
 * reported with the exact span of the credential value. These texts were written independently of the development
 * corpora, so they measure generalisation rather than tuning; prints a per-format and per-context table.
 */
class SecretFormatsConformanceTest {

    /**
     * Pairs the scanner is known to miss, with the reason. The test fails when one of them starts passing (remove
     * it here) or a new pair fails.
     */
    private static final Set<String> KNOWN_GAPS = Set.of(
            // a Heroku legacy key is a bare UUID; in a sentence ("my Heroku API key: <uuid>") nothing but the
            // provider name marks it, and the generic rules skip UUIDs (identifiers)
            "heroku.legacy @ chat -> nothing");

    /** Samples per (format, context) pair, each with fresh random values. */
    private static final int SAMPLES = 3;

    /** A place a credential is written; {@code template} uses @K@ (key name), @k@ (camelCase), @ks@ (snake),
     * @kd@ (dotted), @L@ (how a person names it) and @V@ (the value). */
    record Context(String name, String template, Predicate<Format> applies) {
    }

    static final Predicate<Format> SINGLE = Format::singleLine;
    static final Predicate<Format> MULTI = f -> !f.singleLine();
    /** Self-identifying tokens that are sent as a bearer / API key (not URLs or connection strings). */
    static final Predicate<Format> TOKEN = f -> f.singleLine() && f.selfIdentifying()
            && !f.type().contains("URL") && !f.type().contains("CONNECTION") && !f.type().contains("SAS")
            && !f.type().equals("AZURE_STORAGE_ACCOUNT_KEY");
    static final Predicate<Format> SELF = f -> f.singleLine() && f.selfIdentifying();
    /** Values sent as a form field: tokens and keyed values (URLs there would be percent-encoded). */
    static final Predicate<Format> FIELD = f -> TOKEN.test(f) || f.singleLine() && !f.selfIdentifying();

    static List<Context> contexts() {
        List<Context> c = new ArrayList<>();
        c.add(new Context("dotenv", "# billing service\n@K@=@V@\nLOG_LEVEL=info\n", SINGLE));
        c.add(new Context("dotenv-quoted", "APP_ENV=production\n@K@=\"@V@\"\n", SINGLE));
        c.add(new Context("json", "{\n  \"region\": \"eu-west-1\",\n  \"@k@\": \"@V@\",\n  \"timeout\": 30\n}\n", SINGLE));
        c.add(new Context("yaml", "service:\n  name: billing\n  @ks@: @V@\n  retries: 3\n", SINGLE));
        c.add(new Context("k8s-stringData", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\n"
                + "  namespace: prod\ntype: Opaque\nstringData:\n  @K@: \"@V@\"\n", SINGLE));
        c.add(new Context("terraform", "provider \"acme\" {\n  region = \"eu-west-1\"\n  @ks@ = \"@V@\"\n}\n", SINGLE));
        c.add(new Context("properties", "server.port=8080\n@kd@=@V@\nspring.jpa.open-in-view=false\n", SINGLE));
        c.add(new Context("python", "import os\n\n@K@ = \"@V@\"\nclient = Client(timeout=30)\n", SINGLE));
        c.add(new Context("javascript", "const @k@ = '@V@';\nmodule.exports = { @k@ };\n", SINGLE));
        c.add(new Context("go", "func main() {\n\t@k@ := \"@V@\"\n\tfmt.Println(len(@k@))\n}\n", SINGLE));
        c.add(new Context("java", "class Config {\n    private static final String @K@ = \"@V@\";\n}\n", SINGLE));
        c.add(new Context("shell-export", "#!/bin/sh\nexport @K@=@V@\n./deploy.sh\n", SINGLE));
        c.add(new Context("shell-export-quoted", "export @K@='@V@'\n", SINGLE));
        c.add(new Context("docker-run", "docker run -d --name api -e @K@=@V@ -p 8080:8080 acme/api:1.4\n", SINGLE));
        c.add(new Context("curl-bearer", "curl -s -H 'Authorization: Bearer @V@' https://api.acme-corp.net/v1/me\n",
                TOKEN));
        c.add(new Context("url-query", "GET https://api.acme-corp.net/v2/reports?format=csv&token=@V@&page=2 HTTP/1.1\n",
                TOKEN));
        c.add(new Context("log-line", "2026-11-25 10:14:03,512 INFO  [worker-3] c.a.http.Client - upstream "
                + "configured with credential @V@ (expires in 3600s)\n", SELF));
        c.add(new Context("log-line-kv", "2026-11-25 10:14:03,512 DEBUG [main] c.a.Settings - loaded "
                + "@K@=@V@ region=eu-west-1\n", SINGLE));
        c.add(new Context("markdown", "To reproduce:\n\n```bash\nexport @K@=\"@V@\"\npython run.py\n```\n", SINGLE));
        c.add(new Context("chat", "hey, the deploy keeps failing with 401. here is my @L@: @V@ can you check "
                + "what's wrong?", SINGLE));
        // more file formats and languages
        c.add(new Context("ini", "[default]\nregion = eu-west-1\n@ks@ = @V@\n", SINGLE));
        c.add(new Context("toml", "[api]\n@ks@ = \"@V@\"\ntimeout = 30\n", SINGLE));
        c.add(new Context("yaml-single-quoted", "auth:\n  @ks@: '@V@'\n", SINGLE));
        c.add(new Context("json-minified", "{\"@k@\":\"@V@\",\"retries\":3}", SINGLE));
        c.add(new Context("xml-appsettings", "<appSettings>\n  <add key=\"@K@\" value=\"@V@\" />\n</appSettings>\n",
                SINGLE));
        c.add(new Context("compose-list", "services:\n  api:\n    image: acme/api:1.4\n    environment:\n"
                + "      - @K@=@V@\n      - PORT=8080\n", SINGLE));
        c.add(new Context("dockerfile", "FROM node:20-alpine\nENV @K@=@V@\nCMD [\"node\", \"server.js\"]\n", SINGLE));
        c.add(new Context("powershell", "$env:@K@ = \"@V@\"\n.\\deploy.ps1\n", SINGLE));
        c.add(new Context("windows-set", "set @K@=@V@\r\ncall run.bat\r\n", SINGLE));
        c.add(new Context("csharp", "var @k@ = \"@V@\";\n", SINGLE));
        c.add(new Context("kotlin", "val @k@ = \"@V@\"\n", SINGLE));
        c.add(new Context("rust", "let @ks@ = \"@V@\";\n", SINGLE));
        c.add(new Context("ruby-env", "ENV['@K@'] = '@V@'\n", SINGLE));
        c.add(new Context("php-define", "<?php\ndefine('@K@', '@V@');\n", SINGLE));
        c.add(new Context("python-kwarg", "client = Client(@ks@=\"@V@\", timeout=30)\n", SINGLE));
        c.add(new Context("notebook-json", "{\"cell_type\": \"code\", \"source\": [\"import os\\n\", "
                + "\"os.environ[\\\"@K@\\\"] = \\\"@V@\\\"\\n\"]}", SINGLE));
        c.add(new Context("form-body", "POST /oauth/token\n\ngrant_type=client_credentials&@ks@=@V@&scope=read\n",
                FIELD));
        c.add(new Context("http-header", "GET /v1/me HTTP/1.1\nHost: api.acme-corp.net\nX-Api-Key: @V@\n"
                + "Accept: application/json\n", TOKEN));
        c.add(new Context("exception", "Caused by: c.a.AuthException: credential '@V@' rejected (401)\n"
                + "\tat c.a.Client.call(Client.java:42)\n", SELF));
        // multi-line values (PEM blocks, PuTTY files, service-account JSON)
        c.add(new Context("file", "@V@\n", MULTI));
        c.add(new Context("markdown-block", "Here is the file:\n\n```\n@V@\n```\n", MULTI));
        c.add(new Context("chat-block", "This is what we use on the build box, does it look right?\n@V@\nthanks!",
                MULTI));
        c.add(new Context("k8s-block-scalar", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls\ntype: Opaque\n"
                + "stringData:\n  @ks@: |\n@V4@\n", MULTI));
        c.add(new Context("dotenv-multiline", "@K@=\"@V@\"\n", MULTI));
        c.add(new Context("terraform-heredoc", "resource \"local_file\" \"key\" {\n  filename = \"id\"\n"
                + "  content  = <<EOT\n@V@\nEOT\n}\n", MULTI));
        c.add(new Context("json-escaped", "{\"@k@\": \"@VJ@\"}\n", f -> !f.singleLine() && !f.id().startsWith("gcp")));
        return c;
    }

    /**
     * Contexts written after the scanner changes were made and measured once without tuning (a blind check of
     * generalisation; see docs/quality-secrets.md). Not asserted pair by pair: the test asserts a floor.
     */
    static List<Context> blindContexts() {
        List<Context> c = new ArrayList<>();
        c.add(new Context("gha-env", "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      @K@: @V@\n"
                + "    steps:\n      - run: ./deploy.sh\n", SINGLE));
        c.add(new Context("helm-values", "global:\n  image: acme/api\nsecrets:\n  provider:\n    @k@: \"@V@\"\n",
                SINGLE));
        c.add(new Context("jenkinsfile", "withEnv(['@K@=@V@']) {\n    sh './gradlew publish'\n}\n", SINGLE));
        c.add(new Context("systemd", "[Service]\nEnvironment=\"@K@=@V@\"\nExecStart=/usr/bin/app\n", SINGLE));
        c.add(new Context("k8s-env-list", "env:\n  - name: @K@\n    value: \"@V@\"\n", SINGLE));
        c.add(new Context("kubectl-literal", "kubectl create secret generic app --from-literal=@K@=@V@ -n prod\n",
                SINGLE));
        c.add(new Context("heroku-config", "heroku config:set @K@=@V@ --app billing\n", SINGLE));
        c.add(new Context("gh-secret", "gh secret set @K@ --body \"@V@\"\n", SINGLE));
        c.add(new Context("postman-json", "{\"key\": \"@k@\", \"value\": \"@V@\", \"type\": \"secret\"}", SINGLE));
        c.add(new Context("har-header", "{\"name\": \"Authorization\", \"value\": \"Bearer @V@\"}", TOKEN));
        c.add(new Context("nginx", "location /api/ {\n  proxy_set_header Authorization \"Bearer @V@\";\n}\n", TOKEN));
        c.add(new Context("go-struct", "cfg := Config{\n\tRegion: \"eu\",\n\t@k@: \"@V@\",\n}\n", SINGLE));
        c.add(new Context("swift", "let @k@ = \"@V@\"\n", SINGLE));
        c.add(new Context("elixir", "config :billing, @ks@: \"@V@\"\n", SINGLE));
        c.add(new Context("perl", "my $@ks@ = '@V@';\n", SINGLE));
        c.add(new Context("r-setenv", "Sys.setenv(@K@ = \"@V@\")\n", SINGLE));
        c.add(new Context("crontab", "*/5 * * * * @K@=@V@ /usr/local/bin/sync\n", SINGLE));
        c.add(new Context("issue-quote", "I followed the README but it fails:\n\n> @K@=@V@\n\nAny idea?", SINGLE));
        c.add(new Context("slack-message", "@here rotating creds, new @L@ is `@V@` (old one revoked)", SINGLE));
        c.add(new Context("email", "Hi team,\n\nthe @L@ for staging is:\n\n@V@\n\nRegards,\nOps", SINGLE));
        return c;
    }

    @Test
    void blindContextsGeneralise() {
        Random r = new Random(424242L);
        List<Result> out = new ArrayList<>();
        for (Format f : SecretFormats.all()) {
            for (Context c : blindContexts()) {
                if (!c.applies().test(f)) {
                    continue;
                }
                Object[] b = build(c, f, f.gen().apply(r));
                out.add(check(SecretScanner.defaults(), f, c.name(), (String) b[0], (int) b[1], (int) b[2]));
            }
        }
        String t = table(out);
        System.out.println("BLIND\n" + t.substring(t.indexOf("| **all")));
        Set<String> failures = new TreeSet<>();
        long exact = 0;
        for (Result res : out) {
            if (res.exact()) {
                exact++;
            } else {
                failures.add(res.format().id() + " @ " + res.context() + " -> " + res.got());
            }
        }
        failures.forEach(x -> System.out.println("blind miss: " + x));
        assertThat(exact / (double) out.size()).isGreaterThanOrEqualTo(0.9);
    }

    /** One evaluated (format, context, sample). */
    record Result(Format format, String context, boolean detected, boolean exact, boolean typed, String got) {
    }

    static String camel(String key) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char ch : key.toLowerCase(Locale.ROOT).toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return sb.toString();
    }

    static String indent(String v, String pad) {
        return pad + v.replace("\n", "\n" + pad);
    }

    /** Builds the text; returns it with the expected span. */
    static Object[] build(Context c, Format f, Sample s) {
        String t = c.template().replace("@K@", f.key()).replace("@k@", camel(f.key()))
                .replace("@ks@", f.key().toLowerCase(Locale.ROOT))
                .replace("@kd@", f.key().toLowerCase(Locale.ROOT).replace('_', '.')).replace("@L@", f.label());
        String embed = s.embed();
        int ss = s.secretStart();
        int se = s.secretEnd();
        String marker;
        if (t.contains("@V4@")) {
            marker = "@V4@";
            String before = embed.substring(0, ss);
            String secret = embed.substring(ss, se);
            embed = indent(embed, "    ");
            ss = indent(before + "x", "    ").length() - 1;
            se = ss + indent(secret, "    ").length() - 4;
        } else if (t.contains("@VJ@")) {
            marker = "@VJ@";
            String before = embed.substring(0, ss).replace("\n", "\\n");
            String secret = embed.substring(ss, se).replace("\n", "\\n");
            embed = embed.replace("\n", "\\n");
            ss = before.length();
            se = ss + secret.length();
        } else {
            marker = "@V@";
        }
        int at = t.indexOf(marker);
        String text = t.substring(0, at) + embed + t.substring(at + marker.length());
        return new Object[] {text, at + ss, at + se};
    }

    static List<Result> evaluate(SecretScanner scanner, long seed) {
        Random r = new Random(seed);
        List<Result> out = new ArrayList<>();
        for (Format f : SecretFormats.all()) {
            for (Context c : contexts()) {
                if (!c.applies().test(f)) {
                    continue;
                }
                for (int i = 0; i < SAMPLES; i++) {
                    Object[] b = build(c, f, f.gen().apply(r));
                    out.add(check(scanner, f, c.name(), (String) b[0], (int) b[1], (int) b[2]));
                }
            }
        }
        return out;
    }

    static Result check(SecretScanner scanner, Format f, String context, String text, int s, int e) {
        List<SecretMatch> ms = scanner.scan(text);
        boolean detected = false;
        boolean exact = false;
        boolean typed = false;
        StringBuilder got = new StringBuilder();
        for (SecretMatch m : ms) {
            got.append(m.rule()).append('[').append(m.start() - s).append(',').append(m.end() - e).append("] ");
            if (m.start() < e && m.end() > s) {
                detected = true;
                if (m.start() == s && m.end() == e) {
                    exact = true;
                    // a format recognisable only by its key name may be reported by a generic rule in prose
                    typed |= m.type().equals(f.type()) || !f.selfIdentifying() && m.type().startsWith("GENERIC_");
                }
            }
        }
        return new Result(f, context, detected, exact, typed, got.toString().trim());
    }

    @Test
    void everyFormatIsFoundWithItsExactSpanInEveryContext() {
        List<Result> results = evaluate(SecretScanner.defaults(), 20261125L);
        System.out.println(table(results));
        List<String> failures = new ArrayList<>();
        for (Result res : results) {
            if (!res.exact()) {
                failures.add(res.format().id() + " @ " + res.context() + " -> " + (res.got().isEmpty() ? "nothing"
                        : res.got()));
            }
        }
        Set<String> distinct = new TreeSet<>(failures);
        distinct.forEach(System.out::println);
        assertThat(distinct).as("every (format, context) pair is found with its exact span, except the known gaps")
                .containsExactlyInAnyOrderElementsOf(KNOWN_GAPS);
    }

    @Test
    void typesAreTheFormatsOwn() {
        List<Result> results = evaluate(SecretScanner.defaults(), 7L);
        Set<String> wrong = new TreeSet<>();
        for (Result res : results) {
            if (res.exact() && !res.typed() && !res.format().id().startsWith("generic.")) {
                wrong.add(res.format().id() + " @ " + res.context() + " -> " + res.got());
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Kubernetes {@code data:} holds base64 of the value: the scanner decodes the {@code data:} entries of
     * {@code kind: Secret} manifests and reports the base64 value with the decoded credential's type.
     */
    @Test
    void kubernetesBase64DataIsDecoded() {
        Random r = new Random(99);
        int n = 0;
        int exact = 0;
        StringBuilder missed = new StringBuilder();
        for (Format f : SecretFormats.all()) {
            for (int i = 0; i < SAMPLES; i++) {
                Sample s = f.gen().apply(r);
                String value = s.embed(); // the whole connection string / SAS URL, as a Secret would hold it
                String b64 = Base64.getEncoder().encodeToString(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                String text = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n"
                        + "  LOG_LEVEL: aW5mbw==\n  " + f.key() + ": " + b64 + "\n";
                int at = text.indexOf(b64);
                n++;
                boolean ok = false;
                for (SecretMatch m : SecretScanner.defaults().scan(text)) {
                    ok |= m.start() == at && m.end() == at + b64.length();
                }
                if (ok) {
                    exact++;
                } else {
                    missed.append(f.id()).append(' ');
                }
            }
        }
        System.out.printf("k8s Secret data (base64 values): %d/%d exact; missed: %s%n", exact, n, missed);
        assertThat(missed.toString()).isEmpty();
    }

    static String table(List<Result> results) {
        Map<String, int[]> byFormat = new LinkedHashMap<>();
        Map<String, int[]> byContext = new LinkedHashMap<>();
        for (Result r : results) {
            for (Map<String, int[]> m : List.of(byFormat, byContext)) {
                int[] a = m.computeIfAbsent(m == byFormat ? r.format().id() : r.context(), k -> new int[4]);
                a[0]++;
                a[1] += r.detected() ? 1 : 0;
                a[2] += r.exact() ? 1 : 0;
                a[3] += r.typed() ? 1 : 0;
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("| format | texts | detected | exact span | own type |\n|---|---|---|---|---|\n");
        int[] tot = new int[4];
        byFormat.forEach((k, a) -> {
            sb.append(String.format("| %s | %d | %d | %d | %d |%n", k, a[0], a[1], a[2], a[3]));
            for (int i = 0; i < 4; i++) {
                tot[i] += a[i];
            }
        });
        sb.append(String.format("| **all %d formats** | %d | %d (%.3f) | %d (%.3f) | %d |%n", byFormat.size(),
                tot[0], tot[1], tot[1] / (double) tot[0], tot[2], tot[2] / (double) tot[0], tot[3]));
        sb.append("\n| context | texts | detected | exact span |\n|---|---|---|---|\n");
        byContext.forEach((k, a) -> sb.append(String.format("| %s | %d | %d (%.3f) | %d (%.3f) |%n", k, a[0], a[1],
                a[1] / (double) a[0], a[2], a[2] / (double) a[0])));
        return sb.toString();
    }
}
