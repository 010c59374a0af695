package io.shogun.authkit.suite;

import io.shogun.authkit.reference.WebhookSignature;
import io.shogun.authkit.spi.WebhookVerifier;
import java.util.List;

/**
 * The child process of {@link TimingCheck} for WEBHOOK-CONSTANT-TIME: runs the timing screen on one target's webhook
 * verifier over {@link WebhookTimingInputs} and prints the result as one JSON line. Started with the JIT off
 * ({@code -Xint}), where an early-exit comparison costs whole bytecodes per matching character instead of a fraction
 * of a vector instruction.
 */
public final class WebhookTimingProbe {

    static final String SECRET = "shogun-kit-timing-screen-secret";

    private WebhookTimingProbe() {
    }

    public static void main(String[] args) {
        String spec = MismatchDesign.targetSpec(args, WebhookTimingProbe.class);
        WebhookVerifier verifier = Targets.select(spec).newWebhookVerifier(List.of(SECRET));
        WebhookTimingInputs inputs = new WebhookTimingInputs(body -> WebhookSignature.header(SECRET, body));
        MismatchDesign.print(TimingScreen.screen((fixed, index) -> inputs.verify(verifier, fixed, index),
                TimingScreen.Settings.INTERPRETED));
    }
}
