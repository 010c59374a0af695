package io.shogun.authkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.shogun.authkit.benchmarks.JmhResults.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The benchmark report: Markdown tables, one per question, with ns/op, its error, B/op and the ratio that answers
 * the question (to the SHA-256 floor, to the fastest peer, one thread to two), the goals judged, and SVG charts. Built
 * from one JMH run's JSON, so that every ratio compares measurements taken side by side.
 */
final class Report {

    /** A written report: the Markdown and the charts, by file name. */
    record Output(String markdown, Map<String, String> charts) {
    }

    private final JmhResults results;
    private final JsonNode peers;
    private final String heading;

    /**
     * @param results the JMH run
     * @param peers   the output of {@link PeerJwtConformance}, or {@code null}
     * @param heading what ran, where and when: printed under the title
     */
    Report(JmhResults results, JsonNode peers, String heading) {
        this.results = results;
        this.peers = peers;
        this.heading = heading;
    }

    Output render() {
        StringBuilder md = new StringBuilder("# Benchmark results\n\n").append(heading).append("\n\n");
        Map<String, String> charts = new LinkedHashMap<>();
        md.append("JDK ").append(results.jdk()).append(" (").append(results.vm()).append("). Ratios compare results of ")
                .append("this one run; absolute nanoseconds depend on the machine and its load.\n\n");
        goals(md);
        floor(md);
        perSize(md, charts, "HmacProviders.hmac", "provider", "HMAC-SHA256 per provider",
                "One keyed instance reused per message. Ratio to the SHA-256 floor at the same size.",
                "hmac-providers-1kib.svg", value -> value.startsWith("jdk-"));
        perSize(md, charts, "WebhookShapes.verify", "shape", "Webhook verification per shape",
                "A whole verification of a correctly signed delivery: HMAC, header parsing, comparison. Ratio to the "
                        + "SHA-256 floor at the same size.",
                "webhook-shapes-1kib.svg", value -> value.startsWith("reference"));
        jwt(md, charts);
        cachedToken(md);
        targets(md);
        return new Output(md.toString(), charts);
    }

    private void goals(StringBuilder md) {
        List<Goals.Check> all = Goals.evaluate(results);
        List<Goals.Check> checks = all.stream().filter(check -> !check.measured().equals("not measured")).toList();
        long met = checks.stream().filter(Goals.Check::met).count();
        md.append("## Goals\n\n").append(met).append(" of ").append(checks.size()).append(" met");
        if (checks.size() < all.size()) {
            md.append(" (").append(all.size() - checks.size()).append(" more need benchmarks this run did not include)");
        }
        md.append(".\n\n| goal | measured | wanted | met |\n|---|---:|---:|:---:|\n");
        for (Goals.Check check : checks) {
            md.append("| ").append(check.goal()).append(" | ").append(check.measured()).append(" | ")
                    .append(check.wanted()).append(" | ").append(check.met() ? "yes" : "**no**").append(" |\n");
        }
        md.append('\n');
    }

    private void floor(StringBuilder md) {
        List<Row> rows = results.of("Sha256Floor.sha256");
        if (rows.isEmpty()) {
            return;
        }
        md.append("## SHA-256 floor (`Sha256Floor`)\n\nThe JDK's SHA-256 of the body alone: what no HMAC can beat.\n\n")
                .append("| size | ns/op | error | B/op |\n|---|---:|---:|---:|\n");
        for (Row row : sortedBySize(rows)) {
            md.append("| ").append(size(row.param("size"))).append(" | ").append(number(row.score())).append(" | ± ")
                    .append(number(row.error())).append(" | ").append(bytes(row.bytesPerOp())).append(" |\n");
        }
        md.append('\n');
    }

