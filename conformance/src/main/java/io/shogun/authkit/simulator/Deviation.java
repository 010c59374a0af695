package io.shogun.authkit.simulator;

/**
 * Deliberate departures from the spec, for testing what is supposed to notice them: the server suite must fail a
 * simulator that has one, and a client can be tried against a server that misbehaves. None is on by default.
 */
public enum Deviation {
    /** Failed logins are never counted: no lockout, ever. */
    NO_LOCKOUT,
    /** Expired tokens are still accepted on authenticated endpoints. */
    ACCEPTS_EXPIRED_TOKENS,
    /** After a rotation the previous client secret still works. */
    ACCEPTS_OLD_SECRET_AFTER_ROTATION,
    /** The dashboard session cookie lacks {@code HttpOnly}. */
    COOKIE_WITHOUT_HTTP_ONLY
}
