package io.shogun.authkit.adapters;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.shogun.authkit.spi.ClientResponse;
import io.shogun.authkit.spi.JwtVerification;
import io.shogun.authkit.spi.TokenClient.TokenInfo;
import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.vectors.JsonValues;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads what a program writes on the line protocol ({@code conformance/PROTOCOL.md}): its output cut into lines, a
 * line read as one JSON object, and an object read as the answer to a request. Every way an answer can be wrong is a
 * {@link TargetFailure} that says what was expected; no other exception leaves this class, whatever the program
 * wrote.
 */
final class ProtocolReader {

    /** Strict: one JSON object per line, nothing after it, no member twice (an answer must not be ambiguous). */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    private ProtocolReader() {
    }

    /**
     * Hands each newline-terminated line of {@code output} to {@code onLine}, without its newline, until the output
     * ends. A line longer than {@code maxLine} characters is cut to its first {@code maxLine}; what follows the last
     * newline is not a line.
     */
    static void lines(Reader output, int maxLine, Consumer<String> onLine) throws IOException {
        StringBuilder line = new StringBuilder();
        char[] buffer = new char[8192];
        for (int read = output.read(buffer); read >= 0; read = output.read(buffer)) {
            for (int i = 0; i < read; i++) {
                char c = buffer[i];
                if (c == '\n') {
                    onLine.accept(line.toString());
                    line.setLength(0);
                } else if (line.length() < maxLine) {
                    line.append(c);
                }
            }
        }
    }

    /** The line as a JSON object, or null when it is anything else (not JSON, another value, trailing text). */
    static JsonNode object(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() ? node : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Checks a hello: a text {@code id}, a text {@code version} and a {@code capabilities} array. */
    static JsonNode hello(JsonNode hello) {
        if (!hello.path("id").isTextual() || hello.get("id").asText().isBlank()
                || !hello.path("version").isTextual() || !hello.path("capabilities").isArray()) {
            throw new TargetFailure("the hello needs a text 'id', a text 'version' and a "
                    + "'capabilities' array (PROTOCOL.md, Handshake); it was " + shorten(hello.toString()));
        }
        return hello;
    }

    /** A {@code webhook.verify} answer: accepted, or rejected as a signature mismatch. */
    static WebhookDecision webhookDecision(JsonNode answer) {
        return accepted(answer) ? WebhookDecision.ACCEPTED : WebhookDecision.SIGNATURE_MISMATCH;
    }

    /** A {@code jwt.verify} answer: the claims of an accepted token, or the vectors' error code of a rejected one. */
    static JwtVerification jwtVerification(JsonNode answer) {
        if (accepted(answer)) {
            JsonNode claims = answer.path("claims");
            if (!claims.isObject()) {
                throw new TargetFailure("an accepting answer needs a 'claims' object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) JsonValues.toJava(claims);
            return JwtVerification.accepted(map);
        }
        return JwtVerification.rejected(reason(answer.path("error").asText("")),
                answer.path("detail").asText("rejected"));
    }

    /** A client answer's {@code outcome}, {@code httpStatus} and {@code body}. */
    static ClientResponse clientResponse(JsonNode answer) {
        ClientResponse.Outcome outcome = null;
        for (ClientResponse.Outcome known : ClientResponse.Outcome.values()) {
            if (known.name().equals(answer.path("outcome").asText())) {
                outcome = known;
            }
        }
        JsonNode status = answer.path("httpStatus");
        if (outcome == null || !status.canConvertToInt() || !status.isIntegralNumber()
                || status.intValue() < 0 || status.intValue() > 999) {
            throw new TargetFailure("a client answer needs an 'outcome' (ANSWERED, "
                    + "INVALID_CREDENTIALS, LOCKED_OUT or UNAVAILABLE) and an integer 'httpStatus' from 0 to 999 "
                    + "(fields: " + fieldNames(answer) + ")");
        }
        return new ClientResponse(outcome, status.intValue(), answer.path("body").asText(""));
    }

    /** A {@code client.validate} answer's {@code tokenInfo}: empty when it is null or absent. */
    static Optional<TokenInfo> tokenInfo(JsonNode answer) {
        JsonNode info = answer.path("tokenInfo");
        if (info.isNull() || info.isMissingNode()) {
            return Optional.empty();
        }
        if (!epochSecond(info.path("issuedAt")) || !epochSecond(info.path("expiresAt"))
                || !info.path("authorities").isArray()) {
            throw new TargetFailure("'tokenInfo' needs 'issuedAt' and 'expiresAt' in "
                    + "seconds since the epoch and an 'authorities' array (PROTOCOL.md, client.validate)");
        }
        List<String> authorities = new ArrayList<>();
        info.get("authorities").forEach(authority -> authorities.add(authority.asText()));
        return Optional.of(new TokenInfo(info.path("username").asText(""), info.path("clientId").asText(""),
                authorities, Instant.ofEpochSecond(info.get("issuedAt").longValue()),
                Instant.ofEpochSecond(info.get("expiresAt").longValue())));
    }

    /** The answer's {@code accepted}; an answer without a boolean one fails the case. */
    private static boolean accepted(JsonNode answer) {
        if (!answer.path("accepted").isBoolean()) {
            throw new TargetFailure("the answer has no boolean 'accepted' (fields: " + fieldNames(answer) + ")");
        }
        return answer.get("accepted").asBoolean();
    }

    private static JwtVerification.Reason reason(String code) {
        for (JwtVerification.Reason reason : JwtVerification.Reason.values()) {
            if (reason.code().equals(code)) {
                return reason;
            }
        }
        throw new TargetFailure("a rejecting answer needs an 'error' that is one of the vectors' "
                + "error codes, not '" + shorten(code) + "'");
    }

    /** An integer that {@link Instant} can hold as seconds since the epoch. */
    private static boolean epochSecond(JsonNode value) {
        return value.isIntegralNumber() && value.canConvertToLong()
                && value.longValue() >= Instant.MIN.getEpochSecond() && value.longValue() <= Instant.MAX.getEpochSecond();
    }

    private static String fieldNames(JsonNode answer) {
        return shorten(String.join(", ", (Iterable<String>) answer::fieldNames));
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }
}
