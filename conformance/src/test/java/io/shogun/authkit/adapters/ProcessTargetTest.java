package io.shogun.authkit.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shogun.authkit.reference.WebhookSignature;
import io.shogun.authkit.spi.ClientResponse;
import io.shogun.authkit.spi.TokenClient;
import io.shogun.authkit.spi.TokenClientSetup;
import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.JwtVerification;
import io.shogun.authkit.spi.JwtVerifier;
import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.spi.WebhookVerifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real programs over the line protocol: a well-behaved one, and ones that stay silent, hang, crash or babble. */
class ProcessTargetTest {

    private static final Duration SHORT = Duration.ofMillis(1500);
    private static final String SECRET = "whsec_process-target-test-secret";
    @Test
    void verify_programThatHangs_isNoLongerWaitedForAfterThreeTimeoutsUntilAProbeIsAnswered(@TempDir Path dir)
            throws Exception {
        String command = "python3 " + program("hangs_three_times.py") + " " + dir.resolve("hangs");
        try (ProcessTarget target = ProcessTarget.start(command, Duration.ofMillis(300))) {
            WebhookVerifier verifier = target.newWebhookVerifier(List.of(SECRET));

            for (int i = 0; i < HangCircuit.HANGS_BEFORE_OPEN; i++) {
                assertThatThrownBy(() -> verifier.verify(BODY, "sha256=00")).hasMessageContaining("no answer within");
            }
            for (int i = 1; i < HangCircuit.PROBE_EVERY; i++) {
                assertThatThrownBy(() -> verifier.verify(BODY, "sha256=00"))
                        .isInstanceOf(TargetFailure.class)
                        .hasMessageStartingWith("not sent: the program left its last 3 requests unanswered");
            }
            assertThat(verifier.verify(BODY, "sha256=00")).as("the probe").isEqualTo(WebhookDecision.ACCEPTED);
            assertThat(verifier.verify(BODY, "sha256=00")).as("the closed circuit").isEqualTo(WebhookDecision.ACCEPTED);
        }
    }

    @Test
    void clientCall_programCallingTheKit_getsTheSetupsClockSleepSecretAndLog() throws Exception {
        ProbeSetup probe = new ProbeSetup();
        try (ProcessTarget target = ProcessTarget.start("python3 " + program("client_probe.py"), SHORT);
                TokenClient client = target.newTokenClient(probe.setup())) {
            ClientResponse response = client.call("GET", "/api/v1/account/api/fetch_customer_accounts");

            JsonNode body = new ObjectMapper().readTree(response.body());
            assertThat(body.get("before").asLong()).isEqualTo(START.toEpochMilli());
            assertThat(body.get("after").asLong()).isEqualTo(START.plusSeconds(90).toEpochMilli());
            assertThat(probe.sleeps).containsExactly(Duration.ofSeconds(90));
            assertThat(body.get("secretLength").asInt()).isEqualTo(CLIENT_SECRET.length());
            assertThat(body.at("/stranger/error").asText()).isEqualTo("no open client 'nobody'");
            assertThat(probe.log).containsExactly("probe logged this");
        }
    }

    @Test
    void validateToken_concurrentRequestsAnsweredInReverseOrder_eachCallerGetsItsOwnAnswer() throws Exception {
        ProbeSetup probe = new ProbeSetup();
        try (ProcessTarget target = ProcessTarget.start("python3 " + program("client_probe.py"), SHORT);
                TokenClient client = target.newTokenClient(probe.setup())) {
            ExecutorService callers = Executors.newFixedThreadPool(3);
            try {
                List<Future<TokenClient.TokenInfo>> answers = callers.invokeAll(List.of(
                        () -> client.validateToken().orElseThrow(), () -> client.validateToken().orElseThrow(),
                        () -> client.validateToken().orElseThrow()));

                Set<Instant> issued = new HashSet<>();
                for (Future<TokenClient.TokenInfo> answer : answers) {
                    TokenClient.TokenInfo info = answer.get();
                    assertThat(info.expiresAt()).isEqualTo(info.issuedAt().plusSeconds(1));
                    issued.add(info.issuedAt());
                }
                assertThat(issued).as("three distinct answers").hasSize(3);
            } finally {
                callers.shutdownNow();
            }
        }
    }

