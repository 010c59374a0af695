package io.shogun.authkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Writes the benchmark report from a JMH JSON result: {@code results.md} and its SVG charts.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar io.shogun.authkit.benchmarks.BenchmarkReport
 * RESULT.json [--peers peer-jwt-conformance.json] [--out DIR] [--command "the JMH command"]}; {@code DIR} defaults
 * to the result's directory. Exit codes: 0 written, 3 bad arguments or input (the message names the file).
 */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Path result = null;
        Path peers = null;
        Path out = null;
        String command = "";
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--peers" -> peers = Path.of(value(args, ++i, "--peers"));
                    case "--out" -> out = Path.of(value(args, ++i, "--out"));
                    case "--command" -> command = value(args, ++i, "--command");
                    default -> {
                        if (args[i].startsWith("--") || result != null) {
                            throw new IllegalArgumentException("unexpected argument " + args[i]);
                        }
                        result = Path.of(args[i]);
                    }
                }
            }
            if (result == null) {
                throw new IllegalArgumentException("usage: BenchmarkReport RESULT.json [--peers FILE] [--out DIR] "
                        + "[--command TEXT]");
            }
            JmhResults results = JmhResults.read(result);
            JsonNode peerResults = peers == null ? null : readPeers(peers);
            Path dir = out != null ? out : result.toAbsolutePath().getParent();
            String heading = "Measured " + LocalDate.now(ZoneOffset.UTC) + (command.isEmpty() ? ""
                    : " with:\n\n```sh\n" + command + "\n```");
            Report.Output report = new Report(results, peerResults, heading).render();
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("results.md"), report.markdown());
            for (Map.Entry<String, String> chart : report.charts().entrySet()) {
                Files.writeString(dir.resolve(chart.getKey()), chart.getValue());
            }
            System.out.println("report   " + dir.resolve("results.md"));
            report.charts().keySet().forEach(name -> System.out.println("chart    " + dir.resolve(name)));
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("BenchmarkReport: " + e.getMessage());
            return 3;
        } catch (IOException e) {
            System.err.println("BenchmarkReport: cannot read or write " + e.getMessage());
            return 3;
        }
    }

    private static JsonNode readPeers(Path file) throws IOException {
        try {
            JsonNode node = new ObjectMapper().readTree(Files.readString(file));
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(file + " is not the output of PeerJwtConformance");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not JSON (line " + e.getLocation().getLineNr() + ")");
        }
    }

    static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
