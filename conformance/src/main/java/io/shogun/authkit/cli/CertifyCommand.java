package io.shogun.authkit.cli;

import io.shogun.authkit.certify.Certification;
import io.shogun.authkit.certify.JsonReport;
import io.shogun.authkit.certify.Waivers;
import io.shogun.authkit.suite.Targets;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code certify} and {@code report check}. */
final class CertifyCommand {

    private final PrintStream out;

    CertifyCommand(PrintStream out) {
        this.out = out;
    }

    int certify(List<String> words) {
        Arguments arguments = new Arguments("certify", words, Set.of("target", "suites", "waivers", "out",
                "webhook-secret-env", "webhook-headers"));
        arguments.positionals(0);
        // A live endpoint's secret (by the name of the environment variable holding it) and extra headers: the same
        // settings as the system properties a Maven run takes, set for this run only.
        Map<String, String> settings = new LinkedHashMap<>();
        arguments.option("webhook-secret-env").ifPresent(name -> settings.put(Targets.SECRET_ENV_PROPERTY, name));
        arguments.option("webhook-headers").ifPresent(list -> settings.put(Targets.HEADERS_PROPERTY, list));
        Map<String, String> previous = new LinkedHashMap<>();
        settings.forEach((key, value) -> previous.put(key, System.setProperty(key, value)));
        try {
            return certify(arguments);
        } finally {
            previous.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }

    private int certify(Arguments arguments) {
        String spec = arguments.option("target").orElse(Targets.DEFAULT_SPEC);
        if (spec.isBlank()) {
            // Most likely an unset shell variable: certifying the reference instead would pass for the wrong thing.
            throw new UsageException("certify: --target is empty; leave it out to certify the reference");
        }
        List<String> suites = arguments.option("suites").map(list -> Arrays.stream(list.split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).toList()).orElse(List.of());
        Waivers waivers = arguments.option("waivers").map(file -> {
            try {
                return Waivers.read(Path.of(file));
            } catch (IllegalArgumentException e) {
                throw new UsageException("certify: " + e.getMessage());
            }
        }).orElse(Waivers.none());
        Path outDir = Path.of(arguments.option("out").orElse("shogun-report"));
        Certification.Written written;
        try {
            written = Certification.run(spec, suites, waivers, outDir, Clock.systemUTC(), out::println);
        } catch (IllegalArgumentException e) {
            throw new UsageException("certify: " + e.getMessage());
        } catch (IOException e) {
            throw new UsageException("certify: cannot write the reports to " + outDir + " (" + e.getMessage() + ")");
        }
        var report = written.report();
        out.println((report.certified() ? "CERTIFIED" : "NOT CERTIFIED") + ": " + report.cases().size() + " checks, "
                + report.count(io.shogun.authkit.certify.CaseResult.Status.PASSED) + " passed, "
                + report.count(io.shogun.authkit.certify.CaseResult.Status.FAILED) + " failed, "
                + report.count(io.shogun.authkit.certify.CaseResult.Status.WARNING) + " warnings, "
                + report.count(io.shogun.authkit.certify.CaseResult.Status.WAIVED) + " waived");
        written.files().forEach(path -> out.println("report   " + path));
        if (report.cases().isEmpty()) {
            return ExitCode.NOTHING_RAN;
        }
        return report.certified() ? ExitCode.OK : ExitCode.FAILED;
    }

    int checkReport(List<String> words) {
        Arguments arguments = new Arguments("report check", words, Set.of());
        List<String> positionals = arguments.positionals(1);
        if (positionals.isEmpty()) {
            throw new UsageException("report check: which report.json?");
        }
        Path file = Path.of(positionals.get(0));
        try {
            boolean intact = JsonReport.check(Files.readAllBytes(file));
            out.println(intact ? "intact: reportSha256 matches the content" : "TAMPERED: reportSha256 does not match");
            return intact ? ExitCode.OK : ExitCode.FAILED;
        } catch (IOException e) {
            throw new UsageException("report check: cannot read " + file + " as JSON");
        }
    }
}
