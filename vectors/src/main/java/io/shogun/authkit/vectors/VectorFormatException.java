package io.shogun.authkit.vectors;

/**
 * A vector file cannot be read as the kit's format. The message names the file, the {@code tcId} where there is
 * one, and what is wrong; it never contains a secret from the file.
 */
public final class VectorFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;

    public VectorFormatException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public VectorFormatException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file (relative to the vector set's root) that is malformed. */
    public String file() {
        return file;
    }
}
