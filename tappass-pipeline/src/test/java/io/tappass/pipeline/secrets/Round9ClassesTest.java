package io.tappass.pipeline.secrets;

import static io.tappass.pipeline.secrets.SecretFormats.ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.DIGITS;
import static io.tappass.pipeline.secrets.SecretFormats.HEX;
import static io.tappass.pipeline.secrets.SecretFormats.LOWER;
import static io.tappass.pipeline.secrets.SecretFormats.UPPER;
import static io.tappass.pipeline.secrets.SecretScannerTest.assertFinds;
import static io.tappass.pipeline.secrets.SecretScannerTest.assertNone;
import static io.tappass.pipeline.secrets.SecretScannerTest.rnd;
import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.CpuTime;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The classes of the ninth blind secrets round's misses and false positive (twenty-seventh session), each with cases
 * of our own (values assembled at run time, so this file trips no secret scanner) and the look-alikes each must leave
 * alone.
 */
class Round9ClassesTest {

    private static final SecretScanner S = SecretScanner.defaults();
    /** The alphabet of Django's get_random_secret_key. */
    private static final String DJANGO = LOWER + DIGITS + "!@#$%^&*(-_=+)";

    /** Random alphanumerics with a digit and both cases, as generated keys are. */
    private static String key(int n) {
        return "Q7k" + rnd(ALNUM, n - 3);
    }

    /** 32 hex digits with letters and digits both. */
    private static String hex32() {
        return "7c" + rnd(HEX, 28) + "e4";
    }

    private static double maxScore(String text) {
        return S.scan(text).stream().mapToDouble(SecretMatch::score).max().orElse(0);
    }

    private static boolean anyOfType(String text, String type) {
        return S.scan(text).stream().anyMatch(m -> m.type().equals(type));
    }

    @Test
    void pagerDutyIntegrationKeysNearTheProvider() {
        String k = hex32();
        assertFinds("PAGERDUTY_INTEGRATION_KEY", "route:\n  receiver: oncall\nreceivers:\n  - name: oncall\n"
                + "    pagerduty_configs:\n      - service_key: ", k, "\n        send_resolved: true\n");
        assertFinds("PAGERDUTY_INTEGRATION_KEY", "PAGERDUTY_ROUTING_KEY=", k, "\nPAGERDUTY_SEVERITY=error\n");
        assertFinds("PAGERDUTY_INTEGRATION_KEY", "requests.post('https://events.pagerduty.com/v2/enqueue', json={\n"
                + "    'routing_key': '", k, "',\n    'event_action': 'trigger',\n})\n");
        // the same names without the provider (AMQP routing keys), and PagerDuty's ids and dedup keys, are not keys
        assertThat(anyOfType("channel.basic_publish(exchange='billing', routing_key='" + k + "', body=msg)\n",
                "PAGERDUTY_INTEGRATION_KEY")).isFalse();
        assertNone("pagerduty:\n  service_id: PX8K2QZ\n  escalation_policy: P7TQ3BM\n");
        assertNone("PagerDuty incident #4411 resolved (dedup_key: " + k + ")\n");
        assertNone("pagerduty_configs:\n  - routing_key_file: /etc/alertmanager/pd_routing_key\n");
    }

    @Test
    void passwordKeysAbbreviatedToPw() {
        String pw = "x+" + key(14);
        assertFinds("GENERIC_PASSWORD", "[auth]\nldap_uri = ldaps://dir.corp.lan\nbind_pw = ", pw, "\n");
        assertFinds("GENERIC_PASSWORD", "BINDDN=cn=reader,dc=corp\nBINDPW=", pw, "\n");
        assertFinds("GENERIC_PASSWORD", "smtp:\n  user: mailer\n  smtp_pw: \"", pw, "\"\n");
        assertFinds("GENERIC_PASSWORD", "$cfg['rootpw'] = '", pw, "';\n");
        // code that computes or reads the value, references and flags are no values
        assertNone("hash_pw = bcrypt.hashpw(raw_pw.encode(), bcrypt.gensalt())\n");
        assertNone("new_pw = request.form['pw']\n");
        assertNone("DB_PW=${DB_PASSWORD}\n");
        assertNone("check_pw: true\nmin_pw: 12\n");
        assertNone("ROOTPW_FILE=/run/secrets/rootpw\n");
    }

    @Test
    void passwordsAfterPwInChat() {
        String pw = "4." + key(12);
        assertFinds("GENERIC_PASSWORD", "kannst du auf 10.20.0.7 schauen? user deploy, pw ", pw, " – danke\n");
        assertFinds("GENERIC_PASSWORD", "box is up: ssh ops@build-3, pw: ", pw, "\n");
        assertFinds("GENERIC_PASSWORD", "login is admin, pw ", pw, ". rotate it after the demo\n");
        // words, paths and lower-case values after "pw"/"pwd" are not passwords
        assertNone("I'll send the pw reset link to Maria tomorrow.\n");
        assertNone("$ pwd /srv/releases/current\n");
        assertNone("pw Tuesday, as agreed\n");
    }

    @Test
    void kubernetesSecretValuesWithADollar() {
        String pw = "k9-$" + key(14) + "*";
        String b64 = Base64.getEncoder().encodeToString(pw.getBytes(StandardCharsets.UTF_8));
        assertFinds("GENERIC_PASSWORD", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n"
                + "  username: " + Base64.getEncoder().encodeToString("orders".getBytes(StandardCharsets.UTF_8))
                + "\n  password: ", b64, "\n");
        // a reference written into the Secret is still no credential
        String ref = Base64.getEncoder().encodeToString("${DB_PASSWORD}".getBytes(StandardCharsets.UTF_8));
        assertNone("apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: " + ref + "\n");
    }

