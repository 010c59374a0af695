package io.shogun.authkit.vectors.generator;

import static io.shogun.authkit.vectors.Expectation.INVALID;
import static io.shogun.authkit.vectors.Expectation.VALID;
import static io.shogun.authkit.vectors.generator.Bytes.concat;
import static io.shogun.authkit.vectors.generator.Bytes.flipBit;
import static io.shogun.authkit.vectors.generator.Bytes.hex;
import static io.shogun.authkit.vectors.generator.Bytes.utf8;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shogun.authkit.vectors.Expectation;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code X-Shogun-Signature} vectors. The spec's rule, read strictly: the header is exactly {@code sha256=}
 * followed by the lowercase hex HMAC-SHA256 of the raw body under the UTF-8 bytes of the webhook secret; both
 * documented verifiers compare the whole header value, so any other spelling is rejected.
 */
final class WebhookVectors {

    static final String FILE = "webhook_signature_test.json";

    static final String SECRET = "shogun_whsec_test_5c1f0e9a27b84d6f";
    static final String PREVIOUS_SECRET = "shogun_whsec_test_previous_3a90d7c2";

    static final String EVENT = "{\"event\":\"transaction.successful\",\"data\":{\"reference\":\"SHG-20240115-000123\","
            + "\"amount\":250000,\"currency\":\"NGN\",\"status\":\"successful\",\"customer\":{\"name\":\"Adaeze Okafor\","
            + "\"email\":\"adaeze@example.com\"},\"paid_at\":\"2024-01-15T10:30:00\"}}";

    static final String EVENT_PRETTY = """
            {
              "event": "transaction.successful",
              "data": {
                "reference": "SHG-20240115-000123",
                "amount": 250000,
                "currency": "NGN",
                "status": "successful",
                "customer": {
                  "name": "Adaeze Okafor",
                  "email": "adaeze@example.com"
                },
                "paid_at": "2024-01-15T10:30:00"
              }
            }""";

    static final String EVENT_REORDERED = "{\"data\":{\"amount\":250000,\"currency\":\"NGN\",\"customer\":{\"email\":"
            + "\"adaeze@example.com\",\"name\":\"Adaeze Okafor\"},\"paid_at\":\"2024-01-15T10:30:00\",\"reference\":"
            + "\"SHG-20240115-000123\",\"status\":\"successful\"},\"event\":\"transaction.successful\"}";

    static final String EVENT_AMOUNT_AS_DECIMAL = EVENT.replace("\"amount\":250000", "\"amount\":250000.0");

    static final String UNICODE_NAME = "\u1ecc\u0300l\u00e1b\u00eds\u00ed Ad\u00e9b\u00e1y\u1ecd\u0300";
    static final String UNICODE_NARRATION = "Payment for \ud83c\udf72 jollof \u2014 \u20a62,500";

    private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    private static final int ONE_MIB = 1 << 20;

    private WebhookVectors() {
    }

    static ObjectNode build() {
        VectorDocument doc = new VectorDocument("X-Shogun-Signature", "webhook_signature_schema.json", List.of(
                "Receivers of Shogun webhooks verify X-Shogun-Signature: sha256=<hex-digest>, the HMAC-SHA256 of the",
                "raw request body under the webhook secret. A receiver configured with `secret` gets `body` (standard",
                "base64 of the raw bytes) with the header value `signatureHeader` (null: the header is absent).",
                "Canonical form: the 7 characters `sha256=` then exactly 64 lowercase hex digits, nothing else.",
                "`httpSendable: false` marks header values that HTTP cannot carry unchanged; only direct calls use them."));
        notes(doc);
        specShapes(doc);
        githubVector(doc);
        secrets(doc);
        bodyAlterations(doc);
        headerForms(doc);
        wrongConstructions(doc);
        return doc.toJson();
    }

