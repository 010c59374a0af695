package io.shogun.authkit.reference;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonFactory;
import io.shogun.authkit.spi.JwtVerification;
import io.shogun.authkit.vectors.JsonValues;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads a JOSE header or JWT payload as RFC 7515/7519 and RFC 8259 demand: strict UTF-8 (decoded before parsing,
 * so nothing guesses UTF-16), one JSON object and nothing after it, no duplicate member names, no byte order mark,
 * no comments, NaN or leading zeros. Nesting and sizes are bounded, so no input can exhaust the stack.
 */
final class StrictJson {

    /** Deeper than any real header or claims set, far below what could threaten the stack. */
    static final int MAX_NESTING_DEPTH = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxNumberLength(1000)
                            .build())
                    .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private StrictJson() {
    }

    /** The outcome of reading one segment: the object, or the reason it is refused. */
    record Result(Map<String, Object> object, JwtVerification.Reason problem, String detail) {
        static Result refused(JwtVerification.Reason problem, String detail) {
            return new Result(null, problem, detail);
        }

        boolean ok() {
            return object != null;
        }
    }

    static Result parseObject(byte[] utf8, String what) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8))
                    .toString();
        } catch (CharacterCodingException e) {
            return Result.refused(JwtVerification.Reason.MALFORMED, what + " is not valid UTF-8");
        }
        if (text.startsWith("\ufeff")) {
            return Result.refused(JwtVerification.Reason.MALFORMED, what + " starts with a byte order mark");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (StreamConstraintsException e) {
            return Result.refused(JwtVerification.Reason.LIMIT_EXCEEDED, what + " exceeds a size or nesting limit");
        } catch (NumberFormatException | ArithmeticException e) {
            return Result.refused(JwtVerification.Reason.LIMIT_EXCEEDED, what + " holds a number out of range");
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Duplicate field")) {
                return Result.refused(JwtVerification.Reason.DUPLICATE_MEMBER, what + " repeats a member name");
            }
            return Result.refused(JwtVerification.Reason.MALFORMED, what + " is not JSON");
        }
        if (node == null || !node.isObject()) {
            return Result.refused(JwtVerification.Reason.MALFORMED, what + " is not a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) toJava(node);
        return new Result(object, null, null);
    }

    /** JSON as plain Java values (the vectors' conversion); recursion is bounded by {@link #MAX_NESTING_DEPTH}. */
    private static Object toJava(JsonNode node) {
        return JsonValues.toJava(node);
    }
}
