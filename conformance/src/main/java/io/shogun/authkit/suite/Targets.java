package io.shogun.authkit.suite;

import io.shogun.authkit.adapters.HttpWebhookTarget;
import io.shogun.authkit.adapters.ProcessTarget;
import io.shogun.authkit.spi.ConformanceTarget;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Turns a target spec into a target. Specs: {@code reference} (the default), {@code java:<id>} (a
 * {@link ConformanceTarget} on the class path, found through {@link ServiceLoader}), {@code cmd:<command line>} (a
 * program in any language spoken to over the line protocol of {@code conformance/PROTOCOL.md}; one process per spec
 * is shared by every suite of the run and stopped when the JVM exits), {@code http(s)://...} (a live webhook
 * endpoint, see {@link HttpWebhookTarget}; its secret and extra headers come from the system properties
 * {@value #SECRET_ENV_PROPERTY} and {@value #HEADERS_PROPERTY}).
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
        if (effective.startsWith("http://") || effective.startsWith("https://")) {
            return endpoint(effective);
        }
        throw new TargetSpecException("target spec " + quoted(effective) + " is not one of: reference, java:<id>, "
                + "cmd:<command line>, http(s)://<endpoint>; available Java targets: " + availableIds());
    }

    /** Whether the spec names a target that runs in this JVM ({@code reference}, {@code java:<id>}). */
    public static boolean runsInThisJvm(String spec) {
        String effective = spec == null || spec.isBlank() ? DEFAULT_SPEC : spec.trim();
        return effective.equals(DEFAULT_SPEC) || effective.startsWith("java:");
    }

    private static final String COMMAND_PREFIX = "cmd:";
    /** Running programs by command line; guarded by its own lock. */
    private static final Map<String, ProcessTarget> PROGRAMS = new HashMap<>();

    /** The system property naming the environment variable that holds a live endpoint's webhook secret. */
    public static final String SECRET_ENV_PROPERTY = "shogun.webhook.secretEnv";
    /** The system property with extra headers for a live endpoint: {@code Name: value} pairs separated by '|'. */
    public static final String HEADERS_PROPERTY = "shogun.webhook.headers";

    private static ConformanceTarget endpoint(String spec) {
        URI uri;
        try {
            uri = new URI(spec);
        } catch (URISyntaxException e) {
            throw new TargetSpecException("target spec " + quoted(spec) + " is not a URL: " + e.getReason());
        }
        String secretEnv = System.getProperty(SECRET_ENV_PROPERTY);
        String secret = HttpWebhookTarget.VECTOR_SECRET;
        if (secretEnv != null) {
            secret = System.getenv(secretEnv);
            if (secret == null || secret.isEmpty()) {
                throw new TargetSpecException(SECRET_ENV_PROPERTY + " names the environment variable " + quoted(secretEnv)
                        + ", which is not set");
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String headerList = System.getProperty(HEADERS_PROPERTY, "");
        String[] pairs = headerList.split("\\|");
        for (int i = 0; i < pairs.length; i++) {
            String pair = pairs[i];
            if (pair.isBlank()) {
                continue;
            }
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                // The entry is not quoted: it may hold a gateway key.
                throw new TargetSpecException(HEADERS_PROPERTY + ": entry " + (i + 1) + " is not 'Name: value'");
            }
            headers.put(pair.substring(0, colon).trim(), pair.substring(colon + 1).trim());
        }
        return new HttpWebhookTarget(uri, secret, headers);
    }

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
