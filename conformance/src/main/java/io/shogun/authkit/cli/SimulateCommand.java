package io.shogun.authkit.cli;

import io.shogun.authkit.simulator.ShogunSimulator;
import io.shogun.authkit.vectors.VectorFiles;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code simulate}: runs the Shogun simulator on loopback until interrupted (Ctrl-C), printing its base URL and the
 * demo credentials first. The credentials are the simulator's own, made up for the run.
 */
final class SimulateCommand {

    private final PrintStream out;

    SimulateCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> words) {
        Arguments arguments = new Arguments("simulate", words,
                Set.of("port", "client-id", "client-secret", "password", "webhook-secret", "profile"));
        arguments.positionals(0);
        ShogunSimulator.Builder builder = ShogunSimulator.builder().port(port(arguments));
        arguments.option("client-id").ifPresent(builder::demoClientId);
        arguments.option("client-secret").ifPresent(builder::demoClientSecret);
        arguments.option("password").ifPresent(builder::demoPassword);
        arguments.option("webhook-secret").ifPresent(builder::webhookSecret);
        arguments.option("profile").ifPresent(file -> builder.profile(VectorFiles.readProfile(Path.of(file))));
        ShogunSimulator simulator;
        try {
            simulator = builder.start();
        } catch (RuntimeException e) {
            throw new UsageException("simulate: cannot start on port " + port(arguments) + " (" + e.getMessage() + ")");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            out.println("Shogun simulator stopped.");
            stopped.countDown();
        }, "shogun-simulator-stop"));
        String base = simulator.baseUrl();
        out.println("Shogun simulator listening on " + base);
        out.println("  virtual clock     " + simulator.clock().instant() + "  (" + base + "/__admin/shogun/clock)");
        // The spec's demo values are printed so they can be used; a secret the user chose is never echoed.
        out.println("  API client        client_id=" + simulator.demoClientId() + "  client_secret="
                + shown(arguments, "client-secret", simulator.demoClientSecret()));
        out.println("  dashboard user    email=" + simulator.demoEmail() + "  password="
                + shown(arguments, "password", simulator.demoPassword()));
        out.println("  webhook secret    " + shown(arguments, "webhook-secret", simulator.webhookSecret()));
        out.println("  profile           " + simulator.profile().name());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }

    private static int port(Arguments arguments) {
        String value = arguments.option("port").orElse("8089");
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("simulate: --port must be 0 (any free port) to 65535, not '" + value + "'");
    }

    private static String shown(Arguments arguments, String option, String value) {
        return arguments.option(option).isPresent() ? "(as given with --" + option + ")" : value;
    }
}
