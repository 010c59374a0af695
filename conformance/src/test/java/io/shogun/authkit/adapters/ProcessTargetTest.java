package io.shogun.authkit.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shogun.authkit.reference.WebhookSignature;
import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.JwtVerification;
import io.shogun.authkit.spi.JwtVerifier;
import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.spi.WebhookVerifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real programs over the line protocol: a well-behaved one, and ones that stay silent, hang, crash or babble. */
class ProcessTargetTest {

    private static final Duration SHORT = Duration.ofMillis(1500);
    private static final String SECRET = "whsec_process-target-test-secret";
    private static final byte[] BODY = "{\"event\":\"transaction.successful\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void start_pythonExample_readsIdVersionAndCapabilitiesFromHello() throws Exception {
        try (ProcessTarget target = ProcessTarget.start(pythonExample())) {
            assertThat(target.id()).isEqualTo("python-docs-snippet");
            assertThat(target.version()).isEqualTo("1");
            assertThat(target.capabilities()).containsExactly(Capability.WEBHOOK_VERIFIER);
        }
    }

    @Test
    void verify_pythonExample_acceptsTheRightSignatureAndRejectsAnother() throws Exception {
        try (ProcessTarget target = ProcessTarget.start(pythonExample())) {
            WebhookVerifier verifier = target.newWebhookVerifier(List.of("whsec_other", SECRET));

            assertThat(verifier.verify(BODY, WebhookSignature.header(SECRET, BODY))).isEqualTo(WebhookDecision.ACCEPTED);
            assertThat(verifier.verify(BODY, WebhookSignature.header("whsec_wrong", BODY)))
                    .isEqualTo(WebhookDecision.SIGNATURE_MISMATCH);
            assertThat(verifier.verify(BODY, null)).isEqualTo(WebhookDecision.SIGNATURE_MISMATCH);
        }
    }

    @Test
    void start_programThatNeverSaysHello_failsWithinTheDeadline() throws Exception {
        String command = "python3 " + program("silent.py");

        assertThatThrownBy(() -> ProcessTarget.start(command, SHORT))
                .isInstanceOf(LineProtocolProcess.TargetFailure.class)
                .hasMessageContaining("no answer within 1500 ms")
                .hasMessageContaining("started: " + command);
    }

    @Test
    void start_helloWithoutId_failsQuotingTheHello() {
        String command = "read line; echo '{\"type\":\"hello\",\"capabilities\":[]}'; cat >/dev/null";

        assertThatThrownBy(() -> ProcessTarget.start(command, SHORT))
                .isInstanceOf(LineProtocolProcess.TargetFailure.class)
                .hasMessageContaining("the hello needs a text 'id'")
                .hasMessageContaining("{\"type\":\"hello\",\"capabilities\":[]}");
    }

    @Test
    void start_commandThatDoesNotExist_failsNamingTheExit() {
        assertThatThrownBy(() -> ProcessTarget.start("/nonexistent/shogun-target", SHORT))
                .isInstanceOf(LineProtocolProcess.TargetFailure.class)
                .hasMessageContaining("exit code 127")
                .hasMessageContaining("stderr: ").hasMessageContaining("/nonexistent/shogun-target:");
    }

    @Test
    void verify_programThatHangs_failsTheCaseWithoutShowingTheSecret() throws Exception {
        try (ProcessTarget target = ProcessTarget.start("python3 " + program("hangs_on_verify.py"), SHORT)) {
            WebhookVerifier verifier = target.newWebhookVerifier(List.of(SECRET));

            assertThatThrownBy(() -> verifier.verify(BODY, WebhookSignature.header(SECRET, BODY)))
                    .isInstanceOf(LineProtocolProcess.TargetFailure.class)
                    .hasMessageContaining("no answer within 1500 ms")
                    .hasMessageContaining("\"type\":\"webhook.verify\"")
                    .hasMessageContaining("\"secrets\":\"[redacted]\"")
                    .hasMessageNotContaining(SECRET);
        }
    }

    @Test
    void verify_programThatPrintsTheSecret_failsWithTheSecretScrubbedFromTheTranscript() throws Exception {
        try (ProcessTarget target = ProcessTarget.start("python3 " + program("leaks_secret.py"), SHORT)) {
            WebhookVerifier verifier = target.newWebhookVerifier(List.of(SECRET));

            assertThatThrownBy(() -> verifier.verify(BODY, "sha256=00"))
                    .isInstanceOf(LineProtocolProcess.TargetFailure.class)
                    .hasMessageContaining("< not json: [redacted]")
                    .hasMessageNotContaining(SECRET);
        }
    }

    @Test
    void verify_programThatCrashes_failsThatCaseAndIsRestartedForTheNext(@TempDir Path dir) throws Exception {
        Path marker = dir.resolve("crashed");
        try (ProcessTarget target = ProcessTarget.start("python3 " + program("crashes_once.py") + " " + marker, SHORT)) {
            WebhookVerifier verifier = target.newWebhookVerifier(List.of(SECRET));

            assertThatThrownBy(() -> verifier.verify(BODY, "sha256=00"))
                    .isInstanceOf(LineProtocolProcess.TargetFailure.class)
                    .hasMessageContaining("the program exited (exit code 3)");
            assertThat(verifier.verify(BODY, "sha256=00")).isEqualTo(WebhookDecision.ACCEPTED);
        }
    }

    @Test
    void verify_programThatAnswersGarbage_failsTheCaseQuotingTheAnswer() throws Exception {
        try (ProcessTarget target = ProcessTarget.start("python3 " + program("answers_garbage.py"), SHORT)) {
            WebhookVerifier verifier = target.newWebhookVerifier(List.of(SECRET));

            assertThatThrownBy(() -> verifier.verify(BODY, "sha256=00"))
                    .isInstanceOf(LineProtocolProcess.TargetFailure.class)
                    .hasMessageContaining("the answer is not JSON")
                    .hasMessageContaining("< ok!");
        }
    }

    @Test
    void verify_programThatWritesOutOfTurn_failsTheNextCaseAndRecovers() throws Exception {
        try (ProcessTarget target = ProcessTarget.start("python3 " + program("chatty.py"), SHORT)) {
            WebhookVerifier verifier = target.newWebhookVerifier(List.of(SECRET));

            assertThat(verifier.verify(BODY, "sha256=00")).isEqualTo(WebhookDecision.ACCEPTED);
            assertThatThrownBy(() -> verifier.verify(BODY, "sha256=00"))
                    .isInstanceOf(LineProtocolProcess.TargetFailure.class)
                    .hasMessageContaining("< debug: done");
            assertThat(verifier.verify(BODY, "sha256=00")).as("the restarted program").isEqualTo(WebhookDecision.ACCEPTED);
        }
    }

    @Test
    void jwtVerify_program_getsKeyClockAndLeewayAndItsAnswersAreMapped() throws Exception {
        byte[] key = "k".repeat(32).getBytes(StandardCharsets.UTF_8);
        InstantSource clock = InstantSource.fixed(Instant.ofEpochSecond(1_764_547_200L));
        try (ProcessTarget target = ProcessTarget.start("python3 " + program("jwt_echo.py"), SHORT)) {
            JwtVerifier verifier = target.newJwtVerifier(key, clock, Duration.ofSeconds(30));

            assertThat(verifier.verify("good")).isEqualTo(JwtVerification.accepted(Map.of(
                    "key", Base64.getUrlEncoder().withoutPadding().encodeToString(key),
                    "now", 1_764_547_200L, "leeway", 30L)));
            assertThat(verifier.verify("expired")).isInstanceOfSatisfying(JwtVerification.Rejected.class,
                    rejected -> assertThat(rejected.reason()).isEqualTo(JwtVerification.Reason.EXPIRED));
            assertThatThrownBy(() -> verifier.verify("other"))
                    .isInstanceOf(LineProtocolProcess.TargetFailure.class)
                    .hasMessageContaining("not 'nope'");
        }
    }

    static String pythonExample() throws URISyntaxException {
        return "python3 " + Path.of("examples", "python-webhook", "shogun_target.py").toAbsolutePath().normalize();
    }

    static Path program(String name) throws URISyntaxException {
        return Path.of(ProcessTargetTest.class.getResource("/programs/" + name).toURI());
    }
}
