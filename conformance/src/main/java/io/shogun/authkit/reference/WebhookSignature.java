package io.shogun.authkit.reference;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Signing as Shogun signs: the {@code X-Shogun-Signature} value for a body under a webhook secret. */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    /** {@code sha256=} followed by the lowercase hex HMAC-SHA256 of {@code body} under the UTF-8 bytes of the secret. */
    public static String header(String secret, byte[] body) {
        byte[] tag = new byte[32];
        HmacProvider.SUN_JCE.newHmac(secret.getBytes(StandardCharsets.UTF_8)).mac(body, 0, body.length, tag);
        return SignatureHeader.PREFIX + HexFormat.of().formatHex(tag);
    }
}
