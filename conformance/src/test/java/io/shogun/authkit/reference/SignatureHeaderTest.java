package io.shogun.authkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureHeaderTest {

    private static final String DIGEST = "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    @Test
    void isCanonical_prefixAnd64LowercaseHex_isTrue() {
        assertThat(SignatureHeader.isCanonical("sha256=" + DIGEST)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SHA256=", "sha256:", "sha256=g", "sha256=ABCDEF", " sha256="})
    void isCanonical_otherForms_isFalse(String prefixOrShort) {
        assertThat(SignatureHeader.isCanonical(prefixOrShort)).isFalse();
        assertThat(SignatureHeader.isCanonical(prefixOrShort + DIGEST)).isFalse();
    }

    /** Characters whose low 7 bits (or low byte) are a hex digit: none may pass for one, at any position. */
    @ParameterizedTest
    @ValueSource(chars = {'\u00b0', '\u00e1', '\u0130', '\u0161', '\uff10', 'A', 'F', 'g', '/', ':', '`'})
    void isCanonical_oneNonDigitAnywhere_isFalse(char impostor) {
        for (int i = 0; i < 64; i++) {
            String header = "sha256=" + DIGEST.substring(0, i) + impostor + DIGEST.substring(i + 1);
            assertThat(SignatureHeader.isCanonical(header)).as("position %d", i).isFalse();
        }
    }

    @Test
    void read_canonicalHeader_claimsTheTagItSpells() {
        byte[] claimed = new byte[32];

        assertThat(SignatureHeader.read("sha256=" + DIGEST, new char[64], claimed)).isTrue();
        assertThat(claimed).isEqualTo(HexFormat.of().parseHex(DIGEST));
    }

    @Test
    void difference_matchingTag_isZero_andAnyBitOff_isNot() {
        byte[] tag = HexFormat.of().parseHex(DIGEST);
        assertThat(SignatureHeader.difference(tag.clone(), tag)).isZero();
        for (int i = 0; i < tag.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] changed = tag.clone();
                changed[i] ^= (byte) (1 << bit);
                assertThat(SignatureHeader.difference(changed, tag)).as("byte %d, bit %d", i, bit).isNotZero();
            }
        }
    }
}
