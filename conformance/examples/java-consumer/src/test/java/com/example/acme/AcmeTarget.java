package com.example.acme;

import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.ConformanceTarget;
import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.spi.WebhookVerifier;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Acme's webhook check as a conformance target, registered in META-INF/services. */
public final class AcmeTarget implements ConformanceTarget {

    @Override
    public String id() {
        return "acme";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.WEBHOOK_VERIFIER);
    }

    @Override
    public WebhookVerifier newWebhookVerifier(List<String> activeSecrets) {
        AcmeWebhooks webhooks = new AcmeWebhooks(activeSecrets);
        return (body, header) -> webhooks.isValid(body, header) ? WebhookDecision.ACCEPTED
                : WebhookDecision.SIGNATURE_MISMATCH;
    }
}
