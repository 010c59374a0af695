package io.shogun.authkit.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every data file validates against its published JSON Schema (draft 2020-12), checked by an independent validator. */
class SchemaLintTest {

    private static final String SCHEMA_BASE = "https://shogun-auth-kit.example/schema/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The published schemas, served to the validator under their {@code $id}s; nothing is fetched remotely. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(schemasById()));

    private static Map<String, String> schemasById() {
        Map<String, String> schemas = new HashMap<>();
        try (Stream<Path> files = Files.list(VectorsFolder.root().resolve("schema"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                schemas.put(SCHEMA_BASE + file.getFileName(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return schemas;
    }

    static Stream<Arguments> dataFiles() {
        return Stream.of(
                Arguments.of(GoldenVectors.WEBHOOK_FILE, "webhook_signature_schema.json"),
                Arguments.of(GoldenVectors.HMAC_FILE, "hmac_sha256_schema.json"),
                Arguments.of(GoldenVectors.JWT_FILE, "jwt_hs256_schema.json"),
                Arguments.of(GoldenVectors.EXCHANGES_FILE, "api_exchanges_schema.json"),
                Arguments.of(GoldenVectors.PROFILE_FILE, "shogun_profile_schema.json"));
    }

    @ParameterizedTest(name = "{0} matches {1}")
    @MethodSource("dataFiles")
    void dataFile_againstItsSchema_hasNoErrors(String file, String schemaFile) throws IOException {
        JsonNode document = read(file);

        List<Error> errors = schema(schemaFile).validate(document);

        assertThat(errors).as("schema errors in %s", file).isEmpty();
    }

    @ParameterizedTest(name = "{0} names its schema")
    @MethodSource("dataFiles")
    void vectorFile_schemaField_namesTheSchemaItIsCheckedAgainst(String file, String schemaFile) throws IOException {
        JsonNode document = read(file);

        if (document.has("testGroups")) {
            assertThat(document.get("schema").asText()).isEqualTo(schemaFile);
        }
    }

    @Test
    void webhookSchema_testWithoutBody_reportsTheMissingField() throws IOException {
        ObjectNode document = (ObjectNode) read(GoldenVectors.WEBHOOK_FILE);
        ((ObjectNode) document.get("testGroups").get(0).get("tests").get(0)).remove("body");

        List<Error> errors = schema("webhook_signature_schema.json").validate(document);

        assertThat(errors).extracting(Error::getMessage).anyMatch(message -> message.contains("body"));
    }

    @Test
    void jwtSchema_validCaseWithAnError_isRejected() throws IOException {
        ObjectNode document = (ObjectNode) read(GoldenVectors.JWT_FILE);
        firstTest(document, "valid").put("error", "expired");

        assertThat(schema("jwt_hs256_schema.json").validate(document)).isNotEmpty();
    }

    @Test
    void jwtSchema_unknownErrorCode_isRejected() throws IOException {
        ObjectNode document = (ObjectNode) read(GoldenVectors.JWT_FILE);
        firstTest(document, "invalid").put("error", "too_old");

        assertThat(schema("jwt_hs256_schema.json").validate(document)).isNotEmpty();
    }

    @Test
    void profileSchema_changedDocumentedTtl_isRejected() throws IOException {
        ObjectNode profile = (ObjectNode) read(GoldenVectors.PROFILE_FILE);
        ((ObjectNode) profile.get("integrationToken")).put("ttlSeconds", 7200);

        assertThat(schema("shogun_profile_schema.json").validate(profile)).isNotEmpty();
    }

    private static ObjectNode firstTest(JsonNode document, String result) {
        for (JsonNode group : document.get("testGroups")) {
            for (JsonNode test : group.get("tests")) {
                if (test.get("result").asText().equals(result)) {
                    return (ObjectNode) test;
                }
            }
        }
        throw new AssertionError("no " + result + " test");
    }

    private static Schema schema(String schemaFile) {
        return REGISTRY.getSchema(SchemaLocation.of(SCHEMA_BASE + schemaFile));
    }

    private static JsonNode read(String file) throws IOException {
        return JSON.readTree(Path.of(VectorsFolder.root().toString(), file).toFile());
    }
}
