package io.shogun.authkit.vectors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** The {@code vectors/} folder of this checkout, and disposable copies of it for tests that break files. */
final class VectorsFolder {

    static final List<String> DATA_FOLDERS = List.of("testvectors", "schema", "profile", "spec");

    private VectorsFolder() {
    }

    /** The module's base directory, where the vector data lives. */
    static Path root() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }

    /** Copies the data folders and manifests into {@code target}. */
    static Path copyTo(Path target) throws IOException {
        for (String folder : DATA_FOLDERS) {
            Files.createDirectories(target.resolve(folder));
            try (Stream<Path> files = Files.list(root().resolve(folder))) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.copy(file, target.resolve(folder).resolve(file.getFileName()),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.copy(root().resolve(GoldenVectors.MANIFEST_FILE), target.resolve(GoldenVectors.MANIFEST_FILE));
        Files.copy(root().resolve(GoldenVectors.AGGREGATE_FILE), target.resolve(GoldenVectors.AGGREGATE_FILE));
        return target;
    }

    /** Rewrites the manifests of a copied set after a test changed a file on purpose. */
    static void reseal(Path set) {
        try {
            StringBuilder manifest = new StringBuilder();
            try (Stream<String> lines = Files.readAllLines(set.resolve(GoldenVectors.MANIFEST_FILE)).stream()) {
                for (String line : (Iterable<String>) lines::iterator) {
                    String path = line.substring(66);
                    manifest.append(GoldenVectors.sha256Hex(Files.readAllBytes(set.resolve(path))))
                            .append("  ").append(path).append('\n');
                }
            }
            byte[] bytes = manifest.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            Files.write(set.resolve(GoldenVectors.MANIFEST_FILE), bytes);
            Files.writeString(set.resolve(GoldenVectors.AGGREGATE_FILE),
                    GoldenVectors.sha256Hex(bytes) + "  " + GoldenVectors.MANIFEST_FILE + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
