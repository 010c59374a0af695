package io.shogun.authkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.common.url.PathParams;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.shogun.authkit.vectors.ShogunProfile;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * The simulator's admin API under {@code /__admin/shogun/}: the clock, clients, users, rotation, webhooks, faults,
 * settings, the journal and reset. Every route takes and returns JSON; a bad request gets 400 and a message.
 * The journal hides {@code client_secret} and {@code password} values.
 */
final class AdminRoutes implements AdminApiExtension {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ShogunSimulator simulator;

    AdminRoutes(ShogunSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public String getName() {
        return "shogun-admin";
    }

    /**
     * WireMock finds a route's path template through the class of its task, so every registered task needs a class of
     * its own; six generic routes (GET and POST, one to three segments) hand every request to {@link #dispatch}.
     */
    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.GET, "/shogun/{a}", new Get1());
        router.add(RequestMethod.GET, "/shogun/{a}/{b}", new Get2());
        router.add(RequestMethod.GET, "/shogun/{a}/{b}/{c}", new Get3());
        router.add(RequestMethod.POST, "/shogun/{a}", new Post1());
        router.add(RequestMethod.POST, "/shogun/{a}/{b}", new Post2());
        router.add(RequestMethod.POST, "/shogun/{a}/{b}/{c}", new Post3());
    }

    private abstract class Dispatch implements AdminTask {
        @Override
        public ResponseDefinition execute(Admin admin, ServeEvent event, PathParams params) {
            String url = event.getRequest().getUrl();
            String path = url.substring(url.indexOf("/shogun/"));
            int query = path.indexOf('?');
            return dispatch(event.getRequest().getMethod().getName(), query < 0 ? path : path.substring(0, query),
                    event.getRequest().getBodyAsString());
        }
    }

    private final class Get1 extends Dispatch { }

    private final class Get2 extends Dispatch { }

    private final class Get3 extends Dispatch { }

    private final class Post1 extends Dispatch { }

    private final class Post2 extends Dispatch { }

    private final class Post3 extends Dispatch { }

    private ResponseDefinition dispatch(String method, String path, String body) {
        String route = method + " " + path;
        if (route.startsWith("POST /shogun/clients/") && route.endsWith("/rotate")) {
            String clientId = path.substring("/shogun/clients/".length(), path.length() - "/rotate".length());
            return run(body, json -> {
                String secret = simulator.rotateSecret(clientId, text(json, "client_secret"));
                return JSON.createObjectNode().put("client_id", clientId).put("client_secret", secret);
            });
        }
        return switch (route) {
            case "GET /shogun/clock" -> run(body, json -> clock());
            case "POST /shogun/clock/advance" -> run(body, json -> {
                simulator.clock().advance(Duration.ofSeconds(required(json, "seconds").asLong()));
                return clock();
            });
            case "POST /shogun/clock/set" -> run(body, json -> {
                simulator.clock().set(Instant.ofEpochSecond(required(json, "epochSeconds").asLong()));
                return clock();
            });
            case "POST /shogun/clients" -> run(body, json -> {
                String clientId = required(json, "client_id").asText();
                String secret = simulator.createClient(clientId, text(json, "client_secret"));
                return JSON.createObjectNode().put("client_id", clientId).put("client_secret", secret);
            });
            case "POST /shogun/users" -> run(body, json -> {
                simulator.createUser(required(json, "email").asText(), required(json, "password").asText());
                return JSON.createObjectNode().put("email", json.get("email").asText());
            });
            case "POST /shogun/webhooks/send" -> run(body, this::sendWebhook);
            case "POST /shogun/faults" -> run(body, json -> {
                ShogunSimulator.FaultKind kind = ShogunSimulator.FaultKind.valueOf(required(json, "kind").asText());
                simulator.injectFault(text(json, "path"), kind, json.path("count").asInt(1),
                        json.path("delayMillis").asInt(0));
                return JSON.createObjectNode().put("injected", kind.name());
            });
            case "POST /shogun/settings" -> run(body, json -> {
                simulator.expiredTokenForm(form(required(json, "expiredTokenForm").asText()));
                return JSON.createObjectNode().put("expiredTokenForm", json.get("expiredTokenForm").asText());
            });
            case "GET /shogun/journal" -> run(body, json -> journal());
            case "POST /shogun/reset" -> run(body, json -> {
                simulator.reset();
                return clock();
            });
            default -> json(404, JSON.createObjectNode().put("error", "no admin route " + route));
        };
    }

    private ObjectNode sendWebhook(JsonNode body) {
        URI url = URI.create(required(body, "url").asText());
        WebhookDelivery delivery;
        if (body.has("tcId")) {
            delivery = simulator.sendWebhookVector(url, body.get("tcId").asInt());
        } else {
            JsonNode event = body.get("event");
            byte[] bytes = event == null ? ShogunSimulator.sampleEvent()
                    : (event.isTextual() ? event.textValue() : event.toString()).getBytes(StandardCharsets.UTF_8);
            delivery = simulator.sendWebhook(url, bytes);
        }
        return JSON.createObjectNode().put("status", delivery.status()).put("body", delivery.body())
                .put("error", delivery.error());
    }

    private ObjectNode clock() {
        Instant now = simulator.clock().instant();
        return JSON.createObjectNode().put("epochSeconds", now.getEpochSecond()).put("iso", now.toString());
    }

    private ObjectNode journal() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode entries = root.putArray("requests");
        for (Journal.Entry entry : simulator.journal().entries()) {
            ObjectNode node = entries.addObject()
                    .put("sequence", entry.sequence())
                    .put("virtualTime", entry.virtualTime().toString())
                    .put("method", entry.request().method())
                    .put("path", entry.request().path())
                    .put("status", entry.status());
            node.set("headers", JSON.valueToTree(entry.request().headers()));
            node.put("body", Redaction.redact(entry.request().bodyText()));
        }
        return root;
    }

    private static ShogunProfile.ExpiredTokenForm form(String value) {
        for (ShogunProfile.ExpiredTokenForm form : ShogunProfile.ExpiredTokenForm.values()) {
            if (form.jsonName().equals(value)) {
                return form;
            }
        }
        throw new IllegalArgumentException("expiredTokenForm must be http401 or responseCode42");
    }

    private static ResponseDefinition run(String requestBody, Function<JsonNode, ObjectNode> action) {
        try {
            JsonNode body = requestBody == null || requestBody.isBlank() ? JSON.createObjectNode()
                    : JSON.readTree(requestBody);
            return json(200, action.apply(body));
        } catch (IOException e) {
            return json(400, JSON.createObjectNode().put("error", "the body is not JSON"));
        } catch (IllegalArgumentException e) {
            return json(400, JSON.createObjectNode().put("error", e.getMessage()));
        }
    }

    private static ResponseDefinition json(int status, ObjectNode body) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body.toString()).build();
    }

    private static JsonNode required(JsonNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static String text(JsonNode body, String name) {
        JsonNode value = body.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
