package io.shogun.authkit.vectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A small, test-only reading of a compact JWS, written from RFC 7515/7519 and independent of the generator: strict
 * base64url, strict UTF-8, strict JSON objects, and the MAC recomputed with BouncyCastle. The cross-check uses it
 * to confirm that each JWT vector's declared result and error follow from the token itself.
 */
final class StrictJws {

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]*");
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** The decoded header and payload of a token that passes every structural rule. */
    record Parts(JsonNode header, JsonNode payload) {
    }

    private StrictJws() {
    }

    /** The parsed token, or empty if any structural rule (segments, base64url, UTF-8, JSON object, duplicates) fails. */
    static Optional<Parts> parse(String token) {
        String[] segments = token.split("\\.", -1);
        if (segments.length != 3) {
            return Optional.empty();
        }
        for (String segment : segments) {
            if (!isStrictBase64Url(segment)) {
                return Optional.empty();
            }
        }
        Optional<JsonNode> header = strictObject(decode(segments[0]));
        Optional<JsonNode> payload = strictObject(decode(segments[1]));
        if (header.isEmpty() || payload.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Parts(header.get(), payload.get()));
    }

    /** Whether the third segment is HMAC-SHA256 of the first two under {@code key}; lenient about the encoding. */
    static boolean macMatches(String token, byte[] key) {
        String[] segments = token.split("\\.", -1);
        if (segments.length != 3) {
            return false;
        }
        byte[] mac;
        try {
            mac = Base64.getUrlDecoder().decode(segments[2].replace('+', '-').replace('/', '_'));
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] input = (segments[0] + "." + segments[1]).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(IndependentHmac.hmacSha256(key, input), mac);
    }

    /** The header decoded as leniently as possible (for reading alg and crit of malformed tokens). */
    static Optional<JsonNode> lenientHeader(String token) {
        return lenientSegment(token, 0);
    }

    static Optional<JsonNode> lenientPayload(String token) {
        return lenientSegment(token, 1);
    }

    /** Whether the header or the payload repeats a member name (strict parsing fails, lenient parsing does not). */
    static boolean hasDuplicateMember(String token) {
        String[] segments = token.split("\\.", -1);
        for (int i = 0; i < 2 && i < segments.length; i++) {
            byte[] bytes = decode(segments[i]);
            try {
                STRICT.readTree(bytes);
            } catch (JsonProcessingException e) {
                if (e.getOriginalMessage().contains("Duplicate field")) {
                    return true;
                }
            } catch (java.io.IOException e) {
                return false;
            }
        }
        return false;
    }

    static Optional<BigDecimal> numericDate(JsonNode claims, String name) {
        JsonNode value = claims.get(name);
        return value != null && value.isNumber() ? Optional.of(value.decimalValue()) : Optional.empty();
    }

    static boolean isStrictBase64Url(String segment) {
        if (!BASE64URL.matcher(segment).matches() || segment.length() % 4 == 1) {
            return false;
        }
        byte[] bytes = Base64.getUrlDecoder().decode(segment);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(segment);
    }

    private static Optional<JsonNode> lenientSegment(String token, int index) {
        String[] segments = token.trim().split("\\.", -1);
        if (segments.length <= index) {
            return Optional.empty();
        }
        try {
            String segment = segments[index].replaceAll("^Bearer ", "").replace("=", "");
            return Optional.of(LENIENT.readTree(decode(segment)));
        } catch (java.io.IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] decode(String segment) {
        return Base64.getUrlDecoder().decode(segment.replace('+', '-').replace('/', '_').replace("=", ""));
    }

    private static Optional<JsonNode> strictObject(byte[] bytes) {
        try {
            // Decode to text first: handed bytes, Jackson would detect UTF-16 and accept what is not UTF-8 JSON.
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\ufeff")) {
                return Optional.empty();
            }
            JsonNode node = STRICT.readTree(text);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
