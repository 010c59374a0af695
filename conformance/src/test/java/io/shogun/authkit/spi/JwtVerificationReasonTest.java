package io.shogun.authkit.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.shogun.authkit.vectors.JwtError;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The SPI's rejection reasons and the vectors' error codes are the same closed list. */
class JwtVerificationReasonTest {

    @Test
    void reasons_andVectorErrorCodes_matchOneToOne() {
        assertThat(Arrays.stream(JwtVerification.Reason.values()).map(JwtVerification.Reason::code))
                .containsExactlyElementsOf(Arrays.stream(JwtError.values()).map(JwtError::code).toList());
    }
}
