package io.shogun.authkit.vectors.generator;

import static io.shogun.authkit.vectors.Expectation.ACCEPTABLE;
import static io.shogun.authkit.vectors.Expectation.INVALID;
import static io.shogun.authkit.vectors.Expectation.VALID;
import static io.shogun.authkit.vectors.generator.Bytes.base64Url;
import static io.shogun.authkit.vectors.generator.Bytes.utf8;
import static io.shogun.authkit.vectors.generator.Jws.hs256;
import static io.shogun.authkit.vectors.generator.Jws.segment;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shogun.authkit.vectors.JwtError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The HS256 JWT vectors. A conforming verifier holds one HMAC key, pins {@code alg} to {@code HS256}, reads time
 * from the case's {@code now}, allows exactly {@code leewaySeconds} of skew, and follows RFC 7515, 7518 and 7519
 * strictly: three strict base64url segments, UTF-8 JSON objects without duplicate members, no unknown {@code crit}
 * extension, keys of at least 256 bits, {@code now < exp + leeway}, {@code now >= nbf - leeway}.
 *
 * <p>Every invalid case but the bad-signature ones carries a correct MAC over its exact signing input, so the named
 * flaw is the only reason to reject it.
 */
final class JwtVectors {

    static final String FILE = "jwt_hs256_test.json";

    static final byte[] KEY = Bytes.deterministic("shogun-auth-kit/jwt/hs256-key", 32);
    static final byte[] ATTACKER_KEY = Bytes.deterministic("shogun-auth-kit/jwt/attacker-key", 32);

    /** 2024-01-15T10:30:00Z, the {@code issued_at} of the spec's validate_token example. */
    static final long IAT = 1_705_314_600L;
    static final long EXP = IAT + 3600;
    static final long NOW = IAT + 600;

    static final String HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
    static final String IDENTITY = "\"username\":\"your-username\",\"client_id\":\"your-client-id\","
            + "\"authorities\":[\"TRANSACTION_READ\",\"TRANSACTION_WRITE\"]";
    static final String PAYLOAD = payload(IAT, EXP);

    private static final ObjectMapper STRICT_JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private JwtVectors() {
    }

    static String payload(long iat, long exp) {
        return "{" + IDENTITY + ",\"iat\":" + iat + ",\"exp\":" + exp + "}";
    }

    static String payloadWith(String timeMembers) {
        return "{" + IDENTITY + "," + timeMembers + "}";
    }

    static ObjectNode build() {
        VectorDocument doc = new VectorDocument("HS256-JWT", "jwt_hs256_schema.json", List.of(
                "HS256 JSON Web Tokens as a Shogun API verifies them. A verifier holding `key` (a JWK of kty oct),",
                "whose clock reads `now` (epoch seconds) and which allows `leewaySeconds` of skew, is given `token`.",
                "valid: accept and return `claims`; invalid: reject (`error` names the flaw); acceptable: either.",
                "Invalid cases other than signature ones carry a correct MAC, so the named flaw is the only one."));
        notes(doc);
        integrationTokens(doc);
        expiry(doc);
        algorithms(doc);
        headerParameters(doc);
        signatures(doc);
        encoding(doc);
        json(doc);
        claimTypes(doc);
        limits(doc);
        keys(doc);
        rfc7515(doc);
        return doc.toJson();
    }

    private static void notes(VectorDocument doc) {
        doc.note("ShogunToken", "FUNCTIONALITY",
                "A token shaped like Shogun's integration tokens (username, client_id, authorities, iat, exp = iat + "
                        + "3600); rejecting it breaks every API call.")
           .note("Ktv", "FUNCTIONALITY", "A published example (RFC 7515 appendix A.1).")
           .note("ExpiryBoundary", "EXPIRY",
                "RFC 7519 4.1.4: the token is valid only while now < exp (+ leeway). At now == exp it has expired.")
           .note("NotBefore", "EXPIRY", "RFC 7519 4.1.5: valid only when now >= nbf (- leeway).")
           .note("IssuedInFuture", "EXPIRY",
                "iat after now. RFC 7519 4.1.6 makes iat informational, so rejecting beyond the leeway is allowed, "
                        + "not required.")
           .note("Leeway", "EXPIRY", "The verifier allows exactly leewaySeconds of clock skew, no more.")
           .note("AlgNone", "AUTH_BYPASS",
                "alg none in some spelling: accepting it accepts tokens without any MAC (RFC 8725 3.1).")
           .note("AlgConfusion", "ALG_CONFUSION",
                "A header alg other than HS256 (RS256, ES256, HS384, lower case, ...). The verifier pins HS256; "
                        + "honouring the header's alg lets an attacker choose the check (RFC 8725 2.1, 3.1).")
           .note("AlgEscaped", "ALG_CONFUSION",
                "alg written with JSON \\u escapes: compare the decoded string, never the raw bytes.")
           .note("MissingAlg", "ALG_CONFUSION", "alg is absent or not a string; RFC 7515 4.1.1 requires it.")
           .note("UnknownCrit", "CRIT",
                "crit names an extension the verifier does not understand: RFC 7515 4.1.11 says the JWS is then "
                        + "invalid.")
           .note("CritMisuse", "CRIT",
                "crit is empty, not an array, or names a standard parameter: producers must not do this, "
                        + "recipients MAY reject (RFC 7515 4.1.11).")
           .note("HeaderInjection", "AUTH_BYPASS",
                "kid, jwk or jku point at a key the attacker controls, and the token is signed with it. The verifier "
                        + "must use only its configured key.")
           .note("IgnoredHeader", "FUNCTIONALITY",
                "Header parameters a verifier does not use must be ignored unless listed in crit (RFC 7515 4).")
           .note("ModifiedSignature", "AUTH_BYPASS", "The MAC has a flipped bit.")
           .note("TruncatedSignature", "AUTH_BYPASS",
                "The MAC is shorter than 32 bytes or empty; comparing only the bytes present accepts it.")
           .note("PaddedSignature", "AUTH_BYPASS", "The MAC has extra bytes after the correct 32.")
           .note("WrongKey", "AUTH_BYPASS",
                "The MAC was computed with other key bytes (the JWK's base64url text, its hex, another key).")
           .note("WrongSigningInput", "AUTH_BYPASS",
                "The MAC covers something other than ASCII(base64url(header) '.' base64url(payload)).")
           .note("Base64Padding", "ENCODING",
                "A segment ends in '='. RFC 7515 2: base64url with all trailing '=' omitted.")
           .note("Base64Alphabet", "ENCODING", "A segment uses '+' or '/' from the standard base64 alphabet.")
           .note("NonCanonicalBase64", "ENCODING",
                "The final character of a segment has non-zero unused bits. RFC 4648 3.5 lets decoders reject this; "
                        + "the kit's strict profile does. On the MAC segment it makes the token malleable (two strings, "
                        + "one MAC); on the others it shows a decoder that ignores bits.")
           .note("BadBase64", "ENCODING", "A segment has a character outside base64url or an impossible length.")
           .note("SegmentCount", "MALFORMED",
                "Not exactly three segments (a JWE has five); RFC 7515 7.1 compact serialization has three.")
           .note("EmptySegment", "MALFORMED", "A segment is empty: the empty string is not a JSON object or a MAC.")
           .note("Whitespace", "MALFORMED",
                "Whitespace, quotes or a leftover 'Bearer ' around or inside the token; the compact form has none.")
           .note("NotAnObject", "MALFORMED", "The header or payload is JSON but not an object (RFC 7519 7.2).")
           .note("InvalidJson", "MALFORMED",
                "The header or payload is not JSON per RFC 8259 (trailing data, comments, NaN, leading zeros).")
           .note("InvalidUtf8", "MALFORMED", "The header or payload is not valid UTF-8 (RFC 7515 5.2).")
           .note("ByteOrderMark", "MALFORMED",
                "The header or payload starts with a UTF-8 BOM: RFC 8259 8.1 forbids adding one and lets parsers "
                        + "ignore it.")
           .note("DuplicateMember", "PARSER_DIFFERENTIAL",
                "A member name occurs twice in the header or payload. RFC 7515 4 and RFC 7519 4 require unique names "
                        + "and let a parser reject or keep the last; two parsers that disagree see different tokens. "
                        + "The kit's verifiers take the strict branch: reject.")
           .note("ClaimType", "INVALID_CLAIM",
                "exp or nbf is not a JSON number (RFC 7519 2, NumericDate). Treating it as absent makes the token "
                        + "immortal.")
           .note("IatType", "INVALID_CLAIM",
                "iat is not a number. A verifier that does not read iat may accept; one that does must reject.")
           .note("NumericDateForm", "FUNCTIONALITY",
                "NumericDate allows non-integer values and any JSON number syntax (RFC 7519 2); truncating to whole "
                        + "seconds or refusing the form is wrong.")
           .note("LargeNumericDate", "INTEGER_OVERFLOW",
                "exp or nbf at or beyond the 64-bit range. Converting to milliseconds or to a 64-bit integer must "
                        + "not wrap: a far-future exp stays valid, a far-future nbf stays not yet valid, a far-past exp "
                        + "stays expired. A value beyond 64 bits may instead be refused as out of range.")
           .note("MissingExp", "EXPIRY",
                "No exp: RFC 7519 makes it optional, Shogun always sends it; a verifier may insist on it.")
           .note("Unicode", "FUNCTIONALITY", "Claims with non-ASCII text, raw or as \\u escapes, decode to equal values.")
           .note("DeepNesting", "RESOURCE",
                "A claim nested 10 000 levels deep. The verifier must answer (accept or reject with a limit) without "
                        + "a stack overflow.")
           .note("Oversized", "RESOURCE",
                "A token of about 1 MiB. The verifier may refuse it by size before any work, and must not crash.")
           .note("ShortKey", "WEAK_KEY",
                "The key is shorter than 256 bits. RFC 7518 3.2: a key of at least the hash size MUST be used with "
                        + "HS256.")
           .note("LongKey", "FUNCTIONALITY", "A key longer than 256 bits, or longer than the 64-byte block.");
    }

