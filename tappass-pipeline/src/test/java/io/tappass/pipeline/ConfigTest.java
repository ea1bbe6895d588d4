package io.tappass.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tappass.core.config.ConfigException;
import io.tappass.core.governance.Mode;
import io.tappass.core.governance.OnDetection;
import io.tappass.pipeline.TestSteps.NoopFactory;
import io.tappass.pipeline.steps.DetectBusinessStep;
import io.tappass.pipeline.steps.ValidateInputStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

    @TempDir
    Path dir;

    /** Every step the presets name, as no-op factories (the real ones live in their own test suites). */
    static StepRegistry presetRegistry() {
        Object[][] steps = {
                {"rate_limit", Phase.INPUT, 110, Set.of("max_calls", "window_seconds")},
                {"budget", Phase.INPUT, 120, Set.of("max_cost_usd", "window")},
                {"detect_pii", Phase.INPUT, 200, Set.of()},
                {"pii_tokenize", Phase.INPUT, 210, Set.of()},
                {"detect_secrets", Phase.INPUT, 220, Set.of()},
                {"detect_infra", Phase.INPUT, 230, Set.of()},
                {"detect_unicode", Phase.INPUT, 250, Set.of()},
                {"classify_data", Phase.INPUT, 260, Set.of()},
                {"detect_injection", Phase.INPUT, 300, Set.of()},
                {"detect_escalation", Phase.INPUT, 310, Set.of()},
                {"detect_exfiltration", Phase.INPUT, 355, Set.of()},
                {"tool_filter", Phase.INPUT, 630, Set.of()},
                {"tool_permissions", Phase.TOOL, 620, Set.of()},
                {"tool_constraints", Phase.TOOL, 625, Set.of()},
                {"scan_tool_calls", Phase.TOOL, 635, Set.of("forbidden_zones")},
                {"require_approval", Phase.TOOL, 640, Set.of("required_for")},
                {"scan_output", Phase.OUTPUT, 700, Set.of()},
                {"pii_restore", Phase.OUTPUT, 710, Set.of()},
                {"shell_bleed", Phase.OUTPUT, 720, Set.of()},
                {"taint_check", Phase.OUTPUT, 730, Set.of()},
                {"dedup", Phase.OUTPUT, 740, Set.of()},
                {"cost_tracking", Phase.OUTPUT, 800, Set.of()},
                {"loop_guard", Phase.OUTPUT, 810, Set.of("max_iterations")},
        };
        List<StepFactory> factories = new ArrayList<>();
        factories.add(new ValidateInputStep.Factory());
        factories.add(new DetectBusinessStep.Factory());
        for (Object[] s : steps) {
            @SuppressWarnings("unchecked")
            Set<String> opts = (Set<String>) s[3];
            factories.add(new NoopFactory((String) s[0], (Phase) s[1], (Integer) s[2], opts));
        }
        return StepRegistry.of(factories.toArray(new StepFactory[0]));
    }

    private Path write(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    private ConfigException loadFails(String name, String content) throws Exception {
        Path f = write(name, content);
        try {
            Pipeline.builder().registry(presetRegistry()).config(f).build();
        } catch (ConfigException e) {
            assertThat(e.source()).isEqualTo(f.toString());
            assertThat(e.getMessage()).startsWith(f.toString() + ": ");
            return e;
        }
        throw new AssertionError("expected a ConfigException for " + content);
    }

    @Test
    void aStepRewritesOnlyWhenItRedactsOutsideObserveAndLockdown() {
        StepConfig redact = StepConfig.of("pii_tokenize", OnDetection.REDACT);
        assertThat(redact.rewritesIn(Mode.ENFORCE)).isTrue();
        assertThat(redact.rewritesIn(Mode.WARN)).isTrue();
        assertThat(redact.rewritesIn(Mode.OBSERVE)).isFalse();
        assertThat(redact.rewritesIn(Mode.LOCKDOWN)).isFalse();
        assertThat(redact.withOnDetection(OnDetection.LOG).rewritesIn(Mode.ENFORCE)).isFalse();
        assertThat(redact.withOnDetection(OnDetection.BLOCK).rewritesIn(Mode.ENFORCE)).isFalse();
    }

    @Test
    void presetsCarryTapPassValues() {
        StepRegistry reg = presetRegistry();
        Pipeline starter = Pipeline.builder().registry(reg).preset("starter").build();
        Pipeline standard = Pipeline.builder().registry(reg).preset("standard").build();
        Pipeline regulated = Pipeline.builder().registry(reg).preset("regulated").build();

        assertThat(starter.step("detect_injection").config().threshold()).isEqualTo(0.8);
        assertThat(standard.step("detect_injection").config().threshold()).isEqualTo(0.6);
        assertThat(regulated.step("detect_injection").config().threshold()).isEqualTo(0.5);
        assertThat(starter.step("rate_limit").config().longOption("max_calls", 0)).isEqualTo(100);
        assertThat(standard.step("rate_limit").config().longOption("max_calls", 0)).isEqualTo(50);
        assertThat(regulated.step("rate_limit").config().longOption("max_calls", 0)).isEqualTo(30);
        assertThat(standard.step("rate_limit").config().longOption("window_seconds", 0)).isEqualTo(3600);
        assertThat(standard.step("loop_guard").config().longOption("max_iterations", 0)).isEqualTo(25);
        assertThat(regulated.step("loop_guard").config().longOption("max_iterations", 0)).isEqualTo(15);
        assertThat(standard.step("budget").config().doubleOption("max_cost_usd", 0)).isEqualTo(100.0);
        assertThat(regulated.step("budget").config().doubleOption("max_cost_usd", 0)).isEqualTo(50.0);
        assertThat(starter.step("detect_pii").config().onDetection()).isEqualTo(OnDetection.LOG);
        assertThat(starter.step("detect_secrets").config().onDetection()).isEqualTo(OnDetection.BLOCK);
        assertThat(standard.step("detect_pii").config().onDetection()).isEqualTo(OnDetection.BLOCK);
        assertThat(starter.step("scan_output").config().onDetection()).isEqualTo(OnDetection.LOG);
        assertThat(standard.step("scan_output").config().onDetection()).isEqualTo(OnDetection.REDACT);
        assertThat(regulated.step("scan_output").config().onDetection()).isEqualTo(OnDetection.BLOCK);
        assertThat(standard.step("classify_data").config().onDetection()).isEqualTo(OnDetection.LOG);
        assertThat(starter.stepNames()).containsExactly("validate_input", "rate_limit", "detect_pii",
                "detect_secrets", "detect_injection", "scan_output", "cost_tracking");
        assertThat(regulated.step("require_approval")).isNotNull();
        assertThat(standard.step("require_approval")).isNull();
        assertThat(standard.mode()).isEqualTo(Mode.ENFORCE);
    }

    @Test
    void overridesLayOverThePresetAndAcceptTapPassAliases() throws Exception {
        Path f = write("policy.yaml", """
                preset: standard
                mode: observe
                overrides:
                  detect_injection: {threshold: 0.7}
                  detect_pii: {on_detection: redact}
                  unicode_attack: {enabled: false}
                  budget_enforcement: {max_cost_usd: 5.0}
                  detect_business:
                    terms: [Project Falcon]
                """);
        Pipeline p = Pipeline.builder().registry(presetRegistry()).config(f).build();
        assertThat(p.mode()).isEqualTo(Mode.OBSERVE);
        assertThat(p.step("detect_injection").config().threshold()).isEqualTo(0.7);
        assertThat(p.step("detect_pii").config().onDetection()).isEqualTo(OnDetection.REDACT);
        assertThat(p.step("detect_unicode")).isNull();
        assertThat(p.step("budget").config().doubleOption("max_cost_usd", 0)).isEqualTo(5.0);
        assertThat(p.step("budget").config().stringOption("window", null)).isEqualTo("daily");
        assertThat(p.step("detect_business").config().stringListOption("terms")).containsExactly("Project Falcon");
    }

    @Test
    void theCategoriesFormAndTheHybridFormAreRead() throws Exception {
        Path f = write("cats.yaml", """
                categories:
                  before:
                    data_protection:
                      on_detection: redact
                      steps:
                        detect_business: {terms: [Falcon]}
                        validate_input: {on_detection: block}
                overrides:
                  categories:
                    before:
                      data_protection:
                        steps:
                          detect_business: {options: {level: RESTRICTED}}
                """);
        Pipeline p = Pipeline.builder().registry(presetRegistry()).config(f).build();
        assertThat(p.stepNames()).containsExactly("validate_input", "detect_business");
        assertThat(p.step("detect_business").config().onDetection()).isEqualTo(OnDetection.REDACT);
        assertThat(p.step("detect_business").config().stringOption("level", null)).isEqualTo("RESTRICTED");
        assertThat(p.step("validate_input").config().onDetection()).isEqualTo(OnDetection.BLOCK);
        assertThat(p.checkInput("Falcon lands").text()).isEqualTo("[MASKED_BUSINESS] lands");
    }

    @Test
    void jsonFilesAreRead() throws Exception {
        Path f = write("p.json", "{\"overrides\": {\"detect_business\": {\"terms\": [\"Falcon\"]}}}");
        Pipeline p = Pipeline.builder().registry(presetRegistry()).config(f).build();
        assertThat(p.checkInput("Falcon").blockedBy()).isEqualTo("detect_business");
    }

    @Test
    void unknownTopLevelKey() throws Exception {
        ConfigException e = loadFails("a.yaml", "preset: standard\noverides: {}\n");
        assertThat(e.keyPath()).isEqualTo("overides");
        assertThat(e.getMessage()).contains("unknown key").contains("overrides");
    }

    @Test
    void unknownStep() throws Exception {
        ConfigException e = loadFails("a.yaml", "overrides:\n  detect_pij: {}\n");
        assertThat(e.keyPath()).isEqualTo("overrides.detect_pij");
        assertThat(e.getMessage()).contains("unknown step 'detect_pij'").contains("detect_pii");
    }

    @Test
    void aTapPassStepThisSdkDoesNotProvideIsReportedNotSkipped() throws Exception {
        ConfigException e = loadFails("a.yaml", "overrides:\n  detect_memory_poison: {}\n");
        assertThat(e.getMessage()).contains("TapPass step").contains("does not provide");
    }

    @Test
    void unknownOptionOfAKnownStep() throws Exception {
        ConfigException e = loadFails("a.yaml", "overrides:\n  rate_limit: {max_call: 3}\n");
        assertThat(e.keyPath()).isEqualTo("overrides.rate_limit.max_call");
        assertThat(e.getMessage()).contains("max_calls");
    }

    @Test
    void unknownOptionInACategoryEntry() throws Exception {
        ConfigException e = loadFails("a.yaml",
                "categories:\n  before:\n    x:\n      steps:\n        validate_input: {max_msgs: 3}\n");
        assertThat(e.keyPath()).isEqualTo("categories.before.x.steps.validate_input.max_msgs");
    }

    @Test
    void wrongTypes() throws Exception {
        assertThat(loadFails("t1.yaml", "overrides:\n  detect_business: {threshold: high}\n").keyPath())
                .isEqualTo("overrides.detect_business.threshold");
        assertThat(loadFails("t2.yaml", "overrides:\n  detect_business: {threshold: 1.5}\n").getMessage())
                .contains("between 0 and 1");
        assertThat(loadFails("t3.yaml", "overrides:\n  detect_business: {enabled: yes please}\n").keyPath())
                .isEqualTo("overrides.detect_business.enabled");
        ConfigException action = loadFails("t4.yaml", "overrides:\n  detect_business: {on_detection: drop}\n");
        assertThat(action.keyPath()).isEqualTo("overrides.detect_business.on_detection");
        assertThat(action.getMessage()).contains("block, redact, log, continue, notify");
        assertThat(loadFails("t5.yaml", "overrides:\n  validate_input: {max_messages: many}\n").keyPath())
                .isEqualTo("overrides.validate_input.max_messages");
        assertThat(loadFails("t6.yaml", "overrides:\n  detect_business: {terms: {a: 1}}\n").keyPath())
                .isEqualTo("overrides.detect_business.terms");
        assertThat(loadFails("t7.yaml", "overrides: [detect_pii]\n").keyPath()).isEqualTo("overrides");
        assertThat(loadFails("t8.yaml", "overrides:\n  detect_business: 3\n").keyPath())
                .isEqualTo("overrides.detect_business");
    }

    @Test
    void invalidValuesInsideOptions() throws Exception {
        ConfigException regex = loadFails("r.yaml", """
                overrides:
                  detect_business:
                    custom_patterns:
                      - {name: mrn, pattern: "MRN-(\\\\d+", level: RESTRICTED}
                """);
        assertThat(regex.keyPath()).isEqualTo("overrides.detect_business.custom_patterns[0].pattern");
        assertThat(regex.getMessage()).contains("invalid regular expression");
        ConfigException level = loadFails("l.yaml",
                "overrides:\n  detect_business: {terms: [x], level: SECRET}\n");
        assertThat(level.keyPath()).isEqualTo("overrides.detect_business.level");
        assertThat(level.getMessage()).contains("RESTRICTED".toLowerCase());
    }

    @Test
    void badModePresetAndPhase() throws Exception {
        assertThat(loadFails("m.yaml", "mode: strict\n").keyPath()).isEqualTo("mode");
        assertThat(loadFails("p.yaml", "preset: paranoid\n").getMessage()).contains("starter, standard, regulated");
        assertThat(loadFails("ph.yaml", "categories:\n  during: {}\n").keyPath()).isEqualTo("categories.during");
        assertThat(loadFails("c.yaml", "categories:\n  before:\n    x: {on_detection: log, stepz: {}}\n").keyPath())
                .isEqualTo("categories.before.x.stepz");
    }

    @Test
    void malformedEmptyDuplicateAndMissingFiles() throws Exception {
        ConfigException malformed = loadFails("bad.yaml", "overrides:\n  detect_pii: {on_detection: block\n");
        assertThat(malformed.getMessage()).contains("malformed YAML").contains("line");
        assertThat(loadFails("bad.json", "{\"overrides\": }").getMessage()).contains("malformed JSON");
        assertThat(loadFails("empty.yaml", "").getMessage()).contains("empty");
        assertThat(loadFails("dup.yaml", "preset: starter\npreset: standard\n").getMessage())
                .containsIgnoringCase("duplicate");
        Path missing = dir.resolve("missing.yaml");
        assertThatThrownBy(() -> Pipeline.builder().registry(presetRegistry()).config(missing).build())
                .isInstanceOf(ConfigException.class).hasMessage(missing + ": file not found");
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, new byte[] {'m', 'o', 'd', 'e', ':', ' ', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> Pipeline.builder().registry(presetRegistry()).config(latin1).build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void builderOverridesAreValidatedLikeFiles() {
        assertThatThrownBy(() -> Pipeline.builder().registry(presetRegistry())
                .override("validate_input", Map.of("max_messages", "lots")).build())
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).source()).isEqualTo("<builder>"));
    }

    @Test
    void onlyStepsAndForcedActionSupportTheScanCommand() {
        Pipeline p = Pipeline.builder().registry(presetRegistry()).preset("standard")
                .override("detect_business", Map.of("terms", List.of("Falcon")))
                .onlySteps(List.of("detect_business", "unicode_attack"))
                .forceOnDetection(OnDetection.LOG).build();
        assertThat(p.stepNames()).containsExactly("detect_business", "detect_unicode");
        assertThat(p.checkInput("Falcon").isBlocked()).isFalse();
        assertThat(p.checkInput("Falcon").findings()).hasSize(1);
        assertThatThrownBy(() -> Pipeline.builder().registry(presetRegistry()).onlySteps(List.of("nope")).build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown step 'nope'");
    }

    @Test
    void extrasForOtherModulesArePassedThrough() throws Exception {
        Path f = write("agent.yaml", """
                agent: billing-bot
                sandbox: {workspace: /tmp/ws}
                overrides: {validate_input: {}}
                """);
        Pipeline p = Pipeline.builder().registry(presetRegistry()).config(f).build();
        assertThat(p.extras()).containsEntry("agent", "billing-bot").containsKey("sandbox");
    }

    @Test
    void theRealRegistryFindsTheBuiltInStepsThroughServiceLoader() {
        StepRegistry reg = StepRegistry.defaults();
        assertThat(reg.names()).contains("validate_input", "detect_business");
        assertThat(reg.contains("detect_business")).isTrue();
    }

    @Test
    void tapPassPolicyFloorShorthandsConfigureTheToolSteps() throws Exception {
        Path f = write("floor.yaml", """
                blocked_tools: [delete_asset]
                tool_arg_constraints:
                  - {tool: create_table, arg: schema, operator: in, value: [marketing, sales]}
                overrides:
                  forbidden_zones: ["/srv/secret/*"]
                """);
        Pipeline p = Pipeline.builder().config(f).build();
        var ctx = io.tappass.core.governance.GovernanceContext.empty();
        assertThat(p.govern(io.tappass.core.ToolCall.of("delete_asset", Map.of()), ctx).isBlocked()).isTrue();
        assertThat(p.govern(io.tappass.core.ToolCall.of("create_table", Map.of("schema", "hr")), ctx).isBlocked())
                .isTrue();
        assertThat(p.govern(io.tappass.core.ToolCall.of("create_table", Map.of("schema", "sales")), ctx).isAllowed())
                .isTrue();
        assertThat(p.govern(io.tappass.core.ToolCall.of("read_file", Map.of("path", "/srv/secret/a.txt")), ctx)
                .isBlocked()).isTrue();
        Path bad = write("badfloor.yaml", "blocked_tools: {a: 1}\n");
        assertThatThrownBy(() -> Pipeline.fromFile(bad)).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).keyPath()).isEqualTo("blocked_tools"));
    }
}
