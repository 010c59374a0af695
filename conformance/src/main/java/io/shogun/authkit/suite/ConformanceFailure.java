package io.shogun.authkit.suite;

import io.shogun.authkit.vectors.FlagNote;
import java.util.Map;
import org.opentest4j.AssertionFailedError;

/** A failed case, carrying its typed outcome so tools (and the kit's self-tests) need not parse the message. */
public final class ConformanceFailure extends AssertionFailedError {

    private static final long serialVersionUID = 1L;

    private final transient CaseOutcome outcome;

    public ConformanceFailure(CaseOutcome outcome, Map<String, FlagNote> notes) {
        super(outcome.describe(notes));
        this.outcome = outcome;
    }

    public CaseOutcome outcome() {
        return outcome;
    }

    /** No stack trace: the message says everything, and the trace would only show the kit's own frames. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
