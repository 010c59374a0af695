package io.shogun.authkit.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the simulator answers: a status, headers and a body, or a transport fault instead.
 *
 * @param fault        {@code null}, or how the connection misbehaves instead of answering
 * @param delayMillis  real milliseconds to wait before answering (the slow-response fault)
 */
public record SimResponse(int status, Map<String, String> headers, String body, Fault fault, int delayMillis) {

    /** Transport-level misbehaviour on demand. */
    public enum Fault {
        /** The connection is reset before any response. */
        CONNECTION_RESET,
        /** The connection closes without a response. */
        EMPTY_RESPONSE
    }

    public SimResponse {
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    static SimResponse json(int status, String body) {
        return new SimResponse(status, Map.of("Content-Type", "application/json"), body, null, 0);
    }

    SimResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new SimResponse(status, more, body, fault, delayMillis);
    }

    SimResponse delayedBy(int millis) {
        return new SimResponse(status, headers, body, fault, millis);
    }

    static SimResponse fault(Fault fault) {
        return new SimResponse(0, Map.of(), "", fault, 0);
    }
}
