package io.shogun.authkit.simulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Misbehaviour on demand: the next N requests to a path (or to any path) fail in a chosen way. */
final class Faults {

    /** What goes wrong. */
    enum Kind {
        /** The connection is reset. */
        CONNECTION_RESET,
        /** The connection closes without a response. */
        EMPTY_RESPONSE,
        /** HTTP 503 with a JSON error body. */
        SERVER_ERROR,
        /** The normal answer, after a real delay. */
        SLOW,
        /** 401 with the profile's invalid-token body, as if the token had been revoked. */
        UNAUTHORIZED,
        /** The profile's expired-token answer in its {@code response_code "42"} form. */
        EXPIRED_42
    }

    /** A pending fault; {@code path} null means any API path. */
    private static final class Pending {
        final String path;
        final Kind kind;
        final int delayMillis;
        int remaining;

        Pending(String path, Kind kind, int count, int delayMillis) {
            this.path = path;
            this.kind = kind;
            this.remaining = count;
            this.delayMillis = delayMillis;
        }
    }

    /** A fault taken for one request. */
    record Taken(Kind kind, int delayMillis) {
    }

    private final List<Pending> pending = new ArrayList<>();

    synchronized void add(String path, Kind kind, int count, int delayMillis) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        pending.add(new Pending(path, kind, count, delayMillis));
    }

    /** The fault for this request, if one is pending; counts it down. */
    synchronized Optional<Taken> take(String path) {
        Iterator<Pending> iterator = pending.iterator();
        while (iterator.hasNext()) {
            Pending fault = iterator.next();
            if (fault.path == null || fault.path.equals(path)) {
                if (--fault.remaining == 0) {
                    iterator.remove();
                }
                return Optional.of(new Taken(fault.kind, fault.delayMillis));
            }
        }
        return Optional.empty();
    }

    synchronized void clear() {
        pending.clear();
    }
}
