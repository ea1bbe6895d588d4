package io.tappass.pipeline.tools;

/**
 * A human's answer to an {@link ApprovalRequest}.
 *
 * @param granted  whether the call may proceed
 * @param approver who decided (for the audit trail), or null
 * @param reason   an optional comment
 */
public record ApprovalDecision(boolean granted, String approver, String reason) {

    /** A grant by {@code approver}. */
    public static ApprovalDecision granted(String approver) {
        return new ApprovalDecision(true, approver, null);
    }

    /** A denial, with a reason. */
    public static ApprovalDecision denied(String approver, String reason) {
        return new ApprovalDecision(false, approver, reason);
    }
}
