package io.tappass.core.governance;

import io.tappass.core.TapPassException;

/**
 * A call was blocked by policy. Mirrors TapPass's HTTP 403 body
 * {@code {"error":{"type":"policy_block","blocked_by","reason","classification"}}}.
 */
public class PolicyBlockedException extends TapPassException {
    private static final long serialVersionUID = 1L;

    /** TapPass's error type for policy blocks. */
    public static final String TYPE = "policy_block";

    private final String blockedBy;
    private final String reason;
    private final Classification classification;

    /**
     * @param blockedBy      the step that blocked
     * @param reason         why (never contains the detected text)
     * @param classification the data classification of the blocked call
     */
    public PolicyBlockedException(String blockedBy, String reason, Classification classification) {
        super("Request blocked by policy: " + blockedBy + (reason == null ? "" : " (" + reason + ")"));
        this.blockedBy = blockedBy;
        this.reason = reason;
        this.classification = classification == null ? Classification.PUBLIC : classification;
    }

    /** The step that blocked, e.g. {@code detect_pii}. */
    public String blockedBy() {
        return blockedBy;
    }

    /** Why the call was blocked. */
    public String reason() {
        return reason;
    }

    /** The classification of the blocked call. */
    public Classification classification() {
        return classification;
    }
}
