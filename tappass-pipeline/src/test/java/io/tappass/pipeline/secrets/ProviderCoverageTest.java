package io.tappass.pipeline.secrets;

import static io.tappass.pipeline.secrets.SecretFormats.ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.B64;
import static io.tappass.pipeline.secrets.SecretFormats.DIGITS;
import static io.tappass.pipeline.secrets.SecretFormats.HEX;
import static io.tappass.pipeline.secrets.SecretFormats.LOWER;
import static io.tappass.pipeline.secrets.SecretFormats.LOWER_ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.UHEX;
import static io.tappass.pipeline.secrets.SecretFormats.UPPER_ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.URLSAFE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Vendor token formats added in the thirty-sixth session ("provider coverage" in {@code Rules}): per format, a
 * realistic positive in a real context (an env file, YAML, code, a curl header, a chat line) with the exact span and
 * type, and look-alikes it must leave alone (wrong length, a placeholder, a hash, a UUID, another vendor's key, the
 * vendor's public key). Values are drawn at run time from this class's seeded generator, so the source file itself
 * holds no credential; each failing case is collected, so one run lists them all.
 */
class ProviderCoverageTest {

    private static final double THRESHOLD = DetectSecretsStep.DEFAULT_THRESHOLD;
    private static final SecretScanner S = SecretScanner.defaults();

    private final Random random = new Random(20261129L * 36);
    private final List<String> failures = new ArrayList<>();

    private String rnd(String alphabet, int n) {
        return SecretFormats.rnd(random, alphabet, n);
    }

    /** {@code n} characters of {@code alphabet} with at least one letter and one digit (every rule asks for both). */
    private String mixed(String alphabet, int n) {
        while (true) {
            String v = rnd(alphabet, n);
            if (v.chars().anyMatch(Character::isDigit) && v.chars().anyMatch(Character::isLetter)) {
                return v;
            }
        }
    }

    private String uuid() {
        return rnd(HEX, 8) + "-" + rnd(HEX, 4) + "-4" + rnd(HEX, 3) + "-a" + rnd(HEX, 3) + "-" + rnd(HEX, 12);
    }

    private static String show(List<SecretMatch> found, String text) {
        StringBuilder got = new StringBuilder();
        for (SecretMatch m : found) {
            got.append(' ').append(m.rule()).append('/').append(m.type()).append('[')
                    .append(text, m.start(), m.end()).append("]@").append(m.score());
        }
        return got.toString();
    }

    /** The value is found with exactly its span, the type and a score the step acts on. */
    private void pos(String type, String before, String value, String after) {
        String text = before + value + after;
        List<SecretMatch> found = S.scan(text);
        boolean ok = found.stream().anyMatch(m -> m.start() == before.length()
                && m.end() == before.length() + value.length() && m.type().equals(type) && m.score() >= THRESHOLD);
        if (!ok) {
            failures.add("MISSED " + type + ": " + text.strip() + "  (got" + show(found, text) + ")");
        }
    }

    /** Nothing the step acts on. */
    private void neg(String text) {
        for (SecretMatch m : S.scan(text)) {
            if (m.score() >= THRESHOLD) {
                failures.add("FALSE " + text.strip() + "  (" + m.rule() + " [" + text.substring(m.start(), m.end())
                        + "])");
            }
        }
    }

    /** Not reported as {@code type} (a generic rule may still name a credential under a credential key name). */
    private void notType(String type, String text) {
        for (SecretMatch m : S.scan(text)) {
            if (m.type().equals(type) && m.score() >= THRESHOLD) {
                failures.add("FALSE " + type + ": " + text.strip() + "  (" + m.rule() + " ["
                        + text.substring(m.start(), m.end()) + "])");
            }
        }
    }

    private void check() {
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void prefixedTokens() {
        // Intercom: base64 of "tok:" + an id + ":1:0"
        String intercom = Base64.getEncoder().encodeToString(("tok:" + uuid().replace('-', '_') + ":1:0")
                .getBytes(StandardCharsets.US_ASCII));
        pos("INTERCOM_ACCESS_TOKEN", "INTERCOM_TOKEN=", intercom, "\n");
        pos("INTERCOM_ACCESS_TOKEN", "curl https://api.intercom.io/contacts -H 'Authorization: Bearer ", intercom, "'\n");
        neg("INTERCOM_APP_ID=abc12345\n");
        notType("INTERCOM_ACCESS_TOKEN", "data: dG9rOjEy\n");

        String mm = mixed(ALNUM, 6) + "_" + mixed(ALNUM, 29) + "_mmk";
        pos("MAXMIND_LICENSE_KEY", "GeoIP.conf:\nAccountID 123456\nLicenseKey ", mm, "\nEditionIDs GeoLite2-City\n");
        pos("MAXMIND_LICENSE_KEY", "MAXMIND_LICENSE_KEY=", mm, "\n");
        notType("MAXMIND_LICENSE_KEY", "LicenseKey " + mixed(ALNUM, 6) + "_" + mixed(ALNUM, 28) + "_mmk\n");
        neg("MAXMIND_LICENSE_KEY=XXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXX_mmk\n");

        String mercury = "secret-token:mercury_production_wma_" + mixed(ALNUM, 40) + "_yrucrem";
        pos("MERCURY_API_TOKEN", "MERCURY_API_TOKEN=", mercury, "\n");
        pos("MERCURY_API_TOKEN", "headers = {\"Authorization\": \"Bearer ", mercury, "\"}\n");
        neg("MERCURY_API_TOKEN=secret-token:mercury_production_<your-token>\n");

        String onfido = "api_sandbox." + mixed(URLSAFE, 11) + "." + mixed(URLSAFE, 32);
        pos("ONFIDO_API_TOKEN", "onfido:\n  api_token: ", onfido, "\n");
        String onfidoUs = "api_live_us." + mixed(URLSAFE, 11) + "." + mixed(URLSAFE, 32);
        pos("ONFIDO_API_TOKEN", "curl -H \"Authorization: Token token=", onfidoUs, "\" https://api.us.onfido.com/v3.6/applicants\n");
        notType("ONFIDO_API_TOKEN", "ONFIDO_TOKEN=api_live." + mixed(URLSAFE, 11) + "." + mixed(URLSAFE, 20) + "\n");

        String pubnubSecret = "sec-c-" + mixed(ALNUM, 48);
        pos("PUBNUB_SECRET_KEY", "pubnub = PubNub(publish_key: 'pub-c-" + uuid() + "', subscribe_key: 'sub-c-" + uuid()
                + "', secret_key: '", pubnubSecret, "')\n");
        neg("const pubnub = new PubNub({ publishKey: 'pub-c-" + uuid() + "', subscribeKey: 'sub-c-" + uuid()
                + "', uuid: 'web' });\n");
        neg("PUBNUB_SECRET_KEY=sec-c-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n");

        String rootly = "rootly_" + mixed(HEX, 64);
        pos("ROOTLY_API_KEY", "export ROOTLY_API_TOKEN=", rootly, "\n");
        notType("ROOTLY_API_KEY", "ROOTLY_API_TOKEN=rootly_" + mixed(HEX, 40) + "\n");

        String waka = "waka_" + uuid();
        pos("WAKATIME_API_KEY", "[settings]\napi_key = ", waka, "\n");
        neg("[settings]\napi_key = waka_00000000-0000-0000-0000-000000000000\n");

        String zuplo = "zpka_" + mixed(ALNUM, 32) + "_" + mixed(ALNUM, 8);
        pos("ZUPLO_API_KEY", "curl https://my-api.zuplo.app/v1/todos -H \"Authorization: Bearer ", zuplo, "\"\n");
        notType("ZUPLO_API_KEY", "zpka_" + mixed(ALNUM, 32) + "\n");

        String trello = "ATTA" + mixed(HEX, 64) + mixed(UHEX, 8);
        pos("TRELLO_TOKEN", "TRELLO_TOKEN=", trello, "\n");
        pos("TRELLO_TOKEN", "https://api.trello.com/1/members/me/boards?key=" + rnd(HEX, 32) + "&token=", trello, "\n");
        neg("Please see the ATTACHMENT and the attack surface notes.\n");
        notType("TRELLO_TOKEN", "TRELLO_TOKEN=ATTA" + mixed(HEX, 40) + "\n");
        pos("TRELLO_TOKEN", "trello:\n  api_key: " + rnd(HEX, 32) + "\n  token: ", mixed(HEX, 64), "\n");
        notType("TRELLO_TOKEN", "TRELLO_API_KEY=" + mixed(HEX, 32) + "\n");

        String bb = "ATCTT3xFfGN0" + mixed(URLSAFE, 180);
        pos("BITBUCKET_ACCESS_TOKEN", "git clone https://x-token-auth:", bb, "@bitbucket.org/acme/app.git\n");
        neg("BITBUCKET_ACCESS_TOKEN=ATCTT3xFfGN0<token>\n");

        String perm = "perm:" + Base64.getEncoder().encodeToString("jdoe".getBytes(StandardCharsets.US_ASCII))
                + "." + Base64.getEncoder().encodeToString("47-3".getBytes(StandardCharsets.US_ASCII)) + "."
                + mixed(ALNUM, 30);
        pos("YOUTRACK_TOKEN", "curl -H 'Authorization: Bearer ", perm, "' https://acme.youtrack.cloud/api/issues\n");
        pos("YOUTRACK_TOKEN", "YOUTRACK_TOKEN=", perm, "\n");
        notType("YOUTRACK_TOKEN", "chmod perm:" + "rw.x.y\n");

        String matrix = "syt_" + Base64.getEncoder().withoutPadding().encodeToString("alice".getBytes(StandardCharsets.US_ASCII))
                + "_" + mixed(ALNUM, 20) + "_" + mixed(ALNUM, 6);
        pos("MATRIX_ACCESS_TOKEN", "curl -H \"Authorization: Bearer ", matrix, "\" https://matrix.example.org/_matrix/client/v3/sync\n");
        pos("MATRIX_ACCESS_TOKEN", "{\"user_id\": \"@alice:example.org\", \"access_token\": \"", matrix, "\"}\n");
        notType("MATRIX_ACCESS_TOKEN", "syt_" + mixed(ALNUM, 10) + "_" + mixed(ALNUM, 12) + "\n");
    }

    @Test
    void cloudAndCommerceTokens() {
        String lwa = "Atzr|IwEBI" + mixed(URLSAFE, 300);
        pos("AMAZON_LWA_TOKEN", "SP_API_REFRESH_TOKEN=", lwa, "\n");
        String lwaAccess = "Atza|IQEBL" + mixed(URLSAFE, 200);
        pos("AMAZON_LWA_TOKEN", "x-amz-access-token: ", lwaAccess, "\n");
        neg("refresh_token=Atzr|your-refresh-token\n");

        String lwaSecret = "amzn1.oa2-cs.v1." + mixed(HEX, 64);
        pos("AMAZON_LWA_CLIENT_SECRET", "LWA_CLIENT_SECRET=", lwaSecret, "\n");
        neg("LWA_CLIENT_ID=amzn1.application-oa2-client." + rnd(HEX, 32) + "\n");

        String akabClient = "akab-" + mixed(LOWER_ALNUM, 16) + "-" + mixed(LOWER_ALNUM, 16);
        String akabAccess = "akab-" + mixed(LOWER_ALNUM, 16) + "-" + mixed(LOWER_ALNUM, 16);
        String akamaiSecret = mixed(B64, 43) + "=";
        String host = "akab-" + mixed(LOWER_ALNUM, 16) + "-" + mixed(LOWER_ALNUM, 16) + ".luna.akamaiapis.net";
        String edgerc = "[default]\nclient_secret = ";
        String rest = "\nhost = " + host + "\naccess_token = " + akabAccess + "\nclient_token = " + akabClient + "\n";
        pos("AKAMAI_CLIENT_SECRET", edgerc, akamaiSecret, rest);
        pos("AKAMAI_EDGEGRID_TOKEN", edgerc + akamaiSecret + "\nhost = " + host + "\naccess_token = ", akabAccess,
                "\nclient_token = " + akabClient + "\n");
        neg("host = " + host + "\n");
        notType("AKAMAI_CLIENT_SECRET", "client_secret = " + akamaiSecret + "\n");

        String woo = "cs_" + mixed(HEX, 40);
        pos("WOOCOMMERCE_API_KEY", "const api = new WooCommerceRestApi({ url: 'https://shop.acme.io', consumerKey: 'ck_"
                + mixed(HEX, 40) + "', consumerSecret: '", woo, "', version: 'wc/v3' });\n");
        pos("WOOCOMMERCE_API_KEY", "WOOCOMMERCE_CONSUMER_KEY=", "ck_" + woo.substring(3), "\n");
        notType("WOOCOMMERCE_API_KEY", "session = stripe.checkout.Session.retrieve('cs_test_" + mixed(ALNUM, 58) + "')\n");
        notType("WOOCOMMERCE_API_KEY", "ck_" + mixed(HEX, 32) + "\n");

        String cko = "sk_sbox_" + mixed("abcdefghijklmnopqrstuvwxyz234567", 28);
        pos("CHECKOUT_SECRET_KEY", "CKO_SECRET_KEY=", cko, "\n");
        String ckoOld = "sk_test_" + uuid();
        pos("CHECKOUT_SECRET_KEY", "api = checkout_sdk.DefaultSdk().secret_key('", ckoOld, "').build()\n");
        neg("CKO_PUBLIC_KEY=pk_sbox_" + mixed("abcdefghijklmnopqrstuvwxyz234567", 28) + "\n");

        String stytch = "secret-test-" + mixed(URLSAFE, 36);
        pos("STYTCH_SECRET", "STYTCH_SECRET=", stytch, "\n");
        neg("STYTCH_PROJECT_ID=project-test-" + uuid() + "\n");

        String ik = "private_" + mixed(B64, 27) + "=";
        pos("IMAGEKIT_PRIVATE_KEY", "const imagekit = new ImageKit({ publicKey: 'public_" + mixed(B64, 27)
                + "=', privateKey: '", ik, "', urlEndpoint: 'https://ik.imagekit.io/acme' });\n");
        neg("private_key_path = '/etc/ssl/private_key_file.pem'\n");

        String dn = "dnkey-" + mixed(UPPER_ALNUM, 26) + "-" + mixed(UPPER_ALNUM, 52);
        pos("DEFINED_NETWORKING_API_KEY", "curl -H \"Authorization: Bearer ", dn, "\" https://api.defined.net/v1/hosts\n");
        notType("DEFINED_NETWORKING_API_KEY", "dnkey-" + mixed(UPPER_ALNUM, 20) + "\n");

        String dotenvKey = "key_" + mixed(HEX, 64);
        pos("DOTENV_KEY", "DOTENV_KEY='", "dotenv://:" + dotenvKey + "@dotenv.org/vault/.env.vault?environment=production",
                "'\n");
        notType("DOTENV_KEY", "DOTENV_KEY='dotenv://:key_1234@dotenv.org/vault/.env.vault?environment=production'\n");

        byte[] tunnelJson = ("{\"a\":\"" + rnd(HEX, 32) + "\",\"t\":\"" + uuid() + "\",\"s\":\""
                + Base64.getEncoder().encodeToString(rnd(ALNUM, 32).getBytes(StandardCharsets.US_ASCII)) + "\"}")
                .getBytes(StandardCharsets.US_ASCII);
        String tunnel = Base64.getEncoder().encodeToString(tunnelJson);
        pos("CLOUDFLARE_TUNNEL_TOKEN", "cloudflared tunnel run --token ", tunnel, "\n");
        pos("CLOUDFLARE_TUNNEL_TOKEN", "    environment:\n      - TUNNEL_TOKEN=", tunnel, "\n");
        notType("CLOUDFLARE_TUNNEL_TOKEN", "cursor=eyJhIjoiYiJ9\n");

        String nb = "nbp_" + mixed(ALNUM, 36);
        pos("NETBIRD_PAT", "curl -H \"Authorization: Token ", nb, "\" https://api.netbird.io/api/peers\n");
        notType("NETBIRD_PAT", "nbp_" + mixed(ALNUM, 20) + "\n");

        String zoho = "1000." + mixed(HEX, 32) + "." + mixed(HEX, 32);
        pos("ZOHO_OAUTH_TOKEN", "ZOHO_REFRESH_TOKEN=", zoho, "\n");
        pos("ZOHO_OAUTH_TOKEN", "-H \"Authorization: Zoho-oauthtoken ", zoho, "\"\n");
        neg("ZOHO_CLIENT_ID=1000." + rnd(UPPER_ALNUM, 30) + "\n");
        neg("The bill came to 1000.50 and the version is 1000.2.3\n");

        String bf = "mainnet" + mixed(ALNUM, 32);
        pos("BLOCKFROST_PROJECT_ID", "const api = new BlockFrostAPI({ projectId: '", bf, "' });\n");
        notType("BLOCKFROST_PROJECT_ID", "build id mainnet" + mixed(ALNUM, 32) + "\n");
        pos("BLOCKFROST_PROJECT_ID", "curl -H \"project_id: ", bf, "\" https://cardano-mainnet.blockfrost.io/api/v0/blocks/latest\n");
        neg("Deploy the preview environment to mainnet after the testnet run.\n");

        String exo = "EXO" + mixed(HEX, 24);
        pos("EXOSCALE_API_KEY", "EXOSCALE_API_KEY=", exo, "\n");
        String exoSecret = mixed(URLSAFE, 43);
        pos("EXOSCALE_API_SECRET", "EXOSCALE_API_KEY=" + exo + "\nEXOSCALE_API_SECRET=", exoSecret, "\n");
        neg("The EXOTIC exoskeleton EXO1234 was shown.\n");

        String socket = "sktsec_" + mixed(ALNUM, 56) + "_api";
        pos("SOCKET_API_TOKEN", "SOCKET_SECURITY_API_KEY=", socket, "\n");

        String sidekiq = mixed(HEX, 8) + ":" + mixed(HEX, 8);
        pos("SIDEKIQ_SECRET", "bundle config --local enterprise.contribsys.com " + sidekiq + "\nBUNDLE_ENTERPRISE__CONTRIBSYS__COM=",
                sidekiq, "\n");
        neg("BUNDLE_GEMS__CONTRIBSYS__COM=${SIDEKIQ_CREDS}\n");

        String hapikey = uuid();
        pos("HUBSPOT_API_KEY", "requests.get('https://api.hubapi.com/crm/v3/objects/contacts?hapikey=", hapikey, "')\n");
        neg("requests.get('https://api.hubapi.com/crm/v3/objects/contacts?hapikey=demo')\n");
        check();
    }

    @Test
    void webhookAndRpcUrls() {
        String qn = mixed(HEX, 40);
        pos("QUICKNODE_TOKEN", "RPC_URL=https://wandering-frosty-pond.solana-mainnet.quiknode.pro/", qn, "/\n");
        notType("QUICKNODE_TOKEN", "RPC_URL=https://docs.quiknode.pro/docs/\n");

        String ankr = mixed(HEX, 64);
        pos("ANKR_API_KEY", "const provider = new ethers.JsonRpcProvider('https://rpc.ankr.com/eth/", ankr, "');\n");
        neg("const provider = new ethers.JsonRpcProvider('https://rpc.ankr.com/eth');\n");

        String helius = uuid();
        pos("HELIUS_API_KEY", "const connection = new Connection('https://mainnet.helius-rpc.com/?api-key=", helius, "');\n");

        String make = "https://hook.eu1.make.com/" + mixed(LOWER_ALNUM, 32);
        pos("MAKE_WEBHOOK_URL", "curl -X POST ", make, " -d '{\"order\": 42}'\n");
        neg("curl -X POST https://hook.eu1.make.com/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n");

        String ifttt = mixed(URLSAFE, 22);
        pos("IFTTT_WEBHOOK_KEY", "requests.post('https://maker.ifttt.com/trigger/door_open/with/key/", ifttt, "')\n");
        neg("requests.post('https://maker.ifttt.com/trigger/{event}/with/key/{your_key}')\n");

        String ding = mixed(HEX, 64);
        pos("DINGTALK_WEBHOOK_TOKEN", "webhook: https://oapi.dingtalk.com/robot/send?access_token=", ding, "\n");

        String wecom = uuid();
        pos("WECOM_WEBHOOK_KEY", "curl 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=", wecom,
                "' -H 'Content-Type: application/json' -d '{\"msgtype\": \"text\"}'\n");

        String feishu = uuid();
        pos("FEISHU_WEBHOOK_URL", "FEISHU_WEBHOOK=https://open.feishu.cn/open-apis/bot/v2/hook/", feishu, "\n");
        neg("FEISHU_WEBHOOK=https://open.feishu.cn/open-apis/bot/v2/hook/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n");
        check();
    }

    @Test
    void aiAndSearchKeys() {
        String llx = "llx-" + mixed(ALNUM, 48);
        pos("LLAMA_CLOUD_API_KEY", "os.environ[\"LLAMA_CLOUD_API_KEY\"] = \"", llx, "\"\n");
        notType("LLAMA_CLOUD_API_KEY", "llx-" + mixed(ALNUM, 30) + "\n");

        String tg = "tgp_v1_" + mixed(URLSAFE, 43);
        pos("TOGETHER_API_KEY", "client = Together(api_key=\"", tg, "\")\n");
        neg("client = Together(api_key=\"tgp_v1_<your-api-key>\")\n");

        String brave = "BSA" + mixed(URLSAFE, 28);
        pos("BRAVE_SEARCH_API_KEY", "curl -s 'https://api.search.brave.com/res/v1/web/search?q=tappass' -H 'X-Subscription-Token: ",
                brave, "'\n");
        pos("BRAVE_SEARCH_API_KEY", "BRAVE_API_KEY=", brave, "\n");
        neg("BRAVE_API_KEY=your_brave_api_key_here\n");

        String apim = mixed(HEX, 32);
        pos("AZURE_APIM_SUBSCRIPTION_KEY", "curl https://acme.azure-api.net/orders -H \"Ocp-Apim-Subscription-Key: ", apim,
                "\"\n");
        pos("AZURE_APIM_SUBSCRIPTION_KEY", "GET https://acme.azure-api.net/orders?subscription-key=", apim, "\n");
        neg("curl https://acme.azure-api.net/orders -H \"Ocp-Apim-Subscription-Key: {subscription key}\"\n");

        String aoai = mixed(HEX, 32);
        pos("AZURE_OPENAI_API_KEY", "AZURE_OPENAI_API_KEY=", aoai, "\n");
        String aoai84 = mixed(ALNUM, 84);
        pos("AZURE_OPENAI_API_KEY", "azure_openai:\n  api_key: ", aoai84, "\n");
        neg("AZURE_OPENAI_API_KEY=<your-azure-openai-key>\n");
        notType("AZURE_OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT=https://acme.openai.azure.com/\n");
        check();
    }

    @Test
    void keywordGatedVendorKeys() {
        String infobip = mixed(HEX, 32) + "-" + uuid();
        pos("INFOBIP_API_KEY", "curl -X POST https://xyz.api.infobip.com/sms/2/text/advanced -H 'Authorization: App ",
                infobip, "'\n");
        notType("INFOBIP_API_KEY", "request id " + mixed(HEX, 32) + "-" + uuid() + "\n");

        // vendor name + credential word + separator, a header, or the client constructor
        pos("SHODAN_API_KEY", "SHODAN_API_KEY=", mixed(ALNUM, 32), "\n");
        pos("SHODAN_API_KEY", "api = shodan.Shodan('", mixed(ALNUM, 32), "')\n");
        neg("api = shodan.Shodan(SHODAN_API_KEY)\n");
        pos("VIRUSTOTAL_API_KEY", "VT_API_KEY=", mixed(HEX, 64), "\n");
        pos("VIRUSTOTAL_API_KEY", "virustotal:\n  api_key: \"", mixed(HEX, 64), "\"\n");
        notType("VIRUSTOTAL_API_KEY", "virustotal report for sha256 " + mixed(HEX, 64) + "\n");
        // a YAML section named after the vendor: the credential key may follow sibling keys; other keys are not it
        pos("SHODAN_API_KEY", "shodan:\n  enabled: true\n  timeout: 30\n  api_key: ", mixed(ALNUM, 32), "\n");
        notType("SHODAN_API_KEY", "shodan:\n  org_id: " + mixed(ALNUM, 32) + "\n");
        pos("SEMGREP_APP_TOKEN", "SEMGREP_APP_TOKEN: ", mixed(HEX, 64), "\n");
        pos("GITGUARDIAN_API_KEY", "GITGUARDIAN_API_KEY=", mixed(ALNUM, 71), "\n");
        pos("ABUSEIPDB_API_KEY", "ABUSEIPDB_KEY=", mixed(HEX, 80), "\n");
        pos("HIBP_API_KEY", "curl -H \"hibp-api-key: ", mixed(HEX, 32), "\" https://haveibeenpwned.com/api/v3/breachedaccount/a\n");
        pos("IPINFO_TOKEN", "IPINFO_TOKEN=", mixed(HEX, 14), "\n");
        pos("ETHERSCAN_API_KEY", "ETHERSCAN_API_KEY=", mixed(UPPER_ALNUM, 34), "\n");
        pos("OPENWEATHER_API_KEY", "OPENWEATHER_API_KEY=", mixed(HEX, 32), "\n");
        pos("HETZNER_API_TOKEN", "export HCLOUD_TOKEN=", mixed(ALNUM, 64), "\n");
        pos("VULTR_API_KEY", "VULTR_API_KEY=", mixed(UPPER_ALNUM, 36), "\n");
        String splunk = uuid();
        pos("SPLUNK_TOKEN", "SPLUNK_HEC_TOKEN=", splunk, "\n");
        notType("SPLUNK_TOKEN", "splunk_index_id=" + splunk + "\n");
        pos("MANDRILL_API_KEY", "mandrill_client = mandrill.Mandrill('", mixed(URLSAFE, 22), "')\n");
        pos("MAILJET_SECRET_KEY", "MJ_APIKEY_PRIVATE=", mixed(HEX, 32), "\n");
        pos("SPARKPOST_API_KEY", "SPARKPOST_API_KEY=", mixed(HEX, 40), "\n");
        pos("PLAID_SECRET", "PLAID_SECRET=", mixed(HEX, 30), "\n");
        neg("PLAID_CLIENT_ID=" + rnd(HEX, 24) + "\n");
        pos("BRAINTREE_PRIVATE_KEY", "BRAINTREE_PRIVATE_KEY=", mixed(HEX, 32), "\n");
        pos("BINANCE_API_KEY", "client = Client(api_key, api_secret)\nBINANCE_API_SECRET=", mixed(ALNUM, 64), "\n");
        pos("ALPACA_SECRET_KEY", "APCA_API_SECRET_KEY=", mixed(ALNUM, 40), "\n");
        pos("VONAGE_API_SECRET", "VONAGE_API_SECRET=", mixed(ALNUM, 16), "\n");
        pos("PLIVO_AUTH_TOKEN", "PLIVO_AUTH_TOKEN=", mixed(ALNUM, 40), "\n");
        pos("MESSAGEBIRD_API_KEY", "messagebird_access_key: ", mixed(ALNUM, 25), "\n");
        pos("LINE_CHANNEL_SECRET", "LINE_CHANNEL_SECRET=", mixed(HEX, 32), "\n");
        pos("STEAM_API_KEY", "STEAM_API_KEY=", mixed(UHEX, 32), "\n");
        pos("STEAM_API_KEY", "steam:\n  web_api_key: ", mixed(UHEX, 32), "\n");
        pos("SUMOLOGIC_ACCESS_KEY", "sumologic_access_key = \"", mixed(ALNUM, 64), "\"\n");
        pos("PLIVO_AUTH_TOKEN", "plivo:\n  auth_id: MA" + rnd(UPPER_ALNUM, 18) + "\n  auth_token: ", mixed(ALNUM, 40), "\n");
        pos("PIPEDRIVE_API_TOKEN", "PIPEDRIVE_API_TOKEN=", mixed(HEX, 40), "\n");
        pos("SHORTCUT_API_TOKEN", "curl -H \"Shortcut-Token: ", uuid(), "\" https://api.app.shortcut.com/api/v3/member\n");
        neg("Use the keyboard shortcut token: Ctrl+K to search.\n");
        pos("RAILWAY_TOKEN", "RAILWAY_TOKEN=", uuid(), "\n");
        pos("CODECOV_TOKEN", "      - uses: codecov/codecov-action@v4\n        with:\n          token: ${{ secrets.CODECOV_TOKEN }}\n"
                + "# CODECOV_TOKEN=", uuid(), "\n");
        neg("          token: ${{ secrets.CODECOV_TOKEN }}\n");
        pos("OPSGENIE_API_KEY", "OPSGENIE_API_KEY=", uuid(), "\n");
        pos("DUO_SECRET_KEY", "DUO_SECRET_KEY=", mixed(ALNUM, 40), "\n");
        neg("DUO_INTEGRATION_KEY=DI" + rnd(UPPER_ALNUM, 18) + "\n");
        pos("AUTH0_CLIENT_SECRET", "AUTH0_CLIENT_SECRET=", mixed(URLSAFE, 64), "\n");
        neg("AUTH0_CLIENT_ID=" + mixed(ALNUM, 32) + "\n");
        pos("ZENDESK_API_TOKEN", "ZENDESK_API_TOKEN=", mixed(ALNUM, 40), "\n");
        pos("SUMOLOGIC_ACCESS_KEY", "SUMO_ACCESS_KEY=", mixed(ALNUM, 64), "\n");
        pos("CONFLUENT_API_SECRET", "CONFLUENT_CLOUD_API_SECRET=", mixed(B64, 64), "\n");
        pos("ROLLBAR_ACCESS_TOKEN", "curl -H \"X-Rollbar-Access-Token: ", mixed(HEX, 32), "\" https://api.rollbar.com/api/1/items\n");
        pos("BUGSNAG_API_KEY", "Bugsnag.start({ apiKey: '" + mixed(HEX, 32) + "' })\nBUGSNAG_AUTH_TOKEN=", mixed(HEX, 32), "\n");
        pos("MIXPANEL_API_SECRET", "MIXPANEL_API_SECRET=", mixed(HEX, 32), "\n");
        pos("AMPLITUDE_SECRET_KEY", "AMPLITUDE_SECRET_KEY=", mixed(HEX, 32), "\n");
        // public by design: Mixpanel's project token, Amplitude's browser API key, Bugsnag's notifier key
        notType("MIXPANEL_API_SECRET", "mixpanel.init(\"" + mixed(HEX, 32) + "\", {track_pageview: true});\n");
        notType("MIXPANEL_API_SECRET", "MIXPANEL_TOKEN=" + mixed(HEX, 32) + "\n");
        notType("AMPLITUDE_SECRET_KEY", "amplitude.init('" + mixed(HEX, 32) + "');\nAMPLITUDE_API_KEY=" + mixed(HEX, 32) + "\n");
        notType("BUGSNAG_API_KEY", "Bugsnag.start('" + mixed(HEX, 32) + "')\n");
        pos("UPSTASH_TOKEN", "UPSTASH_REDIS_REST_TOKEN=", "A" + mixed(URLSAFE, 80) + "=", "\n");
        pos("MUX_TOKEN_SECRET", "MUX_TOKEN_SECRET=", mixed(B64, 75), "\n");
        pos("BACKBLAZE_APPLICATION_KEY", "B2_APPLICATION_KEY=", "K005" + mixed(ALNUM, 27), "\n");
        neg("B2_APPLICATION_KEY_ID=005" + rnd(HEX, 22) + "\n");
        String klaviyo = "pk_" + mixed(HEX, 34);
        pos("KLAVIYO_PRIVATE_KEY", "klaviyo:\n  private_api_key: ", klaviyo, "\n");
        notType("KLAVIYO_PRIVATE_KEY", "const stripe = Stripe('pk_live_" + mixed(ALNUM, 24) + "');\n");

        // look-alikes: a hash under the vendor's name, a placeholder, a template, a wrong length, a word
        neg("SHODAN_API_KEY=${SHODAN_API_KEY}\n");
        neg("SHODAN_API_KEY=<your-shodan-key>\n");
        notType("OPENWEATHER_API_KEY", "OPENWEATHER_API_KEY=" + mixed(HEX, 31) + "\n");
        notType("HETZNER_API_TOKEN", "HCLOUD_TOKEN=" + mixed(ALNUM, 63) + "\n");
        notType("STEAM_API_KEY", "steam: sha1 " + mixed(HEX, 40) + "\n");
        notType("RAILWAY_TOKEN", "RAILWAY_PROJECT_ID=" + uuid() + "\n");
        neg("ROLLBAR_ACCESS_TOKEN=00000000000000000000000000000000\n");
        neg("PIPEDRIVE_API_TOKEN=YOUR_API_TOKEN\n");
        neg("Vultr and Hetzner and Shodan and Splunk are vendors we evaluated.\n");
        check();
    }
}
