package io.shogun.authkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.shogun.authkit.adapters.HttpWebhookTarget;
import io.shogun.authkit.reference.WebhookSignature;
import io.shogun.authkit.suite.Targets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code certify} and {@code report check}: verdicts, exit codes, reports, waivers, tampering. */
class CertifyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void certify_reference_isCertifiedAndWritesFourReports() throws IOException {
        Run run = run("certify", "--out", folder.toString());

        assertThat(run.code).isZero();
        assertThat(run.out.lines().findFirst().orElseThrow()).startsWith("target   reference");
        assertThat(run.out).contains("vectors  ").contains("CERTIFIED: ");
        assertThat(folder.resolve("report.json")).exists();
        assertThat(folder.resolve("report.md")).exists();
        assertThat(Files.readString(folder.resolve("report.html"))).contains("CERTIFIED").contains("WEBHOOK-ACCEPT");
        assertThat(Files.readString(folder.resolve("junit.xml"))).contains("<testsuite name=\"jwt\"");
        JsonNode report = JSON.readTree(folder.resolve("report.json").toFile());
        assertThat(report.get("certified").asBoolean()).isTrue();
        assertThat(report.at("/summary/failed").asInt()).isZero();
        assertThat(report.get("cases")).as("every passing case is filed under its requirement, BACKOFF and "
                + "LOCKOUT included").allSatisfy(result -> assertThat(result.get("requirement").asText())
                        .isNotEqualTo("UNFILED"));
        assertThat(report.get("cases")).anySatisfy(result -> assertThat(result.get("requirement").asText())
                .isEqualTo("BACKOFF"));
        assertThat(run("report", "check", folder.resolve("report.json").toString()).code).isZero();
    }

    @Test
    void certify_reference_reportsWhatEachTimingScreenMeasured() throws IOException {
        Run run = run("certify", "--suites", "webhook,jwt", "--out", folder.toString());

        assertThat(run.code).isZero();
        assertThat(Files.readString(folder.resolve("report.md"))).contains("## Measured")
                .containsPattern("\\[WEBHOOK-CONSTANT-TIME\\] .*: t = -?[0-9.]+ over 30000 measurements")
                .containsPattern("\\[JWT-CONSTANT-TIME\\] .*: t = -?[0-9.]+ over 30000 measurements");
        assertThat(JSON.readTree(folder.resolve("report.json").toFile()).get("cases"))
                .filteredOn(result -> result.get("requirement").asText().endsWith("-CONSTANT-TIME"))
                .hasSize(2).allSatisfy(result -> assertThat(result.get("message").asText())
                        .contains("no leak found at this sample size"));
    }

    @Test
    void certify_timingScreensOff_skipsBothScreensWithTheReason() throws Exception {
        KitProcess.Run run = KitProcess.run(folder, Map.of(), List.of("-Dshogun.timing=off"), "certify", "--suites",
                "webhook,jwt");

        assertThat(run.code()).as(run.stdout()).isZero();
        assertThat(JSON.readTree(folder.resolve("report.json").toFile()).get("cases"))
                .filteredOn(result -> result.get("requirement").asText().endsWith("-CONSTANT-TIME"))
                .hasSize(2).allSatisfy(result -> {
                    assertThat(result.get("status").asText()).isEqualTo("SKIPPED");
                    assertThat(result.get("message").asText()).contains("shogun.timing=off");
                });
    }

    @Test
    void certify_flawedTarget_isNotCertified_andTheReportsNameTheFailures() throws IOException {
        Run run = run("certify", "--target", "java:flaw-accepts-alg-none", "--suites", "jwt", "--out",
                folder.toString());

        assertThat(run.code).isEqualTo(1);
        assertThat(run.out).contains("FAILED [JWT-ALG]").contains("NOT CERTIFIED");
        assertThat(Files.readString(folder.resolve("report.md"))).contains("### FAILED [JWT-ALG]");
        assertThat(JSON.readTree(folder.resolve("report.json").toFile()).get("certified").asBoolean()).isFalse();
    }

    @Test
    void certify_waiverWithReason_waivesTheFailure_andReportsAnUnusedOne() throws IOException {
        Path waivers = Files.writeString(folder.resolve("waivers.json"), "{\"waivers\":["
                + "{\"requirement\":\"JWT-ALG\",\"reason\":\"legacy tokens until March\"},"
                + "{\"requirement\":\"JWT-KEY\",\"reason\":\"no longer needed\"}]}");

        Run run = run("certify", "--target", "java:flaw-accepts-alg-none", "--suites", "jwt", "--waivers",
                waivers.toString(), "--out", folder.resolve("out").toString());

        assertThat(run.code).isZero();
        assertThat(run.out).contains("waiver   JWT-KEY").contains("matched no failure");
        JsonNode report = JSON.readTree(folder.resolve("out/report.json").toFile());
        assertThat(report.at("/summary/waived").asInt()).isPositive();
        assertThat(report.get("unusedWaivers").get(0).get("requirement").asText()).isEqualTo("JWT-KEY");
    }

    @Test
    void certify_waiverWithoutReason_isAConfigurationError() throws IOException {
        Path waivers = Files.writeString(folder.resolve("waivers.json"),
                "{\"waivers\":[{\"requirement\":\"JWT-ALG\"}]}");

        Run run = run("certify", "--suites", "jwt", "--waivers", waivers.toString(), "--out", folder.toString());

        assertThat(run.code).isEqualTo(3);
        assertThat(run.err).contains("gives no reason");
    }

    @Test
    void certify_liveEndpointBehindAGateway_sendsTheWebhookHeadersOnEveryDeliveryForThatRunOnly() throws IOException {
        HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/webhooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String header = exchange.getRequestHeaders().getFirst("X-Shogun-Signature");
            boolean admitted = "kit-test-gateway-key".equals(exchange.getRequestHeaders().getFirst("X-Gateway-Key"));
            exchange.sendResponseHeaders(!admitted ? 403
                    : WebhookSignature.header(HttpWebhookTarget.VECTOR_SECRET, body).equals(header) ? 204 : 401, -1);
            exchange.close();
        });
        gateway.start();
        try {
            String url = "http://127.0.0.1:" + gateway.getAddress().getPort() + "/webhooks";

            Run admitted = run("certify", "--target", url, "--webhook-headers", "X-Gateway-Key: kit-test-gateway-key",
                    "--out", folder.resolve("admitted").toString());
            Run refused = run("certify", "--target", url, "--out", folder.resolve("refused").toString());

            assertThat(admitted.code).as(admitted.out).isZero();
            assertThat(refused.code).as("without the header").isEqualTo(1);
            assertThat(System.getProperty(Targets.HEADERS_PROPERTY)).isNull();
        } finally {
            gateway.stop(0);
        }
    }

    @Test
    void certify_webhookSecretEnvNotSet_isAConfigurationErrorNamingTheVariable() {
        Run run = run("certify", "--target", "http://127.0.0.1:1/webhooks", "--webhook-secret-env",
                "SHOGUN_KIT_TEST_UNSET_VARIABLE", "--out", folder.toString());

        assertThat(run.code).isEqualTo(3);
        assertThat(run.err).contains("SHOGUN_KIT_TEST_UNSET_VARIABLE").contains("not set");
        assertThat(System.getProperty(Targets.SECRET_ENV_PROPERTY)).isNull();
    }

    @Test
    void certify_unknownSuite_isAConfigurationError() {
        assertThat(run("certify", "--suites", "jwt,dance", "--out", folder.toString()).code).isEqualTo(3);
    }

    @Test
    void certify_noSuiteTheTargetCanRun_isNothingRan() {
        Run run = run("certify", "--target", "java:flaw-accepts-missing-prefix", "--suites", "jwt", "--out",
                folder.toString());

        assertThat(run.code).isEqualTo(2);
        assertThat(run.out).contains("skipped, the target does not declare");
    }

    @Test
    void reportCheck_changedReport_isTampered() throws IOException {
        run("certify", "--target", "java:flaw-accepts-alg-none", "--suites", "jwt", "--out", folder.toString());
        ObjectNode report = (ObjectNode) JSON.readTree(folder.resolve("report.json").toFile());
        report.put("certified", true);
        Path tampered = Files.writeString(folder.resolve("tampered.json"), JSON.writeValueAsString(report));

        Run run = run("report", "check", tampered.toString());

        assertThat(run.code).isEqualTo(1);
        assertThat(run.out).startsWith("TAMPERED");
    }

    private record Run(int code, String out, String err) {
    }

    /** Every unusable target spec is a configuration error that says what is wrong, before anything runs. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "foo:bar                 | is not one of: reference, java:<id>, cmd:<command line>, http(s)://<endpoint>",
        "java:nope               | no target with id 'nope' on the class path; available: ",
        "cmd:                    | no command line after 'cmd:'",
        "`cmd:   `               | no command line after 'cmd:'",
        "http://                 | is not a URL",
        "https://exa mple.com/x  | is not a URL",
        "`  `                    | --target is empty"})
    void certify_unusableTargetSpec_isAConfigurationError(String spec, String message) {
        Run run = run("certify", "--target", spec, "--out", folder.toString());

        assertThat(run.code).isEqualTo(3);
        assertThat(run.err).contains(message);
        assertThat(run.out).isEmpty();
        assertThat(folder.resolve("report.json")).doesNotExist();
    }

    @Test
    void certify_programThatCannotStart_exitsFourWithWhyItDidNot() {
        Run run = run("certify", "--target", "cmd:/nonexistent/shogun-target", "--suites", "webhook", "--out",
                folder.toString());

        assertThat(run.code).isEqualTo(4);
        assertThat(run.err).contains("did not start").contains("/nonexistent/shogun-target");
    }

    /** A waiver file that is missing, not JSON, binary, shapeless or a folder: exit 3, naming the file. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "missing.json  |                                    | cannot be read as JSON",
        "cut.json      | {\"waivers\": [                     | cannot be read as JSON",
        "binary.json   | \u0000\u00ff\u0001                  | cannot be read as JSON",
        "shapeless.json| {\"nowaivers\": []}                 | needs a \"waivers\" array",
        "folder        |                                    | cannot be read as JSON"})
    void certify_unusableWaiverFile_isAConfigurationErrorNamingTheFile(String name, String content, String message)
            throws IOException {
        Path file = folder.resolve(name);
        if (name.equals("folder")) {
            Files.createDirectory(file);
        } else if (content != null) {
            Files.writeString(file, content);
        }

        Run run = run("certify", "--suites", "jwt", "--waivers", file.toString(), "--out",
                folder.resolve("out").toString());

        assertThat(run.code).isEqualTo(3);
        assertThat(run.err).contains(file.toString()).contains(message);
        assertThat(run.out).isEmpty();
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ShogunKit.run(args, Map.of(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