    private static VectorDocument.Group group(VectorDocument doc, String comment, byte[] key) {
        VectorDocument.Group group = doc.group("JwtHs256Test");
        group.fields().put("comment", comment);
        group.fields().set("key", jwk(key));
        group.fields().put("now", NOW);
        group.fields().put("leewaySeconds", 0);
        return group;
    }

    private static ObjectNode jwk(byte[] key) {
        ObjectNode jwk = VectorDocument.JSON.objectNode();
        jwk.put("kty", "oct");
        jwk.put("k", base64Url(key));
        return jwk;
    }

    private static void integrationTokens(VectorDocument doc) {
        VectorDocument.Group group = group(doc, "Shogun integration tokens signed with the client's key", KEY);
        valid(group, "Shogun integration token ten minutes after issue", hs256(HEADER, PAYLOAD, KEY), PAYLOAD,
                "ShogunToken");
        valid(group, "Shogun integration token in its first second", IAT, 0, hs256(HEADER, PAYLOAD, KEY), PAYLOAD,
                "ShogunToken");
        valid(group, "header without typ", hs256("{\"alg\":\"HS256\"}", PAYLOAD, KEY), PAYLOAD, "IgnoredHeader");
        valid(group, "header members in the other order", hs256("{\"typ\":\"JWT\",\"alg\":\"HS256\"}", PAYLOAD, KEY),
                PAYLOAD, "IgnoredHeader");
        valid(group, "header with insignificant JSON whitespace",
                hs256("{ \"alg\" : \"HS256\",\r\n \"typ\" : \"JWT\" }", PAYLOAD, KEY), PAYLOAD, "IgnoredHeader");
        valid(group, "header typ in lower case", hs256("{\"alg\":\"HS256\",\"typ\":\"jwt\"}", PAYLOAD, KEY), PAYLOAD,
                "IgnoredHeader");
        valid(group, "header with a kid the verifier does not use",
                hs256("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"shogun-2024-01\"}", PAYLOAD, KEY), PAYLOAD,
                "IgnoredHeader");
        valid(group, "header with an unknown parameter not listed in crit",
                hs256("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"x-shogun-region\":\"eu-west\"}", PAYLOAD, KEY), PAYLOAD,
                "IgnoredHeader");
        String unicode = "{\"username\":\"ad\u00e9b\u00e1y\u1ecd\u0300\",\"client_id\":\"your-client-id\","
                + "\"authorities\":[\"TRANSACTION_READ\"],\"business\":\"\u20a6 Naira & \ud83c\udf72 Ventures\","
                + "\"iat\":" + IAT + ",\"exp\":" + EXP + "}";
        valid(group, "claims with raw UTF-8 text", hs256(HEADER, unicode, KEY), unicode, "Unicode");
        String escaped = unicode.replace("ad\u00e9b\u00e1y\u1ecd\u0300", "ad\\u00e9b\\u00e1y\\u1ecd\\u0300")
                .replace("\u20a6", "\\u20a6").replace("\ud83c\udf72", "\\ud83c\\udf72");
        valid(group, "claims with \\u escapes", hs256(HEADER, escaped, KEY), escaped, "Unicode");
        String nested = payloadWith("\"iat\":" + IAT + ",\"exp\":" + EXP
                + ",\"scope\":{\"accounts\":[\"0123456789\",\"9876543210\"],\"limits\":{\"daily\":5000000,"
                + "\"currency\":\"NGN\"},\"sandbox\":false,\"note\":null}");
        valid(group, "claims with nested objects, arrays, false and null", hs256(HEADER, nested, KEY), nested,
                "ShogunToken");
        String noAuthorities = "{\"username\":\"your-username\",\"client_id\":\"your-client-id\",\"authorities\":[],"
                + "\"iat\":" + IAT + ",\"exp\":" + EXP + "}";
        valid(group, "empty authorities", hs256(HEADER, noAuthorities, KEY), noAuthorities, "ShogunToken");
        String noIat = payloadWith("\"exp\":" + EXP);
        valid(group, "no iat claim (optional)", hs256(HEADER, noIat, KEY), noIat, "ShogunToken");
        String manyAuthorities = payloadWith("\"iat\":" + IAT + ",\"exp\":" + EXP + ",\"permissions\":"
                + permissions(120));
        valid(group, "a 4 KiB token with 120 permissions", hs256(HEADER, manyAuthorities, KEY), manyAuthorities,
                "ShogunToken");
    }

