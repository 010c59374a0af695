package io.shogun.authkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.shogun.authkit.spi.JwtVerification;
import io.shogun.authkit.vectors.GoldenVectors;
import io.shogun.authkit.vectors.JwtVector;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ReferenceJwtVerifierTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.ofEpochSecond(1_705_315_200L));

    @Test
    void verify_payloadNested100000Deep_isRefusedWithoutStackOverflow() {
        String payload = "{\"exp\":1705318200,\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        ReferenceJwtVerifier verifier = ReferenceJwtVerifier.create(KEY, CLOCK, Duration.ZERO,
                new ReferenceJwtVerifier.Limits(1 << 20, false, false), HmacProvider.SUN_JCE);

        JwtVerification verification = verifier.verify(sign("{\"alg\":\"HS256\"}", payload));

        assertThat(verification).isEqualTo(JwtVerification.rejected(JwtVerification.Reason.LIMIT_EXCEEDED,
                "the payload exceeds a size or nesting limit"));
    }

    @Test
    void verify_numericDatesWithHugeExponents_answerAtOnceWithoutThrowing() {
        ReferenceJwtVerifier verifier = ReferenceJwtVerifier.create(KEY, CLOCK, Duration.ofSeconds(60));

        assertThat(verifier.verify(sign("{\"alg\":\"HS256\"}", "{\"exp\":1e999999999}")).accepted()).isTrue();
        assertThat(((JwtVerification.Rejected) verifier.verify(sign("{\"alg\":\"HS256\"}",
                "{\"exp\":-1e999999999}"))).reason()).isEqualTo(JwtVerification.Reason.EXPIRED);
        assertThat(((JwtVerification.Rejected) verifier.verify(sign("{\"alg\":\"HS256\"}",
                "{\"exp\":1e999999999,\"nbf\":1e30000000}"))).reason())
                .isEqualTo(JwtVerification.Reason.NOT_YET_VALID);
        assertThat(verifier.verify(sign("{\"alg\":\"HS256\"}", "{\"exp\":1e999999999,\"nbf\":1e-30000000}"))
                .accepted()).isTrue();
    }

    @Test
    void verify_tokenOverTheLengthLimit_isRefusedBeforeDecoding() {
        String token = "a".repeat(64 * 1024 + 1);

        JwtVerification verification = ReferenceJwtVerifier.create(KEY, CLOCK, Duration.ZERO).verify(token);

        assertThat(((JwtVerification.Rejected) verification).reason())
                .isEqualTo(JwtVerification.Reason.LIMIT_EXCEEDED);
    }

    @Test
    void verify_requireExp_refusesTokensWithoutExp() {
        String token = sign("{\"alg\":\"HS256\"}", "{\"sub\":\"x\"}");
        ReferenceJwtVerifier lenient = ReferenceJwtVerifier.create(KEY, CLOCK, Duration.ZERO);
        ReferenceJwtVerifier strict = ReferenceJwtVerifier.create(KEY, CLOCK, Duration.ZERO,
                new ReferenceJwtVerifier.Limits(64 * 1024, true, false), HmacProvider.SUN_JCE);

        assertThat(lenient.verify(token).accepted()).isTrue();
        assertThat(((JwtVerification.Rejected) strict.verify(token)).reason())
                .isEqualTo(JwtVerification.Reason.MISSING_CLAIM);
    }

    @Test
    void verify_subSecondClock_comparesExactly() {
        String token = sign("{\"alg\":\"HS256\"}", "{\"exp\":1705315200.25}");
        InstantSource justBefore = InstantSource.fixed(Instant.ofEpochSecond(1_705_315_200L, 249_999_999));
        InstantSource atExp = InstantSource.fixed(Instant.ofEpochSecond(1_705_315_200L, 250_000_000));

        assertThat(ReferenceJwtVerifier.create(KEY, justBefore, Duration.ZERO).verify(token).accepted()).isTrue();
        assertThat(ReferenceJwtVerifier.create(KEY, atExp, Duration.ZERO).verify(token).accepted()).isFalse();
    }

    @Test
    void verify_rejectionDetails_neverContainTheKey() {
        String token = sign("{\"alg\":\"HS256\"}", "{\"exp\":1}");

        JwtVerification verification = ReferenceJwtVerifier.create(KEY, CLOCK, Duration.ZERO).verify(token);

        assertThat(verification.toString()).doesNotContain(new String(KEY, StandardCharsets.US_ASCII));
        assertThat(ReferenceJwtVerifier.create(KEY, CLOCK, Duration.ZERO).toString())
                .doesNotContain(new String(KEY, StandardCharsets.US_ASCII));
    }

    private static String sign(String header, String payload) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String input = encoder.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            return input + "." + encoder.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void verify_shogunTokenAfterWarmUp_allocatesUnderOneKilobyte() {
        JwtVector vector = GoldenVectors.load().jwtHs256().byTcId(1).orElseThrow();
        ReferenceJwtVerifier verifier = ReferenceJwtVerifier.create(vector.key(),
                InstantSource.fixed(Instant.ofEpochSecond(vector.now())), Duration.ZERO);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 20_000; i++) {
            verifier.verify(vector.token());
        }
        long thread = Thread.currentThread().getId();

        long before = threads.getThreadAllocatedBytes(thread);
        int accepted = 0;
        for (int i = 0; i < 10_000; i++) {
            accepted += verifier.verify(vector.token()).accepted() ? 1 : 0;
        }
        long bytesPerCall = (threads.getThreadAllocatedBytes(thread) - before) / 10_000;

        assertThat(accepted).isEqualTo(10_000);
        assertThat(bytesPerCall).as("bytes per verification: the claims, nothing else").isLessThanOrEqualTo(1024);
    }
}
