package io.shogun.authkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.shogun.authkit.spi.JwtVerification.Reason;
import io.shogun.authkit.vectors.JsonValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written strict JSON reader: the same values as a general parser, and the refusals the vectors need. */
class StrictJsonTest {

    /** Configured as the kit's Jackson-based reader was: decimals exact, their written scale kept. */
    private static final ObjectMapper JACKSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        " {\"a\" : 1 } \n",
        "{\"sub\":\"client_abc\",\"exp\":1764550800,\"authorities\":[\"A\",\"B\"],\"ok\":true,\"no\":false,\"x\":null}",
        "{\"big\":9223372036854775808,\"max\":9223372036854775807,\"min\":-9223372036854775808}",
        "{\"f\":1.50,\"e\":1e3,\"E\":-2.5E-7,\"z\":-0,\"zf\":0.0}",
        "{\"esc\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\",\"raw\":\"caf\u00e9 \ud83d\ude00\"}",
        "{\"nested\":{\"a\":[[],{},[1,[2,{\"b\":[]}]]]}}"})
    void parseObject_validJson_givesWhatAGeneralParserGives(String json) throws Exception {
        StrictJson.Result result = StrictJson.parseObject(json.getBytes(StandardCharsets.UTF_8), "the payload");

        assertThat(result.ok()).as(result.detail()).isTrue();
        assertThat(result.object()).isEqualTo(JsonValues.toJava(JACKSON.readTree(json)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\":01}                  | MALFORMED",
        "{\"a\":1,}                  | MALFORMED",
        "{\"a\":NaN}                 | MALFORMED",
        "{\"a\":.5}                  | MALFORMED",
        "{\"a\":1.}                  | MALFORMED",
        "{\"a\":+1}                  | MALFORMED",
        "{'a':1}                     | MALFORMED",
        "{\"a\":1}/*c*/              | MALFORMED",
        "{\"a\":1}{\"b\":2}          | MALFORMED",
        "[1]                         | MALFORMED",
        "{\"a\":\"\\x\"}             | MALFORMED",
        "{\"a\":\"\\u12\"}           | MALFORMED",
        "{\"a\":tru}                 | MALFORMED",
        "{\"a\":1                    | MALFORMED",
        "''                          | MALFORMED",
        "{\"a\":1,\"a\":2}           | DUPLICATE_MEMBER",
        "{\"a\":1,\"\\u0061\":2}     | DUPLICATE_MEMBER",
        "{\"a\":1e9999999999}        | LIMIT_EXCEEDED"})
    void parseObject_badJson_isRefusedForTheRightReason(String json, Reason reason) {
        String text = json.equals("''") ? "" : json;

        StrictJson.Result result = StrictJson.parseObject(text.getBytes(StandardCharsets.UTF_8), "the payload");

        assertThat(result.ok()).isFalse();
        assertThat(result.problem()).as(result.detail()).isEqualTo(reason);
        assertThat(result.detail()).startsWith("the payload ");
    }

    @org.junit.jupiter.api.Test
    void parseObject_nestingAndNumberLimits_areEnforcedAtTheirBounds() {
        String deepest = "{\"a\":".repeat(StrictJson.MAX_NESTING_DEPTH - 1) + "1"
                + "}".repeat(StrictJson.MAX_NESTING_DEPTH - 1);
        String tooDeep = "[".repeat(StrictJson.MAX_NESTING_DEPTH) + "]".repeat(StrictJson.MAX_NESTING_DEPTH);
        String longest = "{\"n\":" + "9".repeat(StrictJson.MAX_NUMBER_LENGTH) + "}";

        assertThat(parse("{\"x\":" + deepest + "}").ok()).isFalse();
        assertThat(parse(deepest).ok()).isTrue();
        assertThat(parse("{\"x\":" + tooDeep + "}").problem()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(parse(longest).object().get("n")).isEqualTo(new BigInteger("9".repeat(1000)));
        assertThat(parse("{\"n\":" + "9".repeat(1001) + "}").problem()).isEqualTo(Reason.LIMIT_EXCEEDED);
    }

    @org.junit.jupiter.api.Test
    void parseObject_badUtf8OrByteOrderMark_isMalformed() {
        List<byte[]> inputs = List.of(
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xc0, (byte) 0xaf, '"', '}'},
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', '}'},
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xe2, (byte) 0x82, '"', '}'},
                new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '{', '}'});

        assertThat(inputs).allSatisfy(bytes -> assertThat(StrictJson.parseObject(bytes, "the header").problem())
                .isEqualTo(Reason.MALFORMED));
    }

    @org.junit.jupiter.api.Test
    void parseObject_numbers_keepTheirExactTypeAndScale() {
        StrictJson.Result result = parse("{\"l\":1764550800,\"b\":18446744073709551616,\"d\":1.50}");

        assertThat(result.object().get("l")).isEqualTo(1_764_550_800L);
        assertThat(result.object().get("b")).isEqualTo(new BigInteger("18446744073709551616"));
        assertThat(result.object().get("d")).isEqualTo(new BigDecimal("1.50"));
    }

    /** Small objects live in one array and larger ones in a hash map: both keep order and refuse every duplicate. */
    @org.junit.jupiter.api.Test
    void parseObject_anyMemberCount_keepsOrderAndRefusesEveryDuplicate() {
        for (int members = 0; members <= 2 * SmallJsonObject.MAX_MEMBERS + 2; members++) {
            java.util.LinkedHashMap<String, Object> expected = new java.util.LinkedHashMap<>();
            StringBuilder json = new StringBuilder("{");
            for (int i = 0; i < members; i++) {
                String name = i < 4 ? List.of("exp", "iat", "sub", "authorities").get(i) : "m" + i;
                json.append(i == 0 ? "" : ",").append('"').append(name).append("\":").append(i);
                expected.put(name, (long) i);
            }
            StrictJson.Result result = parse(json + "}");

            assertThat(result.ok()).as("%d members", members).isTrue();
            assertThat(result.object()).isEqualTo(expected);
            assertThat(result.object().keySet()).containsExactlyElementsOf(expected.keySet());
            for (int first = 0; first < members; first++) {
                String repeated = json + ",\"" + expected.keySet().toArray()[first] + "\":0}";
                assertThat(parse(repeated).problem()).as("%d members, #%d repeated", members, first)
                        .isEqualTo(Reason.DUPLICATE_MEMBER);
            }
        }
    }

    /** Names the reader knows come out as constants; spelled with escapes, or as near misses, they still read right. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"exp\":1}          | exp",
        "{\"\\u0065xp\":1}  | exp",
        "{\"ex\":1}           | ex",
        "{\"expp\":1}         | expp",
        "{\"Exp\":1}          | Exp",
        "{\"client_id\":1}    | client_id",
        "{\"client_iD\":1}    | client_iD",
        "{\"caf\u00e9\":1}   | caf\u00e9"})
    void parseObject_memberNames_readAsWritten(String json, String name) {
        StrictJson.Result result = parse(json);

        assertThat(result.object()).containsOnlyKeys(name);
        assertThat(result.object().get(name)).isEqualTo(1L);
    }

    @org.junit.jupiter.api.Test
    void parseObject_smallObject_isAnUnmodifiableMapLikeAnyOther() {
        java.util.Map<String, Object> object = parse("{\"a\":1,\"b\":[true,null],\"c\":{}}").object();
        java.util.Map<String, Object> same = new java.util.HashMap<>();
        same.put("c", java.util.Map.of());
        same.put("a", 1L);
        same.put("b", java.util.Arrays.asList(true, null));

        assertThat(object).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(same).isEqualTo(object);
        assertThat(object.containsKey("b")).isTrue();
        assertThat(object.containsKey("d")).isFalse();
        assertThat(object.get("d")).isNull();
        assertThat(object.getOrDefault("d", "absent")).isEqualTo("absent");
        assertThat(parse("{\"n\":null}").object().getOrDefault("n", "absent")).isNull();
        assertThat(object.toString()).isEqualTo("{a=1, b=[true, null], c={}}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> object.put("d", 1L))
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> object.entrySet().iterator().next().setValue(2L))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static StrictJson.Result parse(String json) {
        return StrictJson.parseObject(json.getBytes(StandardCharsets.UTF_8), "the payload");
    }
}
