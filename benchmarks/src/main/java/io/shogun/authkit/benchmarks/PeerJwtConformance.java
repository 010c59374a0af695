package io.shogun.authkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shogun.authkit.vectors.Expectation;
import io.shogun.authkit.vectors.GoldenVectors;
import io.shogun.authkit.vectors.JwtVector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Which JWT vectors does each library get wrong? Every HS256 vector through every {@link JwtLibrary}, configured as
 * in {@link JwtVerifiers}: a valid token must be accepted with its {@code exp}, an invalid one rejected (an
 * acceptable one may go either way). A fast wrong answer is no answer, so the report prints these beside the speeds.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar io.shogun.authkit.benchmarks.PeerJwtConformance
 * [OUT.json]} (default {@code benchmarks/results/peer-jwt-conformance.json}).
 */
public final class PeerJwtConformance {

    private PeerJwtConformance() {
    }

    /** One library's verdict on one vector, when it differs from the vector's. */
    record Miss(int tcId, String comment, String expected, String got) {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "benchmarks/results/peer-jwt-conformance.json");
        ObjectNode report = run();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(report) + "\n");
        report.fields().forEachRemaining(entry -> System.out.printf("%-16s %3d of %d vectors wrong%n",
                entry.getKey(), entry.getValue().get("wrong").size(), entry.getValue().get("vectors").asInt()));
        System.out.println("written  " + out);
    }

    static ObjectNode run() {
        List<JwtVector> vectors = GoldenVectors.load().jwtHs256().tests();
        Properties versions = versions();
        ObjectNode report = new ObjectMapper().createObjectNode();
        for (JwtLibrary library : JwtLibrary.values()) {
            ObjectNode entry = report.putObject(library.parameter());
            entry.put("library", library.displayName());
            entry.put("version", versions.getProperty(library.parameter(), "?"));
            entry.put("vectors", vectors.size());
            ArrayNode wrong = entry.putArray("wrong");
            for (JwtVector vector : vectors) {
                Miss miss = check(library, vector);
                if (miss != null) {
                    wrong.addObject().put("tcId", miss.tcId()).put("comment", miss.comment())
                            .put("expected", miss.expected()).put("got", miss.got());
                }
            }
        }
        return report;
    }

    /** The library's answer to one vector if it is wrong, else {@code null}. */
    static Miss check(JwtLibrary library, JwtVector vector) {
        String got;
        long exp = JwtLibrary.NO_EXP;
        try {
            exp = library.verifier(vector.key(), vector.now(), vector.leewaySeconds()).exp(vector.token());
            got = "accepted";
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            got = "rejected (" + e.getClass().getSimpleName() + ")";
        }
        boolean accepted = got.equals("accepted");
        if (vector.result() == Expectation.INVALID && accepted) {
            return new Miss(vector.tcId(), vector.comment(), "rejected (" + vector.error().map(Enum::name)
                    .orElse("invalid") + ")", got);
        }
        if (vector.result() == Expectation.VALID && !accepted) {
            return new Miss(vector.tcId(), vector.comment(), "accepted", got);
        }
        if (vector.result() == Expectation.VALID && vector.claims().orElseThrow().get("exp") instanceof Number want
                && want.longValue() != exp) {
            return new Miss(vector.tcId(), vector.comment(), "exp " + want, "exp " + exp);
        }
        return null;
    }

    static Properties versions() {
        Properties versions = new Properties();
        try (InputStream in = PeerJwtConformance.class.getResourceAsStream("versions.properties")) {
            if (in != null) {
                versions.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }
}
