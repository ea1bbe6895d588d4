package io.tappass.pipeline.infra;

import io.tappass.core.governance.Severity;
import java.util.Objects;

/**
 * One piece of internal infrastructure found by {@link InfraDetector}. Carries no matched text.
 *
 * @param type     {@code PRIVATE_IP}, {@code LOOPBACK_ADDRESS}, {@code LINK_LOCAL_ADDRESS}, {@code CGNAT_ADDRESS},
 *                 {@code CLOUD_METADATA_ENDPOINT}, {@code INTERNAL_HOSTNAME}, {@code INTERNAL_URL}, {@code CLOUD_ARN},
 *                 {@code AZURE_RESOURCE_ID}, {@code GCP_SERVICE_ACCOUNT_EMAIL} or {@code KUBERNETES_SECRET}
 * @param detail   a non-sensitive qualifier, e.g. {@code rfc1918}, {@code ula}, {@code .svc.cluster.local}
 * @param severity how serious it is
 * @param score    confidence 0..1
 * @param start    span start (inclusive, Java {@code String} index)
 * @param end      span end (exclusive)
 */
public record InfraMatch(String type, String detail, Severity severity, double score, int start, int end) {

    /** The span length. */
    public int length() {
        return end - start;
    }

    public InfraMatch {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
