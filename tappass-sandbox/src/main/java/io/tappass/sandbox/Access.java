package io.tappass.sandbox;

/** Filesystem access level of a grant. {@link #WRITE} is write-only (nono's {@code write}); most grants want {@link #READ_WRITE}. */
public enum Access {
    /** Read (and, on Landlock, execute) only. */
    READ,
    /** Write-only: create, modify and remove, but not read. Not enforceable by bubblewrap. */
    WRITE,
    /** Read and write. */
    READ_WRITE
}
