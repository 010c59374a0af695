package io.shogun.authkit.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.shogun.authkit.spi.WebhookDecision;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The line-protocol reader on anything a program could write: the output is cut into lines no longer than the limit,
 * exactly one per newline; a line is taken as an answer only when it is exactly one JSON object with no member twice;
 * and reading an answer either succeeds or fails the case with a {@link TargetFailure}, never anything else. The
 * committed corpus replays in every build; {@code JAZZER_FUZZ=1} searches for new inputs (README, "Fuzzing").
 */
class ProtocolReaderFuzzTest {

    private static final int MAX_LINE = 512;
    private static final JsonMapper ORACLE = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @FuzzTest
    @DictionaryEntries({
            "{\"id\":1,",
            "\"accepted\":true",
            "\"accepted\":false",
            "\"claims\":{",
            "\"error\":\"expired\"",
            "\"detail\":\"",
            "\"outcome\":\"ANSWERED\"",
            "\"outcome\":\"LOCKED_OUT\"",
            "\"httpStatus\":200",
            "\"body\":\"",
            "\"tokenInfo\":{",
            "\"tokenInfo\":null",
            "\"issuedAt\":",
            "\"expiresAt\":",
            "\"authorities\":[",
            "\"capabilities\":[\"WEBHOOK_VERIFY\"]",
            "\"version\":\"1\"",
            "\"id\":\"t\"",
            "9223372036854775807",
            "-31557014167219200",
            "1e400",
            "\\x0A",
            "}\\x0A"})
    void read_anyProgramOutput_answersOrFailsTheCase(FuzzedDataProvider data) throws IOException {
        byte[] output = data.consumeRemainingAsBytes();
        Reader reader = new InputStreamReader(new ByteArrayInputStream(output), StandardCharsets.UTF_8);
        String decoded = new String(output, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();

        ProtocolReader.lines(reader, MAX_LINE, lines::add);

        assertThat(lines).hasSize((int) decoded.chars().filter(c -> c == '\n').count());
        assertThat(lines).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(MAX_LINE).doesNotContain("\n"));
        for (String line : lines) {
            JsonNode answer = ProtocolReader.object(line);
            assertThat(answer != null).as("read as an answer: %s", line).isEqualTo(isOneObject(line));
            if (answer != null) {
                readsOrFails(answer, ProtocolReader::hello);
                readsOrFails(answer, ProtocolReader::jwtVerification);
                readsOrFails(answer, ProtocolReader::clientResponse);
                readsOrFails(answer, ProtocolReader::tokenInfo);
                WebhookDecision decision = readsOrFails(answer, ProtocolReader::webhookDecision);
                if (decision != null) {
                    assertThat(decision).isEqualTo(answer.get("accepted").booleanValue()
                            ? WebhookDecision.ACCEPTED : WebhookDecision.SIGNATURE_MISMATCH);
                }
            }
        }
    }

    private static <T> T readsOrFails(JsonNode answer, Function<JsonNode, T> reading) {
        try {
            return reading.apply(answer);
        } catch (TargetFailure failure) {
            assertThat(failure.getMessage()).isNotBlank().hasSizeLessThan(1024);
            return null;
        }
    }

    private static boolean isOneObject(String line) {
        try {
            JsonNode node = ORACLE.readTree(line);
            return node != null && node.isObject();
        } catch (IOException e) {
            return false;
        }
    }
}
