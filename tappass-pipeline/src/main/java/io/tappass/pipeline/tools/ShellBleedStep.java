package io.tappass.pipeline.tools;

import io.tappass.core.ToolCall;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Severity;
import io.tappass.pipeline.BaseStep;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.StepConfig;
import io.tappass.pipeline.StepContext;
import io.tappass.pipeline.StepResult;
import io.tappass.pipeline.internal.AbstractStepFactory;
import io.tappass.pipeline.internal.Args;
import io.tappass.pipeline.internal.Glob;
import io.tappass.pipeline.internal.ToolKinds;
import io.tappass.pipeline.scan.TextPart;
import io.tappass.pipeline.secrets.SecretMatch;
import io.tappass.pipeline.secrets.SecretScanner;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code shell_bleed} (position 636; tool and input phases): keeps secrets from bleeding through shells.
 * <ul>
 *   <li>tool phase: shell commands and scripts (arguments of {@code shell_tools}, and of any tool whose
 *       {@code path}/{@code file}/{@code filename} argument ends in a script extension such as {@code .sh},
 *       {@code .py}, {@code .js}) that reference secret-looking environment variables: {@code $AWS_SECRET_ACCESS_KEY},
 *       {@code ${GITHUB_TOKEN}}, {@code os.environ["X"]}, {@code os.getenv("X")}, {@code process.env.X},
 *       {@code System.getenv("X")}, {@code ENV["X"]}, {@code $env:X} (finding {@code env_secret_reference} with the
 *       variable name in attribute {@code variable}; names contain KEY, SECRET, TOKEN, PASSWORD, PASSWD, CREDENTIAL,
 *       AUTH or PRIVATE and are not in {@code safe_variables}), and commands that dump the whole environment
 *       ({@code env}, {@code printenv}, {@code set}: {@code env_dump});</li>
 *   <li>input phase: secret values in tool results (command output) fed back to the model
 *       ({@code secret_in_output}, with spans and replacement {@code [REDACTED_SECRET]}), so that
 *       {@code on_detection: redact} masks them and {@code block} stops them. Values are found by the shared
 *       {@link SecretScanner}, whose scan of a part is shared with {@code detect_secrets}).</li>
 * </ul>
 * Warn ({@code log}) or block by policy; the default {@code on_detection} is {@code redact} (references, which have
 * no span, then block; values in output are masked).
 */
public final class ShellBleedStep extends BaseStep {

    /** The step id. */
    public static final String NAME = "shell_bleed";
    /** Position: with the tool checks, before {@code taint_check} (638). */
    public static final int POSITION = 636;

