package io.shogun.authkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Base64UrlTest {

    @Test
    void decode_everyLengthUpTo64_roundTripsTheJdkEncoder() {
        for (int length = 0; length <= 64; length++) {
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++) {
                bytes[i] = (byte) (i * 37 + length);
            }
            String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

            assertThat(Base64Url.decode(encoded, 0, encoded.length())).as("length %d", length).isEqualTo(bytes);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"QQ==", "QUI=", "a+b/", "QQ=", "A", "QR", "QUJ", "QUJD\n", " QUJD", "QU!D", "Q\u00e9JD"})
    void decode_anythingButStrictBase64Url_isRefused(String text) {
        assertThat(Base64Url.decode(text, 0, text.length())).isNull();
    }

    @Test
    void decode_range_readsOnlyThatRange() {
        assertThat(Base64Url.decode("xx.QUJD.yy", 3, 7)).isEqualTo("ABC".getBytes());
    }

    @Test
    void decode_everyCharOutsideTheAlphabet_isRefusedInEveryPlaceOfAQuad() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            if (alphabet.indexOf(c) >= 0) {
                continue;
            }
            for (int place = 0; place < 4; place++) {
                char[] quad = "QUJD".toCharArray();
                quad[place] = (char) c;

                assertThat(Base64Url.decode(new String(quad), 0, 4)).as("U+%04X at %d", c, place).isNull();
            }
        }
    }
}
