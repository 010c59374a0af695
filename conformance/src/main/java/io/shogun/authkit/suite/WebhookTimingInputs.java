package io.shogun.authkit.suite;

import io.shogun.authkit.spi.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The webhook timing screen's inputs ({@link MismatchDesign}): 64 bodies, each with the header that matches its tag
 * except in the last hex digit (a late mismatch), and the same bodies with another body's header, which differs
 * from their tag in the first hex digit (an early mismatch).
 */
final class WebhookTimingInputs {

    private static final int BODIES = 64;
    private static final int FIRST_HEX_DIGIT = "sha256=".length();

    private final byte[][] fixedBodies = new byte[MismatchDesign.COPIES][];
    private final String[] fixedHeaders = new String[MismatchDesign.COPIES];
    private final byte[][] randomBodies = new byte[MismatchDesign.COPIES][];
    private final String[] randomHeaders = new String[MismatchDesign.COPIES];

    /** @param signer the correct {@code X-Shogun-Signature} value of a body under the target's secret */
    WebhookTimingInputs(Function<byte[], String> signer) {
        byte[][] bodies = new byte[BODIES][];
        String[] tags = new String[BODIES];
        String[] lateMismatch = new String[BODIES];
        for (int k = 0; k < BODIES; k++) {
            bodies[k] = ("{\"event\":\"transaction.successful\",\"reference\":\"SHG-TIMING-" + (100_000 + k)
                    + "\",\"amount\":250000}").getBytes(StandardCharsets.UTF_8);
            tags[k] = signer.apply(bodies[k]);
            int last = tags[k].length() - 1;
            lateMismatch[k] = tags[k].substring(0, last) + sameKindOther(tags[k].charAt(last));
        }
        int[] partners = MismatchDesign.earlyMismatchPartners(tags, lateMismatch, FIRST_HEX_DIGIT);
        for (int i = 0; i < MismatchDesign.COPIES; i++) {
            int k = i % BODIES;
            fixedBodies[i] = bodies[k].clone();
            fixedHeaders[i] = MismatchDesign.copy(lateMismatch[k]);
            randomBodies[i] = bodies[k].clone();
            randomHeaders[i] = MismatchDesign.copy(lateMismatch[partners[k]]);
        }
    }

    /** One timed call: input {@code index} (cycled) of the late-mismatch ({@code fixed}) or early-mismatch class. */
    int verify(WebhookVerifier verifier, boolean fixed, int index) {
        int at = index & (MismatchDesign.COPIES - 1);
        return fixed ? verifier.verify(fixedBodies[at], fixedHeaders[at]).ordinal()
                : verifier.verify(randomBodies[at], randomHeaders[at]).ordinal();
    }

    /** A different hex digit of the same kind (digit for digit, letter for letter), so parsing costs the same. */
    private static char sameKindOther(char c) {
        if (c <= '9') {
            return c == '0' ? '1' : '0';
        }
        return c == 'a' ? 'b' : 'a';
    }
}