    private static void notes(VectorDocument doc) {
        doc.note("Ktv", "FUNCTIONALITY",
                "A known answer taken from a public source; rejecting it means the MAC or its encoding is wrong.")
           .note("RawBody", "PARSED_BODY",
                "The signature covers the body's exact bytes. Verifying a re-serialized or re-decoded body (framework "
                        + "JSON parsers, string conversion) rejects this valid delivery.")
           .note("EmptyBody", "FUNCTIONALITY", "A zero-length body is signed like any other.")
           .note("BinaryBody", "PARSED_BODY",
                "A body with NUL and non-UTF-8 bytes; handling it as a C string or as text loses bytes.")
           .note("LargeBody", "FUNCTIONALITY", "A 1 MiB body; size limits or streaming must not change the bytes signed.")
           .note("BlockBoundary", "FUNCTIONALITY",
                "Body lengths around SHA-256's 64-byte block and its 55/56-byte padding boundary.")
           .note("LongSecret", "FUNCTIONALITY",
                "A secret of 64 bytes or more: HMAC hashes keys longer than the 64-byte block first (RFC 2104).")
           .note("UnicodeSecret", "SECRET_ENCODING",
                "A secret with non-ASCII characters; its UTF-8 bytes are the key, as the documented snippets use it.")
           .note("ModifiedBody", "AUTH_BYPASS",
                "The body differs from the signed bytes in its content (one bit, one byte, a cut, another encoding); "
                        + "accepting it lets an attacker change an event.")
           .note("ReserializedBody", "PARSED_BODY",
                "The delivered body differs from the signed one only in bytes that do not change its JSON value "
                        + "(pretty vs compact, key order, escapes, number form, line ends, a BOM, surrounding "
                        + "whitespace). The signature is over bytes, not values: accepting means the receiver hashed "
                        + "its own re-serialization.")
           .note("WrongSecret", "AUTH_BYPASS", "Signed with a secret other than the receiver's.")
           .note("RotatedSecret", "AUTH_BYPASS",
                "Signed with the secret in force before a rotation; the spec says the old secret is invalidated "
                        + "instantly.")
           .note("SecretEncoding", "SECRET_ENCODING",
                "Signed with other bytes of the same secret text (Latin-1, another Unicode normalization, hex or "
                        + "base64 decoded); the key is the secret's UTF-8 bytes exactly as configured.")
           .note("MissingHeader", "AUTH_BYPASS", "The header is absent; an unsigned delivery must be rejected.")
           .note("EmptyHeader", "AUTH_BYPASS", "The header is present but empty or carries no digest.")
           .note("MissingPrefix", "CANONICAL_FORM", "The digest without the `sha256=` prefix.")
           .note("WrongPrefix", "CANONICAL_FORM",
                "A prefix other than `sha256=` (another algorithm name, separator, or the prefix twice).")
           .note("CaseVariant", "CANONICAL_FORM",
                "Same MAC bits, other letter case (`SHA256=`, uppercase hex). Shogun sends `sha256=` and lowercase "
                        + "hex (Python hexdigest(), Node digest('hex')), and both documented verifiers compare the "
                        + "whole header byte for byte, so they reject these. The kit requires the canonical form: "
                        + "accepting alternative spellings is not a forgery, but it is a parser differential the spec "
                        + "does not allow.")
           .note("WrongLength", "CANONICAL_FORM",
                "One hex digit short or long. A receiver must reject without an exception: Node's "
                        + "crypto.timingSafeEqual throws a RangeError on unequal lengths.")
           .note("TruncatedTag", "AUTH_BYPASS",
                "A correct prefix of the digest (128 bits). Comparing only as many characters as were sent accepts "
                        + "it, and a shorter tag is easier to forge.")
           .note("NonHexDigest", "CANONICAL_FORM", "A digest with a character that is not a hex digit.")
           .note("NonAsciiHeader", "ROBUSTNESS",
                "A header with non-ASCII characters. It must be rejected without an exception: Python's "
                        + "hmac.compare_digest raises TypeError for non-ASCII str arguments.")
           .note("Whitespace", "CANONICAL_FORM",
                "Whitespace or control characters inside, before or after the value. HTTP servers strip leading and "
                        + "trailing spaces and tabs from field values and refuse control characters (RFC 9110 "
                        + "section 5.5), so those cases are marked httpSendable false: HTTP drivers skip them, a "
                        + "verifier given the value directly must reject them.")
           .note("OversizedHeader", "ROBUSTNESS", "A 100 000 character header; rejected quickly, without a crash.")
           .note("MultipleSignatures", "CANONICAL_FORM",
                "Several signatures in one header. Shogun sends one; a receiver that accepts if any of several matches "
                        + "lets an attacker append guesses.")
           .note("WrongAlgorithm", "WRONG_PRIMITIVE",
                "The digest is not HMAC-SHA256 of the body under the secret (SHA-1, plain SHA-256, a naive keyed "
                        + "hash, swapped arguments), or not hex.")
           .note("ForgedTag", "AUTH_BYPASS", "A well-formed header with a digest no one computed from the secret.");
    }

