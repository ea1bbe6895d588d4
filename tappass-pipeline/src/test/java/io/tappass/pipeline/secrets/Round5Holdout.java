package io.tappass.pipeline.secrets;

import static io.tappass.pipeline.secrets.BlindSecretSet.neg;
import static io.tappass.pipeline.secrets.BlindSecretSet.pos;
import static io.tappass.pipeline.secrets.BlindSecretSet.uuid;
import static io.tappass.pipeline.secrets.Round5SecretSet.BASE32;
import static io.tappass.pipeline.secrets.Round5SecretSet.S;
import static io.tappass.pipeline.secrets.Round5SecretSet.b64;
import static io.tappass.pipeline.secrets.Round5SecretSet.b64url;
import static io.tappass.pipeline.secrets.Round5SecretSet.concat;
import static io.tappass.pipeline.secrets.Round5SecretSet.digitsNoLeadingZero;
import static io.tappass.pipeline.secrets.Round5SecretSet.hexBytes;
import static io.tappass.pipeline.secrets.Round5SecretSet.randomBytes;
import static io.tappass.pipeline.secrets.Round5SecretSet.wrap;
import static io.tappass.pipeline.secrets.SecretFormats.ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.B64;
import static io.tappass.pipeline.secrets.SecretFormats.DIGITS;
import static io.tappass.pipeline.secrets.SecretFormats.HEX;
import static io.tappass.pipeline.secrets.SecretFormats.LOWER;
import static io.tappass.pipeline.secrets.SecretFormats.LOWER_ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.UHEX;
import static io.tappass.pipeline.secrets.SecretFormats.UPPER;
import static io.tappass.pipeline.secrets.SecretFormats.UPPER_ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.URLSAFE;
import static io.tappass.pipeline.secrets.SecretFormats.rnd;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Round-5 blind set for detect_secrets, written by a helper session that did not read the rules, before any rule
 * change of the round. Every value is generated at run time; none is real.
 *
 * <p>Holdout: other providers, other wording and other carriers than {@link Round5SecretSet} (PowerShell, .netrc,
 * Maven settings.xml, SQL, systemd units, Jupyter JSON, kubeconfig, Jenkinsfile, otpauth URIs, HTTP Basic headers,
 * base64 inside Kubernetes {@code data:}), with look-alikes of the same providers whose vendors document them as
 * public (PayPal client id, Razorpay key id, Paystack/Flutterwave public keys, Square application id, Mixpanel
 * project token, captcha site keys). Not to be consulted while tuning.
 */
final class Round5Holdout {

    private Round5Holdout() {
    }

    static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    // ---------------------------------------------------------------------------------------------------------
    // Token generators (each names the public documentation of its format)
    // ---------------------------------------------------------------------------------------------------------

    // Twitch Developers "Registering your app": client secret, 30 lowercase alphanumerics.
    static String twitchClientSecret(Random r) {
        return rnd(r, LOWER_ALNUM, 30);
    }

    // Meta for Developers "Access tokens": user/page access tokens start EAA, long base62 body.
    static String facebookToken(Random r) {
        return "EAAG" + rnd(r, ALNUM, 4) + "ZBZA" + rnd(r, ALNUM, 180);
    }

    // Google Identity "Using OAuth 2.0": refresh tokens begin 1// followed by url-safe characters.
    static String googleRefreshToken(Random r) {
        return "1//0" + rnd(r, UPPER + LOWER, 1) + rnd(r, URLSAFE, 98);
    }

    // Azure DevOps Docs "Use personal access tokens": classic PAT, 52 lowercase base32 characters.
    static String azureDevopsPat(Random r) {
        return rnd(r, "abcdefghijklmnopqrstuvwxyz234567", 52);
    }

    // JFrog Docs "Reference tokens": base64 of "reftkn:01:<expiry>:<random>", 64 characters starting cmVmdGtuOjAxOj.
    static String jfrogReferenceToken(Random r) {
        return "cmVmdGtuOjAxOjE3" + rnd(r, ALNUM, 48);
    }

    // Sourcegraph Docs "Access tokens": sgp_ + 16 hex instance id + "_" + 40 hex.
    static String sourcegraph(Random r) {
        return "sgp_" + rnd(r, HEX, 16) + "_" + rnd(r, HEX, 40);
    }

