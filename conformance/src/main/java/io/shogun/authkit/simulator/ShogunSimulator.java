package io.shogun.authkit.simulator;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.shogun.authkit.vectors.GoldenVectors;
import io.shogun.authkit.vectors.ShogunProfile;
import io.shogun.authkit.vectors.WebhookVector;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A Shogun API server for tests and for development by hand: a real WireMock server on loopback, with the kit's
 * extensions playing the documented and modelled behaviour on one {@link VirtualClock}. This handle offers the same
 * operations as the admin API under {@code /__admin/shogun/}. Out of the box it knows the spec's example client
 * ({@code your-client-id} / {@code your-client-secret}) and dashboard user ({@code you@business.com} /
 * {@code yourpassword}), so the spec's curl examples work against it as written.
 *
 * <pre>{@code
 * try (ShogunSimulator shogun = ShogunSimulator.builder().start()) {
 *     // point the client at shogun.baseUrl() with shogun.demoClientId() / shogun.demoClientSecret()
 *     shogun.clock().advance(Duration.ofHours(1));   // the token has expired, in no real time
 * }
 * }</pre>
 */
public final class ShogunSimulator implements AutoCloseable {

    /** The demo client of the spec's examples. */
    public static final String DEMO_CLIENT_ID = "your-client-id";
    public static final String DEMO_USERNAME = "your-username";
    public static final List<String> DEMO_AUTHORITIES = List.of("TRANSACTION_READ", "TRANSACTION_WRITE");
    public static final String DEMO_CLIENT_SECRET = "your-client-secret";
    public static final String DEMO_EMAIL = "you@business.com";
    public static final String DEMO_PASSWORD = "yourpassword";
    /** 2024-01-15T10:30:00Z, the spec's validate_token example. */
    public static final Instant DEFAULT_START = Instant.parse("2024-01-15T10:30:00Z");

    private final ShogunProfile profile;
    private final VirtualClock clock;
    private final Accounts accounts;
    private final Tokens tokens;
    private final Faults faults = new Faults();
    private final Journal journal = new Journal();
    private final SimulatorSettings settings;
    private final WebhookSender webhooks = new WebhookSender();
    private final String demoClientId;
    private final String demoClientSecret;
    private final String demoPassword;
    private final Instant start;
    private volatile String webhookSecret;
    private final WireMockServer server;

