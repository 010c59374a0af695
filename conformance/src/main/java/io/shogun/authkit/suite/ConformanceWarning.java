package io.shogun.authkit.suite;

import org.opentest4j.TestAbortedException;

/**
 * A SHOULD requirement not met: reported by JUnit as aborted (skipped), so it warns without failing the build; the
 * certification report lists it as a warning.
 */
public final class ConformanceWarning extends TestAbortedException {

    private static final long serialVersionUID = 1L;

    private final transient Requirement requirement;

    public ConformanceWarning(Requirement requirement, String message) {
        super("WARNING [" + requirement.label() + "] " + message);
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
