package io.shogun.authkit.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code MANIFEST.sha256} is what {@code sha256sum -c} checks, covers every data file, and is pinned by {@code VECTORS.sha256}. */
class ManifestTest {

    @Test
    void manifest_everyLine_matchesTheFileItNames() throws IOException {
        List<String> lines = Files.readAllLines(VectorsFolder.root().resolve(GoldenVectors.MANIFEST_FILE));

        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            assertThat(line).matches("[0-9a-f]{64}  [a-z_]+/[a-z0-9_-]+\\.(json|txt)");
            Path file = VectorsFolder.root().resolve(line.substring(66));
            assertThat(GoldenVectors.sha256Hex(Files.readAllBytes(file))).as(line).isEqualTo(line.substring(0, 64));
        }
    }

    @Test
    void manifest_listsEveryDataFile_andNothingElse() throws IOException {
        List<String> listed = Files.readAllLines(VectorsFolder.root().resolve(GoldenVectors.MANIFEST_FILE)).stream()
                .map(line -> line.substring(66)).toList();
        List<String> present = new ArrayList<>();
        for (String folder : VectorsFolder.DATA_FOLDERS) {
            try (Stream<Path> files = Files.list(VectorsFolder.root().resolve(folder))) {
                files.map(file -> folder + "/" + file.getFileName()).forEach(present::add);
            }
        }

        assertThat(listed).isSorted().containsExactlyInAnyOrderElementsOf(present);
    }

    @Test
    void aggregate_isTheSha256OfTheManifest_inSha256sumFormat() throws IOException {
        byte[] manifest = Files.readAllBytes(VectorsFolder.root().resolve(GoldenVectors.MANIFEST_FILE));
        String aggregate = Files.readString(VectorsFolder.root().resolve(GoldenVectors.AGGREGATE_FILE),
                StandardCharsets.US_ASCII);

        assertThat(aggregate).isEqualTo(GoldenVectors.sha256Hex(manifest) + "  MANIFEST.sha256\n");
        assertThat(GoldenVectors.load().setSha256()).isEqualTo(aggregate.substring(0, 64));
    }
}
