package io.shogun.authkit.benchmarks;

import io.shogun.authkit.benchmarks.JmhResults.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The performance goals of the kit's reference implementations, each judged from ratios within one JMH run: never
 * from absolute nanoseconds, which differ from machine to machine and minute to minute on a shared one.
 */
final class Goals {

    /** One goal: what was measured against what was wanted; {@code measured} NaN when the run lacks the inputs. */
    record Check(String goal, String measured, String wanted, boolean met) {
    }

    static final List<String> SIZES = List.of("0", "64", "1024", "16384", "1048576");
    static final Map<String, Double> MAX_RATIO_TO_FLOOR = Map.of("64", 2.5, "1024", 1.15, "1048576", 1.02);

    private Goals() {
    }

    static List<Check> evaluate(JmhResults results) {
        List<Check> checks = new ArrayList<>();
        for (String size : List.of("64", "1024", "1048576")) {
            Optional<Double> ratio = toFloor(results, "reference", size);
            double max = MAX_RATIO_TO_FLOOR.get(size);
            checks.add(new Check("reference webhook verify at " + Report.size(size) + " / SHA-256 floor",
                    ratio.map(Report::ratio).orElse("not measured"), "<= " + max + "x",
                    ratio.isPresent() && ratio.get() <= max));
        }
        for (String size : SIZES) {
            Optional<Row> reference = shape(results, "reference", size);
            Optional<Row> best = results.of("WebhookShapes.verify").stream()
                    .filter(row -> row.param("size").equals(size) && !row.param("shape").startsWith("reference"))
                    .min(Comparator.comparingDouble(Row::score));
            boolean measured = reference.isPresent() && best.isPresent();
            // Faster, or slower by less than the two 99.9 % error bars together: the run cannot tell them apart.
            boolean withinError = measured && reference.get().score() > best.get().score()
                    && reference.get().score() - reference.get().error() <= best.get().score() + best.get().error();
            checks.add(new Check("reference webhook verify at " + Report.size(size) + " / fastest other shape"
                    + best.map(row -> " (" + row.param("shape") + ")").orElse(""),
                    measured ? Report.ratio(reference.get().score() / best.get().score())
                            + (withinError ? " (within error)" : "") : "not measured",
                    "<= 1.00x", measured && (reference.get().score() <= best.get().score() || withinError)));
        }
        for (String size : SIZES) {
            Optional<Row> zero = shape(results, "reference-zero-allocation", size);
            Optional<Row> reusedMac = shape(results, "reused-mac-SunJCE", size);
            // JMH's own background allocation, spread over very long operations, shows as a few B/op even for
            // code that allocates nothing: the SHA-256 floor at the same size shows how much.
            double background = results.find("Sha256Floor.sha256", Map.of("size", size))
                    .map(Row::bytesPerOp).filter(Double::isFinite).orElse(0.0);
            boolean measured = zero.isPresent() && reusedMac.isPresent();
            checks.add(new Check("zero-allocation reference at " + Report.size(size)
                    + ": B/op, and time / reused SunJCE Mac",
                    measured ? Report.bytes(zero.get().bytesPerOp()) + (background >= 0.5 ? " (floor "
                            + Report.bytes(background) + ")" : "") + ", "
                            + Report.ratio(zero.get().score() / reusedMac.get().score()) : "not measured",
                    "0 B/op, < 1.00x", measured && zero.get().bytesPerOp() < background + 0.5
                            && zero.get().score() < reusedMac.get().score()));
        }
        Optional<Row> referenceJwt = results.find("JwtVerifiers.verify", Map.of("library", "reference"));
        Optional<Row> fastestPeer = results.of("JwtVerifiers.verify").stream()
                .filter(row -> !row.param("library").equals("reference"))
                .min(Comparator.comparingDouble(Row::score));
        boolean jwtMeasured = referenceJwt.isPresent() && fastestPeer.isPresent();
        checks.add(new Check("reference JWT verify / fastest peer" + fastestPeer.map(row -> " ("
                + row.param("library") + ")").orElse(""),
                jwtMeasured ? Report.ratio(referenceJwt.get().score() / fastestPeer.get().score()) : "not measured",
                "<= 0.33x", jwtMeasured && referenceJwt.get().score() * 3 <= fastestPeer.get().score()));
        checks.add(new Check("reference JWT verify: B/op",
                referenceJwt.map(row -> Report.bytes(row.bytesPerOp())).orElse("not measured"), "<= 1024 B/op",
                referenceJwt.isPresent() && referenceJwt.get().bytesPerOp() <= 1024));
        Optional<Row> signingInputHmac = results.find("JwtSigningInputHmac.hmac",
                Map.of("provider", "JDK_ZERO_ALLOCATION"));
        boolean hmacMeasured = referenceJwt.isPresent() && signingInputHmac.isPresent();
        checks.add(new Check("reference JWT verify / HMAC over its signing input",
                hmacMeasured ? Report.ratio(referenceJwt.get().score() / signingInputHmac.get().score())
                        : "not measured", "<= 2.00x",
                hmacMeasured && referenceJwt.get().score() <= 2 * signingInputHmac.get().score()));
        Optional<Row> one = results.find("CachedTokenRead.oneThread", Map.of());
        Optional<Row> two = results.find("CachedTokenRead.twoThreads", Map.of());
        boolean tokenMeasured = one.isPresent() && two.isPresent();
        checks.add(new Check("cached token read: throughput of 2 threads / 1 thread",
                tokenMeasured ? Report.ratio(two.get().score() / one.get().score()) : "not measured", ">= 1.80x",
                tokenMeasured && two.get().score() >= 1.8 * one.get().score()));
        return checks;
    }

    static Optional<Double> toFloor(JmhResults results, String shape, String size) {
        Optional<Row> row = shape(results, shape, size);
        Optional<Row> floor = results.find("Sha256Floor.sha256", Map.of("size", size));
        return row.isPresent() && floor.isPresent() ? Optional.of(row.get().score() / floor.get().score())
                : Optional.empty();
    }

    private static Optional<Row> shape(JmhResults results, String shape, String size) {
        return results.find("WebhookShapes.verify", Map.of("shape", shape, "size", size));
    }
}
