package io.shogun.authkit.cli;

/** Bad arguments or unusable input: reported as one line and exit code 3, never a stack trace. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
