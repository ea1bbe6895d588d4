package io.tappass.sandbox;

import java.util.Objects;

/**
 * One filesystem grant of a {@link SandboxPolicy}.
 *
 * @param path   an absolute path, or one starting with {@code ~} or a known variable ({@code $HOME}, {@code $WORKDIR},
 *               {@code $TMPDIR}, {@code $XDG_*}); see {@link PolicyPaths}
 * @param access read, write-only or read-write
 * @param file   {@code true} for a single file, {@code false} for a directory (recursive)
 */
public record FsGrant(String path, Access access, boolean file) {
    /** Validates that path and access are present; the path syntax is checked by {@link SandboxPolicy.Builder#build()}. */
    public FsGrant {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access");
    }
}
