package io.tappass.sandbox.proxy;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A thread-safe in-memory {@link CredentialSource} whose value can be replaced while agents keep running. */
public final class RotatingCredentialSource implements CredentialSource {
    private final AtomicReference<String> current;

    /** @param initial the first secret */
    public RotatingCredentialSource(String initial) {
        current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /** Replaces the secret; the next proxied request uses the new value. */
    public void rotate(String next) {
        current.set(Objects.requireNonNull(next, "next"));
    }

    @Override
    public String secret() {
        return current.get();
    }

    @Override
    public String toString() {
        return "RotatingCredentialSource[****]";
    }
}
