package io.shogun.authkit.suite;

/** A target exists but cannot be loaded or started (exit code 4 of the command line). */
public final class TargetStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TargetStartException(String message) {
        super(message);
    }
}
