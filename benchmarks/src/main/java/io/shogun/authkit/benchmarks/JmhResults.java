package io.shogun.authkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The results of one JMH run, read from its JSON ({@code -rf json}): one {@link Row} per benchmark method and
 * parameter combination. Read tolerantly, as JMH writes it: scores may be the strings {@code "NaN"} or
 * {@code "Infinity"}; the allocation metric may be named with or without a leading {@code ·}, and is absent when a
 * run allocated exactly nothing (then, if other GC metrics are there, it is read as 0 B/op).
 */
public record JmhResults(List<Row> rows, String jdk, String vm) {

    /**
     * One measured benchmark.
     *
     * @param benchmark   {@code Class.method}, without the package
     * @param params      its parameters, in JMH's order
     * @param threads     threads it ran on
     * @param forks       forks measured
     * @param score       the primary score (ns/op, or ops/time for throughput)
     * @param error       its 99.9 % half-width, NaN when JMH could not compute one
     * @param unit        the score's unit
     * @param bytesPerOp  {@code gc.alloc.rate.norm}, NaN when the run had no {@code -prof gc}
     */
    public record Row(String benchmark, Map<String, String> params, int threads, int forks, double score,
            double error, String unit, double bytesPerOp) {

        public String param(String name) {
            return params.getOrDefault(name, "");
        }

        /** Whether this row is {@code benchmark} with every given parameter value. */
        public boolean matches(String benchmark, Map<String, String> wanted) {
            return this.benchmark.equals(benchmark)
                    && wanted.entrySet().stream().allMatch(entry -> entry.getValue().equals(params.get(entry.getKey())));
        }
    }

    /**
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException naming the file, if it is not a JMH JSON result
     */
    public static JmhResults read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not JSON (line " + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(file + " is not a JMH result (an array of benchmarks; run JMH with "
                    + "-rf json)");
        }
        List<Row> rows = new ArrayList<>();
        String jdk = "";
        String vm = "";
        int index = 0;
        for (JsonNode entry : root) {
            index++;
            if (!entry.path("benchmark").isTextual() || !entry.path("primaryMetric").isObject()) {
                throw new IllegalArgumentException(file + ": entry " + index + " has no 'benchmark' and "
                        + "'primaryMetric'");
            }
            jdk = entry.path("jdkVersion").asText(jdk);
            vm = entry.path("vmName").asText(vm);
            String name = entry.get("benchmark").asText();
            String[] parts = name.split("\\.");
            String shortName = parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : name;
            Map<String, String> params = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = entry.path("params").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> param = it.next();
                params.put(param.getKey(), param.getValue().asText());
            }
            JsonNode primary = entry.get("primaryMetric");
            rows.add(new Row(shortName, params, entry.path("threads").asInt(1), entry.path("forks").asInt(0),
                    number(primary.path("score")), number(primary.path("scoreError")),
                    primary.path("scoreUnit").asText(""), bytesPerOp(entry.path("secondaryMetrics"))));
        }
        return new JmhResults(List.copyOf(rows), jdk, vm);
    }

    private static double bytesPerOp(JsonNode secondary) {
        boolean gcProfiled = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = secondary.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> metric = it.next();
            String name = metric.getKey().startsWith("·") ? metric.getKey().substring(1) : metric.getKey();
            if (name.equals("gc.alloc.rate.norm")) {
                return number(metric.getValue().path("score"));
            }
            gcProfiled |= name.startsWith("gc.");
        }
        return gcProfiled ? 0 : Double.NaN;
    }

    private static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        try {
            return Double.parseDouble(node.asText("NaN"));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The row of {@code benchmark} with these parameter values, if it was measured. */
    public Optional<Row> find(String benchmark, Map<String, String> params) {
        return rows.stream().filter(row -> row.matches(benchmark, params)).findFirst();
    }

    public List<Row> of(String benchmark) {
        return rows.stream().filter(row -> row.benchmark().equals(benchmark)).toList();
    }

    public List<Row> where(Predicate<Row> condition) {
        return rows.stream().filter(condition).toList();
    }
}