    private static void specShapes(VectorDocument doc) {
        VectorDocument.Group group = doc.group("WebhookSignatureTest");
        group.fields().put("comment", "Bodies of the shapes Shogun sends, signed correctly");
        group.fields().put("secret", SECRET);
        valid(group, "compact JSON event", utf8(EVENT), "RawBody");
        valid(group, "pretty-printed JSON event signed as sent", utf8(EVENT_PRETTY), "RawBody");
        valid(group, "event with keys in another order, signed as sent", utf8(EVENT_REORDERED), "RawBody");
        valid(group, "event with raw UTF-8 characters", utf8(unicodeEvent(false)), "RawBody");
        valid(group, "event with \\u escapes instead of raw UTF-8", utf8(unicodeEvent(true)), "RawBody");
        valid(group, "event followed by a newline", utf8(EVENT + "\n"), "RawBody");
        valid(group, "pretty event with CRLF line ends", utf8(EVENT_PRETTY.replace("\n", "\r\n")), "RawBody");
        valid(group, "event preceded by a UTF-8 byte order mark", concat(BOM, utf8(EVENT)), "RawBody");
        valid(group, "form-encoded body, not JSON",
                utf8("event=transaction.successful&reference=SHG-20240115-000123&amount=250000"), "RawBody");
        valid(group, "empty body", new byte[0], "EmptyBody");
        valid(group, "one byte body", utf8("{"), "BlockBoundary");
        valid(group, "binary body with NUL bytes", binaryBody(), "BinaryBody");
        valid(group, "body of only NUL bytes", new byte[32], "BinaryBody");
        for (int length : new int[] {55, 56, 63, 64, 65, 119, 120, 128}) {
            valid(group, length + " byte body", paddedEvent(length), "BlockBoundary");
        }
        valid(group, "1 MiB body", largeBody(), "LargeBody");
    }

    private static void githubVector(VectorDocument doc) {
        VectorDocument.Group group = doc.group("WebhookSignatureTest");
        group.fields().put("comment", "GitHub's published X-Hub-Signature-256 example, the identical sha256=<hex> "
                + "scheme (docs.github.com, 'Validating webhook deliveries', Testing the webhook payload validation)");
        group.fields().put("secret", "It's a Secret to Everybody");
        byte[] body = utf8("Hello, World!");
        String published = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
        if (!published.equals(header(group.fields().get("secret").asText(), body))) {
            throw new IllegalStateException("the JCA disagrees with GitHub's published vector");
        }
        putHeader(group.test("GitHub's published example", VALID, "Ktv").put("body", Bytes.base64(body)), published);
        invalid(group, "GitHub's example with the body's final byte changed", utf8("Hello, World?"), published,
                "ModifiedBody");
        invalid(group, "GitHub's example with a trailing newline", utf8("Hello, World!\n"), published, "ModifiedBody");
    }

