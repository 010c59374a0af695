package io.shogun.authkit.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shogun.authkit.adapters.HttpWebhookTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Target specs for live endpoints and their configuration properties. */
class TargetsEndpointTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty(Targets.HEADERS_PROPERTY);
        System.clearProperty(Targets.SECRET_ENV_PROPERTY);
    }

    @Test
    void select_httpUrl_isALiveEndpoint() {
        assertThat(Targets.select("http://127.0.0.1:1/webhooks")).isInstanceOf(HttpWebhookTarget.class);
    }

    @Test
    void select_malformedHeaderEntry_namesTheEntryWithoutShowingIt() {
        System.setProperty(Targets.HEADERS_PROPERTY, "X-Env: test|X-Api-Key=gateway-key-1234");

        assertThatThrownBy(() -> Targets.select("http://127.0.0.1:1/webhooks"))
                .isInstanceOf(TargetSpecException.class)
                .hasMessageContaining("entry 2 is not 'Name: value'")
                .hasMessageNotContaining("gateway-key-1234");
    }

    @Test
    void select_secretEnvNamingAnUnsetVariable_saysWhich() {
        System.setProperty(Targets.SECRET_ENV_PROPERTY, "SHOGUN_KIT_TEST_UNSET_VARIABLE");

        assertThatThrownBy(() -> Targets.select("https://127.0.0.1:1/webhooks"))
                .isInstanceOf(TargetSpecException.class)
                .hasMessageContaining("'SHOGUN_KIT_TEST_UNSET_VARIABLE', which is not set");
    }
}
