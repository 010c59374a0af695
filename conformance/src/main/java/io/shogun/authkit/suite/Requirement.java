package io.shogun.authkit.suite;

import java.util.List;

/**
 * One entry of the requirement catalogue.
 *
 * @param id         stable identifier, e.g. {@code WEBHOOK-CANONICAL}
 * @param area       the suite it belongs to ({@code webhook}, {@code jwt})
 * @param source     the spec sentence or RFC section it rests on
 * @param flags      vector flags whose cases are filed under it
 * @param robustness whether exceptions, crashes and hangs in its area are filed under it
 */
public record Requirement(String id, Level level, String area, String title, String source, List<String> flags,
        boolean robustness) {

    public Requirement {
        flags = List.copyOf(flags);
    }

    /** {@code WEBHOOK-CANONICAL (MUST)}. */
    public String label() {
        return id + " (" + level + ")";
    }
}
