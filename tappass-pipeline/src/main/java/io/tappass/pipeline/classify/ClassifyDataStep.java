package io.tappass.pipeline.classify;

import io.tappass.core.governance.Classification;
import io.tappass.core.governance.Finding;
import io.tappass.core.governance.OnDetection;
import io.tappass.core.governance.Severity;
import io.tappass.pipeline.BaseStep;
import io.tappass.pipeline.CustomPattern;
import io.tappass.pipeline.Phase;
import io.tappass.pipeline.Step;
import io.tappass.pipeline.StepConfig;
import io.tappass.pipeline.StepContext;
import io.tappass.pipeline.StepResult;
import io.tappass.pipeline.internal.AbstractStepFactory;
import io.tappass.pipeline.internal.Prefetch;
import io.tappass.pipeline.scan.TextPart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code classify_data} (TapPass position 260, input phase, default {@code on_detection: log}): assigns the
 * request a classification from the findings of the steps that ran before it in this run
 * ({@link StepContext#findings()}) and returns it with {@link StepResult#withClassification}. The engine keeps
 * the highest level any step assigned.
 *
 * <p>Default mapping (first match wins):
 * <table>
 *   <caption>finding to level</caption>
 *   <tr><th>finding</th><th>level</th></tr>
 *   <tr><td>any finding of {@code detect_secrets}; any type containing SECRET, PASSWORD, TOKEN, API_KEY,
 *       PRIVATE_KEY or CREDENTIAL</td><td>RESTRICTED</td></tr>
 *   <tr><td>national identifiers (US_SSN, US_ITIN, UK_NINO, UK_NHS, NL_BSN, BE_NATIONAL_NUMBER, DE_TAX_ID, FR_NIR,
 *       ES_DNI, ES_NIE, IT_FISCAL_CODE, any *PASSPORT*, *DRIVER_LICENSE*), CREDIT_CARD, IBAN_CODE, US_BANK_NUMBER,
 *       CRYPTO, health data (MEDICAL*, HEALTH*, DIAGNOSIS*)</td><td>RESTRICTED</td></tr>
 *   <tr><td>EMAIL_ADDRESS, PHONE_NUMBER, PERSON, DATE_OF_BIRTH, LOCATION, ADDRESS, IP_ADDRESS, and any other
 *       finding of {@code detect_pii} or {@code pii_tokenize}</td><td>CONFIDENTIAL</td></tr>
 *   <tr><td>findings of {@code detect_business}</td><td>their {@code level} attribute, else CONFIDENTIAL</td></tr>
 *   <tr><td>findings of {@code detect_infra}, MAC_ADDRESS</td><td>INTERNAL</td></tr>
 *   <tr><td>everything else (injection, unicode, escalation findings ...)</td><td>no effect</td></tr>
 * </table>
 * Nothing found: {@code default_level} (PUBLIC).
 *
 * <p>Options:
 * <ul>
 *   <li>{@code levels}: map from a finding type or a step name to a level, overriding the table (e.g.
 *       {@code {EMAIL_ADDRESS: INTERNAL, detect_infra: CONFIDENTIAL}}); types win over step names;</li>
 *   <li>{@code custom_patterns}: TapPass's list of {@code {name, pattern, level}}: Java regexes matched on the
 *       non-system parts; each match is reported as a finding of type {@code name} and raises the level;</li>
 *   <li>{@code default_level}: the level when nothing matched (default PUBLIC);</li>
 *   <li>{@code content_cues} (default true): also read the non-system parts for classification markings at line
 *       starts ("CONFIDENTIAL", "INTERNAL USE ONLY", "Privileged &amp; Confidential", "Classification: Restricted"
 *       and their NL/DE/FR/ES/IT forms; reported as {@code CLASSIFICATION_MARKING} at the marked level) and for
 *       personal health data (a person diagnosed with / prescribed / tested positive / in therapy, a "Diagnosis:"
 *       field, a medical record number; reported as {@code HEALTH_DATA}, RESTRICTED). {@code levels} may remap
 *       both types.</li>
 * </ul>
 */
public final class ClassifyDataStep extends BaseStep implements Prefetch {

    /** The step id. */
    public static final String NAME = "classify_data";
    /** TapPass's position. */
    public static final int POSITION = 260;

    private static final Set<String> RESTRICTED_TYPES = Set.of("US_SSN", "US_ITIN", "UK_NINO", "UK_NHS", "NL_BSN",
            "BE_NATIONAL_NUMBER", "BE_NRN", "DE_TAX_ID", "FR_NIR", "ES_DNI", "ES_NIE", "IT_FISCAL_CODE", "CREDIT_CARD",
            "IBAN_CODE", "US_BANK_NUMBER", "CRYPTO", "MEDICAL_LICENSE", "US_MBI", "US_NPI");
    private static final Set<String> CONFIDENTIAL_TYPES = Set.of("EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON",
            "DATE_OF_BIRTH", "LOCATION", "ADDRESS", "IP_ADDRESS", "URL_WITH_PII", "NRP");

    private record Custom(String name, Pattern pattern, Classification level) {
    }

    /**
     * The (step, type) kinds of findings already looked up in one call: a short list searched linearly (a call has a
     * handful of kinds; their strings are mostly the detectors' constants, so equals returns on the reference).
     */
    private static final class KindLevels {
        private String[] steps = new String[8];
        private String[] types = new String[8];
        private int n;

        boolean contains(String step, String type) {
            for (int i = 0; i < n; i++) {
                if (types[i].equals(type) && steps[i].equals(step)) {
                    return true;
                }
            }
            return false;
        }

        void add(String step, String type) {
            if (n == steps.length) {
                if (n >= 64) {
                    return; // unusually many kinds: look the rest up each time
                }
                steps = java.util.Arrays.copyOf(steps, n * 2);
                types = java.util.Arrays.copyOf(types, n * 2);
            }
            steps[n] = step;
            types[n++] = type;
        }
    }

    private final Map<String, Classification> levels;
    private final List<Custom> custom;
    private final Classification defaultLevel;
    private final boolean cues;

    ClassifyDataStep(StepConfig config) {
        super(config, Phase.INPUT, POSITION);
        Map<String, Classification> lv = new HashMap<>();
        for (Map.Entry<String, Object> e : config.mapOption("levels").entrySet()) {
            lv.put(e.getKey(), parse(config, "levels." + e.getKey(), e.getValue()));
        }
        this.levels = Map.copyOf(lv);
        this.defaultLevel = parse(config, "default_level", config.stringOption("default_level", "PUBLIC"));
        List<Custom> cs = new ArrayList<>();
        for (CustomPattern p : config.customPatternsOption("custom_patterns")) {
            cs.add(new Custom(p.name(), p.pattern(), p.level()));
        }
        this.custom = List.copyOf(cs);
        this.cues = config.boolOption("content_cues", true);
    }

    private static Classification parse(StepConfig config, String key, Object v) {
        try {
            return Classification.parse(String.valueOf(v));
        } catch (IllegalArgumentException e) {
            throw config.error(key, e.getMessage());
        }
    }

    /**
     * The level a finding implies under the default table, or null when it has no bearing on classification.
     */
    public static Classification defaultLevel(Finding f) {
        String type = f.type().toUpperCase(Locale.ROOT);
        String step = f.step();
        if (step.equals("detect_secrets") || type.contains("SECRET") || type.contains("PASSWORD")
                || type.contains("TOKEN") || type.contains("API_KEY") || type.contains("PRIVATE_KEY")
                || type.contains("CREDENTIAL")) {
            return Classification.RESTRICTED;
        }
        if (RESTRICTED_TYPES.contains(type) || type.contains("PASSPORT") || type.contains("DRIVER_LICENSE")
                || type.startsWith("MEDICAL") || type.startsWith("HEALTH") || type.startsWith("DIAGNOSIS")) {
            return Classification.RESTRICTED;
        }
        if (step.equals("detect_business")) {
            String l = f.attributes().get("level");
            try {
                return l == null ? Classification.CONFIDENTIAL : Classification.parse(l);
            } catch (IllegalArgumentException e) {
                return Classification.CONFIDENTIAL;
            }
        }
        if (CONFIDENTIAL_TYPES.contains(type) || step.equals("detect_pii") || step.equals("pii_tokenize")) {
            return Classification.CONFIDENTIAL;
        }
        if (step.equals("detect_infra") || type.equals("MAC_ADDRESS")) {
            return Classification.INTERNAL;
        }
        return null;
    }

    Classification levelOf(Finding f) {
        Classification l = levels.get(f.type());
        if (l == null) {
            l = levels.get(f.type().toUpperCase(Locale.ROOT));
        }
        if (l == null) {
            l = levels.get(f.step());
        }
        return l != null ? l : defaultLevel(f);
    }

    @Override
    public StepResult apply(StepContext context) {
        Classification level = defaultLevel;
        // A large text yields thousands of findings of a few kinds, often interleaved (an email, a phone number, a
        // name, ...): the level depends only on the step and type (and on detect_business's attributes), so each
        // kind is looked up once per call.
        KindLevels seen = new KindLevels();
        for (Finding f : context.findings()) {
            if (seen.contains(f.step(), f.type())) {
                continue;
            }
            if (f.attributes().containsKey(io.tappass.pipeline.pii.PiiFindings.DOCUMENTATION)
                    && !levels.containsKey(f.type()) && !levels.containsKey(f.step())) {
                // detect_pii marked this value a documentation example (an address on a reserved domain); not
                // cached, the next value of the kind may be a real one
                continue;
            }
            Classification l = levelOf(f);
            if (l != null) {
                level = level.max(l);
            }
            if (!f.step().equals("detect_business")) {
                seen.add(f.step(), f.type());
            }
        }
        List<Finding> found = new ArrayList<>();
        if (cues) {
            for (TextPart part : context.parts()) {
                if (part.source() == TextPart.Source.SYSTEM) {
                    continue; // the application's own prompt may well be marked confidential
                }
                for (ContentCues.Cue c : part.analysis(ContentCues.KEY, ContentCues::scan)) {
                    found.add(new Finding(NAME, c.type(), c.level() == Classification.RESTRICTED ? Severity.HIGH
                            : Severity.MEDIUM, c.type().equals(ContentCues.HEALTH) ? 0.8 : 0.9, part.id(), c.start(),
                            c.end(), "[MASKED_" + c.type() + "]", Map.of("level", c.level().name())));
                    level = level.max(levels.getOrDefault(c.type(), c.level()));
                }
            }
        }
        if (!custom.isEmpty()) {
            for (TextPart part : context.parts()) {
                if (part.source() == TextPart.Source.SYSTEM) {
                    continue;
                }
                for (Custom c : custom) {
                    Matcher m = c.pattern.matcher(part.text());
                    while (m.find()) {
                        if (m.end() == m.start()) {
                            continue;
                        }
                        found.add(new Finding(NAME, c.name, c.level == Classification.RESTRICTED ? Severity.HIGH
                                : Severity.MEDIUM, 1.0, part.id(), m.start(), m.end(), "[MASKED_" + c.name + "]",
                                Map.of("level", c.level.name())));
                        level = level.max(c.level);
                    }
                }
            }
        }
        return StepResult.findings(found).withClassification(level);
    }

    /**
     * Reads the non-system parts for content cues ahead of {@link #apply} (which needs the findings of the steps
     * before it, so runs in order), on another thread of a concurrent call.
     */
    @Override
    public void prefetch(StepContext context) {
        if (cues) {
            for (TextPart part : context.parts()) {
                if (part.source() != TextPart.Source.SYSTEM) {
                    part.analysis(ContentCues.KEY, ContentCues::scan);
                }
            }
        }
    }

    /** Registers {@code classify_data}. */
    public static final class Factory extends AbstractStepFactory {
        public Factory() {
            super(NAME, Set.of(), Phase.INPUT, POSITION, OnDetection.LOG, Set.of("levels", "custom_patterns", "default_level", "use_llm_judge", "content_cues"),
                    Factory::newStep);
        }

        private static Step newStep(StepConfig config) {
            if (config.boolOption("use_llm_judge", false)) {
                throw config.error("use_llm_judge", "an LLM judge is not available in the embedded SDK; remove the"
                        + " option or set it to false");
            }
            return new ClassifyDataStep(config);
        }
    }
}
