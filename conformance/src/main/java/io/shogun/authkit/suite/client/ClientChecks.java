package io.shogun.authkit.suite.client;

import io.shogun.authkit.simulator.Journal;
import io.shogun.authkit.simulator.ShogunSimulator;
import io.shogun.authkit.spi.ClientResponse;
import io.shogun.authkit.spi.ConformanceTarget;
import io.shogun.authkit.spi.DashboardClient;
import io.shogun.authkit.spi.TokenClient;
import io.shogun.authkit.suite.CheckFailure;
import io.shogun.authkit.suite.Requirement;
import io.shogun.authkit.suite.RequirementCatalogue;
import io.shogun.authkit.vectors.ShogunProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The client suite's checks, one or more per requirement of the catalogue's token-client and dashboard sections,
 * each graded from the simulator's journal (request shapes, counts, virtual timestamps) and the client's log.
 */
final class ClientChecks {

    /** One check and the requirement it grades. */
    record Check(Requirement requirement, String name, Consumer<ClientHarness> body) {
    }

    private static final int CONCURRENT_CALLERS = 16;

    private final ConformanceTarget target;
    private final ShogunProfile profile;
    private final RequirementCatalogue catalogue = RequirementCatalogue.bundled();

    ClientChecks(ConformanceTarget target, ShogunProfile profile) {
        this.target = target;
        this.profile = profile;
    }

    List<Check> tokenClientChecks() {
        List<Check> checks = new ArrayList<>();
        add(checks, "TOKEN-REQUEST", "the first call requests a token as documented", this::tokenRequest);
        add(checks, "SECRET-CONFINED", "the secret appears only in token request bodies, never in a URL, header or "
                + "log line", this::secretConfined);
        add(checks, "TOKEN-CACHE", "twenty calls within a token's lifetime use one token", this::cache);
        add(checks, "TOKEN-CACHE", "a 600 s expires_in is honoured (no token used past it)", this::shortLifetime);
        add(checks, "TOKEN-PROACTIVE-REFRESH", "two hours of calls every 30 s: refreshed before expiry, never an "
                + "expired token", clock -> cadence(clock, Duration.ZERO));
        add(checks, "TOKEN-PROACTIVE-REFRESH", "the same with the client's clock 3 minutes ahead",
                clock -> cadence(clock, Duration.ofMinutes(3)));
        add(checks, "TOKEN-PROACTIVE-REFRESH", "the same with the client's clock 3 minutes behind",
                clock -> cadence(clock, Duration.ofMinutes(-3)));
        add(checks, "TOKEN-PROACTIVE-REFRESH", "a failed refresh shortly before expiry keeps the valid token",
                this::failedRefreshKeepsToken);
        add(checks, "TOKEN-PROACTIVE-REFRESH", "calls a minute before expiry cause at most one refresh (no storm)",
                this::noRefreshStorm);
        add(checks, "TOKEN-SINGLE-FLIGHT", CONCURRENT_CALLERS + " concurrent callers, empty cache: one token request",
                harness -> singleFlight(harness, false));
        add(checks, "TOKEN-SINGLE-FLIGHT", CONCURRENT_CALLERS + " concurrent callers, expired token: one token request",
                harness -> singleFlight(harness, true));
        add(checks, "BEARER-HEADER", "every authenticated call carries Authorization: Bearer <issued token>",
                this::bearerHeader);
        add(checks, "EXPIRED-RETRY", "a 401 on a call: one new token, one retry, success",
                harness -> retriedOnce(harness, ShogunSimulator.FaultKind.UNAUTHORIZED));
        add(checks, "EXPIRED-RETRY", "response_code \"42\" on a call: one new token, one retry, success",
                harness -> retriedOnce(harness, ShogunSimulator.FaultKind.EXPIRED_42));
        add(checks, "EXPIRED-RETRY", "a second 401 is reported, not retried again", this::secondFailureSurfaced);
        add(checks, "BACKOFF", "refused credentials: growing delays, fewer attempts than the lockout threshold, a "
                + "credentials error", this::backoff);
        add(checks, "BACKOFF", "a call a minute for a whole lockout window with a refused secret never locks the "
                + "account", this::refusedSecretThroughALockoutWindow);
        add(checks, "LOCKOUT", "a locked account: a distinct error, no token request until Retry-After has passed",
                this::lockout);
        add(checks, "ROTATION", "after a rotation: the refusal is reported without hammering; the new secret recovers "
                + "without a restart", this::rotation);
        add(checks, "VALIDATE", "validate_token's zone-less timestamps read as UTC", this::validate);
        add(checks, "RESILIENCE", "two 503s and a connection reset on the token endpoint are retried with back-off",
                this::resilience);
        return checks;
    }

