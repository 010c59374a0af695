package io.shogun.authkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.shogun.authkit.simulator.ShogunSimulator;
import io.shogun.authkit.spi.ClientResponse;
import io.shogun.authkit.spi.TokenClientSetup;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference client's own promises, beyond what the client suite grades. */
class ReferenceTokenClientTest {

    @Test
    void toString_andLog_neverShowTheSecret() {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        try (ShogunSimulator shogun = ShogunSimulator.builder().demoClientSecret("s3cr3t-do-not-print").start();
                ReferenceTokenClient client = new ReferenceTokenClient(new TokenClientSetup(URI.create(shogun.baseUrl()),
                        shogun.demoClientId(), shogun::demoClientSecret, shogun.clock(),
                        duration -> shogun.clock().advance(duration), log::add))) {
            assertThat(client.call("GET", "/api/v1/account/api/fetch_customer_accounts").httpStatus()).isEqualTo(200);
            shogun.rotateSecret(shogun.demoClientId(), "another-secret");
            shogun.clock().advance(Duration.ofHours(2));
            assertThat(client.call("GET", "/api/v1/account/api/fetch_customer_accounts").outcome())
                    .isEqualTo(ClientResponse.Outcome.INVALID_CREDENTIALS);

            assertThat(client.toString()).doesNotContain("s3cr3t-do-not-print");
            assertThat(log).isNotEmpty().noneMatch(line -> line.contains("s3cr3t-do-not-print"));
        }
    }

    @Test
    void backoff_growsByItsFactorUpToTheCap_withinTheJitter() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(10), 0.2);

        for (int attempt = 1; attempt <= 8; attempt++) {
            double expected = Math.min(10_000, 1_000 * Math.pow(2, attempt - 1));
            assertThat(backoff.delay(attempt).toMillis()).as("attempt %d", attempt)
                    .isBetween((long) (expected * 0.8) - 1, (long) (expected * 1.2) + 1);
        }
    }
}