    private static void secrets(VectorDocument doc) {
        VectorDocument.Group group = doc.group("WebhookSignatureTest");
        group.fields().put("comment", "Secrets of other lengths and alphabets");
        byte[] body = utf8(EVENT);
        String unicode = "s\u00e9cr\u00e8t-\u20a6-\u5bc6\u94a5-\ud83d\udd11";
        String block = "shogun_whsec_" + "0123456789abcdef".repeat(3) + "012";
        String longer = block + "x";
        String veryLong = "shogun_whsec_" + "k".repeat(187);
        withSecret(group, "secret with non-ASCII characters", VALID, unicode, body, header(unicode, body),
                "UnicodeSecret");
        withSecret(group, "secret of exactly 64 bytes (one block)", VALID, block, body, header(block, body),
                "LongSecret");
        withSecret(group, "secret of 65 bytes (hashed first)", VALID, longer, body, header(longer, body),
                "LongSecret");
        withSecret(group, "secret of 200 bytes", VALID, veryLong, body, header(veryLong, body), "LongSecret");
        withSecret(group, "secret of one character", VALID, "k", body, header("k", body));
        withSecret(group, "signed with the secret from before a rotation", INVALID, SECRET, body,
                header(PREVIOUS_SECRET, body), "RotatedSecret");
        withSecret(group, "signed with another client's secret", INVALID, SECRET, body,
                header("shogun_whsec_test_other_client_77aa", body), "WrongSecret");
        withSecret(group, "signed with the secret plus a trailing newline", INVALID, SECRET, body,
                header(SECRET + "\n", body), "WrongSecret");
        withSecret(group, "non-ASCII secret signed with its Latin-1 bytes", INVALID, "s\u00e9cr\u00e8t-webhook-key",
                body, headerWithKey("s\u00e9cr\u00e8t-webhook-key".getBytes(StandardCharsets.ISO_8859_1), body),
                "SecretEncoding");
        String composed = "cl\u00e9-secr\u00e8te-webhook";
        withSecret(group, "NFC secret signed with its NFD form", INVALID, composed, body,
                header(Normalizer.normalize(composed, Normalizer.Form.NFD), body), "SecretEncoding");
        String hexLooking = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        withSecret(group, "hex-looking secret signed with its hex-decoded bytes", INVALID, hexLooking, body,
                headerWithKey(Bytes.unhex(hexLooking), body), "SecretEncoding");
        String base64Looking = "c2hvZ3VuLXdlYmhvb2stc2VjcmV0LWJ5dGVz";
        withSecret(group, "base64-looking secret signed with its base64-decoded bytes", INVALID, base64Looking, body,
                headerWithKey(java.util.Base64.getDecoder().decode(base64Looking), body), "SecretEncoding");
    }

