package io.shogun.authkit.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shogun.authkit.spi.ClientResponse;
import io.shogun.authkit.spi.DashboardClient;
import io.shogun.authkit.spi.DashboardClientSetup;
import io.shogun.authkit.spi.Sleeper;
import io.shogun.authkit.spi.TokenClient;
import io.shogun.authkit.spi.TokenClientSetup;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The token and dashboard clients of a program target ({@code client.*} requests of {@code PROTOCOL.md}), and the
 * answers to the program's calls back to the kit: {@code now}, {@code sleep}, {@code secret} and {@code log}, each
 * served from the setup of the client that made it. A client opened before the program restarted is gone: its calls
 * fail rather than reach a fresh client with an empty cache.
 */
final class ProgramClients implements LineProtocolProcess.CallHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the kit hands one client: its clock, its way to wait, its secret (token clients only) and its log. */
    private record Context(InstantSource clock, Sleeper sleeper, Supplier<String> secret, Consumer<String> log) {
    }

    private final Map<String, Context> open = new ConcurrentHashMap<>();
    private final AtomicInteger handles = new AtomicInteger();
    private LineProtocolProcess process;

    void attach(LineProtocolProcess process) {
        this.process = process;
    }

    TokenClient openToken(TokenClientSetup setup) {
        String handle = "token-" + handles.incrementAndGet();
        ObjectNode request = JSON.createObjectNode().put("type", "client.open").put("client", handle)
                .put("kind", "token").put("baseUrl", setup.baseUrl().toString()).put("clientId", setup.clientId());
        int generation = open(handle, new Context(setup.clock(), setup.sleeper(), setup.clientSecret(), setup.log()),
                request);
        return new ProgramTokenClient(handle, generation);
    }

    DashboardClient openDashboard(DashboardClientSetup setup) {
        String handle = "dashboard-" + handles.incrementAndGet();
        ObjectNode request = JSON.createObjectNode().put("type", "client.open").put("client", handle)
                .put("kind", "dashboard").put("baseUrl", setup.baseUrl().toString()).put("email", setup.email())
                .put("password", setup.password());
        int generation = open(handle, new Context(setup.clock(), setup.sleeper(), null, setup.log()), request);
        return new ProgramDashboardClient(handle, generation);
    }

    private int open(String handle, Context context, ObjectNode request) {
        open.put(handle, context);
        try {
            int generation = process.generation();
            process.request(request);
            return generation;
        } catch (RuntimeException e) {
            open.remove(handle);
            throw e;
        }
    }

    // ---- the program's calls -----------------------------------------------------------------------------------

    @Override
    public ObjectNode answer(JsonNode call) {
        String name = call.path("call").asText();
        String handle = call.path("client").asText();
        Context context = open.get(handle);
        if (context == null) {
            throw new IllegalArgumentException("no open client '" + shorten(handle) + "'");
        }
        switch (name) {
            case "now":
                return now(context);
            case "sleep":
                JsonNode millis = call.path("millis");
                if (!millis.canConvertToLong() || !millis.isIntegralNumber() || millis.asLong() < 0) {
                    throw new IllegalArgumentException("'sleep' needs 'millis', a whole number >= 0");
                }
                try {
                    context.sleeper().sleep(Duration.ofMillis(millis.asLong()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalArgumentException("interrupted");
                }
                return now(context);
            case "secret":
                if (context.secret() == null) {
                    throw new IllegalArgumentException("a dashboard client has no client secret");
                }
                return JSON.createObjectNode().put("secret", context.secret().get());
            case "log":
                context.log().accept(call.path("line").asText(""));
                return null;
            default:
                throw new IllegalArgumentException("unknown call '" + shorten(name) + "'");
        }
    }

    private static ObjectNode now(Context context) {
        return JSON.createObjectNode().put("epochMillis", context.clock().instant().toEpochMilli());
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    // ---- the clients -------------------------------------------------------------------------------------------

    /** What every program client shares: its handle, its requests, and closing. */
    private abstract class ProgramClient implements AutoCloseable {
        final String handle;
        private final int generation;

        ProgramClient(String handle, int generation) {
            this.handle = handle;
            this.generation = generation;
        }

        JsonNode request(String type, Consumer<ObjectNode> fields) {
            if (process.generation() != generation) {
                throw new TargetFailure("the program was restarted after a failure, and client '"
                        + handle + "' went with it");
            }
            ObjectNode request = JSON.createObjectNode().put("type", type).put("client", handle);
            fields.accept(request);
            return process.request(request);
        }

        ClientResponse response(String type, Consumer<ObjectNode> fields) {
            return ProtocolReader.clientResponse(request(type, fields));
        }

        @Override
        public void close() {
            try {
                if (process.generation() == generation) {
                    process.request(JSON.createObjectNode().put("type", "client.close").put("client", handle));
                }
            } finally {
                open.remove(handle);
            }
        }
    }

    private final class ProgramTokenClient extends ProgramClient implements TokenClient {

        ProgramTokenClient(String handle, int generation) {
            super(handle, generation);
        }

        @Override
        public ClientResponse call(String method, String path) {
            return response("client.call", request -> request.put("method", method).put("path", path));
        }

        @Override
        public Optional<TokenInfo> validateToken() {
            return ProtocolReader.tokenInfo(request("client.validate", request -> { }));
        }

        @Override
        public String toString() {
            return "program token client " + handle;
        }
    }

    private final class ProgramDashboardClient extends ProgramClient implements DashboardClient {

        ProgramDashboardClient(String handle, int generation) {
            super(handle, generation);
        }

        @Override
        public ClientResponse login() {
            return response("client.login", request -> { });
        }

        @Override
        public ClientResponse call(String method, String path) {
            return response("client.call", request -> request.put("method", method).put("path", path));
        }

        @Override
        public String toString() {
            return "program dashboard client " + handle;
        }
    }
}
