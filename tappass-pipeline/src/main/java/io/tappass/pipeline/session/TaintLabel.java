package io.tappass.pipeline.session;

/** Where data came from, as tracked by {@code taint_check} (OpenFang's taint labels). */
public enum TaintLabel {
    /** Personal data found by {@code detect_pii}. */
    PII,
    /** Credentials found by {@code detect_secrets} (or {@code shell_bleed} in tool output). */
    SECRET,
    /** Content fetched from the network or returned by an MCP server. */
    EXTERNAL,
    /** Text the end user typed. */
    USER_INPUT,
    /** Content produced by another agent. */
    UNTRUSTED_AGENT
}