    List<Check> dashboardChecks() {
        List<Check> checks = new ArrayList<>();
        add(checks, "DASHBOARD", "login with email and password, the JWT as Bearer on /web/, the password nowhere else",
                this::dashboard);
        return checks;
    }

    private void add(List<Check> checks, String requirement, String name, Consumer<ClientHarness> body) {
        checks.add(new Check(catalogue.byId(requirement), name, body));
    }

    // ---- checks ------------------------------------------------------------------------------------------------

    private void tokenRequest(ClientHarness harness) {
        try (TokenClient client = client(harness)) {
            ClientResponse response = client.call("GET", ClientHarness.ACCOUNTS);
            require(response.httpStatus() == 200, "the call got " + response);
            Journal.Entry request = first(harness.tokenRequests(), "no token request");
            require(request.request().method().equals("POST"), "the token request used " + request.request().method());
            require(request.request().header("Content-Type").orElse("").startsWith("application/json"),
                    "Content-Type was " + request.request().header("Content-Type").orElse("absent"));
            String body = request.request().bodyText().replace(" ", "");
            require(body.contains("\"client_id\":\"" + harness.simulator().demoClientId() + "\"")
                    && body.contains("\"client_secret\":\"" + harness.clientSecret() + "\""),
                    "the body lacks client_id or client_secret");
        }
    }

    private void secretConfined(ClientHarness harness) {
        try (TokenClient client = client(harness)) {
            client.call("GET", ClientHarness.ACCOUNTS);
            harness.advance(Duration.ofHours(2));
            client.call("GET", ClientHarness.ACCOUNTS);
            client.validateToken();
        }
        secretsStayedConfined(harness);
    }

    /**
     * After every check: no secret the check used is in a log line, a URL, a header, or a body other than a token
     * request's. Filed under SECRET-CONFINED whichever check revealed it.
     */
    static void secretsStayedConfined(ClientHarness harness) {
        for (String secret : harness.secretsSeen()) {
            for (Journal.Entry entry : harness.simulator().journal().entries()) {
                boolean tokenRequest = entry.request().path().equals(ClientHarness.GENERATE_TOKEN);
                require(!entry.request().path().contains(secret) && !entry.request().query().contains(secret),
                        "the secret is in a URL: " + entry.request().method() + " " + entry.request().path());
                require(entry.request().headers().values().stream().noneMatch(value -> value.contains(secret)),
                        "the secret is in a header of " + entry.request().path());
                require(tokenRequest || !entry.request().bodyText().contains(secret),
                        "the secret is in the body of " + entry.request().path());
            }
            for (String line : harness.log()) {
                require(!line.contains(secret), "the client logged a secret (in a line of " + line.length()
                        + " characters)");
            }
        }
    }

    private void cache(ClientHarness harness) {
        try (TokenClient client = client(harness)) {
            for (int i = 0; i < 20; i++) {
                ClientResponse response = client.call("GET", ClientHarness.ACCOUNTS);
                require(response.httpStatus() == 200, "call " + (i + 1) + " got " + response);
                harness.advance(Duration.ofSeconds(60));
            }
        }
        require(harness.tokenRequests().size() == 1, "20 calls over 20 minutes made " + harness.tokenRequests().size()
                + " token requests; one token lasts an hour");
    }

    private void shortLifetime(ClientHarness harness) {
        ShogunProfile base = harness.simulator().profile();
        ShogunProfile shortLived = new ShogunProfile(base.name() + "-600s", Duration.ofSeconds(600),
                base.dashboardToken(), base.lockout(), base.expiredToken(), base.rotation(), base.responseCodes(),
                base.errors());
        try (ShogunSimulator simulator = ShogunSimulator.builder().profile(shortLived).start()) {
            ClientHarness.Shadow shadow = harness.shadowOn(simulator);
            try (TokenClient client = target.newTokenClient(shadow.setup())) {
                for (int minute = 0; minute < 25; minute++) {
                    ClientResponse response = client.call("GET", ClientHarness.ACCOUNTS);
                    require(response.httpStatus() == 200, "at minute " + minute + " the call got " + response);
                    simulator.clock().advance(Duration.ofMinutes(1));
                }
            }
            noExpiredTokenSent(simulator.journal().entries());
            require(simulator.journal().forPath(ClientHarness.GENERATE_TOKEN).size() >= 3,
                    "25 minutes of 10-minute tokens took only "
                            + simulator.journal().forPath(ClientHarness.GENERATE_TOKEN).size() + " token requests");
        }
    }

