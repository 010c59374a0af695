package io.shogun.authkit.cli;

/** The exit codes of {@code shogun-kit}; README lists them. */
final class ExitCode {

    /** Valid, conforming, certified. */
    static final int OK = 0;
    /** Invalid signature or token; a case that does not conform. */
    static final int FAILED = 1;
    /** Nothing was run (an empty vector file). */
    static final int NOTHING_RAN = 2;
    /** Bad arguments, unreadable or malformed input files, an unknown target. */
    static final int CONFIGURATION = 3;
    /** The target exists but could not be loaded or started. */
    static final int TARGET_NOT_STARTED = 4;
    /** A bug in the kit itself; the message says what to report. */
    static final int INTERNAL = 5;

    private ExitCode() {
    }
}
