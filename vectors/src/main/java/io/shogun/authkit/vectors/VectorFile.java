package io.shogun.authkit.vectors;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One vector file, its test groups already flattened: every case carries the fields it inherits from its group.
 *
 * @param fileName         the file's name inside {@code testvectors/}
 * @param algorithm        what the file tests
 * @param schema           the schema file that describes it
 * @param generatorVersion the version of the generator that wrote it
 * @param notes            flag name to its meaning; every flag used by a case is here
 * @param tests            the cases in file order
 */
public record VectorFile<T extends VectorCase>(
        String fileName,
        String algorithm,
        String schema,
        String generatorVersion,
        Map<String, FlagNote> notes,
        List<T> tests) {

    public VectorFile {
        notes = Map.copyOf(notes);
        tests = List.copyOf(tests);
    }

    /** The case with this id, if there is one. */
    public Optional<T> byTcId(int tcId) {
        return tests.stream().filter(test -> test.tcId() == tcId).findFirst();
    }

    /** The meaning of a flag used in this file. */
    public FlagNote note(String flag) {
        FlagNote note = notes.get(flag);
        if (note == null) {
            throw new IllegalArgumentException(fileName + ": no note for flag " + flag);
        }
        return note;
    }
}
