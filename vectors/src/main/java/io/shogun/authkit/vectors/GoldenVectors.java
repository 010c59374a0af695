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
                .read("X-Shogun-Signature", CaseMappers.STRICT::webhook);
        this.hmacSha256 = new VectorReader(HMAC_FILE, files.get(HMAC_FILE)).read("HMACSHA256", CaseMappers.STRICT::hmac);
        this.jwtHs256 = new VectorReader(JWT_FILE, files.get(JWT_FILE)).read("HS256-JWT", CaseMappers.STRICT::jwt);
        this.apiExchanges = new VectorReader(EXCHANGES_FILE, files.get(EXCHANGES_FILE))
                .read("SHOGUN-API", CaseMappers.STRICT::exchange);
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
}
