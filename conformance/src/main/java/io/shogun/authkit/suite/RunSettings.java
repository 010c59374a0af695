package io.shogun.authkit.suite;

/**
 * How a suite run was configured, from JUnit configuration parameters (or the JVM system properties of the same
 * names): {@code shogun.target} and {@code shogun.timing}.
 *
 * @param targetSpec      the target spec ({@code reference}, {@code java:<id>})
 * @param timingScreens   false when {@code shogun.timing=off}: timing screens are skipped for a quicker run
 */
public record RunSettings(String targetSpec, boolean timingScreens) {

    public static final String TIMING_PROPERTY = "shogun.timing";
}
