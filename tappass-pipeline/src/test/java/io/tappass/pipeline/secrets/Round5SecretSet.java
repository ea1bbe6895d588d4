package io.tappass.pipeline.secrets;

import static io.tappass.pipeline.secrets.BlindSecretSet.b64bytes;
import static io.tappass.pipeline.secrets.BlindSecretSet.b64urlBytes;
import static io.tappass.pipeline.secrets.BlindSecretSet.neg;
import static io.tappass.pipeline.secrets.BlindSecretSet.password;
import static io.tappass.pipeline.secrets.BlindSecretSet.pos;
import static io.tappass.pipeline.secrets.BlindSecretSet.uuid;
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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * Round-5 blind set for detect_secrets, written by a helper session that did not read the rules, before any rule
 * change of the round. Every value is generated at run time; none is real.
 *
 * <p>Positives are credential formats built from public vendor documentation (prefixes, lengths, alphabets and,
 * where documented, checksums such as the CRC32/base62 suffix of GitHub and npm tokens) in realistic carriers:
 * {@code .env}, shell, docker-compose, Kubernetes, Terraform, CI files, curl, source code in several languages,
 * JSON, logs, chat, URLs and PEM blocks. The {@code secret} of a case is the narrowest part of the text that is the
 * credential (a password inside a URL, the key inside a connection string, the body of a PEM block). Negatives are
 * look-alikes: placeholders, masked values, public keys and identifiers that vendors document as public, hashes,
 * ids, encoded media, encrypted blobs, references to secrets and credential-free URLs.
 */
final class Round5SecretSet {

    private Round5SecretSet() {
    }

    /** Placeholder marker of {@link BlindSecretSet#pos}: replaced by the secret. */
    static final String S = "\u00a7";

    static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    static final String LETTERS = UPPER + LOWER;
    static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    // ---------------------------------------------------------------------------------------------------------
    // Encoding helpers
    // ---------------------------------------------------------------------------------------------------------

