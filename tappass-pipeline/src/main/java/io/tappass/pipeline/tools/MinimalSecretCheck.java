package io.tappass.pipeline.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately small stand-in used by {@code shell_bleed} to spot secret <em>values</em> in command output until
 * the shared {@code SecretScanner} (written in parallel for {@code detect_secrets}) is merged; then
 * {@link ShellBleedStep} should call that scanner through {@code TextPart.analysis} instead, and this class should be
 * deleted. Token shapes are public facts (AWS key ids, GitHub, OpenAI, Anthropic and Slack token prefixes, PEM
 * private-key headers, {@code NAME_WITH_SECRET=value} lines of an environment dump). All patterns are linear.
 */
final class MinimalSecretCheck {

    /** A secret-looking span. */
    record Hit(String type, int start, int end) {
    }

    private static final String[][] RULES = {
        {"AWS_ACCESS_KEY_ID", "\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"},
        {"GITHUB_TOKEN", "\\bgh[pousr]_[A-Za-z0-9]{36,255}\\b|\\bgithub_pat_[A-Za-z0-9_]{22,255}\\b"},
        {"ANTHROPIC_API_KEY", "\\bsk-ant-[A-Za-z0-9_-]{20,}"},
        {"OPENAI_API_KEY", "\\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}"},
        {"SLACK_TOKEN", "\\bxox[abprs]-[A-Za-z0-9-]{10,}"},
        {"PRIVATE_KEY", "-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----"},
        {"ENV_SECRET", "(?m)^[ \\t]*(?:export[ \\t]+)?[A-Z0-9_]*(?:SECRET|TOKEN|PASSWORD|PASSWD|API_KEY|ACCESS_KEY|PRIVATE_KEY)"
            + "[A-Z0-9_]*[ \\t]*=[ \\t]*[\"']?([^\\s\"']{8,})"},
    };
    private static final Pattern[] PATTERNS = new Pattern[RULES.length];

    static {
        for (int i = 0; i < RULES.length; i++) {
            PATTERNS[i] = Pattern.compile(RULES[i][1]);
        }
    }

    private MinimalSecretCheck() {
    }

    static List<Hit> scan(String text) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < PATTERNS.length; i++) {
            Matcher m = PATTERNS[i].matcher(text);
            while (m.find()) {
                int g = m.groupCount() >= 1 && m.group(1) != null ? 1 : 0;
                out.add(new Hit(RULES[i][0], m.start(g), m.end(g)));
            }
        }
        return out;
    }
}
