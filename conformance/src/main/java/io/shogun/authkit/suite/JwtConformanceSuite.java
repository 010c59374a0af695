package io.shogun.authkit.suite;

import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.ConformanceTarget;
import io.shogun.authkit.vectors.GoldenVectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
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

    /** The implementation under test: the selected one, unless a subclass returns its own. */
    protected ConformanceTarget target(ConformanceTarget selected) {
        return selected;
    }
}
