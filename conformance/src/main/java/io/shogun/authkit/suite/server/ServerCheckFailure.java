package io.shogun.authkit.suite.server;

import io.shogun.authkit.suite.Requirement;
import org.opentest4j.AssertionFailedError;

/** A failed server check, carrying its requirement so tools need not parse the message. */
public final class ServerCheckFailure extends AssertionFailedError {

    private static final long serialVersionUID = 1L;

    private final transient Requirement requirement;

    public ServerCheckFailure(Requirement requirement, String message) {
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
