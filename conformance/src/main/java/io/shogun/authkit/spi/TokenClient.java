package io.shogun.authkit.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An integration client under test: it obtains, caches and refreshes its Bearer token as it sees fit, and makes the
 * authenticated calls the kit asks for. Must be safe for concurrent use: the kit calls from many threads at once.
 *
 * <p>Contract: {@link #call} never throws; it sends {@code Authorization: Bearer <token>}; the client secret goes
 * only in the body of {@code POST /api/v1/security/api/generate_token} and in no log line.
 */
public interface TokenClient extends AutoCloseable {

    /** Makes an authenticated call, e.g. {@code GET /api/v1/account/api/fetch_customer_accounts}. */
    ClientResponse call(String method, String path);

    /** The current token's metadata from {@code validate_token}, if the client supports it. */
    default Optional<TokenInfo> validateToken() {
        return Optional.empty();
    }

    @Override
    default void close() {
    }

    /** What {@code validate_token} reports, its zone-less timestamps read as UTC. */
    record TokenInfo(String username, String clientId, List<String> authorities, Instant issuedAt,
            Instant expiresAt) {
        public TokenInfo {
            authorities = List.copyOf(authorities);
        }
    }
}
