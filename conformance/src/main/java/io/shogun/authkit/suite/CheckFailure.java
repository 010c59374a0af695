package io.shogun.authkit.suite;

import org.opentest4j.AssertionFailedError;

/** A failed check that is not a vector case (server and client suites), carrying its requirement. */
public final class CheckFailure extends AssertionFailedError {

    private static final long serialVersionUID = 1L;

    private final transient Requirement requirement;

    public CheckFailure(Requirement requirement, String message) {
        super("[" + requirement.label() + "] " + message);
        this.requirement = requirement;
    }

    public Requirement requirement() {
        return requirement;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
