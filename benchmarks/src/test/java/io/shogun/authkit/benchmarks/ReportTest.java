package io.shogun.authkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report from JMH JSON: tables with ratios, goals judged, charts that are well-formed SVG. */
class ReportTest {

    @TempDir
    Path folder;

    @Test
    void report_jmhResults_writesTablesGoalsAndCharts() throws Exception {
        Path result = Files.writeString(folder.resolve("result.json"), JmhJson.healthy().json());

        int code = BenchmarkReport.run(new String[] {result.toString(), "--command", "java -jar benchmarks.jar"});

        assertThat(code).isZero();
        String markdown = Files.readString(folder.resolve("results.md"));
        assertThat(markdown).contains("java -jar benchmarks.jar")
                .contains("| **reference** | 720 ± 7.20 ns, 1.20x, 384 B/op |")
                .contains("| reference webhook verify at 1 KiB / SHA-256 floor | 1.20x | <= 1.15x | **no** |")
                .contains("| reference JWT verify / fastest peer (auth0) | 0.33x | <= 0.33x | yes |")
                .contains("| **reference-zero-allocation** | 790 ± 7.90 ns, 1.32x, 0 B/op |");
        for (String chart : new String[] {"webhook-shapes-1kib.svg", "jwt-verifiers.svg"}) {
            assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(folder.resolve(chart).toFile()).getDocumentElement().getTagName()).isEqualTo("svg");
        }
    }

    @Test
    void report_resultThatIsNotJson_isBadInputNamingTheFile() throws IOException {
        Path result = Files.writeString(folder.resolve("result.json"), "[{\"benchmark\": ");

        assertThat(BenchmarkReport.run(new String[] {result.toString()})).isEqualTo(3);
    }
}
