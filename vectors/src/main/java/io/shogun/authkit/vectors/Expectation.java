package io.shogun.authkit.vectors;

/** What a conforming implementation does with a test case: the vector files' {@code result} field. */
public enum Expectation {
    /** Must be accepted. */
    VALID,
    /** Must be rejected. */
    INVALID,
    /** Either answer conforms; a report records which one was given. */
    ACCEPTABLE;

    /** The spelling used in the vector files. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Expectation fromJson(String value) {
        for (Expectation expectation : values()) {
            if (expectation.jsonName().equals(value)) {
                return expectation;
            }
        }
        throw new IllegalArgumentException("result must be valid, invalid or acceptable, not \"" + value + "\"");
    }
}
