package io.shogun.authkit.suite;

import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.ConformanceTarget;
import io.shogun.authkit.vectors.GoldenVectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JWT suite: every HS256 vector against the selected target, filed under the catalogue's JWT-* requirements.
 * Selected and extended like {@link WebhookConformanceSuite}.
 */
@DisplayName("HS256 JWT verification")
@ExtendWith(SelectedTarget.class)
public class JwtConformanceSuite {

    @TestFactory
    @DisplayName("HS256 JWT vectors")
    Stream<DynamicNode> jwtVectors(ConformanceTarget selected, TestReporter reporter) {
        ConformanceTarget target = target(selected);
        SuiteSupport.assumeCapable(target, Capability.JWT_VERIFIER);
        JwtCases cases = new JwtCases(target, RequirementCatalogue.bundled(), SuiteSupport.CASE_TIMEOUT);
        return SuiteSupport.byRequirement(JwtCases.AREA, GoldenVectors.load().jwtHs256(), cases::run, reporter);
    }

    /**
     * JWT-CONSTANT-TIME: a timing screen of the MAC comparison, run in a second JVM with the JIT off on the Java
     * target named by the spec; programs are not screened. Off with the configuration parameter
     * {@code shogun.timing=off}.
     */
    @Test
    @DisplayName("JWT-CONSTANT-TIME (SHOULD) timing screen of the MAC comparison")
    void jwtMacComparisonTiming(ConformanceTarget selected, RunSettings settings, TestReporter reporter) {
        ConformanceTarget target = target(selected);
        SuiteSupport.assumeCapable(target, Capability.JWT_VERIFIER);
        SuiteSupport.assumeScreenable(target, selected, settings);
        Assumptions.assumeTrue(Targets.runsInThisJvm(settings.targetSpec()), "the timing screen runs Java targets "
                + "only: the jitter of a pipe round trip is far larger than a comparison's");
        SuiteSupport.grade(RequirementCatalogue.bundled().byId("JWT-CONSTANT-TIME"),
                TimingCheck.run(JwtTimingProbe.class, settings.targetSpec(), SuiteSupport.TIMING_TIMEOUT), reporter);
    }

    /** The implementation under test: the selected one, unless a subclass returns its own. */
    protected ConformanceTarget target(ConformanceTarget selected) {
        return selected;
    }
}
