package io.tappass.pipeline.pii;

import io.tappass.core.governance.OnDetection;
import io.tappass.pipeline.BaseStep;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.StepConfig;
import io.tappass.pipeline.StepContext;
import io.tappass.pipeline.StepResult;
import io.tappass.pipeline.internal.AbstractStepFactory;
import io.tappass.pipeline.internal.Heavy;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code detect_pii} (TapPass position 200, input): personal data in the request's user, assistant and tool-result
 * texts, found by {@link PiiDetector} (validators, not just patterns). Each finding carries a replacement from the
 * configured {@link RedactionStrategy} (TapPass masks such as {@code [MASKED_EMAIL]} by default), so
 * {@code on_detection: redact} masks the values; the step's classification is the highest of its findings
 * (CONFIDENTIAL for contact data, RESTRICTED for national ids, cards and bank accounts, see {@link PiiEntity}).
 *
 * <p>Options:
 * <ul>
 *   <li>{@code entities}: subset of {@link PiiEntity} names (default all);</li>
 *   <li>{@code score_threshold}: minimum score (default: the step's {@code threshold}, else 0.5);</li>
 *   <li>{@code allow_list}: values never reported (case-insensitive);</li>
 *   <li>{@code context_window}: characters searched for context words (default 40);</li>
 *   <li>{@code custom_patterns}: {@code [{name, pattern, level}]} regexes (java.util.regex, max 512 chars);</li>
 *   <li>{@code languages}: context-word languages among en, nl, de, fr, es, it (default all);</li>
 *   <li>{@code recognizers}: names of ServiceLoader {@link EntityRecognizer}s to use (default all registered);</li>
 *   <li>{@code strategy}: {@code mask} (default), {@code partial} (+ {@code partial_keep}, default 4),
 *       {@code hash} (+ {@code hash_key} or {@code hash_key_env}, default env {@code TAPPASS_PII_HASH_KEY}),
 *       {@code token} (reversible, session vault);</li>
 *   <li>{@code scan_system}: also scan system messages (default false);</li>
 *   <li>{@code public_figures}: leave out of PERSON the names that are not personal data (default true): public
 *       figures and fictional characters (a list written for TapPass, {@code public-figures.txt}) unless the text
 *       around them is a record about a person (contact or identity data within 500 characters, a name field such
 *       as {@code Name:} or {@code Kunde=}, an introduction), names in addresses and buildings ("rue Victor Hugo",
 *       "Konrad-Adenauer-Straße", "Via Giuseppe Garibaldi") and car models ("Ford Mustang").</li>
 * </ul>
 */
public final class DetectPiiStep extends BaseStep implements Heavy {

    /** The step id. */
    public static final String NAME = "detect_pii";
    /** TapPass's position. */
    public static final int POSITION = 200;

    static final Set<String> OPTIONS = options();

    private final PiiDetector detector;
    private final double threshold;
    private final RedactionStrategy strategy;
    private final boolean scanSystem;

    DetectPiiStep(StepConfig config) {
        super(config, Phase.INPUT, POSITION);
        this.detector = PiiOptions.detector(config);
        this.threshold = PiiOptions.threshold(config);
        this.strategy = PiiOptions.strategy(config, "mask", System::getenv);
        this.scanSystem = config.boolOption("scan_system", false);
    }

    private static Set<String> options() {
        Set<String> s = new HashSet<>(PiiOptions.DETECTOR);
        s.addAll(Set.of("strategy", "partial_keep", "hash_key", "hash_key_env"));
        return Set.copyOf(s);
    }

    /** The detector this step uses. */
    public PiiDetector detector() {
        return detector;
    }

    @Override
    public StepResult apply(StepContext context) {
        return PiiFindings.result(PiiFindings.of(detector, context, NAME, threshold, strategy, scanSystem));
    }

    /** Pure unless its strategy keeps reversible tokens in the session. */
    @Override
    public boolean isPure() {
        return !strategy.usesSession();
    }

    /** Registers {@code detect_pii}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of(), Phase.INPUT, POSITION, OnDetection.REDACT, OPTIONS, DetectPiiStep::new);
        }
    }
}
