package io.shogun.authkit.suite;

/** What happened on one case, typed rather than a boolean, so reports can group failures by kind. */
public enum OutcomeType {
    ACCEPTED_VALID(true),
    REJECTED_INVALID(true),
    ACCEPTABLE_ACCEPTED(true),
    ACCEPTABLE_REJECTED(true),
    /** A valid case was rejected. */
    NOT_ACCEPTED_VALID(false),
    /** An invalid case was accepted. */
    NOT_REJECTED_INVALID(false),
    /** Accepted, but the claims returned differ from the token's. */
    WRONG_CLAIMS(false),
    /** The target threw (or returned null) instead of deciding. */
    THREW(false),
    /** The target did not answer within the per-case timeout. */
    TIMED_OUT(false);

    private final boolean passed;

    OutcomeType(boolean passed) {
        this.passed = passed;
    }

    public boolean passed() {
        return passed;
    }

    /** The outcome of a target's answer to a case that expects {@code expected}. */
    public static OutcomeType of(io.shogun.authkit.vectors.Expectation expected, boolean accepted) {
        return switch (expected) {
            case VALID -> accepted ? ACCEPTED_VALID : NOT_ACCEPTED_VALID;
            case INVALID -> accepted ? NOT_REJECTED_INVALID : REJECTED_INVALID;
            case ACCEPTABLE -> accepted ? ACCEPTABLE_ACCEPTED : ACCEPTABLE_REJECTED;
        };
    }
}
