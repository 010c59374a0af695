package io.shogun.authkit.selftest.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.shogun.authkit.suite.CheckFailure;
import io.shogun.authkit.suite.ConformanceWarning;
import io.shogun.authkit.suite.Targets;
import io.shogun.authkit.suite.client.ClientConformanceSuite;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The client suite through the line protocol: the example Python client passes every check, concurrent callers
 * reach it concurrently, and the same client with one flaw fails the intended requirement only.
 */
class ProgramClientSelfTest {

    @Test
    void clientSuite_pythonExampleClient_passesEveryCheck() {
        EngineExecutionResults results = run("cmd:python3 " + example("python-client/shogun_target.py"));

        assertThat(results.testEvents().succeeded().count()).isEqualTo(22);
        assertThat(failed(results)).isEmpty();
        assertThat(warned(results)).isEmpty();
    }

    @ParameterizedTest(name = "{0} fails {1}")
    @CsvSource({
        "no-single-flight, TOKEN-SINGLE-FLIGHT",
        "machine-clock, LOCKOUT TOKEN-CACHE TOKEN-PROACTIVE-REFRESH",
        "logs-secret, SECRET-CONFINED",
        "no-retry-on-401, EXPIRED-RETRY"})
    void clientSuite_exampleClientWithOneFlaw_failsTheIntendedRequirementsOnly(String flaw, String requirements)
            throws URISyntaxException {
        EngineExecutionResults results = run(flawed(flaw));

        assertThat(failed(results)).containsExactlyInAnyOrder(requirements.split(" "));
        assertThat(warned(results)).isEmpty();
    }

    @Test
    void clientSuite_exampleClientReadingUtcAsLocalTime_isWarnedUnderValidate() throws URISyntaxException {
        EngineExecutionResults results = run(flawed("local-time-validate"));

        assertThat(failed(results)).isEmpty();
        assertThat(warned(results)).containsExactly("VALIDATE");
    }

    private static String flawed(String flaw) throws URISyntaxException {
        Path program = Path.of(ProgramClientSelfTest.class.getResource("/programs/client_with_flaw.py").toURI());
        return "cmd:python3 " + program + " " + flaw + " " + example("python-client");
    }

    private static EngineExecutionResults run(String targetSpec) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(ClientConformanceSuite.class))
                .configurationParameter(Targets.PROPERTY, targetSpec)
                .execute();
    }

    private static Set<String> failed(EngineExecutionResults results) {
        Set<String> requirements = new TreeSet<>();
        results.testEvents().failed().stream()
                .map(event -> event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
                .forEach(thrown -> {
                    assertThat(thrown).as("a check failure, not a crash: %s", thrown).isInstanceOf(CheckFailure.class);
                    requirements.add(((CheckFailure) thrown).requirement().id());
                });
        return requirements;
    }

    private static Set<String> warned(EngineExecutionResults results) {
        Set<String> requirements = new TreeSet<>();
        results.testEvents().aborted().stream()
                .map(event -> event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
                .filter(ConformanceWarning.class::isInstance)
                .forEach(thrown -> requirements.add(((ConformanceWarning) thrown).requirement().id()));
        return requirements;
    }

    private static Path example(String path) {
        return Path.of("examples").resolve(path).toAbsolutePath().normalize();
    }
}
