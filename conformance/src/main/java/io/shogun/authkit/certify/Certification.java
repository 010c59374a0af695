package io.shogun.authkit.certify;

import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.ConformanceTarget;
import io.shogun.authkit.suite.JwtConformanceSuite;
import io.shogun.authkit.suite.Targets;
import io.shogun.authkit.suite.WebhookConformanceSuite;
import io.shogun.authkit.suite.client.ClientConformanceSuite;
import io.shogun.authkit.vectors.GoldenVectors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One certification run: every suite the target's capabilities allow (or the ones asked for), waivers applied,
 * reports written. Progress goes to the given sink line by line: target and vector-set hash first, report paths last.
 */
public final class Certification {

    /** A suite certify can run, and the capabilities that make it apply. */
    private record Suite(Class<?> suiteClass, Set<Capability> needs) {
    }

    private static final Map<String, Suite> SUITES = new LinkedHashMap<>();

    static {
        SUITES.put("webhook", new Suite(WebhookConformanceSuite.class, EnumSet.of(Capability.WEBHOOK_VERIFIER)));
        SUITES.put("jwt", new Suite(JwtConformanceSuite.class, EnumSet.of(Capability.JWT_VERIFIER)));
        SUITES.put("client", new Suite(ClientConformanceSuite.class,
                EnumSet.of(Capability.TOKEN_CLIENT, Capability.DASHBOARD_CLIENT)));
    }

    /** The paths of the written reports. */
    public record Written(CertificationReport report, List<Path> files) {
    }

    private Certification() {
    }

    /** The suite names certify knows. */
    public static Set<String> suiteNames() {
        return SUITES.keySet();
    }

    /**
     * @param suites suite names to run (empty: all the target's capabilities allow)
     * @throws IllegalArgumentException for an unknown suite name
     */
    public static Written run(String targetSpec, List<String> suites, Waivers waivers, Path out, Clock clock,
            Consumer<String> progress) throws IOException {
        for (String suite : suites) {
            if (!SUITES.containsKey(suite)) {
                throw new IllegalArgumentException("unknown suite '" + suite + "'; suites: " + String.join(", ",
                        SUITES.keySet()));
            }
        }
        ConformanceTarget target = Targets.select(targetSpec);
        String vectors = GoldenVectors.load().setSha256();
        progress.accept("target   " + target.id() + " " + target.version() + " (" + targetSpec + "), capabilities "
                + target.capabilities());
        progress.accept("vectors  " + vectors);
        Instant started = clock.instant();
        List<CaseResult> results = new ArrayList<>();
        for (Map.Entry<String, Suite> suite : SUITES.entrySet()) {
            boolean asked = suites.isEmpty() || suites.contains(suite.getKey());
            boolean able = suite.getValue().needs().stream().anyMatch(target.capabilities()::contains);
            if (!asked) {
                continue;
            }
            if (!able) {
                progress.accept("suite    " + suite.getKey() + ": skipped, the target does not declare "
                        + suite.getValue().needs());
                continue;
            }
            progress.accept("suite    " + suite.getKey() + ": running");
            List<CaseResult> suiteResults = SuiteRunner.run(suite.getKey(), suite.getValue().suiteClass(),
                    targetSpec, progress);
            results.addAll(suiteResults);
            progress.accept("suite    " + suite.getKey() + ": " + summary(suiteResults));
        }
        List<CaseResult> applied = waivers.apply(results);
        List<Waivers.Waiver> unused = waivers.unused(applied);
        unused.forEach(waiver -> progress.accept("waiver   " + waiver.requirement() + " " + waiver.casePrefix()
                + " matched no failure: the deviation it excuses is gone"));
        CertificationReport report = new CertificationReport(kitVersion(), vectors, targetSpec, target.id(),
                target.version(), target.capabilities().stream().map(Enum::name).sorted().toList(), environment(),
                started, clock.instant(), applied, unused);
        return new Written(report, write(report, out));
    }

    private static List<Path> write(CertificationReport report, Path out) throws IOException {
        Files.createDirectories(out);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("report.json", JsonReport.write(report));
        files.put("report.md", MarkdownReport.write(report));
        files.put("report.html", HtmlReport.write(report));
        files.put("junit.xml", JUnitXmlReport.write(report));
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = out.resolve(file.getKey());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            written.add(path);
        }
        return written;
    }

    static String summary(List<CaseResult> results) {
        return results.size() + " checks: " + count(results, CaseResult.Status.PASSED) + " passed, "
                + count(results, CaseResult.Status.FAILED) + " failed, " + count(results, CaseResult.Status.WARNING)
                + " warnings, " + count(results, CaseResult.Status.SKIPPED) + " skipped";
    }

    private static long count(List<CaseResult> results, CaseResult.Status status) {
        return results.stream().filter(result -> result.status() == status).count();
    }

    private static String kitVersion() {
        String version = Certification.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    private static String environment() {
        return "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }
}
