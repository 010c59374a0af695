package io.shogun.authkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code certify} on programs that misbehave on every tenth request (programs/hostile.py) and answer the others
 * right, run as a user runs the kit and with a small heap: each protocol violation fails its own cases, every other
 * result is kept, the run ends with exit code 1 and four reports, and nothing escapes to stderr.
 */
class HostileProgramTest {

    @TempDir
    Path out;

    @ParameterizedTest
    @ValueSource(strings = {"flood", "endless-line", "megabytes", "exits"})
    void certify_programMisbehavingOnEveryTenthRequest_failsThoseCasesAndKeepsEveryOther(String mode)
            throws Exception {
        String program = Path.of(HostileProgramTest.class.getResource("/programs/hostile.py").toURI()).toString();

        KitProcess.Run run = KitProcess.run(out, Map.of(), List.of("-Xmx192m"), "certify",
                "--target", "cmd:python3 " + program + " " + mode, "--suites", "webhook");

        assertThat(run.code()).as(run.stdout() + run.stderr()).isEqualTo(ExitCode.FAILED);
        assertThat(run.stderr()).as("stderr").doesNotContain("Exception").doesNotContain("Error");
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        JsonNode summary = report.path("summary");
        assertThat(summary.path("failed").asInt()).as(summary.toString()).isEqualTo(11);
        assertThat(summary.path("passed").asInt()).as(summary.toString()).isEqualTo(101);
        assertThat(report.path("cases")).filteredOn(c -> c.path("status").asText().equals("FAILED"))
                .allSatisfy(c -> assertThat(c.path("requirement").asText()).isEqualTo("WEBHOOK-ROBUST"));
        assertThat(out.resolve("report.html")).exists();
        assertThat(out.resolve("junit.xml")).exists();
    }

    /** stderr is free-form: 64 MiB of it without a newline, on a small heap, is drained and changes no grade. */
    @org.junit.jupiter.api.Test
    void certify_programFloodingStderr_isCertifiedAsIfItWereQuiet() throws Exception {
        String program = Path.of(HostileProgramTest.class.getResource("/programs/hostile.py").toURI()).toString();

        KitProcess.Run run = KitProcess.run(out, Map.of(), List.of("-Xmx192m"), "certify",
                "--target", "cmd:python3 " + program + " stderr-flood", "--suites", "webhook");

        assertThat(run.code()).as(run.stdout() + run.stderr()).isEqualTo(ExitCode.OK);
        assertThat(run.stderr()).as("stderr").isEmpty();
        assertThat(run.stdout()).contains("CERTIFIED");
    }
}
