package io.shogun.authkit.simulator;

import io.shogun.authkit.vectors.ShogunProfile;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API clients and dashboard users, their secrets, and the lockout bookkeeping of the profile: {@code maxFailures}
 * failed logins within {@code window} lock the account for {@code duration}, during which even the correct secret
 * is refused. Each account is updated under its own lock, so counts stay exact under concurrent requests.
 */
final class Accounts {

    /** An integration client. Mutable state is guarded by the instance. */
    static final class Client {
        final String clientId;
        final String username;
        final List<String> authorities;
        private String secret;
        private String previousSecret;
        private int secretVersion;
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;

        Client(String clientId, String secret, String username, List<String> authorities) {
            this.clientId = clientId;
            this.secret = secret;
            this.username = username;
            this.authorities = List.copyOf(authorities);
        }

        synchronized int secretVersion() {
            return secretVersion;
        }

        synchronized String secret() {
            return secret;
        }

        /** Neither locked at {@code now} nor with a failure after {@code windowStart}: nothing worth keeping. */
        synchronized boolean idle(Instant windowStart, Instant now) {
            return !now.isBefore(lockedUntil) && (failures.isEmpty() || !failures.peekLast().isAfter(windowStart));
        }
    }

    /**
     * How many unknown client ids and emails are remembered, each. Unknown ones get lockout bookkeeping too, so
     * that a lockout does not tell which exist; a flood of distinct made-up ids must not fill the heap, so idle
     * ones are forgotten when the limit is reached, and all of them if none is idle.
     */
    static final int UNKNOWN_CAPACITY = 10_000;

    /** The answer to one login attempt. */
    enum Attempt { ACCEPTED, REFUSED, LOCKED }

    /** A login attempt's result and, when locked, until when. */
    record AttemptResult(Attempt attempt, Instant lockedUntil, int secretVersion) {
    }

    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final Map<String, Client> users = new ConcurrentHashMap<>();
    private final Map<String, Client> unknownClients = new ConcurrentHashMap<>();
    private final Map<String, Client> unknownUsers = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private volatile ShogunProfile.Lockout lockout;
    private final java.util.Set<Deviation> deviations;

    Accounts(ShogunProfile.Lockout lockout, java.util.Set<Deviation> deviations) {
        this.lockout = lockout;
        this.deviations = deviations;
    }

    void lockoutPolicy(ShogunProfile.Lockout lockout) {
        this.lockout = lockout;
    }

    Client addClient(String clientId, String secret, String username, List<String> authorities) {
        Client client = new Client(clientId, secret == null ? newSecret() : secret, username, authorities);
        clients.put(clientId, client);
        return client;
    }

    void addUser(String email, String password) {
        users.put(email, new Client(email, password, email, List.of("DASHBOARD")));
    }

    Optional<Client> client(String clientId) {
        return Optional.ofNullable(clients.get(clientId));
    }

    /** The client's secret, replaced at once; returns the new one. */
    String rotate(String clientId, String newSecret) {
        Client client = clients.get(clientId);
        if (client == null) {
            throw new IllegalArgumentException("no client " + clientId);
        }
        synchronized (client) {
            client.previousSecret = client.secret;
            client.secret = newSecret == null ? newSecret() : newSecret;
            client.secretVersion++;
            return client.secret;
        }
    }

    AttemptResult tryClient(String clientId, String secret, Instant now) {
        return attempt(account(clients, unknownClients, clientId, now), secret, now);
    }

    AttemptResult tryUser(String email, String password, Instant now) {
        return attempt(account(users, unknownUsers, email, now), password, now);
    }

    /** How many unknown client ids and emails are remembered now. */
    int unknownRemembered() {
        return unknownClients.size() + unknownUsers.size();
    }

    private Client account(Map<String, Client> known, Map<String, Client> unknown, String id, Instant now) {
        Client account = known.get(id);
        if (account != null) {
            return account;
        }
        if (unknown.size() >= UNKNOWN_CAPACITY && !unknown.containsKey(id)) {
            Instant windowStart = now.minus(lockout.window());
            unknown.values().removeIf(stranger -> stranger.idle(windowStart, now));
            if (unknown.size() >= UNKNOWN_CAPACITY) {
                unknown.clear();
            }
        }
        return unknown.computeIfAbsent(id, stranger -> new Client(stranger, null, stranger, List.of()));
    }

    private AttemptResult attempt(Client account, String secret, Instant now) {
        ShogunProfile.Lockout policy = lockout;
        synchronized (account) {
            if (now.isBefore(account.lockedUntil)) {
                return new AttemptResult(Attempt.LOCKED, account.lockedUntil, account.secretVersion);
            }
            if (account.secret != null && secret != null && (constantTimeEquals(account.secret, secret)
                    || deviations.contains(Deviation.ACCEPTS_OLD_SECRET_AFTER_ROTATION)
                    && account.previousSecret != null && constantTimeEquals(account.previousSecret, secret))) {
                account.failures.clear();
                return new AttemptResult(Attempt.ACCEPTED, Instant.MIN, account.secretVersion);
            }
            if (deviations.contains(Deviation.NO_LOCKOUT)) {
                return new AttemptResult(Attempt.REFUSED, Instant.MIN, account.secretVersion);
            }
            Instant windowStart = now.minus(policy.window());
            while (!account.failures.isEmpty() && !account.failures.peekFirst().isAfter(windowStart)) {
                account.failures.removeFirst();
            }
            account.failures.addLast(now);
            if (account.failures.size() >= policy.maxFailures()) {
                account.failures.clear();
                account.lockedUntil = now.plus(policy.duration());
            }
            return new AttemptResult(Attempt.REFUSED, account.lockedUntil, account.secretVersion);
        }
    }

    /** Forgets every account (the demo client is added again by the simulator). */
    void clear() {
        clients.clear();
        users.clear();
        unknownClients.clear();
        unknownUsers.clear();
    }

    String newSecret() {
        return generated("sk_sim_", random);
    }

    /** {@code prefix} and 192 random bits in base64url: unguessable, and recognisable wherever it shows up. */
    static String generated(String prefix, SecureRandom random) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean constantTimeEquals(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
