package io.shogun.authkit.vectors;

/** Where an API exchange comes from. */
public enum Provenance {
    /** Shown in the spec; {@code quote} is the sentence that shows it. */
    DOCUMENTED,
    /** Named but not shown in the spec; the values come from the profile and can be changed there. */
    MODELLED;

    static Provenance fromJson(String value) {
        for (Provenance provenance : values()) {
            if (provenance.name().toLowerCase(java.util.Locale.ROOT).equals(value)) {
                return provenance;
            }
        }
        throw new IllegalArgumentException("provenance must be documented or modelled, not \"" + value + "\"");
    }
}