    @Test
    void clientCall_programThatCrashes_failsAndTheClientIsGoneButNewClientsWork() throws Exception {
        ProbeSetup probe = new ProbeSetup();
        try (ProcessTarget target = ProcessTarget.start("python3 " + program("client_probe.py"), SHORT)) {
            TokenClient client = target.newTokenClient(probe.setup());

            assertThatThrownBy(() -> client.call("CRASH", "/"))
                    .isInstanceOf(TargetFailure.class)
                    .hasMessageContaining("the program exited (exit code 4)")
                    .hasMessageContaining("stderr: crashing on purpose");
            assertThatThrownBy(() -> client.call("GET", "/"))
                    .hasMessageContaining("the program was restarted after a failure, and client 'token-1' went with it");
            client.close();
            try (TokenClient fresh = target.newTokenClient(probe.setup())) {
                assertThat(fresh.call("GET", "/").httpStatus()).isEqualTo(200);
            }
        }
    }

    private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
    private static final String CLIENT_SECRET = "shogun_cs_process-target-test";

    /** A token client setup on a virtual clock that records its sleeps and log lines. */
    private static final class ProbeSetup {
        final AtomicReference<Instant> now = new AtomicReference<>(START);
        final List<Duration> sleeps = new CopyOnWriteArrayList<>();
        final List<String> log = new CopyOnWriteArrayList<>();

        TokenClientSetup setup() {
            return new TokenClientSetup(URI.create("http://127.0.0.1:9"), "client_probe", () -> CLIENT_SECRET,
                    now::get, duration -> {
                        sleeps.add(duration);
                        now.updateAndGet(instant -> instant.plus(duration));
                    }, log::add);
        }
    }

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
                .isInstanceOf(TargetFailure.class)
                .hasMessageContaining("no answer within 1500 ms")
                .hasMessageContaining("started: " + command);
    }

    @Test
    void start_helloWithoutId_failsQuotingTheHello() {
        String command = "read line; echo '{\"type\":\"hello\",\"capabilities\":[]}'; cat >/dev/null";

        assertThatThrownBy(() -> ProcessTarget.start(command, SHORT))
                .isInstanceOf(TargetFailure.class)
                .hasMessageContaining("the hello needs a text 'id'")
                .hasMessageContaining("{\"type\":\"hello\",\"capabilities\":[]}");
    }

    @Test
    void start_commandThatDoesNotExist_failsNamingTheExit() {
        assertThatThrownBy(() -> ProcessTarget.start("/nonexistent/shogun-target", SHORT))
                .isInstanceOf(TargetFailure.class)
                .hasMessageContaining("exit code 127")
                .hasMessageContaining("stderr: ").hasMessageContaining("/nonexistent/shogun-target:");
    }

    @Test
    void verify_programThatHangs_failsTheCaseWithoutShowingTheSecret() throws Exception {
        try (ProcessTarget target = ProcessTarget.start("python3 " + program("hangs_on_verify.py"), SHORT)) {
            WebhookVerifier verifier = target.newWebhookVerifier(List.of(SECRET));

            assertThatThrownBy(() -> verifier.verify(BODY, WebhookSignature.header(SECRET, BODY)))
                    .isInstanceOf(TargetFailure.class)
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
                    .isInstanceOf(TargetFailure.class)
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
                    .isInstanceOf(TargetFailure.class)
                    .hasMessageContaining("the program exited (exit code 3)");
            assertThat(verifier.verify(BODY, "sha256=00")).isEqualTo(WebhookDecision.ACCEPTED);
        }
    }

    @Test
    void verify_programThatAnswersGarbage_failsTheCaseQuotingTheAnswer() throws Exception {
        try (ProcessTarget target = ProcessTarget.start("python3 " + program("answers_garbage.py"), SHORT)) {
            WebhookVerifier verifier = target.newWebhookVerifier(List.of(SECRET));

            assertThatThrownBy(() -> verifier.verify(BODY, "sha256=00"))
                    .isInstanceOf(TargetFailure.class)
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
                    .isInstanceOf(TargetFailure.class)
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
                    .isInstanceOf(TargetFailure.class)
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
