package io.shogun.authkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.shogun.authkit.spi.WebhookDecision;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature header parser and the webhook verifier on arbitrary input, each against an oracle written
 * independently of it: a regular expression for the canonical form, and {@code javax.crypto.Mac} for the signature.
 * The committed corpus replays in every build; {@code JAZZER_FUZZ=1} searches for new inputs (README, "Fuzzing").
 */
class WebhookVerifierFuzzTest {

    private static final Pattern CANONICAL = Pattern.compile("sha256=[0-9a-f]{64}");

    @FuzzTest
    @DictionaryEntries({
            "sha256=",
            "SHA256=",
            "sha1=",
            "0123456789abcdef",
            "ABCDEF",
            " ",
            "	"})
    void isCanonical_anyHeader_acceptsExactlyTheCanonicalForm(FuzzedDataProvider data) {
        String header = data.consumeRemainingAsString();

        assertThat(SignatureHeader.isCanonical(header)).isEqualTo(CANONICAL.matcher(header).matches());
    }

    /**
     * The header is either fuzzed outright or the right signature under one of the secrets with one edit; whatever
     * it is, the verifier accepts exactly when it is the canonical signature of the body under an active secret.
     */
    @FuzzTest
    void verify_anyBodyAndHeader_acceptsOnlyTheSignatureOfTheBody(FuzzedDataProvider data) {
        HmacProvider provider = data.pickValue(HmacProvider.values());
        List<String> secrets = data.consumeBoolean()
                ? List.of(secret(data), secret(data)) : List.of(secret(data));
        byte[] body = data.consumeBytes(data.consumeInt(0, 4096));
        String header = switch (data.consumeInt(0, 3)) {
            case 0 -> data.consumeBoolean() ? null : data.consumeString(128);
            case 1 -> signature(data.pickValue(secrets), body);
            default -> edited(signature(data.pickValue(secrets), body), data);
        };

        WebhookDecision decision = ReferenceWebhookVerifier.create(secrets, provider).verify(body, header);

        boolean signedByAnActiveSecret = header != null
                && secrets.stream().anyMatch(secret -> signature(secret, body).equals(header));
        assertThat(decision == WebhookDecision.ACCEPTED).as("accepted").isEqualTo(signedByAnActiveSecret);
        if (header == null) {
            assertThat(decision).isEqualTo(WebhookDecision.MISSING_HEADER);
        } else if (!CANONICAL.matcher(header).matches()) {
            assertThat(decision).isEqualTo(WebhookDecision.MALFORMED_HEADER);
        }
    }

    private static String secret(FuzzedDataProvider data) {
        String secret = data.consumeString(64);
        return secret.isEmpty() ? "s" : secret;
    }

    /** One edit: a character replaced, inserted or removed, or the whole header's case changed. */
    private static String edited(String header, FuzzedDataProvider data) {
        int at = data.consumeInt(0, header.length() - 1);
        char c = data.consumeChar();
        return switch (data.consumeInt(0, 3)) {
            case 0 -> header.substring(0, at) + c + header.substring(at + 1);
            case 1 -> header.substring(0, at) + c + header.substring(at);
            case 2 -> header.substring(0, at) + header.substring(at + 1);
            default -> header.toUpperCase(java.util.Locale.ROOT);
        };
    }

    private static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