    private static void bodyAlterations(VectorDocument doc) {
        VectorDocument.Group group = doc.group("WebhookSignatureTest");
        group.fields().put("comment", "The header is the correct signature of another body");
        group.fields().put("secret", SECRET);
        byte[] event = utf8(EVENT);
        String eventHeader = header(SECRET, event);
        invalid(group, "first byte of the body has one bit flipped", flipBit(event, 0, 0), eventHeader,
                "ModifiedBody");
        invalid(group, "a middle byte has one bit flipped (amount 250000 -> 250001)",
                utf8(EVENT.replace("250000", "250001")), eventHeader, "ModifiedBody");
        invalid(group, "last byte of the body has its high bit flipped", flipBit(event, -1, 7), eventHeader,
                "ModifiedBody");
        invalid(group, "a trailing newline added", utf8(EVENT + "\n"), eventHeader, "ReserializedBody");
        invalid(group, "the trailing newline removed", event, header(SECRET, utf8(EVENT + "\n")), "ReserializedBody");
        byte[] lf = utf8(EVENT_PRETTY);
        byte[] crlf = utf8(EVENT_PRETTY.replace("\n", "\r\n"));
        invalid(group, "signed with LF line ends, delivered with CRLF", crlf, header(SECRET, lf), "ReserializedBody");
        invalid(group, "signed with CRLF line ends, delivered with LF", lf, header(SECRET, crlf), "ReserializedBody");
        invalid(group, "a byte order mark added", concat(BOM, event), eventHeader, "ReserializedBody");
        invalid(group, "the byte order mark stripped", event, header(SECRET, concat(BOM, event)), "ReserializedBody");
        invalid(group, "signed compact, delivered pretty-printed", lf, eventHeader, "ReserializedBody");
        invalid(group, "signed pretty-printed, delivered compact", event, header(SECRET, lf), "ReserializedBody");
        invalid(group, "keys reordered", utf8(EVENT_REORDERED), eventHeader, "ReserializedBody");
        invalid(group, "the number 250000 written as 250000.0", utf8(EVENT_AMOUNT_AS_DECIMAL), eventHeader,
                "ReserializedBody");
        byte[] raw = utf8(unicodeEvent(false));
        byte[] escaped = utf8(unicodeEvent(true));
        invalid(group, "signed with raw UTF-8, delivered with \\u escapes", escaped, header(SECRET, raw),
                "ReserializedBody");
        invalid(group, "signed with \\u escapes, delivered with raw UTF-8", raw, header(SECRET, escaped),
                "ReserializedBody");
        invalid(group, "UTF-8 body delivered as Latin-1 bytes",
                unicodeEvent(false).replace(UNICODE_NARRATION, "caf\u00e9").getBytes(StandardCharsets.ISO_8859_1),
                header(SECRET, utf8(unicodeEvent(false).replace(UNICODE_NARRATION, "caf\u00e9"))), "ModifiedBody");
        invalid(group, "surrounding whitespace trimmed", event, header(SECRET, utf8("  " + EVENT + " \n")),
                "ReserializedBody");
        invalid(group, "last byte removed", Arrays.copyOf(event, event.length - 1), eventHeader, "ModifiedBody");
        invalid(group, "one byte appended", concat(event, new byte[] {'}'}), eventHeader, "ModifiedBody");
        invalid(group, "empty body with the signature of the event", new byte[0], eventHeader, "ModifiedBody");
        invalid(group, "the event with the signature of the empty body", event, header(SECRET, new byte[0]),
                "ModifiedBody");
        byte[] binary = binaryBody();
        int firstNul = indexOfNul(binary);
        invalid(group, "binary body cut at its first NUL byte", Arrays.copyOf(binary, firstNul),
                header(SECRET, binary), "BinaryBody");
        byte[] large = largeBody();
        invalid(group, "1 MiB body with its last byte changed", flipBit(large, -1, 0), header(SECRET, large),
                "ModifiedBody");
        invalid(group, "1 MiB body with a bit flipped in its first block", flipBit(large, 10, 1),
                header(SECRET, large), "ModifiedBody");
    }

