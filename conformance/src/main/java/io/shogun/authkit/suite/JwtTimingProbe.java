package io.shogun.authkit.suite;

import io.shogun.authkit.spi.JwtVerifier;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The child process of {@link TimingCheck} for JWT-CONSTANT-TIME: runs the timing screen on one target's HS256
 * verifier and prints the result as one JSON line, with the JIT off ({@code -Xint}).
 *
 * <p>Inputs follow {@link MismatchDesign}: 64 valid Shogun-shaped tokens, each with its signature changed in the last
 * base64url character only (still a canonical encoding, so the last MAC byte differs: a late mismatch), and the same
 * signing inputs with another token's signature, which differs from theirs in the first character and so in the
 * first MAC byte (an early mismatch). Whether a verifier compares the MAC bytes or the base64url text, only the
 * comparison can tell the classes apart.
 */
public final class JwtTimingProbe {

    static final byte[] KEY = "shogun-kit-timing-screen-jwt-signing-key".getBytes(StandardCharsets.US_ASCII);
    private static final long NOW = 1_767_225_600L; // 2026-01-01T00:00:00Z
    private static final int TOKENS = 64;
    /** Canonical last characters of a 32-byte value in base64url (the two unused bits zero), by kind. */
    private static final String[] CANONICAL_LAST = {"AEIMQUY", "cgkosw", "048"};

    private JwtTimingProbe() {
    }

    public static void main(String[] args) {
        String spec = MismatchDesign.targetSpec(args, JwtTimingProbe.class);
        JwtVerifier verifier = Targets.select(spec)
                .newJwtVerifier(KEY.clone(), InstantSource.fixed(Instant.ofEpochSecond(NOW)), Duration.ZERO);
        String header = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.US_ASCII));
        String[] signingInputs = new String[TOKENS];
        String[] signatures = new String[TOKENS];
        String[] lateMismatch = new String[TOKENS];
        for (int k = 0; k < TOKENS; k++) {
            String claims = "{\"sub\":\"client_" + (100_000 + k) + "\",\"type\":\"integration\",\"iat\":" + (NOW - 60)
                    + ",\"exp\":" + (NOW + 3540) + "}";
            signingInputs[k] = header + "." + base64Url(claims.getBytes(StandardCharsets.US_ASCII));
            signatures[k] = base64Url(hmac(signingInputs[k]));
            int last = signatures[k].length() - 1;
            lateMismatch[k] = signatures[k].substring(0, last) + sameKindOther(signatures[k].charAt(last));
        }
        int[] partners = MismatchDesign.earlyMismatchPartners(signatures, lateMismatch, 0);
        int copies = MismatchDesign.COPIES;
        String[] fixedTokens = new String[copies];
        String[] randomTokens = new String[copies];
        for (int i = 0; i < copies; i++) {
            int k = i % TOKENS;
            fixedTokens[i] = MismatchDesign.copy(signingInputs[k] + "." + lateMismatch[k]);
            randomTokens[i] = MismatchDesign.copy(signingInputs[k] + "." + lateMismatch[partners[k]]);
        }
        TimingScreen.Result result = TimingScreen.screen((fixed, index) -> {
            int at = index & (copies - 1);
            return verifier.verify(fixed ? fixedTokens[at] : randomTokens[at]).accepted() ? 1 : 0;
        }, TimingScreen.Settings.INTERPRETED);
        MismatchDesign.print(result);
    }

    /** Another canonical last character of the same kind (upper case, lower case, digit), so decoding costs the same. */
    private static char sameKindOther(char c) {
        for (String kind : CANONICAL_LAST) {
            int at = kind.indexOf(c);
            if (at >= 0) {
                return kind.charAt(at == 0 ? 1 : 0);
            }
        }
        throw new IllegalStateException("not a canonical last character of a 32-byte value: " + c);
    }

    private static byte[] hmac(String signingInput) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