    private static void expiry(VectorDocument doc) {
        VectorDocument.Group group = group(doc, "Expiry, not-before and issued-at on an explicit clock", KEY);
        String token = hs256(HEADER, PAYLOAD, KEY);
        valid(group, "one second before exp", EXP - 1, 0, token, PAYLOAD, "ExpiryBoundary");
        invalid(group, "exactly at exp", EXP, 0, token, JwtError.EXPIRED, "ExpiryBoundary");
        invalid(group, "one second after exp", EXP + 1, 0, token, JwtError.EXPIRED, "ExpiryBoundary");
        invalid(group, "a day after exp", EXP + 86_400, 0, token, JwtError.EXPIRED, "ExpiryBoundary");
        valid(group, "30 s after exp with 60 s leeway", EXP + 30, 60, token, PAYLOAD, "Leeway");
        valid(group, "59 s after exp with 60 s leeway", EXP + 59, 60, token, PAYLOAD, "Leeway");
        invalid(group, "60 s after exp with 60 s leeway", EXP + 60, 60, token, JwtError.EXPIRED, "Leeway",
                "ExpiryBoundary");
        invalid(group, "61 s after exp with 60 s leeway", EXP + 61, 60, token, JwtError.EXPIRED, "Leeway");
        String expired = payload(IAT - 7200, IAT - 3600);
        invalid(group, "expired an hour before now is even issued", hs256(HEADER, expired, KEY), JwtError.EXPIRED,
                "ExpiryBoundary");
        String negative = payloadWith("\"iat\":" + IAT + ",\"exp\":-1");
        invalid(group, "exp is negative", hs256(HEADER, negative, KEY), JwtError.EXPIRED, "ExpiryBoundary");
        String zero = payloadWith("\"iat\":" + IAT + ",\"exp\":0");
        invalid(group, "exp is zero", hs256(HEADER, zero, KEY), JwtError.EXPIRED, "ExpiryBoundary");

        String nbfNow = payloadWith("\"iat\":" + IAT + ",\"nbf\":" + NOW + ",\"exp\":" + EXP);
        valid(group, "nbf equal to now", hs256(HEADER, nbfNow, KEY), nbfNow, "NotBefore");
        String nbfNext = payloadWith("\"iat\":" + IAT + ",\"nbf\":" + (NOW + 1) + ",\"exp\":" + EXP);
        invalid(group, "nbf one second after now", hs256(HEADER, nbfNext, KEY), JwtError.NOT_YET_VALID, "NotBefore");
        String nbf60 = payloadWith("\"iat\":" + IAT + ",\"nbf\":" + (NOW + 60) + ",\"exp\":" + EXP);
        valid(group, "nbf 60 s after now with 60 s leeway", NOW, 60, hs256(HEADER, nbf60, KEY), nbf60, "NotBefore",
                "Leeway");
        String nbf61 = payloadWith("\"iat\":" + IAT + ",\"nbf\":" + (NOW + 61) + ",\"exp\":" + EXP);
        invalid(group, "nbf 61 s after now with 60 s leeway", NOW, 60, hs256(HEADER, nbf61, KEY),
                JwtError.NOT_YET_VALID, "NotBefore", "Leeway");
        String nbfFar = payloadWith("\"iat\":" + IAT + ",\"nbf\":" + (IAT + 86_400) + ",\"exp\":" + (IAT + 90_000));
        invalid(group, "nbf a day in the future", hs256(HEADER, nbfFar, KEY), JwtError.NOT_YET_VALID, "NotBefore");

        String iatSoon = payload(NOW + 30, NOW + 3630);
        valid(group, "iat 30 s in the future with 60 s leeway", NOW, 60, hs256(HEADER, iatSoon, KEY), iatSoon,
                "IssuedInFuture", "Leeway");
        String iatFar = payload(NOW + 86_400, NOW + 90_000);
        acceptable(group, "iat a day in the future", hs256(HEADER, iatFar, KEY), iatFar, JwtError.ISSUED_IN_FUTURE,
                "IssuedInFuture");
        String iatNext = payload(NOW + 1, NOW + 3601);
        acceptable(group, "iat one second in the future, no leeway", hs256(HEADER, iatNext, KEY), iatNext,
                JwtError.ISSUED_IN_FUTURE, "IssuedInFuture");
        String noExp = payloadWith("\"iat\":" + IAT);
        acceptable(group, "no exp claim", hs256(HEADER, noExp, KEY), noExp, JwtError.MISSING_CLAIM, "MissingExp");
        acceptable(group, "empty claims object", hs256(HEADER, "{}", KEY), "{}", JwtError.MISSING_CLAIM,
                "MissingExp");
    }

