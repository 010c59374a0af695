package io.shogun.authkit.certify;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.shogun.authkit.suite.CheckFailure;
import io.shogun.authkit.suite.ConformanceFailure;
import io.shogun.authkit.suite.ConformanceWarning;
import io.shogun.authkit.suite.Targets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one suite class against a target through the JUnit Platform launcher and collects a {@link CaseResult} per
 * test, filed under the requirement its container (or its own display name) names. A suite whose target lacks the
 * capability yields nothing.
 */
final class SuiteRunner {

    /** A catalogue id, the key under which a check publishes what it measured. */
    private static final Pattern REQUIREMENT_ID = Pattern.compile("[A-Z]+(?:-[A-Z]+)+");
    private static final Pattern REQUIREMENT = Pattern.compile("^([A-Z]+(?:-[A-Z]+)*) \\((MUST|SHOULD|MAY)\\)");

    private SuiteRunner() {
    }

    static List<CaseResult> run(String suite, Class<?> suiteClass, String targetSpec, Consumer<String> progress) {
        List<CaseResult> results = Collections.synchronizedList(new ArrayList<>());
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(suiteClass))
                .configurationParameter(Targets.PROPERTY, targetSpec)
                .build();
        LauncherFactory.create().execute(request, new TestExecutionListener() {
            private TestPlan plan;
            /** What checks published under a requirement id (a timing screen's t and samples), by test. */
            private final Map<String, List<String>> measured = new ConcurrentHashMap<>();

            @Override
            public void testPlanExecutionStarted(TestPlan testPlan) {
                plan = testPlan;
            }

            @Override
            public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
                entry.getKeyValuePairs().forEach((key, value) -> {
                    if (REQUIREMENT_ID.matcher(key).matches()) {
                        measured.computeIfAbsent(test.getUniqueId(), id -> new ArrayList<>()).add(value);
                    }
                });
            }

            @Override
            public void executionSkipped(TestIdentifier test, String reason) {
                if (test.isTest()) {
                    results.add(new CaseResult(suite, requirementOf(test), test.getDisplayName(),
                            CaseResult.Status.SKIPPED, reason));
                }
            }

            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (!test.isTest()) {
                    if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                        String message = result.getThrowable().map(Throwable::getMessage).orElse("failed");
                        progress.accept("  " + suite + ": could not run: " + message);
                    }
                    return;
                }
                CaseResult caseResult = toResult(test, result);
                results.add(caseResult);
                if (caseResult.status() == CaseResult.Status.FAILED || caseResult.status() == CaseResult.Status.WARNING) {
                    progress.accept("  " + caseResult.status() + " [" + caseResult.requirement() + "] "
                            + caseResult.name());
                }
            }

            private CaseResult toResult(TestIdentifier test, TestExecutionResult result) {
                Optional<Throwable> thrown = result.getThrowable();
                String requirement = thrown.flatMap(SuiteRunner::requirementOf).orElseGet(() -> requirementOf(test));
                String message = thrown.map(Throwable::getMessage).orElse("");
                return switch (result.getStatus()) {
                    case SUCCESSFUL -> new CaseResult(suite, requirement, test.getDisplayName(),
                            CaseResult.Status.PASSED, String.join("\n", measured.getOrDefault(test.getUniqueId(),
                                    List.of())));
                    case ABORTED -> new CaseResult(suite, requirement, test.getDisplayName(),
                            thrown.filter(ConformanceWarning.class::isInstance).isPresent() ? CaseResult.Status.WARNING
                                    : CaseResult.Status.SKIPPED, message);
                    case FAILED -> new CaseResult(suite, requirement, test.getDisplayName(), CaseResult.Status.FAILED,
                            message);
                };
            }

            private String requirementOf(TestIdentifier test) {
                for (Optional<TestIdentifier> node = Optional.of(test); node.isPresent();
                        node = plan == null ? Optional.empty() : plan.getParent(node.get())) {
                    Matcher matcher = REQUIREMENT.matcher(node.get().getDisplayName());
                    if (matcher.find()) {
                        return matcher.group(1);
                    }
                }
                return "UNFILED";
            }
        });
        return List.copyOf(results);
    }

    private static Optional<String> requirementOf(Throwable thrown) {
        if (thrown instanceof ConformanceFailure failure && failure.outcome() != null) {
            return Optional.of(failure.outcome().requirement().id());
        }
        if (thrown instanceof CheckFailure failure && failure.requirement() != null) {
            return Optional.of(failure.requirement().id());
        }
        if (thrown instanceof ConformanceWarning warning && warning.requirement() != null) {
            return Optional.of(warning.requirement().id());
        }
        return Optional.empty();
    }
}
