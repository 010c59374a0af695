package io.shogun.authkit.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sets keep covering what the kit promises: enough cases, every class of flaw named in the requirements, and
 * every explained flag actually used.
 */
class VectorCoverageTest {

    private final GoldenVectors vectors = GoldenVectors.load();

    @Test
    void webhookSet_coversEveryRequiredClassOfFlaw() {
        VectorFile<WebhookVector> file = vectors.webhookSignatures();

        assertThat(file.tests()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(flagsOf(file.tests())).contains("Ktv", "RawBody", "EmptyBody", "BinaryBody", "LargeBody",
                "LongSecret", "UnicodeSecret", "ModifiedBody", "ReserializedBody", "RotatedSecret", "MissingHeader",
                "MissingPrefix", "WrongPrefix", "CaseVariant", "WrongLength", "TruncatedTag", "NonHexDigest",
                "NonAsciiHeader", "Whitespace", "EmptyHeader", "OversizedHeader", "MultipleSignatures");
        assertThat(file.tests()).anySatisfy(vector -> assertThat(vector.body()).hasSize(1 << 20));
        assertThat(file.tests()).anySatisfy(vector -> assertThat(vector.signatureHeader()).hasValueSatisfying(
                header -> assertThat(header).hasSize(100_000)));
    }

    @Test
    void jwtSet_coversEveryRequiredClassOfFlaw() {
        VectorFile<JwtVector> file = vectors.jwtHs256();

        assertThat(file.tests()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(flagsOf(file.tests())).contains("ShogunToken", "Ktv", "ExpiryBoundary", "Leeway", "NotBefore",
                "IssuedInFuture", "AlgNone", "AlgConfusion", "MissingAlg", "UnknownCrit", "HeaderInjection",
                "ModifiedSignature", "TruncatedSignature", "PaddedSignature", "Base64Padding", "Base64Alphabet",
                "NonCanonicalBase64", "SegmentCount", "Whitespace", "DuplicateMember", "ClaimType", "NotAnObject",
                "InvalidJson", "InvalidUtf8", "DeepNesting", "Oversized", "ShortKey");
        assertThat(file.tests().stream().map(JwtVector::error).flatMap(java.util.Optional::stream))
                .contains(JwtError.values());
    }

    @Test
    void hmacSet_holdsRfc4231CasesOneToSeven_withTheTruncatedOneMarked() {
        VectorFile<HmacVector> file = vectors.hmacSha256();

        assertThat(file.tests()).filteredOn(vector -> vector.flags().contains("Rfc4231"))
                .filteredOn(vector -> vector.result() == Expectation.VALID)
                .extracting(VectorCase::comment)
                .containsExactlyInAnyOrder("RFC 4231 test case 1", "RFC 4231 test case 2", "RFC 4231 test case 3",
                        "RFC 4231 test case 4", "RFC 4231 test case 5", "RFC 4231 test case 6", "RFC 4231 test case 7");
        assertThat(file.tests()).filteredOn(vector -> vector.flags().contains("Truncated"))
                .singleElement().satisfies(vector -> assertThat(vector.tagSizeBits()).isEqualTo(128));
    }

    @Test
    void exchangeSet_holdsEveryDocumentedExchangeAndTheNamedModelledOnes() {
        VectorFile<ApiExchange> file = vectors.apiExchanges();

        assertThat(file.tests()).filteredOn(exchange -> exchange.provenance() == Provenance.DOCUMENTED)
                .extracting(ApiExchange::exchange)
                .contains("generate_token/success", "fetch_customer_accounts/authorized", "validate_token/valid");
        assertThat(file.tests()).filteredOn(exchange -> exchange.provenance() == Provenance.MODELLED)
                .extracting(ApiExchange::exchange)
                .contains("generate_token/invalid_credentials", "generate_token/locked_out",
                        "generate_token/locked_out_correct_secret", "generate_token/rotated_secret",
                        "fetch_customer_accounts/expired_401", "fetch_customer_accounts/expired_42",
                        "login/success");
        assertThat(file.tests()).extracting(ApiExchange::exchange).doesNotHaveDuplicates();
        assertThat(file.tests()).allSatisfy(exchange -> assertThat(exchange.quote()).isNotBlank());
    }

    @Test
    void everyFile_usesEveryFlagItExplains() {
        for (VectorFile<?> file : java.util.List.of(vectors.webhookSignatures(), vectors.hmacSha256(),
                vectors.jwtHs256(), vectors.apiExchanges())) {
            assertThat(flagsOf(file.tests())).as(file.fileName()).containsAll(file.notes().keySet());
        }
    }

    @Test
    void everyFile_numbersItsTestsOneToN() {
        for (VectorFile<?> file : java.util.List.of(vectors.webhookSignatures(), vectors.hmacSha256(),
                vectors.jwtHs256(), vectors.apiExchanges())) {
            assertThat(file.tests().stream().map(VectorCase::tcId).sorted().toList()).as(file.fileName())
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, file.tests().size()).boxed().toList());
        }
    }

    @Test
    void everyInvalidCase_leadsWithTheFlagOfItsFlaw() {
        for (VectorFile<?> file : java.util.List.of(vectors.webhookSignatures(), vectors.hmacSha256(),
                vectors.jwtHs256())) {
            assertThat(file.tests()).as(file.fileName())
                    .filteredOn(test -> test.result() == Expectation.INVALID)
                    .allSatisfy(test -> assertThat(test.flags()).isNotEmpty()
                            .first().satisfies(flag -> assertThat(file.note(flag).bugType())
                                    .as("tcId %d leads with %s", test.tcId(), flag).isNotEqualTo("FUNCTIONALITY")));
        }
    }

    private static Set<String> flagsOf(Collection<? extends VectorCase> tests) {
        return tests.stream().flatMap(test -> test.flags().stream()).collect(Collectors.toSet());
    }
}
