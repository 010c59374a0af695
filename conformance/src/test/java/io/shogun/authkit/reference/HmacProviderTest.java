package io.shogun.authkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.shogun.authkit.vectors.Expectation;
import io.shogun.authkit.vectors.GoldenVectors;
import io.shogun.authkit.vectors.HmacVector;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HmacProviderTest {

    @ParameterizedTest
    @EnumSource(HmacProvider.class)
    void provider_rfc4231KnownAnswers_allMatch(HmacProvider provider) {
        for (HmacVector vector : GoldenVectors.load().hmacSha256().tests()) {
            byte[] tag = new byte[32];
            byte[] msg = vector.msg();
            provider.newHmac(vector.key()).mac(msg, 0, msg.length, tag);

            boolean matches = Arrays.equals(Arrays.copyOf(tag, vector.tag().length), vector.tag())
                    && vector.tag().length * 8 == vector.tagSizeBits();
            assertThat(matches).as(vector.displayName()).isEqualTo(vector.result() == Expectation.VALID);
        }
    }

    @ParameterizedTest
    @EnumSource(HmacProvider.class)
    void provider_sameInstanceTwice_resetsBetweenMessages(HmacProvider provider) {
        HmacProvider.HmacSha256 hmac = provider.newHmac("key".getBytes());
        byte[] first = new byte[32];
        byte[] second = new byte[32];

        hmac.mac("message".getBytes(), 0, 7, first);
        hmac.mac("message".getBytes(), 0, 7, second);

        assertThat(second).isEqualTo(first);
    }
}
