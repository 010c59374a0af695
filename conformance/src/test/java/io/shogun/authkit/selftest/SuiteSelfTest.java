package io.shogun.authkit.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.shogun.authkit.suite.ConformanceFailure;
import io.shogun.authkit.suite.ConformanceWarning;
import io.shogun.authkit.suite.JwtConformanceSuite;
import io.shogun.authkit.suite.Targets;
import io.shogun.authkit.suite.WebhookConformanceSuite;
import io.shogun.authkit.vectors.GoldenVectors;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Tests the tester: each single-flaw target must fail its suite on the intended requirement and nowhere else, and the
 * reference must pass everything. The suites run exactly as users run them, through the JUnit engine.
 */
class SuiteSelfTest {

    static Stream<Arguments> flawedTargets() {
        return Stream.of(
                Arguments.of("flaw-accepts-missing-prefix", WebhookConformanceSuite.class, "WEBHOOK-CANONICAL"),
                Arguments.of("flaw-hashes-reserialized-json", WebhookConformanceSuite.class, "WEBHOOK-RAW-BODY"),
                Arguments.of("flaw-accepts-truncated-tag", WebhookConformanceSuite.class, "WEBHOOK-REJECT"),
                Arguments.of("flaw-throws-on-wrong-length", WebhookConformanceSuite.class, "WEBHOOK-ROBUST"),
                Arguments.of("flaw-accepts-alg-none", JwtConformanceSuite.class, "JWT-ALG"),
                Arguments.of("flaw-ignores-exp", JwtConformanceSuite.class, "JWT-TIME"),
                Arguments.of("flaw-accepts-128-bit-key", JwtConformanceSuite.class, "JWT-KEY"),
                Arguments.of("flaw-keeps-last-duplicate", JwtConformanceSuite.class, "JWT-STRUCTURE"));
    }

    @ParameterizedTest(name = "{0} fails {2} only")
    @MethodSource("flawedTargets")
    void suite_singleFlawTarget_failsOnlyTheIntendedRequirement(String targetId, Class<?> suite, String requirement) {
        EngineExecutionResults results = run(suite, "java:" + targetId);

        assertThat(failedRequirements(results)).containsExactly(requirement);
        assertThat(warnedRequirements(results)).isEmpty();
    }

    @ParameterizedTest(name = "{0} warns on WEBHOOK-CONSTANT-TIME only")
    @ValueSource(strings = {"flaw-compares-with-string-equals", "flaw-compares-with-arrays-equals"})
    void webhookSuite_earlyExitComparison_warnsOnConstantTimeOnly(String targetId) {
        EngineExecutionResults results = run(WebhookConformanceSuite.class, "java:" + targetId);

        assertThat(failedRequirements(results)).isEmpty();
        assertThat(warnedRequirements(results)).containsExactly("WEBHOOK-CONSTANT-TIME");
        assertThat(results.testEvents().aborted().stream()
                .map(event -> event.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                        .getThrowable().orElseThrow().getMessage()))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("the comparison exits early");
    }

    @ParameterizedTest(name = "{0} warns on JWT-CONSTANT-TIME only")
    @ValueSource(strings = {"flaw-jwt-compares-with-string-equals", "flaw-jwt-compares-with-arrays-equals"})
    void jwtSuite_earlyExitMacComparison_warnsOnConstantTimeOnly(String targetId) {
        EngineExecutionResults results = run(JwtConformanceSuite.class, "java:" + targetId);

        assertThat(failedRequirements(results)).isEmpty();
        assertThat(warnedRequirements(results)).containsExactly("JWT-CONSTANT-TIME");
    }

    @Test
    void jwtSuite_constantTimeControl_passesEverything() {
        EngineExecutionResults results = run(JwtConformanceSuite.class, "java:control-jwt-compares-with-is-equal");

        results.testEvents().assertStatistics(stats -> stats.failed(0).aborted(0)
                .succeeded(GoldenVectors.load().jwtHs256().tests().size() + 1));
    }

    @Test
    void webhookSuite_constantTimeControl_passesEverything() {
        EngineExecutionResults results = run(WebhookConformanceSuite.class, "java:control-compares-with-is-equal");

        results.testEvents().assertStatistics(stats -> stats.failed(0).aborted(0)
                .succeeded(GoldenVectors.load().webhookSignatures().tests().size() + 1));
    }

    @Test
    void webhookSuite_reference_passesEveryCase() {
        EngineExecutionResults results = run(WebhookConformanceSuite.class, "reference");

        results.testEvents().assertStatistics(stats -> stats.failed(0).aborted(0)
                .succeeded(GoldenVectors.load().webhookSignatures().tests().size() + 1));
    }

    @Test
    void jwtSuite_reference_passesEveryCase() {
        EngineExecutionResults results = run(JwtConformanceSuite.class, "reference");

        results.testEvents().assertStatistics(stats -> stats.failed(0).aborted(0)
                .succeeded(GoldenVectors.load().jwtHs256().tests().size() + 1));
    }

    @Test
    void jwtSuite_targetWithoutJwtCapability_isSkippedNotFailed() {
        EngineExecutionResults results = run(JwtConformanceSuite.class, "java:flaw-accepts-missing-prefix");

        assertThat(results.testEvents().succeeded().count()).isZero();
        assertThat(results.testEvents().failed().count()).isZero();
        assertThat(results.containerEvents().aborted().count()).isEqualTo(1);
    }

    @Test
    void suiteFailure_message_namesCaseRequirementFlagsExpectedAndActual() {
        EngineExecutionResults results = run(WebhookConformanceSuite.class, "java:flaw-accepts-missing-prefix");

        String message = results.testEvents().failed().stream().findFirst().orElseThrow()
                .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow().getMessage();
        assertThat(message)
                .contains("[WEBHOOK-CANONICAL (MUST)] digest without prefix")
                .contains("outcome:  NOT_REJECTED_INVALID")
                .contains("expected: rejected (invalid)")
                .contains("actual:   ACCEPTED")
                .contains("MissingPrefix (CANONICAL_FORM: The digest without the `sha256=` prefix.)");
    }

    static Set<String> warnedRequirements(EngineExecutionResults results) {
        Set<String> requirements = new TreeSet<>();
        results.testEvents().aborted().stream()
                .map(event -> event.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow())
                .map(result -> result.getThrowable().orElseThrow())
                .filter(ConformanceWarning.class::isInstance)
                .forEach(thrown -> requirements.add(((ConformanceWarning) thrown).requirement().id()));
        return requirements;
    }

    static EngineExecutionResults run(Class<?> suite, String targetSpec) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(suite))
                .configurationParameter(Targets.PROPERTY, targetSpec)
                .execute();
    }

    static Set<String> failedRequirements(EngineExecutionResults results) {
        Set<String> requirements = new TreeSet<>();
        results.testEvents().failed().stream()
                .map(event -> event.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow())
                .forEach(result -> {
                    Throwable thrown = result.getThrowable().orElseThrow();
                    assertThat(thrown).as("a failure the suite raised, not a crash").isInstanceOf(ConformanceFailure.class);
                    requirements.add(((ConformanceFailure) thrown).outcome().requirement().id());
                });
        return requirements;
    }

}
