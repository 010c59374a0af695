package io.shogun.authkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.shogun.authkit.vectors.ShogunProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulator under concurrent load on loopback: no count is lost. Bounded: 8 clients, a few thousand requests,
 * all to 127.0.0.1.
 */
class SimulatorLoadTest {

    private static final int CLIENTS = 8;
    private static final int ROUNDS = 150;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static ShogunSimulator shogun;

    @BeforeAll
    static void start() {
        shogun = ShogunSimulator.builder().start();
    }

    @AfterAll
    static void stop() {
        shogun.close();
    }

    @Test
    void tokensAndCalls_eightConcurrentClients_everyTokenValidatesAndNothingFails() throws Exception {
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Integer>> work = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String clientId = "load-client-" + c;
                String secret = shogun.createClient(clientId, null);
                work.add(threads.submit(() -> {
                    int validated = 0;
                    for (int round = 0; round < ROUNDS; round++) {
                        HttpResponse<String> token = post("/api/v1/security/api/generate_token",
                                "{\"client_id\":\"" + clientId + "\",\"client_secret\":\"" + secret + "\"}");
                        count(statuses, token.statusCode());
                        String bearer = JSON.readTree(token.body()).at("/data/token").asText();
                        HttpResponse<String> valid = get("/api/v1/security/api/validate_token", bearer);
                        HttpResponse<String> call = get("/api/v1/account/api/fetch_customer_accounts", bearer);
                        count(statuses, valid.statusCode());
                        count(statuses, call.statusCode());
                        if (valid.statusCode() == 200
                                && JSON.readTree(valid.body()).at("/data/client_id").asText().equals(clientId)) {
                            validated++;
                        }
                    }
                    return validated;
                }));
            }
            for (Future<Integer> result : work) {
                assertThat(result.get()).isEqualTo(ROUNDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(statuses.keySet()).containsOnly(200);
        assertThat(statuses.get(200).get()).isEqualTo(CLIENTS * ROUNDS * 3);
    }

    @Test
    void failedLogins_racingOnOneClient_lockAtExactlyTheThreshold() throws Exception {
        ShogunProfile.Lockout lockout = shogun.profile().lockout();
        int attempts = lockout.maxFailures() + 3;
        ExecutorService threads = Executors.newFixedThreadPool(attempts);
        try {
            for (int trial = 0; trial < 40; trial++) {
                String clientId = "race-client-" + trial;
                shogun.createClient(clientId, null);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> results = new ArrayList<>();
                for (int i = 0; i < attempts; i++) {
                    results.add(threads.submit(() -> {
                        go.await();
                        return post("/api/v1/security/api/generate_token",
                                "{\"client_id\":\"" + clientId + "\",\"client_secret\":\"wrong\"}").statusCode();
                    }));
                }
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> result : results) {
                    statuses.add(result.get());
                }
                assertThat(statuses).as("trial %d", trial)
                        .filteredOn(status -> status == 401).hasSize(lockout.maxFailures());
                assertThat(statuses).as("trial %d", trial)
                        .filteredOn(status -> status == lockout.status()).hasSize(attempts - lockout.maxFailures());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static void count(Map<Integer, AtomicInteger> statuses, int status) {
        statuses.computeIfAbsent(status, key -> new AtomicInteger()).incrementAndGet();
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(shogun.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(shogun.baseUrl() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
