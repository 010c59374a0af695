package io.shogun.authkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void difference_matchingTag_isZero_andAnyBitOff_isNot() {
        byte[] tag = java.util.HexFormat.of().parseHex(DIGEST);
        assertThat(SignatureHeader.difference("sha256=" + DIGEST, tag)).isZero();
        for (int i = 0; i < tag.length; i++) {
            byte[] changed = tag.clone();
            changed[i] ^= 1;
            assertThat(SignatureHeader.difference("sha256=" + DIGEST, changed)).as("byte %d", i).isNotZero();
        }
    }
}
