package io.tappass.pipeline.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link Prechecks} are necessary conditions: wherever the rule's pattern matches at a keyword occurrence, the check
 * must say "possible". Compared with the regex itself on random texts built from the pieces the patterns care about
 * (key names, credential words, separators, quotes, blanks, line breaks, value runs), which reach matches, near
 * misses and the boundary lengths of the bounded quantifiers.
 */
class PrechecksTest {

    private static final String[] PIECES = {
        "value", "Value", "VALUE", "name", "Name", "key", "KEY", "password", "passwd", "secret", "token", "api_key",
        "apikey", "access_key", "private_key", "storage_key", "account_key", "credential", "db", "_", "-", ".", "ENV",
        "env", "pat", "path", "PAT", "ado", "devops", "azure", "facebook", "fb", "FB_", "app", "_secret", " ", " ",
        "\t", "\n", "\r\n", "\"", "'", ":", "=", ",", "}", "(", "x", "Z9", "static", ": &'static str =", " = ",
        "\": \"", "=>", ":=", "\\\"", "]", "<String>", " value=", "        ", "a1b2c3d4e5f6a7b8", "abcdef2345672345",
        "qrstuvwxyz234567", "0123456789abcdef0123456789abcdef", "U3VwZXJTZWNyZXQ=", "S3cr3t!Val#9x", "\u00e9", "\u5bc6", "{", "}", "variable", "default"
    };

    private static final List<String> IDS =
            List.of("generic.name_value", "generic.dockerfile_env", "azure.devops_pat_legacy", "facebook.secret",
                    "terraform.variable_default", "generic.secret_prose", "generic.cli_secret", "generic.secret_nextline",
                    "generic.password_nextline", "generic.secret_bare", "generic.password_bare",
                    "generic.password_prose_i18n", "generic.secret_quoted", "generic.password_prose_short");

    @Test
    void aCheckNeverRejectsAPositionWhereThePatternMatches() {
        Random r = new Random(20261126);
        for (String id : IDS) {
            Rule rule = Rules.all().stream().filter(x -> x.id.equals(id)).findFirst().orElseThrow();
            Prechecks.Check check = Prechecks.of(id);
            assertThat(check).as(id).isNotNull();
            int matches = 0;
            int rejected = 0;
            for (int t = 0; t < 6000; t++) {
                String text = randomText(r, id);
                String lower = text.toLowerCase(Locale.ROOT);
                Matcher m = rule.pattern.matcher(text);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                for (String kw : rule.keywords) {
                    for (int h = lower.indexOf(kw); h >= 0; h = lower.indexOf(kw, h + 1)) {
                        m.region(h, text.length());
                        boolean match = m.lookingAt();
                        boolean possible = check.possible(text, h);
                        if (match) {
                            matches++;
                            assertThat(possible).as("%s at %d in %s", id, h, text).isTrue();
                        } else if (!possible) {
                            rejected++;
                        }
                    }
                }
            }
            assertThat(matches).as(id + ": the generator reaches matches").isGreaterThan(20);
            assertThat(rejected).as(id + ": the check rejects something").isGreaterThan(200);
        }
    }

    @Test
    void salesforceCheckKeepsTheBangOfEveryMatch() {
        Rule rule = Rules.all().stream().filter(x -> x.id.equals("salesforce.token")).findFirst().orElseThrow();
        Random r = new Random(5);
        int matches = 0;
        for (int t = 0; t < 4000; t++) {
            StringBuilder b = new StringBuilder(pick(r, "", "x", "tok=", "a_"));
            b.append(pick(r, "00", "0", "000", "O0")).append(rnd(r, "ABCabc0123", 12 + r.nextInt(3)))
                    .append('!').append(rnd(r, "Aa9_.", 94 + r.nextInt(4))).append(pick(r, "", " ", "x", "!"));
            if (r.nextBoolean()) {
                b.setCharAt(r.nextInt(b.length()), pick(r, "!", "-", "0", ".").charAt(0));
            }
            String text = b.toString();
            Matcher m = rule.pattern.matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            for (int s = 0; s < text.length(); s++) {
                m.region(s, text.length());
                if (m.lookingAt()) {
                    matches++;
                    assertThat(Prechecks.of("salesforce.token").possible(text, s + 15)).as(text).isTrue();
                }
            }
        }
        assertThat(matches).isGreaterThan(20);
    }

