package io.shogun.authkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * README's command-line examples are tests: every {@code sh} block of the "shogun-kit command line" section whose
 * lines start with {@code $ } runs in bash against the packaged jar, from the repository root, and its output and
 * exit codes must be what README prints.
 */
class ReadmeExamplesIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path JAR = ROOT.resolve("conformance/target/shogun-kit.jar");
    private static final Pattern EXIT = Pattern.compile("^(.*?)\\s+# exit (\\d+)$");

    /** One {@code $ } command and the lines README says it prints. */
    record Step(String command, List<String> expected, int exitCode) {
    }

    static Stream<Named<List<Step>>> examples() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String section = readme.substring(readme.indexOf("## The `shogun-kit` command line"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        List<Named<List<Step>>> blocks = new ArrayList<>();
        Matcher block = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(section);
        while (block.find()) {
            List<Step> steps = steps(block.group(1));
            if (!steps.isEmpty()) {
                blocks.add(Named.of(steps.get(0).command(), steps));
            }
        }
        assertThat(blocks).as("README examples").hasSizeGreaterThanOrEqualTo(5);
        return blocks.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readmeExample_runAsWritten_printsWhatReadmeShows(List<Step> steps) throws Exception {
        assertThat(JAR).as("run mvn package first").exists();
        StringBuilder script = new StringBuilder("shogun-kit() { java -jar '" + JAR + "' \"$@\"; }\n");
        for (Step step : steps) {
            script.append("echo '@@begin'\n").append(step.command()).append(" 2>&1\necho \"@@exit $?\"\n");
        }
        Process bash = new ProcessBuilder("bash", "-c", script.toString()).directory(ROOT.toFile())
                .redirectErrorStream(true).start();
        bash.getOutputStream().close();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String[] parts = output.split("@@begin\\n", -1);
        assertThat(parts).hasSize(steps.size() + 1);
        for (int i = 0; i < steps.size(); i++) {
            String part = parts[i + 1];
            int exitAt = part.lastIndexOf("@@exit ");
            List<String> actual = part.substring(0, exitAt).lines().toList();
            int exitCode = Integer.parseInt(part.substring(exitAt + 7).trim());
            Step step = steps.get(i);
            assertThat(exitCode).as("exit code of: %s", step.command()).isEqualTo(step.exitCode());
            assertThat(matches(step.expected(), actual)).as("output of: %s%nREADME:%n%s%nactual:%n%s",
                    step.command(), String.join("\n", step.expected()), String.join("\n", actual)).isTrue();
        }
    }

    private static List<Step> steps(String block) {
        List<Step> steps = new ArrayList<>();
        String command = null;
        List<String> expected = new ArrayList<>();
        int exitCode = 0;
        for (String line : block.lines().toList()) {
            if (line.startsWith("$ ")) {
                if (command != null) {
                    steps.add(new Step(command, expected, exitCode));
                }
                command = line.substring(2);
                expected = new ArrayList<>();
                exitCode = 0;
            } else if (command != null) {
                Matcher exit = EXIT.matcher(line);
                if (exit.matches()) {
                    exitCode = Integer.parseInt(exit.group(2));
                    line = exit.group(1);
                }
                expected.add(line);
            }
        }
        if (command != null) {
            steps.add(new Step(command, expected, exitCode));
        }
        return steps;
    }

    /** Line by line; an expected "..." matches any number of lines. */
    private static boolean matches(List<String> expected, List<String> actual) {
        if (expected.isEmpty()) {
            return actual.isEmpty();
        }
        if (expected.get(0).equals("...")) {
            for (int skip = 0; skip <= actual.size(); skip++) {
                if (matches(expected.subList(1, expected.size()), actual.subList(skip, actual.size()))) {
                    return true;
                }
            }
            return false;
        }
        return !actual.isEmpty() && expected.get(0).equals(actual.get(0))
                && matches(expected.subList(1, expected.size()), actual.subList(1, actual.size()));
    }
}
