package io.shogun.authkit.suite;

import io.shogun.authkit.spi.ConformanceTarget;
import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.spi.WebhookVerifier;
import io.shogun.authkit.vectors.Expectation;
import io.shogun.authkit.vectors.WebhookVector;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs webhook vectors against a target's {@link WebhookVerifier}, one verifier per configured secret. */
public final class WebhookCases {

    public static final String AREA = "webhook";

    private final ConformanceTarget target;
    private final RequirementCatalogue catalogue;
    private final Duration timeout;
    private final Map<String, WebhookVerifier> verifiers = new HashMap<>();

    public WebhookCases(ConformanceTarget target, RequirementCatalogue catalogue, Duration timeout) {
        this.target = target;
        this.catalogue = catalogue;
        this.timeout = timeout;
    }

    public CaseOutcome run(WebhookVector vector) {
        Requirement requirement = catalogue.forCase(AREA, vector);
        String header = vector.signatureHeader().orElse(null);
        byte[] body = vector.body();
        TargetCall.Result<WebhookDecision> result = TargetCall.call(
                () -> verifierFor(vector.secret()).verify(body, header), timeout);
        if (result instanceof TargetCall.Threw<WebhookDecision> threw) {
            return new CaseOutcome(catalogue.robustness(AREA), vector, OutcomeType.THREW, "threw",
                    TargetCall.describe(threw.thrown()));
        }
        if (result instanceof TargetCall.TimedOut<WebhookDecision> timedOut) {
            return new CaseOutcome(catalogue.robustness(AREA), vector, OutcomeType.TIMED_OUT, "no answer",
                    "no decision within " + timedOut.after().toMillis() + " ms");
        }
        WebhookDecision decision = ((TargetCall.Returned<WebhookDecision>) result).value();
        if (decision == null) {
            return new CaseOutcome(catalogue.robustness(AREA), vector, OutcomeType.THREW, "null",
                    "verify returned null instead of a decision");
        }
        return new CaseOutcome(requirement, vector, classify(vector.result(), decision.accepted()), decision.name(),
                "");
    }

    static OutcomeType classify(Expectation expected, boolean accepted) {
        return switch (expected) {
            case VALID -> accepted ? OutcomeType.ACCEPTED_VALID : OutcomeType.NOT_ACCEPTED_VALID;
            case INVALID -> accepted ? OutcomeType.NOT_REJECTED_INVALID : OutcomeType.REJECTED_INVALID;
            case ACCEPTABLE -> accepted ? OutcomeType.ACCEPTABLE_ACCEPTED : OutcomeType.ACCEPTABLE_REJECTED;
        };
    }

    private synchronized WebhookVerifier verifierFor(String secret) {
        return verifiers.computeIfAbsent(secret, key -> target.newWebhookVerifier(List.of(key)));
    }
}