    // Fly.io Docs "Access tokens": "FlyV1 fm2_" + base64 macaroon.
    static String flyMacaroon(Random r) {
        return "fm2_lJPE" + rnd(r, B64, 300) + "==";
    }

    // Render Docs "API keys": rnd_ + 32 base62.
    static String render(Random r) {
        return "rnd_" + rnd(r, ALNUM, 32);
    }

    // Shippo Docs "Authentication": shippo_live_ + 40 hex.
    static String shippo(Random r) {
        return "shippo_live_" + rnd(r, HEX, 40);
    }

    // EasyPost Docs "Authentication": production key EZAK + 54 base62.
    static String easypost(Random r) {
        return "EZAK" + rnd(r, ALNUM, 54);
    }

    // Flutterwave Docs "API keys": secret key FLWSECK- + 32 hex + "-X"; public key FLWPUBK-… is public.
    static String flutterwave(Random r, String prefix) {
        return prefix + rnd(r, HEX, 32) + "-X";
    }

    // Razorpay Docs "Generate API keys": key id rzp_live_ + 14 base62 (public), key secret 24 base62.
    static String razorpaySecret(Random r) {
        return rnd(r, ALNUM, 24);
    }

    // Paystack Docs "API keys": sk_live_/pk_live_ + 40 hex (pk_ is the public key).
    static String paystack(Random r, String prefix) {
        return prefix + rnd(r, HEX, 40);
    }

    // Klaviyo Developers "Authenticate": private API keys pk_ + 34 hex, sent as "Klaviyo-API-Key".
    static String klaviyoPrivate(Random r) {
        return "pk_" + rnd(r, HEX, 34);
    }

    // Resend Docs "API keys": re_ + 8 base62 id + "_" + 24 base62 secret.
    static String resend(Random r) {
        return "re_" + rnd(r, ALNUM, 8) + "_" + rnd(r, ALNUM, 24);
    }

    // Postmark Developer "Server API token": UUID sent as X-Postmark-Server-Token.
    static String postmark(Random r) {
        return uuid(r);
    }

    // Octopus Deploy Docs "How to create an API key": API- + 26 upper alphanumerics.
    static String octopus(Random r) {
        return "API-" + rnd(r, UPPER_ALNUM, 26);
    }

    // Deno Deploy Docs "Access tokens": ddp_ + 36 base62.
    static String denoDeploy(Random r) {
        return "ddp_" + rnd(r, ALNUM, 36);
    }

    // Cloudinary Docs "CLOUDINARY_URL": cloudinary://<15-digit key>:<27 url-safe secret>@<cloud>.
    static String cloudinarySecret(Random r) {
        return rnd(r, URLSAFE, 27);
    }

    // Weights & Biases Docs "wandb login": API key, 40 hex.
    static String wandb(Random r) {
        return rnd(r, HEX, 40);
    }

    // DeepSeek API Docs "Your first API call": sk- + 32 hex.
    static String deepseek(Random r) {
        return "sk-" + rnd(r, HEX, 32);
    }

    // AssemblyAI Docs "Authentication": API key, 32 hex.
    static String assemblyai(Random r) {
        return rnd(r, HEX, 32);
    }

    // Neon Docs "Connect from any app": role password npg_ + 12 base62 inside the postgres URL.
    static String neonPassword(Random r) {
        return "npg_" + rnd(r, ALNUM, 12);
    }

    // Paddle Developer "API keys": pdl_live_apikey_ + ULID + "_" + 22 base62 + "_" + 3 base62.
    static String paddle(Random r) {
        return "pdl_live_apikey_01" + rnd(r, "0123456789abcdefghjkmnpqrstvwxyz", 24) + "_" + rnd(r, ALNUM, 22) + "_"
                + rnd(r, ALNUM, 3);
    }

    // Scaleway Docs "Generate API keys": access key SCW + 17 upper alphanumerics, secret key a UUID.
    static String scalewaySecret(Random r) {
        return uuid(r);
    }

    // Alibaba Cloud Docs "Create an AccessKey pair": AccessKey id LTAI + 20, secret 30 base62.
    static String alibabaSecret(Random r) {
        return rnd(r, ALNUM, 30);
    }

