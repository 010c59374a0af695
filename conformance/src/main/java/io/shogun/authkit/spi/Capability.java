package io.shogun.authkit.spi;

/** What a target implements; the kit runs the suites a target declares and reports the others as skipped. */
public enum Capability {
    /** {@link ConformanceTarget#newWebhookVerifier}: checks {@code X-Shogun-Signature}. */
    WEBHOOK_VERIFIER,
    /** {@link ConformanceTarget#newJwtVerifier}: verifies HS256 JWTs. */
    JWT_VERIFIER,
    /** {@link ConformanceTarget#newTokenClient}: an integration client (token, cache, refresh, retries). */
    TOKEN_CLIENT,
    /** {@link ConformanceTarget#newDashboardClient}: a dashboard client (email/password login). */
    DASHBOARD_CLIENT
}
