package io.shogun.authkit.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shogun.authkit.adapters.HttpWebhookTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * WEBHOOK-CONSTANT-TIME and JWT-CONSTANT-TIME: screens a Java target's tag comparison for a timing leak. The screen
 * runs in a second JVM with the JIT off ({@link WebhookTimingProbe}, {@link JwtTimingProbe}); there an early exit
 * after k matching characters costs k iterations of bytecode, a difference of hundreds of nanoseconds, while with the
 * JIT on it is a fraction of a nanosecond and drowns in effects that have nothing to do with the comparison. A live
 * endpoint cannot run interpreted and is screened over loopback instead ({@link #screenLoopback}). Measured on the
 * kit's 2-core machine, see README.
 */
public final class TimingCheck {

    /**
     * What the screen found, or why it could not run.
     *
     * @param measuredHow how each timed call ran, for people ("per call with the JIT off", "per delivery over
     *                    loopback")
     */
    public record Finding(boolean ran, boolean leak, double t, long samples, double lateMismatchNanos,
            double earlyMismatchNanos, String measuredHow, String problem) {

        static Finding notRun(String problem) {
            return new Finding(false, false, 0, 0, 0, 0, "", problem);
        }

        static Finding of(TimingScreen.Result result, String measuredHow) {
            return new Finding(true, result.leak(), result.t(), result.samples(), result.fixedMeanNanos(),
                    result.randomMeanNanos(), measuredHow, "");
        }

        /** One line for people. */
        public String describe() {
            if (!ran) {
                return "the timing screen did not run: " + problem;
            }
            return String.format(java.util.Locale.ROOT,
                    "t = %.1f over %d measurements (threshold 4.5, both runs); late mismatch %.0f ns, early mismatch "
                            + "%.0f ns %s: %s",
                    t, samples, lateMismatchNanos, earlyMismatchNanos, measuredHow,
                    leak ? "the comparison exits early; compare in constant time (MessageDigest.isEqual, "
                            + "hmac.compare_digest, crypto.timingSafeEqual)"
                            : "no leak found at this sample size");
        }
    }

    private TimingCheck() {
    }

    /** Screens a live endpoint on this machine over loopback ({@link LoopbackTimingCheck}). */
    public static Finding screenLoopback(HttpWebhookTarget endpoint) {
        return LoopbackTimingCheck.run(endpoint, TimingScreen.Settings.LOOPBACK);
    }

    /**
     * Runs {@code probe}'s {@code main} on the target named by {@code targetSpec}, in a JVM with the JIT off and this
     * JVM's class path, and reads its one line of result.
     */
    public static Finding run(Class<?> probe, String targetSpec, Duration timeout) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xint", "-Xss4m", "-cp", System.getProperty("java.class.path"),
                probe.getName(), targetSpec);
        Path errors;
        Process process;
        try {
            errors = Files.createTempFile("shogun-timing-", ".err");
            process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        } catch (IOException e) {
            return Finding.notRun("cannot start " + java + " (" + e.getMessage() + ")");
        }
        // Read stdout while the child runs: a target that prints a lot must not block on a full pipe.
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readAll(process));
        try {
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Finding.notRun("no result within " + timeout.toSeconds() + " s");
            }
            String out = stdout.get(10, TimeUnit.SECONDS).trim();
            String last = out.lines().reduce((first, next) -> next).orElse("");
            if (process.exitValue() != 0 || !last.startsWith("{")) {
                return Finding.notRun("the probe exited " + process.exitValue() + ": " + firstLine(errors));
            }
            JsonNode result = new ObjectMapper().readTree(last);
            return new Finding(true, result.get("leak").asBoolean(), result.get("t").asDouble(),
                    result.get("samples").asLong(), result.get("lateMismatchNanos").asDouble(),
                    result.get("earlyMismatchNanos").asDouble(), "per call with the JIT off", "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return Finding.notRun("interrupted");
        } catch (IOException | ExecutionException | TimeoutException | RuntimeException e) {
            process.destroyForcibly();
            return Finding.notRun("unreadable probe output (" + e.getClass().getSimpleName() + ")");
        } finally {
            try {
                Files.deleteIfExists(errors);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String firstLine(Path file) {
        try (java.util.stream.Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().orElse("(no message)");
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(no message)";
        }
    }
}
