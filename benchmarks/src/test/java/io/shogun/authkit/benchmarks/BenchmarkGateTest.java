package io.shogun.authkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed gate over JMH results: healthy ratios pass, a planted regression fails, bad input is refused. */
class BenchmarkGateTest {

    private static final Path GATE = Path.of("gate.json");

    @TempDir
    Path folder;

    @Test
    void gate_healthyResults_passes() throws IOException {
        Run run = check(JmhJson.healthy());

        assertThat(run.code).as(run.out).isZero();
        assertThat(run.out).contains("gate     passed").doesNotContain("EXCEEDED");
    }

    @Test
    void gate_referenceWebhookVerifyAsSlowAsTheDocumentedSnippet_fails() throws IOException {
        Run run = check(JmhJson.healthy().with("WebhookShapes.verify", "shape", "reference", 1_380.0, 384));

        assertThat(run.code).isEqualTo(1);
        assertThat(run.out).contains("EXCEEDED reference webhook verify / SHA-256 floor, 1 KiB: 2.30x")
                .contains("gate     FAILED");
    }

    @Test
    void gate_zeroAllocationVerifierThatStartsAllocating_fails() throws IOException {
        Run run = check(JmhJson.healthy().with("WebhookShapes.verify", "shape", "reference-zero-allocation", 700.0,
                48));

        assertThat(run.code).isEqualTo(1);
        assertThat(run.out).contains("EXCEEDED B/op, zero-allocation webhook verify, 1 KiB: 48 B/op (limit 8 B/op)");
    }

    @Test
    void gate_ruleWithoutItsMeasurement_fails() throws IOException {
        Run run = check(JmhJson.healthy().without("JwtVerifiers.verify", "library", "reference"));

        assertThat(run.code).isEqualTo(1);
        assertThat(run.out).contains("EXCEEDED reference JWT verify / fastest peer library: ? (limit")
                .contains("not measured");
    }

    @Test
    void gate_plantedShape_isJudgedInTheReferencesPlace() throws IOException {
        Path result = Files.writeString(folder.resolve("result.json"), JmhJson.healthy()
                .with("WebhookShapes.verify", "shape", "snippet-SunJCE", 1_380.0, 1_112).json());

        Run run = run(GATE.toString(), "--check", result.toString(), "--plant", "snippet-SunJCE");

        assertThat(run.code).isEqualTo(1);
        assertThat(run.out).contains("trial: snippet-SunJCE measured in the reference's place")
                .contains("EXCEEDED reference webhook verify / SHA-256 floor, 1 KiB: 2.30x");
    }

    @Test
    void gate_resultThatIsNotJmhJson_isBadInputNamingTheFile() throws IOException {
        Path result = Files.writeString(folder.resolve("result.json"), "{\"not\": \"jmh\"}");

        Run run = run(GATE.toString(), "--check", result.toString());

        assertThat(run.code).isEqualTo(3);
        assertThat(run.err).contains(result.toString()).contains("not a JMH result");
    }

    @Test
    void gate_ruleWithoutLimit_isBadInputNamingTheRule() throws IOException {
        Path gate = Files.writeString(folder.resolve("gate.json"), "{\"jmh\": [], \"rules\": [{\"name\": \"x\", "
                + "\"bytesOf\": {}}]}");

        Run run = run(gate.toString(), "--check", "unused.json");

        assertThat(run.code).isEqualTo(3);
        assertThat(run.err).contains("rule 1 needs a 'name', a numeric 'max'");
    }

    private Run check(JmhJson results) throws IOException {
        Path result = Files.writeString(folder.resolve("result.json"), results.json());
        return run(GATE.toString(), "--check", result.toString());
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BenchmarkGate.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
    }
}
