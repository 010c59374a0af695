package io.shogun.authkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one test (its fields merged over its group's) into a typed case. The strict mappers read the kit's own set
 * and refuse anything the schema refuses; the lenient ones read files written by others in the same format, and let
 * pass what does not change a case's meaning (an error code outside the kit's list, a valid JWT case without
 * claims, a missing {@code leewaySeconds}, meaning zero, a missing {@code signatureHeader}, meaning no header).
 */
final class CaseMappers {

    static final CaseMappers STRICT = new CaseMappers(true);
    static final CaseMappers LENIENT = new CaseMappers(false);

    private final boolean strict;

    private CaseMappers(boolean strict) {
        this.strict = strict;
    }

    WebhookVector webhook(VectorReader.Case test) {
        if (test.text("secret").isEmpty()) {
            throw test.problem("secret is empty; a webhook secret has at least one character");
        }
        return new WebhookVector(test.tcId, test.comment(), test.flags(), test.result(), test.text("secret"),
                test.base64("body"), strict || test.has("signatureHeader") ? test.nullableText("signatureHeader")
                        : Optional.empty(), httpSendable(test));
    }

    private static boolean httpSendable(VectorReader.Case test) {
        if (!test.has("httpSendable")) {
            return true;
        }
        JsonNode value = test.required("httpSendable");
        if (!value.isBoolean()) {
            throw test.problem("httpSendable is not true or false");
        }
        return value.booleanValue();
    }

    HmacVector hmac(VectorReader.Case test) {
        long tagSize = test.integer("tagSize");
        byte[] tag = test.hex("tag");
        if (test.result() == Expectation.VALID && tag.length * 8L != tagSize) {
            throw test.problem("a valid tag has " + tag.length * 8 + " bits, tagSize says " + tagSize);
        }
        return new HmacVector(test.tcId, test.comment(), test.flags(), test.result(), test.hex("key"),
                test.hex("msg"), tag, (int) tagSize);
    }

    JwtVector jwt(VectorReader.Case test) {
        JsonNode key = test.required("key");
        if (!"oct".equals(key.path("kty").asText()) || !key.path("k").isTextual()) {
            throw test.problem("key is not a JWK with kty oct and k");
        }
        byte[] keyBytes;
        try {
            keyBytes = Base64.getUrlDecoder().decode(key.get("k").textValue());
        } catch (IllegalArgumentException e) {
            throw test.problem("key.k is not base64url: " + e.getMessage());
        }
        Expectation result = test.result();
        Optional<Map<String, Object>> claims = Optional.empty();
        if (test.has("claims")) {
            JsonNode node = test.required("claims");
            if (!node.isObject()) {
                throw test.problem("claims is not an object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) JsonValues.toJava(node);
            claims = Optional.of(map);
        }
        Optional<JwtError> error = test.has("error") ? errorCode(test) : Optional.empty();
        if (strict) {
            if (result == Expectation.VALID && (claims.isEmpty() || error.isPresent())) {
                throw test.problem("a valid case needs claims and no error");
            }
            if (result == Expectation.INVALID && (error.isEmpty() || claims.isPresent())) {
                throw test.problem("an invalid case needs an error and no claims");
            }
            if (result == Expectation.ACCEPTABLE && error.isEmpty()) {
                throw test.problem("an acceptable case needs the error a rejecting verifier reports");
            }
        }
        long leeway = strict || test.has("leewaySeconds") ? test.integer("leewaySeconds") : 0;
        if (leeway < 0) {
            throw test.problem("leewaySeconds is negative");
        }
        long now = test.integer("now");
        if (now < java.time.Instant.MIN.getEpochSecond() || now > java.time.Instant.MAX.getEpochSecond()) {
            throw test.problem("now is outside the range of dates a clock can show");
        }
        return new JwtVector(test.tcId, test.comment(), test.flags(), result, keyBytes, now, leeway,
                test.text("token"), claims, error);
    }

    ApiExchange exchange(VectorReader.Case test) {
        JsonNode request = test.required("request");
        JsonNode response = test.required("response");
        Map<String, String> variables = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = test.required("variables").properties().iterator();
        entries.forEachRemaining(entry -> variables.put(entry.getKey(), entry.getValue().asText()));
        return new ApiExchange(test.tcId, test.comment(), test.flags(), test.result(), test.text("exchange"),
                Provenance.fromJson(test.text("provenance")), test.text("quote"),
                new ApiExchange.Request(textField(test, request, "method"), textField(test, request, "path"),
                        headers(test, request), body(request)),
                new ApiExchange.Response(response.path("status").asInt(), headers(test, response), body(response)),
                variables);
    }

    private Optional<JwtError> errorCode(VectorReader.Case test) {
        try {
            return Optional.of(JwtError.fromCode(test.text("error")));
        } catch (IllegalArgumentException e) {
            if (strict) {
                throw e;
            }
            return Optional.empty();
        }
    }

    private static String textField(VectorReader.Case test, JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual()) {
            throw test.problem("request." + name + " is missing or not a string");
        }
        return value.textValue();
    }

    private static Map<String, String> headers(VectorReader.Case test, JsonNode message) {
        JsonNode headers = message.get("headers");
        if (headers == null || !headers.isObject()) {
            throw test.problem("headers is missing or not an object");
        }
        Map<String, String> result = new LinkedHashMap<>();
        headers.properties().forEach(entry -> result.put(entry.getKey(), entry.getValue().asText()));
        return result;
    }

    private static Optional<String> body(JsonNode message) {
        JsonNode body = message.get("body");
        return body == null || body.isNull() ? Optional.empty() : Optional.of(JsonValues.compact(body));
    }
}
