package io.tappass.pipeline.secrets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * Credential formats for the conformance suite, generated from the formats' PUBLISHED facts (prefix, length,
 * alphabet, checksum) with a seeded generator. No value here is a real credential; they are assembled at run time
 * so that this source file does not itself trip secret scanners. Each fact names its public source.
 */
final class SecretFormats {

    private SecretFormats() {
    }

    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    static final String DIGITS = "0123456789";
    static final String ALNUM = UPPER + LOWER + DIGITS;
    static final String LETTERS = UPPER + LOWER;
    static final String HEX = "0123456789abcdef";
    static final String UHEX = "0123456789ABCDEF";
    static final String B64 = ALNUM + "+/";
    static final String URLSAFE = ALNUM + "_-";
    static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    static final String UPPER_ALNUM = UPPER + DIGITS;
    static final String LOWER_ALNUM = LOWER + DIGITS;

    /**
     * A generated credential: {@code embed} is the text placed into a context (usually the value itself), and
     * {@code [secretStart, secretEnd)} within it is the span the scanner must report.
     */
    record Sample(String embed, int secretStart, int secretEnd) {
        static Sample of(String v) {
            return new Sample(v, 0, v.length());
        }

        /** The value is the part {@code secret} of {@code embed}. */
        static Sample within(String embed, String secret) {
            int s = embed.indexOf(secret);
            if (s < 0) {
                throw new IllegalArgumentException("secret not in embed");
            }
            return new Sample(embed, s, s + secret.length());
        }
    }

    /**
     * A format. {@code key} is the variable name a developer would use (OPENAI_API_KEY); {@code label} is how a
     * person names it in prose ("OpenAI API key"). {@code selfIdentifying} formats carry a distinctive prefix or
     * structure and must be found without any key name; the others (AWS secret access keys, Twilio auth tokens,
     * generic passwords) are only recognisable next to a key name, so contexts without one do not apply.
     * {@code singleLine} is false for multi-line values (PEM blocks, service-account JSON).
     */
    record Format(String id, String type, String key, String label, boolean selfIdentifying, boolean singleLine,
                  Function<Random, Sample> gen) {
    }

