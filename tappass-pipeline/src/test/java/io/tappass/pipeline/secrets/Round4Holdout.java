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
import static io.tappass.pipeline.secrets.SecretFormats.UPPER_ALNUM;
import static io.tappass.pipeline.secrets.SecretFormats.URLSAFE;
import static io.tappass.pipeline.secrets.SecretFormats.rnd;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Round-4 holdout for {@code detect_secrets}: written together with {@link Round4SecretSet} (2026-11-26), before
 * any rule change, and measured once untuned and once at the end of the round (never tuned on). Same conventions.
 */
final class Round4Holdout {

    private Round4Holdout() {
    }

    static List<BlindSecretSet.Case> positives(Random r) {
        List<BlindSecretSet.Case> c = new ArrayList<>();
        String g = Round3SecretSet.gen(r);
        c.add(pos("h4.chat.it", "Ciao, la password del VPN è \u00a7, non riesco a collegarmi da casa", password(r)));
        c.add(pos("h4.chat.pl", "Hasło do panelu: \u00a7 (zmienię je jutro)", g));
        c.add(pos("h4.chat.ko", "API 키는 \u00a7 입니다. 왜 403이 나오나요?", "sk-ant-api03-" + rnd(r, URLSAFE, 93) + "AA"));
        c.add(pos("h4.chat.discord", "bot still offline after i pasted \u00a7 into the .env, what am i missing",
                Round4SecretSet.discord(r)));
        c.add(pos("h4.chat.telegram.nl", "mijn telegram bot token: \u00a7", Round4SecretSet.telegram(r)));
        c.add(pos("h4.log.json.query", "{\"ts\":1732608000,\"method\":\"GET\",\"path\":\"/hooks\",\"query\":\"token=\u00a7"
                + "&v=2\",\"status\":200}", Round3SecretSet.gen(r)));
        c.add(pos("h4.dump.csharp", "ConnectionSettings { Host = db.acme.io, User = app, Password = \u00a7, Port = 5432 }",
                password(r)));
        c.add(pos("h4.dump.python.dict", "{'host': 'smtp.acme.io', 'user': 'noreply', 'password': '\u00a7', 'port': 587}",
                password(r)));
        c.add(pos("h4.http.splunk", "curl -k https://splunk.acme.io:8088/services/collector -H \"Authorization: Splunk "
                + "\u00a7\" -d '{\"event\":\"x\"}'", uuid(r)));
        c.add(pos("h4.http.dt", "Authorization: Api-Token \u00a7", "dt0c01." + rnd(r, UPPER_ALNUM, 24) + "."
                + rnd(r, UPPER_ALNUM, 64)));
        c.add(pos("h4.kubeconfig.password", "users:\n- name: basic\n  user:\n    username: admin\n    password: \u00a7\n",
                password(r)));
        c.add(pos("h4.docker.config.identity", "{\"auths\": {\"acr.azurecr.io\": {\"identitytoken\": \"\u00a7\"}}}",
                Round4SecretSet.jwt(r, "{\"sub\":\"" + uuid(r) + "\",\"aud\":\"acr.azurecr.io\"}")));
        c.add(pos("h4.gemrc", "---\n:backtrace: false\n:rubygems_api_key: \u00a7", "rubygems_" + rnd(r, HEX, 48)));
        c.add(pos("h4.wg.quick", "[Interface]\nPrivateKey=\u00a7\nListenPort=51820", b64bytes(r, 32)));
        c.add(pos("h4.cli.wrangler.echo", "echo \"\u00a7\" | wrangler secret put STRIPE_KEY", "sk_live_"
                + rnd(r, ALNUM, 24)));
        c.add(pos("h4.cli.fly.multi", "flyctl secrets set SECRET_KEY_BASE=\u00a7 REDIS_URL=redis://r:6379",
                rnd(r, HEX, 64)));
        c.add(pos("h4.split.yaml.literal", "token: |\n  \u00a7\n", Round3SecretSet.gen(r)));
        c.add(pos("h4.split.toml.multiline", "api_key = \"\"\"\n\u00a7\"\"\"", Round3SecretSet.gen(r)));
        c.add(pos("h4.prov.shopify.shppa", "SHOPIFY_PASSWORD=\u00a7", "shppa_" + rnd(r, HEX, 32)));
        c.add(pos("h4.prov.mailgun.chat", "mailgun keeps saying forbidden with \u00a7", "key-" + rnd(r, HEX, 32)));
        c.add(pos("h4.prov.sentry.user", "auth.token=\u00a7", "sntryu_" + rnd(r, HEX, 64)));
        c.add(pos("h4.prov.doppler.pt", "doppler configure set token \u00a7", "dp.pt." + rnd(r, ALNUM, 43)));
        c.add(pos("h4.prov.pulumi", "pulumi login --access-token \u00a7 hmm wait", "pul-" + rnd(r, HEX, 40)));
        c.add(pos("h4.prov.vault.hvr", "recovery: \u00a7", "hvr." + rnd(r, URLSAFE, 90)));
        c.add(pos("h4.prov.square.sq0atp", "SQUARE_TOKEN=\u00a7", "sq0atp-" + rnd(r, URLSAFE, 22)));
        c.add(pos("h4.prov.netlify.chat", "netlify cli says invalid token \u00a7", "nfp_" + rnd(r, ALNUM, 36)));
        c.add(pos("h4.prov.age.chat", "here's my sops age key \u00a7 can you decrypt staging.yaml",
                "AGE-SECRET-KEY-1" + rnd(r, Round4SecretSet.BECH32, 58).toUpperCase()));
        c.add(pos("h4.prov.clojars", "CLOJARS_PASSWORD=\u00a7", "CLOJARS_" + rnd(r, HEX, 60)));
        c.add(pos("h4.prov.pscale.tkn", "pscale auth login --service-token \u00a7", "pscale_tkn_" + rnd(r, URLSAFE, 43)));
        c.add(pos("h4.prov.okta.env", "OKTA_API_TOKEN=\u00a7", "00" + rnd(r, URLSAFE, 40)));
        c.add(pos("h4.prov.cf.origin.env", "CF_ORIGIN_CA_KEY=\u00a7", "v1.0-" + rnd(r, HEX, 24) + "-" + rnd(r, HEX, 146)));
        c.add(pos("h4.prov.fcm.chat", "push fails with server key \u00a7", "AAAA" + rnd(r, URLSAFE, 7) + ":APA91b"
                + rnd(r, URLSAFE, 134)));
        c.add(pos("h4.prov.ddog.app", "DD_APP_KEY=\u00a7", rnd(r, HEX, 40)));
        c.add(pos("h4.prov.linear.js", "const linear = new LinearClient({ apiKey: '\u00a7' })", "lin_api_"
                + rnd(r, ALNUM, 40)));
        c.add(pos("h4.prov.dd.pem.pgp", "\u00a7", "-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n"
                + SecretFormats.pemBody(r, 200) + "-----END PGP PRIVATE KEY BLOCK-----"));
        return c;
    }