    // Slack API docs "App-level tokens": xapp-1-A<app id>-<digits>-<64 hex>.
    static String slackAppToken(Random r) {
        return "xapp-1-A0" + rnd(r, UPPER_ALNUM, 9) + "-" + digitsNoLeadingZero(r, 13) + "-" + rnd(r, HEX, 64);
    }

    // Discord Developer Docs "Bot token": base64(user id) + "." + 6 url-safe timestamp + "." + 38 url-safe HMAC.
    static String discordBot(Random r) {
        String id = b64(digitsNoLeadingZero(r, 18).getBytes(StandardCharsets.US_ASCII)).replace("=", "");
        return id + "." + rnd(r, URLSAFE, 6) + "." + rnd(r, URLSAFE, 38);
    }

    // X (Twitter) Developer "Bearer tokens": 21 A's + URL-encoded base64 body.
    static String twitterBearer(Random r) {
        return "AAAAAAAAAAAAAAAAAAAAA" + rnd(r, ALNUM, 25) + "%2F" + rnd(r, ALNUM, 20) + "%3D" + rnd(r, ALNUM, 50);
    }

    // LaunchDarkly Docs "Keys": server-side SDK key sdk- + UUID (secret; client-side id is public).
    static String launchdarklySdk(Random r) {
        return "sdk-" + uuid(r);
    }

    // Asana Developers "Personal access token": 2/<16 digits>/<16 digits>:<32 hex>.
    static String asana(Random r) {
        return "2/" + digitsNoLeadingZero(r, 16) + "/" + digitsNoLeadingZero(r, 16) + ":" + rnd(r, HEX, 32);
    }

    // Zendesk Developers "API token": 40 base62 used as "<email>/token:<token>".
    static String zendesk(Random r) {
        return rnd(r, ALNUM, 40);
    }

    // GitLab Docs "Trigger pipelines": pipeline trigger token glptt- + 40 hex.
    static String gitlabTrigger(Random r) {
        return "glptt-" + rnd(r, HEX, 40);
    }

    // Sentry Docs "Organization auth tokens": sntrys_ + base64(JSON claims) + "_" + 43 base64 secret.
    static String sentryOrg(Random r) {
        String claims = "{\"iat\":" + (1700000000 + r.nextInt(40000000)) + ".0,\"url\":\"https://sentry.io\","
                + "\"region_url\":\"https://us.sentry.io\",\"org\":\"acme\"}";
        return "sntrys_" + b64(claims.getBytes(StandardCharsets.UTF_8)).replace("=", "") + "_" + rnd(r, B64, 43);
    }

    // RFC 6238 / Google Authenticator "Key Uri Format": base32 secret in an otpauth:// URI.
    static String totpSeed(Random r) {
        return rnd(r, BASE32, 32);
    }

    // WireGuard "Quick start" (wg genkey): private key, base64 of 32 bytes.
    static String wireguardPrivate(Random r) {
        return b64(randomBytes(r, 32));
    }

    // Kubernetes Docs "Service account tokens": RS256 JWT with iss kubernetes/serviceaccount.
    static String k8sServiceAccountJwt(Random r) {
        String header = "{\"alg\":\"RS256\",\"kid\":\"" + rnd(r, URLSAFE, 43) + "\"}";
        String payload = "{\"iss\":\"kubernetes/serviceaccount\",\"kubernetes.io/serviceaccount/namespace\":\"ci\","
                + "\"kubernetes.io/serviceaccount/secret.name\":\"deployer-token-" + rnd(r, LOWER_ALNUM, 5)
                + "\",\"kubernetes.io/serviceaccount/service-account.name\":\"deployer\",\"sub\":"
                + "\"system:serviceaccount:ci:deployer\"}";
        return b64url(header) + "." + b64url(payload) + "." + BlindSecretSet.b64urlBytes(r, 256);
    }

    // Azure OpenAI Docs "Keys and endpoint": resource key, 32 hex.
    static String azureOpenAiKey(Random r) {
        return rnd(r, HEX, 32);
    }

    // Mux Docs "Access tokens": token id UUID and a base64 token secret (~75 characters).
    static String muxSecret(Random r) {
        return rnd(r, B64, 75);
    }

    // Meilisearch Docs "Master key": at least 16 bytes; generated as base64url.
    static String meiliMasterKey(Random r) {
        return BlindSecretSet.b64urlBytes(r, 32);
    }

