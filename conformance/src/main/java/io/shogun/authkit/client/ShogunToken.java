package io.shogun.authkit.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A token, when it expires by the client's own clock ({@code obtained + expires_in}), and from when it should be
 * refreshed; its {@code Authorization} header value is built once, so that the cached read path allocates nothing.
 */
record ShogunToken(String value, Instant obtained, Instant expires, Instant refreshFrom,
        Optional<String> authorization) {

    /** A token refreshed {@code refreshBefore} ahead of its expiry, but never in the first half of its lifetime. */
    static ShogunToken of(String value, Instant obtained, Instant expires, Duration refreshBefore) {
        Duration half = Duration.between(obtained, expires).dividedBy(2);
        Duration window = refreshBefore.compareTo(half) < 0 ? refreshBefore : half;
        return new ShogunToken(value, obtained, expires, expires.minus(window),
                Optional.of("Bearer " + value));
    }

    boolean fresh(Instant now) {
        return now.isBefore(refreshFrom);
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expires);
    }

    @Override
    public String toString() {
        return "ShogunToken[expires " + expires + "]";
    }
}
