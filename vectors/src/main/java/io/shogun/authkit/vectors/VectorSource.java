package io.shogun.authkit.vectors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where the files of a vector set are read from: a folder, or the {@code shogun-vectors/} classpath resources. */
interface VectorSource {

    /** The bytes of the file at {@code path} (relative to the set's root, '/'-separated). */
    byte[] read(String path) throws IOException;

    /** A human-readable name of the source for messages. */
    String describe();

    static VectorSource folder(Path root) {
        return new VectorSource() {
            @Override
            public byte[] read(String path) throws IOException {
                return Files.readAllBytes(root.resolve(path));
            }

            @Override
            public String describe() {
                return root.toString();
            }
        };
    }

    static VectorSource classpath(ClassLoader loader) {
        return new VectorSource() {
            @Override
            public byte[] read(String path) throws IOException {
                try (InputStream in = loader.getResourceAsStream("shogun-vectors/" + path)) {
                    if (in == null) {
                        throw new NoSuchFileException("classpath:shogun-vectors/" + path);
                    }
                    return in.readAllBytes();
                }
            }

            @Override
            public String describe() {
                return "classpath:shogun-vectors";
            }
        };
    }
}
