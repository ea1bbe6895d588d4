package io.tappass.pipeline;

import io.tappass.core.governance.Classification;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of TapPass's {@code custom_patterns} option ({@code {name, pattern, level}}), as read by
 * {@link StepConfig#customPatternsOption(String)} for {@code detect_business}, {@code detect_pii},
 * {@code classify_data} and any third-party step.
 *
 * @param name    the finding type (upper case, spaces as underscores), e.g. {@code MRN}
 * @param pattern the compiled Java regular expression (written by the policy author: keep it free of nested
 *                quantifiers; at most {@link #MAX_PATTERN_LENGTH} characters)
 * @param level   the classification of a match (default {@link Classification#CONFIDENTIAL})
 */
public record CustomPattern(String name, Pattern pattern, Classification level) {

    /** The longest pattern accepted. */
    public static final int MAX_PATTERN_LENGTH = 512;

    public CustomPattern {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(level, "level");
    }
}
