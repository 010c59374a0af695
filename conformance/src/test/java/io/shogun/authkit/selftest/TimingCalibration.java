package io.shogun.authkit.selftest;

import com.sun.net.httpserver.HttpServer;
import io.shogun.authkit.adapters.HttpWebhookTarget;
import io.shogun.authkit.suite.JwtTimingProbe;
import io.shogun.authkit.suite.TimingCheck;
import io.shogun.authkit.suite.WebhookTimingProbe;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Measures the timing screens' power and false-positive rate: runs each screen n times on each target and prints one
 * Markdown row per target (the README's tables come from it). Targets:
 * <ul>
 *   <li>{@code webhook:SPEC}, {@code jwt:SPEC}: a Java target, screened in a JVM with the JIT off;</li>
 *   <li>{@code http://...}: a live endpoint on this machine, screened over loopback;</li>
 *   <li>{@code receiver:is-equal}, {@code receiver:string-equals}, {@code receiver:work-per-character=NANOS}: a
 *       receiver served here on loopback with that comparison, screened over loopback.</li>
 * </ul>
 * Usage: {@code TimingCalibration RUNS TARGET...}
 */
public final class TimingCalibration {

    private TimingCalibration() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: TimingCalibration RUNS TARGET...");
            System.exit(3);
        }
        int runs = Integer.parseInt(args[0]);
        System.out.println("| target | screens | combined t | late - early (ns) | leak reported |");
        System.out.println("|---|---:|---|---|---:|");
        for (int i = 1; i < args.length; i++) {
            List<TimingCheck.Finding> findings = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                findings.add(screen(args[i]));
            }
            System.out.println(row(args[i], findings));
        }
    }

    private static TimingCheck.Finding screen(String target) throws IOException {
        if (target.startsWith("webhook:")) {
            return TimingCheck.run(WebhookTimingProbe.class, target.substring("webhook:".length()),
                    java.time.Duration.ofMinutes(5));
        }
        if (target.startsWith("jwt:")) {
            return TimingCheck.run(JwtTimingProbe.class, target.substring("jwt:".length()),
                    java.time.Duration.ofMinutes(5));
        }
        if (target.startsWith("receiver:")) {
            HttpServer server = serve(comparison(target.substring("receiver:".length())));
            try {
                return TimingCheck.screenLoopback(endpoint("http://127.0.0.1:" + server.getAddress().getPort()
                        + "/webhooks"));
            } finally {
                server.stop(0);
            }
        }
        return TimingCheck.screenLoopback(endpoint(target));
    }

    private static HttpWebhookTarget endpoint(String url) {
        return new HttpWebhookTarget(URI.create(url), HttpWebhookTarget.VECTOR_SECRET, Map.of());
    }

    private static BiPredicate<String, String> comparison(String name) {
        if (name.equals("is-equal")) {
            return (expected, header) -> MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    header.getBytes(StandardCharsets.UTF_8));
        }
        if (name.equals("string-equals")) {
            return String::equals;
        }
        if (name.startsWith("work-per-character=")) {
            long nanos = Long.parseLong(name.substring("work-per-character=".length()));
            return (expected, header) -> EarlyExitWithWork.equals(expected, header, nanos);
        }
        throw new IllegalArgumentException("unknown receiver comparison: " + name);
    }

    private static HttpServer serve(BiPredicate<String, String> comparison) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/webhooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String header = exchange.getRequestHeaders().getFirst("X-Shogun-Signature");
            boolean valid = header != null && comparison.test(Signatures.header(HttpWebhookTarget.VECTOR_SECRET,
                    body), header);
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static String row(String target, List<TimingCheck.Finding> findings) {
        List<TimingCheck.Finding> ran = findings.stream().filter(TimingCheck.Finding::ran).toList();
        if (ran.isEmpty()) {
            return "| `" + target + "` | 0 | | | " + findings.get(0).describe() + " |";
        }
        double minT = ran.stream().mapToDouble(TimingCheck.Finding::t).min().orElseThrow();
        double maxT = ran.stream().mapToDouble(TimingCheck.Finding::t).max().orElseThrow();
        double minDiff = ran.stream().mapToDouble(f -> f.lateMismatchNanos() - f.earlyMismatchNanos()).min()
                .orElseThrow();
        double maxDiff = ran.stream().mapToDouble(f -> f.lateMismatchNanos() - f.earlyMismatchNanos()).max()
                .orElseThrow();
        long leaks = ran.stream().filter(TimingCheck.Finding::leak).count();
        return String.format(Locale.ROOT, "| `%s` | %d | %.1f to %.1f | %+.0f to %+.0f | %d of %d |", target, ran.size(),
                minT, maxT, minDiff, maxDiff, leaks, ran.size());
    }
}
