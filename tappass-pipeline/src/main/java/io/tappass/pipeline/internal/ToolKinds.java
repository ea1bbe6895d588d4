package io.tappass.pipeline.internal;

import java.util.List;

/**
 * Default name globs that classify tools as sinks or sources: shell execution, network access, e-mail and messages to
 * other agents. Steps let users override them. Not public API.
 */
public final class ToolKinds {

    private ToolKinds() {
    }

    /** Tools that run shell commands or scripts. */
    public static final List<String> SHELL = List.of("shell", "shell_*", "*_shell", "*shell_exec*", "bash", "sh",
            "zsh", "exec", "exec_*", "*_exec", "run_command*", "run_shell*", "execute_command*", "run_terminal*",
            "terminal*", "process_start", "powershell", "pwsh", "cmd", "*bash*", "run_script*", "execute_script*");
    /** Tools that fetch from or send to the network. */
    public static final List<String> NETWORK = List.of("web_fetch", "*fetch*", "http", "http_*", "*_http*",
            "*http_request*", "browser*", "browse*", "*navigate*", "curl", "wget", "*download*", "*scrape*",
            "*crawl*", "web_search", "*web_search*", "*search_web*", "*url*", "*webhook*", "*upload*", "*post_*");
    /** Tools that send e-mail. */
    public static final List<String> EMAIL = List.of("*email*", "*mail*", "smtp*");
    /** Tools that message or delegate to other agents. */
    public static final List<String> AGENT = List.of("agent_send", "agent_message", "agent_call", "call_agent",
            "agent_spawn", "*send_to_agent*", "*message_agent*", "delegate*", "*handoff*", "*subagent*");
}
