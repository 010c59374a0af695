package io.shogun.authkit.suite;

/** A target spec that names no usable target; the message says which specs would work. */
public final class TargetSpecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TargetSpecException(String message) {
        super(message);
    }
}
