package io.shogun.authkit.adapters;

/**
 * A target outside the JVM failed a request: a program crashed, hung, answered garbage or broke the line protocol.
 * The message says what happened and, for programs, carries the transcript (secrets redacted).
 */
public final class TargetFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TargetFailure(String message) {
        super(message, null, false, false);
    }
}
