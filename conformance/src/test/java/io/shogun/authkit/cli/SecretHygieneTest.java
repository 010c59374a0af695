package io.shogun.authkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.shogun.authkit.adapters.HttpWebhookTarget;
import io.shogun.authkit.reference.WebhookSignature;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No secret the kit was given, and no credential its simulator generated, appears in anything the kit writes: its
 * console (stdout and stderr of a real {@code certify} process, so that every component's logging is caught), the
 * four reports, and the JUnit XML. The runs that matter most are the failing ones: a target that leaks its secret
 * must be failed for it without the report repeating it.
 */
class SecretHygieneTest {

    /** A webhook secret a vendor's endpoint is configured with, recognisable wherever it would show up. */
    private static final String ENDPOINT_SECRET = "kit-hygiene-endpoint-secret-7f3a9c51";

    @TempDir
    Path folder;

    @Test
    void scan_plantedSecrets_areFoundByPlaceAndKindWithoutTheirValues() throws IOException {
        Files.writeString(folder.resolve("report.md"), "ok\nclient_secret=sk_sim_" + "A".repeat(32) + "\n");
        Files.writeString(folder.resolve("junit.xml"), "<x>" + ENDPOINT_SECRET + "</x>");

        SecretScan scan = new SecretScan().literal("the endpoint's webhook secret", ENDPOINT_SECRET).files(folder)
                .text("stdout", "password pw_sim_" + "b-_9".repeat(8));

        assertThat(scan.findings()).containsExactlyInAnyOrder("report.md:2: a generated sk_sim_ credential",
                "junit.xml:1: the endpoint's webhook secret", "stdout:1: a generated pw_sim_ credential");
        assertThat(String.join("\n", scan.findings())).doesNotContain(ENDPOINT_SECRET).doesNotContain("AAAA");
    }

    @Test
    void certify_referenceOnEverySuite_writesNoSecret() throws Exception {
        KitProcess.Run run = certify(Map.of(), "certify");

        assertThat(run.code()).as(run.stdout()).isZero();
        assertNoSecret(run, new SecretScan());
    }

    /** Java clients that put their secret in a log line, a URL, or a log line on failure (SECRET-CONFINED). */
    @ParameterizedTest
    @ValueSource(strings = {"client-logs-secret", "client-secret-in-query", "client-logs-secret-on-failure"})
    void certify_javaClientThatLeaksItsSecret_failsSecretConfinedWithoutRepeatingIt(String id) throws Exception {
        KitProcess.Run run = certify(Map.of(), "certify", "--target", "java:" + id, "--suites", "client");

        assertThat(run.code()).as(run.stdout()).isEqualTo(1);
        assertThat(run.stdout()).contains("FAILED [SECRET-CONFINED]");
        assertNoSecret(run, new SecretScan());
    }

    @Test
    void certify_programThatLogsItsSecret_failsSecretConfinedWithoutRepeatingIt() throws Exception {
        Path flawed = resource("/programs/client_with_flaw.py");
        Path example = Path.of("examples", "python-client").toAbsolutePath().normalize();

        KitProcess.Run run = certify(Map.of(), "certify", "--target",
                "cmd:python3 " + flawed + " logs-secret " + example, "--suites", "client");

        assertThat(run.code()).as(run.stdout()).isEqualTo(1);
        assertThat(run.stdout()).contains("FAILED [SECRET-CONFINED]");
        assertNoSecret(run, new SecretScan());
    }

    @Test
    void certify_programThatPrintsTheWebhookSecret_failsWithoutRepeatingIt() throws Exception {
        KitProcess.Run run = certify(Map.of(), "certify", "--target",
                "cmd:python3 " + resource("/programs/leaks_secret.py"), "--suites", "webhook");

        assertThat(run.code()).as(run.stdout()).isEqualTo(1);
        assertNoSecret(run, new SecretScan().literal("the vectors' webhook secret", HttpWebhookTarget.VECTOR_SECRET));
    }

    /**
     * A live endpoint with its own secret, read from an environment variable, that answers every refusal with a body
     * quoting the secret: neither the kit's console nor its reports may repeat it.
     */
    @Test
    void certify_liveEndpointWithItsOwnSecret_writesNoSecretEvenWhenTheEndpointEchoesIt() throws Exception {
        HttpServer endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/webhooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String header = exchange.getRequestHeaders().getFirst("X-Shogun-Signature");
            boolean valid = WebhookSignature.header(ENDPOINT_SECRET, body).equals(header);
            byte[] answer = ("refused: not signed with " + ENDPOINT_SECRET).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(valid ? 204 : 401, valid ? -1 : answer.length);
            if (!valid) {
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        endpoint.start();
        try {
            String url = "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/webhooks";

            KitProcess.Run run = certify(Map.of("SHOGUN_HYGIENE_SECRET", ENDPOINT_SECRET), "certify", "--target",
                    url, "--webhook-secret-env", "SHOGUN_HYGIENE_SECRET");

            assertThat(run.stdout()).as("the replay check ran with the endpoint's secret").contains("WEBHOOK-REPLAY");
            assertNoSecret(run, new SecretScan().literal("the endpoint's webhook secret", ENDPOINT_SECRET));
        } finally {
            endpoint.stop(0);
        }
    }

    private void assertNoSecret(KitProcess.Run run, SecretScan scan) {
        scan.text("stdout", run.stdout()).text("stderr", run.stderr()).files(run.out());
        assertThat(run.out().resolve("report.json")).exists();
        assertThat(run.out().resolve("junit.xml")).exists();
        assertThat(scan.filesScanned()).as("report.json, report.md, report.html, junit.xml").isGreaterThanOrEqualTo(4);
        assertThat(scan.findings()).as("secrets in what the kit wrote").isEmpty();
    }

    private KitProcess.Run certify(Map<String, String> environment, String... args) throws Exception {
        return KitProcess.run(Files.createTempDirectory(folder, "out"), environment, List.of(), args);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SecretHygieneTest.class.getResource(name).toURI());
    }
}