    private void cadence(ClientHarness harness, Duration skew) {
        harness.skew(skew);
        try (TokenClient client = client(harness)) {
            // A call every 30 s: a client that refreshes at least 30 s before expiry gets its chance.
            for (int step = 0; step <= 240; step++) {
                ClientResponse response = client.call("GET", ClientHarness.ACCOUNTS);
                require(response.httpStatus() == 200, "after " + step * 30 + " s the call got " + response);
                harness.advance(Duration.ofSeconds(30));
            }
        }
        List<Journal.Entry> tokens = harness.tokenRequests();
        require(tokens.size() >= 2 && tokens.size() <= 4, "two hours of 1-hour tokens took " + tokens.size()
                + " token requests (expected 2 or 3)");
        // Whatever the skew, the client reckons expiry from its own clock at receipt, which lands on the same
        // server instant: issue + expires_in. A refresh at or after it is not proactive.
        Instant firstExpiry = tokens.get(0).virtualTime().plus(profile.integrationTokenTtl());
        require(tokens.get(1).virtualTime().isBefore(firstExpiry), "the second token was requested at "
                + tokens.get(1).virtualTime() + ", not before the first expired at " + firstExpiry);
        if (!skew.isNegative()) {
            noExpiredTokenSent(harness.simulator().journal().entries());
        }
    }

    private void failedRefreshKeepsToken(ClientHarness harness) {
        try (TokenClient client = client(harness)) {
            require(client.call("GET", ClientHarness.ACCOUNTS).httpStatus() == 200, "the first call failed");
            harness.advance(profile.integrationTokenTtl().minusSeconds(30));
            harness.simulator().injectFault(ClientHarness.GENERATE_TOKEN, ShogunSimulator.FaultKind.SERVER_ERROR, 100,
                    0);
            ClientResponse response = client.call("GET", ClientHarness.ACCOUNTS);
            require(response.httpStatus() == 200, "30 s before expiry, with the token endpoint failing, the call got "
                    + response + " instead of using the still-valid token");
        }
    }

    private void noRefreshStorm(ClientHarness harness) {
        try (TokenClient client = client(harness)) {
            require(client.call("GET", ClientHarness.ACCOUNTS).httpStatus() == 200, "the first call failed");
            harness.advance(profile.integrationTokenTtl().minusSeconds(60));
            int before = harness.tokenRequests().size();
            concurrently(CONCURRENT_CALLERS, () -> client.call("GET", ClientHarness.ACCOUNTS));
            for (int i = 0; i < 5; i++) {
                client.call("GET", ClientHarness.ACCOUNTS);
            }
            int refreshes = harness.tokenRequests().size() - before;
            require(refreshes <= 1, (CONCURRENT_CALLERS + 5) + " calls a minute before expiry caused " + refreshes
                    + " token requests (a refresh storm)");
        }
    }

    private void singleFlight(ClientHarness harness, boolean stale) {
        try (TokenClient client = client(harness)) {
            if (stale) {
                require(client.call("GET", ClientHarness.ACCOUNTS).httpStatus() == 200, "the first call failed");
                harness.advance(profile.integrationTokenTtl().plusMinutes(1));
            }
            int before = harness.tokenRequests().size();
            List<ClientResponse> responses = concurrently(CONCURRENT_CALLERS,
                    () -> client.call("GET", ClientHarness.ACCOUNTS));
            require(responses.stream().allMatch(response -> response.httpStatus() == 200),
                    "not every concurrent call succeeded: " + responses);
            int requests = harness.tokenRequests().size() - before;
            require(requests == 1, CONCURRENT_CALLERS + " concurrent callers caused " + requests + " token requests");
        }
    }

