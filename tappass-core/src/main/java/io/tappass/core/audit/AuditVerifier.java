package io.tappass.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Checks a hash-chained JSON-lines audit file written by {@link JsonlAuditSink} (or by TapPass with the same
 * scheme) and reports the first broken or missing link. For every line, in order:
 * <ol>
 *   <li>it must end with a newline (a last line without one was cut off, e.g. by a crash during a write), be
 *       valid UTF-8 and parse as one JSON object without duplicate keys;</li>
 *   <li>{@code _hash} must be 64 lower-case hex digits and equal the SHA-256 of the canonical JSON of the object
 *       without {@code _hash} and {@code _sig}; a mismatch means the line's content was changed after it was
 *       written;</li>
 *   <li>{@code prev_hash} must be {@code null} on line 1 and equal the {@code _hash} of the line before
 *       otherwise; a mismatch means a line before it was dropped, inserted or the lines were reordered (or, on
 *       line 1, that the start of the file is missing).</li>
 * </ol>
 * Dropping lines from the end of a file cannot be detected from the file alone; compare
 * {@link VerificationResult#eventsVerified()} or the last {@code _hash} with a value kept elsewhere
 * ({@link JsonlAuditSink#lastHash()}). {@code _sig} signatures are not checked by this version.
 */
public final class AuditVerifier {
    private static final int MAX_LINE = 1 << 20;

    private AuditVerifier() {
    }

    /**
     * The outcome of a verification.
     *
     * @param valid          whether every line verified
     * @param eventsVerified how many lines verified before the first problem (all of them when valid)
     * @param firstBadLine   the 1-based number of the first bad line, or -1 when valid
     * @param problem        what is wrong with that line, or null when valid
     */
    public record VerificationResult(boolean valid, long eventsVerified, long firstBadLine, String problem) {
        static VerificationResult ok(long n) {
            return new VerificationResult(true, n, -1, null);
        }

        static VerificationResult bad(long line, String problem) {
            return new VerificationResult(false, line - 1, line, "line " + line + ": " + problem);
        }
    }

    /**
     * Verifies {@code file}.
     *
     * @throws UncheckedIOException when the file cannot be read at all (missing, unreadable)
     */
    public static VerificationResult verify(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return verify(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read audit file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Verifies a JSON-lines audit trail read from {@code in} (not closed). */
    public static VerificationResult verify(InputStream in) throws IOException {
        InputStream input = new BufferedInputStream(in, 65536);
        ByteArrayOutputStream buf = new ByteArrayOutputStream(1024);
        long lineNo = 0;
        String prev = null;
        while (true) {
            buf.reset();
            boolean newline = false;
            boolean tooLong = false;
            int b;
            while ((b = input.read()) != -1) {
                if (b == '\n') {
                    newline = true;
                    break;
                }
                if (buf.size() < MAX_LINE) {
                    buf.write(b);
                } else {
                    tooLong = true;
                }
            }
            if (b == -1 && buf.size() == 0 && !tooLong) {
                return VerificationResult.ok(lineNo);
            }
            lineNo++;
            if (!newline) {
                return VerificationResult.bad(lineNo, "incomplete last line (no trailing newline): the file was "
                        + "cut off, probably by a crash during a write");
            }
            if (tooLong) {
                return VerificationResult.bad(lineNo, "line is longer than " + MAX_LINE + " bytes");
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(buf.toByteArray())).toString();
            } catch (CharacterCodingException e) {
                return VerificationResult.bad(lineNo, "not valid UTF-8: the line was damaged or tampered with");
            }
            if (text.isBlank()) {
                return VerificationResult.bad(lineNo, "empty line: the trail never contains empty lines");
            }
            JsonNode node;
            try {
                node = AuditJson.MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                return VerificationResult.bad(lineNo, "unparseable JSON (" + e.getOriginalMessage()
                        + "): the line was damaged or tampered with");
            }
            if (!(node instanceof ObjectNode obj)) {
                return VerificationResult.bad(lineNo, "not a JSON object");
            }
            JsonNode recorded = obj.get(HashChain.HASH);
            if (recorded == null || !recorded.isTextual()
                    || !HashChain.HEX64.matcher(recorded.textValue()).matches()) {
                return VerificationResult.bad(lineNo, "missing or malformed _hash (expected 64 lower-case hex "
                        + "digits)");
            }
            String expected;
            try {
                expected = HashChain.expectedHash(obj);
            } catch (IllegalArgumentException e) {
                return VerificationResult.bad(lineNo, "cannot canonicalise the line: " + e.getMessage());
            }
            if (!expected.equals(recorded.textValue())) {
                return VerificationResult.bad(lineNo, "hash mismatch: the content was changed after it was "
                        + "written (recorded _hash " + recorded.textValue() + ", computed " + expected + ")");
            }
            if (!obj.has(HashChain.PREV_HASH)) {
                return VerificationResult.bad(lineNo, "missing prev_hash");
            }
            JsonNode link = obj.get(HashChain.PREV_HASH);
            if (lineNo == 1) {
                if (!link.isNull()) {
                    return VerificationResult.bad(lineNo, "prev_hash is " + link + " but the first event must "
                            + "have prev_hash null: the start of the file is missing");
                }
            } else if (!link.isTextual() || !link.textValue().equals(prev)) {
                return VerificationResult.bad(lineNo, "prev_hash " + link + " does not match the _hash of line "
                        + (lineNo - 1) + " (\"" + prev + "\"): a line before this one was dropped or inserted, "
                        + "or lines were reordered");
            }
            prev = recorded.textValue();
        }
    }
}
