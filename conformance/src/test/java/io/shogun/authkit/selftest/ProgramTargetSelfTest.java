package io.shogun.authkit.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.shogun.authkit.suite.WebhookConformanceSuite;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The webhook suite through the line protocol: the example programs built on the documented snippets pass, and the
 * Python one with a single flaw fails the intended requirement only.
 */
class ProgramTargetSelfTest {

    @Test
    void webhookSuite_pythonSnippetProgram_passesEverything() {
        EngineExecutionResults results = SuiteSelfTest.run(WebhookConformanceSuite.class,
                "cmd:python3 " + example("python-webhook/shogun_target.py"));

        assertThat(results.testEvents().succeeded().count()).isGreaterThan(100);
        assertThat(SuiteSelfTest.failedRequirements(results)).isEmpty();
    }

    @Test
    void webhookSuite_nodeSnippetProgram_passesEverything() {
        EngineExecutionResults results = SuiteSelfTest.run(WebhookConformanceSuite.class,
                "cmd:node " + example("node-webhook/shogun-target.js"));

        assertThat(results.testEvents().succeeded().count()).isGreaterThan(100);
        assertThat(SuiteSelfTest.failedRequirements(results)).isEmpty();
    }

    @Test
    void webhookSuite_programAcceptingAnyPrefix_failsCanonicalOnly() throws URISyntaxException {
        Path flawed = Path.of(ProgramTargetSelfTest.class.getResource("/programs/example_with_flaw.py").toURI());
        EngineExecutionResults results = SuiteSelfTest.run(WebhookConformanceSuite.class,
                "cmd:python3 " + flawed + " " + example("python-webhook"));

        assertThat(SuiteSelfTest.failedRequirements(results)).containsExactly("WEBHOOK-CANONICAL");
    }

    private static Path example(String path) {
        return Path.of("examples").resolve(path).toAbsolutePath().normalize();
    }
}