    private static void algorithms(VectorDocument doc) {
        VectorDocument.Group group = group(doc, "The header's alg; the verifier pins HS256", KEY);
        String payloadSegment = segment(PAYLOAD);
        for (String none : new String[] {"none", "None", "NONE", "nOnE"}) {
            String header = segment("{\"alg\":\"" + none + "\",\"typ\":\"JWT\"}");
            invalid(group, "alg \"" + none + "\" with an empty signature", header + "." + payloadSegment + ".",
                    JwtError.ALG_NOT_ALLOWED, "AlgNone");
        }
        String validSignature = Jws.split(hs256(HEADER, PAYLOAD, KEY))[2];
        invalid(group, "alg none carrying the HS256 signature of the original header",
                segment("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payloadSegment + "." + validSignature,
                JwtError.ALG_NOT_ALLOWED, "AlgNone");
        invalid(group, "alg none without the trailing dot",
                segment("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payloadSegment, JwtError.MALFORMED, "AlgNone",
                "SegmentCount");
        signedWith(group, "alg HS384 with a correct HMAC-SHA384", "HS384", "HmacSHA384", "AlgConfusion");
        signedWith(group, "alg HS512 with a correct HMAC-SHA512", "HS512", "HmacSHA512", "AlgConfusion");
        signedWith(group, "alg HS384 over an HMAC-SHA256", "HS384", "HmacSHA256", "AlgConfusion");
        signedWith(group, "alg RS256 over an HMAC-SHA256 with the shared key", "RS256", "HmacSHA256", "AlgConfusion");
        signedWith(group, "alg ES256 over an HMAC-SHA256 with the shared key", "ES256", "HmacSHA256", "AlgConfusion");
        signedWith(group, "alg PS256 over an HMAC-SHA256 with the shared key", "PS256", "HmacSHA256", "AlgConfusion");
        signedWith(group, "alg EdDSA over an HMAC-SHA256 with the shared key", "EdDSA", "HmacSHA256", "AlgConfusion");
        signedWith(group, "alg \"hs256\" in lower case (alg is case-sensitive)", "hs256", "HmacSHA256",
                "AlgConfusion");
        signedWith(group, "alg \"HS256 \" with a trailing space", "HS256 ", "HmacSHA256", "AlgConfusion");
        signedWith(group, "alg \"HS256\\u0000\" with a trailing NUL", "HS256\u0000", "HmacSHA256", "AlgConfusion");
        signedWith(group, "alg empty", "", "HmacSHA256", "MissingAlg");
        valid(group, "alg HS256 written with \\u escapes", hs256("{\"alg\":\"HS\\u0032\\u0035\\u0036\",\"typ\":\"JWT\"}",
                PAYLOAD, KEY), PAYLOAD, "AlgEscaped");
        invalid(group, "alg none written with a \\u escape, empty signature",
                segment("{\"alg\":\"\\u006eone\",\"typ\":\"JWT\"}") + "." + payloadSegment + ".",
                JwtError.ALG_NOT_ALLOWED, "AlgNone", "AlgEscaped");
        invalid(group, "no alg member", hs256("{\"typ\":\"JWT\"}", PAYLOAD, KEY), JwtError.ALG_NOT_ALLOWED,
                "MissingAlg");
        invalid(group, "alg null", hs256("{\"alg\":null,\"typ\":\"JWT\"}", PAYLOAD, KEY), JwtError.ALG_NOT_ALLOWED,
                "MissingAlg");
        invalid(group, "alg as an array [\"HS256\"]", hs256("{\"alg\":[\"HS256\"],\"typ\":\"JWT\"}", PAYLOAD, KEY),
                JwtError.ALG_NOT_ALLOWED, "MissingAlg");
        invalid(group, "alg as a number", hs256("{\"alg\":256,\"typ\":\"JWT\"}", PAYLOAD, KEY),
                JwtError.ALG_NOT_ALLOWED, "MissingAlg");
    }

    private static void signedWith(VectorDocument.Group group, String comment, String alg, String macAlgorithm,
            String flag) {
        String header = "{\"alg\":\"" + alg.replace("\u0000", "\\u0000") + "\",\"typ\":\"JWT\"}";
        String token = Jws.signSegments(segment(header), segment(PAYLOAD), macAlgorithm, KEY);
        invalid(group, comment, token, JwtError.ALG_NOT_ALLOWED, flag);
    }

    private static void headerParameters(VectorDocument doc) {
        VectorDocument.Group group = group(doc, "crit and key-selecting header parameters", KEY);
        invalid(group, "crit names an unknown extension that is present",
                hs256("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"crit\":[\"x-shogun-flow\"],\"x-shogun-flow\":\"v2\"}",
                        PAYLOAD, KEY), JwtError.UNSUPPORTED_CRIT, "UnknownCrit");
        invalid(group, "crit names an unknown extension that would relax exp",
                hs256("{\"alg\":\"HS256\",\"crit\":[\"exp-policy\"],\"exp-policy\":\"ignore\"}", PAYLOAD, KEY),
                JwtError.UNSUPPORTED_CRIT, "UnknownCrit");
        acceptable(group, "crit is a string, not an array",
                hs256("{\"alg\":\"HS256\",\"crit\":\"x-shogun-flow\",\"x-shogun-flow\":\"v2\"}", PAYLOAD, KEY),
                PAYLOAD, JwtError.UNSUPPORTED_CRIT, "CritMisuse");
        invalid(group, "crit names an unknown extension that is absent",
                hs256("{\"alg\":\"HS256\",\"crit\":[\"x-shogun-absent\"]}", PAYLOAD, KEY),
                JwtError.UNSUPPORTED_CRIT, "UnknownCrit");
        invalid(group, "crit names b64 with b64 false (RFC 7797, unsupported and not for JWTs)",
                hs256("{\"alg\":\"HS256\",\"b64\":false,\"crit\":[\"b64\"]}", PAYLOAD, KEY),
                JwtError.UNSUPPORTED_CRIT, "UnknownCrit");
        acceptable(group, "crit is an empty list", hs256("{\"alg\":\"HS256\",\"crit\":[]}", PAYLOAD, KEY), PAYLOAD,
                JwtError.UNSUPPORTED_CRIT, "CritMisuse");
        acceptable(group, "crit names the standard parameter alg",
                hs256("{\"alg\":\"HS256\",\"crit\":[\"alg\"]}", PAYLOAD, KEY), PAYLOAD, JwtError.UNSUPPORTED_CRIT,
                "CritMisuse");
        invalid(group, "kid points at /dev/null, token signed with the empty key",
                hs256("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"../../../../../../dev/null\"}", PAYLOAD,
                        new byte[0]), JwtError.BAD_SIGNATURE, "HeaderInjection");
        invalid(group, "kid carries SQL, token signed with the key the SQL would select",
                hs256("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"x' UNION SELECT 'attacker-key'--\"}", PAYLOAD,
                        utf8("attacker-key")), JwtError.BAD_SIGNATURE, "HeaderInjection");
        String attackerJwk = "{\"kty\":\"oct\",\"k\":\"" + base64Url(ATTACKER_KEY) + "\"}";
        invalid(group, "jwk embeds the attacker's key, token signed with it",
                hs256("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"jwk\":" + attackerJwk + "}", PAYLOAD, ATTACKER_KEY),
                JwtError.BAD_SIGNATURE, "HeaderInjection");
        invalid(group, "jku points at the attacker's key set, token signed with its key",
                hs256("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"jku\":\"https://attacker.example/jwks.json\"}", PAYLOAD,
                        ATTACKER_KEY), JwtError.BAD_SIGNATURE, "HeaderInjection");
        valid(group, "jku and x5u present but the token signed with the verifier's key",
                hs256("{\"alg\":\"HS256\",\"jku\":\"https://attacker.example/jwks.json\",\"x5u\":"
                        + "\"https://attacker.example/cert.pem\"}", PAYLOAD, KEY), PAYLOAD, "IgnoredHeader");
    }

    private static void signatures(VectorDocument doc) {
        VectorDocument.Group group = group(doc, "The MAC itself", KEY);
        String token = hs256(HEADER, PAYLOAD, KEY);
        byte[] mac = Jws.signature(token);
        invalid(group, "first byte of the MAC has one bit flipped", Jws.withSignature(token, Bytes.flipBit(mac, 0, 0)),
                JwtError.BAD_SIGNATURE, "ModifiedSignature");
        invalid(group, "last byte of the MAC has one bit flipped",
                Jws.withSignature(token, Bytes.flipBit(mac, -1, 7)), JwtError.BAD_SIGNATURE, "ModifiedSignature");
        invalid(group, "MAC truncated to 16 bytes", Jws.withSignature(token, Arrays.copyOf(mac, 16)),
                JwtError.BAD_SIGNATURE, "TruncatedSignature");
        invalid(group, "MAC missing its last byte", Jws.withSignature(token, Arrays.copyOf(mac, 31)),
                JwtError.BAD_SIGNATURE, "TruncatedSignature");
        invalid(group, "MAC of one byte", Jws.withSignature(token, Arrays.copyOf(mac, 1)), JwtError.BAD_SIGNATURE,
                "TruncatedSignature");
        invalid(group, "empty MAC", Jws.withSignature(token, new byte[0]), JwtError.BAD_SIGNATURE,
                "TruncatedSignature");
        invalid(group, "MAC followed by a zero byte", Jws.withSignature(token, Arrays.copyOf(mac, 33)),
                JwtError.BAD_SIGNATURE, "PaddedSignature");
        invalid(group, "MAC written twice", Jws.withSignature(token, Bytes.concat(mac, mac)), JwtError.BAD_SIGNATURE,
                "PaddedSignature");
        invalid(group, "MAC of another payload",
                Jws.withSignature(token, Jws.signature(hs256(HEADER, payload(IAT, EXP + 86_400), KEY))),
                JwtError.BAD_SIGNATURE, "WrongSigningInput");
        invalid(group, "MAC over the payload segment only",
                Jws.withSignature(token, Macs.hmacSha256(KEY, utf8(segment(PAYLOAD)))), JwtError.BAD_SIGNATURE,
                "WrongSigningInput");
        invalid(group, "MAC over the decoded header and payload JSON",
                Jws.withSignature(token, Macs.hmacSha256(KEY, utf8(HEADER + "." + PAYLOAD))),
                JwtError.BAD_SIGNATURE, "WrongSigningInput");
        invalid(group, "MAC keyed with the JWK's base64url text instead of its bytes",
                hs256(HEADER, PAYLOAD, utf8(base64Url(KEY))), JwtError.BAD_SIGNATURE, "WrongKey");
        invalid(group, "MAC keyed with the key's hex text", hs256(HEADER, PAYLOAD, utf8(Bytes.hex(KEY))),
                JwtError.BAD_SIGNATURE, "WrongKey");
        invalid(group, "MAC keyed with another 256-bit key", hs256(HEADER, PAYLOAD, ATTACKER_KEY),
                JwtError.BAD_SIGNATURE, "WrongKey");
        invalid(group, "all-zero MAC", Jws.withSignature(token, new byte[32]), JwtError.BAD_SIGNATURE,
                "ModifiedSignature");
    }

    private static void encoding(VectorDocument doc) {
        VectorDocument.Group group = group(doc, "Compact serialization and strict base64url", KEY);
        String token = hs256(HEADER, PAYLOAD, KEY);
        String[] parts = Jws.split(token);

        invalid(group, "'=' padding after the MAC", token + "=", JwtError.MALFORMED, "Base64Padding");
        String paddedPayload = paddedSegment(PAYLOAD);
        invalid(group, "'=' padding on the payload segment, MAC over the padded input",
                Jws.signSegments(parts[0], paddedPayload, "HmacSHA256", KEY), JwtError.MALFORMED, "Base64Padding");
        String paddedHeaderJson = "{\"alg\":\"HS256\",\"typ\":\"JWT\",\"v\":12}";
        invalid(group, "'=' padding on the header segment, MAC over the padded input",
                Jws.signSegments(paddedSegment(paddedHeaderJson), parts[1], "HmacSHA256", KEY), JwtError.MALFORMED,
                "Base64Padding");

        String withDash = tokenWhoseSignatureHas('-');
        invalid(group, "MAC in the standard alphabet ('+' for '-')", swapInSignature(withDash, '-', '+'),
                JwtError.MALFORMED, "Base64Alphabet");
        String withUnderscore = tokenWhoseSignatureHas('_');
        invalid(group, "MAC in the standard alphabet ('/' for '_')", swapInSignature(withUnderscore, '_', '/'),
                JwtError.MALFORMED, "Base64Alphabet");
        String slashPayload = payloadWith("\"iat\":" + IAT + ",\"exp\":" + EXP + ",\"memo\":\"???>>>~~~\"");
        String standardSegment = java.util.Base64.getEncoder().withoutPadding().encodeToString(utf8(slashPayload));
        if (standardSegment.indexOf('/') < 0 && standardSegment.indexOf('+') < 0) {
            throw new IllegalStateException("payload does not exercise the standard alphabet");
        }
        invalid(group, "payload in the standard alphabet, MAC over that input",
                Jws.signSegments(parts[0], standardSegment, "HmacSHA256", KEY), JwtError.MALFORMED, "Base64Alphabet");

        invalid(group, "MAC's last character has non-zero unused bits", nonCanonicalLast(token),
                JwtError.MALFORMED, "NonCanonicalBase64");
        String payloadSegment = parts[1];
        if (unusedBits(PAYLOAD.length()) == 0) {
            throw new IllegalStateException("payload segment has no unused bits");
        }
        String oddPayload = payloadSegment.substring(0, payloadSegment.length() - 1)
                + withUnusedBitSet(payloadSegment.charAt(payloadSegment.length() - 1));
        invalid(group, "payload's last character has non-zero unused bits, MAC over that input",
                Jws.signSegments(parts[0], oddPayload, "HmacSHA256", KEY), JwtError.MALFORMED, "NonCanonicalBase64");
        if (unusedBits(paddedHeaderJson.length()) == 0) {
            throw new IllegalStateException("header segment has no unused bits");
        }
        String canonicalHeader = segment(paddedHeaderJson);
        String oddHeader = canonicalHeader.substring(0, canonicalHeader.length() - 1)
                + withUnusedBitSet(canonicalHeader.charAt(canonicalHeader.length() - 1));
        invalid(group, "header's last character has non-zero unused bits, MAC over that input",
                Jws.signSegments(oddHeader, parts[1], "HmacSHA256", KEY), JwtError.MALFORMED, "NonCanonicalBase64");
        invalid(group, "'!' inserted into the MAC", parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + "!"
                + parts[2].substring(10), JwtError.MALFORMED, "BadBase64");
        invalid(group, "payload segment of impossible length, MAC over that input",
                Jws.signSegments(parts[0], parts[1] + "A".repeat(impossibleExtra(parts[1].length())), "HmacSHA256",
                        KEY), JwtError.MALFORMED, "BadBase64");

        invalid(group, "two segments", parts[0] + "." + parts[1], JwtError.MALFORMED, "SegmentCount");
        invalid(group, "four segments", token + "." + parts[2], JwtError.MALFORMED, "SegmentCount");
        invalid(group, "four segments, the last empty", token + ".", JwtError.MALFORMED, "SegmentCount");
        String jweHeader = segment("{\"alg\":\"dir\",\"enc\":\"A256GCM\"}");
        invalid(group, "five segments (JWE compact form)", jweHeader + ".." + base64Url(new byte[12]) + "."
                + parts[1] + "." + base64Url(new byte[16]), JwtError.MALFORMED, "SegmentCount");
        invalid(group, "one segment", parts[0], JwtError.MALFORMED, "SegmentCount");
        invalid(group, "empty string", "", JwtError.MALFORMED, "SegmentCount");
        invalid(group, "only the two dots", "..", JwtError.MALFORMED, "EmptySegment");
        invalid(group, "empty header segment, MAC over that input",
                Jws.signSegments("", parts[1], "HmacSHA256", KEY), JwtError.MALFORMED, "EmptySegment");
        invalid(group, "empty payload segment, MAC over that input",
                Jws.signSegments(parts[0], "", "HmacSHA256", KEY), JwtError.MALFORMED, "EmptySegment");

        invalid(group, "a leading space", " " + token, JwtError.MALFORMED, "Whitespace");
        invalid(group, "a trailing newline", token + "\n", JwtError.MALFORMED, "Whitespace");
        invalid(group, "a trailing CRLF", token + "\r\n", JwtError.MALFORMED, "Whitespace");
        invalid(group, "a space after the second dot", parts[0] + "." + parts[1] + ". " + parts[2],
                JwtError.MALFORMED, "Whitespace");
        invalid(group, "a line break inside the payload segment", parts[0] + "." + parts[1].substring(0, 20) + "\n"
                + parts[1].substring(20) + "." + parts[2], JwtError.MALFORMED, "Whitespace");
        invalid(group, "a leftover 'Bearer ' prefix", "Bearer " + token, JwtError.MALFORMED, "Whitespace");
        invalid(group, "a leftover 'bearer ' prefix", "bearer " + token, JwtError.MALFORMED, "Whitespace");
        invalid(group, "wrapped in double quotes", "\"" + token + "\"", JwtError.MALFORMED, "Whitespace");
    }

    private static void json(VectorDocument doc) {
        VectorDocument.Group group = group(doc, "Header and payload JSON; every MAC is correct", KEY);
        String h = segment(HEADER);
        bytesPayload(group, "payload is a JSON array", utf8("[" + PAYLOAD + "]"), "NotAnObject");
        bytesPayload(group, "payload is a JSON string", utf8("\"" + PAYLOAD.replace("\"", "\\\"") + "\""),
                "NotAnObject");
        bytesPayload(group, "payload is a JSON number", utf8("1705318200"), "NotAnObject");
        bytesPayload(group, "payload is JSON null", utf8("null"), "NotAnObject");
        bytesPayload(group, "payload is not JSON", utf8("your-username:your-client-id"), "InvalidJson");
        bytesPayload(group, "payload JSON is cut short", utf8(PAYLOAD.substring(0, PAYLOAD.length() - 1)),
                "InvalidJson");
        bytesPayload(group, "payload object followed by text", utf8(PAYLOAD + "x"), "InvalidJson");
        bytesPayload(group, "two payload objects", utf8(PAYLOAD + PAYLOAD), "InvalidJson");
        bytesPayload(group, "payload with a comment", utf8(PAYLOAD.replace("{\"username\"", "{/* c */\"username\"")),
                "InvalidJson");
        bytesPayload(group, "payload with single-quoted strings", utf8(PAYLOAD.replace('"', '\'')), "InvalidJson");
        bytesPayload(group, "payload with NaN", utf8(payloadWith("\"iat\":NaN,\"exp\":" + EXP)), "InvalidJson");
        bytesPayload(group, "payload with a number with a leading zero",
                utf8(payloadWith("\"iat\":" + IAT + ",\"exp\":0" + EXP)), "InvalidJson");
        bytesPayload(group, "payload with an invalid UTF-8 byte in a string",
                Bytes.concat(utf8("{\"username\":\"your-"), new byte[] {(byte) 0xc3, 0x28},
                        utf8("\",\"iat\":" + IAT + ",\"exp\":" + EXP + "}")), "InvalidUtf8");
        bytesPayload(group, "payload with an overlong UTF-8 encoding of '/'",
                Bytes.concat(utf8("{\"username\":\"a"), new byte[] {(byte) 0xc0, (byte) 0xaf},
                        utf8("b\",\"iat\":" + IAT + ",\"exp\":" + EXP + "}")), "InvalidUtf8");
        bytesPayload(group, "payload encoded as UTF-16", PAYLOAD.getBytes(StandardCharsets.UTF_16LE), "InvalidUtf8");
        String bomPayloadSegment = base64Url(Bytes.concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                utf8(PAYLOAD)));
        acceptable(group, "payload starts with a UTF-8 byte order mark",
                Jws.signSegments(h, bomPayloadSegment, "HmacSHA256", KEY), PAYLOAD, JwtError.MALFORMED,
                "ByteOrderMark");
        String bomHeader = base64Url(Bytes.concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8(HEADER)));
        acceptable(group, "header starts with a UTF-8 byte order mark",
                Jws.signSegments(bomHeader, segment(PAYLOAD), "HmacSHA256", KEY), PAYLOAD, JwtError.MALFORMED,
                "ByteOrderMark");
        invalid(group, "header is a JSON array",
                Jws.signSegments(segment("[" + HEADER + "]"), segment(PAYLOAD), "HmacSHA256", KEY),
                JwtError.MALFORMED, "NotAnObject");
        invalid(group, "header is not JSON",
                Jws.signSegments(segment("alg=HS256"), segment(PAYLOAD), "HmacSHA256", KEY), JwtError.MALFORMED,
                "InvalidJson");
        invalid(group, "header with an invalid UTF-8 byte",
                Jws.signSegments(base64Url(Bytes.concat(utf8("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"x\":\""),
                        new byte[] {(byte) 0xff}, utf8("\"}"))), segment(PAYLOAD), "HmacSHA256", KEY),
                JwtError.MALFORMED, "InvalidUtf8");

        invalid(group, "header alg twice, none then HS256 (the last one wins in lenient parsers)",
                hs256("{\"alg\":\"none\",\"alg\":\"HS256\",\"typ\":\"JWT\"}", PAYLOAD, KEY),
                JwtError.DUPLICATE_MEMBER, "DuplicateMember");
        invalid(group, "header alg twice with the same value",
                hs256("{\"alg\":\"HS256\",\"alg\":\"HS256\",\"typ\":\"JWT\"}", PAYLOAD, KEY),
                JwtError.DUPLICATE_MEMBER, "DuplicateMember");
        invalid(group, "payload exp twice, expired then valid",
                hs256(HEADER, payloadWith("\"iat\":" + IAT + ",\"exp\":" + (IAT + 1) + ",\"exp\":" + EXP), KEY),
                JwtError.DUPLICATE_MEMBER, "DuplicateMember");
        invalid(group, "payload exp twice, valid then expired",
                hs256(HEADER, payloadWith("\"iat\":" + IAT + ",\"exp\":" + EXP + ",\"exp\":" + (IAT + 1)), KEY),
                JwtError.DUPLICATE_MEMBER, "DuplicateMember");
        invalid(group, "payload client_id twice",
                hs256(HEADER, "{" + IDENTITY + ",\"client_id\":\"another-client-id\",\"iat\":" + IAT + ",\"exp\":"
                        + EXP + "}", KEY), JwtError.DUPLICATE_MEMBER, "DuplicateMember");
        invalid(group, "payload authorities twice, the second wider",
                hs256(HEADER, "{" + IDENTITY + ",\"authorities\":[\"TRANSACTION_READ\",\"TRANSACTION_WRITE\","
                        + "\"ADMIN\"],\"iat\":" + IAT + ",\"exp\":" + EXP + "}", KEY), JwtError.DUPLICATE_MEMBER,
                "DuplicateMember");
        invalid(group, "payload member twice, once written with a \\u escape",
                hs256(HEADER, "{" + IDENTITY + ",\"client\\u005fid\":\"another-client-id\",\"iat\":" + IAT
                        + ",\"exp\":" + EXP + "}", KEY), JwtError.DUPLICATE_MEMBER, "DuplicateMember");
    }

