package io.shogun.authkit.selftest;

import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.ConformanceTarget;
import java.util.Set;

/** A target with exactly one deliberate flaw, for testing that the suites catch it where they should. */
abstract class FlawedTarget implements ConformanceTarget {

    private final String id;
    private final Capability capability;

    FlawedTarget(String id, Capability capability) {
        this.id = id;
        this.capability = capability;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return "flawed";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(capability);
    }
}
