package io.shogun.authkit.spi;

import java.net.URI;
import java.time.InstantSource;
import java.util.Objects;
import java.util.function.Consumer;

/** Everything a dashboard client gets from the kit: like {@link TokenClientSetup}, with email and password. */
public record DashboardClientSetup(URI baseUrl, String email, String password, InstantSource clock, Sleeper sleeper,
        Consumer<String> log) {

    public DashboardClientSetup {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(log, "log");
    }

    @Override
    public String toString() {
        return "DashboardClientSetup[" + baseUrl + ", " + email + "]";
    }
}
