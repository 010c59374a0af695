package io.shogun.authkit.spi;

import java.util.Objects;

/**
 * What an authenticated call came to.
 *
 * @param outcome    the kind of result
 * @param httpStatus the status of the last response the client got for the call, 0 when it got none
 * @param body       that response's body, or empty
 */
public record ClientResponse(Outcome outcome, int httpStatus, String body) {

    public ClientResponse {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(body, "body");
    }

    /** The kinds of result a client reports. */
    public enum Outcome {
        /**
         * The API answered; see {@code httpStatus}. A 401 (or {@code response_code "42"}) that persists after the one
         * retry is reported here, as the API's answer.
         */
        ANSWERED,
        /** The token endpoint refused the client's credentials (after its back-off gave up). */
        INVALID_CREDENTIALS,
        /**
         * The account is locked out. Report this at once rather than block the caller, and ask for no token until
         * the lockout's {@code Retry-After} has passed.
         */
        LOCKED_OUT,
        /** The API could not be reached or kept failing (5xx, resets) after retries. */
        UNAVAILABLE
    }

    /** For messages: {@code ANSWERED 200 {"response_code":"00",...}} or {@code LOCKED_OUT (HTTP 429)}. */
    @Override
    public String toString() {
        if (outcome != Outcome.ANSWERED) {
            return outcome + (httpStatus == 0 ? " (no HTTP response)" : " (HTTP " + httpStatus + ")");
        }
        String shown = body.length() <= 120 ? body : body.substring(0, 117) + "...";
        return outcome + " " + httpStatus + (shown.isEmpty() ? "" : " " + shown);
    }

    public static ClientResponse answered(int status, String body) {
        return new ClientResponse(Outcome.ANSWERED, status, body);
    }

    public static ClientResponse failed(Outcome outcome, int status) {
        return new ClientResponse(outcome, status, "");
    }
}
