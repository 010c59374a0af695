package io.shogun.authkit.suite;

import io.shogun.authkit.adapters.HttpWebhookTarget;
import org.junit.jupiter.api.Assumptions;

import io.shogun.authkit.spi.ConformanceTarget;
import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.spi.WebhookVerifier;
import io.shogun.authkit.vectors.WebhookVector;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** Runs webhook vectors against a target's {@link WebhookVerifier}, one verifier per configured secret. */
public final class WebhookCases {

    public static final String AREA = "webhook";

    private final ConformanceTarget target;
    private final RequirementCatalogue catalogue;
    private final Duration timeout;
    private final Map<String, WebhookVerifier> verifiers = new ConcurrentHashMap<>();

    public WebhookCases(ConformanceTarget target, RequirementCatalogue catalogue, Duration timeout) {
        this.target = target;
        this.catalogue = catalogue;
        this.timeout = timeout;
    }

    public CaseOutcome run(WebhookVector vector) {
        if (target instanceof HttpWebhookTarget endpoint) {
            endpoint.notDeliverable(vector).ifPresent(Assumptions::abort);
        }
        Requirement requirement = catalogue.forCase(AREA, vector);
        String header = vector.signatureHeader().orElse(null);
        byte[] body = vector.body();
        TargetCall.Result<WebhookDecision> result = TargetCall.call(
                () -> verifierFor(vector.secret()).verify(body, header), timeout);
        Optional<CaseOutcome> unanswered = CaseOutcome.unanswered(result, catalogue.robustness(AREA), vector);
        if (unanswered.isPresent()) {
            return unanswered.get();
        }
        WebhookDecision decision = ((TargetCall.Returned<WebhookDecision>) result).value();
        return new CaseOutcome(requirement, vector, OutcomeType.of(vector.result(), decision.accepted()),
                decision.name(), "");
    }

    /** One verifier per secret; a factory that hangs blocks only the cases of its own secret. */
    private WebhookVerifier verifierFor(String secret) {
        return verifiers.computeIfAbsent(secret, key -> target.newWebhookVerifier(List.of(key)));
    }
}
