package io.shogun.authkit.suite;

import io.shogun.authkit.reference.WebhookSignature;
import io.shogun.authkit.spi.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The child process of {@link WebhookTimingCheck}: runs the timing screen on one target's webhook verifier and prints
 * the result as one JSON line. Started with the JIT off ({@code -Xint}), where an early-exit comparison costs whole
 * bytecodes per matching character instead of a fraction of a vector instruction.
 *
 * <p>The design is balanced so that nothing but the comparison can differ between the classes: 64 bodies, each with
 * the header that matches its tag except in the last hex digit ("fixed": a late mismatch), and the same bodies paired
 * with another body's header, which differs from their tag in the first hex digit ("random": an early mismatch).
 * Every body, and nearly every header, appears in both classes, so their own costs cancel.
 */
public final class WebhookTimingProbe {

    static final String SECRET = "shogun-kit-timing-screen-secret";
    private static final int BODIES = 64;
    private static final int COPIES = 1024;

    private WebhookTimingProbe() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: WebhookTimingProbe <target spec>");
            System.exit(3);
        }
        WebhookVerifier verifier = Targets.select(args[0]).newWebhookVerifier(List.of(SECRET));
        byte[][] bodies = new byte[BODIES][];
        String[] tags = new String[BODIES];
        String[] lateMismatch = new String[BODIES];
        for (int k = 0; k < BODIES; k++) {
            bodies[k] = ("{\"event\":\"transaction.successful\",\"reference\":\"SHG-TIMING-" + (100_000 + k)
                    + "\",\"amount\":250000}").getBytes(StandardCharsets.UTF_8);
            tags[k] = WebhookSignature.header(SECRET, bodies[k]);
            lateMismatch[k] = tags[k].substring(0, 70) + sameKindOther(tags[k].charAt(70));
        }
        byte[][] fixedBodies = new byte[COPIES][];
        String[] fixedHeaders = new String[COPIES];
        byte[][] randomBodies = new byte[COPIES][];
        String[] randomHeaders = new String[COPIES];
        for (int i = 0; i < COPIES; i++) {
            int k = i % BODIES;
            int partner = earlyMismatchPartner(k, tags, lateMismatch);
            fixedBodies[i] = bodies[k].clone();
            fixedHeaders[i] = new String(lateMismatch[k].toCharArray());
            randomBodies[i] = bodies[k].clone();
            randomHeaders[i] = new String(lateMismatch[partner].toCharArray());
        }
        TimingScreen.Result result = TimingScreen.screen((fixed, index) -> {
            int at = index & (COPIES - 1);
            return fixed ? verifier.verify(fixedBodies[at], fixedHeaders[at]).ordinal()
                    : verifier.verify(randomBodies[at], randomHeaders[at]).ordinal();
        }, TimingScreen.Settings.INTERPRETED);
        System.out.printf(java.util.Locale.ROOT,
                "{\"t\":%.3f,\"samples\":%d,\"lateMismatchNanos\":%.1f,\"earlyMismatchNanos\":%.1f,\"leak\":%b}%n",
                result.t(), result.samples(), result.fixedMeanNanos(), result.randomMeanNanos(), result.leak());
    }

    /** Another body whose header differs from body k's tag in the first hex digit. */
    private static int earlyMismatchPartner(int k, String[] tags, String[] headers) {
        for (int step = 1; step < BODIES; step++) {
            int candidate = (k + step) % BODIES;
            if (headers[candidate].charAt(7) != tags[k].charAt(7)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no partner");
    }

    /** A different hex digit of the same kind (digit for digit, letter for letter), so parsing costs the same. */
    private static char sameKindOther(char c) {
        if (c <= '9') {
            return c == '0' ? '1' : '0';
        }
        return c == 'a' ? 'b' : 'a';
    }
}
