package io.shogun.authkit.vectors.generator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shogun.authkit.vectors.Expectation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds one Wycheproof-style vector file: the file-level fields, the notes that explain every flag, and test groups
 * whose tests are numbered in file order. Refuses to produce a file that uses a flag it does not explain.
 */
final class VectorDocument {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String algorithm;
    private final String schema;
    private final List<String> header;
    private final Map<String, ObjectNode> notes = new LinkedHashMap<>();
    private final List<Group> groups = new ArrayList<>();
    private int nextTcId = 1;

    VectorDocument(String algorithm, String schema, List<String> header) {
        this.algorithm = algorithm;
        this.schema = schema;
        this.header = List.copyOf(header);
    }

    VectorDocument note(String flag, String bugType, String description) {
        ObjectNode note = JSON.objectNode();
        note.put("bugType", bugType);
        note.put("description", description);
        if (notes.put(flag, note) != null) {
            throw new IllegalStateException("flag explained twice: " + flag);
        }
        return this;
    }

    Group group(String type) {
        Group group = new Group(type);
        groups.add(group);
        return group;
    }

    int numberOfTests() {
        return nextTcId - 1;
    }

    ObjectNode toJson() {
        Set<String> used = new LinkedHashSet<>();
        ObjectNode root = JSON.objectNode();
        root.put("algorithm", algorithm);
        root.put("schema", schema);
        root.put("generatorVersion", VectorGenerator.VERSION);
        root.put("numberOfTests", numberOfTests());
        ArrayNode headerLines = root.putArray("header");
        header.forEach(headerLines::add);
        ObjectNode notesNode = root.putObject("notes");
        ArrayNode groupNodes = root.putArray("testGroups");
        for (Group group : groups) {
            groupNodes.add(group.node);
            for (var test : group.tests) {
                test.get("flags").forEach(flag -> used.add(flag.asText()));
            }
        }
        for (String flag : used) {
            if (!notes.containsKey(flag)) {
                throw new IllegalStateException(algorithm + ": flag without a note: " + flag);
            }
        }
        for (Map.Entry<String, ObjectNode> note : notes.entrySet()) {
            if (!used.contains(note.getKey())) {
                throw new IllegalStateException(algorithm + ": note for an unused flag: " + note.getKey());
            }
            notesNode.set(note.getKey(), note.getValue());
        }
        return root;
    }

    /** A test group: fields shared by its tests, then the tests. */
    final class Group {
        private final ObjectNode node = JSON.objectNode();
        private final ArrayNode testsNode;
        private final List<ObjectNode> tests = new ArrayList<>();

        private Group(String type) {
            node.put("type", type);
            testsNode = JSON.arrayNode();
        }

        /** The group's shared fields; set them before adding tests. */
        ObjectNode fields() {
            return node;
        }

        /** Adds a test with the common fields set; the caller adds the set-specific ones. */
        ObjectNode test(String comment, Expectation result, String... flags) {
            if (!node.has("tests")) {
                node.set("tests", testsNode);
            }
            ObjectNode test = JSON.objectNode();
            test.put("tcId", nextTcId++);
            test.put("comment", comment);
            ArrayNode flagNodes = test.putArray("flags");
            for (String flag : flags) {
                flagNodes.add(flag);
            }
            test.put("result", result.jsonName());
            testsNode.add(test);
            tests.add(test);
            return test;
        }
    }
}