    private static void headerForms(VectorDocument doc) {
        VectorDocument.Group group = doc.group("WebhookSignatureTest");
        group.fields().put("comment", "The body and secret of the first test; the header varies");
        group.fields().put("secret", SECRET);
        byte[] body = utf8(EVENT);
        String digest = hex(Macs.hmacSha256(utf8(SECRET), body));
        String good = "sha256=" + digest;
        valid(group, "the canonical header", body);
        invalidHeader(group, "header absent", body, null, "MissingHeader");
        invalidHeader(group, "empty header", body, "", "EmptyHeader");
        invalidHeader(group, "prefix with no digest", body, "sha256=", "EmptyHeader");
        invalidHeader(group, "digest without prefix", body, digest, "MissingPrefix");
        invalidHeader(group, "prefix without '='", body, "sha256" + digest, "MissingPrefix");
        invalidHeader(group, "prefix sha1=", body, "sha1=" + digest, "WrongPrefix");
        invalidHeader(group, "prefix sha512=", body, "sha512=" + digest, "WrongPrefix");
        invalidHeader(group, "prefix sha-256=", body, "sha-256=" + digest, "WrongPrefix");
        invalidHeader(group, "prefix hmac-sha256=", body, "hmac-sha256=" + digest, "WrongPrefix");
        invalidHeader(group, "prefix sha256: with a colon", body, "sha256:" + digest, "WrongPrefix");
        invalidHeader(group, "prefix v1= (Stripe style)", body, "v1=" + digest, "WrongPrefix");
        invalidHeader(group, "prefix repeated", body, "sha256=" + good, "WrongPrefix");
        invalidHeader(group, "upper-case prefix SHA256=", body, "SHA256=" + digest, "CaseVariant");
        invalidHeader(group, "mixed-case prefix Sha256=", body, "Sha256=" + digest, "CaseVariant");
        invalidHeader(group, "upper-case hex digest", body, "sha256=" + digest.toUpperCase(java.util.Locale.ROOT),
                "CaseVariant");
        invalidHeader(group, "one hex letter upper-case", body, "sha256=" + upperFirstLetter(digest), "CaseVariant");
        invalidHeader(group, "one hex digit short (63)", body, good.substring(0, good.length() - 1), "WrongLength");
        invalidHeader(group, "one hex digit long (65)", body, good + "0", "WrongLength");
        invalidHeader(group, "one byte long (66 hex digits)", body, good + "00", "WrongLength");
        invalidHeader(group, "128-bit truncated digest", body, "sha256=" + digest.substring(0, 32), "TruncatedTag");
        invalidHeader(group, "first hex digit only", body, "sha256=" + digest.charAt(0), "TruncatedTag");
        invalidHeader(group, "last hex digit replaced by 'g'", body, replaceLast(good, 'g'), "NonHexDigest");
        invalidHeader(group, "first hex digit replaced by 'z'", body, "sha256=z" + digest.substring(1),
                "NonHexDigest");
        invalidHeader(group, "digest with a '-' inside", body,
                "sha256=" + digest.substring(0, 32) + "-" + digest.substring(33), "NonHexDigest");
        invalidHeader(group, "last hex digit replaced by a fullwidth digit", body, replaceLast(good, '\uff10'),
                "NonAsciiHeader");
        invalidHeader(group, "an 'a' replaced by a Cyrillic '\u0430'", body, replaceFirstLetterA(good),
                "NonAsciiHeader");
        invalidHeader(group, "a non-breaking space after the digest", body, good + "\u00a0", "NonAsciiHeader");
        invalidHeader(group, "a leading space", body, " " + good, "Whitespace");
        invalidHeader(group, "a trailing space", body, good + " ", "Whitespace");
        invalidHeader(group, "a trailing tab", body, good + "\t", "Whitespace");
        invalidHeader(group, "a trailing CRLF", body, good + "\r\n", "Whitespace");
        invalidHeader(group, "a space after '='", body, "sha256= " + digest, "Whitespace");
        invalidHeader(group, "a space inside the digest", body,
                "sha256=" + digest.substring(0, 32) + " " + digest.substring(32), "Whitespace");
        invalidHeader(group, "a NUL byte after the digest", body, good + "\u0000", "Whitespace");
        invalidHeader(group, "100 000 characters: the digest followed by zeros", body,
                good + "0".repeat(100_000 - good.length()), "OversizedHeader");
        invalidHeader(group, "100 000 characters of hex after the prefix", body,
                "sha256=" + "a".repeat(100_000 - 7), "OversizedHeader");
        String other = "sha256=" + hex(Macs.hmacSha256(utf8(SECRET), utf8("{}")));
        invalidHeader(group, "two signatures, comma separated, the valid one second", body, other + "," + good,
                "MultipleSignatures");
        invalidHeader(group, "two signatures, comma separated, the valid one first", body, good + "," + other,
                "MultipleSignatures");
        invalidHeader(group, "two signatures, space separated", body, other + " " + good, "MultipleSignatures");
        invalidHeader(group, "the valid signature twice", body, good + "," + good, "MultipleSignatures");
        invalidHeader(group, "the digest followed by ';t=1705314600'", body, good + ";t=1705314600",
                "MultipleSignatures");
    }