    private void bearerHeader(ClientHarness harness) {
        try (TokenClient client = client(harness)) {
            for (int i = 0; i < 3; i++) {
                client.call("GET", ClientHarness.ACCOUNTS);
                client.call("POST", "/api/v1/account/api/fetch_customer_accounts");
            }
        }
        List<Journal.Entry> calls = harness.authenticatedRequests();
        require(!calls.isEmpty(), "no authenticated call reached the server");
        for (Journal.Entry call : calls) {
            String value = call.request().header("Authorization").orElse("");
            require(value.matches("Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"),
                    call.request().method() + " " + call.request().path() + " carried Authorization '"
                            + (value.length() > 20 ? value.substring(0, 20) + "..." : value) + "'");
        }
    }

    private void retriedOnce(ClientHarness harness, ShogunSimulator.FaultKind fault) {
        try (TokenClient client = client(harness)) {
            require(client.call("GET", ClientHarness.ACCOUNTS).httpStatus() == 200, "the first call failed");
            harness.simulator().injectFault(ClientHarness.ACCOUNTS, fault, 1, 0);
            int callsBefore = harness.simulator().journal().forPath(ClientHarness.ACCOUNTS).size();
            int tokensBefore = harness.tokenRequests().size();
            ClientResponse response = client.call("GET", ClientHarness.ACCOUNTS);
            int calls = harness.simulator().journal().forPath(ClientHarness.ACCOUNTS).size() - callsBefore;
            int tokens = harness.tokenRequests().size() - tokensBefore;
            require(response.httpStatus() == 200 && !response.body().contains("\"42\""),
                    "after " + fault + " the call got " + response.outcome() + " " + response.httpStatus());
            require(calls == 2 && tokens == 1, "after " + fault + ": " + calls + " calls and " + tokens
                    + " token requests (expected 2 and 1)");
            List<Journal.Entry> last = harness.simulator().journal().forPath(ClientHarness.ACCOUNTS);
            String refused = last.get(last.size() - 2).request().header("Authorization").orElse("");
            String retried = last.get(last.size() - 1).request().header("Authorization").orElse("");
            require(!retried.equals(refused), "the retry after " + fault + " carried the refused token again");
        }
    }

    private void secondFailureSurfaced(ClientHarness harness) {
        try (TokenClient client = client(harness)) {
            require(client.call("GET", ClientHarness.ACCOUNTS).httpStatus() == 200, "the first call failed");
            harness.simulator().injectFault(ClientHarness.ACCOUNTS, ShogunSimulator.FaultKind.UNAUTHORIZED, 20, 0);
            int callsBefore = harness.simulator().journal().forPath(ClientHarness.ACCOUNTS).size();
            ClientResponse response = client.call("GET", ClientHarness.ACCOUNTS);
            int calls = harness.simulator().journal().forPath(ClientHarness.ACCOUNTS).size() - callsBefore;
            require(calls == 2, "two 401s in a row led to " + calls + " calls (expected 2: one retry)");
            require(response.outcome() == ClientResponse.Outcome.ANSWERED && response.httpStatus() == 401,
                    "the second 401 was not reported as the API's answer (ANSWERED 401): " + response);
        }
    }

    private void backoff(ClientHarness harness) {
        harness.rotateOnServer();
        try (TokenClient client = client(harness)) {
            ClientResponse first = client.call("GET", ClientHarness.ACCOUNTS);
            require(first.outcome() == ClientResponse.Outcome.INVALID_CREDENTIALS,
                    "refused credentials were reported as " + first);
            client.call("GET", ClientHarness.ACCOUNTS);
        }
        List<Journal.Entry> attempts = harness.tokenRequests();
        int threshold = profile.lockout().maxFailures();
        require(attempts.size() < threshold, attempts.size() + " token requests with a refused secret: the account "
                + "locks at " + threshold);
        require(attempts.stream().noneMatch(entry -> entry.status() == profile.lockout().status()),
                "the client got itself locked out");
        List<Long> gaps = gaps(attempts);
        require(gaps.isEmpty() || gaps.get(0) > 0, "the first retry came without delay");
        for (int i = 1; i < gaps.size(); i++) {
            require(gaps.get(i) * 4 >= gaps.get(i - 1) * 5, "retry delays did not grow: " + gaps + " ms");
        }
    }