    private static final Pattern ENV_REF = Pattern.compile(
            "\\$\\{?([A-Za-z_][A-Za-z0-9_]{0,127})"
            + "|os\\.environ(?:\\.get)?\\s*[\\[(]\\s*[\"']([A-Za-z_][A-Za-z0-9_]{0,127})"
            + "|\\bgetenv\\s*\\(\\s*[\"']([A-Za-z_][A-Za-z0-9_]{0,127})"
            + "|process\\.env\\.([A-Za-z_][A-Za-z0-9_]{0,127})"
            + "|process\\.env\\[\\s*[\"']([A-Za-z_][A-Za-z0-9_]{0,127})"
            + "|\\bENV\\[\\s*[\"']([A-Za-z_][A-Za-z0-9_]{0,127})"
            + "|\\$env:([A-Za-z_][A-Za-z0-9_]{0,127})");
    private static final Pattern ENV_DUMP = Pattern.compile(
            "(?:^|[;&|(`]|\\s)(?:printenv|env|set|export\\s+-p)\\s*(?:$|[;&|>)`])", Pattern.MULTILINE);
    private static final String[] SECRET_WORDS = {"KEY", "SECRET", "TOKEN", "PASSWORD", "PASSWD", "CREDENTIAL",
        "AUTH", "PRIVATE"};
    private static final Set<String> DEFAULT_SAFE = Set.of("PATH", "HOME", "USER", "SHELL", "TERM", "LANG", "PWD",
            "TMPDIR", "KEYBOARD", "XAUTHORITY", "SSH_AUTH_SOCK", "GPG_AGENT_INFO", "AUTHOR", "AUTHOR_NAME",
            "GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "KEY_ID", "PUBLIC_KEY", "TOKENIZERS_PARALLELISM");
    private static final List<String> SCRIPT_EXT = List.of(".sh", ".bash", ".zsh", ".py", ".js", ".mjs", ".ts",
            ".rb", ".pl", ".ps1", ".php", ".bat", ".cmd");

    private final List<Glob> shellTools;
    private final Set<String> safe;
    private final boolean scanOutput;

    ShellBleedStep(StepConfig config) {
        super(config, Phase.TOOL, POSITION);
        this.shellTools = Glob.all(config.has("shell_tools") ? config.stringListOption("shell_tools")
                : ToolKinds.SHELL);
        Set<String> s = new java.util.HashSet<>(DEFAULT_SAFE);
        for (String v : config.stringListOption("safe_variables")) {
            s.add(v.toUpperCase(Locale.ROOT));
        }
        this.safe = Set.copyOf(s);
        this.scanOutput = config.boolOption("scan_tool_output", true);
    }

    @Override
    public Set<Phase> phases() {
        return Set.of(Phase.TOOL, Phase.INPUT);
    }

    @Override
    public StepResult apply(StepContext context) {
        if (context.phase() == Phase.INPUT) {
            return scanOutput ? output(context) : StepResult.pass();
        }
        ToolCall call = context.toolCall();
        if (call == null || !isScriptLike(call)) {
            return StepResult.pass();
        }
        LinkedHashSet<String> vars = new LinkedHashSet<>();
        List<Finding> found = new ArrayList<>();
        for (Args.Value v : Args.strings(call.arguments())) {
            Matcher m = ENV_REF.matcher(v.text());
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    String name = m.group(g);
                    if (name != null && isSecretName(name) && vars.add(name)) {
                        found.add(new Finding(NAME, "env_secret_reference", Severity.HIGH, 1.0, null, -1, -1, null,
                                Map.of("variable", name, "arg", v.path())));
                    }
                }
            }
            if (Glob.any(shellTools, call.name()) && ENV_DUMP.matcher(v.text()).find()) {
                found.add(new Finding(NAME, "env_dump", Severity.HIGH, 1.0, null, -1, -1, null,
                        Map.of("arg", v.path())));
            }
        }
        if (found.isEmpty()) {
            return StepResult.pass();
        }
        String reason = vars.isEmpty() ? "tool '" + call.name() + "' dumps the environment"
                : "tool '" + call.name() + "' references secret environment variable(s) " + String.join(", ", vars);
        return StepResult.block(reason, found);
    }

    private boolean isScriptLike(ToolCall call) {
        if (Glob.any(shellTools, call.name())) {
            return true;
        }
        for (String k : new String[] {"path", "file", "filename", "file_path"}) {
            if (call.arguments().get(k) instanceof String p) {
                String lower = p.toLowerCase(Locale.ROOT);
                for (String ext : SCRIPT_EXT) {
                    if (lower.endsWith(ext)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    boolean isSecretName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (safe.contains(upper)) {
            return false;
        }
        for (String w : SECRET_WORDS) {
            if (upper.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private StepResult output(StepContext context) {
        List<Finding> found = new ArrayList<>();
        for (TextPart p : context.parts()) {
            if (p.source() != TextPart.Source.TOOL_RESULT) {
                continue;
            }
            List<SecretMatch> hits = p.analysis(SecretScanner.ANALYSIS_KEY, SecretScanner.defaults()::scan);
            for (SecretMatch h : hits) {
                found.add(new Finding(NAME, "secret_in_output", Severity.HIGH, h.score(), p.id(), h.start(), h.end(),
                        "[REDACTED_SECRET]", Map.of("rule", h.type())));
            }
        }
        return StepResult.findings(found);
    }

    /** Registers {@code shell_bleed}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of(), Phase.TOOL, POSITION, OnDetection.REDACT,
                    Set.of("shell_tools", "safe_variables", "scan_tool_output"), ShellBleedStep::new);
        }
    }
}
