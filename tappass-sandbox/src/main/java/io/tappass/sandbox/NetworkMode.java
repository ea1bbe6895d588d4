package io.tappass.sandbox;

/** How the sandboxed process may use the network. */
public enum NetworkMode {
    /** No network at all (allowed localhost ports excepted). The default. */
    BLOCKED,
    /** Only the allow-listed domains and endpoints, reached through an egress proxy (plus allowed localhost ports). */
    PROXY,
    /** Unrestricted network access. */
    UNRESTRICTED
}