    @Test
    void djangoSecretKeysAsItsGeneratorWritesThem() {
        String k = "k3$(" + rnd(DJANGO, 42) + "x)=+";
        assertThat(k).hasSize(50);
        assertFinds("DJANGO_SECRET_KEY", "# settings/prod.py\nDEBUG = False\nSECRET_KEY = '", k, "'\n");
        assertFinds("DJANGO_SECRET_KEY", "DJANGO_SECRET_KEY=", k, "\nDJANGO_DEBUG=0\n");
        assertFinds("DJANGO_SECRET_KEY", "SECRET_KEY = os.environ.get(\"DJANGO_SECRET_KEY\", \"", k, "\")\n");
        // references, calls and values outside the alphabet or length are not this key
        assertNone("SECRET_KEY = os.environ[\"DJANGO_SECRET_KEY\"]\n");
        assertNone("SECRET_KEY = get_random_secret_key()\n");
        assertThat(anyOfType("SECRET_KEY = '" + k.substring(0, 49) + "'\n", "DJANGO_SECRET_KEY")).isFalse();
        assertThat(anyOfType("SECRET_KEY = '" + rnd(LOWER, 50) + "'\n", "DJANGO_SECRET_KEY")).isFalse();
        assertThat(anyOfType("AWS_SECRET_KEY = '" + key(40) + "'\n", "DJANGO_SECRET_KEY")).isFalse();
    }

    @Test
    void algoliaKeysInTheClientConstructors() {
        String k = "aZ4" + rnd(ALNUM, 29);
        assertFinds("ALGOLIA_API_KEY", "const client = algoliasearch('HZ4Q7T0XKM', '", k, "');\n");
        assertFinds("ALGOLIA_API_KEY", "client = SearchClient.create(\"HZ4Q7T0XKM\", \"", hex32(), "\")\n");
        assertThat(maxScore("import algoliasearch from 'algoliasearch/lite';\nconst client = algoliasearch('"
                + "HZ4Q7T0XKM', '" + k + "');\n")).isLessThan(0.6);
        // a key read from the environment, or a word of 32 letters, is no key
        assertNone("const client = algoliasearch('HZ4Q7T0XKM', process.env.ALGOLIA_ADMIN_KEY);\n");
        assertThat(anyOfType("algoliasearch('HZ4Q7T0XKM', '" + rnd(UPPER + LOWER, 32) + "')",
                "ALGOLIA_API_KEY")).isFalse();
    }

    @Test
    void credentialsNamedWithARelativeClause() {
        String k = key(32);
        assertFinds("GENERIC_SECRET", "cdn purge failed again. token I used: ", k, " (service 4fG2)\n");
        assertFinds("GENERIC_SECRET", "fyi the API key that we rotated is ", k, ", old one is revoked\n");
        assertFinds("GENERIC_SECRET", "Hi! The secret you sent me: ", k, "\n");
        // a clause followed by words, not a generated value
        assertNone("the token I used: expired yesterday, so I asked for another one\n");
        assertNone("Token we got back: null\n");
    }

    @Test
    void twitterBearerTokensWithTheirUrlEscapes() {
        String body = "Tq" + rnd(ALNUM, 30) + "%2B" + rnd(ALNUM, 12) + "%3D" + rnd(ALNUM, 40);
        String t21 = "A".repeat(21) + body;
        assertFinds("TWITTER_BEARER_TOKEN", "curl -H \"Authorization: Bearer ", t21, "\" https://api.x.com/2/users/me\n");
        assertFinds("TWITTER_BEARER_TOKEN", "X_BEARER_TOKEN=", "A".repeat(22) + body, "\n");
        // a run of A's alone is filler, below the step's threshold
        assertThat(maxScore("bearer_token: \"" + "A".repeat(110) + "\"\n")).isLessThan(0.6);
    }

    @Test
    void placeholderPasswordsInUrls() {
        // reported (public scanners' test suites count them) but below the step's threshold
        assertThat(maxScore("Example: https://user:pass@example.com/path (browsers strip the credentials)\n"))
                .isLessThan(0.6);
        assertThat(maxScore("CACHE_URL=redis://default:secret@localhost:6379/0\n")).isLessThan(0.6);
        assertThat(maxScore("jdbc:mysql://admin:Pass@db.local:3306/shop\n")).isLessThan(0.6);
        // a generated password in the same place stays reported
        assertThat(S.scan("git clone https://deploy:" + key(20) + "@git.corp.lan/ops/infra.git\n")).isNotEmpty();
    }

    @Test
    void floodsStayLinear() {
        String[] floods = {"pw ".repeat(200_000), ("pw " + "a.".repeat(40) + " ").repeat(20_000),
            "bind_pw = ".repeat(100_000), "pagerduty routing_key: ".repeat(50_000) + "a".repeat(32),
            "SECRET_KEY = '".repeat(60_000), ("SECRET_KEY=" + "a(".repeat(30) + "\n").repeat(10_000),
            "the token I used ".repeat(60_000) + ":", "A".repeat(300_000),
            ("algoliasearch('HZ4Q7T0XKM', '" + "a".repeat(31) + "').").repeat(20_000)};
        for (String f : floods) {
            CpuTime.assertWithin(Duration.ofSeconds(5), () -> S.scan(f));
        }
    }
}
