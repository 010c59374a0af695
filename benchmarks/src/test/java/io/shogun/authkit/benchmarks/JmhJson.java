package io.shogun.authkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Synthetic JMH JSON results, shaped as JMH writes them (including a zero-allocation row without its metric). */
final class JmhJson {

    private record Entry(String benchmark, String param, String value, double score, double bytes) {
    }

    private final List<Entry> entries;

    private JmhJson(List<Entry> entries) {
        this.entries = entries;
    }

    /** Ratios as measured on this machine: reference 1.2x the floor, JWT reference a third of the fastest peer. */
    static JmhJson healthy() {
        return new JmhJson(List.of(
                new Entry("Sha256Floor.sha256", "size", "1024", 600.0, 0),
                new Entry("WebhookShapes.verify", "shape", "reference", 720.0, 384),
                new Entry("WebhookShapes.verify", "shape", "reference-zero-allocation", 790.0, 0),
                new Entry("JwtVerifiers.verify", "library", "reference", 650.0, 600),
                new Entry("JwtVerifiers.verify", "library", "auth0", 2_000.0, 5_936),
                new Entry("JwtVerifiers.verify", "library", "nimbus", 4_800.0, 12_104)));
    }

    JmhJson with(String benchmark, String param, String value, double score, double bytes) {
        List<Entry> changed = new ArrayList<>(without(benchmark, param, value).entries);
        changed.add(new Entry(benchmark, param, value, score, bytes));
        return new JmhJson(changed);
    }

    JmhJson without(String benchmark, String param, String value) {
        return new JmhJson(entries.stream().filter(entry -> !(entry.benchmark.equals(benchmark)
                && entry.param.equals(param) && entry.value.equals(value))).toList());
    }

    String json() {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode root = mapper.createArrayNode();
        for (Entry entry : entries) {
            ObjectNode node = root.addObject();
            node.put("jmhVersion", "1.37").put("benchmark", "io.shogun.authkit.benchmarks." + entry.benchmark)
                    .put("mode", "avgt").put("threads", 1).put("forks", 1).put("jdkVersion", "17.0.15")
                    .put("vmName", "OpenJDK 64-Bit Server VM");
            ObjectNode params = node.putObject("params");
            params.put(entry.param, entry.value);
            if (entry.benchmark.startsWith("WebhookShapes")) {
                params.put("size", "1024");
            }
            node.putObject("primaryMetric").put("score", entry.score).put("scoreError", entry.score / 100)
                    .put("scoreUnit", "ns/op");
            ObjectNode secondary = node.putObject("secondaryMetrics");
            secondary.putObject("gc.alloc.rate").put("score", 100.0).put("scoreUnit", "MB/sec");
            if (entry.bytes > 0) {
                secondary.putObject("gc.alloc.rate.norm").put("score", entry.bytes).put("scoreUnit", "B/op");
            }
        }
        return root.toString();
    }
}
