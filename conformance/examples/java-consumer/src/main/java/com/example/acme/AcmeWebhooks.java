package com.example.acme;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Acme's check of Shogun webhook deliveries: the product code being certified. */
public final class AcmeWebhooks {

    private final List<String> secrets;

    /** @param secrets the active webhook secrets (two while one is being rotated) */
    public AcmeWebhooks(List<String> secrets) {
        this.secrets = List.copyOf(secrets);
    }

    /** Whether {@code signatureHeader} is {@code sha256=<hex HMAC-SHA256 of the raw body>} under an active secret. */
    public boolean isValid(byte[] rawBody, String signatureHeader) {
        if (signatureHeader == null) {
            return false;
        }
        byte[] received = signatureHeader.getBytes(StandardCharsets.UTF_8);
        boolean valid = false;
        for (String secret : secrets) {
            byte[] expected = ("sha256=" + HexFormat.of().formatHex(hmac(secret, rawBody)))
                    .getBytes(StandardCharsets.US_ASCII);
            valid |= MessageDigest.isEqual(expected, received);
        }
        return valid;
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
