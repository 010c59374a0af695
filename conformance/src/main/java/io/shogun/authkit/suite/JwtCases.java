package io.shogun.authkit.suite;

import io.shogun.authkit.spi.ConformanceTarget;
import io.shogun.authkit.spi.JwtVerification;
import io.shogun.authkit.vectors.Expectation;
import io.shogun.authkit.vectors.JwtVector;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/** Runs HS256 vectors against a target's verifier, created for each case's key, fixed clock and leeway. */
public final class JwtCases {

    public static final String AREA = "jwt";

    private final ConformanceTarget target;
    private final RequirementCatalogue catalogue;
    private final Duration timeout;

    public JwtCases(ConformanceTarget target, RequirementCatalogue catalogue, Duration timeout) {
        this.target = target;
        this.catalogue = catalogue;
        this.timeout = timeout;
    }

    public CaseOutcome run(JwtVector vector) {
        Requirement requirement = catalogue.forCase(AREA, vector);
        InstantSource clock = InstantSource.fixed(Instant.ofEpochSecond(vector.now()));
        Duration leeway = Duration.ofSeconds(vector.leewaySeconds());
        byte[] key = vector.key();
        TargetCall.Result<JwtVerification> result = TargetCall.call(
                () -> target.newJwtVerifier(key, clock, leeway).verify(vector.token()), timeout);
        Optional<CaseOutcome> unanswered = CaseOutcome.unanswered(result, catalogue.robustness(AREA), vector);
        if (unanswered.isPresent()) {
            return unanswered.get();
        }
        JwtVerification verification = ((TargetCall.Returned<JwtVerification>) result).value();
        if (verification instanceof JwtVerification.Accepted accepted) {
            Optional<String> difference = vector.claims()
                    .flatMap(claims -> JsonEquivalence.difference(claims, accepted.claims()));
            if (difference.isPresent()) {
                return new CaseOutcome(requirement, vector, OutcomeType.WRONG_CLAIMS, "accepted", difference.get());
            }
            String note = vector.claims().isEmpty() && vector.result() != Expectation.INVALID
                    ? "claims not compared: the case gives none" : "";
            return new CaseOutcome(requirement, vector, OutcomeType.of(vector.result(), true), "accepted", note);
        }
        JwtVerification.Rejected rejected = (JwtVerification.Rejected) verification;
        String answer = "rejected: " + rejected.reason().code() + " (" + rejected.detail() + ")";
        String note = vector.error()
                .filter(error -> !error.code().equals(rejected.reason().code()))
                .map(error -> "rejected as " + rejected.reason().code() + "; the case was built around "
                        + error.code() + " (either rejection conforms)")
                .orElse("");
        return new CaseOutcome(requirement, vector, OutcomeType.of(vector.result(), false), answer, note);
    }
}
