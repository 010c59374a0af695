package io.shogun.authkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code shogun-kit} as its own process on this test's class path, as a user runs it: everything any component
 * prints is in its stdout and stderr, and JVM options (a trust store, say) apply to that run alone.
 */
final class KitProcess {

    /** What one run printed, its exit code, and its {@code --out} folder. */
    record Run(int code, String stdout, String stderr, Path out) {
    }

    private KitProcess() {
    }

    /**
     * Runs {@code shogun-kit args... --out out} with {@code jvmOptions} and {@code environment} added to this
     * process's; fails the test if it takes longer than 240 s.
     */
    static Run run(Path out, Map<String, String> environment, List<String> jvmOptions, String... args)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ShogunKit.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--out", out.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(240, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("shogun-kit did not finish within 240 s: " + String.join(" ", args));
        }
        return new Run(process.exitValue(), stdout.get(10, TimeUnit.SECONDS), stderr.get(10, TimeUnit.SECONDS), out);
    }

    private static String read(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
