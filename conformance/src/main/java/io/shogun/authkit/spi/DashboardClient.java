package io.shogun.authkit.spi;

/**
 * A dashboard client under test: logs in with email and password and makes calls to {@code /web/} endpoints with
 * the JWT as Bearer. Contract: the password goes only in the login body and in no log line; never throws.
 */
public interface DashboardClient extends AutoCloseable {

    /** {@code POST /api/v1/auth/web/login}; the response as received. */
    ClientResponse login();

    /** A call to a {@code /web/} endpoint, authenticated with the session's JWT. */
    ClientResponse call(String method, String path);

    @Override
    default void close() {
    }
}
