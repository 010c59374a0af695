package io.shogun.authkit.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every HMAC known answer is confirmed, or refuted for invalid ones, by BouncyCastle's lightweight HMac. */
class HmacCrossCheckTest {

    static Stream<Named<HmacVector>> vectors() {
        return GoldenVectors.load().hmacSha256().tests().stream().map(vector -> Named.of(vector.displayName(), vector));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void hmacVector_declaredResult_matchesIndependentHmac(HmacVector vector) {
        boolean matches = vector.tag().length * 8 == vector.tagSizeBits()
                && IndependentHmac.tagMatches(vector.key(), vector.msg(), vector.tag());

        assertThat(matches).isEqualTo(vector.result() == Expectation.VALID);
    }
}
