package io.shogun.authkit.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.shogun.authkit.spi.ClientResponse;
import io.shogun.authkit.spi.DashboardClient;
import io.shogun.authkit.spi.DashboardClientSetup;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The kit's dashboard client: logs in with email and password, keeps the JWT and the session cookie, and sends the
 * JWT as Bearer (and the cookie) on {@code /web/} calls; a 401 logs in again once. The password goes only into the
 * login body. Safe for concurrent use.
 */
public final class ReferenceDashboardClient implements DashboardClient {

    static final String LOGIN = "/api/v1/auth/web/login";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DashboardClientSetup setup;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private volatile String token;
    private volatile String cookie;

    public ReferenceDashboardClient(DashboardClientSetup setup) {
        this.setup = setup;
    }

    @Override
    public synchronized ClientResponse login() {
        String body = JSON.createObjectNode().put("email", setup.email()).put("password", setup.password()).toString();
        try {
            setup.log().accept("dashboard login for " + setup.email());
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(LOGIN))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                token = JSON.readTree(response.body()).at("/data/token").asText(null);
                cookie = response.headers().firstValue("Set-Cookie").map(value -> value.split(";", 2)[0]).orElse(null);
            }
            return ClientResponse.answered(response.statusCode(), response.body());
        } catch (IOException e) {
            return ClientResponse.failed(ClientResponse.Outcome.UNAVAILABLE, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ClientResponse.failed(ClientResponse.Outcome.UNAVAILABLE, 0);
        }
    }

    @Override
    public ClientResponse call(String method, String path) {
        if (token == null) {
            ClientResponse login = login();
            if (token == null) {
                return login;
            }
        }
        ClientResponse response = send(method, path);
        if (response.httpStatus() == 401) {
            setup.log().accept("dashboard session refused; logging in again once");
            login();
            response = send(method, path);
        }
        return response;
    }

    private ClientResponse send(String method, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return ClientResponse.answered(response.statusCode(), response.body());
        } catch (IOException e) {
            return ClientResponse.failed(ClientResponse.Outcome.UNAVAILABLE, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ClientResponse.failed(ClientResponse.Outcome.UNAVAILABLE, 0);
        }
    }

    private URI uri(String path) {
        String base = setup.baseUrl().toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    @Override
    public String toString() {
        return "ReferenceDashboardClient[" + setup.baseUrl() + ", " + setup.email() + "]";
    }
}
