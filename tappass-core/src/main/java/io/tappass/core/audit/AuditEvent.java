package io.tappass.core.audit;

import io.tappass.core.governance.Finding;
import io.tappass.core.governance.GovernanceContext;
import io.tappass.core.governance.Outcome;
import io.tappass.core.governance.Severity;
import io.tappass.core.governance.Verdict;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One audit record: what happened, for whom, what was detected (category and severity only) and what was decided.
 * Field names and values follow TapPass's SIEM event ({@code audit_id}, {@code event_kind}, {@code detections[]},
 * {@code policy_result}, {@code severity} info|warn|error|critical, {@code cost}); the JSON form is written by
 * the sinks (see {@link #toJson()} and {@code docs/audit.md}).
 *
 * <p><b>No content, no credentials.</b> An event never holds prompt, response or tool text. Detections carry the
 * step, the category and the severity of a finding, never the matched text or its span. Identifier fields
 * (ids, provider, model, step, category) are limited to 128 characters and the reason to 512 (longer reasons are
 * cut); credential-looking substrings in any of them are masked. {@code details} follow the rules of
 * {@link Builder#detail(String, Object)}; the constructor applies the same rules, so no event bypasses them.
 *
 * @param auditId      unique id of the event (a random UUID by default)
 * @param timestamp    when it happened; stored with microsecond precision
 * @param eventKind    what happened: {@code chat}, {@code tool_call}, {@code detection}, {@code policy_block},
 *                     {@code auth_fail}, ... (lower case, {@code [a-z][a-z0-9_.-]*})
 * @param agentId      the agent, or null
 * @param sessionId    the session, or null
 * @param traceId      the correlation id, or null
 * @param provider     the LLM provider (e.g. {@code openai}), or null
 * @param model        the model name, or null
 * @param detections   what was detected, category and severity only
 * @param policyResult the decision, or null when no policy ran
 * @param severity     {@code info}, {@code warn}, {@code error} or {@code critical}
 * @param cost         token usage and cost, or null
 * @param details      small, non-sensitive extra facts (scalars, maps, lists)
 */
public record AuditEvent(String auditId, Instant timestamp, String eventKind, String agentId, String sessionId,
                         String traceId, String provider, String model, List<Detection> detections,
                         PolicyResult policyResult, String severity, Cost cost, Map<String, Object> details) {

    /** Event kind of a governed LLM call. */
    public static final String KIND_CHAT = "chat";
    /** Event kind of a governed tool call. */
    public static final String KIND_TOOL_CALL = "tool_call";
    /** Event kind of a detection that did not change the outcome. */
    public static final String KIND_DETECTION = "detection";
    /** Event kind of a blocked call. */
    public static final String KIND_POLICY_BLOCK = "policy_block";
    /** Event kind of a failed authentication. */
    public static final String KIND_AUTH_FAIL = "auth_fail";

    /** The accepted {@link #severity()} values, lowest first. */
    public static final List<String> SEVERITIES = List.of("info", "warn", "error", "critical");

    private static final Pattern EVENT_KIND = Pattern.compile("[a-z][a-z0-9_.\\-]{0,63}");
    private static final int MAX_ID = 128;
    private static final int MAX_REASON = 512;

    public AuditEvent {
        Objects.requireNonNull(auditId, "auditId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(eventKind, "eventKind");
        if (!EVENT_KIND.matcher(eventKind).matches()) {
            throw new IllegalArgumentException("audit event_kind must match [a-z][a-z0-9_.-]{0,63}, got '"
                    + DetailGuard.shorten(eventKind) + "'");
        }
        auditId = DetailGuard.id("audit_id", auditId, MAX_ID);
        timestamp = timestamp.truncatedTo(ChronoUnit.MICROS);
        agentId = DetailGuard.id("agent_id", agentId, MAX_ID);
        sessionId = DetailGuard.id("session_id", sessionId, MAX_ID);
        traceId = DetailGuard.id("trace_id", traceId, MAX_ID);
        provider = DetailGuard.id("provider", provider, MAX_ID);
        model = DetailGuard.id("model", model, MAX_ID);
        detections = detections == null ? List.of() : List.copyOf(detections);
        severity = severity == null ? "info" : severity;
        if (!SEVERITIES.contains(severity)) {
            throw new IllegalArgumentException("audit severity must be one of " + SEVERITIES + ", got '"
                    + DetailGuard.shorten(severity) + "'");
        }
        details = DetailGuard.details(details);
    }

    /** A new builder for an event of kind {@code eventKind}. */
    public static Builder builder(String eventKind) {
        return new Builder(eventKind);
    }

    /**
     * The event as canonical JSON (snake_case fields, sorted keys, no whitespace), without the chain fields
     * {@code prev_hash} and {@code _hash} that {@link JsonlAuditSink} adds.
     */
    public String toJson() {
        return CanonicalJson.write(AuditJson.toTree(this));
    }

    /**
     * Something detected: the step, the category (entity type) and the severity. Never the matched text.
     *
     * @param step     the step id, e.g. {@code detect_pii}
     * @param category the category or entity type, e.g. {@code EMAIL_ADDRESS}
     * @param severity the finding's severity wire name: {@code low}, {@code medium}, {@code high}, {@code critical}
     */
    public record Detection(String step, String category, String severity) {
        public Detection {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(severity, "severity");
            step = DetailGuard.id("detection step", step, MAX_ID);
            category = DetailGuard.id("detection category", category, MAX_ID);
            severity = Severity.parse(severity).wireName();
        }

        /** The detection for a finding (category and severity only). */
        public static Detection of(Finding finding) {
            return new Detection(finding.step(), finding.type(), finding.severity().wireName());
        }
    }

    /**
     * The decision.
     *
     * @param verdict {@code allow}, {@code modify}, {@code block} or {@code needs_approval}
     * @param rule    the step that blocked (or asked for approval), or null
     * @param reason  a short human-readable reason (never content), or null
     */
    public record PolicyResult(String verdict, String rule, String reason) {
        private static final Set<String> VERDICTS = Set.of("allow", "modify", "block", "needs_approval");

        public PolicyResult {
            Objects.requireNonNull(verdict, "verdict");
            if (!VERDICTS.contains(verdict)) {
                throw new IllegalArgumentException("policy_result verdict must be one of allow, modify, block, "
                        + "needs_approval, got '" + DetailGuard.shorten(verdict) + "'");
            }
            rule = DetailGuard.id("policy_result rule", rule, MAX_ID);
            reason = DetailGuard.text(reason, MAX_REASON);
        }

        /** The policy result of a verdict. */
        public static PolicyResult of(Verdict verdict) {
            return new PolicyResult(verdict.outcome().wireName(), verdict.blockedBy(), verdict.reason());
        }
    }

    /**
     * Token usage and cost.
     *
     * @param promptTokens     input tokens, &gt;= 0
     * @param completionTokens output tokens, &gt;= 0
     * @param usd              cost in US dollars, finite and &gt;= 0
     */
    public record Cost(long promptTokens, long completionTokens, double usd) {
        public Cost {
            if (promptTokens < 0 || completionTokens < 0) {
                throw new IllegalArgumentException("token counts must be >= 0, got " + promptTokens + " and "
                        + completionTokens);
            }
            if (!(Double.isFinite(usd) && usd >= 0)) {
                throw new IllegalArgumentException("cost usd must be finite and >= 0, got " + usd);
            }
        }
    }

    /**
     * Builds {@link AuditEvent}s. Not thread-safe; each setter overwrites what an earlier call set (so
     * {@link #severity(String)} after {@link #verdict(Verdict)} overrides the severity the verdict implied).
     */
    public static final class Builder {
        private final String eventKind;
        private String auditId;
        private Instant timestamp;
        private String agentId;
        private String sessionId;
        private String traceId;
        private String provider;
        private String model;
        private List<Detection> detections = List.of();
        private PolicyResult policyResult;
        private String severity;
        private Cost cost;
        private final Map<String, Object> details = new LinkedHashMap<>();

        private Builder(String eventKind) {
            this.eventKind = Objects.requireNonNull(eventKind, "eventKind");
        }

        /** The event id; a random UUID when not set. */
        public Builder auditId(String auditId) {
            this.auditId = auditId;
            return this;
        }

        /** When it happened; now when not set. */
        public Builder timestamp(Instant timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder agentId(String agentId) {
            this.agentId = agentId;
            return this;
        }

        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        public Builder traceId(String traceId) {
            this.traceId = traceId;
            return this;
        }

        /** Sets agent, session and trace id from a governance context (the user id is not recorded). */
        public Builder context(GovernanceContext ctx) {
            if (ctx != null) {
                this.agentId = ctx.agentId();
                this.sessionId = ctx.sessionId();
                this.traceId = ctx.traceId();
            }
            return this;
        }

        public Builder provider(String provider) {
            this.provider = provider;
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** Sets the detections from findings: step, category and severity of each, nothing else. */
        public Builder findings(List<Finding> findings) {
            List<Detection> list = new ArrayList<>();
            if (findings != null) {
                for (Finding f : findings) {
                    list.add(Detection.of(f));
                }
            }
            this.detections = list;
            return this;
        }

        /** Sets the detections. */
        public Builder detections(List<Detection> detections) {
            this.detections = detections == null ? List.of() : List.copyOf(detections);
            return this;
        }

        public Builder policyResult(PolicyResult policyResult) {
            this.policyResult = policyResult;
            return this;
        }

        public Builder policyResult(String verdict, String rule, String reason) {
            return policyResult(new PolicyResult(verdict, rule, reason));
        }

        /**
         * Records a verdict: the policy result (outcome, blocking step, reason), the detections of its findings,
         * the details {@code mode}, {@code classification} and (in observe/warn mode) {@code would_block_by},
         * and the event severity: {@code critical} when a finding is critical, {@code error} when blocked,
         * {@code warn} when modified, awaiting approval or warned (a would-be block), and {@code info} otherwise.
         * Request and response text are not recorded.
         */
        public Builder verdict(Verdict verdict) {
            Objects.requireNonNull(verdict, "verdict");
            policyResult(PolicyResult.of(verdict));
            findings(verdict.findings());
            detail("mode", verdict.mode());
            detail("classification", verdict.classification());
            if (!verdict.wouldBlockBy().isEmpty()) {
                detail("would_block_by", verdict.wouldBlockBy());
            }
            boolean critical = verdict.findings().stream().anyMatch(f -> f.severity() == Severity.CRITICAL);
            if (critical) {
                severity = "critical";
            } else if (verdict.outcome() == Outcome.BLOCK) {
                severity = "error";
            } else if (verdict.outcome() != Outcome.ALLOW || verdict.isWarned()) {
                severity = "warn";
            } else {
                severity = "info";
            }
            return this;
        }

        /** {@code info}, {@code warn}, {@code error} or {@code critical}; {@code info} when not set. */
        public Builder severity(String severity) {
            this.severity = severity;
            return this;
        }

        public Builder cost(Cost cost) {
            this.cost = cost;
            return this;
        }

        public Builder cost(long promptTokens, long completionTokens, double usd) {
            return cost(new Cost(promptTokens, completionTokens, usd));
        }

        /**
         * Adds a detail. This is the guard that keeps content and credentials out of the audit trail:
         * <ul>
         *   <li>the key is 1..64 characters of {@code [A-Za-z0-9_.-]};</li>
         *   <li>the value is null, a boolean, an integer, a finite floating-point number, an enum (recorded as its
         *       lower-case name), a UUID or Instant (as a string), a string of at most 256 characters, or a map
         *       (string keys) or list of such values, at most 64 entries each and 4 levels deep; anything else
         *       is refused with an {@link IllegalArgumentException} (never echoing the value);</li>
         *   <li>a longer string is refused: an audit event is not the place for prompts, responses or tool
         *       output; record a count, a length, a category or a hash instead;</li>
         *   <li>a string whose key names a credential or content ({@code password}, {@code secret},
         *       {@code token}, {@code api_key}, {@code authorization}, {@code cookie}, {@code prompt},
         *       {@code content}, {@code text}, {@code message}, {@code body}, {@code input}, {@code output}, ... as a {@code _}/{@code -}
         *       separated or camelCase word of the key's last dotted segment) is replaced by {@code [MASKED]}; a
         *       content word qualified by a descriptive word ({@code content_type}, {@code text_length},
         *       {@code prompt_hash}, {@code message_id}, ...) does not mask;
         *       so is a number under {@code password}, {@code secret}, {@code pin} or {@code otp};</li>
         *   <li>in every other string, substrings that look like credentials (vendor key prefixes such as
         *       {@code sk-}, {@code ghp_}, {@code AKIA}, {@code xoxb-}, {@code AIza}, JWTs, PEM private key
         *       headers, {@code Bearer}/{@code Basic} credentials, passwords in URLs, and any run of 32 or more
         *       token characters mixing letters and digits other than a UUID) are replaced by
         *       {@code [MASKED_CREDENTIAL]}.</li>
         * </ul>
         * Adding a key again replaces its value.
         *
         * @throws IllegalArgumentException when the key or the value is refused
         */
        public Builder detail(String key, Object value) {
            String k = DetailGuard.key(key);
            details.put(k, DetailGuard.value(k, value, 1));
            return this;
        }

        /** Builds the event. */
        public AuditEvent build() {
            return new AuditEvent(auditId == null ? UUID.randomUUID().toString() : auditId,
                    timestamp == null ? Instant.now() : timestamp, eventKind, agentId, sessionId, traceId, provider,
                    model, detections, policyResult, severity, cost, details);
        }
    }
}
