package io.shogun.authkit.vectors.generator;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes every generated file of the vector set: the four files under {@code testvectors/}, {@code MANIFEST.sha256}
 * and {@code VECTORS.sha256}. The schemas and the profile are hand-written inputs; the manifest covers them too.
 * Output depends on nothing but this code and those inputs, so a second run is byte-identical.
 *
 * <p>Usage: {@code mvn -q -pl vectors compile exec:java@generate-vectors}, or run this class with the
 * {@code vectors/} folder as its only argument. Exit code 0 on success, 1 on any error.
 */
public final class VectorGenerator {

    /** Written into every file; raise it when the generator's output changes meaning. */
    public static final String VERSION = "1.0.0";

    static final String MANIFEST = "MANIFEST.sha256";
    static final String AGGREGATE = "VECTORS.sha256";

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private VectorGenerator() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: VectorGenerator <vectors folder>");
            System.exit(1);
        }
        try {
            Path root = Path.of(args[0]);
            Map<String, byte[]> files = generate(root);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            System.out.println("wrote " + files.size() + " files; vector set " + aggregateHash(files));
        } catch (IOException | RuntimeException e) {
            System.err.println("vector generation failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Every generated file, by path relative to {@code root}, in the order written. Reads the profile and schemas
     * from {@code root}; writes nothing.
     */
    public static Map<String, byte[]> generate(Path root) throws IOException {
        JsonNode profile = STRICT.readTree(root.resolve("profile/shogun_profile.json").toFile());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("testvectors/" + WebhookVectors.FILE, json(WebhookVectors.build()));
        files.put("testvectors/" + HmacVectors.FILE, json(HmacVectors.build()));
        files.put("testvectors/" + JwtVectors.FILE, json(JwtVectors.build()));
        files.put("testvectors/" + ExchangeVectors.FILE, json(ExchangeVectors.build(profile)));

        SortedMap<String, byte[]> covered = new TreeMap<>();
        covered.putAll(readAll(root, "schema"));
        covered.putAll(readAll(root, "profile"));
        covered.putAll(readAll(root, "spec"));
        covered.putAll(files);
        byte[] manifest = manifest(covered);
        files.put(MANIFEST, manifest);
        files.put(AGGREGATE, manifest(Map.of(MANIFEST, manifest)));
        return files;
    }

    /** {@code sha256sum} format: lowercase hex, two spaces, the path; one line each, sorted by path. */
    static byte[] manifest(Map<String, byte[]> files) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(files).forEach((path, bytes) ->
                out.append(Bytes.hex(Bytes.sha256().digest(bytes))).append("  ").append(path).append('\n'));
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String aggregateHash(Map<String, byte[]> files) {
        return new String(files.get(AGGREGATE), StandardCharsets.US_ASCII).substring(0, 64);
    }

    private static byte[] json(JsonNode node) {
        return CanonicalJson.write(node).getBytes(StandardCharsets.US_ASCII);
    }

    private static Map<String, byte[]> readAll(Path root, String folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(root.resolve(folder))) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                files.put(folder + "/" + path.getFileName(), Files.readAllBytes(path));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }
}
