/**
 * Tool-call governance: {@link io.tappass.pipeline.tools.ToolDecision} (the result of
 * {@code Pipeline.govern(ToolCall, GovernanceContext)}), the {@link io.tappass.pipeline.tools.ApprovalHandler} SPI,
 * single-use {@link io.tappass.pipeline.tools.Approvals}, the shared {@link io.tappass.pipeline.tools.ToolPolicy},
 * and the steps {@code tool_filter}, {@code tool_permissions}, {@code tool_constraints}, {@code scan_tool_calls},
 * {@code shell_bleed} and {@code require_approval}.
 */
package io.tappass.pipeline.tools;