    private static void wrongConstructions(VectorDocument doc) {
        VectorDocument.Group group = doc.group("WebhookSignatureTest");
        group.fields().put("comment", "Well-formed headers whose digest was not computed as the spec says");
        group.fields().put("secret", SECRET);
        byte[] body = utf8(EVENT);
        byte[] secret = utf8(SECRET);
        invalidHeader(group, "64 zeros", body, "sha256=" + "0".repeat(64), "ForgedTag");
        invalidHeader(group, "the digest of another event", body,
                header(SECRET, utf8(EVENT.replace("SHG-20240115-000123", "SHG-20240115-000124"))), "ForgedTag");
        invalidHeader(group, "plain SHA-256 of the body, no key", body,
                "sha256=" + hex(Bytes.sha256().digest(body)), "WrongAlgorithm");
        invalidHeader(group, "SHA-256 of secret || body", body,
                "sha256=" + hex(Bytes.sha256().digest(concat(secret, body))), "WrongAlgorithm");
        invalidHeader(group, "HMAC with key and message swapped", body,
                "sha256=" + hex(Macs.hmacSha256(body, secret)), "WrongAlgorithm");
        invalidHeader(group, "HMAC-SHA1 zero-padded to 64 hex digits", body,
                "sha256=" + hex(Macs.hmac("HmacSHA1", secret, body)) + "0".repeat(24), "WrongAlgorithm");
        invalidHeader(group, "first 64 hex digits of HMAC-SHA512", body,
                "sha256=" + hex(Macs.hmac("HmacSHA512", secret, body)).substring(0, 64), "WrongAlgorithm");
        invalidHeader(group, "the digest in base64", body,
                "sha256=" + Bytes.base64(Macs.hmacSha256(secret, body)), "WrongAlgorithm");
        invalidHeader(group, "the hex digest of the hex digest", body,
                "sha256=" + hex(Macs.hmacSha256(secret, utf8(hex(Macs.hmacSha256(secret, body))))),
                "WrongAlgorithm");
    }

    static String header(String secret, byte[] body) {
        return headerWithKey(utf8(secret), body);
    }

    private static String headerWithKey(byte[] key, byte[] body) {
        return "sha256=" + hex(Macs.hmacSha256(key, body));
    }

    private static void valid(VectorDocument.Group group, String comment, byte[] body, String... flags) {
        String secret = group.fields().get("secret").asText();
        putHeader(group.test(comment, VALID, flags).put("body", Bytes.base64(body)), header(secret, body));
    }

    private static void invalid(VectorDocument.Group group, String comment, byte[] body, String header,
            String... flags) {
        invalidHeader(group, comment, body, header, flags);
    }

    private static void invalidHeader(VectorDocument.Group group, String comment, byte[] body, String header,
            String... flags) {
        putHeader(group.test(comment, INVALID, flags).put("body", Bytes.base64(body)), header);
    }

    private static void withSecret(VectorDocument.Group group, String comment, Expectation result, String secret,
            byte[] body, String header, String... flags) {
        putHeader(group.test(comment, result, flags).put("secret", secret).put("body", Bytes.base64(body)), header);
    }

    /**
     * Writes {@code signatureHeader} (null: absent) and, when the value cannot reach an HTTP receiver unchanged,
     * {@code "httpSendable": false}: servers strip leading and trailing spaces and tabs from field values, and
     * control characters are not allowed in them (RFC 9110 section 5.5).
     */
    private static void putHeader(ObjectNode test, String header) {
        if (header == null) {
            test.putNull("signatureHeader");
            return;
        }
        test.put("signatureHeader", header);
        if (!httpSendable(header)) {
            test.put("httpSendable", false);
        }
    }