    private ShogunSimulator(Builder builder) {
        this.profile = builder.profile;
        this.start = builder.start;
        this.clock = new VirtualClock(builder.start);
        this.accounts = new Accounts(profile.lockout(), builder.deviations);
        this.tokens = new Tokens(clock);
        this.settings = new SimulatorSettings(profile);
        this.demoClientId = builder.demoClientId;
        this.demoClientSecret = builder.demoClientSecret;
        this.demoPassword = builder.demoPassword;
        this.webhookSecret = builder.webhookSecret;
        addDemoAccounts();
        ShogunApi api = new ShogunApi(settings, clock, accounts, tokens, faults, journal, builder.deviations);
        this.server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .port(builder.port)
                .disableRequestJournal()
                .extensions(new WireMockBinding(api), new AdminRoutes(this)));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a simulator; {@link #start()} starts it. */
    public static final class Builder {
        private int port;
        private ShogunProfile profile = GoldenVectors.load().profile();
        private String demoClientId = DEMO_CLIENT_ID;
        private String demoClientSecret = DEMO_CLIENT_SECRET;
        private String demoPassword = DEMO_PASSWORD;
        private String webhookSecret = "whsec_demo_shogun_simulator";
        private Instant start = DEFAULT_START;
        private java.util.Set<Deviation> deviations = java.util.EnumSet.noneOf(Deviation.class);

        /** 0 (the default) takes any free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder profile(ShogunProfile profile) {
            this.profile = Objects.requireNonNull(profile);
            return this;
        }

        /** The demo client's id; {@value #DEMO_CLIENT_ID} when not given. */
        public Builder demoClientId(String clientId) {
            this.demoClientId = Objects.requireNonNull(clientId);
            return this;
        }

        /** The demo client's secret; the spec's {@value #DEMO_CLIENT_SECRET} when not given. */
        public Builder demoClientSecret(String secret) {
            this.demoClientSecret = Objects.requireNonNull(secret);
            return this;
        }

        /** The demo dashboard user's password; the spec's {@value #DEMO_PASSWORD} when not given. */
        public Builder demoPassword(String password) {
            this.demoPassword = Objects.requireNonNull(password);
            return this;
        }

        /**
         * Generated credentials instead of the spec's demo values: a client secret beginning {@code sk_sim_}, a
         * password beginning {@code pw_sim_} and a webhook secret beginning {@code whsec_sim_}, each with 192 random
         * bits. A client cannot pass by knowing the spec's examples, and a leaked value is recognisable.
         */
        public Builder generatedCredentials() {
            java.security.SecureRandom random = new java.security.SecureRandom();
            this.demoClientSecret = Accounts.generated("sk_sim_", random);
            this.demoPassword = Accounts.generated("pw_sim_", random);
            this.webhookSecret = Accounts.generated("whsec_sim_", random);
            return this;
        }

        /** The secret outbound webhooks are signed with. */
        public Builder webhookSecret(String secret) {
            this.webhookSecret = Objects.requireNonNull(secret);
            return this;
        }

        /** Deliberate departures from the spec (none by default); see {@link Deviation}. */
        public Builder deviations(java.util.Set<Deviation> deviations) {
            this.deviations = deviations.isEmpty() ? java.util.EnumSet.noneOf(Deviation.class)
                    : java.util.EnumSet.copyOf(deviations);
            return this;
        }

        /** Where the virtual clock starts. */
        public Builder startAt(Instant start) {
            this.start = Objects.requireNonNull(start);
            return this;
        }

        public ShogunSimulator start() {
            ShogunSimulator simulator = new ShogunSimulator(this);
            simulator.server.start();
            return simulator;
        }
    }

    /** {@code http://127.0.0.1:<port>}, no trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public int port() {
        return server.port();
    }

    public VirtualClock clock() {
        return clock;
    }

    public Journal journal() {
        return journal;
    }

    public ShogunProfile profile() {
        return settings.profile();
    }

    public String demoClientId() {
        return demoClientId;
    }

    public String demoClientSecret() {
        return demoClientSecret;
    }

    public String demoEmail() {
        return DEMO_EMAIL;
    }

    public String demoPassword() {
        return demoPassword;
    }

    public String webhookSecret() {
        return webhookSecret;
    }

    /** Adds (or replaces) an integration client; a null secret is generated. Returns the secret. */
    public String createClient(String clientId, String secret) {
        return accounts.addClient(clientId, secret, clientId, DEMO_AUTHORITIES).secret();
    }

    /** Replaces a client's secret at once (null: generate one); the old one is refused from now on. */
    public String rotateSecret(String clientId, String newSecret) {
        return accounts.rotate(clientId, newSecret);
    }

    /** Adds a dashboard user. */
    public void createUser(String email, String password) {
        accounts.addUser(email, password);
    }

    /** Answers expired tokens with a plain 401 or with {@code response_code "42"}. */
    public void expiredTokenForm(ShogunProfile.ExpiredTokenForm form) {
        settings.expiredTokenForm(Objects.requireNonNull(form));
    }

    /**
     * Makes the next {@code count} requests to {@code path} (null: any API path) fail.
     *
     * @param delayMillis for {@code SLOW}: real milliseconds before the normal answer
     */
    public void injectFault(String path, FaultKind kind, int count, int delayMillis) {
        faults.add(path, Faults.Kind.valueOf(kind.name()), count, delayMillis);
    }

    /** The kinds of fault {@link #injectFault} can inject. */
    public enum FaultKind { CONNECTION_RESET, EMPTY_RESPONSE, SERVER_ERROR, SLOW, UNAUTHORIZED, EXPIRED_42 }

    /** POSTs {@code body} to the receiver, signed with the webhook secret as Shogun signs it. */
    public WebhookDelivery sendWebhook(URI receiver, byte[] body) {
        return webhooks.sendSigned(receiver, body, webhookSecret);
    }

    /** POSTs webhook vector {@code tcId} exactly as written (its own secret signed it, validly or not). */
    public WebhookDelivery sendWebhookVector(URI receiver, int tcId) {
        WebhookVector vector = GoldenVectors.load().webhookSignatures().byTcId(tcId)
                .orElseThrow(() -> new IllegalArgumentException("no webhook vector with tcId " + tcId));
        return webhooks.sendVector(receiver, vector);
    }

    /** A sample event body, as used when no body is given. */
    public static byte[] sampleEvent() {
        return ("{\"event\":\"transaction.successful\",\"data\":{\"reference\":\"SHG-20240115-000123\","
                + "\"amount\":250000,\"currency\":\"NGN\",\"status\":\"successful\"}}").getBytes(StandardCharsets.UTF_8);
    }

    /** Back to the state at start: clock, accounts (demo ones recreated), tokens, faults, journal, settings. */
    public void reset() {
        clock.set(start);
        accounts.clear();
        tokens.clear();
        faults.clear();
        journal.clear();
        settings.reset(profile);
        addDemoAccounts();
    }

    @Override
    public void close() {
        server.stop();
    }

    private void addDemoAccounts() {
        accounts.addClient(demoClientId, demoClientSecret, DEMO_USERNAME, DEMO_AUTHORITIES);
        accounts.addUser(DEMO_EMAIL, demoPassword);
    }
}
