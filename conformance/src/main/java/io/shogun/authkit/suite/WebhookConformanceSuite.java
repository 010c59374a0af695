package io.shogun.authkit.suite;

import io.shogun.authkit.adapters.HttpWebhookTarget;
import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.ConformanceTarget;
import io.shogun.authkit.vectors.GoldenVectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The webhook suite: every {@code X-Shogun-Signature} vector against the selected target, filed under the
 * catalogue's WEBHOOK-* requirements. Run it as is (the target comes from the {@code shogun.target}
 * configuration parameter or system property, {@code reference} by default), or extend it and override
 * {@link #target} to test a verifier without registering it.
 */
@DisplayName("Webhook signature verification")
@ExtendWith(SelectedTarget.class)
public class WebhookConformanceSuite {

    @TestFactory
    @DisplayName("X-Shogun-Signature vectors")
    Stream<DynamicNode> webhookVectors(ConformanceTarget selected, TestReporter reporter) {
        ConformanceTarget target = target(selected);
        SuiteSupport.assumeCapable(target, Capability.WEBHOOK_VERIFIER);
        WebhookCases cases = new WebhookCases(target, RequirementCatalogue.bundled(), SuiteSupport.CASE_TIMEOUT);
        return SuiteSupport.byRequirement(WebhookCases.AREA, GoldenVectors.load().webhookSignatures(), cases::run,
                reporter);
    }

    /**
     * WEBHOOK-CONSTANT-TIME: a timing screen of the tag comparison. A Java target is screened in a second JVM with
     * the JIT off, a live endpoint on this machine over loopback; programs are not screened. Off with the
     * configuration parameter {@code shogun.timing=off}.
     */
    @Test
    @DisplayName("WEBHOOK-CONSTANT-TIME (SHOULD) timing screen of the signature comparison")
    void webhookComparisonTiming(ConformanceTarget selected, RunSettings settings, TestReporter reporter) {
        ConformanceTarget target = target(selected);
        SuiteSupport.assumeCapable(target, Capability.WEBHOOK_VERIFIER);
        SuiteSupport.assumeScreenable(target, selected, settings);
        Requirement requirement = RequirementCatalogue.bundled().byId("WEBHOOK-CONSTANT-TIME");
        if (target instanceof HttpWebhookTarget endpoint) {
            SuiteSupport.grade(requirement, TimingCheck.screenLoopback(endpoint), reporter);
            return;
        }
        Assumptions.assumeTrue(Targets.runsInThisJvm(settings.targetSpec()), "the timing screen runs Java targets "
                + "and live endpoints only: the jitter of a pipe round trip is far larger than a comparison's");
        SuiteSupport.grade(requirement, TimingCheck.run(WebhookTimingProbe.class, settings.targetSpec(),
                SuiteSupport.TIMING_TIMEOUT), reporter);
    }

    /**
     * WEBHOOK-REPLAY (informational), live endpoints only: one fresh valid delivery sent twice. A verifier is a pure
     * function of body, header and secret; noticing a replay is the receiver's job, so Java and program targets get
     * no case here at all rather than a skipped one.
     */
    @TestFactory
    @DisplayName("WEBHOOK-REPLAY (MAY) the same delivery sent twice")
    Stream<DynamicNode> webhookReplay(ConformanceTarget selected, TestReporter reporter) {
        if (!(target(selected) instanceof HttpWebhookTarget endpoint)) {
            return Stream.empty();
        }
        Requirement requirement = RequirementCatalogue.bundled().byId("WEBHOOK-REPLAY");
        return Stream.of(DynamicTest.dynamicTest("WEBHOOK-REPLAY (MAY) a fresh valid delivery, sent twice", () -> {
            HttpWebhookTarget.Replay replay = endpoint.replay();
            reporter.publishEntry(requirement.id(), replay.describe());
            if (!replay.noticed()) {
                throw new ConformanceWarning(requirement, replay.describe());
            }
        }));
    }

    /** The implementation under test: the selected one, unless a subclass returns its own. */
    protected ConformanceTarget target(ConformanceTarget selected) {
        return selected;
    }
}