    private static void bytesPayload(VectorDocument.Group group, String comment, byte[] payload, String flag) {
        invalid(group, comment, Jws.signSegments(segment(HEADER), base64Url(payload), "HmacSHA256", KEY),
                JwtError.MALFORMED, flag);
    }

    private static void claimTypes(VectorDocument doc) {
        VectorDocument.Group group = group(doc, "Types and forms of the time claims; every MAC is correct", KEY);
        typeCase(group, "exp as a string", "\"exp\":\"" + EXP + "\"", "ClaimType");
        typeCase(group, "exp as true", "\"exp\":true", "ClaimType");
        typeCase(group, "exp as null", "\"exp\":null", "ClaimType");
        typeCase(group, "exp as an object", "\"exp\":{\"seconds\":" + EXP + "}", "ClaimType");
        typeCase(group, "exp as an array", "\"exp\":[" + EXP + "]", "ClaimType");
        typeCase(group, "exp as an ISO-8601 string", "\"exp\":\"2024-01-15T11:30:00Z\"", "ClaimType");
        String nbfString = payloadWith("\"iat\":" + IAT + ",\"nbf\":\"" + IAT + "\",\"exp\":" + EXP);
        invalid(group, "nbf as a string", hs256(HEADER, nbfString, KEY), JwtError.INVALID_CLAIM, "ClaimType");
        String iatString = payloadWith("\"iat\":\"" + IAT + "\",\"exp\":" + EXP);
        acceptable(group, "iat as a string", hs256(HEADER, iatString, KEY), iatString, JwtError.INVALID_CLAIM,
                "IatType");

        String fractional = payloadWith("\"iat\":" + IAT + ",\"exp\":" + EXP + ".5");
        valid(group, "exp with a fraction of a second", hs256(HEADER, fractional, KEY), fractional,
                "NumericDateForm");
        valid(group, "exp half a second after now (whole-second truncation would expire it)", EXP, 0,
                hs256(HEADER, fractional, KEY), fractional, "NumericDateForm", "ExpiryBoundary");
        invalid(group, "exp half a second after now, checked one second later", EXP + 1, 0,
                hs256(HEADER, fractional, KEY), JwtError.EXPIRED, "ExpiryBoundary", "NumericDateForm");
        String exponent = payloadWith("\"iat\":" + IAT + ",\"exp\":1.7053182E9");
        valid(group, "exp written with an exponent (1.7053182E9)", hs256(HEADER, exponent, KEY), exponent,
                "NumericDateForm");
        String huge = payloadWith("\"iat\":" + IAT + ",\"exp\":99999999999999999999");
        acceptable(group, "exp beyond 64 bits", hs256(HEADER, huge, KEY), huge, JwtError.INVALID_CLAIM,
                "LargeNumericDate");
        String longMax = payloadWith("\"iat\":" + IAT + ",\"exp\":9223372036854775807");
        valid(group, "exp at 2^63 - 1 (milliseconds would overflow into the past)", hs256(HEADER, longMax, KEY),
                longMax, "LargeNumericDate");
        String nbfMax = payloadWith("\"iat\":" + IAT + ",\"nbf\":9223372036854775807,\"exp\":" + EXP);
        invalid(group, "nbf at 2^63 - 1 (milliseconds would overflow into the past)", hs256(HEADER, nbfMax, KEY),
                JwtError.NOT_YET_VALID, "LargeNumericDate");
        String nbfHuge = payloadWith("\"iat\":" + IAT + ",\"nbf\":100000000000000000000,\"exp\":" + EXP);
        invalid(group, "nbf beyond 64 bits", hs256(HEADER, nbfHuge, KEY), JwtError.NOT_YET_VALID,
                "LargeNumericDate");
        String expHugeNegative = payloadWith("\"iat\":" + IAT + ",\"exp\":-100000000000000000000");
        invalid(group, "exp far below -2^63", hs256(HEADER, expHugeNegative, KEY), JwtError.EXPIRED,
                "LargeNumericDate");
        String expLongMin = payloadWith("\"iat\":" + IAT + ",\"exp\":-9223372036854775808");
        invalid(group, "exp at -2^63", hs256(HEADER, expLongMin, KEY), JwtError.EXPIRED, "LargeNumericDate");
        String expHugeExponent = payloadWith("\"iat\":" + IAT + ",\"exp\":1e999999999");
        acceptable(group, "exp 1e999999999 (arithmetic on it overflows or takes seconds)",
                hs256(HEADER, expHugeExponent, KEY), expHugeExponent, JwtError.INVALID_CLAIM, "LargeNumericDate");
        String nbfHugeExponent = payloadWith("\"iat\":" + IAT + ",\"nbf\":1e999999999,\"exp\":1e999999999");
        invalid(group, "nbf 1e999999999", hs256(HEADER, nbfHugeExponent, KEY), JwtError.NOT_YET_VALID,
                "LargeNumericDate");
        String expHugeNegativeExponent = payloadWith("\"iat\":" + IAT + ",\"exp\":-1e999999999");
        invalid(group, "exp -1e999999999", hs256(HEADER, expHugeNegativeExponent, KEY), JwtError.EXPIRED,
                "LargeNumericDate");
        String nbfFraction = payloadWith("\"iat\":" + IAT + ",\"nbf\":" + NOW + ".5,\"exp\":" + EXP);
        invalid(group, "nbf half a second after now", hs256(HEADER, nbfFraction, KEY), JwtError.NOT_YET_VALID,
                "NotBefore", "NumericDateForm");
    }

