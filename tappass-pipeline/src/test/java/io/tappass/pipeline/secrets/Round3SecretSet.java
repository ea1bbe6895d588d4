package io.tappass.pipeline.secrets;

import static io.tappass.pipeline.secrets.BlindSecretSet.b64bytes;
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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Round-3 blind set for {@code detect_secrets}, written from general knowledge of where credentials and
 * credential-shaped non-secrets occur, before the rule table was read and before any rule change (2026-11-26):
 * {@link #negatives(Random)} are benign snippets a scanner meets in code, configuration, logs and chat (hashes,
 * identifiers, encoded media, placeholders, references, vendor documentation examples, policy prose, masked values);
 * {@link #positives(Random)} are credentials in unusual surroundings (concatenation, stdin pipes, credential files,
 * connection strings of many databases, many languages and config formats, notebooks, shell history, CI files,
 * escaped private keys, providers the rule table may lack). Token formats are vendor-documented facts (source in the
 * comment); every value is generated at run time and none is real. The expected span follows docs/secrets.md: the
 * value, except database URLs (reported whole).
 */
final class Round3SecretSet {

    private Round3SecretSet() {
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A generated secret as password managers make them: 24 chars, mixed case, digits. */
    static String gen(Random r) {
        return rnd(r, UPPER, 2) + rnd(r, ALNUM, 18) + rnd(r, DIGITS, 2) + rnd(r, LOWER, 2);
    }

    static List<BlindSecretSet.Case> positives(Random r) {
        List<BlindSecretSet.Case> c = new ArrayList<>();
        // ------------------------------------------------------------ split across string concatenation
        String ghp = "ghp_" + SecretFormats.crc32Body(r);
        // a split secret's expected span runs from the first piece's content to the last piece's (the joints included)
        c.add(pos("concat.java.github", "String token = \"\u00a7\";", ghp.substring(0, 20) + "\" +\n    \""
                + ghp.substring(20)));
        String sk = "sk_live_" + rnd(r, ALNUM, 24);
        c.add(pos("concat.js.stripe", "const key = '\u00a7';", sk.substring(0, 14) + "' + '" + sk.substring(14)));
        String awsSecret = rnd(r, B64, 40);
        c.add(pos("concat.python.aws", "AWS_ACCESS_KEY_ID = \"AKIA" + rnd(r, UPPER_ALNUM, 16) + "\"\nAWS_SECRET = (\""
                + "\u00a7\")", awsSecret.substring(0, 20) + "\"\n    \"" + awsSecret.substring(20)));
        // ------------------------------------------------------------ stdin, pipes, here-strings
        c.add(pos("pipe.docker.login", "echo \"\u00a7\" | docker login ghcr.io -u octo --password-stdin",
                "ghp_" + SecretFormats.crc32Body(r)));
        c.add(pos("pipe.docker.login.plain", "echo '\u00a7' | docker login registry.acme.io --username ci "
                + "--password-stdin", password(r)));
        c.add(pos("pipe.printf.secret", "printf '%s' '\u00a7' | docker secret create db_password -", gen(r)));
        c.add(pos("pipe.gcloud", "echo -n \"\u00a7\" | gcloud secrets create stripe-key --data-file=-",
                "sk_live_" + rnd(r, ALNUM, 24)));
        c.add(pos("pipe.herestring", "vault login - <<< \"\u00a7\"", "hvs." + rnd(r, URLSAFE, 90)));
        c.add(pos("pipe.kubectl", "echo -n '\u00a7' | base64 # paste into secret.yaml", password(r)));
        // ------------------------------------------------------------ .netrc, curl -u, basic auth
        c.add(pos("netrc.multi", "machine api.acme.io\n    login deploy\n    password \u00a7\n"
                + "machine github.com login octo password x", gen(r)));
        c.add(pos("curl.u.pass", "curl -u admin:\u00a7 https://jenkins.acme.io/api/json", password(r)));
        c.add(pos("curl.user.token", "curl --user \"ci-bot:\u00a7\" -X POST https://ci.acme.io/job/build",
                rnd(r, HEX, 34)));
        c.add(pos("curl.u.apikey", "curl https://api.stripe.com/v1/charges -u \u00a7:",
                "sk_live_" + rnd(r, ALNUM, 24)));
        c.add(pos("wget.http.password", "wget --http-user=ops --http-password=\u00a7 https://dl.acme.io/x.tgz",
                password(r)));
        c.add(pos("http.basic.header", "GET /admin HTTP/1.1\nHost: acme.io\nAuthorization: Basic \u00a7\n",
                b64("admin:" + password(r))));
        // ------------------------------------------------------------ connection strings
        c.add(pos("conn.postgres", "DATABASE_URL=\u00a7", "postgres://app:" + gen(r)
                + "@db.internal.acme.io:5432/orders?sslmode=require"));
        c.add(pos("conn.mysql.jdbc", "spring.datasource.url=jdbc:mysql://db:3306/shop?user=shop&password=\u00a7"
                + "&useSSL=true", password(r)));
        c.add(pos("conn.sqlserver", "\"DefaultConnection\": \"Server=tcp:acme.database.windows.net,1433;Initial "
                + "Catalog=orders;User ID=sqladmin;Password=\u00a7;Encrypt=True;\"", password(r)));
        c.add(pos("conn.odbc", "DRIVER={ODBC Driver 18 for SQL Server};SERVER=10.0.4.2;DATABASE=hr;UID=hr_app;"
                + "PWD=\u00a7", password(r)));
        c.add(pos("conn.oracle.thin", "jdbc.url=jdbc:oracle:thin:billing/\u00a7@//ora.acme.io:1521/BILL",
                password(r)));
        c.add(pos("conn.mongodb.srv", "MONGO_URI=\"\u00a7\"", "mongodb+srv://svc:" + gen(r)
                + "@cluster0.ab1cd.mongodb.net/app?retryWrites=true&w=majority"));
        c.add(pos("conn.redis.stackexchange", "\"Redis\": \"acme.redis.cache.windows.net:6380,password=\u00a7,"
                + "ssl=True,abortConnect=False\"", rnd(r, B64, 43) + "="));
        c.add(pos("conn.azure.storage", "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;"
                + "AccountName=acmelogs;AccountKey=\u00a7;EndpointSuffix=core.windows.net",
                b64bytes(r, 64)));
        c.add(pos("conn.azure.servicebus", "Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName="
                + "RootManageSharedAccessKey;SharedAccessKey=\u00a7", b64bytes(r, 32)));
        c.add(pos("conn.amqp", "broker_url = '\u00a7'", "amqp://celery:" + gen(r) + "@rabbit.acme.io:5672/prod"));
        c.add(pos("conn.clickhouse", "CLICKHOUSE_DSN=\u00a7", "clickhouse://default:" + gen(r)
                + "@ch.acme.io:9000/events"));
        c.add(pos("conn.snowflake.params", "conn = snowflake.connector.connect(user='ETL', password='\u00a7', "
                + "account='ab12345.eu-west-1')", password(r)));
        c.add(pos("conn.psql.env", "PGPASSWORD=\u00a7 psql -h db.acme.io -U report -d analytics", password(r)));
        c.add(pos("conn.mysql.p", "mysql -h 10.1.2.3 -u root -p\u00a7 shop < dump.sql", password(r)));
        c.add(pos("conn.elastic", "ELASTICSEARCH_HOSTS=[\"https://elastic:\u00a7@es.acme.io:9200\"]", gen(r)));
        // ------------------------------------------------------------ INI / TOML / properties / XML / HCL
        c.add(pos("ini.db", "[database]\nhost = db.acme.io\nuser = app\npassword = \u00a7\n\n[cache]\nttl = 60",
                password(r)));
        c.add(pos("toml.api", "[tool.deploy]\nregion = \"eu-west-1\"\napi_token = \"\u00a7\"\n", gen(r)));
        c.add(pos("properties.mail", "spring.mail.host=smtp.acme.io\nspring.mail.username=noreply\n"
                + "spring.mail.password=\u00a7\n", password(r)));
        c.add(pos("xml.spring.bean", "<bean id=\"ds\" class=\"org.apache.commons.dbcp2.BasicDataSource\">\n"
                + "  <property name=\"password\" value=\"\u00a7\"/>\n</bean>", password(r)));
        c.add(pos("xml.tomcat.context", "<Resource name=\"jdbc/app\" auth=\"Container\" username=\"app\" "
                + "password=\"\u00a7\" driverClassName=\"org.postgresql.Driver\"/>", password(r)));
        c.add(pos("hcl.provider", "provider \"datadog\" {\n  api_key = \"\u00a7\"\n  app_key = var.dd_app_key\n}",
                rnd(r, HEX, 32)));
        c.add(pos("hcl.tfvars", "db_password = \"\u00a7\"\nregion      = \"eu-west-1\"", password(r)));
        c.add(pos("yaml.nested", "production:\n  smtp:\n    user_name: mailer\n    password: \u00a7\n", gen(r)));
        c.add(pos("env.quoted", "SECRET_KEY_BASE='\u00a7'", rnd(r, HEX, 128)));
        // ------------------------------------------------------------ source code of several languages
        c.add(pos("python.kwarg", "client = OpenAI(api_key=\"\u00a7\")", "sk-proj-" + rnd(r, URLSAFE, 74)
                + "T3BlbkFJ" + rnd(r, URLSAFE, 74)));
        c.add(pos("python.anthropic", "client = anthropic.Anthropic(\n    api_key=\"\u00a7\",\n)",
                "sk-ant-api03-" + rnd(r, URLSAFE, 93) + "AA"));
        c.add(pos("python.dict.header", "headers = {\"X-API-Key\": \"\u00a7\", \"Accept\": \"application/json\"}",
                gen(r)));
        c.add(pos("go.const", "const apiToken = \"\u00a7\"\n\nfunc client() *http.Client {", gen(r)));
        c.add(pos("go.struct", "cfg := Config{\n\tUser:     \"svc\",\n\tPassword: \"\u00a7\",\n}", password(r)));
        c.add(pos("rust.const", "const API_KEY: &str = \"\u00a7\";", gen(r)));
        c.add(pos("rust.let", "let token = String::from(\"\u00a7\");", "glpat-" + rnd(r, URLSAFE, 20)));
        c.add(pos("csharp.const", "private const string ClientSecret = \"\u00a7\";", gen(r)));
        c.add(pos("csharp.sendgrid", "var client = new SendGridClient(\"\u00a7\");", "SG." + rnd(r, URLSAFE, 22)
                + "." + rnd(r, URLSAFE, 43)));
        c.add(pos("kotlin.val", "private val secretKey = \"\u00a7\"", gen(r)));
        c.add(pos("php.array", "'mysql' => [\n    'username' => 'forge',\n    'password' => '\u00a7',\n],",
                password(r)));
        c.add(pos("ruby.config", "Stripe.api_key = \"\u00a7\"", "sk_live_" + rnd(r, ALNUM, 24)));
        c.add(pos("swift.let", "let apiKey = \"\u00a7\"", gen(r)));
        c.add(pos("js.object", "firebase.initializeApp({ serviceKey: '\u00a7', projectId: 'acme' });", gen(r)));
        c.add(pos("java.setter", "ds.setPassword(\"\u00a7\");", password(r)));
        // ------------------------------------------------------------ notebooks, shell history, CI
        c.add(pos("jupyter.environ", "{\"cell_type\": \"code\", \"source\": [\"import os\\n\", "
                + "\"os.environ[\\\"OPENAI_API_KEY\\\"] = \\\"\u00a7\\\"\\n\"]}", "sk-proj-" + rnd(r, URLSAFE, 40)
                + "T3BlbkFJ" + rnd(r, URLSAFE, 40)));
        c.add(pos("jupyter.output", "\"outputs\": [{\"name\": \"stdout\", \"text\": [\"token: \u00a7\\n\"]}]",
                "hf_" + rnd(r, SecretFormats.LETTERS, 34)));
        c.add(pos("history.export", "  501  cd infra\n  502  export GITHUB_TOKEN=\u00a7\n  503  gh pr list",
                "ghp_" + SecretFormats.crc32Body(r)));
        c.add(pos("history.git.clone", "git clone https://oauth2:\u00a7@gitlab.acme.io/platform/api.git",
                "glpat-" + rnd(r, URLSAFE, 20)));
        c.add(pos("gitlab.ci", "variables:\n  DOCKER_PASSWORD: \"\u00a7\"\n  DOCKER_USER: ci\n", password(r)));
        c.add(pos("gha.env", "    env:\n      NPM_TOKEN: \u00a7\n    run: npm publish", "npm_"
                + SecretFormats.crc32Body(r)));
        c.add(pos("circleci", "      - run: |\n          curl -H \"Circle-Token: \u00a7\" https://circleci.com/api/v2/me",
                "CCIPAT_" + rnd(r, ALNUM, 22) + "_" + rnd(r, HEX, 40)));
        // ------------------------------------------------------------ private keys in unusual encodings
        String body = b64bytes(r, 300);
        String escaped = "-----BEGIN RSA PRIVATE KEY-----\\n" + body.substring(0, 64) + "\\n" + body.substring(64, 128)
                + "\\n" + body.substring(128) + "\\n-----END RSA PRIVATE KEY-----";
        c.add(pos("pem.json.escaped", "{\"tls\": {\"key\": \"\u00a7\\n\", \"cert\": \"ca.pem\"}}", escaped));
        String body2 = b64bytes(r, 200);
        String dbl = "-----BEGIN PRIVATE KEY-----\\\\n" + body2.substring(0, 64) + "\\\\n" + body2.substring(64)
                + "\\\\n-----END PRIVATE KEY-----";
        c.add(pos("pem.json.double.escaped", "\"{\\\"private_key\\\": \\\"\u00a7\\\\n\\\"}\"", dbl));
        String oss = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
                + "\n" + b64bytes(r, 150).replaceAll("(.{70})", "$1\n") + "\n-----END OPENSSH PRIVATE KEY-----";
        c.add(pos("pem.openssh.chat", "here is the deploy key, can you tell me why ssh refuses it?\n\n\u00a7\n\nthanks",
                oss));
        c.add(pos("pem.ec.yaml.quoted", "tls_key: \"\u00a7\"", "-----BEGIN EC PRIVATE KEY-----\\n"
                + b64bytes(r, 90) + "\\n-----END EC PRIVATE KEY-----"));
        // ------------------------------------------------------------ providers (vendor-documented formats)
        // Groq: "gsk_" + 52 alnum (console.groq.com keys page)
        c.add(pos("prov.groq", "GROQ_API_KEY=\u00a7", "gsk_" + rnd(r, ALNUM, 52)));
        // Replicate: "r8_" + 37 alnum (replicate.com account tokens)
        c.add(pos("prov.replicate", "export REPLICATE_API_TOKEN=\u00a7", "r8_" + rnd(r, ALNUM, 37)));
        // Perplexity: "pplx-" + 48 alnum (docs.perplexity.ai)
        c.add(pos("prov.perplexity", "client = OpenAI(api_key=\"\u00a7\", base_url=\"https://api.perplexity.ai\")",
                "pplx-" + rnd(r, ALNUM, 48)));
        // xAI: "xai-" + 80 alnum (docs.x.ai)
        c.add(pos("prov.xai", "XAI_API_KEY: \u00a7", "xai-" + rnd(r, ALNUM, 80)));
        // OpenRouter: "sk-or-v1-" + 64 hex (openrouter.ai/keys)
        c.add(pos("prov.openrouter", "Authorization: Bearer \u00a7", "sk-or-v1-" + rnd(r, HEX, 64)));
        // LangSmith: "lsv2_pt_" + 32 hex + "_" + 10 hex (docs.smith.langchain.com)
        c.add(pos("prov.langsmith", "LANGCHAIN_API_KEY=\u00a7", "lsv2_pt_" + rnd(r, HEX, 32) + "_" + rnd(r, HEX, 10)));
        // Pinecone: "pcsk_" + id + "_" + secret (docs.pinecone.io, 2024 key format)
        c.add(pos("prov.pinecone", "pc = Pinecone(api_key=\"\u00a7\")", "pcsk_" + rnd(r, ALNUM, 6) + "_"
                + rnd(r, ALNUM, 60)));
        // Resend: "re_" + 8 + "_" + 24 (resend.com api keys)
        c.add(pos("prov.resend", "const resend = new Resend('\u00a7');", "re_" + rnd(r, ALNUM, 8) + "_"
                + rnd(r, ALNUM, 24)));
        // Doppler service tokens "dp.st." / personal "dp.pt." + 40+ alnum (docs.doppler.com, token formats)
        c.add(pos("prov.doppler", "doppler run --token \u00a7 -- ./server", "dp.st.prd." + rnd(r, ALNUM, 43)));
        // Linear: "lin_api_" + 40 alnum (developers.linear.app)
        c.add(pos("prov.linear", "LINEAR_API_KEY=\u00a7", "lin_api_" + rnd(r, ALNUM, 40)));
        // Figma PATs: "figd_" + 40 url-safe (figma.com developers)
        c.add(pos("prov.figma", "curl -H 'X-Figma-Token: \u00a7' https://api.figma.com/v1/me",
                "figd_" + rnd(r, URLSAFE, 40)));
        // Notion: "ntn_" + 11 digits + 35 alnum (developers.notion.com, 2024 token prefix)
        c.add(pos("prov.notion", "NOTION_TOKEN=\u00a7", "ntn_" + rnd(r, DIGITS, 11) + rnd(r, ALNUM, 35)));
        // Airtable PATs: "pat" + 14 alnum + "." + 64 hex (airtable.com developers)
        c.add(pos("prov.airtable", "AIRTABLE_TOKEN=\u00a7", "pat" + rnd(r, ALNUM, 14) + "." + rnd(r, HEX, 64)));
        // Supabase access tokens: "sbp_" + 40 hex (supabase.com docs, management API)
        c.add(pos("prov.supabase", "supabase login --token \u00a7", "sbp_" + rnd(r, HEX, 40)));
        // DigitalOcean: "dop_v1_" + 64 hex (docs.digitalocean.com, token prefixes)
        c.add(pos("prov.digitalocean", "doctl auth init -t \u00a7", "dop_v1_" + rnd(r, HEX, 64)));
        // Dynatrace: "dt0c01." + 24 upper alnum + "." + 64 upper alnum (docs.dynatrace.com, token format)
        c.add(pos("prov.dynatrace", "Api-Token \u00a7", "dt0c01." + rnd(r, UPPER_ALNUM, 24) + "."
                + rnd(r, UPPER_ALNUM, 64)));
        // Contentful CMA PATs: "CFPAT-" + 43 url-safe (contentful.com docs)
        c.add(pos("prov.contentful", "CONTENTFUL_MANAGEMENT_TOKEN=\u00a7", "CFPAT-" + rnd(r, URLSAFE, 43)));
        // PlanetScale: "pscale_pw_" + 43 url-safe (planetscale.com docs, connection strings)
        c.add(pos("prov.planetscale", "DATABASE_PASSWORD=\u00a7", "pscale_pw_" + rnd(r, URLSAFE, 43)));
        // Docker Hub PATs: "dckr_pat_" + 27 url-safe (docs.docker.com, access tokens)
        c.add(pos("prov.dockerhub", "docker login -u acme -p \u00a7", "dckr_pat_" + rnd(r, URLSAFE, 27)));
        // RubyGems: "rubygems_" + 48 hex (guides.rubygems.org, API key format)
        c.add(pos("prov.rubygems", "---\n:rubygems_api_key: \u00a7\n", "rubygems_" + rnd(r, HEX, 48)));
        // Buildkite: "bkua_" + 40 hex (buildkite.com docs, API access tokens)
        c.add(pos("prov.buildkite", "BUILDKITE_API_TOKEN=\u00a7", "bkua_" + rnd(r, HEX, 40)));
        // Age secret keys: "AGE-SECRET-KEY-1" + 58 bech32 upper (age-encryption.org spec)
        c.add(pos("prov.age", "# created: 2026-01-01\n# public key: age1" + rnd(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)
                + "\n\u00a7", "AGE-SECRET-KEY-1" + rnd(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)));
        // Telegram bot tokens: bot id ":" 35 url-safe (core.telegram.org/bots)
        c.add(pos("prov.telegram", "bot = telebot.TeleBot(\"\u00a7\")", rnd(r, DIGITS, 10) + ":AA"
                + rnd(r, URLSAFE, 33)));
        // Mapbox secret tokens: "sk." + base64url JSON + "." + 22 (docs.mapbox.com, token format)
        c.add(pos("prov.mapbox", "MAPBOX_DOWNLOADS_TOKEN=\u00a7", "sk.eyJ1IjoiYWNtZSIsImEiOiJ" + rnd(r, URLSAFE, 30)
                + "." + rnd(r, URLSAFE, 22)));
        // Tailscale auth keys: "tskey-auth-" + id + "-" + secret (tailscale.com/kb/1085)
        c.add(pos("prov.tailscale", "tailscale up --authkey=\u00a7", "tskey-auth-k" + rnd(r, ALNUM, 16) + "-"
                + rnd(r, ALNUM, 33)));
        // Netlify PATs: "nfp_" + 36 alnum (netlify docs, token prefixes)
        c.add(pos("prov.netlify", "NETLIFY_AUTH_TOKEN=\u00a7", "nfp_" + rnd(r, ALNUM, 36)));
        // Heroku: "HRKU-AA" + 58 url-safe (devcenter.heroku.com, API key format 2024)
        c.add(pos("prov.heroku", "HEROKU_API_KEY=\u00a7", "HRKU-AA" + rnd(r, URLSAFE, 58)));
        // Atlassian API tokens: "ATATT3xFfGF0" + ~180 url-safe/= (atlassian support, token format)
        c.add(pos("prov.atlassian", "JIRA_API_TOKEN=\u00a7", "ATATT3xFfGF0" + rnd(r, URLSAFE, 170) + "="
                + rnd(r, UHEX, 8)));
        // Cloudinary URL: cloudinary://key:secret@cloud (cloudinary docs)
        c.add(pos("prov.cloudinary", "CLOUDINARY_URL=cloudinary://" + rnd(r, DIGITS, 15) + ":\u00a7@acme",
                rnd(r, URLSAFE, 27)));
        // PostHog personal API keys: "phx_" + 43+ alnum (posthog.com docs)
        c.add(pos("prov.posthog.personal", "POSTHOG_PERSONAL_API_KEY=\u00a7", "phx_" + rnd(r, ALNUM, 47)));
        // Firecrawl: "fc-" + 32 hex (docs.firecrawl.dev)
        c.add(pos("prov.firecrawl", "app = FirecrawlApp(api_key=\"\u00a7\")", "fc-" + rnd(r, HEX, 32)));
        // ElevenLabs: "sk_" + 48 hex (elevenlabs.io docs)
        c.add(pos("prov.elevenlabs", "ELEVENLABS_API_KEY=\u00a7", "sk_" + rnd(r, HEX, 48)));
        // Paystack secret keys: "sk_live_" + 40 hex (paystack.com docs)
        c.add(pos("prov.paystack", "PAYSTACK_SECRET_KEY=\u00a7", "sk_live_" + rnd(r, HEX, 40)));
        // Plaid access tokens: "access-production-" + uuid (plaid.com docs)
        c.add(pos("prov.plaid", "\"access_token\": \"\u00a7\"", "access-production-" + uuid(r)));
        // Shippo: "shippo_live_" + 40 hex (goshippo.com docs)
        c.add(pos("prov.shippo", "shippo.config.api_key = \"\u00a7\"", "shippo_live_" + rnd(r, HEX, 40)));
        // Flutterwave: "FLWSECK-" + 32 hex + "-X" (developer.flutterwave.com)
        c.add(pos("prov.flutterwave", "FLW_SECRET_KEY=\u00a7", "FLWSECK-" + rnd(r, HEX, 32) + "-X"));
        // Twitch/Discord-like bot token in Discord format: base64(id) . 6 . 38 (discord developer docs)
        c.add(pos("prov.discord", "client.run('\u00a7')", b64(rnd(r, DIGITS, 18)).replace("=", "") + "."
                + rnd(r, URLSAFE, 6) + "." + rnd(r, URLSAFE, 38)));
        // ------------------------------------------------------------ prose and chat
        c.add(pos("chat.password.colon", "hey, the wifi password: \u00a7 (guest network is separate)", password(r)));
        c.add(pos("chat.token.is", "my slack token is \u00a7 - can you check why it gets invalid_auth?",
                "xoxb-" + rnd(r, DIGITS, 12) + "-" + rnd(r, DIGITS, 13) + "-" + rnd(r, ALNUM, 24)));
        c.add(pos("chat.use.key", "use this key for the demo: \u00a7", "AIza" + rnd(r, URLSAFE, 35)));
        c.add(pos("log.leak", "2026-11-26T08:00:01Z DEBUG http request headers={'Authorization': 'Bearer \u00a7', "
                + "'User-Agent': 'python-requests/2.32'}", SecretFormats.jwt(r)));
        c.add(pos("log.query.token", "GET /api/v1/export?format=csv&access_token=\u00a7 200 812ms", gen(r)
                + rnd(r, ALNUM, 8)));
        c.add(pos("url.apikey.param", "https://maps.acme.io/geocode?address=Main+St&apikey=\u00a7", rnd(r, HEX, 32)));
        c.add(pos("k8s.stringdata", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n"
                + "  SMTP_PASSWORD: \u00a7\n", password(r)));
        c.add(pos("compose.env.list", "    environment:\n      - POSTGRES_PASSWORD=\u00a7\n      - POSTGRES_USER=app",
                password(r)));
        c.add(pos("systemd.env", "[Service]\nEnvironment=\"API_SECRET=\u00a7\"\nExecStart=/usr/bin/app", gen(r)));
        c.add(pos("powershell.var", "$Password = \"\u00a7\"\n$cred = New-Object PSCredential($User, $Password)",
                password(r)));
        c.add(pos("ansible.vars", "mysql_root_password: \"\u00a7\"\nmysql_port: 3306", password(r)));
        c.add(pos("terraform.heredoc.env", "  environment = {\n    STRIPE_KEY = \"\u00a7\"\n  }",
                "rk_live_" + rnd(r, ALNUM, 24)));
        c.add(pos("json.nested.secret", "{\"auth\": {\"clientId\": \"web\", \"clientSecret\": \"\u00a7\"}}", gen(r)));
        c.add(pos("gcp.sa.escaped", "GOOGLE_CREDENTIALS='{\"type\": \"service_account\", \"project_id\": \"acme\", "
                + "\"private_key_id\": \"\u00a7\"}'", rnd(r, HEX, 40)));
        return c;
    }

    static List<BlindSecretSet.Case> negatives(Random r) {
        List<BlindSecretSet.Case> n = new ArrayList<>();
        String[] fixed = {
            // placeholders
            "OPENAI_API_KEY=sk-...",
            "export OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxx",
            "api_key = \"YOUR_API_KEY\"",
            "Authorization: Bearer <token>",
            "GITHUB_TOKEN=<your-github-token>",
            "password: xxxx",
            "DB_PASSWORD=${SECRET}",
            "token: {{ .Values.token }}",
            "apiKey: '{{ api_key }}'",
            "api_key = os.environ[\"KEY\"]",
            "const token = process.env.TOKEN;",
            "password = os.getenv(\"DB_PASSWORD\", \"\")",
            "let key = std::env::var(\"API_KEY\").expect(\"API_KEY not set\");",
            "apiKey := os.Getenv(\"STRIPE_KEY\")",
            "var secret = Environment.GetEnvironmentVariable(\"CLIENT_SECRET\");",
            "string key = Configuration[\"Jwt:Key\"];",
            "SECRET_KEY = config('SECRET_KEY')",
            "Stripe.api_key = Rails.application.credentials.stripe[:secret_key]",
            "api_key: ENV.fetch('MAILGUN_API_KEY')",
            "'secret' => env('STRIPE_SECRET'),",
            "password: ${DB_PASSWORD:-}",
            "token = \"${GITHUB_TOKEN}\"",
            "\"password\": \"$(cat /run/secrets/db_password)\"",
            "API_KEY=REPLACE_ME",
            "SLACK_WEBHOOK=https://hooks.slack.com/services/XXX/YYY/ZZZ",
            "aws_secret_access_key = <YOUR_SECRET_KEY>",
            "client_secret: \"<client-secret>\"",
            "password=your_password_here",
            "token: TODO",
            "STRIPE_SECRET_KEY=sk_test_...",
            "ANTHROPIC_API_KEY=sk-ant-api03-...",
            "api_key: %API_KEY%",
            "password = '%(db_password)s'",
            "secret: !secret mqtt_password",
            "DB_PASS=@@DB_PASS@@",
            "token: __TOKEN__",
            "password: \"[REDACTED]\"",
            "\"apiKey\": \"********\"",
            "PGPASSWORD=****",
            "Authorization: Bearer ***",
            "api_key=sk-...a1b2 (last four shown)",
            "token: ghp_************************************",
            "password: <hidden>",
            "secret_key: null",
            "\"password\": \"\",",
            "password: ''",
            "api_token: false",
            // code that handles secrets without containing one
            "def login(username: str, password: str) -> bool:",
            "if password != confirm_password:\n    raise ValueError(\"passwords differ\")",
            "password: string;\napiKey?: string;",
            "class Settings(BaseSettings):\n    api_key: SecretStr = Field(..., env=\"API_KEY\")",
            "token = jwt.encode(payload, settings.SECRET_KEY, algorithm=\"HS256\")",
            "secret_key = get_random_secret_key()",
            "const hashed = await bcrypt.hash(password, 12);",
            "<input type=\"password\" name=\"password\" placeholder=\"Password\" autocomplete=\"current-password\">",
            "user.password = make_password(form.cleaned_data['password'])",
            "if (token == null || token.isBlank()) { throw new IllegalStateException(\"no token\"); }",
            "String apiKey = props.getProperty(\"api.key\");",
            "@Value(\"${jwt.secret}\") private String secret;",
            "SecretKeySpec keySpec = new SecretKeySpec(secret.getBytes(UTF_8), \"HmacSHA256\");",
            "headers[\"Authorization\"] = f\"Bearer {token}\"",
            "auth = HTTPBasicAuth(username, password)",
            "password_field = forms.CharField(widget=forms.PasswordInput)",
            "MIN_PASSWORD_LENGTH = 12",
            "TOKEN_EXPIRY_SECONDS = 3600",
            "password_reset_timeout: 259200",
            "api_key_header: X-Api-Key",
            "secretName: db-credentials",
            // Kubernetes / Terraform / CI references
            "env:\n  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: api\n        key: token",
            "password = var.db_password",
            "password = data.aws_secretsmanager_secret_version.db.secret_string",
            "resource \"random_password\" \"db\" {\n  length  = 32\n  special = true\n}",
            "variable \"api_key\" {\n  type      = string\n  sensitive = true\n}",
            "  token: ${{ secrets.NPM_TOKEN }}",
            "    password: $CI_REGISTRY_PASSWORD",
            "echo \"$DOCKER_PASSWORD\" | docker login -u \"$DOCKER_USER\" --password-stdin",
            "cat ~/token.txt | docker login ghcr.io -u octo --password-stdin",
            "kubectl get secret db -o jsonpath='{.data.password}' | base64 -d",
            "vault kv get -field=password secret/prod/db",
            "aws secretsmanager get-secret-value --secret-id prod/db --query SecretString",
            "gh secret set NPM_TOKEN < token.txt",
            "curl -u \"$USER:$PASS\" https://ci.acme.io/api/json",
            "curl -u admin https://jenkins.acme.io/ (prompts for the password)",
            "machine github.com login octo password $GITHUB_TOKEN",
            "DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app",
            "mongodb://localhost:27017/test",
            "redis://localhost:6379/0",
            "Server=localhost;Database=test;Trusted_Connection=True;",
            "jdbc:postgresql://db:5432/app?user=app&password=${DB_PASSWORD}",
            "ENCRYPTED[!8a1f2d9c0be34f5aa8d8f0e2c3b4a5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e]",
            "password: ENC[AES256_GCM,data:Zm9vYmFy,iv:aXZpdg==,tag:dGFn,type:str]",
            // prose and policy text
            "Password must be 8 characters or longer and include a number.",
            "Passwords must contain at least one uppercase letter, one digit and one symbol (!@#$%^&*).",
            "I forgot my password, can you help me reset it?",
            "What is the safest way to store API keys in a mobile app?",
            "The token expired at 10:00 so I had to log in again.",
            "Rotate the secret key every 90 days and never commit it.",
            "A good passphrase is long: four random words beat a short complex password.",
            "The access token is passed in the Authorization header as a Bearer token.",
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.",
            "Your one-time password has been sent to your phone.",
            "Secret Santa sign-up closes Friday!",
            "The API key field is optional when you use OAuth.",
            "Token limit: 128000 tokens per request.",
            "Set PASSWORD_HASHERS to use Argon2 first.",
            // vendor documentation examples
            "aws_access_key_id=AKIAIOSFODNN7EXAMPLE",
            "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "SLACK_BOT_TOKEN=xoxb-not-a-real-token-this-will-not-work",
            "TWILIO_ACCOUNT_SID=ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
            "STRIPE_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc",
            "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
            "MAPBOX_TOKEN=pk.eyJ1IjoiZXhhbXBsZSIsImEiOiJjbGV4YW1wbGUifQ.public-token",
            // test fixtures
            "user = User(username=\"test\", password=\"test\")",
            "MOCK_API_KEY = \"test-api-key\"",
            "assert client.login(\"alice\", \"wrong-password\") is False",
            "fake_token = \"fake-token-for-tests\"",
            "{\"token\": \"dummy\"}",
            "API_KEY = \"testing\"",
            "password = \"password\"",
            // CSS, markup, misc
            ".btn-primary { color: #1e90ff; background: #a3f2c1cc; border-color: #ABCDEF; }",
            "<div class=\"css-1x2y3z4 sc-bdVaJa kHtkdA\">",
            "<link rel=\"stylesheet\" href=\"/static/css/main.8f3a2b1c.chunk.css\">",
            "G-ABC123XYZ9 is the Google Analytics measurement id",
            "ssh-keygen -lf key.pub\n256 SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s dev@laptop (ED25519)",
            "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + "4mZ6p0pS2F8QqLw9Jz1y3x5c7v9b1n3m5k7j9h1g2f3d4s5a6q7w8e9r0t1y2u3i4o5p6a7s8d9f0g1h2j3k4l5\n-----END PUBLIC KEY-----",
            "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
            "-----BEGIN RSA PRIVATE KEY-----\n<your private key here>\n-----END RSA PRIVATE KEY-----",
        };
        for (int i = 0; i < fixed.length; i++) {
            n.add(neg("fixed." + i, fixed[i]));
        }
        // generated hashes, identifiers, encodings
        n.add(neg("git.sha", "commit " + rnd(r, HEX, 40) + "\nMerge: " + rnd(r, HEX, 7) + " " + rnd(r, HEX, 7)));
        n.add(neg("git.log.oneline", rnd(r, HEX, 7) + " fix: rotate token cache (#" + rnd(r, DIGITS, 4) + ")"));
        n.add(neg("gerrit.changeid", "Change-Id: I" + rnd(r, HEX, 40) + "\nSigned-off-by: Dev <dev@acme.io>"));
        n.add(neg("uuid.json", "{\"tenant_id\": \"" + uuid(r) + "\", \"subscription_id\": \"" + uuid(r) + "\"}"));
        n.add(neg("uuid.client_id", "AZURE_CLIENT_ID=" + uuid(r)));
        n.add(neg("uuid.log", "correlation-id: " + uuid(r) + " trace=" + rnd(r, HEX, 32)));
        n.add(neg("sha256sum", rnd(r, HEX, 64) + "  tappass-1.0.0.jar"));
        n.add(neg("md5.line", "MD5 (backup.tar.gz) = " + rnd(r, HEX, 32)));
        n.add(neg("sha256.checksum.yaml", "checksum: sha256:" + rnd(r, HEX, 64)));
        n.add(neg("npm.integrity", "\"integrity\": \"sha512-" + b64bytes(r, 64) + "\""));
        n.add(neg("yarn.lock", "  resolved \"https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#"
                + rnd(r, HEX, 40) + "\"\n  integrity sha1-" + b64bytes(r, 20)));
        n.add(neg("pip.hash", "requests==2.32.3 \\\n    --hash=sha256:" + rnd(r, HEX, 64)));
        n.add(neg("go.sum", "golang.org/x/crypto v0.28.0 h1:" + b64bytes(r, 32)));
        n.add(neg("tf.lock", "  hashes = [\n    \"h1:" + b64bytes(r, 32) + "\",\n    \"zh:" + rnd(r, HEX, 64)
                + "\",\n  ]"));
        n.add(neg("docker.digest", "image: ghcr.io/acme/api@sha256:" + rnd(r, HEX, 64)));
        n.add(neg("docker.pull", "Digest: sha256:" + rnd(r, HEX, 64) + "\nStatus: Downloaded newer image"));
        n.add(neg("docker.image.id", "REPOSITORY   TAG   IMAGE ID       CREATED\napi          1.2   " + rnd(r, HEX, 12)
                + "   2 days ago"));
        n.add(neg("base64.png.json", "{\"avatar\": \"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA"
                + b64bytes(r, 240) + "\"}"));
        n.add(neg("base64.font", "@font-face { font-family: Inter; src: url(data:font/woff2;base64,d09GMgABAAAAA"
                + b64bytes(r, 300) + ") format('woff2'); }"));
        n.add(neg("sourcemap", "//# sourceMappingURL=data:application/json;base64,"
                + b64("{\"version\":3,\"sources\":[\"app.ts\"],\"names\":[],\"mappings\":\"AAAA,SAAS\"}")));
        n.add(neg("jwt.truncated", "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOi..."));
        n.add(neg("jwt.invalid.header", "token: eyJub3RhIjoidG9rZW4ifQ." + rnd(r, URLSAFE, 12)));
        n.add(neg("jwt.doc", "A JWT has three parts: header.payload.signature, e.g. xxxxx.yyyyy.zzzzz"));
        n.add(neg("minified.js", "!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,"
                + "l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.m=e,n.c=t,"
                + "n.d=function(e,t,r){n.o(e,t)||Object.defineProperty(e,t,{enumerable:!0,get:r})},"
                + "n.p=\"/\",n(n.s=" + rnd(r, DIGITS, 3) + ")}({apiKey:function(e){return e.apiKey||\"\"}})"));
        n.add(neg("webpack.chunk", "<script src=\"/static/js/main." + rnd(r, HEX, 8) + ".js\"></script>\n"
                + "<script src=\"/static/js/" + rnd(r, DIGITS, 3) + "." + rnd(r, HEX, 20) + ".chunk.js\"></script>"));
        n.add(neg("url.tracking", "https://shop.acme.io/p/123?utm_source=newsletter&utm_medium=email&utm_campaign="
                + "bf2026&fbclid=IwAR" + rnd(r, URLSAFE, 60) + "&gclid=Cj0KCQiA" + rnd(r, URLSAFE, 70)));
        n.add(neg("url.youtube", "https://www.youtube.com/watch?v=" + rnd(r, URLSAFE, 11) + "&list=PL"
                + rnd(r, URLSAFE, 32)));
        n.add(neg("url.s3.key", "s3://acme-logs/2026/11/26/" + rnd(r, HEX, 32) + ".json.gz"));
        n.add(neg("eth.address", "Send to 0x" + rnd(r, HEX, 40) + " on mainnet"));
        n.add(neg("ipfs.cid", "ipfs://bafybei" + rnd(r, "abcdefghijklmnopqrstuvwxyz234567", 52)));
        n.add(neg("gpg.fpr", "pub   rsa4096 2024-01-01 [SC]\n      " + rnd(r, UHEX, 40) + "\nuid   Dev <dev@acme.io>"));
        n.add(neg("aws.request.id", "x-amzn-RequestId: " + uuid(r) + "\nx-amz-id-2: " + b64bytes(r, 48)));
        n.add(neg("arn", "arn:aws:iam::" + rnd(r, DIGITS, 12) + ":role/deploy-" + rnd(r, LOWER_ALNUM, 8)));
        n.add(neg("k8s.uid", "  uid: " + uuid(r) + "\n  resourceVersion: \"" + rnd(r, DIGITS, 8) + "\""));
        n.add(neg("nonce.csp", "Content-Security-Policy: script-src 'nonce-" + b64bytes(r, 16) + "'"));
        n.add(neg("sentry.dsn", "SENTRY_DSN=https://" + rnd(r, HEX, 32) + "@o" + rnd(r, DIGITS, 6)
                + ".ingest.sentry.io/" + rnd(r, DIGITS, 7)));
        n.add(neg("posthog.public", "posthog.init('phc_" + rnd(r, ALNUM, 43) + "', { api_host: 'https://eu.i.posthog.com' })"));
        n.add(neg("stripe.publishable", "const stripe = Stripe('pk_live_" + rnd(r, ALNUM, 24) + "');"));
        n.add(neg("password.hash.bcrypt", "admin:$2b$12$" + rnd(r, "./" + ALNUM, 53) + ":18000:0:99999:7:::"));
        n.add(neg("password.hash.django", "\"password\": \"pbkdf2_sha256$600000$" + rnd(r, ALNUM, 22) + "$"
                + b64bytes(r, 32) + "\""));
        n.add(neg("hash.field", "password_sha256: " + rnd(r, HEX, 64)));
        n.add(neg("token.hash.field", "\"token_fingerprint\": \"" + rnd(r, HEX, 40) + "\""));
        n.add(neg("cache.key", "cache_key=user:" + rnd(r, DIGITS, 6) + ":profile:v" + rnd(r, DIGITS, 1)));
        n.add(neg("color.palette", "palette: ['#" + rnd(r, HEX, 6) + "', '#" + rnd(r, HEX, 6) + "', '#"
                + rnd(r, HEX, 6) + "', '#" + rnd(r, HEX, 8) + "']"));
        n.add(neg("lockfile.resolved", "\"resolved\": \"https://registry.npmjs.org/@babel/core/-/core-7.26.0.tgz\","
                + "\n\"integrity\": \"sha512-" + b64bytes(r, 64) + "\""));
        n.add(neg("cargo.lock", "[[package]]\nname = \"tokio\"\nversion = \"1.41.1\"\nsource = \"registry+https://"
                + "github.com/rust-lang/crates.io-index\"\nchecksum = \"" + rnd(r, HEX, 64) + "\""));
        n.add(neg("helm.checksum", "      annotations:\n        checksum/secret: " + rnd(r, HEX, 64)));
        n.add(neg("log.session.hashed", "2026-11-26 08:14:02 INFO login ok user=alice session=" + rnd(r, HEX, 8)
                + "… ip=10.0.0.7"));
        n.add(neg("oauth.state", "https://login.acme.io/authorize?client_id=web&response_type=code&state="
                + rnd(r, URLSAFE, 22) + "&code_challenge=" + rnd(r, URLSAFE, 43) + "&code_challenge_method=S256"));
        n.add(neg("public.key.ssh", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rnd(r, B64, 43) + " ci@acme"));
        n.add(neg("random.base64.blob", "\"thumbnail\": \"" + b64bytes(r, 120) + "\""));
        n.add(neg("wasm.hex", "const wasm = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);"));
        n.add(neg("serial.number", "Serial Number: " + rnd(r, UHEX, 2) + ":" + rnd(r, UHEX, 2) + ":" + rnd(r, UHEX, 2)
                + ":" + rnd(r, UHEX, 2) + ":" + rnd(r, UHEX, 2) + ":" + rnd(r, UHEX, 2)));
        n.add(neg("license.key.public", "LICENSE_KEY_URL=https://acme.io/licenses/" + uuid(r)));
        n.add(neg("chat.hash", "the build hash is " + rnd(r, HEX, 40) + ", can you check the logs?"));
        n.add(neg("chat.uuid", "my order id is " + uuid(r) + " and it still says pending"));
        n.add(neg("otp.secret.masked", "TOTP secret: ****-****-****-" + rnd(r, UPPER, 4)));
        n.add(neg("password.masked.log", "connecting to postgres://app:*****@db:5432/app"));
        n.add(neg("url.redacted", "mongodb+srv://svc:<password>@cluster0.ab1cd.mongodb.net/app"));
        n.add(neg("basic.auth.doc", "curl -u username:password https://api.acme.io/v1/me"));
        n.add(neg("secretref.helm", "password: {{ .Values.db.password | b64enc | quote }}"));
        n.add(neg("jinja.password", "password: \"{{ vault_db_password }}\""));
        n.add(neg("erb.password", "password: <%= ENV['DB_PASSWORD'] %>"));
        n.add(neg("gha.secrets", "      - run: echo \"${{ secrets.API_KEY }}\" > .key"));
        n.add(neg("azure.keyvault.ref", "\"value\": \"@Microsoft.KeyVault(SecretUri=https://acme.vault.azure.net/"
                + "secrets/db/" + rnd(r, HEX, 32) + ")\""));
        n.add(neg("aws.ssm.ref", "DB_PASSWORD: '{{resolve:ssm-secure:/prod/db/password:1}}'"));
        n.add(neg("gcp.secret.ref", "password: sm://projects/acme/secrets/db-password/versions/latest"));
        n.add(neg("onepassword.ref", "DB_PASSWORD=op://Production/db/password"));
        n.add(neg("doppler.ref", "API_KEY=${{ doppler.API_KEY }}"));
        n.add(neg("dotnet.usersecrets.list", "dotnet user-secrets list"));
        n.add(neg("random.gen.cmd", "SECRET_KEY=$(openssl rand -hex 32)"));
        n.add(neg("python.secrets", "token = secrets.token_hex(32)"));
        n.add(neg("git.sha.assign", "GIT_COMMIT=" + rnd(r, HEX, 40)));
        n.add(neg("sha.assign.build", "BUILD_SHA: " + rnd(r, HEX, 40)));
        n.add(neg("commit.sha.json", "{\"sha\": \"" + rnd(r, HEX, 40) + "\", \"message\": \"bump\"}"));
        n.add(neg("etag.header", "If-None-Match: W/\"" + rnd(r, HEX, 32) + "\""));
        n.add(neg("image.hash.name", "<img src=\"/assets/hero-" + rnd(r, HEX, 16) + ".webp\" alt=\"\">"));
        n.add(neg("uuid.token.type", "\"token_type\": \"Bearer\", \"scope\": \"read write\", \"expires_in\": 3599"));
        n.add(neg("public.key.jwk", "{\"kty\": \"RSA\", \"e\": \"AQAB\", \"use\": \"sig\", \"kid\": \""
                + rnd(r, URLSAFE, 43) + "\", \"n\": \"" + rnd(r, URLSAFE, 342) + "\"}"));
        n.add(neg("key.id.field", "\"private_key_id\": null, \"key_id\": \"" + rnd(r, HEX, 16) + "\""));
        n.add(neg("otpauth.label", "Scan the QR code in your authenticator app to set up two-factor login."));
        n.add(neg("lorem.long", "Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque "
                + "laudantium, totam rem aperiam, eaque ipsa quae ab illo inventore veritatis et quasi architecto."));
        n.add(neg("word.list", "Secret Garden, Token Ring, Password Manager, API Gateway, Key Vault"));
        n.add(neg("token.count.log", "usage: prompt_tokens=1532 completion_tokens=211 total_tokens=1743"));
        n.add(neg("fixture.password.low", "password: \"aaaaaaaaaaaa\""));
        n.add(neg("fixture.password.seq", "password: \"abcdefgh12345678\""));
        n.add(neg("hex.color.css.var", ":root { --brand: #" + rnd(r, HEX, 6) + "; --brand-dark: #" + rnd(r, HEX, 6) + "; }"));
        return n;
    }
}
