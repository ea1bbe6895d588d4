package io.tappass.core.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;

/** The hash-chain fields of a JSON-lines audit record. */
final class HashChain {
    static final String PREV_HASH = "prev_hash";
    static final String HASH = "_hash";
    static final String SIG = "_sig";
    static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    private HashChain() {
    }

    /** The canonical JSON line (no newline) of {@code event} linked to {@code prevHash}, and its hash. */
    static Link link(AuditEvent event, String prevHash) {
        ObjectNode tree = AuditJson.toTree(event);
        tree.put(PREV_HASH, prevHash);
        String hash = CanonicalJson.sha256Hex(tree);
        tree.put(HASH, hash);
        return new Link(CanonicalJson.write(tree), hash);
    }

    /** The hash a record should carry: SHA-256 of its canonical JSON without {@code _hash} and {@code _sig}. */
    static String expectedHash(ObjectNode record) {
        ObjectNode copy = record.deepCopy();
        copy.remove(HASH);
        copy.remove(SIG);
        return CanonicalJson.sha256Hex(copy);
    }

    record Link(String line, String hash) {
    }
}
