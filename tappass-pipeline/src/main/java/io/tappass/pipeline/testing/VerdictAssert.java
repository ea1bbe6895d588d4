package io.tappass.pipeline.testing;

import io.tappass.core.governance.Classification;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.Outcome;
import io.tappass.core.governance.Verdict;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link Verdict}. Failure messages describe findings by step and type, never by content. */
public final class VerdictAssert extends AbstractAssert<VerdictAssert, Verdict> {

    private final String original;

    VerdictAssert(Verdict actual, String original) {
        super(actual, VerdictAssert.class);
        this.original = original;
        isNotNull();
    }

    private String summary() {
        StringBuilder sb = new StringBuilder(actual.outcome().wireName());
        if (actual.blockedBy() != null) {
            sb.append(" by ").append(actual.blockedBy());
        }
        if (actual.reason() != null) {
            sb.append(" (").append(actual.reason()).append(')');
        }
        sb.append(", findings ");
        sb.append(actual.findings().stream().map(f -> f.step() + ":" + f.type()).toList());
        if (!actual.wouldBlockBy().isEmpty()) {
            sb.append(", would block by ").append(actual.wouldBlockBy());
        }
        return sb.toString();
    }

    /** The call passes unchanged. */
    public VerdictAssert isAllowed() {
        if (actual.outcome() != Outcome.ALLOW) {
            failWithMessage("Expected the call to be allowed unchanged but it was %s", summary());
        }
        return this;
    }

    /** The call passes, possibly rewritten. */
    public VerdictAssert isNotBlocked() {
        if (!actual.isAllowed()) {
            failWithMessage("Expected the call to pass but it was %s", summary());
        }
        return this;
    }

    /** The call was rewritten. */
    public VerdictAssert isModified() {
        if (actual.outcome() != Outcome.MODIFY) {
            failWithMessage("Expected the call to be modified but it was %s", summary());
        }
        return this;
    }

    /** The call was blocked by any step. */
    public VerdictAssert isBlocked() {
        if (actual.outcome() != Outcome.BLOCK) {
            failWithMessage("Expected the call to be blocked but it was %s", summary());
        }
        return this;
    }

    /** The call was blocked by {@code step}. */
    public VerdictAssert isBlockedBy(String step) {
        if (actual.outcome() != Outcome.BLOCK || !step.equals(actual.blockedBy())) {
            failWithMessage("Expected the call to be blocked by <%s> but it was %s", step, summary());
        }
        return this;
    }

    /** The call needs human approval. */
    public VerdictAssert needsApproval() {
        if (actual.outcome() != Outcome.NEEDS_APPROVAL) {
            failWithMessage("Expected the call to need approval but it was %s", summary());
        }
        return this;
    }

    /** In observe or warn mode: {@code step} would have blocked. */
    public VerdictAssert wouldBeBlockedBy(String step) {
        if (!actual.wouldBlockBy().contains(step)) {
            failWithMessage("Expected <%s> to be among the steps that would block but it was %s", step, summary());
        }
        return this;
    }

    /**
     * {@code sensitive} no longer appears in the governed text, and a finding covered it in the original text.
     */
    public VerdictAssert redacts(String sensitive) {
        if (actual.isBlocked()) {
            failWithMessage("Expected <%s> to be redacted but the call was %s", "…", summary());
        }
        String text = actual.text();
        if (text.contains(sensitive)) {
            failWithMessage("Expected the governed text not to contain the sensitive value any more, but it does; "
                    + "verdict was %s", summary());
        }
        if (original != null) {
            int at = original.indexOf(sensitive);
            boolean covered = at >= 0 && actual.findings().stream()
                    .anyMatch(f -> f.hasSpan() && f.start() <= at && f.end() >= at + sensitive.length()
                            || f.hasSpan() && f.start() < at + sensitive.length() && f.end() > at);
            if (!covered) {
                failWithMessage("Expected a finding whose span covers the sensitive value; verdict was %s",
                        summary());
            }
        }
        return this;
    }

    /** The governed text equals {@code expected}. */
    public VerdictAssert rewritesTo(String expected) {
        if (!expected.equals(actual.text())) {
            failWithMessage("Expected the governed text to be%n  <%s>%nbut it was%n  <%s>", expected, actual.text());
        }
        return this;
    }

    /** Some step reported a finding of this type. */
    public VerdictAssert hasFinding(String type) {
        if (actual.findings().stream().noneMatch(f -> f.type().equals(type))) {
            failWithMessage("Expected a finding of type <%s> but the verdict was %s", type, summary());
        }
        return this;
    }

    /** {@code step} reported a finding of this type. */
    public VerdictAssert hasFinding(String step, String type) {
        if (actual.findings().stream().noneMatch(f -> f.step().equals(step) && f.type().equals(type))) {
            failWithMessage("Expected a finding <%s:%s> but the verdict was %s", step, type, summary());
        }
        return this;
    }

    /** No step reported anything. */
    public VerdictAssert hasNoFindings() {
        List<Finding> f = actual.findings();
        if (!f.isEmpty()) {
            failWithMessage("Expected no findings but the verdict was %s", summary());
        }
        return this;
    }

    /** The verdict's classification. */
    public VerdictAssert hasClassification(Classification level) {
        if (actual.classification() != level) {
            failWithMessage("Expected classification <%s> but it was <%s>", level, actual.classification());
        }
        return this;
    }
}
