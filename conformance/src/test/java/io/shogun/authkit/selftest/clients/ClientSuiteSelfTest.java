package io.shogun.authkit.selftest.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.shogun.authkit.spi.ConformanceTarget;
import io.shogun.authkit.suite.CheckFailure;
import io.shogun.authkit.suite.client.ClientConformanceSuite;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Tests the client suite: an independent client without flaws passes (validate_token aside, which it does not
 * support), and each single-flaw variant is failed on its intended requirement.
 */
class ClientSuiteSelfTest {

    /** The suite run against one flawed client, chosen by a system property the subclass reads. */
    public static class Flawed extends ClientConformanceSuite {
        static volatile SimpleTokenClient.Flaw flaw = SimpleTokenClient.Flaw.NONE;

        @Override
        protected ConformanceTarget target(ConformanceTarget selected) {
            return new FlawedClientTarget(flaw);
        }
    }

    @ParameterizedTest(name = "{0} fails {1}")
    @CsvSource({
        "NONE, ''",
        "NO_CACHE, TOKEN-CACHE",
        "NO_PROACTIVE_REFRESH, TOKEN-PROACTIVE-REFRESH",
        "REFRESH_STORM, TOKEN-PROACTIVE-REFRESH",
        "EVERY_THREAD_REFRESHES, TOKEN-SINGLE-FLIGHT",
        "NO_BACKOFF, BACKOFF",
        "RETRIES_FOREVER, BACKOFF",
        "IGNORES_RETRY_AFTER, LOCKOUT",
        "NO_RETRY_AFTER_42, EXPIRED-RETRY",
        "RETRIES_42_IN_A_LOOP, EXPIRED-RETRY",
        "LOGS_SECRET, SECRET-CONFINED",
        "SECRET_IN_QUERY, SECRET-CONFINED",
        "BEARER_MISSPELLED, BEARER-HEADER",
        "LOGS_SECRET_ON_FAILURE, SECRET-CONFINED",
        "RETRIES_WITH_OLD_TOKEN, EXPIRED-RETRY",
        "SHORT_REFUSAL_MEMORY, BACKOFF",
        "FINAL_401_AS_CREDENTIALS, EXPIRED-RETRY",
        "THROWS_ON_RESET, RESILIENCE"})
    void clientSuite_flawedClient_failsTheIntendedRequirement(SimpleTokenClient.Flaw flaw, String requirement) {
        Flawed.flaw = flaw;
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(Flawed.class))
                .execute();

        Set<String> failed = failedRequirements(results);
        if (requirement.isEmpty()) {
            assertThat(failed).as("the control client").isEmpty();
        } else {
            assertThat(failed).as("requirements failed by %s", flaw).contains(requirement);
        }
    }

    private static Set<String> failedRequirements(EngineExecutionResults results) {
        Set<String> requirements = new TreeSet<>();
        results.testEvents().failed().stream()
                .map(event -> event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
                .forEach(thrown -> {
                    assertThat(thrown).as("a check failure, not a crash: %s", thrown).isInstanceOf(CheckFailure.class);
                    requirements.add(((CheckFailure) thrown).requirement().id());
                });
        return requirements;
    }
}
