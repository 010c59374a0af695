package io.shogun.authkit.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options ({@code --name value}, repeatable) and positional words of one command. Unknown options, a missing
 * value or a missing positional are {@link UsageException}s naming the problem.
 */
final class Arguments {

    private final String command;
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();

    /**
     * @param command the command's name, for messages ({@code webhook sign})
     * @param allowed the options this command takes, without the leading dashes
     */
    Arguments(String command, List<String> words, Set<String> allowed) {
        this.command = command;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--") && word.length() > 2) {
                String name = word.substring(2);
                String value = null;
                int equals = name.indexOf('=');
                if (equals >= 0) {
                    value = name.substring(equals + 1);
                    name = name.substring(0, equals);
                }
                if (!allowed.contains(name)) {
                    throw new UsageException(command + ": unknown option --" + name + " (options: "
                            + String.join(", ", allowed.stream().map(option -> "--" + option).sorted().toList()) + ")");
                }
                if (value == null) {
                    if (i + 1 >= words.size()) {
                        throw new UsageException(command + ": --" + name + " needs a value");
                    }
                    value = words.get(++i);
                }
                options.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            } else {
                positionals.add(word);
            }
        }
    }

    Optional<String> option(String name) {
        List<String> values = options.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new UsageException(command + ": --" + name + " given " + values.size() + " times");
        }
        return values.stream().findFirst();
    }

    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    /** The positional words; at most {@code max} of them. */
    List<String> positionals(int max) {
        if (positionals.size() > max) {
            throw new UsageException(command + ": unexpected argument #" + (max + 1) + " (values go after an option "
                    + "such as --secret; positional arguments are not echoed, they may be secrets)");
        }
        return positionals;
    }

    String command() {
        return command;
    }
}
