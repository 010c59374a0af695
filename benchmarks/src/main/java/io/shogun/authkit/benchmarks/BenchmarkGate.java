package io.shogun.authkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shogun.authkit.benchmarks.JmhResults.Row;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The CI gate: a small JMH profile, then committed limits on ratios measured in that same run (the reference
 * verifier over the SHA-256 floor, over the fastest peer) and on bytes allocated per operation. Never on absolute
 * nanoseconds: a shared CI machine makes those meaningless.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar io.shogun.authkit.benchmarks.BenchmarkGate
 * benchmarks/gate.json [--check RESULT.json] [--plant SHAPE] [--out RESULT.json]}. Without {@code --check} it runs
 * the gate's JMH profile first. {@code --plant SHAPE} measures another webhook shape in the reference's place (a
 * trial of the gate: {@code --plant snippet-SunJCE} must fail). Exit codes: 0 within every limit, 1 a limit
 * exceeded or a rule without its measurement, 3 bad arguments or input.
 */
public final class BenchmarkGate {

    /** One rule's verdict. */
    record Verdict(String rule, double measured, double max, String unit, boolean passed, String detail) {
    }

    private BenchmarkGate() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path gateFile = null;
        Path check = null;
        Path resultFile = Path.of("benchmarks/target/gate-result.json");
        String plant = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--check" -> check = Path.of(BenchmarkReport.value(args, ++i, "--check"));
                    case "--plant" -> plant = BenchmarkReport.value(args, ++i, "--plant");
                    case "--out" -> resultFile = Path.of(BenchmarkReport.value(args, ++i, "--out"));
                    default -> {
                        if (args[i].startsWith("--") || gateFile != null) {
                            throw new IllegalArgumentException("unexpected argument " + args[i]);
                        }
                        gateFile = Path.of(args[i]);
                    }
                }
            }
            if (gateFile == null) {
                throw new IllegalArgumentException("usage: BenchmarkGate GATE.json [--check RESULT.json] "
                        + "[--plant SHAPE] [--out RESULT.json]");
            }
            JsonNode gate = readGate(gateFile);
            if (check == null) {
                runJmh(gate, plant, resultFile);
                check = resultFile;
            }
            JmhResults results = JmhResults.read(check);
            if (plant != null) {
                results = planted(results, plant);
                out.println("gate     trial: " + plant + " measured in the reference's place");
            }
            List<Verdict> verdicts = judge(gate, results);
            for (Verdict verdict : verdicts) {
                out.printf(Locale.ROOT, "%s %s: %s (limit %s)%s%n", verdict.passed() ? "ok      " : "EXCEEDED",
                        verdict.rule(), format(verdict.measured(), verdict.unit()), format(verdict.max(), verdict.unit()),
                        verdict.detail().isEmpty() ? "" : "; " + verdict.detail());
            }
            boolean passed = verdicts.stream().allMatch(Verdict::passed);
            out.println(passed ? "gate     passed" : "gate     FAILED: a ratio or an allocation regressed past its "
                    + "committed limit (" + gateFile + ")");
            return passed ? 0 : 1;
        } catch (IllegalArgumentException e) {
            err.println("BenchmarkGate: " + e.getMessage());
            return 3;
        } catch (IOException e) {
            err.println("BenchmarkGate: cannot read or write " + e.getMessage());
            return 3;
        }
    }

    static JsonNode readGate(Path file) throws IOException {
        JsonNode gate;
        try {
            gate = new ObjectMapper().readTree(Files.readString(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not JSON (line " + e.getLocation().getLineNr() + ")");
        }
        if (gate == null || !gate.path("jmh").isArray() || !gate.path("rules").isArray()) {
            throw new IllegalArgumentException(file + " needs a 'jmh' array of JMH arguments and a 'rules' array");
        }
        int index = 0;
        for (JsonNode rule : gate.get("rules")) {
            index++;
            boolean ratio = rule.path("of").isObject() && rule.path("over").isArray();
            boolean bytes = rule.path("bytesOf").isObject();
            if (!rule.path("name").isTextual() || !rule.path("max").isNumber() || ratio == bytes) {
                throw new IllegalArgumentException(file + ": rule " + index + " needs a 'name', a numeric 'max', and "
                        + "either 'of' and 'over' (a ratio) or 'bytesOf' (B/op)");
            }
        }
        return gate;
    }

    private static void runJmh(JsonNode gate, String plant, Path resultFile) throws IOException {
        List<String> args = new ArrayList<>();
        gate.get("jmh").forEach(arg -> args.add(plant != null && arg.asText().startsWith("shape=")
                ? arg.asText().replace("shape=reference,", "shape=" + plant + ",") : arg.asText()));
        args.addAll(List.of("-rf", "json", "-rff", resultFile.toString()));
        Files.createDirectories(resultFile.toAbsolutePath().getParent());
        try {
            new Runner(new CommandLineOptions(args.toArray(String[]::new))).run();
        } catch (CommandLineOptionException e) {
            throw new IllegalArgumentException("the gate's 'jmh' arguments are not valid: " + e.getMessage());
        } catch (RunnerException e) {
            throw new IllegalArgumentException("JMH failed: " + e.getMessage());
        }
    }

    /** The results with the planted shape's rows relabeled as the reference's, and the reference's own dropped. */
    static JmhResults planted(JmhResults results, String plant) {
        List<Row> rows = new ArrayList<>();
        for (Row row : results.rows()) {
            if (row.benchmark().equals("WebhookShapes.verify") && row.param("shape").equals("reference")) {
                continue;
            }
            if (row.benchmark().equals("WebhookShapes.verify") && row.param("shape").equals(plant)) {
                Map<String, String> params = new LinkedHashMap<>(row.params());
                params.put("shape", "reference");
                rows.add(new Row(row.benchmark(), params, row.threads(), row.forks(), row.score(), row.error(),
                        row.unit(), row.bytesPerOp()));
            } else {
                rows.add(row);
            }
        }
        return new JmhResults(List.copyOf(rows), results.jdk(), results.vm());
    }

    static List<Verdict> judge(JsonNode gate, JmhResults results) {
        List<Verdict> verdicts = new ArrayList<>();
        for (JsonNode rule : gate.get("rules")) {
            String name = rule.get("name").asText();
            double max = rule.get("max").asDouble();
            if (rule.has("bytesOf")) {
                Optional<Row> row = find(results, rule.get("bytesOf"));
                double bytes = row.map(Row::bytesPerOp).orElse(Double.NaN);
                verdicts.add(new Verdict(name, bytes, max, "B/op", Double.isFinite(bytes) && bytes <= max,
                        row.isEmpty() ? "not measured" : Double.isNaN(bytes) ? "run without -prof gc" : ""));
                continue;
            }
            Optional<Row> of = find(results, rule.get("of"));
            Optional<Row> fastest = Optional.empty();
            for (JsonNode over : rule.get("over")) {
                Optional<Row> candidate = find(results, over);
                if (candidate.isPresent() && (fastest.isEmpty() || candidate.get().score() < fastest.get().score())) {
                    fastest = candidate;
                }
            }
            double ratio = of.isPresent() && fastest.isPresent() ? of.get().score() / fastest.get().score()
                    : Double.NaN;
            String detail = of.isEmpty() || fastest.isEmpty() ? "not measured"
                    : "over " + describe(fastest.get());
            verdicts.add(new Verdict(name, ratio, max, "x", Double.isFinite(ratio) && ratio <= max, detail));
        }
        return verdicts;
    }

    private static Optional<Row> find(JmhResults results, JsonNode selector) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = selector.path("params").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> param = it.next();
            params.put(param.getKey(), param.getValue().asText());
        }
        return results.find(selector.path("benchmark").asText(), params);
    }

    private static String describe(Row row) {
        return row.benchmark() + (row.params().isEmpty() ? "" : " " + row.params());
    }

    private static String format(double value, String unit) {
        if (!Double.isFinite(value)) {
            return "?";
        }
        return unit.equals("x") ? String.format(Locale.ROOT, "%.2fx", value)
                : String.format(Locale.ROOT, "%.0f %s", value, unit);
    }
}
