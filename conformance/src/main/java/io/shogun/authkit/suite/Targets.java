package io.shogun.authkit.suite;

import io.shogun.authkit.adapters.ProcessTarget;
import io.shogun.authkit.spi.ConformanceTarget;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Turns a target spec into a target. Specs: {@code reference} (the default), {@code java:<id>} (a
 * {@link ConformanceTarget} on the class path, found through {@link ServiceLoader}), {@code cmd:<command line>} (a
 * program in any language spoken to over the line protocol of {@code conformance/PROTOCOL.md}; one process per spec
 * is shared by every suite of the run and stopped when the JVM exits).
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
        if (effective.startsWith(COMMAND_PREFIX)) {
            return program(effective);
        }
        throw new TargetSpecException("target spec " + quoted(effective) + " is not one of: reference, java:<id>, "
                + "cmd:<command line>; available Java targets: " + availableIds());
    }

    /** Whether the spec names a program over the line protocol rather than a JVM-resident target. */
    public static boolean isProgram(String spec) {
        return spec != null && spec.trim().startsWith(COMMAND_PREFIX);
    }

    private static final String COMMAND_PREFIX = "cmd:";
    private static final Map<String, ProcessTarget> PROGRAMS = new ConcurrentHashMap<>();

    private static ConformanceTarget program(String spec) {
        String commandLine = spec.substring(COMMAND_PREFIX.length()).trim();
        if (commandLine.isEmpty()) {
            throw new TargetSpecException("target spec " + quoted(spec) + ": no command line after 'cmd:'");
        }
        synchronized (PROGRAMS) {
            ProcessTarget running = PROGRAMS.get(commandLine);
            if (running != null) {
                return running;
            }
            ProcessTarget started;
            try {
                started = ProcessTarget.start(commandLine);
            } catch (RuntimeException e) {
                throw new TargetStartException("target spec " + quoted(spec) + " did not start: " + e.getMessage());
            }
            PROGRAMS.put(commandLine, started);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop " + started.id()));
            return started;
        }
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
