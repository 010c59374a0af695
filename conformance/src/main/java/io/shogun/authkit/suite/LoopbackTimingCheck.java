package io.shogun.authkit.suite;

import io.shogun.authkit.adapters.HttpWebhookTarget;
import io.shogun.authkit.spi.WebhookVerifier;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * WEBHOOK-CONSTANT-TIME for a live endpoint on this machine: the timing screen over loopback, each measurement one
 * real delivery of {@link WebhookTimingInputs} timed from the request to the answer's status. A round trip varies by
 * tens of microseconds, so only a comparison whose early exit costs microseconds can show; the README gives what
 * was measured.
 */
final class LoopbackTimingCheck {

    /** The longest a screen may take; a slower endpoint is not screened. */
    static final Duration BUDGET = Duration.ofMinutes(2);
    private static final int TRIAL_DELIVERIES = 100;

    private LoopbackTimingCheck() {
    }

    /** Screens the endpoint; a delivery that fails during the screen stops it (the vector cases grade failures). */
    static TimingCheck.Finding run(HttpWebhookTarget endpoint, TimingScreen.Settings settings) {
        if (!endpoint.onLoopback()) {
            return TimingCheck.Finding.notRun("the endpoint is not on this machine: the screen runs over loopback "
                    + "only, where a network's jitter does not drown a comparison and no remote service gets "
                    + "thousands of deliveries it did not ask for");
        }
        WebhookVerifier verifier = endpoint.newWebhookVerifier(List.of());
        WebhookTimingInputs inputs = new WebhookTimingInputs(endpoint::signedHeader);
        try {
            long start = System.nanoTime();
            for (int i = 0; i < TRIAL_DELIVERIES; i++) {
                inputs.verify(verifier, (i & 1) == 0, i);
            }
            long nanosPerDelivery = (System.nanoTime() - start) / TRIAL_DELIVERIES;
            Duration estimate = Duration.ofNanos(nanosPerDelivery * settings.calls());
            if (estimate.compareTo(BUDGET) > 0) {
                return TimingCheck.Finding.notRun(String.format(Locale.ROOT, "the endpoint took %.1f ms a delivery; "
                        + "the screen's %d deliveries would take %d s, more than its budget of %d s",
                        nanosPerDelivery / 1e6, settings.calls(), estimate.toSeconds(), BUDGET.toSeconds()));
            }
            return TimingCheck.Finding.of(TimingScreen.screen(
                    (fixed, index) -> inputs.verify(verifier, fixed, index), settings), "per delivery over loopback");
        } catch (RuntimeException e) {
            return TimingCheck.Finding.notRun("a delivery failed during the screen: " + e.getMessage());
        }
    }
}
