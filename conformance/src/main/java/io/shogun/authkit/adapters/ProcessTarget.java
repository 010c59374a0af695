package io.shogun.authkit.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.ConformanceTarget;
import io.shogun.authkit.spi.DashboardClient;
import io.shogun.authkit.spi.DashboardClientSetup;
import io.shogun.authkit.spi.JwtVerifier;
import io.shogun.authkit.spi.TokenClient;
import io.shogun.authkit.spi.TokenClientSetup;
import io.shogun.authkit.spi.WebhookVerifier;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A target in any language: a program started with {@code cmd:<command line>} and spoken to over the line protocol
 * ({@code conformance/PROTOCOL.md}). Its hello declares id, version and capabilities; each verification or client
 * operation is one request and one answer, and a client calls back for the kit's clock, sleeps and secret. A program that crashes, hangs or answers garbage fails that case (the suites record the
 * exception with the transcript) and is restarted for the next.
 */
public final class ProcessTarget implements ConformanceTarget, AutoCloseable {

    /** Per-request deadline: shorter than the suites' 10 s per case, so a hang is reported with its transcript. */
    public static final Duration TIMEOUT = Duration.ofSeconds(8);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProgramClients clients = new ProgramClients();
    private final LineProtocolProcess process;
    private final JsonNode hello;

    private ProcessTarget(String commandLine, Duration timeout) {
        this.process = new LineProtocolProcess(commandLine, timeout, clients);
        clients.attach(process);
        try {
            this.hello = ProtocolReader.hello(process.hello());
        } catch (TargetFailure e) {
            process.close();
            throw e;
        }
    }

    /**
     * Starts the program (through {@code /bin/sh -c}) and reads its hello, with the default per-request deadline.
     *
     * @throws RuntimeException with the transcript if it cannot be started or does not say hello in time
     */
    public static ProcessTarget start(String commandLine) {
        return start(commandLine, TIMEOUT);
    }

    /** As {@link #start(String)}, with the given per-request deadline. */
    public static ProcessTarget start(String commandLine, Duration timeout) {
        return new ProcessTarget(commandLine, timeout);
    }

    @Override
    public String id() {
        return hello.get("id").asText();
    }

    @Override
    public String version() {
        return hello.get("version").asText();
    }

    @Override
    public Set<Capability> capabilities() {
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        for (JsonNode capability : hello.path("capabilities")) {
            for (Capability known : Capability.values()) {
                if (known.name().equals(capability.asText())) {
                    capabilities.add(known);
                }
            }
        }
        return capabilities;
    }

    /** A token client in the program ({@code client.open}); its clock, sleeps, secret and log are the setup's. */
    @Override
    public TokenClient newTokenClient(TokenClientSetup setup) {
        return clients.openToken(setup);
    }

    /** A dashboard client in the program ({@code client.open} with {@code kind} dashboard). */
    @Override
    public DashboardClient newDashboardClient(DashboardClientSetup setup) {
        return clients.openDashboard(setup);
    }

    @Override
    public WebhookVerifier newWebhookVerifier(List<String> activeSecrets) {
        return (body, header) -> {
            ObjectNode request = JSON.createObjectNode().put("type", "webhook.verify");
            activeSecrets.forEach(request.putArray("secrets")::add);
            request.put("body", Base64.getEncoder().encodeToString(body));
            if (header == null) {
                request.putNull("signatureHeader");
            } else {
                request.put("signatureHeader", header);
            }
            return ProtocolReader.webhookDecision(process.request(request));
        };
    }

    @Override
    public JwtVerifier newJwtVerifier(byte[] key, InstantSource clock, Duration leeway) {
        return token -> {
            ObjectNode request = JSON.createObjectNode().put("type", "jwt.verify")
                    .put("key", Base64.getUrlEncoder().withoutPadding().encodeToString(key))
                    .put("now", clock.instant().getEpochSecond())
                    .put("leewaySeconds", leeway.getSeconds())
                    .put("token", token);
            return ProtocolReader.jwtVerification(process.request(request));
        };
    }

    @Override
    public void close() {
        process.close();
    }
}
