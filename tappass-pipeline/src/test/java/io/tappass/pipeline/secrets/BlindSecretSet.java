package io.tappass.pipeline.secrets;

import static io.tappass.pipeline.secrets.SecretFormats.ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.B64;
import static io.tappass.pipeline.secrets.SecretFormats.BASE32;
import static io.tappass.pipeline.secrets.SecretFormats.DIGITS;
import static io.tappass.pipeline.secrets.SecretFormats.HEX;
import static io.tappass.pipeline.secrets.SecretFormats.LETTERS;
import static io.tappass.pipeline.secrets.SecretFormats.LOWER;
import static io.tappass.pipeline.secrets.SecretFormats.LOWER_ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.UPPER;
import static io.tappass.pipeline.secrets.SecretFormats.UPPER_ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.URLSAFE;
import static io.tappass.pipeline.secrets.SecretFormats.rnd;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Blind sets for {@code detect_secrets}, written before the rules they measure were tuned: credentials built at
 * run time from published token-format facts (each fact names its source) and embedded in the contexts where
 * public secret corpora find them (source code in several languages, config files, shell, curl, Terraform,
 * Kubernetes, logs, URLs, prose), plus false-positive candidates (placeholders, references, hashes, identifiers,
 * encoded data, documentation examples). No value is copied from a scanner's fixture file; none is a real credential.
 *
 * <p>{@link #first(Random)} was written and measured untuned first (see docs/quality-secrets.md); the rules were
 * then improved by general mechanisms. {@link #holdout(Random)} was written afterwards, without looking at the
 * first set's failures, and measured once before any further change.
 */
final class BlindSecretSet {

    private BlindSecretSet() {
    }

    /** A case: {@code secret} is the credential inside {@code text} (null for a negative). */
    record Case(String id, String text, String secret) {
        boolean positive() {
            return secret != null;
        }
    }

    /** Placeholder marker in templates: replaced by the secret. */
    private static final String S = "\u00a7";

    static Case pos(String id, String template, String secret) {
        return new Case(id, template.replace(S, secret), secret);
    }

    static Case neg(String id, String text) {
        return new Case(id, text, null);
    }

    static String uuid(Random r) {
        return rnd(r, HEX, 8) + "-" + rnd(r, HEX, 4) + "-4" + rnd(r, HEX, 3) + "-a" + rnd(r, HEX, 3) + "-"
                + rnd(r, HEX, 12);
    }

    static String b64bytes(Random r, int n) {
        return Base64.getEncoder().encodeToString(SecretFormats.bytes(r, n));
    }

    static String b64urlBytes(Random r, int n) {
        return SecretFormats.b64url(SecretFormats.bytes(r, n));
    }

    /** A password as a person or a password manager makes it: letters, digits and a symbol. */
    static String password(Random r) {
        return rnd(r, UPPER, 1) + rnd(r, LOWER, 5) + rnd(r, DIGITS, 3) + "!#%*"
                .charAt(r.nextInt(4)) + rnd(r, ALNUM, 4);
    }

    static List<Case> first(Random r) {
        List<Case> c = new ArrayList<>();
        // =============================================================== (a) provider formats
        // Databricks personal access tokens: "dapi" + 32 hex (Databricks docs, "Authentication using PATs")
        c.add(pos("databricks.python", "from databricks import sql\nconn = sql.connect(server_hostname=\"adb-"
                + rnd(r, DIGITS, 16) + ".7.azuredatabricks.net\", http_path=\"/sql/1.0/warehouses/"
                + rnd(r, HEX, 16) + "\", access_token=\"" + S + "\")", "dapi" + rnd(r, HEX, 32)));
        // Datadog API keys: 32 hex, application keys: 40 hex (Datadog docs, "API and Application Keys")
        c.add(pos("datadog.dockerfile", "FROM python:3.12-slim\nENV DD_SITE=datadoghq.eu\nENV DD_API_KEY=" + S
                + "\nRUN pip install ddtrace", rnd(r, HEX, 32)));
        c.add(pos("datadog.yaml", "# datadog.yaml\nsite: datadoghq.com\napi_key: " + S + "\nlogs_enabled: true",
                rnd(r, HEX, 32)));
        c.add(pos("datadog.app_key.curl", "curl -X GET \"https://api.datadoghq.com/api/v1/dashboard\" \\\n"
                + "  -H \"DD-API-KEY: " + rnd(r, HEX, 32) + "\" \\\n  -H \"DD-APPLICATION-KEY: " + S + "\"",
                rnd(r, HEX, 40)));
        // New Relic user API keys: "NRAK-" + 27 upper-case alphanumerics (New Relic docs, "API keys")
        c.add(pos("newrelic.nrak.graphql", "curl https://api.newrelic.com/graphql -H 'Content-Type: application/json'"
                + " -H 'API-Key: " + S + "' -d '{\"query\":\"{ actor { user { name } } }\"}'",
                "NRAK-" + rnd(r, UPPER_ALNUM, 27)));
        // New Relic ingest license keys: 40 chars ending "NRAL" (New Relic docs, "License key")
        c.add(pos("newrelic.license.yml", "common: &default_settings\n  license_key: '" + S + "'\n  app_name: shop",
                rnd(r, HEX, 36) + "NRAL"));
        // Sentry user auth tokens: "sntryu_" + 64 hex (Sentry docs, "Auth Tokens", 2024 format)
        c.add(pos("sentry.user.env", "SENTRY_AUTH_TOKEN=" + S, "sntryu_" + rnd(r, HEX, 64)));
        // Shopify Admin API access tokens "shpat_" + 32 hex (Shopify dev docs, "Access tokens")
        c.add(pos("shopify.ruby", "ShopifyAPI::Context.setup(\n  api_key: ENV['SHOPIFY_KEY'],\n  access_token: \""
                + S + "\",\n)", "shpat_" + rnd(r, HEX, 32)));
        // Square production access tokens: "EAAA" + 60 url-safe chars (Square developer docs, "Access tokens")
        c.add(pos("square.js", "const client = new Client({\n  accessToken: '" + S
                + "',\n  environment: Environment.Production,\n});", "EAAA" + rnd(r, URLSAFE, 60)));
        // Braintree access tokens: access_token$production$<16>$<32 hex> (Braintree docs, "Access tokens")
        c.add(pos("braintree.java", "BraintreeGateway gateway = new BraintreeGateway(\"" + S + "\");",
                "access_token$production$" + rnd(r, LOWER_ALNUM, 16) + "$" + rnd(r, HEX, 32)));
        // Mailgun private API keys: "key-" + 32 hex (Mailgun docs, legacy key format)
        c.add(pos("mailgun.curl", "curl -s --user 'api:" + S + "' https://api.mailgun.net/v3/mg.example.org/messages",
                "key-" + rnd(r, HEX, 32)));
        // Mailchimp API keys: 32 hex + "-us" + data-centre number (Mailchimp docs, "About API keys")
        c.add(pos("mailchimp.php", "$MailChimp = new MailChimp('" + S + "');", rnd(r, HEX, 32) + "-us"
                + (1 + r.nextInt(20))));
        // Postman API keys: "PMAK-" + 24 hex + "-" + 34 hex (Postman docs, "Generating a Postman API key")
        c.add(pos("postman.header", "GET https://api.getpostman.com/collections\nX-Api-Key: " + S,
                "PMAK-" + rnd(r, HEX, 24) + "-" + rnd(r, HEX, 34)));
        // Pulumi access tokens: "pul-" + 40 hex (Pulumi docs, "Access tokens")
        c.add(pos("pulumi.gha", "      - uses: pulumi/actions@v5\n        env:\n          PULUMI_ACCESS_TOKEN: " + S,
                "pul-" + rnd(r, HEX, 40)));
        // Terraform Cloud / HCP tokens: 14 chars + ".atlasv1." + ~67 chars (HashiCorp docs, "API tokens")
        c.add(pos("terraform.credentials", "credentials \"app.terraform.io\" {\n  token = \"" + S + "\"\n}",
                rnd(r, ALNUM, 14) + ".atlasv1." + rnd(r, ALNUM, 67)));
        // Doppler service tokens: "dp.st." + environment + "." + 40-44 chars (Doppler docs, "Token formats")
        c.add(pos("doppler.cli", "doppler run --token " + S + " -- ./server",
                "dp.st.prd." + rnd(r, ALNUM, 43)));
        // Linear personal API keys: "lin_api_" + 40 alphanumerics (Linear developers docs)
        c.add(pos("linear.graphql", "const linear = new LinearClient({ apiKey: \"" + S + "\" })",
                "lin_api_" + rnd(r, ALNUM, 40)));
        // Atlassian API tokens (2023+): "ATATT3" + base64url body + "=" + 8 hex checksum, ~192 chars
        // (Atlassian support, "Manage API tokens for your Atlassian account")
        c.add(pos("atlassian.jira.py", "jira = JIRA(server='https://acme.atlassian.net', basic_auth=('ops@acme.io', '"
                + S + "'))", "ATATT3xFfGF0" + rnd(r, URLSAFE, 170) + "=" + rnd(r, "0123456789ABCDEF", 8)));
        // Okta API tokens: "00" + 40 url-safe chars, sent as "Authorization: SSWS <token>" (Okta developer docs)
        c.add(pos("okta.curl", "curl -H \"Authorization: SSWS " + S + "\" https://acme.okta.com/api/v1/users",
                "00" + rnd(r, ALNUM, 40)));
        // Cloudflare API tokens: 40 url-safe chars (Cloudflare docs); recognisable by name only
        c.add(pos("cloudflare.env", "CLOUDFLARE_API_TOKEN=" + S, rnd(r, URLSAFE, 40)));
        // DigitalOcean PATs: "dop_v1_" + 64 hex (DigitalOcean docs, "How to create a personal access token")
        c.add(pos("digitalocean.tf", "provider \"digitalocean\" {\n  token = \"" + S + "\"\n}",
                "dop_v1_" + rnd(r, HEX, 64)));
        // Heroku API keys: legacy UUID by name (Heroku Dev Center, "Authentication")
        c.add(pos("heroku.netrc.env", "export HEROKU_API_KEY=" + S, uuid(r)));
        // Fly.io tokens: "FlyV1 fm2_" + base64 macaroon (fly.io docs, "Access tokens")
        c.add(pos("flyio.gha", "env:\n  FLY_API_TOKEN: \"FlyV1 " + S + "\"",
                "fm2_lJPE" + rnd(r, B64, 300)));
        // Vercel: tokens passed as --token; 24 alphanumerics (Vercel CLI docs); by name
        c.add(pos("vercel.cli", "vercel deploy --prod --token=" + S, rnd(r, ALNUM, 24)));
        // Supabase management API tokens: "sbp_" + 40 hex (Supabase docs, "Management API")
        c.add(pos("supabase.mcp.json", "{\"mcpServers\":{\"supabase\":{\"command\":\"npx\",\"args\":[\"-y\","
                + "\"@supabase/mcp-server-supabase@latest\",\"--access-token\",\"" + S + "\"]}}}",
                "sbp_" + rnd(r, HEX, 40)));
        // PlanetScale passwords: "pscale_pw_" + 43 url-safe chars (PlanetScale docs, "Connection strings")
        c.add(pos("planetscale.url", "DATABASE_URL='mysql://" + rnd(r, LOWER_ALNUM, 12) + ":" + S
                + "@aws.connect.psdb.cloud/shop?sslaccept=strict'", "pscale_pw_" + rnd(r, URLSAFE, 43)));
        // Grafana service-account tokens: "glsa_" + 32 alphanumerics + "_" + 8 hex (Grafana docs)
        c.add(pos("grafana.header", "Authorization: Bearer " + S, "glsa_" + rnd(r, ALNUM, 32) + "_"
                + rnd(r, HEX, 8)));
        // age secret keys: "AGE-SECRET-KEY-1" + 58 bech32 upper-case chars (age spec, C2SP age.md)
        c.add(pos("age.keyfile", "# created: 2025-01-04T10:00:00Z\n# public key: age1" + rnd(r,
                "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58) + "\n" + S,
                "AGE-SECRET-KEY-1" + rnd(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)));
        // 1Password secret keys: "A3-" + groups of 6-6-5-5-5-5 upper-case alphanumerics (1Password support,
        // "About your Secret Key")
        c.add(pos("onepassword.secret_key", "Emergency kit\nSign-in address: acme.1password.com\nSecret Key: " + S,
                "A3-" + rnd(r, UPPER_ALNUM, 6) + "-" + rnd(r, UPPER_ALNUM, 6) + "-" + rnd(r, UPPER_ALNUM, 5) + "-"
                        + rnd(r, UPPER_ALNUM, 5) + "-" + rnd(r, UPPER_ALNUM, 5) + "-" + rnd(r, UPPER_ALNUM, 5)));
        // HashiCorp Vault service tokens: "hvs." + 90+ url-safe chars (Vault 1.10 docs, "Token prefixes")
        c.add(pos("vault.cli", "$ vault login " + S, "hvs." + rnd(r, URLSAFE, 91)));
        // Telegram bot tokens: bot id (8-10 digits) + ":" + 35 chars starting "AA" (Telegram Bot API docs)
        c.add(pos("telegram.url", "requests.get(f\"https://api.telegram.org/bot" + S + "/sendMessage\", params=p)",
                rnd(r, "123456789", 1) + rnd(r, DIGITS, 9) + ":AA" + rnd(r, URLSAFE, 33)));
        // Discord webhooks: discord.com/api/webhooks/<snowflake>/<68 url-safe> (Discord developer docs)
        c.add(pos("discord.webhook.js", "await fetch('" + S + "', { method: 'POST', body })",
                "https://discord.com/api/webhooks/" + rnd(r, DIGITS, 19) + "/" + rnd(r, URLSAFE, 68)));
        // Twitch stream keys: "live_" + user id + "_" + 30 alphanumerics (Twitch help, stream key)
        c.add(pos("twitch.obs", "rtmp://live.twitch.tv/app/" + S, "live_" + rnd(r, DIGITS, 9) + "_"
                + rnd(r, ALNUM, 30)));
        // Dropbox short-lived tokens: "sl." + ~130+ url-safe chars (Dropbox OAuth guide)
        c.add(pos("dropbox.py", "dbx = dropbox.Dropbox(\"" + S + "\")", "sl." + rnd(r, URLSAFE, 135)));
        // Dropbox tokens issued since 2024 start "sl.u." (Dropbox developer forum announcement)
        c.add(pos("dropbox.slu", "DROPBOX_ACCESS_TOKEN: " + S, "sl.u." + rnd(r, URLSAFE, 140)));
        // Asana PATs: "2/" + user gid + "/" + app gid + ":" + 32 hex (Asana developer docs, "Personal access token")
        c.add(pos("asana.curl", "curl https://app.asana.com/api/1.0/users/me -H \"Authorization: Bearer " + S + "\"",
                "2/" + rnd(r, DIGITS, 16) + "/" + rnd(r, DIGITS, 16) + ":" + rnd(r, HEX, 32)));
        // Airtable PATs: "pat" + 14 alphanumerics + "." + 64 hex (Airtable support, "Personal access tokens")
        c.add(pos("airtable.py", "api = Api('" + S + "')", "pat" + rnd(r, ALNUM, 14) + "." + rnd(r, HEX, 64)));
        // Contentful management tokens: "CFPAT-" + 43 url-safe (Contentful docs, "Personal access tokens")
        c.add(pos("contentful.cli", "contentful login --management-token " + S, "CFPAT-" + rnd(r, URLSAFE, 43)));
        // Algolia admin API keys: 32 hex, by name (Algolia docs, "API keys")
        c.add(pos("algolia.js", "const client = algoliasearch('" + rnd(r, UPPER_ALNUM, 10) + "', '" + S
                + "'); // admin key", rnd(r, HEX, 32)));
        // Mapbox secret tokens: "sk.eyJ" + base64url JSON + "." + 22 chars (Mapbox docs, "Access tokens")
        c.add(pos("mapbox.netrc", "machine api.mapbox.com\nlogin mapbox\npassword " + S,
                "sk.eyJ1IjoiYWNtZSIsImEiOiJ" + rnd(r, URLSAFE, 40) + "." + rnd(r, URLSAFE, 22)));
        // Groq API keys: "gsk_" + 52 alphanumerics (Groq console)
        c.add(pos("groq.py", "client = Groq(api_key=\"" + S + "\")", "gsk_" + rnd(r, ALNUM, 52)));
        // Mistral API keys: 32 alphanumerics, by name (Mistral docs)
        c.add(pos("mistral.env", "MISTRAL_API_KEY=" + S, rnd(r, ALNUM, 32)));
        // Cohere API keys: 40 alphanumerics, by name (Cohere docs)
        c.add(pos("cohere.py", "co = cohere.ClientV2(api_key=\"" + S + "\")", rnd(r, ALNUM, 40)));
        // Replicate tokens: "r8_" + 37 alphanumerics (Replicate docs)
        c.add(pos("replicate.shell", "export REPLICATE_API_TOKEN=" + S, "r8_" + rnd(r, ALNUM, 37)));
        // Perplexity keys: "pplx-" + 48 alphanumerics (Perplexity API docs)
        c.add(pos("perplexity.curl", "curl https://api.perplexity.ai/chat/completions -H 'Authorization: Bearer " + S
                + "'", "pplx-" + rnd(r, ALNUM, 48)));
        // xAI keys: "xai-" + 80 alphanumerics (xAI console)
        c.add(pos("xai.chat", "my xai key is " + S + " but it returns 401, why?", "xai-" + rnd(r, ALNUM, 80)));
        // DeepSeek keys: "sk-" + 32 hex (DeepSeek platform docs, "Your API key")
        c.add(pos("deepseek.prose", "DeepSeek works with the OpenAI SDK, I set base_url to api.deepseek.com and used "
                + S + " as the key", "sk-" + rnd(r, HEX, 32)));
        // HubSpot private app tokens: "pat-" + region ("na1", "eu1") + "-" + UUID (HubSpot developer docs)
        c.add(pos("hubspot.node", "const hubspotClient = new hubspot.Client({ accessToken: '" + S + "' })",
                "pat-na1-" + uuid(r)));
        // Riot Games API keys: "RGAPI-" + UUID (Riot developer portal)
        c.add(pos("riot.url", "GET https://euw1.api.riotgames.com/lol/summoner/v4/summoners/me?api_key=" + S,
                "RGAPI-" + uuid(r)));
        // LaunchDarkly server-side SDK keys: "sdk-" + UUID (LaunchDarkly docs, "Keys")
        c.add(pos("launchdarkly.java", "LDClient client = new LDClient(\"" + S + "\");", "sdk-" + uuid(r)));
        // Zapier catch hooks: hooks.zapier.com/hooks/catch/<account id>/<hook id>/ (Zapier help, Webhooks)
        c.add(pos("zapier.hook", "POST " + S + " with the order payload",
                "https://hooks.zapier.com/hooks/catch/" + rnd(r, DIGITS, 7) + "/" + rnd(r, LOWER_ALNUM, 6) + "/"));
        // legacy npm tokens are UUIDs in .npmrc (npm docs, "npmrc": //registry/:_authToken=)
        c.add(pos("npmrc.legacy", "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=" + S,
                uuid(r)));
        // Laravel application keys: "base64:" + base64 of 32 random bytes (Laravel docs, "Encryption")
        c.add(pos("laravel.env", "APP_NAME=Shop\nAPP_ENV=production\nAPP_KEY=" + S + "\nAPP_DEBUG=false",
                "base64:" + b64bytes(r, 32)));
        // GitHub fine-grained PATs: "github_pat_" + 22 + "_" + 59 (GitHub docs / blog, 2022)
        c.add(pos("github.fine.gitconfig", "[url \"https://oauth2:" + S + "@github.com/\"]\n\tinsteadOf = https://github.com/",
                "github_pat_11" + rnd(r, UPPER_ALNUM, 20) + "_" + rnd(r, ALNUM, 59)));
        // GitHub classic PAT with CRC32 checksum (GitHub blog "Behind GitHub's new authentication token formats")
        c.add(pos("github.pat.remote", "git remote set-url origin https://" + S + "@github.com/acme/app.git",
                "ghp_" + SecretFormats.crc32Body(r)));
        // GitLab PATs: "glpat-" + 20 url-safe chars (GitLab docs, "Personal access tokens")
        c.add(pos("gitlab.header", "curl --header \"PRIVATE-TOKEN: " + S + "\" \"https://gitlab.com/api/v4/projects\"",
                "glpat-" + rnd(r, URLSAFE, 20)));
        // Slack bot tokens: xoxb-<team>-<bot>-<24 alnum> (Slack docs, "Token types")
        c.add(pos("slack.python", "app = App(token=\"" + S + "\", signing_secret=os.environ[\"SIGNING\"])",
                "xoxb-" + rnd(r, DIGITS, 12) + "-" + rnd(r, DIGITS, 13) + "-" + rnd(r, ALNUM, 24)));
        // Slack incoming webhooks (Slack docs)
        c.add(pos("slack.webhook.sh", "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"done\"}' "
                + S, "https://hooks.slack.com/services/T" + rnd(r, UPPER_ALNUM, 8) + "/B" + rnd(r, UPPER_ALNUM, 10)
                + "/" + rnd(r, ALNUM, 24)));
        // Stripe live secret keys: "sk_live_" + 24-99+ alphanumerics (Stripe docs, "API keys")
        c.add(pos("stripe.go", "stripe.Key = \"" + S + "\"", "sk_live_51" + rnd(r, ALNUM, 97)));
        c.add(pos("stripe.whsec", "endpoint_secret = '" + S + "'", "whsec_" + rnd(r, ALNUM, 32)));
        // Twilio API key SIDs "SK" + 32 hex; auth tokens 32 hex by name (Twilio docs)
        c.add(pos("twilio.cs", "TwilioClient.Init(\"AC" + rnd(r, HEX, 32) + "\", \"" + S + "\");", rnd(r, HEX, 32)));
        // SendGrid keys: "SG." + 22 + "." + 43 url-safe (SendGrid docs, "API keys")
        c.add(pos("sendgrid.yaml", "sendgrid:\n  api-key: " + S, "SG." + rnd(r, URLSAFE, 22) + "." + rnd(r, URLSAFE, 43)));
        // npm granular tokens: "npm_" + 36 (GitHub blog, 2021 npm token format; CRC32 checksum)
        c.add(pos("npm.ci", "- run: echo \"//registry.npmjs.org/:_authToken=" + S + "\" > ~/.npmrc",
                "npm_" + SecretFormats.crc32Body(r)));
        // PyPI API tokens: "pypi-AgEIcHlwaS5vcmc" + macaroon (PyPI help, "API tokens")
        c.add(pos("pypi.pypirc", "[pypi]\n  username = __token__\n  password = " + S,
                "pypi-AgEIcHlwaS5vcmc" + rnd(r, URLSAFE, 150)));
        // Docker Hub PATs: "dckr_pat_" + 27 url-safe (Docker docs, "Access tokens")
        c.add(pos("docker.login", "echo " + S + " | docker login -u acmebot --password-stdin",
                "dckr_pat_" + rnd(r, URLSAFE, 27)));
        // Hugging Face user tokens: "hf_" + 34 letters (Hugging Face docs, "User access tokens")
        c.add(pos("huggingface.nb", "from huggingface_hub import login\nlogin(\"" + S + "\")", "hf_" + rnd(r, LETTERS, 34)));
        // OpenAI project keys with the "T3BlbkFJ" marker (OpenAI platform docs)
        c.add(pos("openai.langchain", "llm = ChatOpenAI(model=\"gpt-4o\", openai_api_key=\"" + S + "\")",
                "sk-proj-" + rnd(r, URLSAFE, 74) + "T3BlbkFJ" + rnd(r, URLSAFE, 74)));
        // Anthropic keys: "sk-ant-api03-" + 93 url-safe + "AA" (Anthropic console)
        c.add(pos("anthropic.ts", "const anthropic = new Anthropic({ apiKey: '" + S + "' });",
                "sk-ant-api03-" + rnd(r, URLSAFE, 93) + "AA"));
        // AWS access key ids "AKIA" + 16 base32 and 40-char secrets (AWS IAM docs)
        c.add(pos("aws.boto3.id", "s3 = boto3.client('s3', aws_access_key_id='" + S + "', aws_secret_access_key=SECRET)",
                "AKIA" + rnd(r, BASE32, 16)));
        c.add(pos("aws.boto3.secret", "s3 = boto3.client('s3', aws_access_key_id=KEY_ID, aws_secret_access_key='" + S
                + "')", rnd(r, B64, 40)));
        c.add(pos("aws.credentials.ini", "[default]\naws_access_key_id = AKIA" + rnd(r, BASE32, 16)
                + "\naws_secret_access_key = " + S + "\nregion = eu-west-1", rnd(r, B64, 40)));
        // GCP service-account key JSON (Google Cloud docs, "Create and delete service account keys")
        String sa = SecretFormats.serviceAccount(r).embed();
        c.add(pos("gcp.sa.python", "info = json.loads('''" + S + "''')", sa));
        // Azure storage connection strings: AccountKey = 88-char base64 (Azure Storage docs)
        c.add(pos("azure.connstr.json", "{\n  \"ConnectionStrings\": {\n    \"Blob\": \"DefaultEndpointsProtocol=https;"
                + "AccountName=acmeprod;AccountKey=" + S + ";EndpointSuffix=core.windows.net\"\n  }\n}",
                b64bytes(r, 64)));
        // Azure AD client secrets: 3 chars + digit + "Q~" + 34 chars (Microsoft identity platform docs)
        c.add(pos("azure.ad.tf", "resource \"azuread_application_password\" \"x\" {}\nclient_secret = \"" + S + "\"",
                rnd(r, ALNUM, 3) + r.nextInt(10) + "Q~" + rnd(r, ALNUM + "_~.-", 34)));
        // JWT (RFC 7519) in an HTTP header
        c.add(pos("jwt.log", "2025-03-01T10:00:00Z DEBUG outgoing request headers={Authorization=Bearer " + S + "}",
                SecretFormats.jwt(r)));
        // PEM private keys (RFC 7468), OpenSSH, PGP (RFC 4880 armor)
        c.add(pos("pem.rsa.yaml", "tls:\n  key: |\n    " + S, SecretFormats.pem(r, "RSA PRIVATE KEY", 600)
                .replace("\n", "\n    ")));
        c.add(pos("pem.openssh", "cat > ~/.ssh/id_ed25519 <<'EOF'\n" + S + "\nEOF",
                SecretFormats.pem(r, "OPENSSH PRIVATE KEY", 300)));
        c.add(pos("pgp.private", "gpg --import <<EOF\n" + S + "\nEOF",
                "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + SecretFormats.pemBody(r, 700) + "="
                        + rnd(r, B64, 4) + "\n-----END PGP PRIVATE KEY BLOCK-----"));
        // database URLs with passwords (RFC 3986 userinfo)
        c.add(pos("db.postgres.py", "engine = create_engine(\"" + S + "\")", "postgresql+psycopg2://app:" + password(r)
                + "@db.internal:5432/orders"));
        c.add(pos("db.mongo.srv", "MONGO_URI=" + S, "mongodb+srv://svc:" + rnd(r, ALNUM, 16)
                + "@cluster0.ab1cd.mongodb.net/prod?retryWrites=true&w=majority"));
        c.add(pos("db.redis.nouser", "REDIS_URL=" + S, "redis://:" + rnd(r, ALNUM, 24) + "@cache.internal:6379/0"));
        c.add(pos("db.amqp", "broker_url = '" + S + "'", "amqp://celery:" + password(r) + "@rabbit:5672/prod"));
        c.add(pos("db.jdbc.query", "spring.datasource.url=jdbc:mysql://db:3306/shop?user=shop&password=" + S,
                password(r)));
        // basic-auth URLs
        c.add(pos("basic.pip", "pip install --index-url " + S + " acme-internal",
                "https://deploy:" + rnd(r, ALNUM, 20) + "@pypi.acme.io/simple/"));

        // =============================================================== (b) generic assignments in contexts
        c.add(pos("gen.python", "DB_PASSWORD = \"" + S + "\"", password(r)));
        c.add(pos("gen.js.object", "const config = { user: 'admin', password: '" + S + "', host: 'db' };", password(r)));
        c.add(pos("gen.go.struct", "cfg := mysql.Config{\n\tUser:   \"app\",\n\tPasswd: \"" + S + "\",\n\tNet: \"tcp\",\n}",
                password(r)));
        c.add(pos("gen.java.field", "private static final String API_SECRET = \"" + S + "\";", rnd(r, ALNUM, 32)));
        c.add(pos("gen.yaml.nested", "database:\n  host: db.internal\n  username: app\n  password: " + S + "\n  pool: 5",
                password(r)));
        c.add(pos("gen.ini", "[mysql]\nhost = 10.0.0.5\nuser = report\npassword = " + S + "\n", password(r)));
        c.add(pos("gen.dotenv", "SECRET_KEY=" + S + "\nDEBUG=False", rnd(r, ALNUM + "!@#%^*", 50)));
        c.add(pos("gen.json", "{\"service\": \"billing\", \"apiKey\": \"" + S + "\", \"timeout\": 30}",
                rnd(r, ALNUM, 36)));
        c.add(pos("gen.xml.element", "<server>\n  <id>nexus</id>\n  <username>deployer</username>\n  <password>" + S
                + "</password>\n</server>", password(r)));
        c.add(pos("gen.xml.spring", "<property name=\"password\" value=\"" + S + "\"/>", password(r)));
        c.add(pos("gen.dockerfile.env", "FROM node:20\nENV API_TOKEN " + S + "\nCMD [\"node\", \"index.js\"]",
                rnd(r, ALNUM, 32)));
        c.add(pos("gen.compose", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: "
                + S, password(r)));
        c.add(pos("gen.k8s.env", "        env:\n        - name: STRIPE_API_KEY\n          value: \"" + S + "\"",
                rnd(r, ALNUM, 32)));
        c.add(pos("gen.terraform", "resource \"aws_db_instance\" \"main\" {\n  username = \"admin\"\n  password = \"" + S
                + "\"\n}", password(r)));
        c.add(pos("gen.shell.export", "export DB_PASS='" + S + "'", password(r)));
        c.add(pos("gen.curl.user", "curl -u admin:" + S + " https://jenkins.internal/api/json", password(r)));
        c.add(pos("gen.curl.form", "curl -X POST https://auth.acme.io/oauth/token -d 'grant_type=client_credentials"
                + "&client_id=web&client_secret=" + S + "'", rnd(r, ALNUM, 40)));
        c.add(pos("gen.log", "2025-02-11 09:14:02 INFO  auth: retrying login user=svc_backup password=" + S
                + " attempt=2", password(r)));
        c.add(pos("gen.url.query", "https://api.weather.example.net/v1/forecast?q=Berlin&apikey=" + S,
                rnd(r, HEX, 32)));
        c.add(pos("gen.php", "$db_password = '" + S + "';", password(r)));
        c.add(pos("gen.ruby.hash", "ActiveRecord::Base.establish_connection(adapter: 'postgresql', password: '" + S
                + "')", password(r)));
        c.add(pos("gen.csharp", "var conn = \"Server=sql01;Database=crm;User Id=crm;Password=" + S + ";\";",
                password(r)));
        c.add(pos("gen.spring.props", "spring.datasource.password=" + S, password(r)));
        c.add(pos("gen.kotlin", "val apiKey = \"" + S + "\"", rnd(r, ALNUM, 40)));
        c.add(pos("gen.sshpass", "sshpass -p '" + S + "' ssh deploy@10.1.2.3 'systemctl restart app'", password(r)));
        c.add(pos("gen.docker.login", "docker login registry.acme.io -u ci -p " + S, password(r)));
        c.add(pos("gen.cli.flag", "./migrate --db-host=db --db-user=app --db-password " + S + " up", password(r)));
        c.add(pos("gen.chat", "hey, the staging admin password is " + S + " - please rotate it after the demo",
                password(r)));
        c.add(pos("gen.powershell", "$securePassword = ConvertTo-SecureString \"" + S + "\" -AsPlainText -Force",
                password(r)));
        c.add(pos("gen.secret_key_base", "production:\n  secret_key_base: " + S, rnd(r, HEX, 128)));

        // =============================================================== (c) false-positive candidates
        c.add(neg("ph.angle", "OPENAI_API_KEY=<your-openai-key>"));
        c.add(neg("ph.xxxx", "export STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"));
        c.add(neg("ph.akia.filler", "aws_access_key_id = AKIAXXXXXXXXXXXXXXXX"));
        c.add(neg("ph.ghp.filler", "GITHUB_TOKEN=ghp_" + "x".repeat(36)));
        c.add(neg("ph.dollar", "password: ${DB_PASSWORD}"));
        c.add(neg("ph.environ", "api_key = os.environ[\"MISTRAL_API_KEY\"]"));
        c.add(neg("ph.getenv.go", "token := os.Getenv(\"GITHUB_TOKEN\")"));
        c.add(neg("ph.jinja", "password: \"{{ vault_db_password }}\""));
        c.add(neg("ph.helm", "  password: {{ .Values.postgresql.auth.password | quote }}"));
        c.add(neg("ph.gha", "NPM_TOKEN: ${{ secrets.NPM_TOKEN }}"));
        c.add(neg("ph.stars", "password = \"********\""));
        c.add(neg("ph.your", "\"apiKey\": \"YOUR_API_KEY\","));
        c.add(neg("ph.changeme", "ADMIN_PASSWORD=changeme"));
        c.add(neg("ph.empty", "password = \"\""));
        c.add(neg("ph.none", "password = None"));
        c.add(neg("ph.getpass", "password = getpass.getpass(\"Password: \")"));
        c.add(neg("ph.secretref", "valueFrom:\n  secretKeyRef:\n    name: db-credentials\n    key: password"));
        c.add(neg("ph.maven.env", "<password>${env.MAVEN_PASSWORD}</password>"));
        c.add(neg("ph.spring.ref", "spring.datasource.password=${DB_PASSWORD:}"));
        c.add(neg("ph.ref.config", "api_key = config.get(\"weather\", \"api_key\")"));
        c.add(neg("ph.cfn", "MasterUserPassword: !Ref DBPassword"));
        c.add(neg("ph.printf", "dsn = \"postgres://%s:%s@%s/%s\" % (user, password, host, db)"));
        c.add(neg("ph.url.placeholder", "DATABASE_URL=postgres://user:password@localhost:5432/mydb"));
        c.add(neg("ph.sk.truncated", "Your key sk-proj-...a9Zq was created on 3 March."));
        c.add(neg("doc.aws", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        c.add(neg("doc.example.word", "SLACK_TOKEN=xoxb-EXAMPLE-TOKEN-FOR-DOCS"));
        c.add(neg("hash.sha256.digest", "image: nginx@sha256:" + rnd(r, HEX, 64)));
        c.add(neg("hash.git", "commit " + rnd(r, HEX, 40) + "\nAuthor: Ada <ada@acme.io>\n\n    fix token refresh"));
        c.add(neg("hash.npm.integrity", "\"node_modules/lodash\": {\n  \"version\": \"4.17.21\",\n  \"resolved\": "
                + "\"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n  \"integrity\": \"sha512-"
                + b64bytes(r, 64) + "\"\n}"));
        c.add(neg("hash.yarn", "lodash@^4.17.21:\n  version \"4.17.21\"\n  resolved \"https://registry.yarnpkg.com/lodash/-/"
                + "lodash-4.17.21.tgz#" + rnd(r, HEX, 40) + "\"\n  integrity sha512-" + b64bytes(r, 64)));
        c.add(neg("hash.gosum", "golang.org/x/crypto v0.21.0 h1:" + b64bytes(r, 32)));
        c.add(neg("hash.sri", "<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5/dist/js/b.min.js\" integrity=\"sha384-"
                + b64bytes(r, 48) + "\" crossorigin=\"anonymous\"></script>"));
        c.add(neg("hash.md5sum", rnd(r, HEX, 32) + "  release-2.4.1.tar.gz"));
        c.add(neg("id.uuid.request", "X-Request-Id: " + uuid(r)));
        c.add(neg("id.trace", "trace_id=" + rnd(r, HEX, 32) + " span_id=" + rnd(r, HEX, 16) + " level=info"));
        c.add(neg("id.uuid.json", "{\"id\": \"" + uuid(r) + "\", \"tenantId\": \"" + uuid(r) + "\"}"));
        c.add(neg("id.client_id", "GOOGLE_CLIENT_ID=" + rnd(r, DIGITS, 12) + "-" + rnd(r, LOWER_ALNUM, 32)
                + ".apps.googleusercontent.com"));
        c.add(neg("id.stripe.pk", "const stripe = Stripe('pk_live_" + rnd(r, ALNUM, 99) + "');"));
        c.add(neg("b64.image", "<img src=\"data:image/png;base64," + b64bytes(r, 600) + "\"/>"));
        c.add(neg("b64.font", "@font-face{font-family:X;src:url(data:font/woff2;base64," + b64bytes(r, 400) + ")}"));
        c.add(neg("pub.ssh", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rnd(r, B64, 43) + " ada@laptop"));
        c.add(neg("pub.cert", SecretFormats.pem(r, "CERTIFICATE", 700)));
        c.add(neg("code.password_field", "passwordInput.placeholder = \"Enter your password\";"));
        c.add(neg("code.token_header", "TOKEN_HEADER = \"X-Auth-Token\""));
        c.add(neg("code.secret_name", "secret_name = \"prod/billing/db-password\""));
        c.add(neg("code.keypath", "private_key_path = \"~/.ssh/id_rsa\""));
        c.add(neg("code.min_length", "PASSWORD_MIN_LENGTH = 12"));
        c.add(neg("code.bearer_concat", "headers = {\"Authorization\": \"Bearer \" + access_token}"));
        c.add(neg("code.token_type", "{\"access_token\": \"<redacted>\", \"token_type\": \"Bearer\", \"expires_in\": 3600}"));
        c.add(neg("prose.password", "Use a password manager and never reuse the same password across sites."));
        c.add(neg("prose.token", "The token bucket algorithm refills tokens at a fixed rate."));
        c.add(neg("code.test.fixture", "def test_masks_key():\n    assert mask(\"sk_test_\" + \"x\" * 24) == \"sk_test_****\""));
        c.add(neg("hash.etag", "ETag: W/\"" + rnd(r, HEX, 32) + "\""));
        c.add(neg("id.arn", "arn:aws:secretsmanager:eu-west-1:" + rnd(r, DIGITS, 12) + ":secret:prod/db-"
                + rnd(r, ALNUM, 6)));
        c.add(neg("code.bcrypt.cost", "BCRYPT_ROUNDS = 12  # password hashing cost"));
        c.add(neg("ph.redacted", "Authorization: Bearer [REDACTED]"));
        c.add(neg("ph.angle.curl", "curl -H \"Authorization: Bearer <ACCESS_TOKEN>\" https://api.acme.io/v1/me"));
        c.add(neg("hash.docker.layer", "Digest: sha256:" + rnd(r, HEX, 64) + "\nStatus: Downloaded newer image"));
        c.add(neg("id.mongo.objectid", "{\"_id\": {\"$oid\": \"" + rnd(r, HEX, 24) + "\"}}"));
        return c;
    }

    /**
     * The holdout, written after the first pass without looking at its failures: other formats, other languages and
     * file types, other false-positive shapes. Measured once untuned (see docs/quality-secrets.md).
     */
    static List<Case> holdout(Random r) {
        List<Case> c = new ArrayList<>();
        // ------------------------------------------------------------ provider formats (facts credited per line)
        // GitLab runner authentication tokens "glrt-" + 20+ url-safe (GitLab docs, "Runner authentication tokens")
        c.add(pos("h.gitlab.runner.toml", "[[runners]]\n  name = \"docker-1\"\n  url = \"https://gitlab.acme.io\"\n"
                + "  token = \"" + S + "\"\n  executor = \"docker\"", "glrt-" + rnd(r, URLSAFE, 20)));
        // Slack app-level tokens "xapp-1-" + A-id + "-" + digits + "-" + 64 hex (Slack docs, "App-level tokens")
        c.add(pos("h.slack.xapp.js", "const app = new App({ appToken: process.env.X || '" + S + "', socketMode: true });",
                "xapp-1-A" + rnd(r, UPPER_ALNUM, 10) + "-" + rnd(r, DIGITS, 13) + "-" + rnd(r, HEX, 64)));
        // Slack user tokens "xoxp-" (Slack docs)
        c.add(pos("h.slack.xoxp.prose", "I exported " + S + " into my shell and the API still says not_authed",
                "xoxp-" + rnd(r, DIGITS, 11) + "-" + rnd(r, DIGITS, 12) + "-" + rnd(r, DIGITS, 13) + "-"
                        + rnd(r, HEX, 32)));
        // Stripe restricted live keys "rk_live_" (Stripe docs, "Restricted API keys")
        c.add(pos("h.stripe.rk.toml", "[stripe]\nkey = \"" + S + "\"", "rk_live_51" + rnd(r, ALNUM, 97)));
        // Shopify shared secrets "shpss_" + 32 hex (Shopify dev docs)
        c.add(pos("h.shopify.shpss.rb", "ShopifyApp.configure { |c| c.secret = \"" + S + "\" }", "shpss_" + rnd(r, HEX, 32)));
        // Square OAuth application secrets "sq0csp-" + 43 (Square developer docs)
        c.add(pos("h.square.sq0csp", "SQUARE_APPLICATION_SECRET: " + S, "sq0csp-" + rnd(r, URLSAFE, 43)));
        // Dynatrace API tokens "dt0c01." + 24 upper alnum + "." + 64 upper alnum (Dynatrace docs, "Token format")
        c.add(pos("h.dynatrace.header", "Authorization: Api-Token " + S, "dt0c01." + rnd(r, UPPER_ALNUM, 24) + "."
                + rnd(r, UPPER_ALNUM, 64)));
        // Tailscale auth keys "tskey-auth-" + id + "-" + secret (Tailscale docs, "Auth keys")
        c.add(pos("h.tailscale.up", "sudo tailscale up --authkey=" + S + " --ssh", "tskey-auth-k" + rnd(r, ALNUM, 10)
                + "CNTRL-" + rnd(r, ALNUM, 33)));
        // Notion integration tokens "ntn_" + 11 digits + 35 alnum (Notion API docs)
        c.add(pos("h.notion.py", "notion = Client(auth=\"" + S + "\")", "ntn_" + rnd(r, DIGITS, 11) + rnd(r, ALNUM, 35)));
        // Figma PATs "figd_" + 40 url-safe (Figma developer docs)
        c.add(pos("h.figma.header", "X-Figma-Token: " + S, "figd_" + rnd(r, URLSAFE, 40)));
        // Google API keys "AIza" + 35 (Google Cloud docs, "API keys")
        c.add(pos("h.google.url", "https://maps.googleapis.com/maps/api/geocode/json?address=Ghent&key=" + S,
                "AIza" + rnd(r, URLSAFE, 35)));
        // Google OAuth client secrets "GOCSPX-" + 28 (Google Identity docs)
        c.add(pos("h.google.client_secret.json", "{\"installed\":{\"client_id\":\"" + rnd(r, DIGITS, 12)
                + "-x.apps.googleusercontent.com\",\"client_secret\":\"" + S + "\"}}", "GOCSPX-" + rnd(r, URLSAFE, 28)));
        // Google OAuth access tokens "ya29." (Google Identity docs)
        c.add(pos("h.google.ya29.log", "DEBUG google.auth: refreshed credentials token=" + S + " expiry=3599",
                "ya29.a0" + rnd(r, URLSAFE, 150)));
        // Alibaba Cloud AccessKey ids "LTAI" + 20 alnum (Alibaba Cloud docs)
        c.add(pos("h.alibaba.go", "client, err := oss.New(endpoint, \"" + S + "\", secret)", "LTAI" + rnd(r, ALNUM, 20)));
        // Pinecone keys "pcsk_" + id + "_" + secret (Pinecone docs)
        c.add(pos("h.pinecone.py", "pc = Pinecone(api_key=\"" + S + "\")", "pcsk_" + rnd(r, ALNUM, 6) + "_"
                + rnd(r, ALNUM, 63)));
        // Resend keys "re_" + 8 + "_" + 24 (Resend docs)
        c.add(pos("h.resend.ts", "const resend = new Resend('" + S + "');", "re_" + rnd(r, ALNUM, 8) + "_"
                + rnd(r, ALNUM, 24)));
        // Brevo (Sendinblue) keys "xkeysib-" + 64 hex + "-" + 16 alnum (Brevo docs)
        c.add(pos("h.brevo.php", "$config = Configuration::getDefaultConfiguration()->setApiKey('api-key', '" + S + "');",
                "xkeysib-" + rnd(r, HEX, 64) + "-" + rnd(r, ALNUM, 16)));
        // Netlify PATs "nfp_" + 36 alnum (Netlify docs)
        c.add(pos("h.netlify.cli", "netlify deploy --prod --auth " + S, "nfp_" + rnd(r, ALNUM, 36)));
        // Sentry org auth tokens "sntrys_" + base64 JSON + "_" + secret (Sentry docs, "Organization tokens")
        c.add(pos("h.sentry.sntrys.sentryclirc", "[auth]\ntoken=" + S, "sntrys_eyJpYXQiOjE3M" + rnd(r, B64, 80) + "_"
                + rnd(r, URLSAFE, 43)));
        // HashiCorp Vault batch tokens "hvb." (Vault docs, "Token prefixes")
        c.add(pos("h.vault.hvb.header", "X-Vault-Token: " + S, "hvb." + rnd(r, URLSAFE, 120)));
        // Heroku API keys (2024) "HRKU-" + 60 (Heroku changelog)
        c.add(pos("h.heroku.hrku", "heroku auth:token returned " + S, "HRKU-AA" + rnd(r, URLSAFE, 58)));
        // Twitch stream keys, in an OBS service.json
        c.add(pos("h.twitch.json", "{\"settings\":{\"server\":\"auto\",\"key\":\"" + S + "\"}}", "live_" + rnd(r, DIGITS, 9)
                + "_" + rnd(r, ALNUM, 30)));
        // GCP service-account JSON pasted in a chat message
        c.add(pos("h.gcp.sa.chat", "can you tell me why this key does not work?\n" + S + "\nthanks",
                SecretFormats.serviceAccount(r).embed()));
        // PKCS#8 encrypted private keys (RFC 5958 / RFC 7468 label)
        c.add(pos("h.pem.encrypted", "key.pem:\n" + S, SecretFormats.pem(r, "ENCRYPTED PRIVATE KEY", 700)));
        // EC private keys (RFC 5915)
        c.add(pos("h.pem.ec.json", "{\"tls_key\": \"" + S + "\"}", SecretFormats.pem(r, "EC PRIVATE KEY", 121)
                .replace("\n", "\\n")));
        // JWT in a cookie header (RFC 6265 / RFC 7519)
        c.add(pos("h.jwt.cookie", "Cookie: theme=dark; session=" + S + "; lang=en", SecretFormats.jwt(r)));
        // credential URLs: SMTP, FTP, AMQPS, MSSQL (RFC 3986 userinfo)
        c.add(pos("h.url.smtp", "EMAIL_URL=" + S, "smtp://mailer:" + rnd(r, ALNUM, 18) + "@smtp.acme.io:587"));
        c.add(pos("h.url.ftp", "wget " + S, "ftp://backup:" + rnd(r, ALNUM, 14) + "@files.acme.io/dump.sql.gz"));
        c.add(pos("h.url.mysql.pymysql", "SQLALCHEMY_DATABASE_URI = '" + S + "'", "mysql+pymysql://web:"
                + rnd(r, ALNUM, 16) + "@10.0.3.7/shop"));
        // Docker config.json auth: base64("user:password") (Docker docs, "docker login")
        c.add(pos("h.docker.config", "{\"auths\":{\"registry.acme.io\":{\"auth\":\"" + S + "\"}}}",
                Base64.getEncoder().encodeToString(utf8("ci-bot:" + rnd(r, ALNUM, 20)))));
        // Basic auth header (RFC 7617)
        c.add(pos("h.basic.nginx", "proxy_set_header Authorization \"Basic " + S + "\";",
                Base64.getEncoder().encodeToString(utf8("admin:" + rnd(r, ALNUM, 14)))));

        // ------------------------------------------------------------ generic secrets in other contexts
        c.add(pos("h.gen.toml", "[database]\nuser = \"app\"\npassword = \"" + S + "\"\n", password(r)));
        c.add(pos("h.gen.properties", "db.url=jdbc:postgresql://db/app\ndb.password=" + S, password(r)));
        c.add(pos("h.gen.appsettings", "{\n  \"Smtp\": {\n    \"Host\": \"smtp.acme.io\",\n    \"Password\": \"" + S
                + "\"\n  }\n}", password(r)));
        c.add(pos("h.gen.ansible", "all:\n  vars:\n    ansible_user: deploy\n    ansible_become_pass: " + S, password(r)));
        c.add(pos("h.gen.helm.values", "auth:\n  adminPassword: " + S + "\n  database: app", password(r)));
        c.add(pos("h.gen.systemd", "[Service]\nEnvironment=API_TOKEN=" + S + "\nExecStart=/usr/bin/app",
                rnd(r, ALNUM, 32)));
        c.add(pos("h.gen.rust", "let api_key = \"" + S + "\";", rnd(r, ALNUM, 40)));
        c.add(pos("h.gen.swift", "let apiSecret = \"" + S + "\"", rnd(r, ALNUM, 32)));
        c.add(pos("h.gen.perl", "my $password = '" + S + "';", password(r)));
        c.add(pos("h.gen.requests.auth", "r = requests.get(url, auth=('svc-report', '" + S + "'))", password(r)));
        c.add(pos("h.gen.sql.identified", "CREATE USER 'report'@'%' IDENTIFIED BY '" + S + "';", password(r)));
        c.add(pos("h.gen.sql.postgres", "ALTER ROLE app WITH LOGIN PASSWORD '" + S + "';", password(r)));
        c.add(pos("h.gen.js.header", "fetch(url, { headers: { 'x-api-key': '" + S + "' } })", rnd(r, ALNUM, 40)));
        c.add(pos("h.gen.gha.env", "jobs:\n  build:\n    env:\n      SONAR_TOKEN: " + S, rnd(r, HEX, 40)));
        c.add(pos("h.gen.jupyter.env", "%env OPENAI_API_KEY=" + S, "sk-proj-" + rnd(r, URLSAFE, 74) + "T3BlbkFJ"
                + rnd(r, URLSAFE, 74)));
        c.add(pos("h.gen.pgpass", "db.internal:5432:orders:app:" + S, password(r)));
        c.add(pos("h.gen.mysql.cli", "mysql -h db -u root -p" + S + " shop < dump.sql", password(r)));
        c.add(pos("h.gen.wget", "wget --user=ci --password=" + S + " https://nexus.acme.io/repo/app.jar", password(r)));
        c.add(pos("h.gen.yaml.list.flag", "args:\n  - --api-key=" + S + "\n  - --verbose", rnd(r, ALNUM, 32)));
        c.add(pos("h.gen.hcl.vault", "auth {\n  method \"approle\" {\n    role_id   = \"" + uuid(r) + "\"\n    secret_id = \""
                + S + "\"\n  }\n}", "s" + rnd(r, HEX, 7) + "-" + rnd(r, HEX, 4) + "-" + rnd(r, HEX, 4) + "-"
                + rnd(r, HEX, 4) + "-" + rnd(r, HEX, 12)));

        // ------------------------------------------------------------ false-positive candidates
        c.add(neg("h.ph.ha.secret", "password: !secret mqtt_password"));
        c.add(neg("h.ph.sops", "api_key: ENC[AES256_GCM,data:" + b64bytes(r, 24) + ",iv:" + b64bytes(r, 12) + ",tag:"
                + b64bytes(r, 16) + ",type:str]"));
        c.add(neg("h.ph.gh.token", "token: ${{ github.token }}"));
        c.add(neg("h.ph.null", "{\"password\": null, \"user\": \"guest\"}"));
        c.add(neg("h.ph.openssl", "DB_PASSWORD=$(openssl rand -base64 32)"));
        c.add(neg("h.ph.vault.cmd", "API_KEY=$(vault kv get -field=api_key secret/app)"));
        c.add(neg("h.ph.spring.value", "@Value(\"${app.jwt.secret}\")\nprivate String jwtSecret;"));
        c.add(neg("h.ph.getenv.java", "String password = System.getenv(\"DB_PASSWORD\");"));
        c.add(neg("h.ph.ruby.env", "config.secret_key_base = ENV['SECRET_KEY_BASE']"));
        c.add(neg("h.ph.csharp.config", "var apiKey = Configuration[\"Payments:ApiKey\"];"));
        c.add(neg("h.ph.keyring", "password = keyring.get_password(\"smtp\", user)"));
        c.add(neg("h.ph.tf.var", "  password = var.db_password"));
        c.add(neg("h.ph.tf.random", "  master_password = random_password.db.result"));
        c.add(neg("h.ph.erb", "password: <%= ENV['DB_PASS'] %>"));
        c.add(neg("h.ph.pyformat", "password: \"%(db_password)s\""));
        c.add(neg("h.ph.fstring", "PASSWORD = f\"{password}\""));
        c.add(neg("h.ph.goreleaser", "apikey: \"{{ .Env.API_KEY }}\""));
        c.add(neg("h.ph.masked.sk", "Key: sk-proj-****************************abcd (created 2025-01-02)"));
        c.add(neg("h.ph.masked.akia", "Access key AKIA************ABCD was rotated"));
        c.add(neg("h.ph.angle.pg", "psql \"postgresql://<user>:<password>@<host>:5432/<db>\""));
        c.add(neg("h.hash.requirements", "requests==2.32.3 \\\n    --hash=sha256:" + rnd(r, HEX, 64)));
        c.add(neg("h.hash.cargo", "[[package]]\nname = \"serde\"\nversion = \"1.0.210\"\nchecksum = \"" + rnd(r, HEX, 64)
                + "\""));
        c.add(neg("h.hash.helm.checksum", "annotations:\n  checksum/config: " + rnd(r, HEX, 64)));
        c.add(neg("h.hash.lfs", "version https://git-lfs.github.com/spec/v1\noid sha256:" + rnd(r, HEX, 64)
                + "\nsize 104857"));
        c.add(neg("h.hash.eth.tx", "tx " + "0x" + rnd(r, HEX, 64) + " confirmed in block 19234567"));
        c.add(neg("h.id.eth.address", "send to 0x" + rnd(r, HEX, 40)));
        c.add(neg("h.id.request.hex", "request_id=" + rnd(r, HEX, 32) + " status=200 duration_ms=41"));
        c.add(neg("h.id.k8s.uid", "metadata:\n  name: web\n  uid: " + uuid(r) + "\n  resourceVersion: \"" + rnd(r, DIGITS, 8)
                + "\""));
        c.add(neg("h.id.image.id", "REPOSITORY   TAG   IMAGE ID       SIZE\nnginx        1.27  " + rnd(r, HEX, 12)
                + "   188MB"));
        c.add(neg("h.id.gpg.fpr", "gpg --recv-keys " + rnd(r, "0123456789ABCDEF", 40)));
        c.add(neg("h.pub.pem", SecretFormats.pem(r, "PUBLIC KEY", 294)));
        c.add(neg("h.pub.known_hosts", "github.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rnd(r, B64, 300)));
        c.add(neg("h.prose.policy", "Passwords must contain at least 12 characters, one digit and one symbol."));
        c.add(neg("h.prose.tokens", "The model counts tokens, so a long prompt costs more; the API key is in the vault."));
        c.add(neg("h.code.mask.test", "assertEquals(\"****\", Masker.mask(\"secret\"));"));
        c.add(neg("h.code.password_reset", "const passwordResetUrl = `${base}/account/password/reset?token=${token}`;"));
        c.add(neg("h.code.token.enum", "TokenType.ACCESS_TOKEN, TokenType.REFRESH_TOKEN"));
        c.add(neg("h.b64.svg", "background: url(\"data:image/svg+xml;base64," + b64bytes(r, 300) + "\")"));
        c.add(neg("h.css.colors", ":root { --primary: #1e40af; --accent: #f59e0b; --secret-banner: #dc2626; }"));
        c.add(neg("h.doc.stripe.test", "stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\""));
        c.add(neg("h.ph.compose.ref", "    environment:\n      - POSTGRES_PASSWORD_FILE=/run/secrets/db_password"));
        c.add(neg("h.ph.k8s.secretref", "envFrom:\n  - secretRef:\n      name: api-keys"));
        return c;
    }

    /**
     * Third blind set (2026-11-26, written before the rules it measures): credentials in the forms the first two
     * sets left out — a key name separated from its value by other words or flags (CLIs that store secrets),
     * Apple property lists and Android string resources, PEM blocks with CRLF or indented lines, and the
     * credential files of package managers and registries — with false-positive candidates in the same forms
     * (references, substitutions, placeholders, reads instead of writes, identifiers, hashes).
     */
    static List<Case> forms(Random r) {
        List<Case> c = new ArrayList<>();
        // ------------------------------------------------------------ CLIs: the key name, then flags, then the value
        // GitHub CLI: gh secret set <NAME> --body/-b <value> (cli.github.com manual, "gh secret set")
        c.add(pos("f.gh.secret.body", "gh secret set API_TOKEN --body \"" + S + "\"", rnd(r, ALNUM, 40)));
        c.add(pos("f.gh.secret.b", "gh secret set DEPLOY_PASSWORD -b " + S + " --repo acme/web", password(r)));
        c.add(pos("f.gh.secret.env", "gh secret set SENTRY_DSN_SECRET --env production --body '" + S + "'",
                rnd(r, HEX, 32)));
        // Heroku CLI: heroku config:set KEY=value [KEY=value ...] -a app (Heroku Dev Center, "Configuration and
        // Config Vars")
        c.add(pos("f.heroku.config", "heroku config:set SECRET_KEY_BASE=" + S + " -a shop", rnd(r, HEX, 128)));
        c.add(pos("f.heroku.config.second", "heroku config:set RAILS_ENV=production MAILER_PASSWORD=" + S,
                password(r)));
        // Fly.io: fly secrets set KEY=value (fly.io docs, "Secrets")
        c.add(pos("f.fly.secrets", "fly secrets set DATABASE_PASSWORD=" + S + " --app api", password(r)));
        // kubectl: create secret generic NAME --from-literal=key=value (kubernetes.io, "Managing Secrets using
        // kubectl"); docker-registry --docker-password (kubernetes.io, "Pull an Image from a Private Registry")
        c.add(pos("f.kubectl.literal.password", "kubectl create secret generic db-user-pass --from-literal=username=admin"
                + " --from-literal=password=" + S, password(r)));
        c.add(pos("f.kubectl.literal.quoted", "kubectl create secret generic api -n prod --from-literal=api-key='" + S
                + "'", rnd(r, ALNUM, 36)));
        c.add(pos("f.kubectl.literal.token", "kubectl -n ci create secret generic runner --from-literal=TOKEN=" + S
                + " --dry-run=client -o yaml", rnd(r, URLSAFE, 40)));
        c.add(pos("f.kubectl.docker.password", "kubectl create secret docker-registry regcred --docker-server=registry"
                + ".acme.io --docker-username=ci --docker-password=" + S + " --docker-email=ci@acme.io", password(r)));
        // AWS CLI: aws configure set aws_secret_access_key <value> [--profile p] (AWS CLI reference, "configure set");
        // secret access keys are 40 base64 characters (AWS IAM user guide)
        c.add(pos("f.aws.configure.set", "aws configure set aws_secret_access_key " + S, rnd(r, B64, 40)));
        c.add(pos("f.aws.configure.profile", "aws configure set aws_secret_access_key " + S + " --profile prod",
                rnd(r, B64, 40)));
        c.add(pos("f.aws.configure.session", "aws configure set aws_session_token " + S, "IQoJb3JpZ2luX2Vj"
                + rnd(r, B64, 300)));
        // Vault: vault kv put <path> key=value ... (developer.hashicorp.com, "vault kv put")
        c.add(pos("f.vault.kv.password", "vault kv put secret/app password=" + S, password(r)));
        c.add(pos("f.vault.kv.mount", "vault kv put -mount=secret payments db_user=app api_key=" + S, rnd(r, ALNUM, 32)));
        c.add(pos("f.vault.write", "vault write auth/userpass/users/ci password=" + S + " policies=ci", password(r)));
        // Azure CLI: az keyvault secret set --name N --value V (learn.microsoft.com, "az keyvault secret")
        c.add(pos("f.az.keyvault", "az keyvault secret set --vault-name kv-prod --name DbPassword --value " + S,
                password(r)));
        // .NET: dotnet user-secrets set "<key>" "<value>" (learn.microsoft.com, "Safe storage of app secrets")
        c.add(pos("f.dotnet.user-secrets", "dotnet user-secrets set \"Stripe:SecretKey\" \"" + S + "\"",
                rnd(r, ALNUM, 32)));
        // Netlify CLI: netlify env:set KEY value (docs.netlify.com, "Get started with Netlify CLI")
        c.add(pos("f.netlify.env.set", "netlify env:set API_TOKEN " + S, rnd(r, ALNUM, 40)));
        // npm: npm config set //registry/:_authToken <value> (docs.npmjs.com, "npm-config")
        c.add(pos("f.npm.config.set", "npm config set //npm.acme.io/:_authToken " + S, rnd(r, B64, 44)));
        // Helm --set and Terraform -var (helm.sh "helm install"; developer.hashicorp.com "Input Variables")
        c.add(pos("f.helm.set", "helm upgrade --install app ./chart --set postgresql.auth.password=" + S, password(r)));
        c.add(pos("f.terraform.var", "terraform apply -var=\"db_password=" + S + "\" -auto-approve", password(r)));
        // macOS security(1): add-generic-password ... -w <password>
        c.add(pos("f.security.add", "security add-generic-password -a ci -s deploy-token -w " + S, rnd(r, ALNUM, 32)));
        // OpenSSL pass phrase arguments: -passout pass:<password> (openssl-passphrase-options(1))
        c.add(pos("f.openssl.passout", "openssl pkcs12 -export -in cert.pem -inkey key.pem -out app.p12 -passout pass:"
                + S, password(r)));
        // redis-cli -a <password> (redis.io, "redis-cli")
        c.add(pos("f.redis.cli", "redis-cli -h cache.internal -a " + S + " PING", password(r)));
        // htpasswd -b (batch mode, password on the command line; Apache httpd docs)
        c.add(pos("f.htpasswd.b", "htpasswd -b -c /etc/nginx/.htpasswd admin " + S, password(r)));
        // export with a literal value (POSIX sh)
        c.add(pos("f.export.token", "export TOKEN=" + S, "ghp_" + SecretFormats.crc32Body(r)));
        c.add(pos("f.export.quoted", "export AUTH_TOKEN=\"" + S + "\"", rnd(r, ALNUM, 40)));

        // ------------------------------------------------------------ Apple plists and Android resources
        // Property list XML: <key>name</key> followed by <string>value</string> (Apple, "Information Property List")
        c.add(pos("f.plist.apikey", "<dict>\n\t<key>apiKey</key>\n\t<string>" + S + "</string>\n</dict>",
                rnd(r, ALNUM, 32)));
        c.add(pos("f.plist.secret", "<plist version=\"1.0\"><dict><key>CLIENT_SECRET</key><string>" + S
                + "</string><key>CLIENT_ID</key><string>acme-ios</string></dict></plist>", rnd(r, URLSAFE, 40)));
        c.add(pos("f.plist.password", "    <key>ServerPassword</key>\n    <string>" + S + "</string>", password(r)));
        // Android string resources: <string name="...">value</string> (developer.android.com, "String resources");
        // the Facebook SDK's client token lives there (developers.facebook.com, Android SDK setup; 32 hex)
        c.add(pos("f.android.api_key", "<resources>\n    <string name=\"api_key\">" + S + "</string>\n</resources>",
                rnd(r, ALNUM, 40)));
        c.add(pos("f.android.fb.client_token", "<string name=\"facebook_client_token\">" + S + "</string>",
                rnd(r, HEX, 32)));
        c.add(pos("f.android.translatable", "<string name=\"db_password\" translatable=\"false\">" + S + "</string>",
                password(r)));
        // .NET app.config appSettings: <add key="..." value="..."/> (learn.microsoft.com, "appSettings element")
        c.add(pos("f.appsettings.add", "<appSettings>\n  <add key=\"PaymentApiSecret\" value=\"" + S + "\" />\n"
                + "</appSettings>", rnd(r, ALNUM, 32)));

        // ------------------------------------------------------------ PEM blocks in other line shapes (RFC 7468)
        c.add(pos("f.pem.crlf", "key:\r\n" + S + "\r\n", SecretFormats.pem(r, "RSA PRIVATE KEY", 600)
                .replace("\n", "\r\n")));
        String pk = SecretFormats.pem(r, "PRIVATE KEY", 400);
        c.add(pos("f.pem.yaml.block", "tls:\n  key: |\n    " + pk.replace("\n", "\n    ") + "\n  cert: cert.pem",
                pk.replace("\n", "\n    ")));
        String ec = SecretFormats.pem(r, "EC PRIVATE KEY", 121);
        c.add(pos("f.pem.k8s.stringData", "stringData:\n  tls.key: |-\n      " + ec.replace("\n", "\n      "),
                ec.replace("\n", "\n      ")));
        String osh = SecretFormats.pem(r, "OPENSSH PRIVATE KEY", 400);
        c.add(pos("f.pem.tf.heredoc", "resource \"tls_x\" \"k\" {\n  private_key = <<-EOT\n    "
                + osh.replace("\n", "\n    ") + "\n  EOT\n}", osh.replace("\n", "\n    ")));
        c.add(pos("f.pem.json.crlf", "{\"private_key\": \"" + S + "\"}", SecretFormats.pem(r, "PRIVATE KEY", 400)
                .replace("\n", "\\r\\n")));

        // ------------------------------------------------------------ credential files
        // .npmrc: _auth = base64(user:password), _password = base64(password) (docs.npmjs.com, "npmrc")
        c.add(pos("f.npmrc.auth", "registry=https://npm.acme.io/\n_auth=" + S + "\nalways-auth=true",
                Base64.getEncoder().encodeToString(utf8("ci:" + password(r)))));
        c.add(pos("f.npmrc.password", "//npm.acme.io/:username=ci\n//npm.acme.io/:_password=" + S,
                Base64.getEncoder().encodeToString(utf8(password(r)))));
        // .pypirc with a plain password (packaging.python.org, "The .pypirc file")
        c.add(pos("f.pypirc.password", "[distutils]\nindex-servers =\n    internal\n\n[internal]\nrepository = "
                + "https://pypi.acme.io/\nusername = ci\npassword = " + S, password(r)));
        // .netrc: machine/login/password tokens, one line or several (GNU inetutils, "The .netrc file")
        c.add(pos("f.netrc.oneline", "machine git.acme.io login ci password " + S, rnd(r, ALNUM, 32)));
        c.add(pos("f.netrc.heroku", "machine api.heroku.com\n  login ops@acme.io\n  password " + S, uuid(r)));
        // .git-credentials: https://user:token@host, one per line (git-credential-store(1))
        c.add(pos("f.git-credentials", "https://x-access-token:" + S + "@github.com\n", rnd(r, ALNUM, 36)));
        // Docker config.json, pretty-printed; identitytoken (docs.docker.com, "docker login", credentials store)
        c.add(pos("f.docker.config.pretty", "{\n\t\"auths\": {\n\t\t\"https://index.docker.io/v1/\": {\n\t\t\t\"auth\": \""
                + S + "\"\n\t\t}\n\t}\n}", Base64.getEncoder().encodeToString(utf8("acme:" + password(r)))));
        c.add(pos("f.docker.identitytoken", "{\"auths\":{\"acme.azurecr.io\":{\"auth\":\"\",\"identitytoken\":\"" + S
                + "\"}}}", SecretFormats.jwt(r)));
        // s3cmd .s3cfg (s3cmd docs) and gsutil .boto (cloud.google.com, "boto configuration file")
        c.add(pos("f.s3cfg", "[default]\naccess_key = AKIA" + rnd(r, UPPER_ALNUM, 16) + "\nsecret_key = " + S,
                rnd(r, B64, 40)));
        c.add(pos("f.boto", "[Credentials]\ngs_access_key_id = GOOG" + rnd(r, UPPER_ALNUM, 20)
                + "\ngs_secret_access_key = " + S, rnd(r, B64, 40)));
        // Maven settings.xml server credentials (maven.apache.org, "Settings Reference")
        c.add(pos("f.maven.settings", "<servers>\n  <server>\n    <id>nexus</id>\n    <username>deploy</username>\n"
                + "    <password>" + S + "</password>\n  </server>\n</servers>", password(r)));
        // Gradle properties (docs.gradle.org "Gradle properties"; the signing/publishing plugins read these)
        c.add(pos("f.gradle.properties", "signing.keyId=" + rnd(r, HEX, 8).toUpperCase() + "\nsigning.password=" + S
                + "\nossrhUsername=acme", password(r)));

        // ============================================================ negatives in the same forms
        c.add(neg("f.n.gh.env", "gh secret set API_TOKEN --body \"$API_TOKEN\""));
        c.add(neg("f.n.gh.file", "gh secret set API_TOKEN < token.txt"));
        c.add(neg("f.n.gh.doc", "gh secret set MYSECRET --body \"<secret value>\""));
        c.add(neg("f.n.heroku.cat", "heroku config:set STRIPE_KEY=$(cat stripe.key) -a shop"));
        c.add(neg("f.n.heroku.get", "heroku config:get STRIPE_KEY -a shop"));
        c.add(neg("f.n.kubectl.rand", "kubectl create secret generic db --from-literal=password=$(openssl rand -hex 16)"));
        c.add(neg("f.n.kubectl.file", "kubectl create secret generic db --from-file=password=./password.txt"));
        c.add(neg("f.n.kubectl.placeholder", "kubectl create secret generic db --from-literal=password=<your-password>"));
        c.add(neg("f.n.aws.env", "aws configure set aws_secret_access_key \"$AWS_SECRET_ACCESS_KEY\" --profile ci"));
        c.add(neg("f.n.aws.get", "aws configure get aws_secret_access_key --profile prod"));
        c.add(neg("f.n.aws.region", "aws configure set region eu-west-1 --profile prod"));
        c.add(neg("f.n.vault.file", "vault kv put secret/app password=@password.txt"));
        c.add(neg("f.n.vault.stdin", "echo -n \"$PW\" | vault kv put secret/app password=-"));
        c.add(neg("f.n.vault.get", "vault kv get -field=password secret/app"));
        c.add(neg("f.n.export.echo", "export TOKEN=$(echo $CI_JOB_TOKEN)"));
        c.add(neg("f.n.export.gh", "export GH_TOKEN=$(gh auth token)"));
        c.add(neg("f.n.export.ref", "export TOKEN=\"${GITHUB_TOKEN}\""));
        c.add(neg("f.n.az.file", "az keyvault secret set --vault-name kv --name DbPassword --file ./pw.txt"));
        c.add(neg("f.n.helm.env", "helm upgrade app ./chart --set postgresql.auth.password=$DB_PASSWORD"));
        c.add(neg("f.n.tf.var", "terraform apply -var=\"db_password=${TF_VAR_db_password}\""));
        c.add(neg("f.n.openssl.env", "openssl pkcs12 -export -in c.pem -inkey k.pem -out a.p12 -passout env:P12_PASS"));
        c.add(neg("f.n.security.find", "security find-generic-password -s deploy-token -w"));
        c.add(neg("f.n.redis.env", "redis-cli -a \"$REDIS_PASSWORD\" --no-auth-warning PING"));
        c.add(neg("f.n.plist.xcode", "<key>apiKey</key>\n<string>$(API_KEY)</string>"));
        c.add(neg("f.n.plist.bundle", "<key>CFBundleIdentifier</key>\n<string>com.acme.shop</string>\n"
                + "<key>CFBundleVersion</key>\n<string>" + rnd(r, DIGITS, 4) + "</string>"));
        c.add(neg("f.n.plist.placeholder", "<key>apiKey</key><string>YOUR_API_KEY</string>"));
        c.add(neg("f.n.android.placeholder", "<string name=\"api_key\">YOUR_API_KEY_HERE</string>"));
        c.add(neg("f.n.android.prose", "<string name=\"password_hint\">Enter your password</string>\n"
                + "<string name=\"token_expired\">Your session token has expired. Sign in again.</string>"));
        c.add(neg("f.n.android.appid", "<string name=\"google_app_id\" translatable=\"false\">1:" + rnd(r, DIGITS, 12)
                + ":android:" + rnd(r, HEX, 16) + "</string>"));
        c.add(neg("f.n.android.ref", "<string name=\"api_key\">@string/default_key</string>"));
        c.add(neg("f.n.npmrc.env", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}"));
        c.add(neg("f.n.netrc.placeholder", "machine example.com login <user> password <password>"));
        c.add(neg("f.n.git-credentials.env", "echo \"https://ci:${GITEA_TOKEN}@git.acme.io\" > ~/.git-credentials"));
        c.add(neg("f.n.docker.credsstore", "{\n  \"auths\": {\n    \"ghcr.io\": {}\n  },\n  \"credsStore\": \"desktop\"\n}"));
        c.add(neg("f.n.docker.empty", "{\"auths\":{\"acme.azurecr.io\":{\"auth\":\"\"}}}"));
        c.add(neg("f.n.pem.public.yaml", "ca: |\n  " + SecretFormats.pem(r, "CERTIFICATE", 500).replace("\n", "\n  ")));
        c.add(neg("f.n.pem.public.crlf", SecretFormats.pem(r, "PUBLIC KEY", 294).replace("\n", "\r\n")));
        c.add(neg("f.n.pem.placeholder", "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"));
        c.add(neg("f.n.pem.json.placeholder", "{\"private_key\": \"-----BEGIN PRIVATE KEY-----\\n<your key here>\\n"
                + "-----END PRIVATE KEY-----\\n\"}"));
        c.add(neg("f.n.sha256sum", rnd(r, HEX, 64) + "  tappass-cli-1.0.0.tar.gz"));
        c.add(neg("f.n.maven.encrypted", "<server><id>nexus</id><username>deploy</username><password>${env.NEXUS_PW}"
                + "</password></server>"));
        return c;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