    static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] hexBytes(String hex) {
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    static String b64url(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Wraps base64 text at {@code width} columns, joined by {@code sep} (a newline, or a literal backslash-n). */
    static String wrap(String s, int width, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i += width) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(s, i, Math.min(s.length(), i + width));
        }
        return sb.toString();
    }

    static String base62(long v, int width) {
        StringBuilder sb = new StringBuilder();
        while (v > 0) {
            sb.append(BASE62.charAt((int) (v % 62)));
            v /= 62;
        }
        while (sb.length() < width) {
            sb.append('0');
        }
        return sb.reverse().toString();
    }

    static String crc32Base62(String s) {
        CRC32 c = new CRC32();
        c.update(s.getBytes(StandardCharsets.US_ASCII));
        return base62(c.getValue(), 6);
    }

    static String urlEncodeB64(String s) {
        return s.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
    }

    static String digitsNoLeadingZero(Random r, int n) {
        return (1 + r.nextInt(9)) + rnd(r, DIGITS, n - 1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Token generators (each names the public documentation of its format)
    // ---------------------------------------------------------------------------------------------------------

    // GitHub blog "Behind GitHub's new authentication token formats" (2021-04): prefix + 30 base62 + base62 CRC32 (6).
    static String github(Random r, String prefix) {
        String body = rnd(r, ALNUM, 30);
        return prefix + body + crc32Base62(body);
    }

    // GitHub Docs "Managing your personal access tokens" (fine-grained): github_pat_ + 22 base62 + "_" + 59 base62.
    static String githubFineGrained(Random r) {
        return "github_pat_" + rnd(r, ALNUM, 22) + "_" + rnd(r, ALNUM, 59);
    }

    // GitHub changelog "npm access tokens" (2021-09): npm_ + 30 base62 + base62 CRC32 (6), same scheme as GitHub.
    static String npm(Random r) {
        String body = rnd(r, ALNUM, 30);
        return "npm_" + body + crc32Base62(body);
    }

    // GitLab Docs "Token overview / Token prefixes": glpat-, glrt-, gldt- followed by 20 url-safe characters.
    static String gitlab(Random r, String prefix) {
        return prefix + rnd(r, URLSAFE, 20);
    }

    // Slack API docs "Token types": xoxb-<team id digits>-<bot id digits>-<24 alnum>.
    static String slackBot(Random r) {
        return "xoxb-" + digitsNoLeadingZero(r, 12) + "-" + digitsNoLeadingZero(r, 13) + "-" + rnd(r, ALNUM, 24);
    }

    // Slack API docs "Token types": xoxp-<digits>-<digits>-<digits>-<32 hex>.
    static String slackUser(Random r) {
        return "xoxp-" + digitsNoLeadingZero(r, 12) + "-" + digitsNoLeadingZero(r, 12) + "-"
                + digitsNoLeadingZero(r, 13) + "-" + rnd(r, HEX, 32);
    }

    // Slack API docs "Sending messages using incoming webhooks": hooks.slack.com/services/T…/B…/<24 alnum>.
    static String slackWebhookSecret(Random r) {
        return rnd(r, ALNUM, 24);
    }

    // Stripe Docs "API keys": sk_live_/rk_live_ + account-scoped base62 body (51… keys are 107 characters).
    static String stripe(Random r, String prefix) {
        return prefix + "51" + rnd(r, ALNUM, 97);
    }

    // Stripe Docs "Check the webhook signatures": endpoint secret whsec_ + 32 base62.
    static String stripeWebhook(Random r) {
        return "whsec_" + rnd(r, ALNUM, 32);
    }

    // Twilio Docs "Auth Tokens and how to change them": 32 lowercase hex; Account SID is AC + 32 hex.
    static String twilioAuthToken(Random r) {
        return rnd(r, HEX, 32);
    }

    // SendGrid Docs "API Keys": SG.<22 url-safe id>.<43 url-safe secret>.
    static String sendgrid(Random r) {
        return "SG." + rnd(r, URLSAFE, 22) + "." + rnd(r, URLSAFE, 43);
    }

    // Mailgun Docs "API keys" (legacy private key): key- + 32 hex.
    static String mailgun(Random r) {
        return "key-" + rnd(r, HEX, 32);
    }

    // Mailchimp Marketing API "Quick start": 32 hex + "-us" + datacenter number.
    static String mailchimp(Random r) {
        return rnd(r, HEX, 32) + "-us" + (1 + r.nextInt(21));
    }

    // Shopify Dev Docs "Access tokens": shpat_/shpss_/shpca_ + 32 hex.
    static String shopify(Random r, String prefix) {
        return prefix + rnd(r, HEX, 32);
    }

    // Atlassian Support "Manage API tokens for your Atlassian account": ATATT3xFfGF0… with an "=" + 8 hex tail.
    static String atlassian(Random r) {
        return "ATATT3xFfGF0" + rnd(r, URLSAFE, 171) + "=" + rnd(r, UHEX, 8);
    }

    // Notion Developers "Authorization" (internal integration secret): legacy secret_ + 43 base62.
    static String notionLegacy(Random r) {
        return "secret_" + rnd(r, ALNUM, 43);
    }

    // Notion Developers changelog (2024-09) "new token format": ntn_ + 11 digits + 35 base62.
    static String notionNtn(Random r) {
        return "ntn_" + rnd(r, DIGITS, 11) + rnd(r, ALNUM, 35);
    }

    // Linear Developers "Personal API keys": lin_api_ + 40 base62.
    static String linear(Random r) {
        return "lin_api_" + rnd(r, ALNUM, 40);
    }

    // Airtable Support "Creating personal access tokens": pat + 14 base62 + "." + 64 hex.
    static String airtable(Random r) {
        return "pat" + rnd(r, ALNUM, 14) + "." + rnd(r, HEX, 64);
    }

    // HubSpot Developers "Private apps": access token pat-<region>-<uuid>.
    static String hubspot(Random r) {
        return "pat-na1-" + uuid(r);
    }

    // Datadog Docs "API and Application Keys": API key 32 hex, application key 40 hex.
    static String datadogApiKey(Random r) {
        return rnd(r, HEX, 32);
    }

    // Datadog Docs "API and Application Keys": application key 40 hex.
    static String datadogAppKey(Random r) {
        return rnd(r, HEX, 40);
    }

    // New Relic Docs "New Relic API keys": user key NRAK- + 27 upper alnum.
    static String newRelicUser(Random r) {
        return "NRAK-" + rnd(r, UPPER_ALNUM, 27);
    }

    // New Relic Docs "New Relic API keys": license key 40 characters ending NRAL.
    static String newRelicLicense(Random r) {
        return rnd(r, HEX, 36) + "NRAL";
    }

    // Sentry Docs "Auth Tokens": user auth token sntryu_ + 64 hex.
    static String sentryUser(Random r) {
        return "sntryu_" + rnd(r, HEX, 64);
    }

    // PagerDuty Developer Docs "API Access Keys": 20-character REST key used as "Token token=…".
    static String pagerduty(Random r) {
        return rnd(r, LETTERS, 1) + rnd(r, ALNUM + "_+-", 19);
    }

    // Okta Developer "Create an API token": 42-character token starting 00, sent as "SSWS <token>".
    static String okta(Random r) {
        return "00" + rnd(r, URLSAFE, 40);
    }

    // Auth0 Docs "Application Settings": client secret, 64 url-safe characters.
    static String auth0ClientSecret(Random r) {
        return rnd(r, URLSAFE, 64);
    }

    // Cloudflare Docs "Create API token": 40 url-safe characters, sent as a Bearer token.
    static String cloudflareToken(Random r) {
        return rnd(r, URLSAFE, 40);
    }

    // Cloudflare Docs "Global API key": 37 lowercase hex, sent as X-Auth-Key.
    static String cloudflareGlobalKey(Random r) {
        return rnd(r, HEX, 37);
    }

    // DigitalOcean Docs "How to Create a Personal Access Token": dop_v1_ + 64 hex.
    static String digitalocean(Random r) {
        return "dop_v1_" + rnd(r, HEX, 64);
    }

    // Heroku Dev Center "Heroku API token format change" (2024): HRKU-AA + 58 url-safe.
    static String heroku(Random r) {
        return "HRKU-AA" + rnd(r, URLSAFE, 58);
    }

    // Vercel Docs "Creating an access token": 24 base62 characters.
    static String vercel(Random r) {
        return rnd(r, ALNUM, 24);
    }

    // Netlify Docs "Personal access tokens": nfp_ + 36 base62.
    static String netlify(Random r) {
        return "nfp_" + rnd(r, ALNUM, 36);
    }

    // Supabase Docs "API keys" (legacy JWT keys): HS256 JWT with role service_role.
    static String supabaseJwt(Random r, String role) {
        String payload = "{\"iss\":\"supabase\",\"ref\":\"" + rnd(r, LOWER, 20) + "\",\"role\":\"" + role
                + "\",\"iat\":" + (1690000000 + r.nextInt(50000000)) + ",\"exp\":" + (2000000000 + r.nextInt(90000000))
                + "}";
        return b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64url(payload) + "." + b64urlBytes(r, 32);
    }

    // Supabase Docs "API keys" (2025): secret keys sb_secret_…, publishable keys sb_publishable_….
    static String supabaseNew(Random r, String prefix) {
        return prefix + rnd(r, URLSAFE, 22) + "_" + rnd(r, ALNUM, 8);
    }

    // Firebase Cloud Messaging legacy "Server key": AAAA + 7 url-safe + ":" + 140 url-safe (APA91b…).
    static String fcmServerKey(Random r) {
        return "AAAA" + rnd(r, URLSAFE, 7) + ":APA91b" + rnd(r, URLSAFE, 134);
    }

    // OpenAI Help "API key formats": sk-proj-/sk-svcacct- keys with the T3BlbkFJ marker in the middle.
    static String openaiProject(Random r, String prefix) {
        return prefix + rnd(r, URLSAFE, 74) + "T3BlbkFJ" + rnd(r, URLSAFE, 74);
    }

    // OpenAI legacy user key: sk- + 20 base62 + T3BlbkFJ + 20 base62.
    static String openaiLegacy(Random r) {
        return "sk-" + rnd(r, ALNUM, 20) + "T3BlbkFJ" + rnd(r, ALNUM, 20);
    }

    // Anthropic Docs "API keys": sk-ant-api03-/sk-ant-admin01- + 93 url-safe + "AA".
    static String anthropic(Random r, String prefix) {
        return prefix + rnd(r, URLSAFE, 93) + "AA";
    }

    // Hugging Face Docs "User access tokens": hf_ + 34 letters.
    static String huggingface(Random r) {
        return "hf_" + rnd(r, LETTERS, 34);
    }

    // Cohere Docs "API keys": 40 base62 characters, no prefix.
    static String cohere(Random r) {
        return rnd(r, ALNUM, 40);
    }

    // Replicate Docs "Authentication": r8_ + 37 base62.
    static String replicate(Random r) {
        return "r8_" + rnd(r, ALNUM, 37);
    }

    // Groq Console Docs "API keys": gsk_ + 52 base62.
    static String groq(Random r) {
        return "gsk_" + rnd(r, ALNUM, 52);
    }

    // Mistral AI Docs "Quickstart / API keys": 32 base62 characters, no prefix.
    static String mistral(Random r) {
        return rnd(r, ALNUM, 32);
    }

    // Pinecone Docs "Authentication": pcsk_ + short id + "_" + long base62 secret.
    static String pinecone(Random r) {
        return "pcsk_" + rnd(r, ALNUM, 6) + "_" + rnd(r, ALNUM, 63);
    }

    // Bitbucket Cloud Support "App passwords": ATBB + 32 base62 + 8 hex checksum.
    static String bitbucketAppPassword(Random r) {
        return "ATBB" + rnd(r, ALNUM, 32) + rnd(r, UHEX, 8);
    }

    // PyPI Help "API tokens": pypi- + base64url macaroon starting AgEIcHlwaS5vcmc ("pypi.org").
    static String pypi(Random r) {
        return "pypi-AgEIcHlwaS5vcmcCJ" + rnd(r, URLSAFE, 157);
    }

    // RubyGems Guides "API key scopes": rubygems_ + 48 hex.
    static String rubygems(Random r) {
        return "rubygems_" + rnd(r, HEX, 48);
    }

    // Docker Docs "Manage access tokens": dckr_pat_ + 27 url-safe.
    static String dockerhub(Random r) {
        return "dckr_pat_" + rnd(r, URLSAFE, 27);
    }

    // HashiCorp Terraform Cloud Docs "API tokens": 14 base62 + ".atlasv1." + 67 base62.
    static String terraformCloud(Random r) {
        return rnd(r, ALNUM, 14) + ".atlasv1." + rnd(r, ALNUM, 67);
    }

    // HashiCorp Vault Docs "Tokens / Token prefixes": service token hvs. + protobuf base64url (CAES…).
    static String vaultService(Random r) {
        return "hvs.CAESI" + rnd(r, URLSAFE, 86);
    }

    // Doppler Docs "Service tokens": dp.st.<config>. + 40 base62.
    static String dopplerService(Random r, String config) {
        return "dp.st." + config + "." + rnd(r, ALNUM, 40);
    }

    // 1Password Developer "Service accounts": ops_ + base64url(JSON with signInAddress, srpX, muk, secretKey, …).
    static String onePasswordService(Random r) {
        String json = "{\"signInAddress\":\"my.1password.com\",\"userAuth\":{\"method\":\"SRPg-4096\",\"alg\":"
                + "\"PBES2g-HS256\",\"iterations\":650000,\"salt\":\"" + b64urlBytes(r, 16) + "\"},\"email\":\""
                + rnd(r, LOWER_ALNUM, 13) + "@1passwordserviceaccounts.com\",\"srpX\":\"" + rnd(r, HEX, 64)
                + "\",\"muk\":{\"alg\":\"A256GCM\",\"ext\":true,\"k\":\"" + b64urlBytes(r, 32)
                + "\",\"key_ops\":[\"encrypt\",\"decrypt\"],\"kty\":\"oct\",\"kid\":\"mp\"},\"secretKey\":\"A3-"
                + rnd(r, UPPER_ALNUM, 6) + "-" + rnd(r, UPPER_ALNUM, 6) + "-" + rnd(r, UPPER_ALNUM, 5) + "-"
                + rnd(r, UPPER_ALNUM, 5) + "-" + rnd(r, UPPER_ALNUM, 5) + "-" + rnd(r, UPPER_ALNUM, 5)
                + "\",\"throttleSecret\":{\"seed\":\"" + rnd(r, HEX, 64) + "\",\"uuid\":\"" + rnd(r, UPPER_ALNUM, 26)
                + "\"},\"deviceUuid\":\"" + rnd(r, LOWER_ALNUM, 26) + "\"}";
        return "ops_" + b64url(json);
    }

    // Postman Learning Center "Generate an API key": PMAK- + 24 hex + "-" + 34 hex.
    static String postman(Random r) {
        return "PMAK-" + rnd(r, HEX, 24) + "-" + rnd(r, HEX, 34);
    }

    // Figma Developers "Personal access tokens": figd_ + 40 url-safe.
    static String figma(Random r) {
        return "figd_" + rnd(r, URLSAFE, 40);
    }

    // Discord Developer Docs "Webhook resource": /api/webhooks/<snowflake>/<68-character token>.
    static String discordWebhookToken(Random r) {
        return rnd(r, URLSAFE, 68);
    }

    // Telegram Bot API "Authorizing your bot": <bot id>:<35 url-safe starting AA>.
    static String telegramSecretPart(Random r) {
        return "AA" + rnd(r, URLSAFE, 33);
    }

    // Square Developer "Access tokens": production access token EAAA + 60 url-safe.
    static String square(Random r) {
        return "EAAA" + rnd(r, URLSAFE, 60);
    }

    // Braintree Developer "PayPal/Braintree access tokens": access_token$production$<16>$<32 hex>.
    static String braintree(Random r) {
        return "access_token$production$" + rnd(r, LOWER_ALNUM, 16) + "$" + rnd(r, HEX, 32);
    }

    // Plaid Docs "Keys": secret 30 hex per environment.
    static String plaidSecret(Random r) {
        return rnd(r, HEX, 30);
    }

    // Plaid Docs "/item/public_token/exchange": access-<environment>-<uuid>.
    static String plaidAccessToken(Random r) {
        return "access-production-" + uuid(r);
    }

    // Alchemy Docs "Create an API key": 32 url-safe characters in the RPC URL path.
    static String alchemy(Random r) {
        return rnd(r, URLSAFE, 32);
    }

    // Infura Docs "API key secret": 32 hex, sent as the basic-auth password.
    static String infuraSecret(Random r) {
        return rnd(r, HEX, 32);
    }

    // AWS IAM User Guide "Managing access keys": AKIA/ASIA + 16 base32 id, 40-character secret.
    static String awsKeyId(Random r, String prefix) {
        return prefix + rnd(r, BASE32, 16);
    }

    // AWS IAM User Guide "Managing access keys": secret access key, 40 base64 characters.
    static String awsSecret(Random r) {
        return rnd(r, B64, 40);
    }

    // AWS STS "GetSessionToken" response: session token, long base64 starting IQoJb3JpZ2luX2Vj ("origin_ec").
    static String awsSessionToken(Random r) {
        return "IQoJb3JpZ2luX2VjE" + rnd(r, LETTERS, 2) + "//////////wEaCXVzLWVhc3QtMSJHMEUCIQ" + rnd(r, B64, 560)
                + "=";
    }

    // Azure Storage Docs "Configure a connection string": AccountKey is base64 of 64 bytes (88 characters).
    static String azureStorageKey(Random r) {
        return b64(randomBytes(r, 64));
    }

    // Azure Storage Docs "Create a service SAS": sig is base64 HMAC-SHA256 (44 chars), URL-encoded in the URL.
    static String azureSasSig(Random r) {
        return urlEncodeB64(b64(randomBytes(r, 32)));
    }

    // Microsoft Entra Docs "Add a client secret": 40 characters with the "8Q~" version marker at position 4.
    static String azureClientSecret(Random r) {
        return rnd(r, ALNUM + "_~.", 3) + "8Q~" + rnd(r, ALNUM + "_~.-", 34);
    }

    // Google Cloud Docs "Create and delete service account keys": PKCS#8 RSA PEM in private_key.
    static String pkcs8RsaBody(Random r, String sep) {
        byte[] prefix = hexBytes("308204be020100300d06092a864886f70d0101010500048204a8308204a4020100028201010"
                + "0");
        return wrap(b64(concat(prefix, randomBytes(r, 1218 - prefix.length))), 64, sep);
    }

    // RFC 8017 / OpenSSL "genrsa": PKCS#1 RSAPrivateKey DER (MIIEpAIBAAKCAQEA…).
    static String pkcs1RsaBody(Random r) {
        byte[] prefix = hexBytes("308204a40201000282010100");
        return wrap(b64(concat(prefix, randomBytes(r, 1192 - prefix.length))), 64, "\n");
    }

    // RFC 5915 / OpenSSL "ecparam -genkey": SEC1 ECPrivateKey for prime256v1 (MHcCAQEE…).
    static String ecP256Body(Random r, String sep) {
        byte[] der = concat(hexBytes("30770201010420"), randomBytes(r, 32),
                hexBytes("a00a06082a8648ce3d030107a144034200" + "04"), randomBytes(r, 64));
        return wrap(b64(der), 64, sep);
    }

    // OpenSSH PROTOCOL.key: "openssh-key-v1\0" + cipher none + ed25519 public/private sections, wrapped at 70.
    static String opensshEd25519Body(Random r) {
        byte[] head = concat("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII),
                hexBytes("000000046e6f6e65000000046e6f6e650000000000000001000000330000000b"),
                "ssh-ed25519".getBytes(StandardCharsets.US_ASCII), hexBytes("00000020"));
        return wrap(b64(concat(head, randomBytes(r, 32), hexBytes("00000088"), randomBytes(r, 136))), 70, "\n");
    }

    // RFC 7519 (JWT): base64url(header).base64url(payload).base64url(HMAC-SHA256 signature).
    static String jwt(Random r, String payloadJson) {
        return b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64url(payloadJson) + "." + b64urlBytes(r, 32);
    }

    // Google Identity "OAuth client secrets": GOCSPX- + 28 url-safe.
    static String googleClientSecret(Random r) {
        return "GOCSPX-" + rnd(r, URLSAFE, 28);
    }

    // Google Cloud Docs "API keys": AIza + 35 url-safe.
    static String googleApiKey(Random r) {
        return "AIza" + rnd(r, URLSAFE, 35);
    }

    // Dropbox Developers "OAuth Guide": short-lived access token sl. + long url-safe body.
    static String dropbox(Random r) {
        return "sl.B" + rnd(r, URLSAFE, 134);
    }

    // Mapbox Docs "Access tokens": sk./pk. + base64url({"u":user,"a":id}) + "." + 22 url-safe.
    static String mapbox(Random r, String prefix) {
        return prefix + b64url("{\"u\":\"" + rnd(r, LOWER, 8) + "\",\"a\":\"cl" + rnd(r, LOWER_ALNUM, 23) + "\"}")
                + "." + rnd(r, URLSAFE, 22);
    }

    // Grafana Docs "Service account tokens": glsa_ + 32 base62 + "_" + 8 hex checksum.
    static String grafanaSa(Random r) {
        return "glsa_" + rnd(r, ALNUM, 32) + "_" + rnd(r, HEX, 8);
    }

    // Databricks Docs "Personal access token authentication": dapi + 32 hex.
    static String databricks(Random r) {
        return "dapi" + rnd(r, HEX, 32);
    }

    // age specification (age-encryption.org/v1): AGE-SECRET-KEY-1 + 58 upper-case bech32 characters.
    static String ageSecret(Random r) {
        return "AGE-SECRET-KEY-1" + rnd(r, BECH32.toUpperCase(), 58);
    }

    // SonarQube Docs "Generating and using tokens": project analysis token sqp_ + 40 hex.
    static String sonar(Random r) {
        return "sqp_" + rnd(r, HEX, 40);
    }

    // Tailscale Docs "Auth keys": tskey-auth-<id>CNTRL-<secret>.
    static String tailscale(Random r) {
        return "tskey-auth-k" + rnd(r, ALNUM, 10) + "CNTRL-" + rnd(r, ALNUM, 33);
    }

    // LangSmith Docs "Create an API key": lsv2_pt_ + 32 hex + "_" + 10 hex.
    static String langsmith(Random r) {
        return "lsv2_pt_" + rnd(r, HEX, 32) + "_" + rnd(r, HEX, 10);
    }

    // xAI Docs "API keys": xai- + 80 base62.
    static String xai(Random r) {
        return "xai-" + rnd(r, ALNUM, 80);
    }

    // Perplexity Docs "API key": pplx- + 48 base62.
    static String perplexity(Random r) {
        return "pplx-" + rnd(r, ALNUM, 48);
    }

    // ElevenLabs Docs "Authentication": sk_ + 48 hex.
    static String elevenlabs(Random r) {
        return "sk_" + rnd(r, HEX, 48);
    }

    // Brevo (Sendinblue) Help "API keys": xkeysib- + 64 hex + "-" + 16 base62.
    static String brevo(Random r) {
        return "xkeysib-" + rnd(r, HEX, 64) + "-" + rnd(r, ALNUM, 16);
    }

    // Contentful Docs "Personal access tokens": CFPAT- + 43 url-safe.
    static String contentful(Random r) {
        return "CFPAT-" + rnd(r, URLSAFE, 43);
    }

    // PlanetScale Docs "Service tokens": pscale_tkn_ + 43 url-safe.
    static String planetscale(Random r) {
        return "pscale_tkn_" + rnd(r, URLSAFE, 43);
    }

    // Pulumi Docs "Access tokens": pul- + 40 hex.
    static String pulumi(Random r) {
        return "pul-" + rnd(r, HEX, 40);
    }

    // Buildkite Docs "API access tokens": bkua_ + 40 hex.
    static String buildkite(Random r) {
        return "bkua_" + rnd(r, HEX, 40);
    }

    // Dynatrace Docs "Access tokens / Token format": dt0c01.<24 public id>.<64 secret>.
    static String dynatrace(Random r) {
        return "dt0c01." + rnd(r, UPPER_ALNUM, 24) + "." + rnd(r, UPPER_ALNUM, 64);
    }

    // Square Developer "Application credentials": production application secret sq0csp- + 43 url-safe.
    static String squareAppSecret(Random r) {
        return "sq0csp-" + rnd(r, URLSAFE, 43);
    }

    /** A high-entropy generated password as a secret manager would create it. */
    static String strongPassword(Random r) {
        return rnd(r, ALNUM, 6) + rnd(r, "!@#%^*_-", 1) + rnd(r, ALNUM, 13) + rnd(r, DIGITS, 2);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Positives
    // ---------------------------------------------------------------------------------------------------------

    static List<BlindSecretSet.Case> positives(Random r) {
        List<BlindSecretSet.Case> c = new ArrayList<>();

        // GitHub
        c.add(pos("r5-github-pat-env", "# local dev only\nGITHUB_TOKEN=" + S + "\nGITHUB_OWNER=acme-corp\n",
                github(r, "ghp_")));
        c.add(pos("r5-github-oauth-curl", "curl -sS -H \"Authorization: token " + S
                + "\" -H \"Accept: application/vnd.github+json\" https://api.github.com/user/repos", github(r, "gho_")));
        c.add(pos("r5-github-installation-log", "2025-03-14T09:12:44.871Z INFO  app.auth  minted installation token "
                + S + " for installation_id=41872233 expires_at=2025-03-14T10:12:44Z", github(r, "ghs_")));
        c.add(pos("r5-github-finegrained-actions", "jobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n"
                + "      GH_PAT: " + S + "\n    steps:\n      - uses: actions/checkout@v4\n", githubFineGrained(r)));
        c.add(pos("r5-github-user-json", "{\n  \"access_token\": \"" + S
                + "\",\n  \"expires_in\": 28800,\n  \"token_type\": \"bearer\",\n  \"scope\": \"\"\n}",
                github(r, "ghu_")));

        // GitLab
        c.add(pos("r5-gitlab-pat-clone", "git clone https://oauth2:" + S + "@gitlab.com/acme/platform/infra.git",
                gitlab(r, "glpat-")));
        c.add(pos("r5-gitlab-runner-toml", "[[runners]]\n  name = \"docker-runner-01\"\n  url = \"https://gitlab.com\"\n"
                + "  token = \"" + S + "\"\n  executor = \"docker\"\n", gitlab(r, "glrt-")));
        c.add(pos("r5-gitlab-deploy-token-ci", "deploy:\n  stage: deploy\n  script:\n"
                + "    - docker login -u gitlab+deploy-token-12 -p " + S + " registry.gitlab.com\n",
                gitlab(r, "gldt-")));

        // Slack
        c.add(pos("r5-slack-bot-python", "from slack_sdk import WebClient\n\nclient = WebClient(token=\"" + S
                + "\")\nclient.chat_postMessage(channel=\"#deploys\", text=\"done\")\n", slackBot(r)));
        c.add(pos("r5-slack-user-chat", "ok I generated a user token for the migration script, it's " + S
                + " — please don't share it outside this DM", slackUser(r)));
        c.add(pos("r5-slack-webhook-js", "await fetch(\"https://hooks.slack.com/services/T0" + rnd(r, UPPER_ALNUM, 8)
                + "/B0" + rnd(r, UPPER_ALNUM, 9) + "/" + S + "\", {\n  method: \"POST\",\n  body: JSON.stringify({ text })\n});",
                slackWebhookSecret(r)));

        // Stripe
        c.add(pos("r5-stripe-secret-node", "const stripe = require('stripe')('" + S + "');\n", stripe(r, "sk_live_")));
        c.add(pos("r5-stripe-restricted-k8s", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing\ntype: Opaque\n"
                + "stringData:\n  STRIPE_API_KEY: " + S + "\n", stripe(r, "rk_live_")));
        c.add(pos("r5-stripe-webhook-env", "STRIPE_WEBHOOK_SECRET=" + S + "\n", stripeWebhook(r)));

        // Messaging / email
        c.add(pos("r5-twilio-auth-python", "from twilio.rest import Client\nclient = Client(\"AC" + rnd(r, HEX, 32)
                + "\", \"" + S + "\")\n", twilioAuthToken(r)));
        c.add(pos("r5-sendgrid-compose", "services:\n  mailer:\n    image: acme/mailer:2.3\n    environment:\n"
                + "      - SENDGRID_API_KEY=" + S + "\n", sendgrid(r)));
        c.add(pos("r5-mailgun-curl", "curl -s --user 'api:" + S + "' https://api.mailgun.net/v3/mg.acme.io/messages "
                + "-F from='ops@acme.io' -F to=oncall@acme.io -F subject='test'", mailgun(r)));
        c.add(pos("r5-mailchimp-json", "{\n  \"mailchimp\": {\n    \"apikey\": \"" + S
                + "\",\n    \"list_id\": \"a1b2c3d4e5\"\n  }\n}", mailchimp(r)));
        c.add(pos("r5-brevo-php", "$config = Brevo\\Client\\Configuration::getDefaultConfiguration()"
                + "->setApiKey('api-key', '" + S + "');", brevo(r)));
        c.add(pos("r5-telegram-bot-python", "import telebot\nbot = telebot.TeleBot(\"" + digitsNoLeadingZero(r, 10) + ":"
                + S + "\")\n", telegramSecretPart(r)));
        c.add(pos("r5-discord-webhook-env", "DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/"
                + digitsNoLeadingZero(r, 19) + "/" + S + "\n", discordWebhookToken(r)));

        // Commerce / payments
        c.add(pos("r5-shopify-admin-ruby", "session = ShopifyAPI::Auth::Session.new(\n  shop: \"acme-store.myshopify.com\",\n"
                + "  access_token: \"" + S + "\"\n)", shopify(r, "shpat_")));
        c.add(pos("r5-shopify-shared-secret-env", "SHOPIFY_API_KEY=" + rnd(r, HEX, 32) + "\nSHOPIFY_API_SECRET=" + S
                + "\n", shopify(r, "shpss_")));
        c.add(pos("r5-square-access-token", "export SQUARE_ENVIRONMENT=production\nexport SQUARE_ACCESS_TOKEN=" + S
                + "\n", square(r)));
        c.add(pos("r5-square-app-secret-yaml", "square:\n  application_id: sq0idp-" + rnd(r, URLSAFE, 22)
                + "\n  application_secret: " + S + "\n", squareAppSecret(r)));
        c.add(pos("r5-braintree-access-token", "gateway = braintree.BraintreeGateway(access_token=\"" + S + "\")",
                braintree(r)));
        c.add(pos("r5-plaid-secret-env", "PLAID_CLIENT_ID=" + rnd(r, HEX, 24) + "\nPLAID_SECRET=" + S
                + "\nPLAID_ENV=production\n", plaidSecret(r)));
        c.add(pos("r5-plaid-access-token-json", "{\"item_id\":\"" + rnd(r, ALNUM, 37) + "\",\"access_token\":\"" + S
                + "\",\"request_id\":\"" + rnd(r, ALNUM, 15) + "\"}", plaidAccessToken(r)));
        c.add(pos("r5-coinbase-cdp-json", "{\n   \"name\": \"organizations/" + uuid(r) + "/apiKeys/" + uuid(r)
                + "\",\n   \"privateKey\": \"-----BEGIN EC PRIVATE KEY-----\\n" + S
                + "\\n-----END EC PRIVATE KEY-----\\n\"\n}", ecP256Body(r, "\\n")));

        // Productivity SaaS
        c.add(pos("r5-atlassian-token-curl", "curl --request GET --url 'https://acme.atlassian.net/rest/api/3/myself' "
                + "--user 'jane.doe@acme.io:" + S + "' --header 'Accept: application/json'", atlassian(r)));
        c.add(pos("r5-notion-legacy-js", "const notion = new Client({ auth: \"" + S + "\" });", notionLegacy(r)));
        c.add(pos("r5-notion-ntn-env", "NOTION_TOKEN=" + S + "\nNOTION_DATABASE_ID=" + rnd(r, HEX, 32) + "\n",
                notionNtn(r)));
        c.add(pos("r5-linear-graphql-curl", "curl -X POST https://api.linear.app/graphql -H \"Content-Type: "
                + "application/json\" -H \"Authorization: " + S + "\" --data '{ \"query\": \"{ viewer { id } }\" }'",
                linear(r)));
        c.add(pos("r5-airtable-pat-python", "api = Api(\"" + S + "\")\ntable = api.table(\"app" + rnd(r, ALNUM, 14)
                + "\", \"Leads\")", airtable(r)));
        c.add(pos("r5-hubspot-private-app-yaml", "integrations:\n  hubspot:\n    portal_id: 24817733\n"
                + "    access_token: " + S + "\n", hubspot(r)));
        c.add(pos("r5-postman-api-header", "GET https://api.getpostman.com/collections\nX-Api-Key: " + S + "\n",
                postman(r)));
        c.add(pos("r5-figma-token-shell", "curl -H 'X-Figma-Token: " + S + "' https://api.figma.com/v1/files/"
                + rnd(r, ALNUM, 22), figma(r)));
        c.add(pos("r5-dropbox-token-python", "dbx = dropbox.Dropbox(\"" + S + "\")", dropbox(r)));
        c.add(pos("r5-contentful-cma-env", "CONTENTFUL_MANAGEMENT_TOKEN=" + S + "\nCONTENTFUL_SPACE_ID="
                + rnd(r, LOWER_ALNUM, 12) + "\n", contentful(r)));

        // Observability
        c.add(pos("r5-datadog-helm-values", "datadog:\n  site: datadoghq.eu\n  apiKey: " + S
                + "\n  logs:\n    enabled: true\n", datadogApiKey(r)));
        c.add(pos("r5-datadog-app-key-env", "DD_API_KEY=${DD_API_KEY}\nDD_APP_KEY=" + S + "\n", datadogAppKey(r)));
        c.add(pos("r5-newrelic-user-key", "export NEW_RELIC_API_KEY=" + S + "\nexport NEW_RELIC_ACCOUNT_ID=3141592\n",
                newRelicUser(r)));
        c.add(pos("r5-newrelic-license-yml", "common: &default_settings\n  license_key: '" + S
                + "'\n  app_name: checkout-service\n", newRelicLicense(r)));
        c.add(pos("r5-sentry-user-token-rc", "[defaults]\norg = acme\nproject = web\n\n[auth]\ntoken=" + S + "\n",
                sentryUser(r)));
        c.add(pos("r5-sentry-legacy-dsn-secret", "SENTRY_DSN=https://" + rnd(r, HEX, 32) + ":" + S
                + "@sentry.acme.internal/12\n", rnd(r, HEX, 32)));
        c.add(pos("r5-pagerduty-rest-curl", "curl -H 'Accept: application/vnd.pagerduty+json;version=2' -H "
                + "'Authorization: Token token=" + S + "' 'https://api.pagerduty.com/incidents?statuses[]=triggered'",
                pagerduty(r)));
        c.add(pos("r5-grafana-sa-token-tf", "provider \"grafana\" {\n  url  = \"https://acme.grafana.net/\"\n"
                + "  auth = \"" + S + "\"\n}", grafanaSa(r)));
        c.add(pos("r5-dynatrace-token-header", "Authorization: Api-Token " + S, dynatrace(r)));

        // Identity
        c.add(pos("r5-okta-ssws-header", "GET /api/v1/users?limit=25 HTTP/1.1\nHost: acme.okta.com\n"
                + "Authorization: SSWS " + S + "\nAccept: application/json\n", okta(r)));
        c.add(pos("r5-auth0-client-secret-env", "AUTH0_DOMAIN=acme.eu.auth0.com\nAUTH0_CLIENT_ID=" + rnd(r, ALNUM, 32)
                + "\nAUTH0_CLIENT_SECRET=" + S + "\n", auth0ClientSecret(r)));
        c.add(pos("r5-google-oauth-client-json", "{\"web\":{\"client_id\":\"" + digitsNoLeadingZero(r, 12) + "-"
                + rnd(r, LOWER_ALNUM, 32) + ".apps.googleusercontent.com\",\"project_id\":\"acme-web\","
                + "\"auth_uri\":\"https://accounts.google.com/o/oauth2/auth\",\"client_secret\":\"" + S
                + "\",\"redirect_uris\":[\"https://acme.io/callback\"]}}", googleClientSecret(r)));

        // Hosting / infra
        c.add(pos("r5-cloudflare-token-tf", "provider \"cloudflare\" {\n  api_token = \"" + S + "\"\n}",
                cloudflareToken(r)));
        c.add(pos("r5-cloudflare-global-key-curl", "curl https://api.cloudflare.com/client/v4/zones "
                + "-H 'X-Auth-Email: admin@acme.io' -H 'X-Auth-Key: " + S + "'", cloudflareGlobalKey(r)));
        c.add(pos("r5-digitalocean-doctl", "$ doctl auth init --access-token " + S, digitalocean(r)));
        c.add(pos("r5-heroku-api-key-gha", "      - uses: akhileshns/heroku-deploy@v3.13.15\n        with:\n"
                + "          heroku_api_key: " + S + "\n          heroku_app_name: acme-api\n", heroku(r)));
        c.add(pos("r5-vercel-token-cli", "npx vercel deploy --prod --token " + S + " --yes", vercel(r)));
        c.add(pos("r5-netlify-token-toml", "[build.environment]\n  NETLIFY_AUTH_TOKEN = \"" + S + "\"\n", netlify(r)));
        c.add(pos("r5-supabase-service-role-env", "NEXT_PUBLIC_SUPABASE_URL=https://" + rnd(r, LOWER, 20)
                + ".supabase.co\nSUPABASE_SERVICE_ROLE_KEY=" + S + "\n", supabaseJwt(r, "service_role")));
        c.add(pos("r5-supabase-secret-key-py", "supabase = create_client(url, \"" + S + "\")",
                supabaseNew(r, "sb_secret_")));
        c.add(pos("r5-firebase-fcm-server-key", "curl -X POST https://fcm.googleapis.com/fcm/send "
                + "-H 'Authorization: key=" + S + "' -H 'Content-Type: application/json' -d @payload.json",
                fcmServerKey(r)));
        c.add(pos("r5-tailscale-authkey-compose", "  tailscale:\n    image: tailscale/tailscale:stable\n"
                + "    environment:\n      TS_AUTHKEY: " + S + "\n      TS_HOSTNAME: edge-01\n", tailscale(r)));
        c.add(pos("r5-databricks-pat-cfg", "[DEFAULT]\nhost  = https://adb-" + rnd(r, DIGITS, 16)
                + ".7.azuredatabricks.net\ntoken = " + S + "\n", databricks(r)));
        c.add(pos("r5-planetscale-token-env", "PLANETSCALE_SERVICE_TOKEN_ID=" + rnd(r, LOWER_ALNUM, 12)
                + "\nPLANETSCALE_SERVICE_TOKEN=" + S + "\n", planetscale(r)));
        c.add(pos("r5-pulumi-token-gitlab", "variables:\n  PULUMI_ACCESS_TOKEN: \"" + S + "\"\n", pulumi(r)));
        c.add(pos("r5-buildkite-token-curl", "curl -H \"Authorization: Bearer " + S
                + "\" https://api.buildkite.com/v2/organizations/acme/pipelines", buildkite(r)));
        c.add(pos("r5-sonar-token-maven", "mvn verify sonar:sonar -Dsonar.projectKey=acme_api "
                + "-Dsonar.host.url=https://sonar.acme.io -Dsonar.token=" + S, sonar(r)));

        // AI providers
        c.add(pos("r5-openai-project-python", "from openai import OpenAI\nclient = OpenAI(api_key=\"" + S + "\")\n",
                openaiProject(r, "sk-proj-")));
        c.add(pos("r5-openai-legacy-chat", "here's the key: " + S + " (it's on the team plan, so go easy)",
                openaiLegacy(r)));
        c.add(pos("r5-openai-svcacct-k8s", "env:\n  - name: OPENAI_API_KEY\n    value: \"" + S + "\"\n",
                openaiProject(r, "sk-svcacct-")));
        c.add(pos("r5-anthropic-env", "ANTHROPIC_API_KEY=" + S + "\nANTHROPIC_MODEL=claude-sonnet\n",
                anthropic(r, "sk-ant-api03-")));
        c.add(pos("r5-anthropic-admin-shell", "export ANTHROPIC_ADMIN_KEY=\"" + S + "\"",
                anthropic(r, "sk-ant-admin01-")));
        c.add(pos("r5-huggingface-cli", "huggingface-cli login --token " + S + " --add-to-git-credential",
                huggingface(r)));
        c.add(pos("r5-cohere-python", "import cohere\nco = cohere.ClientV2(api_key=\"" + S + "\")", cohere(r)));
        c.add(pos("r5-replicate-env", "REPLICATE_API_TOKEN=" + S, replicate(r)));
        c.add(pos("r5-groq-js", "const groq = new Groq({ apiKey: '" + S + "' });", groq(r)));
        c.add(pos("r5-mistral-yaml", "llm:\n  provider: mistral\n  model: mistral-large-latest\n  api_key: " + S
                + "\n", mistral(r)));
        c.add(pos("r5-pinecone-python", "pc = Pinecone(api_key=\"" + S + "\")\nindex = pc.Index(\"docs\")",
                pinecone(r)));
        c.add(pos("r5-langsmith-env", "LANGSMITH_TRACING=true\nLANGSMITH_API_KEY=" + S + "\n", langsmith(r)));
        c.add(pos("r5-xai-curl", "curl https://api.x.ai/v1/chat/completions -H \"Authorization: Bearer " + S
                + "\" -H \"Content-Type: application/json\" -d @req.json", xai(r)));
        c.add(pos("r5-perplexity-go", "client := perplexity.NewClient(\"" + S + "\")", perplexity(r)));
        c.add(pos("r5-elevenlabs-js", "const eleven = new ElevenLabsClient({ apiKey: \"" + S + "\" });",
                elevenlabs(r)));

        // Package registries, CI and secrets managers
        c.add(pos("r5-npm-token-npmrc", "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=" + S
                + "\n", npm(r)));
        c.add(pos("r5-pypi-token-pypirc", "[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\n"
                + "password = " + S + "\n", pypi(r)));
        c.add(pos("r5-rubygems-credentials", "---\n:rubygems_api_key: " + S + "\n", rubygems(r)));
        c.add(pos("r5-dockerhub-login", "echo \"" + S + "\" | docker login -u acmebot --password-stdin", dockerhub(r)));
        c.add(pos("r5-bitbucket-app-password", "git remote set-url origin https://acme-ci:" + S
                + "@bitbucket.org/acme/payments.git", bitbucketAppPassword(r)));
        c.add(pos("r5-terraform-cloud-credrc", "credentials \"app.terraform.io\" {\n  token = \"" + S + "\"\n}",
                terraformCloud(r)));
        c.add(pos("r5-vault-token-export", "$ export VAULT_ADDR=https://vault.acme.internal:8200\n$ export VAULT_TOKEN="
                + S + "\n$ vault kv get secret/payments", vaultService(r)));
        c.add(pos("r5-doppler-service-token", "docker run -e DOPPLER_TOKEN=\"" + S + "\" acme/api:latest",
                dopplerService(r, "prd")));
        c.add(pos("r5-1password-service-account", "OP_SERVICE_ACCOUNT_TOKEN=" + S + "\n", onePasswordService(r)));

        // Crypto / web3
        c.add(pos("r5-alchemy-rpc-url", "const provider = new ethers.JsonRpcProvider(\"https://eth-mainnet.g.alchemy.com/v2/"
                + S + "\");", alchemy(r)));
        c.add(pos("r5-infura-secret-curl", "curl --user :" + S + " https://mainnet.infura.io/v3/" + rnd(r, HEX, 32)
                + " -X POST -H 'Content-Type: application/json' -d '{\"jsonrpc\":\"2.0\",\"method\":\"eth_blockNumber\","
                + "\"params\":[],\"id\":1}'", infuraSecret(r)));

        // Cloud
        c.add(pos("r5-aws-credentials-file", "[default]\naws_access_key_id = " + awsKeyId(r, "AKIA")
                + "\naws_secret_access_key = " + S + "\nregion = eu-west-1\n", awsSecret(r)));
        c.add(pos("r5-aws-session-token-export", "export AWS_ACCESS_KEY_ID=" + awsKeyId(r, "ASIA")
                + "\nexport AWS_SECRET_ACCESS_KEY=" + awsSecret(r) + "\nexport AWS_SESSION_TOKEN=" + S + "\n",
                awsSessionToken(r)));
        c.add(pos("r5-aws-secret-terraform", "provider \"aws\" {\n  region     = \"us-east-1\"\n  access_key = \""
                + awsKeyId(r, "AKIA") + "\"\n  secret_key = \"" + S + "\"\n}", awsSecret(r)));
        c.add(pos("r5-gcp-service-account-json", "{\n  \"type\": \"service_account\",\n  \"project_id\": \"acme-prod-"
                + rnd(r, DIGITS, 6) + "\",\n  \"private_key_id\": \"" + rnd(r, HEX, 40)
                + "\",\n  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n" + S
                + "\\n-----END PRIVATE KEY-----\\n\",\n  \"client_email\": \"deployer@acme-prod.iam.gserviceaccount.com\",\n"
                + "  \"client_id\": \"" + rnd(r, DIGITS, 21) + "\"\n}", pkcs8RsaBody(r, "\\n")));
        c.add(pos("r5-google-api-key-server", "resp = requests.get(\"https://maps.googleapis.com/maps/api/geocode/json\","
                + " params={\"address\": addr, \"key\": \"" + S + "\"})", googleApiKey(r)));
        c.add(pos("r5-azure-storage-connstr", "\"AzureWebJobsStorage\": \"DefaultEndpointsProtocol=https;AccountName=acmefn"
                + rnd(r, LOWER_ALNUM, 6) + ";AccountKey=" + S + ";EndpointSuffix=core.windows.net\"", azureStorageKey(r)));
        c.add(pos("r5-azure-sas-url", "az storage blob download --blob-url \"https://acmebackups.blob.core.windows.net/"
                + "db/dump.sql.gz?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-31T18:00:00Z&st=2025-01-01T00:00:00Z"
                + "&spr=https&sig=" + S + "\" -f dump.sql.gz", azureSasSig(r)));
        c.add(pos("r5-azure-client-secret-env", "AZURE_TENANT_ID=" + uuid(r) + "\nAZURE_CLIENT_ID=" + uuid(r)
                + "\nAZURE_CLIENT_SECRET=" + S + "\n", azureClientSecret(r)));
        c.add(pos("r5-mapbox-secret-token", "MAPBOX_DOWNLOADS_TOKEN=" + S + "\n", mapbox(r, "sk.")));

        // Tokens, keys and connection strings
        c.add(pos("r5-jwt-bearer-log", "10.4.2.17 - - [14/Mar/2025:09:13:02 +0000] \"GET /v2/orders HTTP/1.1\" 200 "
                + "headers={Authorization: Bearer " + S + "}", jwt(r, "{\"sub\":\"" + uuid(r)
                        + "\",\"scope\":\"orders:read orders:write\",\"iat\":1741943582,\"exp\":1741947182}")));
        c.add(pos("r5-postgres-url-env", "DATABASE_URL=postgres://app_rw:" + S + "@db.prod.acme.internal:5432/app?sslmode=require",
                rnd(r, ALNUM, 24)));
        c.add(pos("r5-mongodb-srv-node", "mongoose.connect(\"mongodb+srv://admin:" + S + "@cluster0."
                + rnd(r, LOWER_ALNUM, 5) + ".mongodb.net/shop?retryWrites=true&w=majority\");", rnd(r, ALNUM, 20)));
        c.add(pos("r5-redis-url-python", "r = redis.from_url(\"rediss://default:" + S
                + "@redis-17342.c1.eu-west-1-2.ec2.cloud.redislabs.com:17342\")", rnd(r, ALNUM, 32)));
        c.add(pos("r5-spring-datasource-password", "spring.datasource.url=jdbc:mysql://mysql.acme.internal:3306/orders\n"
                + "spring.datasource.username=orders\nspring.datasource.password=" + S + "\n", strongPassword(r)));
        c.add(pos("r5-rsa-pem-file", "-----BEGIN RSA PRIVATE KEY-----\n" + S + "\n-----END RSA PRIVATE KEY-----\n",
                pkcs1RsaBody(r)));
        c.add(pos("r5-openssh-key-chat", "can you check why this key doesn't work on the bastion?\n\n"
                + "-----BEGIN OPENSSH PRIVATE KEY-----\n" + S + "\n-----END OPENSSH PRIVATE KEY-----\n",
                opensshEd25519Body(r)));
        c.add(pos("r5-ec-pem-tfvars", "tls_private_key = <<EOT\n-----BEGIN EC PRIVATE KEY-----\n" + S
                + "\n-----END EC PRIVATE KEY-----\nEOT\n", ecP256Body(r, "\n")));
        c.add(pos("r5-age-secret-key-file", "# created: 2025-02-11T10:41:07+01:00\n# public key: age1"
                + rnd(r, BECH32, 58) + "\n" + S + "\n", ageSecret(r)));

        // Generic assignments
        c.add(pos("r5-generic-compose-password", "  db:\n    image: postgres:16\n    environment:\n"
                + "      POSTGRES_USER: app\n      POSTGRES_PASSWORD: " + S + "\n", strongPassword(r)));
        c.add(pos("r5-generic-go-const", "const (\n\tapiBase   = \"https://partner.acme.io\"\n\tapiSecret = \"" + S
                + "\"\n)", rnd(r, ALNUM, 40)));
        c.add(pos("r5-generic-json-api-key", "{\"endpoint\": \"https://ingest.vendor.io\", \"api_key\": \"" + S
                + "\", \"batch\": 500}", rnd(r, HEX, 40)));
        c.add(pos("r5-generic-mysql-cli", "mysql -h 10.0.3.12 -u root -p'" + S + "' orders < migrate.sql",
                strongPassword(r)));
        String k8sPassword = strongPassword(r);
        c.add(pos("r5-generic-k8s-secret-data", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\n"
                + "type: Opaque\ndata:\n  username: " + b64("app".getBytes(StandardCharsets.UTF_8)) + "\n  password: " + S
                + "\n", b64(k8sPassword.getBytes(StandardCharsets.UTF_8))));
        c.add(pos("r5-generic-secret-yaml", "auth:\n  jwt:\n    issuer: acme\n    secret: " + S + "\n",
                b64urlBytes(r, 48)));
        c.add(pos("r5-generic-password-python-dict", "DATABASES = {\"default\": {\"ENGINE\": "
                + "\"django.db.backends.postgresql\", \"NAME\": \"acme\", \"USER\": \"acme\", \"PASSWORD\": \"" + S
                + "\", \"HOST\": \"db\"}}", password(r)));
        c.add(pos("r5-generic-client-secret-java", "private static final String CLIENT_SECRET = \"" + S + "\";",
                b64bytes(r, 30)));
        return c;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Negatives
    // ---------------------------------------------------------------------------------------------------------

    static List<BlindSecretSet.Case> negatives(Random r) {
        List<BlindSecretSet.Case> c = new ArrayList<>();

        // Documentation placeholders
        c.add(neg("r5-neg-openai-doc-placeholder", "export OPENAI_API_KEY=\"sk-...XXXX\"  # replace with your key"));
        c.add(neg("r5-neg-angle-placeholder", "curl https://api.example.com/v1/items -H \"Authorization: Bearer "
                + "<YOUR_API_KEY>\""));
        c.add(neg("r5-neg-shell-var-ref", "STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}\nSTRIPE_WEBHOOK_SECRET=${STRIPE_WHSEC}\n"));
        c.add(neg("r5-neg-changeme", "    environment:\n      POSTGRES_PASSWORD: changeme\n"));
        c.add(neg("r5-neg-aws-doc-example", "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
                + "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"));
        c.add(neg("r5-neg-github-x-placeholder", "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"));
        c.add(neg("r5-neg-your-key-here", "api_key: \"your-api-key-here\""));
        c.add(neg("r5-neg-replace-me-slack", "SLACK_BOT_TOKEN=xoxb-REPLACE-ME"));
        c.add(neg("r5-neg-readme-anthropic-prefix", "Set `ANTHROPIC_API_KEY` to your key from the console (it "
                + "starts with `sk-ant-`)."));
        c.add(neg("r5-neg-dsn-placeholder", "DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME"));
        c.add(neg("r5-neg-helm-template", "  password: {{ .Values.postgresql.auth.password | quote }}\n"));
        c.add(neg("r5-neg-gha-secret-ref", "      - run: npm publish\n        env:\n"
                + "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n"));
        c.add(neg("r5-neg-terraform-var-ref", "provider \"cloudflare\" {\n  api_token = var.cloudflare_api_token\n}"));
        c.add(neg("r5-neg-empty-values", "DB_PASSWORD=\nAPI_KEY=\nJWT_SECRET=\n"));
        c.add(neg("r5-neg-json-null", "{\"apiKey\": null, \"secret\": \"\", \"token\": \"<set at runtime>\"}"));
        c.add(neg("r5-neg-stripe-doc-ellipsis", "Use your secret key (`sk_live_...`) only on the server; never "
                + "embed it in the app."));
        c.add(neg("r5-neg-asterisk-password", "database:\n  user: app\n  password: ********\n"));
        c.add(neg("r5-neg-env-example", "# .env.example — copy to .env and fill in\nOPENAI_API_KEY=sk-proj-your-key\n"
                + "HF_TOKEN=hf_your_token\n"));

        // Redacted / masked
        c.add(neg("r5-neg-masked-openai", "Your API key sk-****" + rnd(r, LOWER_ALNUM, 4)
                + " was revoked because it was found in a public repository."));
        c.add(neg("r5-neg-masked-stripe-dashboard", "Secret key   sk_live_\u2022\u2022\u2022\u2022\u2022\u2022\u2022"
                + "\u2022\u2022\u2022\u2022\u2022" + rnd(r, ALNUM, 4) + "   Created Jan 4   Last used 2 hours ago"));
        c.add(neg("r5-neg-redacted-log", "2025-03-14 09:13:02 DEBUG http  > GET /v1/me Authorization: Bearer [REDACTED]"));
        c.add(neg("r5-neg-gha-masked-log", "Run ./deploy.sh\n  env:\n    GITHUB_TOKEN: ***\n    AWS_SECRET_ACCESS_KEY: ***\n"));
        c.add(neg("r5-neg-truncated-token-ui", "Token ghp_" + rnd(r, ALNUM, 4) + "\u2026 \u00b7 Last used within the "
                + "last week \u00b7 Expires on Sat, Jun 14 2025"));
        c.add(neg("r5-neg-aws-last4", "Access key ID ending in " + rnd(r, UPPER_ALNUM, 4)
                + " was deactivated by admin@acme.io."));
        c.add(neg("r5-neg-redacted-url", "connecting to postgres://app:*****@db.internal:5432/app ... ok"));

        // Public keys / public identifiers
        c.add(neg("r5-neg-stripe-publishable", "<script>\n  const stripe = Stripe('pk_live_51" + rnd(r, ALNUM, 97)
                + "');\n</script>"));
        c.add(neg("r5-neg-mapbox-public-token", "mapboxgl.accessToken = '" + mapbox(r, "pk.") + "';"));
        c.add(neg("r5-neg-supabase-anon-jwt", "const supabase = createClient('https://" + rnd(r, LOWER, 20)
                + ".supabase.co', '" + supabaseJwt(r, "anon") + "');"));
        c.add(neg("r5-neg-supabase-publishable", "NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY="
                + supabaseNew(r, "sb_publishable_")));
        c.add(neg("r5-neg-ssh-ed25519-pub", "ssh-ed25519 " + b64(concat(hexBytes("0000000b"),
                "ssh-ed25519".getBytes(StandardCharsets.US_ASCII), hexBytes("00000020"), randomBytes(r, 32)))
                + " jane@laptop"));
        c.add(neg("r5-neg-ssh-rsa-authorized-keys", "# ~/.ssh/authorized_keys\nssh-rsa " + b64(concat(hexBytes(
                "000000077373682d7273610000000301000100000101"), randomBytes(r, 257))) + " deploy@ci"));
        c.add(neg("r5-neg-pem-public-key", "-----BEGIN PUBLIC KEY-----\n" + wrap(b64(concat(hexBytes(
                "3059301306072a8648ce3d020106082a8648ce3d030107034200" + "04"), randomBytes(r, 64))), 64, "\n")
                + "\n-----END PUBLIC KEY-----\n"));
        c.add(neg("r5-neg-certificate", "ssl_certificate:\n  -----BEGIN CERTIFICATE-----\n  " + wrap(b64(concat(
                hexBytes("3082036130820249a003020102021420"), randomBytes(r, 850))), 64, "\n  ")
                + "\n  -----END CERTIFICATE-----\n"));
        c.add(neg("r5-neg-recaptcha-site-key", "<div class=\"g-recaptcha\" data-sitekey=\"6Lc" + rnd(r, URLSAFE, 37)
                + "\"></div>"));
        c.add(neg("r5-neg-google-oauth-client-id", "<meta name=\"google-signin-client_id\" content=\""
                + digitsNoLeadingZero(r, 12) + "-" + rnd(r, LOWER_ALNUM, 32) + ".apps.googleusercontent.com\">"));
        c.add(neg("r5-neg-azure-ids-provider", "provider \"azurerm\" {\n  features {}\n  subscription_id = \"" + uuid(r)
                + "\"\n  tenant_id       = \"" + uuid(r) + "\"\n  use_oidc        = true\n}"));
        c.add(neg("r5-neg-twilio-account-sid-log", "sms delivered: account_sid=AC" + rnd(r, HEX, 32) + " message_sid=SM"
                + rnd(r, HEX, 32) + " status=delivered"));
        c.add(neg("r5-neg-stripe-object-ids", "{\"id\":\"evt_1" + rnd(r, ALNUM, 23) + "\",\"type\":\"payment_intent."
                + "succeeded\",\"data\":{\"object\":{\"id\":\"pi_3" + rnd(r, ALNUM, 23) + "\",\"customer\":\"cus_"
                + rnd(r, ALNUM, 14) + "\",\"amount\":4200}}}"));
        c.add(neg("r5-neg-datadog-rum-client-token", "datadogRum.init({\n  applicationId: '" + uuid(r)
                + "',\n  clientToken: 'pub" + rnd(r, HEX, 32) + "',\n  site: 'datadoghq.com',\n  service: 'web',\n});"));
        c.add(neg("r5-neg-posthog-project-key", "posthog.init('phc_" + rnd(r, ALNUM, 43)
                + "', { api_host: 'https://eu.i.posthog.com' })"));
        c.add(neg("r5-neg-langfuse-public-key", "LANGFUSE_PUBLIC_KEY=pk-lf-" + uuid(r)
                + "\nLANGFUSE_SECRET_KEY=${LANGFUSE_SECRET_KEY}\nLANGFUSE_HOST=https://cloud.langfuse.com\n"));
        c.add(neg("r5-neg-sentry-dsn-frontend", "Sentry.init({\n  dsn: \"https://" + rnd(r, HEX, 32) + "@o"
                + rnd(r, DIGITS, 6) + ".ingest.us.sentry.io/" + rnd(r, DIGITS, 7) + "\",\n  tracesSampleRate: 0.1,\n});"));
        c.add(neg("r5-neg-clerk-publishable", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_"
                + b64("clerk.acme.io$".getBytes(StandardCharsets.UTF_8)).replace("=", "")));
        c.add(neg("r5-neg-launchdarkly-client-id", "const ldClient = LDClient.initialize('" + rnd(r, HEX, 24)
                + "', { kind: 'user', key: userId });"));
        c.add(neg("r5-neg-ethereum-address", "USDC contract on mainnet: 0x" + rnd(r, HEX, 40)
                + " (verify on etherscan before sending)"));
        c.add(neg("r5-neg-bitcoin-address", "Donations: bc1q" + rnd(r, BECH32, 38)));
        c.add(neg("r5-neg-age-public-key", "creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: age1"
                + rnd(r, BECH32, 58) + "\n"));
        c.add(neg("r5-neg-wireguard-peer-public", "[Peer]\nPublicKey = " + b64(randomBytes(r, 32))
                + "\nAllowedIPs = 10.8.0.2/32\nEndpoint = vpn.acme.io:51820\n"));
        c.add(neg("r5-neg-gpg-fingerprint", "pub   ed25519 2024-05-02 [SC]\n      " + rnd(r, UHEX, 40)
                + "\nuid           [ultimate] Release Signing <release@acme.io>"));
        c.add(neg("r5-neg-ssh-fingerprint", "The authenticity of host 'bastion.acme.io (203.0.113.7)' can't be "
                + "established.\nED25519 key fingerprint is SHA256:" + b64(randomBytes(r, 32)).replace("=", "") + "."));

        // Hashes and checksums
        c.add(neg("r5-neg-git-log", "commit " + rnd(r, HEX, 40) + "\nAuthor: Jane Doe <jane@acme.io>\nDate:   Fri Mar 14 "
                + "09:12:44 2025 +0100\n\n    fix: rotate credentials loader\n"));
        c.add(neg("r5-neg-package-lock-integrity", "    \"node_modules/lodash\": {\n      \"version\": \"4.17.21\",\n"
                + "      \"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n      \"integrity\": "
                + "\"sha512-" + b64(randomBytes(r, 64)) + "\"\n    }"));
        c.add(neg("r5-neg-go-sum", "github.com/google/uuid v1.6.0 h1:" + b64(randomBytes(r, 32))
                + "\ngithub.com/google/uuid v1.6.0/go.mod h1:" + b64(randomBytes(r, 32)) + "\n"));
        c.add(neg("r5-neg-cargo-lock", "[[package]]\nname = \"serde\"\nversion = \"1.0.197\"\nsource = "
                + "\"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + rnd(r, HEX, 64) + "\"\n"));
        c.add(neg("r5-neg-pip-hash", "requests==2.31.0 \\\n    --hash=sha256:" + rnd(r, HEX, 64) + " \\\n"
                + "    --hash=sha256:" + rnd(r, HEX, 64) + "\n"));
        c.add(neg("r5-neg-docker-digest", "    image: nginx@sha256:" + rnd(r, HEX, 64) + "\n"));
        c.add(neg("r5-neg-sri-script", "<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap."
                + "bundle.min.js\" integrity=\"sha384-" + b64(randomBytes(r, 48))
                + "\" crossorigin=\"anonymous\"></script>"));
        c.add(neg("r5-neg-terraform-lock", "provider \"registry.terraform.io/hashicorp/aws\" {\n  version = \"5.40.0\"\n"
                + "  hashes = [\n    \"h1:" + b64(randomBytes(r, 32)) + "\",\n    \"zh:" + rnd(r, HEX, 64) + "\",\n  ]\n}"));
        c.add(neg("r5-neg-etag-header", "HTTP/2 200\ncontent-type: application/json\netag: \"" + rnd(r, HEX, 40)
                + "\"\ncache-control: max-age=60\n"));
        c.add(neg("r5-neg-sha256sum-output", "$ sha256sum acme-cli-linux-amd64.tar.gz\n" + rnd(r, HEX, 64)
                + "  acme-cli-linux-amd64.tar.gz"));
        c.add(neg("r5-neg-yarn-lock", "\"left-pad@^1.3.0\":\n  version \"1.3.0\"\n  resolved \"https://registry.yarnpkg."
                + "com/left-pad/-/left-pad-1.3.0.tgz#" + rnd(r, HEX, 40) + "\"\n  integrity sha1-"
                + b64(randomBytes(r, 20)) + "\n"));
        c.add(neg("r5-neg-git-lfs-pointer", "version https://git-lfs.github.com/spec/v1\noid sha256:" + rnd(r, HEX, 64)
                + "\nsize 48211937\n"));
        c.add(neg("r5-neg-md5-checksum-file", "MD5 (release-2.4.1.zip) = " + rnd(r, HEX, 32)));

        // Ids
        c.add(neg("r5-neg-request-id-log", "2025-03-14T09:13:02Z ERROR request_id=" + uuid(r)
                + " user_id=48213 msg=\"payment declined\" code=card_declined"));
        c.add(neg("r5-neg-traceparent", "traceparent: 00-" + rnd(r, HEX, 32) + "-" + rnd(r, HEX, 16) + "-01"));
        c.add(neg("r5-neg-k8s-uid", "metadata:\n  name: api-7d9f8b6c5-x2k4p\n  namespace: prod\n  uid: " + uuid(r)
                + "\n  resourceVersion: \"" + rnd(r, DIGITS, 8) + "\"\n"));
        c.add(neg("r5-neg-aws-request-id", "An error occurred (AccessDenied) when calling the GetObject operation. "
                + "RequestId: " + rnd(r, UPPER_ALNUM, 16) + ", HostId: " + b64(randomBytes(r, 57))));
        c.add(neg("r5-neg-idempotency-key", "curl https://api.stripe.com/v1/refunds -u \"$STRIPE_SECRET_KEY:\" "
                + "-H \"Idempotency-Key: " + uuid(r) + "\" -d charge=ch_3" + rnd(r, ALNUM, 23)));
        c.add(neg("r5-neg-ec2-ids", "InstanceId: i-0" + rnd(r, HEX, 16) + "  ImageId: ami-0" + rnd(r, HEX, 16)
                + "  SecurityGroups: [sg-0" + rnd(r, HEX, 16) + "]  SubnetId: subnet-0" + rnd(r, HEX, 16)));
        c.add(neg("r5-neg-azure-resource-id", "/subscriptions/" + uuid(r) + "/resourceGroups/rg-prod/providers/"
                + "Microsoft.KeyVault/vaults/kv-acme-prod"));
        c.add(neg("r5-neg-slack-event-ids", "{\"team_id\":\"T0" + rnd(r, UPPER_ALNUM, 8) + "\",\"event\":{\"type\":"
                + "\"message\",\"channel\":\"C0" + rnd(r, UPPER_ALNUM, 8) + "\",\"user\":\"U0" + rnd(r, UPPER_ALNUM, 8)
                + "\",\"ts\":\"1741943582.001200\"},\"event_id\":\"Ev0" + rnd(r, UPPER_ALNUM, 8) + "\"}"));
        c.add(neg("r5-neg-docker-container-id", "$ docker ps\nCONTAINER ID   IMAGE          STATUS\n" + rnd(r, HEX, 12)
                + "   acme/api:1.9   Up 3 hours\n$ docker inspect --format '{{.Id}}' api\n" + rnd(r, HEX, 64)));

        // Encoded data
        c.add(neg("r5-neg-png-data-uri", "<img alt=\"logo\" src=\"data:image/png;base64," + b64(concat(
                hexBytes("89504e470d0a1a0a0000000d49484452"), randomBytes(r, 180))) + "\">"));
        c.add(neg("r5-neg-woff2-data-uri", "@font-face { font-family: Inter; src: url(data:font/woff2;base64,"
                + b64(concat("wOF2".getBytes(StandardCharsets.US_ASCII), randomBytes(r, 150))) + ") format('woff2'); }"));
        c.add(neg("r5-neg-gif-data-uri", "background-image: url(\"data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5"
                + "BAEAAAAALAAAAAABAAEAAAICRAEAOw==\");"));

        // Encrypted blobs
        c.add(neg("r5-neg-sops-yaml", "db:\n    password: ENC[AES256_GCM,data:" + b64(randomBytes(r, 18)) + ",iv:"
                + b64(randomBytes(r, 32)) + ",tag:" + b64(randomBytes(r, 16)) + ",type:str]\nsops:\n    age:\n"
                + "        - recipient: age1" + rnd(r, BECH32, 58) + "\n    lastmodified: \"2025-03-01T10:00:00Z\"\n"
                + "    mac: ENC[AES256_GCM,data:" + b64(randomBytes(r, 48)) + ",iv:" + b64(randomBytes(r, 32))
                + ",tag:" + b64(randomBytes(r, 16)) + ",type:str]\n    version: 3.9.0\n"));
        c.add(neg("r5-neg-ansible-vault", "$ANSIBLE_VAULT;1.1;AES256\n" + rnd(r, HEX, 80) + "\n" + rnd(r, HEX, 80)
                + "\n" + rnd(r, HEX, 80) + "\n" + rnd(r, HEX, 40) + "\n"));
        c.add(neg("r5-neg-sealed-secret", "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n"
                + "  name: db-credentials\nspec:\n  encryptedData:\n    password: AgB" + rnd(r, B64, 600) + "==\n"));
        c.add(neg("r5-neg-age-armored", "-----BEGIN AGE ENCRYPTED FILE-----\n" + wrap(b64(concat(
                "age-encryption.org/v1\n-> X25519 ".getBytes(StandardCharsets.US_ASCII), randomBytes(r, 200))), 64, "\n")
                + "\n-----END AGE ENCRYPTED FILE-----\n"));
        c.add(neg("r5-neg-pgp-message", "-----BEGIN PGP MESSAGE-----\n\n" + wrap(b64(concat(hexBytes("c15e03"),
                randomBytes(r, 300))), 64, "\n") + "\n=" + rnd(r, B64, 4) + "\n-----END PGP MESSAGE-----\n"));
        c.add(neg("r5-neg-kms-ciphertext", "$ aws kms encrypt --key-id alias/app --plaintext fileb://pw.txt\n{\n"
                + "    \"CiphertextBlob\": \"AQICAHh" + rnd(r, B64, 220) + "==\",\n    \"KeyId\": \"arn:aws:kms:"
                + "eu-west-1:123456789012:key/" + uuid(r) + "\",\n    \"EncryptionAlgorithm\": \"SYMMETRIC_DEFAULT\"\n}"));

        // References to secrets
        c.add(neg("r5-neg-python-environ", "client = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])"));
        c.add(neg("r5-neg-node-process-env", "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, "
                + "{ apiVersion: '2024-06-20' });"));
        c.add(neg("r5-neg-java-getenv", "String password = System.getenv(\"DB_PASSWORD\");\n"
                + "DataSource ds = pool(url, user, password);"));
        c.add(neg("r5-neg-go-getenv", "token := os.Getenv(\"GITHUB_TOKEN\")\nif token == \"\" {\n\tlog.Fatal(\"GITHUB_TOKEN "
                + "not set\")\n}"));
        c.add(neg("r5-neg-k8s-secretkeyref", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n"
                + "        name: db-credentials\n        key: password\n"));
        c.add(neg("r5-neg-external-secret", "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n"
                + "  name: api-keys\nspec:\n  refreshInterval: 1h\n  secretStoreRef:\n    name: aws-secrets-manager\n"
                + "    kind: ClusterSecretStore\n  target:\n    name: api-keys\n  data:\n    - secretKey: openai\n"
                + "      remoteRef:\n        key: prod/api/openai\n        property: api_key\n"));
        c.add(neg("r5-neg-vault-agent-template", "{{ with secret \"secret/data/payments/db\" }}\n"
                + "DB_PASSWORD={{ .Data.data.password }}\n{{ end }}"));
        c.add(neg("r5-neg-secretsmanager-arn", "secret_arn = \"arn:aws:secretsmanager:us-east-1:123456789012:secret:"
                + "prod/db/master-" + rnd(r, ALNUM, 6) + "\""));
        c.add(neg("r5-neg-ssm-get-parameter", "aws ssm get-parameter --name /prod/payments/stripe_key "
                + "--with-decryption --query Parameter.Value --output text"));
        c.add(neg("r5-neg-docker-secret-file", "    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n"
                + "    secrets:\n      - db_password\n"));
        c.add(neg("r5-neg-spring-placeholder", "spring.datasource.password=${DB_PASSWORD}\n"
                + "app.jwt.secret=${JWT_SECRET:}\n"));

        // Fixtures a reviewer would accept as fake
        c.add(neg("r5-neg-fixture-zero-token", "// Test fixture: syntactically shaped, all zeros, not a real token.\n"
                + "const FAKE_GH_TOKEN = \"ghp_000000000000000000000000000000000000\";"));
        c.add(neg("r5-neg-pytest-fake-key", "def test_client(monkeypatch):\n    monkeypatch.setenv(\"OPENAI_API_KEY\", "
                + "\"test-key\")\n    assert make_client().api_key == \"test-key\""));
        c.add(neg("r5-neg-junit-wrong-password", "assertThrows(AuthException.class, () -> auth.login(\"alice\", "
                + "\"wrong-password\"));"));

        // Low-entropy text about passwords
        c.add(neg("r5-neg-password-policy", "Password policy: at least 14 characters. Common passwords such as "
                + "Password123!, Summer2024 and qwerty123 are rejected, as are passwords containing your username."));
        c.add(neg("r5-neg-password-input-html", "<label for=\"password\">Password</label>\n<input type=\"password\" "
                + "id=\"password\" name=\"password\" autocomplete=\"current-password\" placeholder=\"Password\">"));
        c.add(neg("r5-neg-password-reset-notice", "Your password was changed on March 14, 2025 at 09:12 UTC. If this "
                + "wasn't you, reset your password at https://acme.io/account/reset."));

        // URLs without credentials
        c.add(neg("r5-neg-url-no-creds", "OPENAI_BASE_URL=https://api.openai.com/v1\nREDIS_URL=redis://localhost:6379/0\n"
                + "DATABASE_URL=postgres://db.internal:5432/app\n"));
        c.add(neg("r5-neg-git-ssh-url", "git remote add origin git@github.com:acme/platform.git"));
        c.add(neg("r5-neg-url-username-only", "git clone https://deploy@bitbucket.org/acme/payments.git"));

        // Other high-entropy look-alikes
        c.add(neg("r5-neg-webpack-chunks", "<script defer src=\"/static/js/main." + rnd(r, HEX, 8)
                + ".js\"></script><link href=\"/static/css/main." + rnd(r, HEX, 8) + ".css\" rel=\"stylesheet\">"));
        c.add(neg("r5-neg-css-spinkit", "<div class=\"sk-fading-circle\"><div class=\"sk-circle1 sk-circle\"></div>"
                + "<div class=\"sk-circle2 sk-circle\"></div></div>"));
        c.add(neg("r5-neg-ipfs-cid", "ipfs://bafybei" + rnd(r, "abcdefghijklmnopqrstuvwxyz234567", 52)
                + "/metadata.json"));
        c.add(neg("r5-neg-youtube-links", "Recording: https://www.youtube.com/watch?v=" + rnd(r, URLSAFE, 11)
                + " and slides https://youtu.be/" + rnd(r, URLSAFE, 11)));
        c.add(neg("r5-neg-github-run-url", "Build failed: https://github.com/acme/api/actions/runs/" + rnd(r, DIGITS, 11)
                + "/job/" + rnd(r, DIGITS, 11)));
        return c;
    }
}
