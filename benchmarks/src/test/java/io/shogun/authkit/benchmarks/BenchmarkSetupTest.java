package io.shogun.authkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every benchmark's set-up checks its subject answers correctly (a fast wrong answer is no answer); run each once
 * here, so that a broken shape or library fails {@code mvn verify} rather than a long JMH run.
 */
class BenchmarkSetupTest {

    @ParameterizedTest
    @ValueSource(strings = {"snippet-SunJCE", "snippet-BC", "reused-mac-SunJCE", "reused-mac-BC", "cloned-mac-SunJCE",
        "format-loop-SunJCE", "reference", "reference-zero-allocation", "reference-mac-SunJCE",
        "reference-bc-lightweight"})
    void webhookShapes_eachShape_acceptsTheDeliveryAndRejectsAForgery(String shape) throws Exception {
        for (int size : new int[] {0, 64, 1024}) {
            WebhookShapes benchmark = new WebhookShapes();
            benchmark.shape = shape;
            benchmark.size = size;
            benchmark.setUp();

            assertThat(benchmark.verify()).as("%s at %d bytes", shape, size).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"SunJCE", "BC", "bc-lightweight", "ACCP", "Conscrypt", "jdk-primed-states",
        "jdk-zero-allocation"})
    void hmacProviders_eachProvider_computesTheVectorsTag(String provider) throws Exception {
        HmacProviders benchmark = new HmacProviders();
        benchmark.provider = provider;
        benchmark.size = 1024;
        try {
            benchmark.setUp();
        } catch (IllegalStateException e) {
            org.junit.jupiter.api.Assumptions.assumeFalse(e.getMessage().contains("does not load here"),
                    e.getMessage());
            throw e;
        }

        assertThat(benchmark.hmac()).hasSize(32);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reference", "auth0", "nimbus", "jjwt", "jose4j"})
    void jwtVerifiers_eachLibrary_readsExpAndRejectsAForgery(String library) throws Exception {
        JwtVerifiers benchmark = new JwtVerifiers();
        benchmark.library = library;
        benchmark.setUp();

        assertThat(benchmark.verify()).isEqualTo(JwtInput.shogunToken().exp());
    }

    @org.junit.jupiter.api.Test
    void cachedTokenRead_fetchesOnceAndThenReadsTheCachedToken() {
        CachedTokenRead benchmark = new CachedTokenRead();
        benchmark.setUp();
        try {
            assertThat(benchmark.oneThread()).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer "));
        } finally {
            benchmark.tearDown();
        }
    }

    @org.junit.jupiter.api.Test
    void targetWebhookVerify_reference_acceptsTheDelivery() {
        TargetWebhookVerify benchmark = new TargetWebhookVerify();
        benchmark.target = "reference";
        benchmark.size = 1024;
        benchmark.setUp();

        assertThat(benchmark.verify()).isTrue();
    }
}
