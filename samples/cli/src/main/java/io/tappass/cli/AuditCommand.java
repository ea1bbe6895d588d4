package io.tappass.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tappass.core.audit.AuditVerifier;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code tappass audit verify FILE.jsonl}: verifies a hash-chained audit trail and prints
 * {@code {"valid", "events_verified", "first_bad_line", "problem"}}; exits 0 when valid, 1 when not.
 */
final class AuditCommand {

    private AuditCommand() {
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length != 2 || !args[0].equals("verify")) {
            throw new UsageException("usage: tappass audit verify FILE.jsonl");
        }
        Path file = Path.of(args[1]);
        if (!Files.isRegularFile(file)) {
            throw new UsageException(file + ": no such file");
        }
        AuditVerifier.VerificationResult r = AuditVerifier.verify(file);
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("valid", r.valid());
        o.put("events_verified", r.eventsVerified());
        if (r.valid()) {
            o.putNull("first_bad_line");
            o.putNull("problem");
        } else {
            o.put("first_bad_line", r.firstBadLine());
            o.put("problem", r.problem());
        }
        out.println(o.toString());
        if (!r.valid()) {
            err.println("tappass audit: " + file + ": " + r.problem());
        }
        return r.valid() ? 0 : 1;
    }
}
