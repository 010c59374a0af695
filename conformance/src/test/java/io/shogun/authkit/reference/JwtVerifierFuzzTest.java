package io.shogun.authkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.shogun.authkit.spi.JwtVerification;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The reference JWT verifier on arbitrary tokens, checked against oracles written independently of it:
 * {@code javax.crypto.Mac} and the JDK's base64url decoder for the signature, Jackson (duplicate members refused) for
 * the JSON. Whatever the token, the verifier answers with a verification, never an exception, and it never accepts
 * a token whose signature is not the HMAC of its signing input under the key, whose header does not say HS256, or
 * whose payload is not one JSON object. The committed corpus replays in every build; {@code JAZZER_FUZZ=1} searches
 * for new inputs (README, "Fuzzing").
 */
class JwtVerifierFuzzTest {

    private static final InstantSource CLOCK = InstantSource.fixed(Instant.ofEpochSecond(1_767_225_600L));
    private static final byte[] KEY = "shogun-fuzz-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final String SHOGUN_HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
    private static final JsonMapper STRICT_JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    @FuzzTest
    @DictionaryEntries({
            "\"alg\"",
            "\"HS256\"",
            "\"none\"",
            "\"typ\"",
            "\"JWT\"",
            "\"crit\"",
            "\"b64\"",
            "\"kid\"",
            "\"exp\"",
            "\"nbf\"",
            "\"iat\"",
            "\"sub\"",
            "1767225600",
            "1e3",
            "-0",
            "0.5",
            "9223372036854775807",
            "\\u0000",
            "\\ud800",
            "{}",
            "[]",
            "null",
            "true",
            ".",
            "eyJ"})
    void verify_anyToken_acceptsOnlyTokensSignedWithTheKey(FuzzedDataProvider data) {
        HmacProvider provider = data.pickValue(HmacProvider.values());
        byte[] key = data.consumeBoolean() ? KEY : data.consumeBytes(data.consumeInt(0, 64));
        String token = switch (data.consumeInt(0, 3)) {
            case 0 -> data.consumeString(2048);
            case 1 -> signed(key, data.consumeBoolean() ? SHOGUN_HEADER : data.consumeString(256),
                    data.consumeString(1024));
            case 2 -> signed(key, SHOGUN_HEADER, "{\"sub\":\"client\",\"exp\":" + data.consumeLong() + ",\"iat\":"
                    + data.consumeLong() + data.consumeString(64) + "}");
            default -> edited(signed(key, SHOGUN_HEADER, "{\"exp\":1767229200}"), data);
        };

        JwtVerification verification = ReferenceJwtVerifier
                .create(key, CLOCK, Duration.ofSeconds(60), ReferenceJwtVerifier.Limits.DEFAULT, provider)
                .verify(token);

        if (verification.accepted()) {
            String[] segments = token.split("\\.", -1);
            assertThat(segments).as("segments").hasSize(3);
            assertThat(key.length).as("key bytes").isGreaterThanOrEqualTo(32);
            assertThat(segments[2]).doesNotContain("=");
            assertThat(Base64.getUrlDecoder().decode(segments[2])).as("signature")
                    .isEqualTo(hmac(key, segments[0] + "." + segments[1]));
            assertThat(json(segments[0]).path("alg").asText()).as("alg").isEqualTo("HS256");
            JsonNode payload = json(segments[1]);
            Set<String> names = new HashSet<>();
            payload.fieldNames().forEachRemaining(names::add);
            assertThat(((JwtVerification.Accepted) verification).claims().keySet()).isEqualTo(names);
        } else {
            assertThat(((JwtVerification.Rejected) verification).detail()).isNotBlank();
        }
    }

    private static String signed(byte[] key, String header, String payload) {
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(payload.getBytes(StandardCharsets.UTF_8));
        byte[] signature = key.length == 0 ? new byte[32] : hmac(key, signingInput);
        return signingInput + "." + base64Url(signature);
    }

    /** One edit of a valid token: a character replaced, inserted or removed. */
    private static String edited(String token, FuzzedDataProvider data) {
        int at = data.consumeInt(0, token.length() - 1);
        char c = data.consumeChar();
        return switch (data.consumeInt(0, 2)) {
            case 0 -> token.substring(0, at) + c + token.substring(at + 1);
            case 1 -> token.substring(0, at) + c + token.substring(at);
            default -> token.substring(0, at) + token.substring(at + 1);
        };
    }

    /** The segment as one JSON object, read by Jackson; anything else fails the test. */
    private static JsonNode json(String segment) {
        try {
            JsonNode node = STRICT_JSON.readTree(Base64.getUrlDecoder().decode(segment));
            assertThat(node).as("JSON object").isNotNull();
            assertThat(node.isObject()).as("JSON object").isTrue();
            return node;
        } catch (java.io.IOException e) {
            throw new AssertionError("accepted a segment Jackson refuses: " + e.getMessage(), e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] hmac(byte[] key, String signingInput) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
