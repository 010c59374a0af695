package io.shogun.authkit.suite;

import io.shogun.authkit.spi.ConformanceTarget;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Turns a target spec into a target. Specs: {@code reference} (the default), {@code java:<id>} (a
 * {@link ConformanceTarget} on the class path, found through {@link ServiceLoader}).
 */
public final class Targets {

    /** The configuration parameter and system property that select the target. */
    public static final String PROPERTY = "shogun.target";
    public static final String DEFAULT_SPEC = "reference";

    private Targets() {
    }

    public static ConformanceTarget select(String spec) {
        String effective = spec == null || spec.isBlank() ? DEFAULT_SPEC : spec.trim();
        if (effective.equals(DEFAULT_SPEC)) {
            return byId(DEFAULT_SPEC, effective);
        }
        if (effective.startsWith("java:")) {
            return byId(effective.substring("java:".length()), effective);
        }
        if (effective.startsWith("cmd:") || effective.startsWith("http://") || effective.startsWith("https://")) {
            throw new TargetSpecException("target spec " + quoted(effective) + ": this version of the kit runs "
                    + "Java targets only (reference, java:<id>)");
        }
        throw new TargetSpecException("target spec " + quoted(effective) + " is not one of: reference, java:<id>; "
                + "available: " + availableIds());
    }

    /**
     * Every target on the class path.
     *
     * @throws TargetStartException if a registered target cannot be loaded or constructed
     */
    public static List<ConformanceTarget> available() {
        try {
            return ServiceLoader.load(ConformanceTarget.class).stream().map(ServiceLoader.Provider::get).toList();
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new TargetStartException("a target registered in META-INF/services/" + ConformanceTarget.class.getName()
                    + " cannot be loaded: " + e.getMessage());
        }
    }

    private static ConformanceTarget byId(String id, String spec) {
        return available().stream()
                .filter(target -> target.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new TargetSpecException("target spec " + quoted(spec) + ": no target with id "
                        + quoted(id) + " on the class path; available: " + availableIds()));
    }

    private static String availableIds() {
        return available().stream().map(target -> target.id().equals(DEFAULT_SPEC) ? DEFAULT_SPEC
                : "java:" + target.id()).sorted().collect(Collectors.joining(", "));
    }

    private static String quoted(String text) {
        return "'" + text + "'";
    }
}
