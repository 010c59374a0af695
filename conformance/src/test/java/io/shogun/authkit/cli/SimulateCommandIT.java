package io.shogun.authkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code shogun-kit simulate} as a real process: started from the packaged jar, answering the spec's examples as
 * written, walked through expiry, lockout and rotation with the admin API, stopped with SIGTERM as Ctrl-C would.
 */
class SimulateCommandIT {

    private static final Path JAR = Path.of("target", "shogun-kit.jar").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void simulate_standalone_answersTheSpecsExamplesAndStopsCleanly() throws Exception {
        try (Standalone simulator = Standalone.start()) {
            String base = simulator.base;
            assertThat(simulator.banner).contains("client_id=your-client-id", "client_secret=your-client-secret",
                    "email=you@business.com");

            String token = JSON.readTree(post(base, "/api/v1/security/api/generate_token",
                    "{ \"client_id\": \"your-client-id\", \"client_secret\": \"your-client-secret\" }").body())
                    .at("/data/token").asText();
            assertThat(get(base, "/api/v1/account/api/fetch_customer_accounts", token).statusCode()).isEqualTo(200);
            JsonNode validation = JSON.readTree(get(base, "/api/v1/security/api/validate_token", token).body());
            assertThat(validation.get("message").asText()).isEqualTo("Token is valid");

            post(base, "/__admin/shogun/clock/advance", "{\"seconds\":3600}");
            assertThat(get(base, "/api/v1/account/api/fetch_customer_accounts", token).statusCode()).isEqualTo(401);

            String rotated = JSON.readTree(post(base, "/__admin/shogun/clients/your-client-id/rotate", "{}").body())
                    .get("client_secret").asText();
            assertThat(post(base, "/api/v1/security/api/generate_token",
                    "{\"client_id\":\"your-client-id\",\"client_secret\":\"your-client-secret\"}").statusCode())
                    .isEqualTo(401);
            assertThat(post(base, "/api/v1/security/api/generate_token",
                    "{\"client_id\":\"your-client-id\",\"client_secret\":\"" + rotated + "\"}").statusCode())
                    .isEqualTo(200);

            assertThat(simulator.stop()).contains("Shogun simulator stopped.").doesNotContain("Exception");
        }
    }

    /**
     * Secrets chosen on the command line are used but never shown: not in the banner, not in the journal the admin
     * API serves (token requests and logins with right and wrong values), not in anything printed until it stops.
     */
    @Test
    void simulate_secretsChosenByTheUser_appearNowhereInItsOutputOrJournal() throws Exception {
        String secret = "kit-hygiene-client-secret-3b9e1d";
        String password = "kit-hygiene-password-8c2f4a";
        String webhookSecret = "kit-hygiene-webhook-secret-61d0e7";
        try (Standalone simulator = Standalone.start("--client-secret", secret, "--password", password,
                "--webhook-secret", webhookSecret)) {
            String base = simulator.base;
            assertThat(post(base, "/api/v1/security/api/generate_token", "{\"client_id\":\"your-client-id\","
                    + "\"client_secret\":\"" + secret + "\"}").statusCode()).as("the chosen secret works")
                    .isEqualTo(200);
            assertThat(post(base, "/api/v1/security/api/generate_token", "{\"client_id\":\"your-client-id\","
                    + "\"client_secret\":\"" + secret + "-wrong\"}").statusCode()).isEqualTo(401);
            assertThat(post(base, "/api/v1/auth/web/login", "{\"email\":\"you@business.com\",\"password\":\""
                    + password + "\"}").statusCode()).as("the chosen password works").isEqualTo(200);
            String journal = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/__admin/shogun/journal")).GET()
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(journal).contains("generate_token", "/api/v1/auth/web/login");

            String output = simulator.stop();

            SecretScan scan = new SecretScan().literal("the client secret", secret).literal("the password", password)
                    .literal("the webhook secret", webhookSecret)
                    .text("banner", simulator.banner).text("journal", journal).text("output", output);
            assertThat(scan.findings()).isEmpty();
            assertThat(simulator.banner).contains("client_secret=(as given with --client-secret)");
        }
    }

    /** {@code shogun-kit simulate} from the packaged jar on a free port, its banner read. */
    private static final class Standalone implements AutoCloseable {
        final Process process;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final Thread reader;
        final String base;
        final String banner;

        private Standalone(Process process) throws InterruptedException {
            this.process = process;
            this.reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        lines.add(line);
                    }
                } catch (java.io.IOException e) {
                    lines.add("(output closed: " + e.getMessage() + ")");
                }
            });
            reader.start();
            String first = lines.poll(30, TimeUnit.SECONDS);
            assertThat(first).as("the simulator's first line").isNotNull();
            Matcher url = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)").matcher(first);
            assertThat(url.find()).as(first).isTrue();
            this.base = url.group(1);
            StringBuilder text = new StringBuilder(first);
            for (String line = lines.poll(10, TimeUnit.SECONDS); line != null && !line.startsWith("Press Ctrl-C");
                    line = lines.poll(10, TimeUnit.SECONDS)) {
                text.append('\n').append(line);
            }
            this.banner = text.toString();
        }

        static Standalone start(String... options) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString(), "simulate", "--port", "0"));
            command.addAll(List.of(options));
            return new Standalone(new ProcessBuilder(command).redirectErrorStream(true).start());
        }

        /** Stops it with SIGTERM, as Ctrl-C would, and returns what it printed after the banner. */
        String stop() throws InterruptedException {
            process.toHandle().destroy(); // Process.destroy() would also close our end of its output
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            return String.join("\n", lines);
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    private static HttpResponse<String> post(String base, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String base, String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
