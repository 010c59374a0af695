package io.shogun.authkit.suite.client;

import io.shogun.authkit.adapters.TargetFailure;
import io.shogun.authkit.simulator.Journal;
import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.ConformanceTarget;
import io.shogun.authkit.suite.CheckFailure;
import io.shogun.authkit.suite.ConformanceWarning;
import io.shogun.authkit.suite.Level;
import io.shogun.authkit.suite.Requirement;
import io.shogun.authkit.suite.RequirementCatalogue;
import io.shogun.authkit.suite.SelectedTarget;
import io.shogun.authkit.vectors.GoldenVectors;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client suite: the selected target's token client and dashboard client against an embedded simulator whose
 * clock they read and whose sleeper moves it, graded from the simulator's journal. An hour of token lifetime and
 * several lockout windows pass in virtual time.
 */
@DisplayName("Token and dashboard clients")
@ExtendWith({SelectedTarget.class, ClientHarnessResolver.class})
public class ClientConformanceSuite {

    /** Real time one check may take; the suite itself needs well under a second a check. */
    static final Duration CHECK_TIMEOUT = Duration.ofSeconds(60);

    @TestFactory
    @DisplayName("client behaviour on the simulator")
    Stream<DynamicNode> clientChecks(ConformanceTarget selected, ClientHarness harness) {
        ConformanceTarget target = target(selected);
        ClientChecks checks = new ClientChecks(target, GoldenVectors.load().profile());
        List<ClientChecks.Check> all = new ArrayList<>();
        if (target.capabilities().contains(Capability.TOKEN_CLIENT)) {
            all.addAll(checks.tokenClientChecks());
        }
        if (target.capabilities().contains(Capability.DASHBOARD_CLIENT)) {
            all.addAll(checks.dashboardChecks());
        }
        Assumptions.assumeFalse(all.isEmpty(), () -> "target " + target.id() + " declares no client");
        Map<Requirement, List<ClientChecks.Check>> filed = new LinkedHashMap<>();
        RequirementCatalogue.bundled().area("client").forEach(requirement -> filed.put(requirement, new ArrayList<>()));
        all.forEach(check -> filed.get(check.requirement()).add(check));
        return filed.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> DynamicContainer.dynamicContainer(entry.getKey().label() + " " + entry.getKey().title(),
                        entry.getValue().stream().map(check -> DynamicTest.dynamicTest(check.name(), () -> {
                            harness.reset();
                            try {
                                Assertions.assertTimeoutPreemptively(CHECK_TIMEOUT, () -> check.body().accept(harness),
                                        () -> "the client did not finish the check within "
                                                + CHECK_TIMEOUT.toSeconds() + " s of real time");
                            } catch (AssertionError e) {
                                if (check.requirement().level() == Level.MUST) {
                                    throw new CheckFailure(check.requirement(), e.getMessage() + journal(harness));
                                }
                                secretCheck(harness);
                                throw new ConformanceWarning(check.requirement(), e.getMessage() + journal(harness));
                            } catch (TargetFailure e) {
                                throw new CheckFailure(check.requirement(), "the program failed: " + e.getMessage()
                                        + journal(harness));
                            } catch (RuntimeException e) {
                                // call() must never throw: a broken contract fails whatever the check's level.
                                throw new CheckFailure(check.requirement(), "the client threw "
                                        + e.getClass().getName() + ": " + e.getMessage() + journal(harness));
                            }
                            secretCheck(harness);
                        }))));
    }

    /** The last requests the simulator saw in this check, at their virtual times: what the client did. */
    private static String journal(ClientHarness harness) {
        List<Journal.Entry> entries = harness.simulator().journal().entries();
        if (entries.isEmpty()) {
            return "\nThe simulator received no request.";
        }
        Instant start = entries.get(0).virtualTime();
        StringBuilder text = new StringBuilder("\nWhat the simulator received (virtual time from the first request)");
        if (entries.size() > JOURNAL_LINES) {
            text.append(", the last ").append(JOURNAL_LINES).append(" of ").append(entries.size());
        }
        text.append(':');
        for (Journal.Entry entry : entries.subList(Math.max(0, entries.size() - JOURNAL_LINES), entries.size())) {
            text.append(String.format(Locale.ROOT, "%n  +%.1f s  %s %s -> %d",
                    Duration.between(start, entry.virtualTime()).toMillis() / 1000.0, entry.request().method(),
                    entry.request().path(), entry.status()));
        }
        // A client that puts its secret in a URL must not get it printed in the report.
        String journal = text.toString();
        for (String secret : harness.secretsSeen()) {
            journal = journal.replace(secret, "[redacted]");
        }
        return journal.replace(harness.simulator().demoPassword(), "[redacted]");
    }

    private static final int JOURNAL_LINES = 12;

    private static void secretCheck(ClientHarness harness) {
        try {
            ClientChecks.secretsStayedConfined(harness);
        } catch (AssertionError e) {
            throw new CheckFailure(RequirementCatalogue.bundled().byId("SECRET-CONFINED"), e.getMessage());
        }
    }

    /** The client under test: the selected target, unless a subclass returns its own. */
    protected ConformanceTarget target(ConformanceTarget selected) {
        return selected;
    }
}