    /** A generated password with symbols, as a password manager produces it. */
    static String generatedPassword(Random r) {
        return rnd(r, ALNUM, 5) + rnd(r, "!$%&*+-=?@^_", 1) + rnd(r, ALNUM, 9) + rnd(r, "!$%&*+-=?@^_", 1)
                + rnd(r, ALNUM, 6);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Positives
    // ---------------------------------------------------------------------------------------------------------

    static List<BlindSecretSet.Case> positives(Random r) {
        List<BlindSecretSet.Case> c = new ArrayList<>();
        c.add(pos("r5h-twitch-client-secret-ts", "export const twitch = {\n  clientId: \"" + rnd(r, LOWER_ALNUM, 30)
                + "\",\n  clientSecret: \"" + S + "\",\n};", twitchClientSecret(r)));
        c.add(pos("r5h-facebook-page-token-graph", "GET https://graph.facebook.com/v19.0/me/accounts?access_token=" + S,
                facebookToken(r)));
        c.add(pos("r5h-google-refresh-rclone", "[gdrive]\ntype = drive\nscope = drive\ntoken = {\"access_token\":\"\","
                + "\"token_type\":\"Bearer\",\"refresh_token\":\"" + S + "\",\"expiry\":\"2025-03-14T10:12:44Z\"}\n",
                googleRefreshToken(r)));
        c.add(pos("r5h-azure-devops-pat-powershell", "$env:AZURE_DEVOPS_EXT_PAT = '" + S + "'\naz devops login "
                + "--organization https://dev.azure.com/acme", azureDevopsPat(r)));
        c.add(pos("r5h-jfrog-settings-xml", "<servers>\n  <server>\n    <id>artifactory</id>\n    <username>ci-bot</username>\n"
                + "    <password>" + S + "</password>\n  </server>\n</servers>", jfrogReferenceToken(r)));
        c.add(pos("r5h-sourcegraph-src-cli", "SRC_ENDPOINT=https://sourcegraph.acme.io SRC_ACCESS_TOKEN=" + S
                + " src search 'repo:^acme/ lang:go TODO'", sourcegraph(r)));
        c.add(pos("r5h-flyio-deploy-token", "      - run: flyctl deploy --remote-only\n        env:\n"
                + "          FLY_API_TOKEN: \"FlyV1 " + S + "\"\n", flyMacaroon(r)));
        c.add(pos("r5h-render-api-curl", "curl --request GET --url 'https://api.render.com/v1/services?limit=20' "
                + "--header 'authorization: Bearer " + S + "'", render(r)));
        c.add(pos("r5h-shippo-ruby", "Shippo::API.token = '" + S + "'", shippo(r)));
        c.add(pos("r5h-easypost-python", "client = easypost.EasyPostClient(\"" + S + "\")", easypost(r)));
        c.add(pos("r5h-flutterwave-secret-env", "FLW_PUBLIC_KEY=" + flutterwave(r, "FLWPUBK-") + "\nFLW_SECRET_KEY="
                + S + "\n", flutterwave(r, "FLWSECK-")));
        c.add(pos("r5h-razorpay-key-secret-node", "const razorpay = new Razorpay({\n  key_id: 'rzp_live_"
                + rnd(r, ALNUM, 14) + "',\n  key_secret: '" + S + "',\n});", razorpaySecret(r)));
        c.add(pos("r5h-paystack-secret-php", "$paystack = new Yabacon\\Paystack('" + S + "');",
                paystack(r, "sk_live_")));
        c.add(pos("r5h-klaviyo-private-header", "Authorization: Klaviyo-API-Key " + S + "\nrevision: 2024-10-15",
                klaviyoPrivate(r)));
        c.add(pos("r5h-resend-env-chat", "new key for the transactional mails → " + S + " (old one revoked)",
                resend(r)));
        c.add(pos("r5h-postmark-server-token", "curl \"https://api.postmarkapp.com/email\" -X POST -H \"Accept: "
                + "application/json\" -H \"X-Postmark-Server-Token: " + S + "\" -d @mail.json", postmark(r)));
        c.add(pos("r5h-octopus-api-key-ps", "$headers = @{ \"X-Octopus-ApiKey\" = \"" + S + "\" }\n"
                + "Invoke-RestMethod -Uri \"https://acme.octopus.app/api/projects\" -Headers $headers", octopus(r)));
        c.add(pos("r5h-deno-deploy-gha", "      - run: deployctl deploy --project=acme-edge --token=" + S + " main.ts",
                denoDeploy(r)));
        c.add(pos("r5h-cloudinary-url", "CLOUDINARY_URL=cloudinary://" + digitsNoLeadingZero(r, 15) + ":" + S
                + "@acme-media", cloudinarySecret(r)));
        c.add(pos("r5h-wandb-notebook-json", "{\n \"cell_type\": \"code\",\n \"source\": [\n  \"import os\\n\",\n"
                + "  \"os.environ[\\\"WANDB_API_KEY\\\"] = \\\"" + S + "\\\"\\n\"\n ]\n}", wandb(r)));
        c.add(pos("r5h-deepseek-csharp", "var client = new OpenAIClient(new ApiKeyCredential(\"" + S + "\"), "
                + "new OpenAIClientOptions { Endpoint = new Uri(\"https://api.deepseek.com\") });", deepseek(r)));
        c.add(pos("r5h-assemblyai-python", "aai.settings.api_key = \"" + S + "\"", assemblyai(r)));
        c.add(pos("r5h-neon-postgres-url", "psql 'postgresql://neondb_owner:" + S + "@ep-" + rnd(r, LOWER, 6) + "-"
                + rnd(r, LOWER, 8) + "-" + rnd(r, LOWER_ALNUM, 8) + ".us-east-2.aws.neon.tech/neondb?sslmode=require'",
                neonPassword(r)));
        c.add(pos("r5h-paddle-api-key-toml", "[paddle]\nenvironment = \"production\"\napi_key = \"" + S + "\"\n",
                paddle(r)));
        c.add(pos("r5h-scaleway-secret-env", "SCW_ACCESS_KEY=SCW" + rnd(r, UPPER_ALNUM, 17) + "\nSCW_SECRET_KEY=" + S
                + "\nSCW_DEFAULT_PROJECT_ID=" + uuid(r) + "\n", scalewaySecret(r)));
        c.add(pos("r5h-alibaba-aliyun-cli", "aliyun configure set --profile prod --mode AK --region cn-hangzhou "
                + "--access-key-id LTAI" + rnd(r, ALNUM, 20) + " --access-key-secret " + S, alibabaSecret(r)));
        c.add(pos("r5h-slack-app-token-socket", "SLACK_APP_TOKEN=" + S + "  # socket mode", slackAppToken(r)));
        c.add(pos("r5h-discord-bot-python", "bot.run(\"" + S + "\")", discordBot(r)));
        c.add(pos("r5h-twitter-bearer-curl", "curl \"https://api.x.com/2/tweets/search/recent?query=from:acme\" "
                + "-H \"Authorization: Bearer " + S + "\"", twitterBearer(r)));
        c.add(pos("r5h-launchdarkly-sdk-key-java", "LDClient client = new LDClient(\"" + S + "\");",
                launchdarklySdk(r)));
        c.add(pos("r5h-asana-pat-log", "[sync] using asana PAT " + S + " for workspace 1204518331", asana(r)));
        c.add(pos("r5h-zendesk-token-curl", "curl https://acme.zendesk.com/api/v2/tickets.json -u "
                + "support-bot@acme.io/token:" + S, zendesk(r)));
        c.add(pos("r5h-gitlab-trigger-token", "curl -X POST --fail -F token=" + S
                + " -F ref=main https://gitlab.com/api/v4/projects/48211/trigger/pipeline", gitlabTrigger(r)));
        c.add(pos("r5h-sentry-org-token-gha", "      - uses: getsentry/action-release@v1\n        env:\n"
                + "          SENTRY_AUTH_TOKEN: " + S + "\n          SENTRY_ORG: acme\n", sentryOrg(r)));
        c.add(pos("r5h-totp-otpauth-uri", "otpauth://totp/Acme:ops@acme.io?secret=" + S
                + "&issuer=Acme&algorithm=SHA1&digits=6&period=30", totpSeed(r)));
        c.add(pos("r5h-wireguard-interface", "[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = " + S
                + "\nDNS = 1.1.1.1\n", wireguardPrivate(r)));
        c.add(pos("r5h-kubeconfig-sa-token", "users:\n- name: ci-deployer\n  user:\n    token: " + S + "\n",
                k8sServiceAccountJwt(r)));
        c.add(pos("r5h-azure-openai-powershell", "$env:AZURE_OPENAI_ENDPOINT = \"https://acme-eu.openai.azure.com/\"\n"
                + "$env:AZURE_OPENAI_API_KEY = \"" + S + "\"", azureOpenAiKey(r)));
        c.add(pos("r5h-mux-token-secret", "MUX_TOKEN_ID=" + uuid(r) + "\nMUX_TOKEN_SECRET=" + S + "\n", muxSecret(r)));
        c.add(pos("r5h-meili-systemd", "[Service]\nEnvironment=\"MEILI_ENV=production\"\nEnvironment=\"MEILI_MASTER_KEY="
                + S + "\"\nExecStart=/usr/local/bin/meilisearch\n", meiliMasterKey(r)));
        c.add(pos("r5h-sql-create-user", "CREATE USER reporting WITH LOGIN PASSWORD '" + S + "';\nGRANT SELECT ON ALL "
                + "TABLES IN SCHEMA public TO reporting;", generatedPassword(r)));
        String user = "svc-backup";
        String pass = generatedPassword(r);
        c.add(pos("r5h-http-basic-header", "POST /api/backup HTTP/1.1\nHost: nas.acme.lan\nAuthorization: Basic " + S
                + "\n", b64((user + ":" + pass).getBytes(StandardCharsets.UTF_8))));
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Round5SecretSet.pkcs8RsaBody(r, "\n")
                + "\n-----END PRIVATE KEY-----\n";
        c.add(pos("r5h-k8s-tls-secret-base64", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\n"
                + "type: kubernetes.io/tls\ndata:\n  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t" + rnd(r, B64, 120)
                + "\n  tls.key: " + S + "\n", b64(pem.getBytes(StandardCharsets.US_ASCII))));
        c.add(pos("r5h-github-app-key-env-multiline", "GITHUB_APP_ID=912877\nGITHUB_APP_PRIVATE_KEY=\"-----BEGIN RSA "
                + "PRIVATE KEY-----\n" + S + "\n-----END RSA PRIVATE KEY-----\"\n", Round5SecretSet.pkcs1RsaBody(r)));
        c.add(pos("r5h-netrc-password", "machine ftp.acme-partner.com\nlogin backup\npassword " + S + "\n",
                generatedPassword(r)));
        return c;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Negatives
    // ---------------------------------------------------------------------------------------------------------

    static List<BlindSecretSet.Case> negatives(Random r) {
        List<BlindSecretSet.Case> c = new ArrayList<>();
        // Public by vendor documentation
        c.add(neg("r5h-neg-paypal-client-id", "<script src=\"https://www.paypal.com/sdk/js?client-id=A"
                + rnd(r, URLSAFE, 79) + "&currency=EUR\"></script>"));
        c.add(neg("r5h-neg-razorpay-key-id-checkout", "var options = {\n  \"key\": \"rzp_live_" + rnd(r, ALNUM, 14)
                + "\",\n  \"amount\": \"50000\",\n  \"currency\": \"INR\",\n  \"order_id\": \"order_" + rnd(r, ALNUM, 14)
                + "\"\n};\nvar rzp1 = new Razorpay(options);"));
        c.add(neg("r5h-neg-paystack-public-key", "const handler = PaystackPop.setup({ key: '" + paystack(r, "pk_live_")
                + "', email: customer.email, amount: 250000 });"));
        c.add(neg("r5h-neg-flutterwave-public-key", "FlutterwaveCheckout({ public_key: \"" + flutterwave(r, "FLWPUBK-")
                + "\", tx_ref: \"order-8812\", amount: 54600, currency: \"NGN\" });"));
        c.add(neg("r5h-neg-square-application-id", "const payments = Square.payments('sq0idp-" + rnd(r, URLSAFE, 22)
                + "', 'L" + rnd(r, UPPER_ALNUM, 12) + "');"));
        c.add(neg("r5h-neg-mixpanel-project-token", "mixpanel.init(\"" + rnd(r, HEX, 32)
                + "\", { track_pageview: true, persistence: \"localStorage\" });"));
        c.add(neg("r5h-neg-turnstile-sitekey", "<div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA"
                + rnd(r, URLSAFE, 14) + "\"></div>"));
        c.add(neg("r5h-neg-hcaptcha-sitekey", "<div class=\"h-captcha\" data-sitekey=\"" + uuid(r) + "\"></div>"));
        c.add(neg("r5h-neg-ga4-measurement-id", "gtag('config', 'G-" + rnd(r, UPPER_ALNUM, 10) + "');"));
        c.add(neg("r5h-neg-ssh-known-hosts", "github.com ssh-ed25519 " + b64(concat(hexBytes("0000000b"),
                "ssh-ed25519".getBytes(StandardCharsets.US_ASCII), hexBytes("00000020"), randomBytes(r, 32)))));
        c.add(neg("r5h-neg-pgp-public-key-block", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + wrap(b64(concat(
                hexBytes("98330465"), randomBytes(r, 300))), 64, "\n") + "\n=" + rnd(r, B64, 4)
                + "\n-----END PGP PUBLIC KEY BLOCK-----"));
        c.add(neg("r5h-neg-solana-address", "Send SOL to " + rnd(r, BASE58, 44) + " (memo: invoice 2025-031)"));
        c.add(neg("r5h-neg-eth-tx-hash", "tx confirmed: https://etherscan.io/tx/0x" + rnd(r, HEX, 64)));

        // Encrypted data
        c.add(neg("r5h-neg-rails-credentials-enc", "$ cat config/credentials.yml.enc\n" + b64(randomBytes(r, 240))
                + "--" + b64(randomBytes(r, 12)) + "--" + b64(randomBytes(r, 16))));
        c.add(neg("r5h-neg-vault-transit-ciphertext", "{\"data\":{\"ciphertext\":\"vault:v1:" + b64(randomBytes(r, 60))
                + "\",\"key_version\":1}}"));

        // References and indirections
        c.add(neg("r5h-neg-windows-env-refs", "set API_KEY=%API_KEY%\npython app.py --key %API_KEY%\n"
                + "$env:OPENAI_API_KEY = $env:OPENAI_API_KEY_PROD"));
        c.add(neg("r5h-neg-spring-value-annotation", "@Value(\"${jwt.secret}\")\nprivate String jwtSecret;"));
        c.add(neg("r5h-neg-ruby-env-fetch", "Stripe.api_key = ENV.fetch(\"STRIPE_API_KEY\")"));
        c.add(neg("r5h-neg-gh-secret-set", "gh secret set OPENAI_API_KEY --repo acme/api < ./openai.key"));
        c.add(neg("r5h-neg-kubectl-from-file", "kubectl create secret tls ingress-tls --cert=./tls.crt --key=./tls.key "
                + "-n prod"));
        c.add(neg("r5h-neg-octopus-substitution", "\"ConnectionStrings\": { \"Default\": \"Server=sql01;Database=app;"
                + "User Id=app;Password=#{DatabasePassword};\" }"));
        c.add(neg("r5h-neg-jenkins-credentials", "withCredentials([string(credentialsId: 'npm-token', variable: "
                + "'NPM_TOKEN')]) {\n  sh 'npm publish --registry https://registry.npmjs.org/'\n}"));
        c.add(neg("r5h-neg-gha-oidc-role", "permissions:\n  id-token: write\nsteps:\n  - uses: aws-actions/configure-aws-"
                + "credentials@v4\n    with:\n      role-to-assume: arn:aws:iam::123456789012:role/gha-deploy\n"
                + "      aws-region: eu-west-1\n"));
        c.add(neg("r5h-neg-openapi-security-scheme", "components:\n  securitySchemes:\n    ApiKeyAuth:\n"
                + "      type: apiKey\n      in: header\n      name: X-API-KEY\n"));
        c.add(neg("r5h-neg-json-schema-password", "\"password\": { \"type\": \"string\", \"minLength\": 12, "
                + "\"writeOnly\": true, \"description\": \"Account password\" }"));
        c.add(neg("r5h-neg-vercel-env-ls", "$ vercel env ls\n name                 value       environments\n"
                + " STRIPE_SECRET_KEY    Encrypted   Production\n DATABASE_URL         Encrypted   Production, Preview\n"));

        // Placeholders and masks in other wording
        c.add(neg("r5h-neg-masked-error", "openai.AuthenticationError: Error code: 401 - Incorrect API key provided: "
                + "sk-proj-********************" + rnd(r, ALNUM, 4)
                + ". You can find your API key at https://platform.openai.com/account/api-keys."));
        c.add(neg("r5h-neg-placeholder-french", "Remplacez <votre-clé-api> par la clé fournie dans la console, "
                + "par exemple : API_KEY=<votre-clé-api>"));
        c.add(neg("r5h-neg-todo-key", "API_KEY = \"TODO\"  # ask #ops for the production key"));
        c.add(neg("r5h-neg-aws-x-placeholder", "aws_access_key_id = AKIAXXXXXXXXXXXXXXXX\n"
                + "aws_secret_access_key = XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"));
        c.add(neg("r5h-neg-password-hint", "Hint: the guest Wi-Fi password is printed on the sticker under the router."));

        // Hashes, ids and encoded non-secrets
        c.add(neg("r5h-neg-poetry-lock", "[[package]]\nname = \"httpx\"\nversion = \"0.27.0\"\nfiles = [\n"
                + "    {file = \"httpx-0.27.0-py3-none-any.whl\", hash = \"sha256:" + rnd(r, HEX, 64) + "\"},\n]\n\n"
                + "[metadata]\ncontent-hash = \"" + rnd(r, HEX, 64) + "\"\n"));
        c.add(neg("r5h-neg-composer-lock", "\"source\": {\n    \"type\": \"git\",\n    \"url\": \"https://github.com/"
                + "guzzle/guzzle.git\",\n    \"reference\": \"" + rnd(r, HEX, 40) + "\"\n}"));
        c.add(neg("r5h-neg-nix-hash", "src = fetchFromGitHub {\n  owner = \"acme\";\n  repo = \"cli\";\n  rev = \"v2.1.0\";\n"
                + "  hash = \"sha256-" + b64(randomBytes(r, 32)) + "\";\n};"));
        c.add(neg("r5h-neg-git-submodule-status", "$ git submodule status\n " + rnd(r, HEX, 40)
                + " vendor/protobuf (v25.3)\n+" + rnd(r, HEX, 40) + " vendor/abseil (20240116.1-12-g"
                + rnd(r, HEX, 7) + ")"));
        c.add(neg("r5h-neg-docker-build-log", "#7 [2/5] RUN apt-get update\n#7 sha256:" + rnd(r, HEX, 64)
                + " 12.4MB / 31.2MB 1.8s\n#7 DONE 4.1s"));
        c.add(neg("r5h-neg-invoice-uuid-url", "Your invoice is ready: https://billing.acme.io/invoices/" + uuid(r)
                + "?download=pdf"));
        c.add(neg("r5h-neg-base64-prefs-cookie", "Set-Cookie: ui_prefs=" + b64url("{\"theme\":\"dark\",\"lang\":"
                + "\"en\",\"sidebar\":\"collapsed\",\"tz\":\"Europe/Paris\"}") + "; Path=/; SameSite=Lax"));
        c.add(neg("r5h-neg-jwt-header-doc", "A JWT header such as eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 decodes to "
                + "{\"alg\":\"HS256\",\"typ\":\"JWT\"}; the payload and signature follow after dots."));
        c.add(neg("r5h-neg-csp-nonce", "Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-"
                + b64(randomBytes(r, 16)) + "'"));
        c.add(neg("r5h-neg-sentry-release-sha", "SENTRY_RELEASE=" + rnd(r, HEX, 40) + "\nSENTRY_ENVIRONMENT=production"));
        c.add(neg("r5h-neg-azure-openai-endpoint", "AZURE_OPENAI_ENDPOINT=https://acme-eu.openai.azure.com/\n"
                + "AZURE_OPENAI_DEPLOYMENT=gpt-4o-mini\nAZURE_OPENAI_API_VERSION=2024-10-21\n"));
        c.add(neg("r5h-neg-iam-role-arn", "assumed role arn:aws:sts::123456789012:assumed-role/gha-deploy/"
                + "GitHubActions-" + rnd(r, DIGITS, 10) + " (session " + rnd(r, UHEX, 16) + ")"));
        return c;
    }
}
