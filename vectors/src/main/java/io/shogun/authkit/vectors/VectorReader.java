package io.shogun.authkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one Wycheproof-style file into typed cases. Checks what the records need and what consumers rely on: the
 * declared count, unique {@code tcId}s, every flag explained, every field present with the right type. Each
 * problem is reported with the file and the {@code tcId}.
 */
final class VectorReader {

    private final String file;
    private final JsonNode root;
    private final boolean strict;

    /** A reader for the kit's own files: every check applies. */
    VectorReader(String file, byte[] bytes) {
        this(file, bytes, true);
    }

    /**
     * @param strict false for files written by others: a flag without a note and a wrong {@code numberOfTests}
     *               are let pass (a missing or duplicate {@code tcId} and missing fields never are)
     */
    VectorReader(String file, byte[] bytes, boolean strict) {
        this.file = file;
        this.strict = strict;
        this.root = JsonValues.parse(file, bytes);
        if (!root.isObject()) {
            throw new VectorFormatException(file, "the top level is not a JSON object");
        }
    }

    /** Reads every test with {@code mapper}, which sees the test's fields merged over its group's. */
    /** The file's {@code algorithm}, which says which kind of vectors it holds. */
    String algorithm() {
        return text(root, "algorithm", "the file");
    }

    <T extends VectorCase> VectorFile<T> read(String algorithm, Function<Case, T> mapper) {
        String declared = text(root, "algorithm", "the file");
        if (!declared.equals(algorithm)) {
            throw new VectorFormatException(file, "algorithm is \"" + declared + "\", expected \"" + algorithm + "\"");
        }
        Map<String, FlagNote> notes = notes();
        List<T> tests = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (JsonNode group : array(root, "testGroups", "the file")) {
            for (JsonNode test : array(group, "tests", "a test group")) {
                Case testCase = new Case(group, test);
                if (!ids.add(testCase.tcId)) {
                    throw testCase.problem("tcId is used twice");
                }
                for (String flag : testCase.flags()) {
                    if (strict && !notes.containsKey(flag)) {
                        throw testCase.problem("flag " + flag + " is not explained in notes");
                    }
                }
                try {
                    tests.add(mapper.apply(testCase));
                } catch (IllegalArgumentException e) {
                    throw testCase.problem(e.getMessage());
                }
            }
        }
        long numberOfTests = strict ? integer(root, "numberOfTests", "the file") : tests.size();
        if (numberOfTests != tests.size()) {
            throw new VectorFormatException(file, "numberOfTests is " + numberOfTests + " but the file has "
                    + tests.size() + " tests");
        }
        return new VectorFile<>(file, algorithm, strict ? text(root, "schema", "the file") : root.path("schema").asText(""),
                strict ? text(root, "generatorVersion", "the file") : root.path("generatorVersion").asText(""), notes,
                tests);
    }

    JsonNode root() {
        return root;
    }

    private Map<String, FlagNote> notes() {
        JsonNode notes = root.get("notes");
        if (!strict && notes == null) {
            return Map.of();
        }
        if (notes == null || !notes.isObject()) {
            throw new VectorFormatException(file, "notes is missing or not an object");
        }
        Map<String, FlagNote> result = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = notes.properties().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String where = "note " + entry.getKey();
            result.put(entry.getKey(), new FlagNote(text(entry.getValue(), "bugType", where),
                    text(entry.getValue(), "description", where)));
        }
        return result;
    }

    private Iterable<JsonNode> array(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new VectorFormatException(file, where + ": " + field + " is missing or not an array");
        }
        return value;
    }

    private String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new VectorFormatException(file, where + ": " + field + " is missing or not a string");
        }
        return value.textValue();
    }

    private long integer(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new VectorFormatException(file, where + ": " + field + " is missing or not an integer");
        }
        return value.longValue();
    }

    /** One test, its group's fields as defaults. */
    final class Case {
        private final JsonNode group;
        private final JsonNode test;
        final int tcId;

        private Case(JsonNode group, JsonNode test) {
            this.group = group;
            this.test = test;
            JsonNode id = test.get("tcId");
            if (id == null || !id.canConvertToInt() || id.intValue() < 1) {
                throw new VectorFormatException(file, "a test without a positive integer tcId (after tcId "
                        + "of the previous test): " + abbreviated(test));
            }
            this.tcId = id.intValue();
        }

        String comment() {
            return text("comment");
        }

        List<String> flags() {
            JsonNode flags = test.get("flags");
            if (flags == null || !flags.isArray()) {
                throw problem("flags is missing or not an array");
            }
            List<String> result = new ArrayList<>();
            flags.forEach(flag -> result.add(flag.asText()));
            return result;
        }

        Expectation result() {
            return Expectation.fromJson(text("result"));
        }

        /** The field from the test, or else from its group; null when neither has it. */
        JsonNode field(String name) {
            JsonNode value = test.get(name);
            return value != null ? value : group.get(name);
        }

        JsonNode required(String name) {
            JsonNode value = field(name);
            if (value == null) {
                throw problem(name + " is missing");
            }
            return value;
        }

        boolean has(String name) {
            JsonNode value = field(name);
            return value != null;
        }

        String text(String name) {
            JsonNode value = required(name);
            if (!value.isTextual()) {
                throw problem(name + " is not a string");
            }
            return value.textValue();
        }

        Optional<String> nullableText(String name) {
            JsonNode value = required(name);
            if (value.isNull()) {
                return Optional.empty();
            }
            if (!value.isTextual()) {
                throw problem(name + " is neither a string nor null");
            }
            return Optional.of(value.textValue());
        }

        long integer(String name) {
            JsonNode value = required(name);
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw problem(name + " is not an integer");
            }
            return value.longValue();
        }

        byte[] base64(String name) {
            try {
                return Base64.getDecoder().decode(text(name));
            } catch (IllegalArgumentException e) {
                throw problem(name + " is not standard base64: " + e.getMessage());
            }
        }

        byte[] hex(String name) {
            try {
                return HexFormat.of().parseHex(text(name));
            } catch (IllegalArgumentException e) {
                throw problem(name + " is not hex: " + e.getMessage());
            }
        }

        VectorFormatException problem(String what) {
            return new VectorFormatException(file, "tcId " + tcId + ": " + what);
        }
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
