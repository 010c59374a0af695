package io.shogun.authkit.vectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Strict JSON reading for vector files, and the conversion of JSON trees to plain Java values. */
public final class JsonValues {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private JsonValues() {
    }

    /** Parses {@code bytes}; a syntax error names the file and the line. */
    static JsonNode parse(String file, byte[] bytes) {
        try {
            return STRICT.readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw new VectorFormatException(file, "a number, string or nesting exceeds what the reader accepts ("
                    + e.getOriginalMessage().replaceAll(" \\(.*", "") + ")");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
            throw new VectorFormatException(file, "not valid JSON: " + where + e.getOriginalMessage()
                    .replaceAll("\\s*\\n?\\s*at \\[Source: .*", "").replaceAll("\\s+", " ").trim());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new VectorFormatException(file, "holds a number out of range");
        } catch (IOException e) {
            throw new VectorFormatException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Compact JSON text of a value. */
    static String compact(JsonNode node) {
        try {
            return STRICT.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree always serializes", e);
        }
    }

    /**
     * A JSON value as plain Java: objects become unmodifiable insertion-ordered maps, arrays unmodifiable lists,
     * integers {@code Long} or {@code BigInteger}, other numbers {@code BigDecimal}, null {@code null}.
     */
    public static Object toJava(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                map.put(field.getKey(), toJava(field.getValue()));
            }
            return Collections.unmodifiableMap(map);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(element -> list.add(toJava(element)));
            return Collections.unmodifiableList(list);
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return null;
    }
}
