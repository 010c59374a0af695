package io.shogun.authkit.client;

import java.time.Instant;

/** A token and when it expires by the client's own clock ({@code obtained + expires_in}). */
record ShogunToken(String value, Instant obtained, Instant expires) {

    boolean expiredAt(Instant now) {
        return !now.isBefore(expires);
    }

    @Override
    public String toString() {
        return "ShogunToken[expires " + expires + "]";
    }
}