    private static void typeCase(VectorDocument.Group group, String comment, String expMember, String flag) {
        String payload = payloadWith("\"iat\":" + IAT + "," + expMember);
        invalid(group, comment, hs256(HEADER, payload, KEY), JwtError.INVALID_CLAIM, flag);
    }

    private static void limits(VectorDocument doc) {
        VectorDocument.Group group = group(doc, "Hostile sizes and nesting", KEY);
        int depth = 10_000;
        String deep = payloadWith("\"iat\":" + IAT + ",\"exp\":" + EXP + ",\"deep\":" + "[".repeat(depth)
                + "]".repeat(depth));
        acceptable(group, "a claim nested 10 000 arrays deep", hs256(HEADER, deep, KEY), null,
                JwtError.LIMIT_EXCEEDED, "DeepNesting");
        String deepObjects = payloadWith("\"iat\":" + IAT + ",\"exp\":" + EXP + ",\"deep\":"
                + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
        acceptable(group, "a claim nested 10 000 objects deep", hs256(HEADER, deepObjects, KEY), null,
                JwtError.LIMIT_EXCEEDED, "DeepNesting");
        String deepHeader = "{\"alg\":\"HS256\",\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
        acceptable(group, "a header parameter nested 10 000 arrays deep", hs256(deepHeader, PAYLOAD, KEY), null,
                JwtError.LIMIT_EXCEEDED, "DeepNesting");
        invalid(group, "a claim nested 10 000 arrays deep with a wrong MAC",
                hs256(HEADER, deep, ATTACKER_KEY), JwtError.BAD_SIGNATURE, "DeepNesting", "WrongKey");
        String big = payloadWith("\"iat\":" + IAT + ",\"exp\":" + EXP + ",\"blob\":\""
                + "A".repeat(786_000) + "\"");
        acceptable(group, "a token of about 1 MiB with a correct MAC", hs256(HEADER, big, KEY), null,
                JwtError.LIMIT_EXCEEDED, "Oversized");
        invalid(group, "a token of about 1 MiB with a wrong MAC", hs256(HEADER, big, ATTACKER_KEY),
                JwtError.BAD_SIGNATURE, "Oversized", "WrongKey");
    }

    private static void keys(VectorDocument doc) {
        byte[][] shortKeys = {Arrays.copyOf(KEY, 16), Arrays.copyOf(KEY, 31), Arrays.copyOf(KEY, 1)};
        for (byte[] key : shortKeys) {
            VectorDocument.Group group = group(doc, "A " + key.length * 8 + "-bit key", key);
            invalid(group, "correct MAC under a " + key.length * 8 + "-bit key", hs256(HEADER, PAYLOAD, key),
                    JwtError.KEY_TOO_SHORT, "ShortKey");
        }
        byte[][] longKeys = {Bytes.deterministic("shogun-auth-kit/jwt/key-264", 33),
            Bytes.deterministic("shogun-auth-kit/jwt/key-512", 64),
            Bytes.deterministic("shogun-auth-kit/jwt/key-800", 100)};
        for (byte[] key : longKeys) {
            VectorDocument.Group group = group(doc, "A " + key.length * 8 + "-bit key", key);
            valid(group, "correct MAC under a " + key.length * 8 + "-bit key", hs256(HEADER, PAYLOAD, key), PAYLOAD,
                    "LongKey");
            invalid(group, "MAC under the first 32 bytes of the " + key.length * 8 + "-bit key",
                    hs256(HEADER, PAYLOAD, Arrays.copyOf(key, 32)), JwtError.BAD_SIGNATURE, "WrongKey");
        }
    }

    private static void rfc7515(VectorDocument doc) {
        byte[] key = java.util.Base64.getUrlDecoder()
                .decode("AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow");
        String token = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
                + ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
                + ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        String payload = "{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}";
        if (!token.equals(hs256("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}", payload, key))) {
            throw new IllegalStateException("the JCA disagrees with RFC 7515 appendix A.1");
        }
        VectorDocument.Group group = group(doc, "RFC 7515 appendix A.1 (exp 1300819380, in 2011)", key);
        group.fields().put("now", 1_300_819_379L);
        valid(group, "RFC 7515 A.1 one second before its exp", token, payload, "Ktv");
        invalid(group, "RFC 7515 A.1 at its exp", 1_300_819_380L, 0, token, JwtError.EXPIRED, "ExpiryBoundary",
                "Ktv");
        invalid(group, "RFC 7515 A.1 checked on a clock of December 2025", 1_764_547_200L, 0, token,
                JwtError.EXPIRED, "ExpiryBoundary", "Ktv");
    }

    // ---- test writers ------------------------------------------------------------------------------------------

    private static void valid(VectorDocument.Group group, String comment, String token, String payload,
            String... flags) {
        valid(group, comment, groupNow(group), 0, token, payload, flags);
    }

    private static void valid(VectorDocument.Group group, String comment, long now, long leeway, String token,
            String payload, String... flags) {
        ObjectNode test = group.test(comment, io.shogun.authkit.vectors.Expectation.VALID, flags);
        clock(group, test, now, leeway);
        test.put("token", token);
        test.set("claims", claims(payload));
    }

    private static void invalid(VectorDocument.Group group, String comment, String token, JwtError error,
            String... flags) {
        invalid(group, comment, groupNow(group), 0, token, error, flags);
    }

    private static void invalid(VectorDocument.Group group, String comment, long now, long leeway, String token,
            JwtError error, String... flags) {
        ObjectNode test = group.test(comment, INVALID, flags);
        clock(group, test, now, leeway);
        test.put("token", token);
        test.put("error", error.code());
    }

    private static void acceptable(VectorDocument.Group group, String comment, String token, String payload,
            JwtError error, String... flags) {
        ObjectNode test = group.test(comment, ACCEPTABLE, flags);
        test.put("token", token);
        if (payload != null) {
            test.set("claims", claims(payload));
        }
        test.put("error", error.code());
    }

    private static long groupNow(VectorDocument.Group group) {
        return group.fields().get("now").asLong();
    }

    private static void clock(VectorDocument.Group group, ObjectNode test, long now, long leeway) {
        if (now != groupNow(group)) {
            test.put("now", now);
        }
        if (leeway != group.fields().get("leewaySeconds").asLong()) {
            test.put("leewaySeconds", leeway);
        }
    }

    private static JsonNode claims(String payload) {
        try {
            JsonNode node = STRICT_JSON.readTree(payload);
            if (!node.isObject()) {
                throw new IllegalStateException("claims of a valid case are not an object: " + payload);
            }
            return node;
        } catch (IOException e) {
            throw new IllegalStateException("claims of a valid case are not strict JSON", e);
        }
    }

    // ---- encoding helpers --------------------------------------------------------------------------------------

    /** The base64url segment of {@code json} with its '=' padding kept; the JSON is chosen to need padding. */
    private static String paddedSegment(String json) {
        String padded = java.util.Base64.getUrlEncoder().encodeToString(utf8(json));
        if (!padded.endsWith("=")) {
            throw new IllegalStateException("segment needs no padding: " + json);
        }
        return padded;
    }

    /** A valid Shogun token (jti chosen by counting) whose MAC's encoding contains {@code wanted}. */
    private static String tokenWhoseSignatureHas(char wanted) {
        for (int jti = 0; ; jti++) {
            String payload = payloadWith("\"iat\":" + IAT + ",\"exp\":" + EXP + ",\"jti\":\"" + jti + "\"");
            String token = hs256(HEADER, payload, KEY);
            if (Jws.split(token)[2].indexOf(wanted) >= 0) {
                return token;
            }
        }
    }

    private static String swapInSignature(String token, char from, char to) {
        String[] parts = Jws.split(token);
        return parts[0] + "." + parts[1] + "." + parts[2].replace(from, to);
    }

    /** How many unused low bits the last character of an unpadded base64 encoding of {@code length} bytes has. */
    private static int unusedBits(int length) {
        return switch (length % 3) {
            case 1 -> 4;
            case 2 -> 2;
            default -> 0;
        };
    }

    private static String nonCanonicalLast(String token) {
        String[] parts = Jws.split(token);
        String mac = parts[2];
        return parts[0] + "." + parts[1] + "." + mac.substring(0, mac.length() - 1)
                + withUnusedBitSet(mac.charAt(mac.length() - 1));
    }

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /** The character whose lowest bit, one of the unused ones in a final character, is set. */
    private static char withUnusedBitSet(char c) {
        int value = ALPHABET.indexOf(c);
        if ((value & 1) != 0) {
            throw new IllegalStateException("final character is already non-canonical: " + c);
        }
        return ALPHABET.charAt(value | 1);
    }

    /** How many characters to append so that the segment has a length no base64 encoding has (1 mod 4). */
    private static int impossibleExtra(int length) {
        return Math.floorMod(1 - length, 4) == 0 ? 4 : Math.floorMod(1 - length, 4);
    }

    private static String permissions(int count) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : ",").append("\"ACCOUNT_").append(String.format("%04d", i)).append("_READ\"");
        }
        return out.append(']').toString();
    }
}
