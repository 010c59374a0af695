package io.shogun.authkit.suite;

/** RFC 2119 level of a requirement: what a failure means for certification. */
public enum Level {
    /** A failure fails certification. */
    MUST,
    /** A failure is a warning. */
    SHOULD,
    /** Informational. */
    MAY
}
