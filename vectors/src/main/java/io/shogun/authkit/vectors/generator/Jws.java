package io.shogun.authkit.vectors.generator;

import static io.shogun.authkit.vectors.generator.Bytes.base64Url;
import static io.shogun.authkit.vectors.generator.Bytes.utf8;

import java.nio.charset.StandardCharsets;

/** Builds compact JWS strings from exact header and payload text, so every byte of a test token is deliberate. */
final class Jws {

    private Jws() {
    }

    /** {@code base64url(header).base64url(payload).base64url(HMAC-SHA256(key, signingInput))}. */
    static String hs256(String headerJson, String payloadJson, byte[] key) {
        return signSegments(base64Url(headerJson), base64Url(payloadJson), "HmacSHA256", key);
    }

    /** Signs already-encoded segments exactly as given (they may be deliberately non-canonical). */
    static String signSegments(String headerSegment, String payloadSegment, String macAlgorithm, byte[] key) {
        String signingInput = headerSegment + "." + payloadSegment;
        return signingInput + "." + base64Url(mac(macAlgorithm, key, signingInput));
    }

    static byte[] mac(String macAlgorithm, byte[] key, String signingInput) {
        return Macs.hmac(macAlgorithm, key, signingInput.getBytes(StandardCharsets.US_ASCII));
    }

    /** The three segments of a compact JWS. */
    static String[] split(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not three segments");
        }
        return parts;
    }

    /** The token with its signature segment replaced by the encoding of {@code signature}. */
    static String withSignature(String token, byte[] signature) {
        String[] parts = split(token);
        return parts[0] + "." + parts[1] + "." + base64Url(signature);
    }

    static byte[] signature(String token) {
        return java.util.Base64.getUrlDecoder().decode(split(token)[2]);
    }

    static String segment(String json) {
        return base64Url(utf8(json));
    }
}
