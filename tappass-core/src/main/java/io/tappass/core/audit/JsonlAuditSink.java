package io.tappass.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Appends events to a JSON-lines file as a hash chain: each line is the canonical JSON of the event plus
 * {@code prev_hash} (the previous line's {@code _hash}, {@code null} on the first line) and {@code _hash}
 * (lower-case hex SHA-256 of the canonical JSON of the line without {@code _hash} and {@code _sig}).
 * Check a file with {@link AuditVerifier}; the format is described in {@code docs/audit.md}.
 *
 * <p>Opening an existing file resumes the chain from its last line (the file is not re-verified; run
 * {@link AuditVerifier} for that). A file whose last line is incomplete (a crash during a write) or has no valid
 * {@code _hash} is refused, because appending to it would hide the damage. The sink holds an exclusive OS lock on
 * the file while open, so a second writer (another sink or process) is refused instead of forking the chain.
 *
 * <p>Thread-safe: writes are serialised, and the order of lines is the order of the chain. Each event is written
 * with one append; {@link #flush()} forces the file to disk (fsync). After an I/O error the sink refuses further
 * writes (the file may end with a partial line that needs attention), so callers fail closed.
 */
public final class JsonlAuditSink implements AuditSink {
    private static final int MAX_LINE = 1 << 20;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private String lastHash;
    private long linesWritten;
    private boolean closed;
    private IOException failure;

    private JsonlAuditSink(Path file, FileChannel channel, FileLock lock, String lastHash) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.lastHash = lastHash;
    }

    /**
     * Opens {@code file} for appending, creating it (and its parent directories) when missing, and resumes the
     * chain from its last line.
     *
     * @throws AuditException when the file cannot be opened, is locked by another writer, ends with an incomplete
     *                        line, or its last line carries no valid {@code _hash}
     */
    public static JsonlAuditSink open(Path file) {
        Objects.requireNonNull(file, "file");
        Path abs = file.toAbsolutePath();
        FileChannel ch = null;
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
            ch = FileChannel.open(abs, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new AuditException("audit file " + abs + " is already open for writing by another "
                        + "JsonlAuditSink or process; use one sink per file (share it between threads)");
            }
            String last;
            try {
                last = lastHash(abs);
            } catch (AuditException | IOException e) {
                lock.release();
                throw e;
            }
            return new JsonlAuditSink(abs, ch, lock, last);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new AuditException("cannot open audit file " + abs + ": " + e, e);
        } catch (RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    /** The file this sink appends to. */
    public Path file() {
        return file;
    }

    /** The {@code _hash} of the last line in the file (the next line's {@code prev_hash}), or null when empty. */
    public synchronized String lastHash() {
        return lastHash;
    }

    /** How many lines this sink has appended since it was opened. */
    public synchronized long linesWritten() {
        return linesWritten;
    }

    @Override
    public synchronized void write(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        ensureUsable();
        HashChain.Link link = HashChain.link(event, lastHash);
        ByteBuffer buf = ByteBuffer.wrap((link.line() + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
        } catch (IOException e) {
            failure = e;
            throw new AuditException("cannot append to audit file " + file + ": " + e
                    + "; the sink refuses further writes; check the file with AuditVerifier", e);
        }
        lastHash = link.hash();
        linesWritten++;
    }

    /** Forces everything written so far to disk (fsync of the file's content). */
    @Override
    public synchronized void flush() {
        ensureUsable();
        try {
            channel.force(false);
        } catch (IOException e) {
            failure = e;
            throw new AuditException("cannot sync audit file " + file + ": " + e, e);
        }
    }

    /** Syncs, releases the lock and closes the file. Closing twice is harmless. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        IOException error = null;
        try {
            if (failure == null) {
                channel.force(false);
            }
        } catch (IOException e) {
            error = e;
        }
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            error = error == null ? e : error;
        }
        if (error != null) {
            throw new AuditException("cannot close audit file " + file + ": " + error, error);
        }
    }

    private void ensureUsable() {
        if (closed) {
            throw new IllegalStateException("audit sink for " + file + " is closed");
        }
        if (failure != null) {
            throw new AuditException("audit sink for " + file + " failed earlier (" + failure
                    + ") and refuses further writes; check the file with AuditVerifier and open a new sink");
        }
    }

    /** The {@code _hash} of the file's last line, or null for an empty file. */
    private static String lastHash(Path file) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            if (size == 0) {
                return null;
            }
            ByteBuffer one = ByteBuffer.allocate(1);
            in.read(one, size - 1);
            if (one.get(0) != '\n') {
                throw new AuditException("audit file " + file + " ends with an incomplete line (probably a crash "
                        + "during a write); run AuditVerifier on it, then move the file aside or remove the partial "
                        + "last line before appending");
            }
            long end = size - 1; // exclusive end of the last line
            long start = end;
            ByteBuffer chunk = ByteBuffer.allocate(8192);
            outer:
            while (start > 0) {
                int n = (int) Math.min(chunk.capacity(), start);
                chunk.clear().limit(n);
                long pos = start - n;
                while (chunk.hasRemaining()) {
                    if (in.read(chunk, pos + chunk.position()) < 0) {
                        break;
                    }
                }
                for (int i = n - 1; i >= 0; i--) {
                    if (chunk.get(i) == '\n') {
                        start = pos + i + 1;
                        break outer;
                    }
                }
                start = pos;
                if (end - start > MAX_LINE) {
                    throw new AuditException("the last line of audit file " + file + " is longer than "
                            + MAX_LINE + " bytes; this is not an audit trail written by TapPass");
                }
            }
            ByteBuffer line = ByteBuffer.allocate((int) (end - start));
            while (line.hasRemaining()) {
                if (in.read(line, start + line.position()) < 0) {
                    break;
                }
            }
            String text = new String(line.array(), 0, line.position(), StandardCharsets.UTF_8);
            JsonNode node;
            try {
                node = AuditJson.MAPPER.readTree(text);
            } catch (IOException e) {
                throw new AuditException("the last line of audit file " + file + " is not valid JSON; run "
                        + "AuditVerifier on it before appending", e);
            }
            JsonNode hash = node == null ? null : node.get(HashChain.HASH);
            if (hash == null || !hash.isTextual() || !HashChain.HEX64.matcher(hash.textValue()).matches()) {
                throw new AuditException("the last line of audit file " + file + " has no valid _hash (64 "
                        + "lower-case hex digits); it is not a hash-chained audit trail, use another file");
            }
            return hash.textValue();
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }
}
