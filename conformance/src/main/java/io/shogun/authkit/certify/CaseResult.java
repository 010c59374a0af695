package io.shogun.authkit.certify;

/**
 * One check's result in a certification run.
 *
 * @param suite       {@code webhook}, {@code jwt}, {@code client}, {@code server}
 * @param requirement the catalogue id it grades
 * @param name        the check's name (a vector's {@code tcId}, comment and flags, or a check's description)
 * @param message     why it failed or warned; for a passed check, what it measured (a timing screen's t and sample
 *                    count), usually empty
 */
public record CaseResult(String suite, String requirement, String name, Status status, String message) {

    /** Outcome of a check or a requirement. */
    public enum Status { PASSED, FAILED, WARNING, SKIPPED, WAIVED }

    CaseResult withStatus(Status newStatus, String newMessage) {
        return new CaseResult(suite, requirement, name, newStatus, newMessage);
    }
}
