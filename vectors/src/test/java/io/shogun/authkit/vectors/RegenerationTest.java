package io.shogun.authkit.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import io.shogun.authkit.vectors.generator.VectorGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed files are exactly what the generator writes: nobody edited them by hand. */
class RegenerationTest {

    @Test
    void generator_runAgain_reproducesEveryCommittedFileByteForByte() throws IOException {
        Map<String, byte[]> generated = VectorGenerator.generate(VectorsFolder.root());

        assertThat(generated).containsKeys(GoldenVectors.WEBHOOK_FILE, GoldenVectors.HMAC_FILE,
                GoldenVectors.JWT_FILE, GoldenVectors.EXCHANGES_FILE, GoldenVectors.MANIFEST_FILE,
                GoldenVectors.AGGREGATE_FILE);
        for (Map.Entry<String, byte[]> file : generated.entrySet()) {
            byte[] committed = Files.readAllBytes(VectorsFolder.root().resolve(file.getKey()));
            assertThat(firstDifference(committed, file.getValue()))
                    .as("%s differs from the generator's output; run the generator instead of editing it",
                            file.getKey())
                    .isEmpty();
        }
    }

    /** The first line that differs, quoted and shortened, or empty when the bytes are equal. */
    private static String firstDifference(byte[] committed, byte[] generated) {
        if (Arrays.equals(committed, generated)) {
            return "";
        }
        String[] was = new String(committed, StandardCharsets.ISO_8859_1).split("\n", -1);
        String[] expected = new String(generated, StandardCharsets.ISO_8859_1).split("\n", -1);
        for (int line = 0; line < Math.max(was.length, expected.length); line++) {
            String committedLine = line < was.length ? was[line] : "<end of file>";
            String generatedLine = line < expected.length ? expected[line] : "<end of file>";
            if (!committedLine.equals(generatedLine)) {
                return "line " + (line + 1) + ": committed " + shorten(committedLine) + ", generated "
                        + shorten(generatedLine);
            }
        }
        return "same lines, different bytes";
    }

    private static String shorten(String line) {
        return "\"" + (line.length() <= 120 ? line : line.substring(0, 117) + "...") + "\"";
    }

    @Test
    void generator_twoRuns_areIdentical() throws IOException {
        Map<String, byte[]> first = VectorGenerator.generate(VectorsFolder.root());
        Map<String, byte[]> second = VectorGenerator.generate(VectorsFolder.root());

        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }
}
