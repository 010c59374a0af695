package io.shogun.authkit.vectors;

import java.util.List;

/** The fields every test case of every vector file has. */
public interface VectorCase {

    /** Unique within its file. */
    int tcId();

    /** What the case changes, in a few words. */
    String comment();

    /** Names of flags explained in the file's {@code notes}. */
    List<String> flags();

    Expectation result();

    /** A stable display name: {@code tcId 12: comment [Flag, Flag]}. */
    default String displayName() {
        String name = "tcId " + tcId() + ": " + comment();
        return flags().isEmpty() ? name : name + " " + flags();
    }
}
