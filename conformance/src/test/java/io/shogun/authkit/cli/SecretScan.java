package io.shogun.authkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Looks for secrets in what the kit wrote: literal values a test configured, and the credentials the simulator
 * generates ({@code sk_sim_}, {@code pw_sim_}, {@code whsec_sim_} followed by 192 random bits in base64url), which
 * a test cannot know in advance but can recognise anywhere. A finding names the place and the kind of secret, never
 * the value, so that the test's own failure message does not leak either.
 */
final class SecretScan {

    /** The simulator's generated credentials: a prefix and 24 random bytes in unpadded base64url. */
    static final Pattern GENERATED = Pattern.compile("(sk_sim_|pw_sim_|whsec_sim_)[A-Za-z0-9_-]{32}");

    private final Map<String, String> literals = new LinkedHashMap<>();
    private final List<String> findings = new ArrayList<>();
    private int filesScanned;

    /** Also looks for {@code value}, reported as {@code label}. */
    SecretScan literal(String label, String value) {
        literals.put(label, value);
        return this;
    }

    /** Scans one stream or string the kit wrote, named {@code place} in findings. */
    SecretScan text(String place, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            line(place + ":" + (i + 1), lines[i]);
        }
        return this;
    }

    /** Scans every file below {@code folder}, as UTF-8 text. */
    SecretScan files(Path folder) {
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path file : tree.filter(Files::isRegularFile).toList()) {
                filesScanned++;
                text(folder.relativize(file).toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Where a secret was found: {@code place:line: kind}, in the order scanned. */
    List<String> findings() {
        return List.copyOf(findings);
    }

    int filesScanned() {
        return filesScanned;
    }

    private void line(String place, String line) {
        Matcher generated = GENERATED.matcher(line);
        while (generated.find()) {
            findings.add(place + ": a generated " + generated.group(1) + " credential");
        }
        literals.forEach((label, value) -> {
            if (line.contains(value)) {
                findings.add(place + ": " + label);
            }
        });
    }
}
