package io.shogun.authkit.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulator's only source of time: token {@code iat}/{@code exp}, lockout windows, cookie lifetimes and journal
 * timestamps all read it. It moves only when told to, so an hour-long expiry is tested in microseconds.
 */
public final class VirtualClock implements InstantSource {

    private final AtomicReference<Instant> now;

    public VirtualClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    /** Moves the clock forward; a negative step is refused (set it instead). */
    public Instant advance(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("the clock only advances; use set to go back");
        }
        return now.updateAndGet(current -> current.plus(step));
    }

    public void set(Instant instant) {
        now.set(instant);
    }
}