    static String rnd(Random r, String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** GitHub (2021 token format blog post) and npm: 30 random base62 chars + CRC32 of them in 6 base62 chars. */
    static String crc32Body(Random r) {
        String body = rnd(r, ALNUM, 30);
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        long v = crc.getValue();
        String b62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        char[] out = new char[6];
        for (int i = 5; i >= 0; i--) {
            out[i] = b62.charAt((int) (v % 62));
            v /= 62;
        }
        return body + new String(out);
    }

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static String b64url(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static byte[] bytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    static String pemBody(Random r, int bytes) {
        String b = Base64.getEncoder().encodeToString(bytes(r, bytes));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.length(); i += 64) {
            sb.append(b, i, Math.min(b.length(), i + 64)).append('\n');
        }
        return sb.toString();
    }

    static String pem(Random r, String label, int bytes) {
        return "-----BEGIN " + label + "-----\n" + pemBody(r, bytes) + "-----END " + label + "-----";
    }

    static String jwt(Random r) {
        String header = b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64url(("{\"sub\":\"" + (100000 + r.nextInt(900000)) + "\",\"role\":\"service\",\"iat\":"
                + (1700000000 + r.nextInt(10000000)) + ",\"exp\":" + (1800000000 + r.nextInt(10000000)) + "}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + "." + b64url(bytes(r, 32));
    }

    static List<Format> all() {
        List<Format> f = new ArrayList<>();
        // OpenAI: keys embed "T3BlbkFJ" (base64 "OpenAI"); project and service-account keys are sk-proj- / sk-svcacct-
        // (platform.openai.com API keys page; OpenAI help center "project API keys")
        f.add(self("openai.legacy", "OPENAI_API_KEY", "OPENAI_API_KEY", "OpenAI API key",
                r -> Sample.of("sk-" + rnd(r, ALNUM, 20) + "T3BlbkFJ" + rnd(r, ALNUM, 20))));
        f.add(self("openai.project", "OPENAI_API_KEY", "OPENAI_API_KEY", "OpenAI project key",
                r -> Sample.of("sk-proj-" + rnd(r, URLSAFE, 74) + "T3BlbkFJ" + rnd(r, URLSAFE, 74))));
        f.add(self("openai.svcacct", "OPENAI_API_KEY", "OPENAI_API_KEY", "OpenAI service account key",
                r -> Sample.of("sk-svcacct-" + rnd(r, URLSAFE, 74) + "T3BlbkFJ" + rnd(r, URLSAFE, 74))));
        // Anthropic: sk-ant-api03- + 93 url-safe chars + "AA" (console.anthropic.com keys, 108 chars)
        f.add(self("anthropic", "ANTHROPIC_API_KEY", "ANTHROPIC_API_KEY", "Anthropic API key",
                r -> Sample.of("sk-ant-api03-" + rnd(r, URLSAFE, 93) + "AA")));
        // AWS IAM user guide: access key ids AKIA/ASIA + 16 upper-case base32 characters; secret 40 base64 chars
        f.add(self("aws.access_key_id", "AWS_ACCESS_KEY_ID", "AWS_ACCESS_KEY_ID", "AWS access key id",
                r -> Sample.of("AKIA" + rnd(r, BASE32, 16))));
        f.add(self("aws.temp_access_key_id", "AWS_ACCESS_KEY_ID", "AWS_ACCESS_KEY_ID", "AWS access key id",
                r -> Sample.of("ASIA" + rnd(r, BASE32, 16))));
        f.add(keyed("aws.secret_access_key", "AWS_SECRET_ACCESS_KEY", "AWS_SECRET_ACCESS_KEY",
                "AWS secret access key", r -> Sample.of(rnd(r, B64, 40))));
        // STS session tokens: long base64; current ones start with IQoJb3JpZ2luX2Vj (base64 of a protobuf header)
        f.add(keyed("aws.session_token", "AWS_SESSION_TOKEN", "AWS_SESSION_TOKEN", "AWS session token",
                r -> Sample.of("IQoJb3JpZ2luX2Vj" + rnd(r, B64, 340) + "==")));
        // Google API keys: AIza + 35 chars [A-Za-z0-9_-] (Google Cloud "API keys" docs, 39 chars total)
        f.add(self("gcp.api_key", "GOOGLE_API_KEY", "GOOGLE_API_KEY", "Google API key",
                r -> Sample.of("AIza" + rnd(r, URLSAFE, 35))));
        f.add(multi("gcp.service_account", "GCP_SERVICE_ACCOUNT_KEY", "GOOGLE_APPLICATION_CREDENTIALS_JSON",
                "service account key file", SecretFormats::serviceAccount));
        // Azure storage account keys: 64 random bytes in base64 (88 chars); connection strings carry AccountKey=
        f.add(self("azure.storage_connection_string", "AZURE_STORAGE_ACCOUNT_KEY", "AZURE_STORAGE_CONNECTION_STRING",
                "storage connection string", r -> {
                    String k = Base64.getEncoder().encodeToString(bytes(r, 64));
                    return Sample.within("DefaultEndpointsProtocol=https;AccountName=st" + rnd(r, LOWER_ALNUM, 10)
                            + ";AccountKey=" + k + ";EndpointSuffix=core.windows.net", k);
                }));
        f.add(keyed("azure.storage_key", "AZURE_STORAGE_ACCOUNT_KEY", "AZURE_STORAGE_KEY", "Azure storage account key",
                r -> Sample.of(Base64.getEncoder().encodeToString(bytes(r, 64)))));
        // SAS: sv/ss/srt/sp/se/st/spr parameters + sig= HMAC-SHA256 in url-encoded base64 (Azure "Create a SAS")
        f.add(self("azure.sas_token", "AZURE_SAS_TOKEN", "AZURE_STORAGE_SAS_URL", "SAS URL", r -> {
            String sig = Base64.getEncoder().encodeToString(bytes(r, 32)).replace("+", "%2B").replace("/", "%2F")
                    .replace("=", "%3D");
            return Sample.within("https://st" + rnd(r, LOWER_ALNUM, 8) + ".blob.core.windows.net/backups?sv=2022-11-02"
                    + "&ss=b&srt=sco&sp=rwdlac&se=2026-12-31T23:59:59Z&st=2026-11-01T00:00:00Z&spr=https&sig=" + sig,
                    sig);
        }));
        // Entra ID client secrets: 3 chars, a digit, "Q~", 34 chars of [A-Za-z0-9_~.-] (40 total)
        f.add(self("azure.ad_client_secret", "AZURE_AD_CLIENT_SECRET", "AZURE_CLIENT_SECRET", "Azure client secret",
                r -> Sample.of(rnd(r, ALNUM, 3) + rnd(r, DIGITS, 1) + "Q~" + rnd(r, URLSAFE + "~.", 33)
                        + rnd(r, ALNUM, 1))));
        // GitHub: ghp_/gho_/ghu_/ghs_/ghr_ + 30 base62 + CRC32 (GitHub blog 2021-04); fine-grained github_pat_
        // + 22 + "_" + 59 base62
        f.add(self("github.classic_pat", "GITHUB_PAT", "GITHUB_TOKEN", "GitHub token",
                r -> Sample.of("ghp_" + crc32Body(r))));
        f.add(self("github.oauth", "GITHUB_OAUTH_TOKEN", "GITHUB_TOKEN", "GitHub OAuth token",
                r -> Sample.of("gho_" + crc32Body(r))));
        f.add(self("github.app_installation", "GITHUB_SERVER_TO_SERVER_TOKEN", "GITHUB_TOKEN", "GitHub App token",
                r -> Sample.of("ghs_" + crc32Body(r))));
        f.add(self("github.app_user", "GITHUB_USER_TO_SERVER_TOKEN", "GH_TOKEN", "GitHub App user token",
                r -> Sample.of("ghu_" + crc32Body(r))));
        f.add(self("github.fine_grained", "GITHUB_FINE_GRAINED_PAT", "GITHUB_TOKEN", "GitHub token",
                r -> Sample.of("github_pat_" + rnd(r, ALNUM, 22) + "_" + rnd(r, ALNUM, 59))));
        // GitLab token prefixes (GitLab docs "Token overview"): glpat- PAT (20 chars), glptt- trigger (40 hex),
        // glrt- runner authentication token
        f.add(self("gitlab.pat", "GITLAB_PAT", "GITLAB_TOKEN", "GitLab token",
                r -> Sample.of("glpat-" + rnd(r, URLSAFE, 20))));
        f.add(self("gitlab.pipeline_trigger", "GITLAB_PIPELINE_TRIGGER_TOKEN", "CI_TRIGGER_TOKEN",
                "pipeline trigger token", r -> Sample.of("glptt-" + rnd(r, HEX, 40))));
        f.add(self("gitlab.runner", "GITLAB_RUNNER_TOKEN", "RUNNER_TOKEN", "runner token",
                r -> Sample.of("glrt-" + rnd(r, URLSAFE, 20))));
        // Slack (api.slack.com "Token types"): xoxb-<team>-<bot>-<24>, xoxp-<team>-<user>-<team>-<32 hex>,
        // xapp-1-<app id>-<digits>-<64 hex>; incoming webhooks hooks.slack.com/services/T../B../<24>
        f.add(self("slack.bot", "SLACK_TOKEN", "SLACK_BOT_TOKEN", "Slack bot token",
                r -> Sample.of("xoxb-" + rnd(r, DIGITS, 12) + "-" + rnd(r, DIGITS, 13) + "-" + rnd(r, ALNUM, 24))));
        f.add(self("slack.user", "SLACK_TOKEN", "SLACK_USER_TOKEN", "Slack user token",
                r -> Sample.of("xoxp-" + rnd(r, DIGITS, 12) + "-" + rnd(r, DIGITS, 12) + "-" + rnd(r, DIGITS, 13)
                        + "-" + rnd(r, HEX, 32))));
        f.add(self("slack.app", "SLACK_APP_TOKEN", "SLACK_APP_TOKEN", "Slack app token",
                r -> Sample.of("xapp-1-A" + rnd(r, UPPER_ALNUM, 10) + "-" + rnd(r, DIGITS, 13) + "-"
                        + rnd(r, HEX, 64))));
        f.add(self("slack.webhook", "SLACK_WEBHOOK_URL", "SLACK_WEBHOOK_URL", "Slack webhook",
                r -> Sample.of("https://hooks.slack.com/services/T" + rnd(r, UPPER_ALNUM, 8) + "/B"
                        + rnd(r, UPPER_ALNUM, 10) + "/" + rnd(r, ALNUM, 24))));
        // Stripe API keys docs: sk_live_/rk_live_ + base62 (24 legacy, 99 current), webhook signing secret whsec_
        f.add(self("stripe.secret", "STRIPE_SECRET_KEY_LIVE", "STRIPE_SECRET_KEY", "Stripe secret key",
                r -> Sample.of("sk_live_51" + rnd(r, ALNUM, 97))));
        f.add(self("stripe.restricted", "STRIPE_RESTRICTED_KEY_LIVE", "STRIPE_API_KEY", "Stripe restricted key",
                r -> Sample.of("rk_live_" + rnd(r, ALNUM, 24))));
        f.add(self("stripe.webhook", "STRIPE_WEBHOOK_SECRET", "STRIPE_WEBHOOK_SECRET", "Stripe webhook secret",
                r -> Sample.of("whsec_" + rnd(r, ALNUM, 32))));
        // Twilio: API key SID "SK" + 32 hex; auth token 32 hex next to the account SID (Twilio "API keys" docs)
        f.add(self("twilio.api_key", "TWILIO_API_KEY", "TWILIO_API_KEY", "Twilio API key",
                r -> Sample.of("SK" + rnd(r, HEX, 32))));
        f.add(keyed("twilio.auth_token", "TWILIO_AUTH_TOKEN", "TWILIO_AUTH_TOKEN", "Twilio auth token",
                r -> Sample.of(rnd(r, HEX, 32))));
        // SendGrid: SG. + 22 + . + 43 url-safe (SendGrid API keys docs: 69 chars)
        f.add(self("sendgrid", "SENDGRID_API_KEY", "SENDGRID_API_KEY", "SendGrid key",
                r -> Sample.of("SG." + rnd(r, URLSAFE, 22) + "." + rnd(r, URLSAFE, 43))));
        // Mailgun private API keys: key- + 32 hex
        f.add(self("mailgun", "MAILGUN_API_KEY", "MAILGUN_API_KEY", "Mailgun key",
                r -> Sample.of("key-" + rnd(r, HEX, 32))));
        f.add(self("npm", "NPM_ACCESS_TOKEN", "NPM_TOKEN", "npm token", r -> Sample.of("npm_" + crc32Body(r))));
        // PyPI API tokens: pypi- + a macaroon whose base64 starts AgEIcHlwaS5vcmc ("pypi.org")
        f.add(self("pypi", "PYPI_UPLOAD_TOKEN", "TWINE_PASSWORD", "PyPI token",
                r -> Sample.of("pypi-AgEIcHlwaS5vcmc" + rnd(r, URLSAFE, 160))));
        // Docker Hub personal access tokens: dckr_pat_ + 27 url-safe chars
        f.add(self("dockerhub", "DOCKER_HUB_PAT", "DOCKERHUB_TOKEN", "Docker Hub token",
                r -> Sample.of("dckr_pat_" + rnd(r, URLSAFE, 27))));
        // Hugging Face user access tokens: hf_ + 34 letters
        f.add(self("huggingface", "HUGGINGFACE_TOKEN", "HF_TOKEN", "Hugging Face token",
                r -> Sample.of("hf_" + rnd(r, LETTERS, 34))));
        // Databricks PATs: dapi + 32 hex, optionally -<digit>
        f.add(self("databricks", "DATABRICKS_TOKEN", "DATABRICKS_TOKEN", "Databricks token",
                r -> Sample.of("dapi" + rnd(r, HEX, 32))));
        // Shopify: shpat_/shpss_/shpca_/shppa_ + 32 hex
        f.add(self("shopify", "SHOPIFY_TOKEN", "SHOPIFY_ACCESS_TOKEN", "Shopify token",
                r -> Sample.of("shpat_" + rnd(r, HEX, 32))));
        // DigitalOcean: dop_v1_/doo_v1_ + 64 hex
        f.add(self("digitalocean", "DIGITALOCEAN_TOKEN", "DIGITALOCEAN_TOKEN", "DigitalOcean token",
                r -> Sample.of("dop_v1_" + rnd(r, HEX, 64))));
        // Heroku: legacy API keys are UUIDs (only recognisable by name); new ones HRKU- + 60 chars
        f.add(keyed("heroku.legacy", "HEROKU_API_KEY", "HEROKU_API_KEY", "Heroku API key",
                r -> Sample.of(rnd(r, HEX, 8) + "-" + rnd(r, HEX, 4) + "-4" + rnd(r, HEX, 3) + "-a" + rnd(r, HEX, 3)
                        + "-" + rnd(r, HEX, 12))));
        f.add(self("heroku.v2", "HEROKU_API_KEY", "HEROKU_API_KEY", "Heroku API key",
                r -> Sample.of("HRKU-" + rnd(r, URLSAFE, 60))));
        // Atlassian API tokens: ATATT3 + ~180 url-safe chars, "=", 8 upper hex
        f.add(self("atlassian", "ATLASSIAN_API_TOKEN", "JIRA_API_TOKEN", "Jira API token",
                r -> Sample.of("ATATT3xFfGF0" + rnd(r, URLSAFE, 171) + "=" + rnd(r, UHEX, 8))));
        f.add(self("linear", "LINEAR_API_KEY", "LINEAR_API_KEY", "Linear key",
                r -> Sample.of("lin_api_" + rnd(r, ALNUM, 40))));
        // Notion integration tokens: legacy secret_ + 43 alnum; since 2024 ntn_ + 11 digits + 35 alnum
        f.add(self("notion.ntn", "NOTION_INTEGRATION_TOKEN", "NOTION_TOKEN", "Notion token",
                r -> Sample.of("ntn_" + rnd(r, DIGITS, 11) + rnd(r, ALNUM, 35))));
        f.add(self("notion.legacy", "NOTION_INTEGRATION_TOKEN", "NOTION_TOKEN", "Notion token",
                r -> Sample.of("secret_" + rnd(r, ALNUM, 43))));
        // Postman: PMAK- + 24 hex + - + 34 hex
        f.add(self("postman", "POSTMAN_API_KEY", "POSTMAN_API_KEY", "Postman key",
                r -> Sample.of("PMAK-" + rnd(r, HEX, 24) + "-" + rnd(r, HEX, 34))));
        // Grafana service account tokens: glsa_ + 32 alnum + _ + 8 hex; Grafana Cloud tokens glc_ + base64 JSON
        f.add(self("grafana.service_account", "GRAFANA_SERVICE_ACCOUNT_TOKEN", "GRAFANA_TOKEN", "Grafana token",
                r -> Sample.of("glsa_" + rnd(r, ALNUM, 32) + "_" + rnd(r, HEX, 8))));
        f.add(self("grafana.cloud", "GRAFANA_CLOUD_API_TOKEN", "GRAFANA_CLOUD_TOKEN", "Grafana Cloud token",
                r -> Sample.of("glc_" + b64("{\"o\":\"" + rnd(r, DIGITS, 6) + "\",\"n\":\"stack-" + rnd(r, DIGITS, 6)
                        + "-hm-read\",\"k\":\"" + rnd(r, ALNUM, 24) + "\",\"m\":{\"r\":\"prod-eu-west-0\"}}")
                        .replace("=", ""))));
        // Doppler: dp.pt./dp.st./dp.sa./dp.ct. + 43 alnum
        f.add(self("doppler", "DOPPLER_TOKEN", "DOPPLER_TOKEN", "Doppler token",
                r -> Sample.of("dp.st." + rnd(r, ALNUM, 43))));
        // Vault (1.10+): hvs. service tokens (~95 chars), hvb. batch tokens
        f.add(self("vault", "HASHICORP_VAULT_TOKEN", "VAULT_TOKEN", "Vault token",
                r -> Sample.of("hvs.CAESI" + rnd(r, URLSAFE, 86))));
        f.add(self("jwt", "JWT", "ACCESS_TOKEN", "access token", r -> Sample.of(jwt(r))));
        // private keys
        f.add(multi("pem.rsa", "PRIVATE_KEY", "TLS_KEY", "private key",
                r -> Sample.of(pem(r, "RSA PRIVATE KEY", 1190))));
        f.add(multi("pem.pkcs8", "PRIVATE_KEY", "TLS_KEY", "private key",
                r -> Sample.of(pem(r, "PRIVATE KEY", 1210))));
        f.add(multi("pem.ec", "PRIVATE_KEY", "TLS_KEY", "private key", r -> Sample.of(pem(r, "EC PRIVATE KEY", 121))));
        f.add(multi("pem.openssh", "PRIVATE_KEY", "SSH_PRIVATE_KEY", "ssh key",
                r -> Sample.of(pem(r, "OPENSSH PRIVATE KEY", 400))));
        f.add(multi("pem.pgp", "PRIVATE_KEY", "GPG_PRIVATE_KEY", "gpg key",
                r -> Sample.of("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + pemBody(r, 900)
                        + "=" + rnd(r, B64, 4) + "\n-----END PGP PRIVATE KEY BLOCK-----")));
        // PuTTY .ppk v3: header lines, base64 lines, Private-MAC: 64 hex
        f.add(multi("putty", "PRIVATE_KEY", "PPK", "ppk file", r -> Sample.of("PuTTY-User-Key-File-3: ssh-ed25519\n"
                + "Encryption: none\nComment: deploy@build\nPublic-Lines: 2\n" + rnd(r, B64, 64) + "\n"
                + rnd(r, B64, 4) + "\nPrivate-Lines: 1\n" + rnd(r, B64, 44) + "\nPrivate-MAC: " + rnd(r, HEX, 64))));
        // credentials in URLs
        f.add(self("db.postgres", "DATABASE_CONNECTION_STRING", "DATABASE_URL", "database url",
                r -> Sample.of("postgres://app_user:" + rnd(r, ALNUM, 20) + "@db-" + rnd(r, LOWER, 6)
                        + ".internal.acme.io:5432/orders")));
        f.add(self("db.mysql", "DATABASE_CONNECTION_STRING", "DATABASE_URL", "database url",
                r -> Sample.of("mysql://root:" + rnd(r, ALNUM, 16) + "@10.0." + r.nextInt(250) + "." + r.nextInt(250)
                        + ":3306/shop")));
        f.add(self("db.mongodb_srv", "DATABASE_CONNECTION_STRING", "MONGODB_URI", "mongo uri",
                r -> Sample.of("mongodb+srv://svc:" + rnd(r, ALNUM, 18) + "@cluster0." + rnd(r, LOWER_ALNUM, 5)
                        + ".mongodb.net/prod?retryWrites=true&w=majority")));
        f.add(self("db.redis", "DATABASE_CONNECTION_STRING", "REDIS_URL", "redis url",
                r -> Sample.of("redis://default:" + rnd(r, ALNUM, 24) + "@redis-" + rnd(r, DIGITS, 5)
                        + ".c1.eu-west-1.ec2.cloud.redislabs.com:16379/0")));
        f.add(self("db.amqp", "DATABASE_CONNECTION_STRING", "AMQP_URL", "rabbitmq url",
                r -> Sample.of("amqps://worker:" + rnd(r, ALNUM, 20) + "@mq.acme-corp.net:5671/jobs")));
        f.add(self("url.basic_auth", "BASIC_AUTH_URL", "REGISTRY_URL", "registry url",
                r -> Sample.of("https://deploy:" + rnd(r, ALNUM, 22) + "@registry.acme-corp.net")));
        // generic assignments: random high-entropy values next to password/secret/token/api key names
        f.add(keyed("generic.password", "GENERIC_PASSWORD", "DB_PASSWORD", "database password",
                r -> Sample.of(rnd(r, ALNUM, 12) + rnd(r, "!%*+", 1) + rnd(r, ALNUM, 5))));
        f.add(keyed("generic.api_key", "GENERIC_SECRET", "PAYMENTS_API_KEY", "payments API key",
                r -> Sample.of(rnd(r, ALNUM, 32))));
        f.add(keyed("generic.client_secret", "GENERIC_SECRET", "OAUTH_CLIENT_SECRET", "OAuth client secret",
                r -> Sample.of(rnd(r, URLSAFE, 40))));
        f.add(keyed("generic.token", "GENERIC_SECRET", "INTERNAL_SERVICE_TOKEN", "service token",
                r -> Sample.of(rnd(r, HEX, 48))));
        return f;
    }

    static Sample serviceAccount(Random r) {
        String project = "proj-" + rnd(r, LOWER_ALNUM, 8);
        String key = pem(r, "PRIVATE KEY", 1210).replace("\n", "\\n") + "\\n";
        String json = "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + project + "\",\n"
                + "  \"private_key_id\": \"" + rnd(r, HEX, 40) + "\",\n  \"private_key\": \"" + key + "\",\n"
                + "  \"client_email\": \"ci-deployer@" + project + ".iam.gserviceaccount.com\",\n"
                + "  \"client_id\": \"" + rnd(r, DIGITS, 21) + "\",\n"
                + "  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n"
                + "  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}";
        return Sample.of(json);
    }

    private static Format self(String id, String type, String key, String label, Function<Random, Sample> g) {
        return new Format(id, type, key, label, true, true, g);
    }

    private static Format keyed(String id, String type, String key, String label, Function<Random, Sample> g) {
        return new Format(id, type, key, label, false, true, g);
    }

    private static Format multi(String id, String type, String key, String label, Function<Random, Sample> g) {
        return new Format(id, type, key, label, true, false, g);
    }
}
