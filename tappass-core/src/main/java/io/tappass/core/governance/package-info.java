/**
 * The governance model: what a step found ({@link io.tappass.core.governance.Finding}), what the pipeline decided
 * ({@link io.tappass.core.governance.Verdict}), under which circumstances
 * ({@link io.tappass.core.governance.GovernanceContext}), and the exception a blocked call surfaces as
 * ({@link io.tappass.core.governance.PolicyBlockedException}). Names and wire values follow TapPass.
 */
package io.tappass.core.governance;
