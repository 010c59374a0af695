package io.shogun.authkit.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which vectors a live endpoint can be graded on. */
class HttpWebhookTargetTest {

    private static final String HEX = "a4427b5e1879d879916f38f220da1bba2a0040bd63dc6b972bfbf466fd8073d1";
    private final HttpWebhookTarget target = new HttpWebhookTarget(URI.create("http://127.0.0.1:1/webhooks"),
            HttpWebhookTarget.VECTOR_SECRET, Map.of());

    @ParameterizedTest
    @ValueSource(strings = {"sha256=" + HEX, "SHA256=" + HEX, "sha256=" + HEX + ",sha256=" + HEX, "", "sha256 = x"})
    void notDeliverable_headerHttpCarriesUnchanged_isDeliverable(String header) {
        assertThat(target.notDeliverable(HttpWebhookTarget.VECTOR_SECRET, header)).isEmpty();
    }

    @Test
    void notDeliverable_missingHeader_isDeliverable() {
        assertThat(target.notDeliverable(HttpWebhookTarget.VECTOR_SECRET, null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {" sha256=" + HEX, "sha256=" + HEX + "\t", "sha256=" + HEX + "\r\n",
            "sha256=" + HEX + "\u0000", "sha256=\u04304427b5e1879d879916f38f220da1bba2a0040bd63dc6b972bfbf466fd8073d1"})
    void notDeliverable_headerHttpWouldAlter_saysWhy(String header) {
        assertThat(target.notDeliverable(HttpWebhookTarget.VECTOR_SECRET, header)).isPresent();
    }

    @Test
    void notDeliverable_otherSecret_saysSoWithoutNamingEitherSecret() {
        assertThat(target.notDeliverable("another secret", "sha256=" + HEX)).hasValueSatisfying(reason -> assertThat(
                reason).contains("another secret than the endpoint's").doesNotContain(HttpWebhookTarget.VECTOR_SECRET));
    }
}
