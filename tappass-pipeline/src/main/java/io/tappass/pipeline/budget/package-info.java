/**
 * Spending and rate control: {@code rate_limit} (per agent and per tool), {@code budget} (USD per session, hour, day
 * and month with atomic reservations), {@code cost_tracking} (cost per response for the audit trail) and the
 * {@link io.tappass.pipeline.budget.Pricing} table.
 */
package io.tappass.pipeline.budget;
