package io.shogun.authkit.vectors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads single vector files in the kit's format that are not part of the bundled set: files a vendor wrote, or
 * held-out sets. Reading is lenient where a difference does not change a case's meaning (see
 * {@link CaseMappers}); what a case needs to be run is still required, and problems name the file and the tcId.
 */
public final class VectorFiles {

    public static final String WEBHOOK_ALGORITHM = "X-Shogun-Signature";
    public static final String JWT_ALGORITHM = "HS256-JWT";

    private VectorFiles() {
    }

    /** The file's {@code algorithm}: {@value #WEBHOOK_ALGORITHM}, {@value #JWT_ALGORITHM} or another. */
    public static String algorithm(Path file) {
        return reader(file).algorithm();
    }

    public static VectorFile<WebhookVector> readWebhook(Path file) {
        return reader(file).read(WEBHOOK_ALGORITHM, CaseMappers.LENIENT::webhook);
    }

    public static VectorFile<JwtVector> readJwt(Path file) {
        return reader(file).read(JWT_ALGORITHM, CaseMappers.LENIENT::jwt);
    }

    /** A profile file laid out like {@code profile/shogun_profile.json}, for a simulator that plays other values. */
    public static ShogunProfile readProfile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new VectorFormatException(file.toString(), "cannot be read: " + e);
        }
        return ProfileReader.read(file.toString(), bytes);
    }

    private static VectorReader reader(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new VectorFormatException(file.toString(), "cannot be read: " + e);
        }
        return new VectorReader(file.toString(), bytes, false);
    }
}
