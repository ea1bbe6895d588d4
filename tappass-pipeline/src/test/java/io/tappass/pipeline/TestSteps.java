package io.tappass.pipeline;

import io.tappass.core.governance.Finding;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Severity;
import io.tappass.pipeline.scan.TextPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small steps for engine tests. */
final class TestSteps {
    private TestSteps() {
    }

    /** Finds a regex in every part; replacement and score configurable. */
    static final class RegexStep extends BaseStep {
        private final Pattern pattern;
        private final String type;
        private final String replacement;
        private final double score;
        final AtomicInteger calls = new AtomicInteger();

        RegexStep(StepConfig config, int position, String regex, String type, String replacement, double score) {
            super(config, Phase.INPUT, position);
            this.pattern = Pattern.compile(regex);
            this.type = type;
            this.replacement = replacement;
            this.score = score;
        }

        RegexStep(String name, int position, OnDetection action, String regex, String type, String replacement,
                  double score) {
            this(StepConfig.of(name, action), position, regex, type, replacement, score);
        }

        RegexStep(String name, int position, OnDetection action, String regex, String type, String replacement) {
            this(name, position, action, regex, type, replacement, 1.0);
        }

        RegexStep withThreshold(double t) {
            return new RegexStep(config().withThreshold(t), position(), pattern.pattern(), type, replacement, score);
        }

        @Override
        public StepResult apply(StepContext context) {
            calls.incrementAndGet();
            List<Finding> out = new ArrayList<>();
            for (TextPart p : context.parts()) {
                Matcher m = pattern.matcher(p.text());
                while (m.find()) {
                    out.add(Finding.at(name(), type, Severity.HIGH, score, p.id(), m.start(), m.end(), replacement));
                }
            }
            return StepResult.findings(out);
        }
    }

    /** Records the order in which steps ran. */
    static final class RecordingStep extends BaseStep {
        private final List<String> log;

        RecordingStep(String name, Phase phase, int position, List<String> log) {
            super(StepConfig.of(name, OnDetection.BLOCK), phase, position);
            this.log = log;
        }

        @Override
        public StepResult apply(StepContext context) {
            synchronized (log) {
                log.add(name());
            }
            return StepResult.pass();
        }
    }

    /** Always throws. */
    static final class BrokenStep extends BaseStep {
        BrokenStep() {
            super(StepConfig.of("broken", OnDetection.LOG), Phase.INPUT, 150);
        }

        @Override
        public StepResult apply(StepContext context) {
            throw new IllegalStateException("boom");
        }
    }

    /** A factory that makes a no-op step for any name: lets preset tests run without every detector. */
    static final class NoopFactory implements StepFactory {
        private final String name;
        private final Phase phase;
        private final int position;
        private final Set<String> options;

        NoopFactory(String name, Phase phase, int position, Set<String> options) {
            this.name = name;
            this.phase = phase;
            this.position = position;
            this.options = options;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Set<String> aliases() {
            return name.equals("detect_unicode") ? Set.of("unicode_attack")
                    : name.equals("budget") ? Set.of("budget_enforcement") : Set.of();
        }

        @Override
        public Phase phase() {
            return phase;
        }

        @Override
        public int position() {
            return position;
        }

        @Override
        public StepConfig defaults() {
            return new StepConfig(name, true, OnDetection.BLOCK, null, Map.of(), "<defaults>", name);
        }

        @Override
        public Set<String> optionNames() {
            return options;
        }

        @Override
        public Step create(StepConfig config) {
            return new BaseStep(config, phase, position) {
                @Override
                public StepResult apply(StepContext context) {
                    return StepResult.pass();
                }
            };
        }
    }
}
