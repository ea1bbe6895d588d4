package io.tappass.pipeline.tools;

import io.tappass.core.ToolCall;
import java.time.Instant;

/**
 * What {@link ApprovalHandler} is asked to approve.
 *
 * @param requestId   a unique id for this request
 * @param agentId     the agent that wants to call the tool
 * @param sessionId   its session, or null
 * @param userId      the end user, or null
 * @param toolCall    the call (show its arguments to the approver)
 * @param tier        the approval tier ({@code authenticated} by default)
 * @param reason      why approval is needed
 * @param matchedRule the rule that matched, e.g. {@code tool:send_email} or {@code classification:RESTRICTED}
 * @param expiresAt   when the request lapses (the step's timeout)
 */
public record ApprovalRequest(String requestId, String agentId, String sessionId, String userId, ToolCall toolCall,
                              String tier, String reason, String matchedRule, Instant expiresAt) {
}