    private void perSize(StringBuilder md, Map<String, String> charts, String benchmark, String param, String title,
            String explanation, String chart, java.util.function.Predicate<String> ours) {
        List<Row> rows = results.of(benchmark);
        if (rows.isEmpty()) {
            return;
        }
        Set<String> sizes = new LinkedHashSet<>();
        sortedBySize(rows).forEach(row -> sizes.add(row.param("size")));
        Set<String> values = new LinkedHashSet<>();
        rows.forEach(row -> values.add(row.param(param)));
        md.append("## ").append(title).append(" (`").append(benchmark.substring(0, benchmark.indexOf('.')))
                .append("`)\n\n").append(explanation).append(" Each cell: ns/op ± error, ratio, B/op.\n\n| ")
                .append(param).append(" |");
        sizes.forEach(size -> md.append(' ').append(size(size)).append(" |"));
        md.append("\n|---|");
        sizes.forEach(size -> md.append("---:|"));
        md.append('\n');
        for (String value : values) {
            md.append("| ").append(ours.test(value) ? "**" + value + "**" : value).append(" |");
            for (String size : sizes) {
                Optional<Row> row = results.find(benchmark, Map.of(param, value, "size", size));
                md.append(' ').append(row.map(found -> number(found.score()) + " ± " + number(found.error())
                        + " ns, " + toFloor(found).map(Report::ratio).orElse("-") + ", " + bytes(found.bytesPerOp()))
                        .orElse("not measured")).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        results.where(row -> row.benchmark().equals(benchmark) && row.param("size").equals("1024")).stream()
                .sorted(Comparator.comparingDouble(Row::score))
                .forEach(row -> bars.add(new SvgBarChart.Bar(row.param(param), toFloor(row).orElse(Double.NaN),
                        bytes(row.bytesPerOp()), ours.test(row.param(param)))));
        if (!bars.isEmpty()) {
            charts.put(chart, SvgBarChart.render(title + " at 1 KiB, time / SHA-256 floor", "x", bars, 1.0));
            md.append("![").append(title).append(" at 1 KiB](").append(chart).append(")\n\n");
        }
    }

    private void jwt(StringBuilder md, Map<String, String> charts) {
        List<Row> rows = results.of("JwtVerifiers.verify");
        if (rows.isEmpty()) {
            return;
        }
        Optional<Row> fastestPeer = rows.stream().filter(row -> !row.param("library").equals("reference"))
                .min(Comparator.comparingDouble(Row::score));
        md.append("## HS256 JWT verification (`JwtVerifiers`)\n\nVerify a Shogun-shaped token and read its `exp`. ")
                .append("\"Vectors wrong\": of the 180 JWT vectors, those the library accepts or rejects against the ")
                .append("vector (`PeerJwtConformance`): a fast wrong answer is no answer. \"Forgery\": the same token ")
                .append("with one signature character changed, turned away (`rejectForgery`): the work up to and ")
                .append("including the MAC check.\n\n")
                .append("| library | version | ns/op | error | x fastest peer | B/op | forgery, ns/op | vectors wrong |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---|\n");
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (Row row : rows.stream().sorted(Comparator.comparingDouble(Row::score)).toList()) {
            String library = row.param("library");
            JsonNode peer = peers == null ? null : peers.get(library);
            md.append("| ").append(library.equals("reference") ? "**reference**" : library).append(" | ")
                    .append(peer == null ? "" : peer.path("version").asText()).append(" | ")
                    .append(number(row.score())).append(" | ± ").append(number(row.error())).append(" | ")
                    .append(fastestPeer.map(peerRow -> ratio(row.score() / peerRow.score())).orElse("-"))
                    .append(" | ").append(bytes(row.bytesPerOp())).append(" | ")
                    .append(results.find("JwtVerifiers.rejectForgery", Map.of("library", library))
                            .map(forgery -> number(forgery.score())).orElse("-"))
                    .append(" | ").append(wrong(peer)).append(" |\n");
            bars.add(new SvgBarChart.Bar(library, row.score(), bytes(row.bytesPerOp()), library.equals("reference")));
        }
        results.of("JwtSigningInputHmac.hmac").forEach(row -> md.append("\nHMAC-SHA256 over the token's signing input ")
                .append("alone (`JwtSigningInputHmac`, ").append(row.param("provider")).append("): ")
                .append(number(row.score())).append(" ± ").append(number(row.error())).append(" ns, ")
                .append(bytes(row.bytesPerOp())).append('.'));
        md.append("\n\n");
        charts.put("jwt-verifiers.svg", SvgBarChart.render("HS256 verify + read exp, ns/op", "ns", bars, Double.NaN));
        md.append("![HS256 JWT verification](jwt-verifiers.svg)\n\n");
    }

    private static String wrong(JsonNode peer) {
        if (peer == null) {
            return "not checked";
        }
        JsonNode wrong = peer.path("wrong");
        if (wrong.isEmpty()) {
            return "none";
        }
        List<String> ids = new ArrayList<>();
        wrong.forEach(miss -> ids.add(miss.path("tcId").asText()));
        return wrong.size() + ": tcId " + String.join(", ", ids);
    }

    private void cachedToken(StringBuilder md) {
        Optional<Row> one = results.find("CachedTokenRead.oneThread", Map.of());
        Optional<Row> two = results.find("CachedTokenRead.twoThreads", Map.of());
        if (one.isEmpty() && two.isEmpty()) {
            return;
        }
        md.append("## Cached token read (`CachedTokenRead`)\n\n`ReferenceTokenClient.authorization()` with a fresh ")
                .append("token cached: throughput in operations per microsecond, all threads together.\n\n")
                .append("| threads | ops/µs | error | B/op | x one thread |\n|---|---:|---:|---:|---:|\n");
        for (Row row : List.of(one, two).stream().flatMap(Optional::stream).toList()) {
            md.append("| ").append(row.threads()).append(" | ").append(number(row.score())).append(" | ± ")
                    .append(number(row.error())).append(" | ").append(bytes(row.bytesPerOp())).append(" | ")
                    .append(one.map(base -> ratio(row.score() / base.score())).orElse("-")).append(" |\n");
        }
        md.append('\n');
    }

    private void targets(StringBuilder md) {
        List<Row> rows = results.of("TargetWebhookVerify.verify");
        if (rows.isEmpty()) {
            return;
        }
        md.append("## Targets through the SPI (`TargetWebhookVerify`)\n\n")
                .append("| target | size | ns/op | error | x floor | B/op |\n|---|---|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            Optional<Row> floor = results.find("Sha256Floor.sha256", Map.of("size", row.param("size")));
            md.append("| ").append(row.param("target")).append(" | ").append(size(row.param("size"))).append(" | ")
                    .append(number(row.score())).append(" | ± ").append(number(row.error())).append(" | ")
                    .append(floor.map(found -> ratio(row.score() / found.score())).orElse("-")).append(" | ")
                    .append(bytes(row.bytesPerOp())).append(" |\n");
        }
        md.append('\n');
    }

    private Optional<Double> toFloor(Row row) {
        return results.find("Sha256Floor.sha256", Map.of("size", row.param("size")))
                .map(floor -> row.score() / floor.score());
    }

    private static List<Row> sortedBySize(List<Row> rows) {
        return rows.stream().sorted(Comparator.comparingLong(row -> parseSize(row.param("size")))).toList();
    }

    private static long parseSize(String size) {
        try {
            return Long.parseLong(size);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    static String size(String bytes) {
        long size = parseSize(bytes);
        if (size >= 1 << 20 && size % (1 << 20) == 0) {
            return size / (1 << 20) + " MiB";
        }
        if (size >= 1024 && size % 1024 == 0) {
            return size / 1024 + " KiB";
        }
        return bytes + " B";
    }

    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "?";
        }
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }

    static String ratio(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2fx", value) : "?";
    }

    static String bytes(double value) {
        if (Double.isNaN(value)) {
            return "? B/op";
        }
        return String.format(Locale.ROOT, "%.0f B/op", Math.max(0, value));
    }
}
