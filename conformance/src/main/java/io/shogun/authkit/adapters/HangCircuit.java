package io.shogun.authkit.adapters;

import java.time.Duration;

/**
 * Stops waiting for a target that no longer answers. After {@link #HANGS_BEFORE_OPEN} deadlines missed in a row the
 * circuit opens: requests fail at once, except every {@link #PROBE_EVERY}th, which is sent as a probe; an answer
 * closes the circuit again. A target that hangs on everything costs a few deadlines, not one per case.
 * Safe for concurrent use.
 */
final class HangCircuit {

    static final int HANGS_BEFORE_OPEN = 3;
    static final int PROBE_EVERY = 25;

    private final String what;
    private final Duration deadline;
    private final String reference;
    private int hangsInARow;
    private int refusedWhileOpen;

    /**
     * @param what      how failures name the target ("the program", "the endpoint")
     * @param deadline  the deadline each request has
     * @param reference where the behaviour is documented, for the failure message
     */
    HangCircuit(String what, Duration deadline, String reference) {
        this.what = what;
        this.deadline = deadline;
        this.reference = reference;
    }

    /** Throws, without sending, while the circuit is open and this request is not a probe. */
    synchronized void refuseWhileOpen() {
        if (hangsInARow >= HANGS_BEFORE_OPEN && ++refusedWhileOpen % PROBE_EVERY != 0) {
            throw new TargetFailure("not sent: " + what + " left its last " + hangsInARow + " requests unanswered for "
                    + deadline.toMillis() + " ms each, so the kit no longer waits for it (every " + PROBE_EVERY
                    + "th request is still sent as a probe; " + reference + ")");
        }
    }

    /** A request missed its deadline. */
    synchronized void timedOut() {
        hangsInARow++;
    }

    /** A request was answered, whatever the answer: the target is responsive again. */
    synchronized void answered() {
        hangsInARow = 0;
        refusedWhileOpen = 0;
    }
}
