package io.shogun.authkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The golden vector set, read and checked once: every file's SHA-256 against {@code MANIFEST.sha256}, the manifest
 * against {@code VECTORS.sha256}, then each file into immutable typed records. Suites and benchmarks use this and
 * never parse JSON themselves.
 *
 * <p>Any problem is a {@link VectorFormatException} naming the file, the {@code tcId} where there is one, and what
 * is wrong.
 */
public final class GoldenVectors {

    public static final String WEBHOOK_FILE = "testvectors/webhook_signature_test.json";
    public static final String HMAC_FILE = "testvectors/hmac_sha256_test.json";
    public static final String JWT_FILE = "testvectors/jwt_hs256_test.json";
    public static final String EXCHANGES_FILE = "testvectors/api_exchanges_test.json";
    public static final String PROFILE_FILE = "profile/shogun_profile.json";
    public static final String MANIFEST_FILE = "MANIFEST.sha256";
    public static final String AGGREGATE_FILE = "VECTORS.sha256";

    private final String setSha256;
    private final VectorFile<WebhookVector> webhookSignatures;
    private final VectorFile<HmacVector> hmacSha256;
    private final VectorFile<JwtVector> jwtHs256;
    private final VectorFile<ApiExchange> apiExchanges;
    private final ShogunProfile profile;

    private GoldenVectors(VectorSource source) {
        Map<String, byte[]> files = verifiedFiles(source);
        this.setSha256 = sha256Hex(files.get(MANIFEST_FILE));
        this.webhookSignatures = new VectorReader(WEBHOOK_FILE, files.get(WEBHOOK_FILE))
                .read("X-Shogun-Signature", GoldenVectors::webhook);
        this.hmacSha256 = new VectorReader(HMAC_FILE, files.get(HMAC_FILE)).read("HMACSHA256", GoldenVectors::hmac);
        this.jwtHs256 = new VectorReader(JWT_FILE, files.get(JWT_FILE)).read("HS256-JWT", GoldenVectors::jwt);
        this.apiExchanges = new VectorReader(EXCHANGES_FILE, files.get(EXCHANGES_FILE))
                .read("SHOGUN-API", GoldenVectors::exchange);
        this.profile = ProfileReader.read(PROFILE_FILE, files.get(PROFILE_FILE));
    }

    /** The set shipped in this jar (classpath resources under {@code shogun-vectors/}). */
    public static GoldenVectors load() {
        return Holder.BUNDLED;
    }

    /** A set in a folder laid out like {@code vectors/}: {@code testvectors/}, {@code profile/}, the manifests. */
    public static GoldenVectors load(Path root) {
        return new GoldenVectors(VectorSource.folder(root));
    }

    private static final class Holder {
        static final GoldenVectors BUNDLED = new GoldenVectors(
                VectorSource.classpath(GoldenVectors.class.getClassLoader()));
    }

    /** SHA-256 of {@code MANIFEST.sha256}: one hash that pins every file of the set. */
    public String setSha256() {
        return setSha256;
    }

    public VectorFile<WebhookVector> webhookSignatures() {
        return webhookSignatures;
    }

    public VectorFile<HmacVector> hmacSha256() {
        return hmacSha256;
    }

    public VectorFile<JwtVector> jwtHs256() {
        return jwtHs256;
    }

    public VectorFile<ApiExchange> apiExchanges() {
        return apiExchanges;
    }

    public ShogunProfile profile() {
        return profile;
    }

    // ---- integrity ---------------------------------------------------------------------------------------------

    private static Map<String, byte[]> verifiedFiles(VectorSource source) {
        byte[] manifest = read(source, MANIFEST_FILE);
        String aggregate = new String(read(source, AGGREGATE_FILE), StandardCharsets.US_ASCII);
        String manifestHash = sha256Hex(manifest);
        if (!aggregate.equals(manifestHash + "  " + MANIFEST_FILE + "\n")) {
            throw new VectorFormatException(AGGREGATE_FILE, "does not hold the SHA-256 of " + MANIFEST_FILE + " ("
                    + manifestHash + ") in sha256sum format");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(MANIFEST_FILE, manifest);
        String[] lines = new String(manifest, StandardCharsets.US_ASCII).split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            if (line.length() < 67 || !line.startsWith("  ", 64)) {
                throw new VectorFormatException(MANIFEST_FILE, "line " + (i + 1) + " is not '<sha256>  <path>'");
            }
            String path = line.substring(66);
            byte[] bytes = read(source, path);
            String actual = sha256Hex(bytes);
            if (!actual.equals(line.substring(0, 64))) {
                throw new VectorFormatException(path, "its SHA-256 is " + actual + " but " + MANIFEST_FILE
                        + " line " + (i + 1) + " says " + line.substring(0, 64)
                        + "; regenerate the vectors instead of editing them");
            }
            files.put(path, bytes);
        }
        if (!lines[lines.length - 1].isEmpty()) {
            throw new VectorFormatException(MANIFEST_FILE, "does not end with a newline");
        }
        for (String required : List.of(WEBHOOK_FILE, HMAC_FILE, JWT_FILE, EXCHANGES_FILE, PROFILE_FILE)) {
            if (!files.containsKey(required)) {
                throw new VectorFormatException(MANIFEST_FILE, "does not list " + required);
            }
        }
        return files;
    }

    private static byte[] read(VectorSource source, String path) {
        try {
            return source.read(path);
        } catch (IOException e) {
            throw new VectorFormatException(path, "cannot be read from " + source.describe() + ": " + e);
        }
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    // ---- mappers -----------------------------------------------------------------------------------------------

    private static WebhookVector webhook(VectorReader.Case test) {
        return new WebhookVector(test.tcId, test.comment(), test.flags(), test.result(), test.text("secret"),
                test.base64("body"), test.nullableText("signatureHeader"), httpSendable(test));
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

    private static HmacVector hmac(VectorReader.Case test) {
        long tagSize = test.integer("tagSize");
        byte[] tag = test.hex("tag");
        if (test.result() == Expectation.VALID && tag.length * 8L != tagSize) {
            throw test.problem("a valid tag has " + tag.length * 8 + " bits, tagSize says " + tagSize);
        }
        return new HmacVector(test.tcId, test.comment(), test.flags(), test.result(), test.hex("key"),
                test.hex("msg"), tag, (int) tagSize);
    }

    private static JwtVector jwt(VectorReader.Case test) {
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
        Optional<JwtError> error = test.has("error")
                ? Optional.of(JwtError.fromCode(test.text("error"))) : Optional.empty();
        if (result == Expectation.VALID && (claims.isEmpty() || error.isPresent())) {
            throw test.problem("a valid case needs claims and no error");
        }
        if (result == Expectation.INVALID && (error.isEmpty() || claims.isPresent())) {
            throw test.problem("an invalid case needs an error and no claims");
        }
        if (result == Expectation.ACCEPTABLE && error.isEmpty()) {
            throw test.problem("an acceptable case needs the error a rejecting verifier reports");
        }
        long leeway = test.integer("leewaySeconds");
        if (leeway < 0) {
            throw test.problem("leewaySeconds is negative");
        }
        return new JwtVector(test.tcId, test.comment(), test.flags(), result, keyBytes, test.integer("now"), leeway,
                test.text("token"), claims, error);
    }

    private static ApiExchange exchange(VectorReader.Case test) {
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
