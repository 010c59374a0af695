package io.shogun.authkit.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every webhook vector's declared result agrees with the spec's rule computed by an independent HMAC: accept exactly
 * when the header equals {@code "sha256=" + lowercase hex(HMAC-SHA256(utf8(secret), body))}.
 */
class WebhookCrossCheckTest {

    static Stream<Named<WebhookVector>> vectors() {
        return GoldenVectors.load().webhookSignatures().tests().stream()
                .map(vector -> Named.of(vector.displayName(), vector));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void webhookVector_declaredResult_matchesIndependentHmac(WebhookVector vector) {
        byte[] tag = IndependentHmac.hmacSha256(vector.secret().getBytes(StandardCharsets.UTF_8), vector.body());
        String canonical = "sha256=" + HexFormat.of().formatHex(tag);

        boolean accepted = vector.signatureHeader().map(canonical::equals).orElse(false);

        assertThat(vector.result()).isNotEqualTo(Expectation.ACCEPTABLE);
        assertThat(accepted).isEqualTo(vector.result() == Expectation.VALID);
    }
}
