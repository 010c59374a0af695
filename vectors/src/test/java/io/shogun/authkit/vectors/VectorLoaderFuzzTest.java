package io.shogun.authkit.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.function.Function;

/**
 * The vector loader on arbitrary bytes: every file is either read or refused with a {@link VectorFormatException}
 * that names the file; nothing else escapes. The committed corpus ({@code VectorLoaderFuzzTestInputs/}) replays in
 * every build; {@code JAZZER_FUZZ=1} searches for new inputs (README, "Fuzzing").
 */
class VectorLoaderFuzzTest {

    private static final String FILE = "fuzzed/vectors.json";

    @FuzzTest
    @DictionaryEntries({
            "\"algorithm\"",
            "\"X-Shogun-Signature\"",
            "\"HS256-JWT\"",
            "\"HMACSHA256\"",
            "\"SHOGUN-API\"",
            "\"numberOfTests\"",
            "\"notes\"",
            "\"testGroups\"",
            "\"tests\"",
            "\"tcId\"",
            "\"comment\"",
            "\"flags\"",
            "\"result\"",
            "\"valid\"",
            "\"invalid\"",
            "\"acceptable\"",
            "\"secret\"",
            "\"body\"",
            "\"signatureHeader\"",
            "\"httpSendable\"",
            "\"token\"",
            "\"key\"",
            "\"now\"",
            "\"leewaySeconds\"",
            "\"claims\"",
            "\"error\"",
            "\"msg\"",
            "\"tag\"",
            "\"exchange\"",
            "\"request\"",
            "\"response\"",
            "\"method\"",
            "\"path\"",
            "\"headers\"",
            "\"status\"",
            "2147483648",
            "-1",
            "null"})
    void read_anyBytes_readsOrRefusesNamingTheFile(FuzzedDataProvider data) {
        boolean strict = data.consumeBoolean();
        int kind = data.consumeInt(0, 4);
        byte[] bytes = data.consumeRemainingAsBytes();
        CaseMappers mappers = strict ? CaseMappers.STRICT : CaseMappers.LENIENT;
        try {
            switch (kind) {
                case 0 -> read(bytes, strict, "X-Shogun-Signature", mappers::webhook);
                case 1 -> read(bytes, strict, "HS256-JWT", mappers::jwt);
                case 2 -> read(bytes, strict, "HMACSHA256", mappers::hmac);
                case 3 -> read(bytes, strict, "SHOGUN-API", mappers::exchange);
                default -> ProfileReader.read(FILE, bytes);
            }
        } catch (VectorFormatException refused) {
            assertThat(refused.file()).isEqualTo(FILE);
            assertThat(refused.getMessage()).startsWith(FILE).doesNotContain("Exception");
        }
    }

    private static <T extends VectorCase> void read(byte[] bytes, boolean strict, String algorithm,
            Function<VectorReader.Case, T> mapper) {
        VectorFile<T> file = new VectorReader(FILE, bytes, strict).read(algorithm, mapper);
        assertThat(file.tests()).allSatisfy(test -> assertThat(test.tcId()).isPositive());
        assertThat(file.tests().stream().map(VectorCase::tcId)).doesNotHaveDuplicates();
    }
}
