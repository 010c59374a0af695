package io.shogun.authkit.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import io.shogun.authkit.vectors.GoldenVectors;
import io.shogun.authkit.vectors.WebhookVector;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which of the golden webhook vectors a live endpoint can be graded on. */
class HttpWebhookTargetTest {

    private static final List<WebhookVector> VECTORS = GoldenVectors.load().webhookSignatures().tests();
    private final HttpWebhookTarget target = new HttpWebhookTarget(URI.create("http://127.0.0.1:1/webhooks"),
            HttpWebhookTarget.VECTOR_SECRET, Map.of());

    @Test
    void notDeliverable_vectorsUnderTheEndpointsSecret_areAllDeliverableButTheHttpUnsendable() {
        List<WebhookVector> ownSecret = VECTORS.stream()
                .filter(vector -> vector.secret().equals(HttpWebhookTarget.VECTOR_SECRET)).toList();

        assertThat(ownSecret).filteredOn(vector -> target.notDeliverable(vector).isPresent())
                .isNotEmpty()
                .allSatisfy(vector -> assertThat(vector.httpSendable()).isFalse());
        assertThat(ownSecret).filteredOn(vector -> target.notDeliverable(vector).isEmpty())
                .hasSizeGreaterThan(90)
                .allSatisfy(vector -> assertThat(vector.httpSendable()).isTrue());
    }

    @Test
    void notDeliverable_otherSecret_saysSoWithoutNamingEitherSecret() {
        WebhookVector other = VECTORS.stream()
                .filter(vector -> !vector.secret().equals(HttpWebhookTarget.VECTOR_SECRET)).findFirst().orElseThrow();

        assertThat(target.notDeliverable(other)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("another secret than the endpoint's")
                .doesNotContain(HttpWebhookTarget.VECTOR_SECRET).doesNotContain(other.secret()));
    }

    @Test
    void vectorSecret_isTheSecretOfMostWebhookVectors() {
        long underVectorSecret = VECTORS.stream()
                .filter(vector -> vector.secret().equals(HttpWebhookTarget.VECTOR_SECRET)).count();

        assertThat(underVectorSecret).isGreaterThan(VECTORS.size() / 2);
    }
}
