package io.shogun.authkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the commands read secrets, keys, bodies and tokens from: an option's value, a file, an environment
 * variable, or standard input, so that secrets need not appear in shell history. A text file's single trailing
 * line break is dropped (editors add one); nothing else is changed.
 */
final class Inputs {

    private final Map<String, String> environment;
    private final InputStream stdin;

    Inputs(Map<String, String> environment, InputStream stdin) {
        this.environment = environment;
        this.stdin = stdin;
    }

    /**
     * Every text given as {@code --NAME}, {@code --NAME-file} or {@code --NAME-env}; if none is given, the
     * environment variable {@code defaultEnv}.
     */
    List<String> texts(Arguments arguments, String name, String defaultEnv) {
        List<String> values = new ArrayList<>(arguments.all(name));
        for (String file : arguments.all(name + "-file")) {
            values.add(dropFinalLineBreak(utf8(arguments, file, readFile(arguments, Path.of(file)))));
        }
        for (String variable : arguments.all(name + "-env")) {
            values.add(variable(arguments, variable));
        }
        if (values.isEmpty() && environment.containsKey(defaultEnv)) {
            values.add(environment.get(defaultEnv));
        }
        if (values.isEmpty()) {
            throw new UsageException(arguments.command() + ": give --" + name + ", --" + name + "-file or --" + name
                    + "-env, or set " + defaultEnv);
        }
        return values;
    }

    /** The bytes of {@code --NAME FILE}, or of standard input when it is absent or '-'. */
    byte[] bytes(Arguments arguments, String name) {
        Optional<String> file = arguments.option(name);
        if (file.isEmpty() || file.get().equals("-")) {
            return stdin(arguments);
        }
        return readFile(arguments, Path.of(file.get()));
    }

    byte[] stdin(Arguments arguments) {
        try {
            return stdin.readAllBytes();
        } catch (IOException e) {
            throw new UsageException(arguments.command() + ": cannot read standard input: " + e.getMessage());
        }
    }

    /** The bytes as UTF-8 text; invalid UTF-8 is refused rather than silently replaced (it would change a key). */
    private static String utf8(Arguments arguments, String file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UsageException(arguments.command() + ": " + file + " is not UTF-8 text");
        }
    }

    String variable(Arguments arguments, String variable) {
        String value = environment.get(variable);
        if (value == null) {
            throw new UsageException(arguments.command() + ": environment variable " + variable + " is not set");
        }
        return value;
    }

    static byte[] readFile(Arguments arguments, Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UsageException(arguments.command() + ": cannot read " + file + " (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    static String dropFinalLineBreak(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
