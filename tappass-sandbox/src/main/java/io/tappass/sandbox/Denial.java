package io.tappass.sandbox;

import java.util.Objects;

/**
 * Something the sandbox refused, as reported by the backend (nono's {@code --diagnostics-json}, the egress proxy's
 * refusals, or a recognised error of the sandboxed command).
 *
 * @param kind    what was denied
 * @param target  the path, host:port or socket that was denied
 * @param access  the access that was attempted ({@code read}, {@code write}, {@code readwrite}, {@code connect}) or empty
 * @param reason  the backend's reason code, e.g. {@code policy_blocked}, {@code host_not_allowed}
 * @param message a human-readable line (no secrets)
 */
public record Denial(Kind kind, String target, String access, String reason, String message) {
    /** Category of a denial. */
    public enum Kind {
        /** A filesystem path. */
        PATH,
        /** A network connection (host, endpoint or port). */
        NETWORK,
        /** A Unix socket. */
        UNIX_SOCKET,
        /** IPC / signals / process info. */
        IPC,
        /** A credential could not be provided. */
        CREDENTIAL,
        /** Anything else the backend reported. */
        OTHER
    }

    /** Null-safe canonical constructor. */
    public Denial {
        Objects.requireNonNull(kind, "kind");
        target = target == null ? "" : target;
        access = access == null ? "" : access;
        reason = reason == null ? "" : reason;
        message = message == null ? "" : message;
    }

    /** One line for stderr: {@code denied PATH /home/u/.ssh/id_rsa (read): policy_blocked}. */
    public String describe() {
        return "denied " + kind + " " + target + (access.isEmpty() ? "" : " (" + access + ")")
                + (reason.isEmpty() ? "" : ": " + reason) + (message.isEmpty() ? "" : " - " + message);
    }
}