    private void refusedSecretThroughALockoutWindow(ClientHarness harness) {
        harness.rotateOnServer();
        long window = profile.lockout().window().toMinutes() + 1;
        try (TokenClient client = client(harness)) {
            for (int minute = 0; minute <= window; minute++) {
                client.call("GET", ClientHarness.ACCOUNTS);
                harness.advance(Duration.ofMinutes(1));
            }
        }
        List<Journal.Entry> attempts = harness.tokenRequests();
        require(attempts.stream().noneMatch(entry -> entry.status() == profile.lockout().status()),
                "a call a minute for " + window + " minutes with a refused secret locked the account ("
                        + attempts.size() + " token requests)");
        Duration lockoutWindow = profile.lockout().window();
        int busiest = busiestWindow(attempts, lockoutWindow);
        require(busiest < profile.lockout().maxFailures(), busiest + " token requests with a refused secret within one "
                + "lockout window of " + lockoutWindow.toMinutes() + " min (all of them at " + offsets(attempts)
                + ")");
    }

    /** The most entries that fall within any one stretch of {@code window}, by their virtual times. */
    static int busiestWindow(List<Journal.Entry> entries, Duration window) {
        int busiest = 0;
        for (int first = 0, last = 0; last < entries.size(); last++) {
            while (Duration.between(entries.get(first).virtualTime(), entries.get(last).virtualTime())
                    .compareTo(window) >= 0) {
                first++;
            }
            busiest = Math.max(busiest, last - first + 1);
        }
        return busiest;
    }

    /** Each entry's virtual time after the first's, e.g. {@code +0 s, +0.7 s, +962.4 s}. */
    private static String offsets(List<Journal.Entry> entries) {
        if (entries.isEmpty()) {
            return "no time";
        }
        Instant start = entries.get(0).virtualTime();
        return String.join(", ", entries.stream().map(entry -> "+" + java.math.BigDecimal.valueOf(
                Duration.between(start, entry.virtualTime()).toMillis(), 3).stripTrailingZeros().toPlainString()
                + " s").toList());
    }

    private void lockout(ClientHarness harness) {
        harness.failLogins(profile.lockout().maxFailures());
        Instant lockEnds = harness.simulator().clock().instant().plus(profile.lockout().duration());
        try (TokenClient client = client(harness)) {
            ClientResponse response = client.call("GET", ClientHarness.ACCOUNTS);
            require(response.outcome() == ClientResponse.Outcome.LOCKED_OUT, "a lockout was reported as " + response);
            for (int i = 0; i < 3; i++) {
                harness.advance(Duration.ofMinutes(1));
                client.call("GET", ClientHarness.ACCOUNTS);
            }
            long during = harness.tokenRequests().stream()
                    .filter(entry -> entry.virtualTime().isBefore(lockEnds)).count();
            require(during <= 1, during + " token requests during the lockout (Retry-After: "
                    + profile.lockout().duration().toSeconds() + " s)");
            harness.simulator().clock().set(lockEnds.plusSeconds(1));
            ClientResponse after = client.call("GET", ClientHarness.ACCOUNTS);
            require(after.httpStatus() == 200, "after the lockout ended the call got " + after);
        }
    }

    private void rotation(ClientHarness harness) {
        try (TokenClient client = client(harness)) {
            require(client.call("GET", ClientHarness.ACCOUNTS).httpStatus() == 200, "the first call failed");
            String fresh = harness.rotateOnServer();
            harness.advance(profile.integrationTokenTtl().plusMinutes(1));
            int before = harness.tokenRequests().size();
            ClientResponse refused = client.call("GET", ClientHarness.ACCOUNTS);
            client.call("GET", ClientHarness.ACCOUNTS);
            int attempts = harness.tokenRequests().size() - before;
            require(refused.outcome() == ClientResponse.Outcome.INVALID_CREDENTIALS,
                    "the old secret's refusal was reported as " + refused);
            require(attempts < profile.lockout().maxFailures(), attempts + " token requests with the rotated-out "
                    + "secret: hammering toward the lockout");
            harness.clientSecret(fresh);
            ClientResponse recovered = client.call("GET", ClientHarness.ACCOUNTS);
            require(recovered.httpStatus() == 200, "with the new secret configured the call got " + recovered);
        }
    }

    private void validate(ClientHarness harness) {
        java.util.TimeZone original = java.util.TimeZone.getDefault();
        // Zone-less timestamps are UTC: read them in a JVM whose default zone is not, to catch local-zone parsing.
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Kolkata"));
        try {
            validateInCurrentZone(harness);
        } finally {
            java.util.TimeZone.setDefault(original);
        }
    }