    @Test
    void windowChecksNeverRejectAWindowWithAMatch() {
        Random r = new Random(6);
        for (String id : List.of("discord.bot_token", "particle.token")) {
            Rule rule = Rules.all().stream().filter(x -> x.id.equals(id)).findFirst().orElseThrow();
            Prechecks.WindowCheck check = Prechecks.window(id);
            int matches = 0;
            int rejected = 0;
            for (int t = 0; t < 8000; t++) {
                String text = id.equals("particle.token")
                        ? pick(r, "particle cloud ", "  particle id: ") + pick(r, "access_token=", "Bearer ", "bearer\t",
                                "token=") + rnd(r, "0123456789abcdef", 38 + r.nextInt(4)) + pick(r, "", " ", "x", "g")
                        : pick(r, "discord bot ", "the bot is: ", "    bot  x= ") + pick(r, "M", "N", "O", "x")
                                + rnd(r, "Aa9_-", 22 + r.nextInt(7)) + pick(r, ".", "", "..")
                                + rnd(r, "Aa9_-", 5 + r.nextInt(3)) + pick(r, ".", "-") + rnd(r, "Aa9_-", 26 + r.nextInt(16))
                                + pick(r, "", " ", ".x");
                int from = r.nextInt(14);
                int to = Math.max(from, text.length() - r.nextInt(8));
                Matcher m = rule.pattern.matcher(text);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                m.region(from, to);
                boolean found = m.find();
                boolean possible = check.possible(text, from, to);
                if (found) {
                    matches++;
                    assertThat(possible).as("%s [%d, %d) in %s", id, from, to, text).isTrue();
                } else if (!possible) {
                    rejected++;
                }
            }
            assertThat(matches).as(id).isGreaterThan(20);
            assertThat(rejected).as(id).isGreaterThan(20);
        }
    }