    static List<BlindSecretSet.Case> negatives(Random r) {
        List<BlindSecretSet.Case> n = new ArrayList<>();
        String[] fixed = {
            "La password deve contenere almeno 12 caratteri.",
            "Hasło: <wpisz swoje hasło>",
            "API 키를 채팅에 붙여넣지 마세요.",
            "BOT_TOKEN=<paste the token from the developer portal>",
            "Authorization: Splunk ${HEC_TOKEN}",
            "Authorization: Api-Token {{ dynatrace_token }}",
            "echo \"$STRIPE_KEY\" | wrangler secret put STRIPE_KEY",
            "flyctl secrets list",
            "token: |\n  {{ .Values.token }}\n",
            "api_key = \"\"\"\n\"\"\"",
            "SHOPIFY_API_KEY=<shopify api key>",
            "OKTA_API_TOKEN=00xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "sonar.token=${env.SONAR_TOKEN}",
            "{'host': 'smtp.acme.io', 'user': 'noreply', 'password': None, 'port': 587}",
            "ConnectionSettings { Host = db.acme.io, User = app, Password = ***, Port = 5432 }",
            "How long does a Doppler service token stay valid?",
            "PrivateKey = (hidden)",
            "client.login(config.token)",
            "-----BEGIN PGP SIGNATURE-----\n\niQEzBAEBCAAdFiEE\n=abcd\n-----END PGP SIGNATURE-----",
        };
        for (int i = 0; i < fixed.length; i++) {
            n.add(neg("h4.fixed." + i, fixed[i]));
        }
        n.add(neg("h4.id.stripe.sub", "subscription sub_1" + rnd(r, ALNUM, 23) + " renewed, invoice in_1"
                + rnd(r, ALNUM, 23)));
        n.add(neg("h4.id.okta.app", "{\"id\": \"0oa" + rnd(r, ALNUM, 17) + "\", \"label\": \"Portal\"}"));
        n.add(neg("h4.id.airtable.rec", "record rec" + rnd(r, ALNUM, 14) + " updated in tbl" + rnd(r, ALNUM, 14)));
        n.add(neg("h4.pub.wg.peer", "[Peer]\nPublicKey=" + b64bytes(r, 32) + "\nPresharedKeyFile=/etc/wg/psk"));
        n.add(neg("h4.pub.supabase.anon", "const supabase = createClient(url, '" + Round4SecretSet.jwt(r,
                "{\"iss\":\"supabase\",\"ref\":\"" + rnd(r, LOWER, 20) + "\",\"role\":\"anon\",\"iat\":1700000000}") + "')"));
        n.add(neg("h4.pub.age.recipient", "recipients:\n  - age1" + rnd(r, Round4SecretSet.BECH32, 58)));
        n.add(neg("h4.lock.integrity", "\"node_modules/react\": {\"version\": \"18.3.1\", \"integrity\": \"sha512-"
                + b64bytes(r, 64) + "\"}"));
        n.add(neg("h4.log.trace", "trace_id=" + rnd(r, HEX, 32) + " span_id=" + rnd(r, HEX, 16) + " msg=\"token ok\""));
        n.add(neg("h4.b64.png", "\"icon\": \"data:image/png;base64,iVBORw0KGgo" + b64bytes(r, 200) + "\""));
        n.add(neg("h4.enc.sealed", "  encryptedData:\n    api_key: AgA" + rnd(r, B64, 500) + "="));
        n.add(neg("h4.chat.sha.it", "il commit " + rnd(r, HEX, 40) + " ha rotto il deploy"));
        n.add(neg("h4.id.discord.user", "user id: 1" + rnd(r, DIGITS, 17) + " (mention <@1" + rnd(r, DIGITS, 17) + ">)"));
        n.add(neg("h4.id.ulid.log", "request=" + rnd(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26) + " status=200"));
        n.add(neg("h4.ansible.vault.file", "$ANSIBLE_VAULT;1.1;AES256\n" + rnd(r, DIGITS + "abcdef", 80) + "\n"
                + rnd(r, DIGITS + "abcdef", 80)));
        n.add(neg("h4.mongo.oid", "ObjectId(\"" + rnd(r, HEX, 24) + "\")"));
        n.add(neg("h4.cf.account", "account_id = \"" + rnd(r, HEX, 32) + "\"\nzone_id    = \"" + rnd(r, HEX, 32) + "\""));
        n.add(neg("h4.eth.tx", "transaction hash: 0x" + rnd(r, HEX, 64)));
        return n;
    }
}