    private void validateInCurrentZone(ClientHarness harness) {
        try (TokenClient client = client(harness)) {
            Optional<TokenClient.TokenInfo> info = client.validateToken();
            require(info.isPresent(), "the client does not support validate_token");
            Instant issued = harness.tokenRequests().get(0).virtualTime();
            require(info.get().issuedAt().equals(issued), "issued_at read as " + info.get().issuedAt()
                    + ", the token was issued at " + issued);
            require(info.get().expiresAt().equals(issued.plus(profile.integrationTokenTtl())),
                    "expires_at read as " + info.get().expiresAt());
        }
    }

    private void resilience(ClientHarness harness) {
        harness.simulator().injectFault(ClientHarness.GENERATE_TOKEN, ShogunSimulator.FaultKind.SERVER_ERROR, 2, 0);
        harness.simulator().injectFault(ClientHarness.GENERATE_TOKEN, ShogunSimulator.FaultKind.CONNECTION_RESET, 1,
                0);
        try (TokenClient client = client(harness)) {
            ClientResponse response = client.call("GET", ClientHarness.ACCOUNTS);
            require(response.httpStatus() == 200, "after two 503s and a reset the call got " + response);
        }
        List<Long> gaps = gaps(harness.tokenRequests());
        require(gaps.stream().allMatch(gap -> gap > 0), "retries came without back-off: " + gaps + " ms");
    }

    private void dashboard(ClientHarness harness) {
        ShogunSimulator simulator = harness.simulator();
        try (DashboardClient client = target.newDashboardClient(harness.dashboardSetup())) {
            ClientResponse login = client.login();
            require(login.httpStatus() == 200, "login got " + login);
            ClientResponse call = client.call("GET", "/api/v1/account/web/profile");
            require(call.httpStatus() == 200, "the /web/ call got " + call);
        }
        Journal.Entry login = first(simulator.journal().forPath("/api/v1/auth/web/login"), "no login request");
        String body = login.request().bodyText().replace(" ", "");
        require(login.request().method().equals("POST") && body.contains("\"email\":\"" + simulator.demoEmail() + "\"")
                && body.contains("\"password\":\"" + simulator.demoPassword() + "\""),
                "the login request is not POST with email and password in a JSON body");
        Journal.Entry web = first(simulator.journal().forPath("/api/v1/account/web/profile"), "no /web/ call");
        require(web.request().header("Authorization").orElse("").startsWith("Bearer "),
                "the /web/ call did not carry the JWT as Bearer");
        String password = simulator.demoPassword();
        require(harness.log().stream().noneMatch(line -> line.contains(password)), "the client logged the password");
        for (Journal.Entry entry : simulator.journal().entries()) {
            require(entry == login || (!entry.request().bodyText().contains(password)
                    && !entry.request().query().contains(password)),
                    "the password travelled outside the login body, to " + entry.request().path());
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private TokenClient client(ClientHarness harness) {
        return target.newTokenClient(harness.tokenSetup());
    }

    private static void noExpiredTokenSent(List<Journal.Entry> entries) {
        for (Journal.Entry entry : entries) {
            Optional<Instant> exp = ClientHarness.bearerExpiry(entry);
            require(exp.isEmpty() || entry.virtualTime().isBefore(exp.get()), "a token expired at " + exp.orElse(null)
                    + " was sent at " + entry.virtualTime());
        }
    }

    /** Virtual milliseconds between consecutive entries. */
    private static List<Long> gaps(List<Journal.Entry> entries) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < entries.size(); i++) {
            gaps.add(Duration.between(entries.get(i - 1).virtualTime(), entries.get(i).virtualTime()).toMillis());
        }
        return gaps;
    }

    private static <T> List<T> concurrently(int callers, java.util.concurrent.Callable<T> call) {
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            // Every caller is running and parked before any is released, so the calls overlap as far as the
            // scheduler allows; a late-starting thread would otherwise find the first caller's token already cached.
            CountDownLatch ready = new CountDownLatch(callers);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            require(ready.await(60, TimeUnit.SECONDS), "the " + callers + " caller threads did not start");
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } catch (Exception e) {
            throw new CheckFailure(RequirementCatalogue.bundled().byId("TOKEN-SINGLE-FLIGHT"),
                    "concurrent calls did not complete: " + e);
        } finally {
            threads.shutdownNow();
        }
    }

    private static Journal.Entry first(List<Journal.Entry> entries, String otherwise) {
        require(!entries.isEmpty(), otherwise);
        return entries.get(0);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
