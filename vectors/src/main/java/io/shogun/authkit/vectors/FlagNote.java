package io.shogun.authkit.vectors;

import java.util.Objects;

/**
 * What a flag on a test case means: the class of bug a failing implementation has, and why the case exists.
 *
 * @param bugType     short upper-case class of the bug, e.g. {@code AUTH_BYPASS}, {@code CANONICAL_FORM}
 * @param description one or two sentences a person can act on
 */
public record FlagNote(String bugType, String description) {
    public FlagNote {
        Objects.requireNonNull(bugType, "bugType");
        Objects.requireNonNull(description, "description");
    }
}
