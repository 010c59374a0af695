package io.shogun.authkit.suite;

import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.ConformanceTarget;
import io.shogun.authkit.vectors.FlagNote;
import io.shogun.authkit.vectors.VectorCase;
import io.shogun.authkit.vectors.VectorFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestReporter;

/** Builds the JUnit tree of a vector suite: one container per requirement, one test per case. */
final class SuiteSupport {

    /** Per-case deadline; a case that takes longer is a failure, not a stuck run. */
    static final Duration CASE_TIMEOUT = Duration.ofSeconds(10);

    /** Deadline of a timing screen's child JVM. */
    static final Duration TIMING_TIMEOUT = Duration.ofMinutes(3);

    private SuiteSupport() {
    }

    /**
     * Publishes a timing screen's finding under {@code requirement}: a leak is a {@link ConformanceWarning} (the
     * requirement is a SHOULD), a screen that could not run is skipped with its reason.
     */
    static void grade(Requirement requirement, TimingCheck.Finding finding, TestReporter reporter) {
        reporter.publishEntry(requirement.id(), finding.describe());
        Assumptions.assumeTrue(finding.ran(), finding::describe);
        if (finding.leak()) {
            throw new ConformanceWarning(requirement, finding.describe());
        }
    }

    /**
     * A timing screen runs only on a target a spec names (the screen starts it afresh, in another JVM or over
     * loopback), and only while screens are on.
     */
    static void assumeScreenable(ConformanceTarget target, ConformanceTarget selected, RunSettings settings) {
        Assumptions.assumeTrue(target == selected, "the timing screen runs only targets selected by a target spec");
        Assumptions.assumeTrue(settings.timingScreens(), "timing screens are off (shogun.timing=off)");
    }

    static void assumeCapable(ConformanceTarget target, Capability capability) {
        Assumptions.assumeTrue(target.capabilities().contains(capability),
                () -> "target " + target.id() + " does not declare " + capability);
    }

    static <T extends VectorCase> Stream<DynamicNode> byRequirement(String area, VectorFile<T> file,
            Function<T, CaseOutcome> runner, TestReporter reporter) {
        RequirementCatalogue catalogue = RequirementCatalogue.bundled();
        Map<Requirement, List<T>> filed = new LinkedHashMap<>();
        catalogue.area(area).forEach(requirement -> filed.put(requirement, new ArrayList<>()));
        for (T vectorCase : file.tests()) {
            filed.get(catalogue.forCase(area, vectorCase)).add(vectorCase);
        }
        return filed.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> DynamicContainer.dynamicContainer(
                        entry.getKey().label() + " " + entry.getKey().title(),
                        entry.getValue().stream().map(vectorCase -> test(vectorCase, runner, file.notes(), reporter))));
    }

    private static <T extends VectorCase> DynamicTest test(T vectorCase, Function<T, CaseOutcome> runner,
            Map<String, FlagNote> notes, TestReporter reporter) {
        return DynamicTest.dynamicTest(vectorCase.displayName(), () -> {
            CaseOutcome outcome = runner.apply(vectorCase);
            if (!outcome.passed() && outcome.requirement().level() == Level.MUST) {
                throw new ConformanceFailure(outcome, notes);
            }
            if (!outcome.passed()) {
                throw new ConformanceWarning(outcome.requirement(), outcome.describe(notes));
            }
            if (outcome.type() == OutcomeType.ACCEPTABLE_ACCEPTED || outcome.type() == OutcomeType.ACCEPTABLE_REJECTED
                    || !outcome.detail().isEmpty()) {
                reporter.publishEntry("tcId " + vectorCase.tcId(), outcome.type() + ": " + outcome.answer()
                        + (outcome.detail().isEmpty() ? "" : "; " + outcome.detail()));
            }
        });
    }
}
