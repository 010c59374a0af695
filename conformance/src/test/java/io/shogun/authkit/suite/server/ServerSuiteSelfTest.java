package io.shogun.authkit.suite.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.shogun.authkit.simulator.Deviation;
import io.shogun.authkit.simulator.ShogunSimulator;
import io.shogun.authkit.suite.CheckFailure;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The server suite passes the simulator as built and fails each single-deviation variant where it should. */
class ServerSuiteSelfTest {

    @Test
    void serverSuite_embeddedSimulator_passesEverything() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(ServerConformanceSuite.class)).execute();

        results.testEvents().assertStatistics(stats -> stats.failed(0).aborted(0));
        assertThat(results.testEvents().succeeded().count()).isGreaterThanOrEqualTo(24);
    }

    @ParameterizedTest(name = "{0} fails {1}")
    @CsvSource({
        "NO_LOCKOUT, SERVER-LOCKOUT",
        "ACCEPTS_EXPIRED_TOKENS, SERVER-EXPIRY",
        "ACCEPTS_OLD_SECRET_AFTER_ROTATION, SERVER-ROTATION",
        "COOKIE_WITHOUT_HTTP_ONLY, SERVER-DASHBOARD"})
    void serverSuite_simulatorWithOneDeviation_failsOnlyItsRequirement(Deviation deviation, String requirement) {
        try (ShogunSimulator flawed = ShogunSimulator.builder().deviations(Set.of(deviation)).start()) {
            EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(ServerConformanceSuite.class))
                    .configurationParameter(ServerUnderTest.PROPERTY, flawed.baseUrl())
                    .execute();

            assertThat(failedRequirements(results)).containsExactly(requirement);
        }
    }

    private static Set<String> failedRequirements(EngineExecutionResults results) {
        Set<String> requirements = new TreeSet<>();
        results.testEvents().failed().stream()
                .map(event -> event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
                .forEach(thrown -> {
                    assertThat(thrown).as("a check failure, not a crash: %s", thrown)
                            .isInstanceOf(CheckFailure.class);
                    requirements.add(((CheckFailure) thrown).requirement().id());
                });
        return requirements;
    }
}
