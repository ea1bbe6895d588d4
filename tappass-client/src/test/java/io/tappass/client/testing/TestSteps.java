package io.tappass.client.testing;

import io.tappass.core.governance.Finding;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Severity;
import io.tappass.pipeline.BaseStep;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.Pipeline;
import io.tappass.pipeline.StepConfig;
import io.tappass.pipeline.StepContext;
import io.tappass.pipeline.StepResult;
import io.tappass.pipeline.scan.TextPart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test-only steps (the real detectors are built elsewhere) and pipelines. */
public final class TestSteps {

    private TestSteps() {
    }

    /** A simple email matcher (test only; not a detector). */
    public static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,8}");

    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,8}");

    /**
     * The matches of {@link #EMAIL} (same leftmost, non-overlapping results as {@code EMAIL.matcher(text).find()})
     * found in linear time: anchored at each {@code @} instead of trying the 64-character local part at every
     * position (which made this test step cost ~45 µs per KiB and dominate the client benchmark).
     */
    public static List<int[]> emails(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher dm = DOMAIN.matcher(text);
        int prevEnd = 0;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, prevEnd))) {
            int start = at;
            while (start > prevEnd && at - start < 64 && local(text.charAt(start - 1))) {
                start--;
            }
            if (start == at) {
                continue;
            }
            dm.region(at + 1, text.length());
            if (dm.lookingAt()) {
                out.add(new int[] {start, dm.end()});
                prevEnd = dm.end();
            }
        }
        return out;
    }

    private static boolean local(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                || c == '%' || c == '+' || c == '-';
    }

    /** An output (or input) step that reports emails with replacement {@code [MASKED_EMAIL]}. */
    public static final class EmailStep extends BaseStep {
        public EmailStep(String name, Phase phase, OnDetection action) {
            super(StepConfig.of(name, action), phase, 500);
        }

        @Override
        public StepResult apply(StepContext context) {
            List<Finding> found = new ArrayList<>();
            for (TextPart part : context.parts()) {
                for (int[] m : emails(part.text())) {
                    found.add(new Finding(name(), "EMAIL_ADDRESS", Severity.MEDIUM, 1.0, part.id(), m[0], m[1],
                            "[MASKED_EMAIL]", Map.of()));
                }
            }
            return found.isEmpty() ? StepResult.pass() : StepResult.findings(found);
        }
    }

    /** A pipeline: input blocks "Project Falcon" (detect_business), output redacts emails, output blocks "TOPSECRET". */
    public static Pipeline standard() {
        return Pipeline.builder()
                .override("detect_business", Map.of("terms", List.of("Project Falcon"), "on_detection", "block"))
                .step(new EmailStep("redact_output_email", Phase.OUTPUT, OnDetection.REDACT))
                .step(new TermStep("block_output_term", "TOPSECRET"))
                .build();
    }

    /** Blocks outputs containing a term. */
    public static final class TermStep extends BaseStep {
        private final String term;

        public TermStep(String name, String term) {
            super(StepConfig.of(name, OnDetection.BLOCK), Phase.OUTPUT, 510);
            this.term = term;
        }

        @Override
        public StepResult apply(StepContext context) {
            for (TextPart part : context.parts()) {
                int i = part.text().indexOf(term);
                if (i >= 0) {
                    return StepResult.block("restricted term in output", new Finding(name(), "TERM", Severity.HIGH,
                            1.0, part.id(), i, i + term.length(), null, Map.of()));
                }
            }
            return StepResult.pass();
        }
    }

    /**
     * An output step that rewrites every string value in tool-call arguments to {@code [REDACTED]} (a stand-in for
     * a policy that masks tool arguments), leaving calls without string values untouched.
     */
    public static final class RedactToolArgsStep extends BaseStep {
        public RedactToolArgsStep() {
            super(StepConfig.of("redact_tool_args", OnDetection.REDACT), Phase.OUTPUT, 520);
        }

        @Override
        public StepResult apply(StepContext context) {
            io.tappass.core.ChatResponse r = context.response();
            if (r == null || r.toolCalls().isEmpty()) {
                return StepResult.pass();
            }
            List<io.tappass.core.ToolCall> calls = new ArrayList<>();
            for (io.tappass.core.ToolCall c : r.toolCalls()) {
                calls.add(new io.tappass.core.ToolCall(c.id(), c.name(), redacted(c.arguments()), c.server()));
            }
            return StepResult.pass().withResponse(r.withToolCalls(calls));
        }

        /** The expected rewrite of {@code args}. */
        @SuppressWarnings("unchecked")
        public static Map<String, Object> redacted(Map<String, Object> args) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            args.forEach((k, v) -> out.put(k, v instanceof String ? "[REDACTED]"
                    : v instanceof Map ? redacted((Map<String, Object>) v) : v));
            return out;
        }
    }

    /** The shared data directory ({@code <repo>/../shared/data}), or null when absent. */
    public static Path sharedData() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 6 && dir != null; i++, dir = dir.getParent()) {
            Path p = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }
}