    static boolean httpSendable(String header) {
        if (!header.isEmpty() && (isBlank(header.charAt(0)) || isBlank(header.charAt(header.length() - 1)))) {
            return false;
        }
        return header.chars().noneMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static String unicodeEvent(boolean escaped) {
        String name = escaped ? escapeNonAscii(UNICODE_NAME) : UNICODE_NAME;
        String narration = escaped ? escapeNonAscii(UNICODE_NARRATION) : UNICODE_NARRATION;
        return "{\"event\":\"transaction.successful\",\"data\":{\"reference\":\"SHG-20240115-000124\",\"amount\":2500,"
                + "\"currency\":\"NGN\",\"narration\":\"" + narration + "\",\"customer\":{\"name\":\"" + name + "\"}}}";
    }

    private static String escapeNonAscii(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < 0x80 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.toString();
    }

    /** Bytes 0..255 in a fixed shuffled order with extra NULs: every byte value, not valid UTF-8. */
    private static byte[] binaryBody() {
        byte[] noise = Bytes.deterministic("shogun-auth-kit/webhook/binary-body", 240);
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) (255 - i);
        }
        return concat(utf8("PK"), new byte[] {3, 4, 0, 0}, noise, all);
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        throw new IllegalStateException("no NUL byte");
    }

    /** A JSON event padded with a filler field to exactly {@code length} bytes. */
    private static byte[] paddedEvent(int length) {
        String prefix = "{\"event\":\"ping\",\"pad\":\"";
        String suffix = "\"}";
        int filler = length - prefix.length() - suffix.length();
        if (filler < 0) {
            return Arrays.copyOf(utf8(prefix + suffix), length);
        }
        return utf8(prefix + "x".repeat(filler) + suffix);
    }

    /** A compact settlement report event of exactly 1 MiB: rows of deterministic data, then one padding row. */
    private static byte[] largeBody() {
        StringBuilder json = new StringBuilder("{\"event\":\"settlement.report\",\"data\":{\"rows\":[");
        byte[] noise = Bytes.deterministic("shogun-auth-kit/webhook/large-body", ONE_MIB);
        int row = 0;
        String end = "]}}";
        while (true) {
            String entry = (row == 0 ? "" : ",") + "{\"id\":" + row + ",\"ref\":\""
                    + hex(Arrays.copyOfRange(noise, row * 8 % (ONE_MIB - 8), row * 8 % (ONE_MIB - 8) + 8)) + "\"}";
            if (json.length() + entry.length() + end.length() > ONE_MIB) {
                break;
            }
            json.append(entry);
            row++;
        }
        String padStart = ",{\"pad\":\"";
        String padEnd = "\"}";
        int padding = ONE_MIB - json.length() - end.length() - padStart.length() - padEnd.length();
        while (padding < 0) {
            json.setLength(json.lastIndexOf(",{\"id\""));
            padding = ONE_MIB - json.length() - end.length() - padStart.length() - padEnd.length();
        }
        byte[] body = utf8(json.append(padStart).append("x".repeat(padding)).append(padEnd).append(end).toString());
        if (body.length != ONE_MIB) {
            throw new IllegalStateException("large body is " + body.length + " bytes");
        }
        return body;
    }

    private static String upperFirstLetter(String hexDigest) {
        for (int i = 0; i < hexDigest.length(); i++) {
            char c = hexDigest.charAt(i);
            if (c >= 'a' && c <= 'f') {
                return hexDigest.substring(0, i) + Character.toUpperCase(c) + hexDigest.substring(i + 1);
            }
        }
        throw new IllegalStateException("digest without a hex letter");
    }

    private static String replaceLast(String header, char replacement) {
        return header.substring(0, header.length() - 1) + replacement;
    }

    private static String replaceFirstLetterA(String header) {
        int at = header.indexOf('a', 7);
        if (at < 0) {
            throw new IllegalStateException("digest without an 'a'");
        }
        return header.substring(0, at) + '\u0430' + header.substring(at + 1);
    }
}