    private static String randomText(Random r, String id) {
        StringBuilder b = new StringBuilder();
        // seed shapes close to each rule's matches, then mutate with random pieces
        switch (id) {
            case "generic.name_value" -> b.append(pick(r, "- name: ", "{\"name\": \"", "key=", "Key = '"))
                    .append(pick(r, "DB_", "", "my.")).append(pick(r, "PASSWORD", "api_key", "Token", "x", "credential"))
                    .append(pick(r, "", "_X", "\"", "'")).append(pick(r, "\n  ", ", ", "\r\n    \"", " ", ""))
                    .append("value").append(pick(r, ": ", "\" : '", "=", ":")).append(pick(r, "S3cr3tValue9", "x", "abc def"));
            case "generic.dockerfile_env" -> b.append(pick(r, "", "\n", "  ", "x\n")).append(pick(r, "ENV", "env", "ENV"))
                    .append(pick(r, " ", "\t", "         ", "  ")).append(pick(r, "DB_", "", "MY_APP_", "X".repeat(41)))
                    .append(pick(r, "PASSWORD", "token", "api_key", "SECRET", "appkey")).append(pick(r, " ", "_V ", "\t"))
                    .append(pick(r, "S3cr3tValue9xyz", "abc", "$X")).append(pick(r, "\n", "", " \r\n"));
            case "azure.devops_pat_legacy" -> b.append(pick(r, "AZURE_DEVOPS_PAT", "token", "\"path\"", "ado_pat"))
                    .append(pick(r, "=", ": ", "\": \"", " := ", ": &'static str = \"")).append(rnd(r, "abcdefghijklmnopqrstuvwxyz234567", 50 + r.nextInt(4)))
                    .append(pick(r, "\"", "", "A", "\n"));
            case "terraform.variable_default" -> b.append(pick(r, "variable ", "variable\t", "variable     ", "var "))
                    .append(pick(r, "\"db_password\"", "\"api_key\"", "\"x\"", "\"MY_TOKEN_v2\"", "db_password"))
                    .append(pick(r, " {", "{", "     {", " {\n")).append(pick(r, "\n  type = string\n  ", " ", "",
                            "x".repeat(295), "x".repeat(301), "{ }")).append(pick(r, "default", "Default", "DEFAULT"))
                    .append(pick(r, " = \"", "=\"", " = ")).append(pick(r, "S3cr3tValue9", "abc", "$x", "p@ss w"))
                    .append(pick(r, "\"", "\"\n}", ""));
            case "generic.secret_prose", "generic.password_prose_short" -> b.append(pick(r, "the ", "my API ", "", "x", "api_", "Our signing "))
                    .append(pick(r, "secret", "Token", "KEY", "password", "passwd", "passphrase", "credentials",
                            "credential", "tokens")).append(pick(r, "", " for the staging account", "\tof prod", " in x",
                            " to", " from   ab")).append(pick(r, ":", " :", "  :", " is", "\tWAS", "   is", " ", " x"))
                    .append(pick(r, " ", "  ", "\t\"", " `")).append(pick(r, "aB3dE5fG7hJ9kL1mN2pQ", "short", "aB3d/E5fG7+hJ9kL1mN2"))
                    .append(pick(r, "", ".", ". ", " and", "\"", ","));
            case "generic.cli_secret" -> b.append(pick(r, "gh auth login ", "x", "", "cmd\t", " -"))
                    .append(pick(r, "--", "-", "---", "--my-")).append(pick(r, "", "api-", "X".repeat(38), "X".repeat(41)))
                    .append(pick(r, "token", "Secret", "api-key", "APIKEY", "tokens")).append(pick(r, " ", "\t", "  ", "=", ""))
                    .append(pick(r, "aB3dE5fG7hJ9kL1mN2pQ", "'aB3dE5fG7hJ9kL'", "\"aB3d E5fG7\"", "short"))
                    .append(pick(r, "", " ", "\n", "|"));
            case "generic.secret_quoted" -> b.append(pick(r, "", "const ", "  \"", "$"))
                    .append(pick(r, "api_key", "SECRET", "clientSecret", "token" + "y".repeat(36), "secret_" + "z".repeat(34)))
                    .append(pick(r, "", "\"", "\\\"", "']", ": &'static str", ": String", "\": ", "\" value=", "\t"))
                    .append(pick(r, " = ", "=", " := ", ": ", "==", " " + " ".repeat(19), ", ", "").replace("  ", " "))
                    .append(pick(r, "\"", "'", "`", "\\\"", "")).append(pick(r, "aB3dE5fG7hJ", "aB3dE5f", "a b c d e f g h",
                            "aB3d\\E5fG7hJ9"))
                    .append(pick(r, "\"", "'", "`", "\\\"", "")).append(pick(r, "", ";", "\n"));
            case "generic.secret_nextline", "generic.password_nextline", "generic.secret_bare", "generic.password_bare" ->
                b.append(pick(r, "", "  ", "export ", "x.", "$", "@"))
                    .append(pick(r, "api_key", "SECRET", "token", "client_secret_v2", "credential", "passcode", "password",
                            "db_pass", "pwd", "PASSPHRASE", "pass", "my_password_" + "x".repeat(25), "token" + "y".repeat(36)))
                    .append(pick(r, "", "\"", "'", "\\\"", "]")).append(pick(r, "", " ", "\t", "        ", "         "))
                    .append(pick(r, "=", ":", ":=", "=>", "?=", "==", "!=", "-")).append(pick(r, "", " ", "    ", "     ", "\t"))
                    .append(r.nextBoolean() || id.endsWith("bare") ? "" : pick(r, "|", ">-", "|+2", "\\", "| x"))
                    .append(pick(r, "", "", "  ", "     "))
                    .append(id.endsWith("nextline") ? pick(r, "\n", "\n", "\n", "\r\n", " ") : pick(r, "", "", " ", "\n"))
                    .append(id.endsWith("nextline") ? pick(r, "", "  ", "\n   ") : "")
                    .append(pick(r, "aB3dE5fG7hJ9kL1mN2pQ", "\"aB3dE5fG7hJ9kL1m\"", "'S3cr3t!Val#9x'", "short", "p\u00e4ss\u2003w\u0001rd9",
                            "hunter2!", "x=y&z"))
                    .append(pick(r, "", "\n", " # c", ";", " --flag", ",\n"));
            case "generic.password_prose_i18n" -> b.append(pick(r, "", "Das ", "x", "请输入", "A "))
                    .append(pick(r, "Passwort", "mot de passe", "Contraseña", "HASŁO", "пароль", "密码", "パスワード", "비밀번호",
                            "wachtwoord", "Şifre", "adgangskode"))
                    .append(pick(r, "", " für den Server", " " + "x".repeat(58), " " + "x".repeat(61), " of prod"))
                    .append(pick(r, ":", "：", " =", "  : ", " lautet ", "\tist\t", " est  ", " будет ", " — ", "は", " 是 ", "는 "))
                    .append(pick(r, "", "\"", "«", "「", "“")).append(pick(r, "Xk9#mP2$vL", "Xk9#mP2", "aB3dE5fG7hJ9kL1mN2pQ", "秘密"))
                    .append(pick(r, "", " ", "。", ".", ". ", "\"", "x"));
            default -> b.append(pick(r, "facebook_app_secret", "FB_SECRET", "fb", "fbkey"))
                    .append(pick(r, "=", ": ", "\": \"", " => '")).append(rnd(r, "0123456789abcdef", 30 + r.nextInt(4)))
                    .append(pick(r, "\"", "", "g", "\n"));
        }
        int edits = r.nextInt(5);
        for (int e = 0; e < edits; e++) {
            int at = r.nextInt(b.length() + 1);
            if (r.nextInt(3) == 0 && at < b.length()) {
                b.deleteCharAt(at);
            } else {
                b.insert(at, PIECES[r.nextInt(PIECES.length)]);
            }
        }
        if (r.nextBoolean()) {
            b.insert(0, PIECES[r.nextInt(PIECES.length)] + PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static String rnd(Random r, String alphabet, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
