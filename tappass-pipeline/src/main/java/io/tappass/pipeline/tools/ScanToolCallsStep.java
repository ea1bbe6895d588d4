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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code scan_tool_calls} (TapPass position 635, tool phase): scans every string argument of a tool call for
 * <ul>
 *   <li>{@code path_traversal}: {@code ../}, {@code ..\}, percent-encoded dots or slashes;</li>
 *   <li>{@code forbidden_zone}: a path inside a protected location ({@link #DEFAULT_ZONES}: {@code ~/.ssh/*},
 *       {@code ~/.aws/*}, {@code /etc/shadow}, ...; option {@code forbidden_zones} adds more, a list of paths or
 *       {@code {paths: [..]}}; {@code ~} also matches {@code $HOME}, {@code /home/<user>}, {@code /Users/<user>} and
 *       {@code /root}; a trailing {@code /*} covers the whole tree; relative paths that climb with {@code ..} are
 *       checked as if they reached the file-system root);</li>
 *   <li>{@code reverse_shell} ({@code /dev/tcp/}, {@code nc -e}, {@code socat exec:}, socket one-liners),
 *       {@code remote_code_pipe} ({@code curl … | sh}, {@code bash <(curl …)}, {@code base64 -d | sh}) and
 *       {@code eval} ({@code eval "$x"}, {@code eval(}); these apply to every tool, since a script written to a
 *       file is as dangerous as one run directly;</li>
 *   <li>{@code shell_metacharacter}: for shell tools only (option {@code shell_tools}, globs), OpenFang's deny list:
 *       backtick, {@code $(}, {@code ${}, {@code ;}, {@code |}, {@code &}, {@code >}, {@code <}, braces, CR, LF,
 *       NUL. Option {@code shell_metacharacters: false} turns this check off.</li>
 * </ul>
 * Findings carry the argument path in attribute {@code arg}; never the value.
 */
public final class ScanToolCallsStep extends BaseStep {

    /** The step id. */
    public static final String NAME = "scan_tool_calls";
    /** TapPass's position. */
    public static final int POSITION = 635;

    /** Protected locations checked by default. */
    public static final List<String> DEFAULT_ZONES = List.of(
            "~/.ssh/*", "~/.aws/*", "~/.gnupg/*", "~/.kube/*", "~/.docker/config.json", "~/.netrc", "~/.npmrc",
            "~/.pypirc", "~/.git-credentials", "~/.config/gcloud/*", "~/.azure/*", "~/.config/gh/hosts.yml",
            "~/.bash_history", "~/.zsh_history", "~/.password-store/*", "~/.vault-token", "~/.terraform.d/*",
            "~/Library/Keychains/*", "/etc/shadow", "/etc/gshadow", "/etc/sudoers", "/etc/sudoers.d/*",
            "/etc/ssh/*", "/etc/kubernetes/*", "/etc/passwd", "/root/*", "/proc/*/environ", "/proc/self/*",
            "/var/run/secrets/*", "/run/secrets/*", "/var/run/docker.sock", "/run/docker.sock", "/boot/*",
            "/etc/pam.d/*", "/etc/security/*");

    private static final String[][] METACHARS = {
        {"`", "backtick"}, {"$(", "command substitution"}, {"${", "variable expansion"}, {";", "command separator"},
        {"|", "pipe operator"}, {"&", "background or and-operator"}, {">", "output redirection"},
        {"<", "input redirection"}, {"{", "brace"}, {"}", "brace"}, {"\n", "newline"}, {"\r", "carriage return"},
        {"\0", "NUL byte"}};

    private static final Pattern REVERSE_SHELL = Pattern.compile(
            "/dev/(?:tcp|udp)/"
            + "|\\b(?:nc|ncat|netcat)\\b[^\\n]{0,200}?\\s-[a-z]*[ec]\\b"
            + "|\\bsocat\\b[^\\n]{0,200}?\\bexec:"
            + "|\\bmkfifo\\b[^\\n]{0,200}?\\b(?:nc|ncat|netcat|telnet)\\b"
            + "|\\bpython[23]?\\s+-c\\s[^\\n]{0,300}?\\bsocket\\b[^\\n]{0,300}?\\b(?:connect|dup2|pty)\\b"
            + "|\\bperl\\s+-e\\s[^\\n]{0,300}?\\bsocket\\b"
            + "|\\bphp\\s+-r\\s[^\\n]{0,300}?\\bfsockopen\\b"
            + "|\\bruby\\s+-rsocket\\b"
            + "|net\\.sockets\\.tcpclient",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REMOTE_PIPE = Pattern.compile(
            "\\b(?:curl|wget|fetch|iwr|invoke-webrequest)\\b[^\\n|]{0,500}\\|\\s*(?:sudo\\s+)?(?:[a-z]*sh|python[23]?|perl|ruby|node|php|iex)\\b"
            + "|\\b(?:ba|z|k|da)?sh\\s+<\\s*\\(\\s*(?:curl|wget)\\b"
            + "|\\b(?:ba|z)?sh\\s+-c\\s+[\"']?\\$\\(\\s*(?:curl|wget)\\b"
            + "|\\bbase64\\s+(?:-d|--decode|-D)\\b[^\\n|]{0,200}\\|\\s*(?:sudo\\s+)?(?:[a-z]*sh|python[23]?|perl)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EVAL = Pattern.compile(
            "(?:^|[;&|(`\\s])eval\\s+\\S|\\beval\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final String[] REVERSE_SHELL_HINTS = {"/dev/", "nc", "netcat", "socat", "mkfifo", "python",
        "perl", "php", "ruby", "sockets"};
    private static final Pattern PATH_TOKEN = Pattern.compile("[^\\s\"'=,;|<>()`]+");
    private static final int MAX_SCAN = 256 * 1024;

    private final Pattern zones;
    private final List<Glob> shellTools;
    private final boolean metachars;

    ScanToolCallsStep(StepConfig config) {
        super(config, Phase.TOOL, POSITION);
        List<String> all = new ArrayList<>(DEFAULT_ZONES);
        Object fz = config.option("forbidden_zones");
        if (fz instanceof Map<?, ?>) {
            StepConfig sub = new StepConfig(NAME, true, config.onDetection(), null, config.mapOption(
                    "forbidden_zones"), config.source(), config.keyPath() + ".forbidden_zones");
            all.addAll(sub.stringListOption("paths"));
        } else {
            all.addAll(config.stringListOption("forbidden_zones"));
        }
        StringBuilder re = new StringBuilder();
        for (String z : all) {
            if (z.isBlank()) {
                throw config.error("forbidden_zones", "empty path");
            }
            if (re.length() > 0) {
                re.append('|');
            }
            re.append(zoneRegex(z.trim()));
        }
        this.zones = Pattern.compile("^(?:" + re + ")$", Pattern.CASE_INSENSITIVE);
        List<String> shell = config.stringListOption("shell_tools");
        this.shellTools = Glob.all(shell.isEmpty() ? ToolKinds.SHELL : shell);
        this.metachars = config.boolOption("shell_metacharacters", true);
    }

    static String zoneRegex(String zone) {
        String z = zone.replace('\\', '/');
        StringBuilder sb = new StringBuilder();
        if (z.startsWith("~/")) {
            sb.append("(?:~|\\$home|\\$\\{home\\}|/home/[^/]+|/users/[^/]+|/root)");
            z = z.substring(1);
        }
        boolean tree = z.endsWith("/*");
        if (tree) {
            z = z.substring(0, z.length() - 2);
        }
        for (int i = 0; i < z.length(); i++) {
            char c = z.charAt(i);
            if (c == '*') {
                sb.append("[^/]*");
            } else if (Character.isLetterOrDigit(c) || c == '/' || c == '_' || c == '-') {
                sb.append(c);
            } else {
                sb.append('\\').append(c);
            }
        }
        if (tree) {
            sb.append("(?:/.*)?");
        }
        return sb.toString();
    }

    @Override
    public StepResult apply(StepContext context) {
        ToolCall call = context.toolCall();
        if (call == null) {
            return StepResult.pass();
        }
        boolean shell = Glob.any(shellTools, call.name());
        List<Finding> found = new ArrayList<>();
        for (Args.Value v : Args.strings(call.arguments())) {
            String text = v.text().length() > MAX_SCAN ? v.text().substring(0, MAX_SCAN) : v.text();
            scan(call, v.path(), text, shell, found);
        }
        if (found.isEmpty()) {
            return StepResult.pass();
        }
        LinkedHashMap<String, Boolean> types = new LinkedHashMap<>();
        for (Finding f : found) {
            types.put(f.type(), true);
        }
        return StepResult.block("tool '" + call.name() + "' arguments: " + String.join(", ", types.keySet()),
                found);
    }

    private void scan(ToolCall call, String arg, String text, boolean shell, List<Finding> out) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("../") || lower.contains("..\\") || lower.equals("..") || lower.endsWith("/..")
                || lower.contains("%2e%2e") || lower.contains("..%2f") || lower.contains("..%5c")
                || lower.contains("%252e")) {
            out.add(finding("path_traversal", Severity.HIGH, arg, null));
        }
        if (text.indexOf('/') >= 0 || text.indexOf('~') >= 0 || text.indexOf('\\') >= 0) {
            Matcher m = PATH_TOKEN.matcher(text);
            while (m.find()) {
                String tok = m.group();
                if (tok.indexOf('/') < 0 && tok.indexOf('\\') < 0 && !tok.startsWith("~")) {
                    continue;
                }
                String zone = zoneOf(tok);
                if (zone != null) {
                    out.add(finding("forbidden_zone", Severity.HIGH, arg, null));
                    break;
                }
            }
        }
        // cheap keyword prefilters keep the regular expressions off ordinary arguments
        if (containsAny(lower, REVERSE_SHELL_HINTS) && REVERSE_SHELL.matcher(text).find()) {
            out.add(finding("reverse_shell", Severity.CRITICAL, arg, null));
        }
        if ((lower.indexOf('|') >= 0 || lower.contains("<(") || lower.contains("$("))
                && REMOTE_PIPE.matcher(text).find()) {
            out.add(finding("remote_code_pipe", Severity.CRITICAL, arg, null));
        }
        if (lower.contains("eval") && EVAL.matcher(text).find()) {
            out.add(finding("eval", Severity.HIGH, arg, null));
        }
        if (shell && metachars) {
            for (String[] mc : METACHARS) {
                if (text.contains(mc[0])) {
                    out.add(finding("shell_metacharacter", Severity.MEDIUM, arg, mc[1]));
                    break;
                }
            }
        }
    }

    private static boolean containsAny(String s, String[] needles) {
        for (String n : needles) {
            if (s.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** The protected zone a path token falls in, or null. */
    String zoneOf(String token) {
        String t = token.replace('\\', '/');
        if (t.startsWith("file://")) {
            t = t.substring(7);
        }
        if (t.length() > 2 && t.charAt(1) == ':' && t.charAt(2) == '/' && Character.isLetter(t.charAt(0))) {
            t = t.substring(2); // C:/Users/bob/.ssh -> /Users/bob/.ssh
        }
        String n = normalizeLoose(t);
        return zones.matcher(n).matches() ? n : null;
    }

    /** Collapses {@code .} and {@code ..}; leading {@code ..} segments are dropped as if they reached the root. */
    static String normalizeLoose(String path) {
        boolean home = path.startsWith("~");
        boolean abs = path.startsWith("/") || home || path.startsWith("$");
        String[] segs = path.split("/+");
        ArrayList<String> out = new ArrayList<>();
        boolean climbed = false;
        for (int i = 0; i < segs.length; i++) {
            String s = segs[i];
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (out.isEmpty() || (out.size() == 1 && (home || out.get(0).startsWith("$")))) {
                    climbed = true;
                    if (!out.isEmpty()) {
                        out.clear();
                        home = false;
                    }
                } else {
                    out.remove(out.size() - 1);
                }
            } else {
                out.add(s);
            }
        }
        String joined = String.join("/", out);
        if (!out.isEmpty() && (out.get(0).startsWith("~") || out.get(0).startsWith("$"))) {
            return joined;
        }
        return (abs || climbed ? "/" : "") + joined;
    }

    private static Finding finding(String type, Severity severity, String arg, String detail) {
        Map<String, String> attrs = detail == null ? Map.of("arg", arg) : Map.of("arg", arg, "detail", detail);
        return new Finding(NAME, type, severity, 1.0, null, -1, -1, null, attrs);
    }

    /** Registers {@code scan_tool_calls}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of(), Phase.TOOL, POSITION, OnDetection.BLOCK,
                    Set.of("forbidden_zones", "shell_tools", "shell_metacharacters"), ScanToolCallsStep::new);
        }
    }
}
