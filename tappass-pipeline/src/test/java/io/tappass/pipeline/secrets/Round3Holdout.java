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
import static io.tappass.pipeline.secrets.SecretFormats.LOWER_ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.UPPER;
import static io.tappass.pipeline.secrets.SecretFormats.UPPER_ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.URLSAFE;
import static io.tappass.pipeline.secrets.SecretFormats.rnd;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Round-3 holdout for {@code detect_secrets}: written together with {@link Round3SecretSet} (2026-11-26), before
 * any rule change, and measured once untuned at the end of the round (see docs/quality-secrets.md). Same
 * conventions as {@link Round3SecretSet}.
 */
final class Round3Holdout {

    private Round3Holdout() {
    }

    static List<BlindSecretSet.Case> positives(Random r) {
        List<BlindSecretSet.Case> c = new ArrayList<>();
        String g = Round3SecretSet.gen(r);
        c.add(pos("h.concat.kotlin", "val key = \"" + g.substring(0, 12) + "\" + \"" + g.substring(12) + "\" // api key",
                g.substring(0, 12)));
        c.add(pos("h.pipe.podman", "echo '\u00a7' | podman login quay.io -u robot --password-stdin", password(r)));
        c.add(pos("h.pipe.helm", "echo \u00a7 | helm registry login ghcr.io -u octo --password-stdin",
                "ghp_" + SecretFormats.crc32Body(r)));
        c.add(pos("h.netrc.default", "default login anonymous-ci password \u00a7", Round3SecretSet.gen(r)));
        c.add(pos("h.curl.proxy", "curl -x http://proxy.acme.io:3128 --proxy-user squid:\u00a7 https://api.acme.io",
                password(r)));
        c.add(pos("h.conn.mssql.jdbc", "jdbc:sqlserver://db.acme.io:1433;databaseName=hr;user=hr;password=\u00a7;",
                password(r)));
        c.add(pos("h.conn.mariadb.url", "DB_DSN=\u00a7", "mariadb://shop:" + Round3SecretSet.gen(r) + "@10.0.3.4:3306/shop"));
        c.add(pos("h.conn.neo4j", "NEO4J_AUTH=neo4j/\u00a7", password(r)));
        c.add(pos("h.conn.go.dsn", "dsn := \"app:\u00a7@tcp(db:3306)/orders?parseTime=true\"", password(r)));
        c.add(pos("h.conn.cosmos", "AccountEndpoint=https://acme.documents.azure.com:443/;AccountKey=\u00a7;",
                b64bytes(r, 64)));
        c.add(pos("h.conn.npgsql", "Host=db;Username=report;Password=\u00a7;Database=bi", password(r)));
        c.add(pos("h.ini.odbc", "[warehouse]\nDriver=PostgreSQL\nServername=bi.acme.io\nUsername=bi\nPassword=\u00a7\n",
                password(r)));
        c.add(pos("h.toml.inline", "[servers.alpha]\nauth = { user = \"svc\", password = \"\u00a7\" }", password(r)));
        c.add(pos("h.xml.maven.server", "<server>\n  <id>nexus</id>\n  <username>deploy</username>\n  <password>\u00a7"
                + "</password>\n</server>", Round3SecretSet.gen(r)));
        c.add(pos("h.hcl.vault.token", "provider \"vault\" {\n  address = \"https://vault.acme.io\"\n  token   = \"\u00a7\"\n}",
                "hvs." + rnd(r, URLSAFE, 90)));
        c.add(pos("h.python.requests", "r = requests.get(url, headers={\"Authorization\": \"Token \u00a7\"})",
                rnd(r, HEX, 40)));
        c.add(pos("h.go.bearer", "req.Header.Set(\"Authorization\", \"Bearer \u00a7\")", Round3SecretSet.gen(r)
                + rnd(r, ALNUM, 12)));
        c.add(pos("h.rust.struct", "let cfg = Config { api_secret: \"\u00a7\".into(), retries: 3 };",
                Round3SecretSet.gen(r)));
        c.add(pos("h.csharp.networkcredential", "var cred = new NetworkCredential(\"svc\", \"\u00a7\");", password(r)));
        c.add(pos("h.java.props", "props.put(\"sasl.jaas.config\", \"org.apache.kafka.common.security.plain."
                + "PlainLoginModule required username=\\\"app\\\" password=\\\"\u00a7\\\";\");", password(r)));
        c.add(pos("h.jupyter.magic", "\"source\": [\"%env PINECONE_API_KEY=\u00a7\"]", "pcsk_" + rnd(r, ALNUM, 6) + "_"
                + rnd(r, ALNUM, 60)));
        c.add(pos("h.history.mysql", "  88  mysqldump -u backup --password=\u00a7 --all-databases > all.sql",
                password(r)));
        c.add(pos("h.ci.bitbucket", "pipelines:\n  default:\n    - step:\n        script:\n          - export "
                + "SONAR_TOKEN=\u00a7", "sqp_" + rnd(r, HEX, 40)));
        c.add(pos("h.ci.jenkinsfile", "withEnv([\"API_KEY=\u00a7\"]) {\n  sh './deploy.sh'\n}", Round3SecretSet.gen(r)));
        c.add(pos("h.pem.pkcs8.encrypted", "\u00a7", SecretFormats.pem(r, "ENCRYPTED PRIVATE KEY", 400)));
        c.add(pos("h.pem.escaped.env", "TLS_KEY=\"\u00a7\"", "-----BEGIN PRIVATE KEY-----\\n" + b64bytes(r, 120)
                + "\\n-----END PRIVATE KEY-----"));
        c.add(pos("h.prov.cerebras", "CEREBRAS_API_KEY=\u00a7", "csk-" + rnd(r, LOWER_ALNUM, 48)));
        c.add(pos("h.prov.sourcegraph", "SRC_ACCESS_TOKEN=\u00a7", "sgp_" + rnd(r, HEX, 16) + "_" + rnd(r, HEX, 40)));
        c.add(pos("h.prov.prefect", "prefect cloud login -k \u00a7", "pnu_" + rnd(r, ALNUM, 36)));
        c.add(pos("h.prov.grafana.sa", "GRAFANA_TOKEN=\u00a7", "glsa_" + rnd(r, ALNUM, 32) + "_" + rnd(r, HEX, 8)));
        c.add(pos("h.prov.infracost", "INFRACOST_API_KEY=\u00a7", "ico-" + rnd(r, ALNUM, 32)));
        c.add(pos("h.prov.easypost", "EasyPost::Client.new(api_key: '\u00a7')", "EZAK" + rnd(r, HEX, 54)));
        c.add(pos("h.prov.scaleway", "SCW_SECRET_KEY=\u00a7", uuid(r)));
        c.add(pos("h.prov.okta", "OKTA_API_TOKEN=\u00a7", "00" + rnd(r, URLSAFE, 40)));
        c.add(pos("h.prov.twilio.sk", "client = Client('\u00a7', '" + rnd(r, HEX, 32) + "')",
                "SK" + rnd(r, HEX, 32)));
        c.add(pos("h.chat.password", "ok I changed it, the new root password is \u00a7 , please don't share", password(r)));
        c.add(pos("h.chat.apikey", "can you debug this? OPENAI key \u00a7 returns 401", "sk-proj-" + rnd(r, URLSAFE, 60)
                + "T3BlbkFJ" + rnd(r, URLSAFE, 60)));
        c.add(pos("h.yaml.list.secret", "credentials:\n  - name: backup\n    secret: \u00a7", Round3SecretSet.gen(r)));
        c.add(pos("h.env.export.single", "export AWS_SECRET_ACCESS_KEY='\u00a7'", rnd(r, B64, 40)));
        c.add(pos("h.url.webhook", "DISCORD_WEBHOOK=\u00a7", "https://discord.com/api/webhooks/" + rnd(r, DIGITS, 18)
                + "/" + rnd(r, URLSAFE, 68)));
        return c;
    }

