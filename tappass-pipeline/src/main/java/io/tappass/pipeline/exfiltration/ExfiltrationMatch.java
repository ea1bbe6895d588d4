package io.tappass.pipeline.exfiltration;

import io.tappass.core.governance.Severity;
import java.util.Objects;

/**
 * One exfiltration channel found by {@link ExfiltrationDetector}. Carries no matched text.
 *
 * @param type     {@code PASTE_SITE_URL}, {@code WEBHOOK_CATCHER_URL}, {@code TUNNEL_URL}, {@code FILE_SHARE_URL},
 *                 {@code OOB_INTERACTION_URL}, {@code CHAT_WEBHOOK_URL}, {@code CLOUD_STORAGE_URL},
 *                 {@code PRESIGNED_URL}, {@code ENCODED_BLOB}, {@code MARKDOWN_IMAGE_EXFILTRATION} or
 *                 {@code DNS_TUNNEL_HOSTNAME}
 * @param detail   a non-sensitive qualifier (the service domain, {@code base64}/{@code hex}, ...)
 * @param severity how serious it is
 * @param score    confidence 0..1
 * @param start    span start (inclusive, Java {@code String} index)
 * @param end      span end (exclusive)
 */
public record ExfiltrationMatch(String type, String detail, Severity severity, double score, int start, int end) {

    public ExfiltrationMatch {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The span length. */
    public int length() {
        return end - start;
    }
}
