package io.shogun.authkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.shogun.authkit.spi.JwtVerification;
import io.shogun.authkit.vectors.GoldenVectors;
import io.shogun.authkit.vectors.JwtVector;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference names the flaw each rejected case was built around, so its reasons can be trusted in reports. The
 * only exceptions are listed, with why the reference sees another problem first.
 */
class ReferenceJwtReasonsTest {

    /** Cases where the reference reports a different, earlier problem; by comment. */
    private static final Map<String, String> EARLIER_PROBLEM = Map.of(
            "a token of about 1 MiB with a wrong MAC", "limit_exceeded");

    static Stream<Named<JwtVector>> rejectedCases() {
        return GoldenVectors.load().jwtHs256().tests().stream()
                .filter(vector -> vector.error().isPresent())
                .map(vector -> Named.of(vector.displayName(), vector));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedCases")
    void reference_rejection_namesTheFlawTheCaseWasBuiltAround(JwtVector vector) {
        JwtVerification verification = ReferenceJwtVerifier.create(vector.key(),
                InstantSource.fixed(Instant.ofEpochSecond(vector.now())), Duration.ofSeconds(vector.leewaySeconds()))
                .verify(vector.token());

        if (verification instanceof JwtVerification.Rejected rejected) {
            String expected = EARLIER_PROBLEM.getOrDefault(vector.comment(), vector.error().orElseThrow().code());
            assertThat(rejected.reason().code()).isEqualTo(expected);
        } else {
            assertThat(vector.result()).as("accepted, so the case must be acceptable")
                    .isEqualTo(io.shogun.authkit.vectors.Expectation.ACCEPTABLE);
        }
    }
}