    static List<BlindSecretSet.Case> negatives(Random r) {
        List<BlindSecretSet.Case> n = new ArrayList<>();
        String[] fixed = {
            "PINECONE_API_KEY=pcsk_...",
            "api_key: \"<insert key>\"",
            "password = getpass.getpass(\"Password: \")",
            "token := os.Getenv(\"GITHUB_TOKEN\")",
            "secret: \"${{ secrets.CLIENT_SECRET }}\"",
            "password: \"{{ lookup('env', 'DB_PASSWORD') }}\"",
            "DB_PASSWORD=$(aws ssm get-parameter --name /db/pw --with-decryption --query Parameter.Value --output text)",
            "echo \"$REGISTRY_TOKEN\" | podman login quay.io -u robot --password-stdin",
            "curl -u \"${API_USER}:${API_TOKEN}\" https://api.acme.io",
            "machine api.acme.io login deploy password ${NETRC_PASSWORD}",
            "jdbc:sqlserver://db:1433;databaseName=hr;integratedSecurity=true;",
            "Host=db;Username=report;Password=;Database=bi",
            "password: ********",
            "\"apiKey\": \"sk-...redacted\"",
            "Authorization: Token <your token>",
            "NEO4J_AUTH=none",
            "The password needs at least 10 characters, one of them a digit.",
            "Could you explain what a refresh token is?",
            "Please never paste your API key into this chat.",
            "token_budget = 4096",
            "@Secret(\"db.password\") String pw;",
            "password: !vault |",
            "KEY_FILE=/etc/ssl/private/server.key",
            "private_key_path = \"~/.ssh/id_rsa\"",
            "aws_session_token =",
            "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "xoxb-0000000000-0000000000-xxxxxxxxxxxxxxxxxxxxxxxx",
            "secret_id: <role-secret-id>",
        };
        for (int i = 0; i < fixed.length; i++) {
            n.add(neg("h.fixed." + i, fixed[i]));
        }
        n.add(neg("h.sha.tag", "v1.4.2 (" + rnd(r, HEX, 40) + ")"));
        n.add(neg("h.uuid.idempotency", "Idempotency-Key: " + uuid(r)));
        n.add(neg("h.integrity.sri", "<link integrity=\"sha256-" + b64bytes(r, 32) + "\" rel=\"stylesheet\">"));
        n.add(neg("h.digest.kustomize", "images:\n- name: api\n  digest: sha256:" + rnd(r, HEX, 64)));
        n.add(neg("h.b64.svg", "background: url(\"data:image/svg+xml;base64," + b64bytes(r, 150) + "\");"));
        n.add(neg("h.hash.assign", "content_hash = \"" + rnd(r, HEX, 64) + "\""));
        n.add(neg("h.md5.etag", "\"md5Checksum\": \"" + rnd(r, HEX, 32) + "\""));
        n.add(neg("h.gcm.iv", "\"iv\": \"" + b64bytes(r, 12) + "\", \"ciphertext_ref\": \"blob-" + rnd(r, DIGITS, 6) + "\""));
        n.add(neg("h.request.id", "request_id=" + rnd(r, UPPER_ALNUM, 26) + " duration=12ms"));
        n.add(neg("h.css.module", "<span class=\"Button_root__" + rnd(r, URLSAFE, 5) + " Button_primary__"
                + rnd(r, URLSAFE, 5) + "\">"));
        n.add(neg("h.public.cert.json", "\"ca\": \"-----BEGIN CERTIFICATE-----\\n" + b64bytes(r, 300)
                + "\\n-----END CERTIFICATE-----\""));
        n.add(neg("h.chat.commit", "I reverted " + rnd(r, HEX, 40) + " because it broke login"));
        n.add(neg("h.word.caps", "PASSWORD_RESET_REQUESTED: " + rnd(r, UPPER, 1) + "ser clicked the link"));
        return n;
    }
}
