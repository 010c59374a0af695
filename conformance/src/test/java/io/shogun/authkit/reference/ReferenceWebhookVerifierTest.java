package io.shogun.authkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.vectors.Expectation;
import io.shogun.authkit.vectors.GoldenVectors;
import io.shogun.authkit.vectors.WebhookVector;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReferenceWebhookVerifierTest {

    private static final byte[] BODY = "{\"event\":\"transaction.successful\"}".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @EnumSource(HmacProvider.class)
    void verify_everyWebhookVector_answersAsDeclared_onEveryProvider(HmacProvider provider) {
        for (WebhookVector vector : GoldenVectors.load().webhookSignatures().tests()) {
            ReferenceWebhookVerifier verifier = ReferenceWebhookVerifier.create(List.of(vector.secret()), provider);

            WebhookDecision decision = verifier.verify(vector.body(), vector.signatureHeader().orElse(null));

            assertThat(decision.accepted()).as(vector.displayName()).isEqualTo(vector.result() == Expectation.VALID);
        }
    }

    @Test
    void verify_duringRotation_acceptsEitherActiveSecret() {
        ReferenceWebhookVerifier verifier = ReferenceWebhookVerifier.create(List.of("new-secret", "old-secret"));

        assertThat(verifier.verify(BODY, header("new-secret", BODY))).isEqualTo(WebhookDecision.ACCEPTED);
        assertThat(verifier.verify(BODY, header("old-secret", BODY))).isEqualTo(WebhookDecision.ACCEPTED);
        assertThat(verifier.verify(BODY, header("other-secret", BODY))).isEqualTo(WebhookDecision.SIGNATURE_MISMATCH);
    }

    @Test
    void verify_afterRotationCompletes_refusesTheOldSecret() {
        ReferenceWebhookVerifier verifier = ReferenceWebhookVerifier.create(List.of("new-secret"));

        assertThat(verifier.verify(BODY, header("old-secret", BODY))).isEqualTo(WebhookDecision.SIGNATURE_MISMATCH);
    }

    @Test
    void verify_reasons_areTyped() {
        ReferenceWebhookVerifier verifier = ReferenceWebhookVerifier.create(List.of("secret"));

        assertThat(verifier.verify(BODY, null)).isEqualTo(WebhookDecision.MISSING_HEADER);
        assertThat(verifier.verify(BODY, "sha256=abc")).isEqualTo(WebhookDecision.MALFORMED_HEADER);
        assertThat(verifier.verify(BODY, "sha256=" + "0".repeat(64))).isEqualTo(WebhookDecision.SIGNATURE_MISMATCH);
        assertThat(verifier.verify(null, header("secret", BODY))).isEqualTo(WebhookDecision.MALFORMED_HEADER);
    }

    @Test
    void create_withoutSecrets_isRefused() {
        assertThatThrownBy(() -> ReferenceWebhookVerifier.create(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at least one webhook secret is required");
    }

    @Test
    void toString_neverShowsTheSecret() {
        assertThat(ReferenceWebhookVerifier.create(List.of("super-secret-value")).toString())
                .doesNotContain("super-secret-value");
    }

    @Test
    void verify_manyThreadsAtOnce_allAnswerCorrectly() throws Exception {
        ReferenceWebhookVerifier verifier = ReferenceWebhookVerifier.create(List.of("secret"));
        String good = header("secret", BODY);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = threads.invokeAll(java.util.Collections.nCopies(64, () -> {
                for (int i = 0; i < 2_000; i++) {
                    boolean ok = verifier.verify(BODY, good) == WebhookDecision.ACCEPTED
                            && verifier.verify(BODY, header("wrong", BODY)) == WebhookDecision.SIGNATURE_MISMATCH;
                    if (!ok) {
                        return false;
                    }
                }
                return true;
            }));
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(HmacProvider.class)
    void verify_afterWarmUp_allocatesWhatTheJavadocStates(HmacProvider provider) {
        ReferenceWebhookVerifier verifier = ReferenceWebhookVerifier.create(List.of("secret"), provider);
        String good = header("secret", BODY);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 20_000; i++) {
            verifier.verify(BODY, good);
        }
        long thread = Thread.currentThread().getId();

        long before = threads.getThreadAllocatedBytes(thread);
        int accepted = 0;
        for (int i = 0; i < 100_000; i++) {
            accepted += verifier.verify(BODY, good).accepted() ? 1 : 0;
        }
        long bytesPerCall = (threads.getThreadAllocatedBytes(thread) - before) / 100_000;

        assertThat(accepted).isEqualTo(100_000);
        if (provider == HmacProvider.BOUNCY_CASTLE_LIGHTWEIGHT || provider == HmacProvider.JDK_ZERO_ALLOCATION) {
            assertThat(bytesPerCall).as("bytes per call").isZero();
        } else if (provider == HmacProvider.JDK_PRIMED_STATES) {
            assertThat(bytesPerCall).as("bytes per call: two digest clones").isLessThanOrEqualTo(512);
        } else {
            assertThat(bytesPerCall).as("bytes per call").isLessThanOrEqualTo(48);
        }
    }

    @Test
    void create_emptySecret_isRefused() {
        assertThatThrownBy(() -> ReferenceWebhookVerifier.create(List.of("ok", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a webhook secret must not be empty");
    }

    private static String header(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
