package io.shogun.authkit.vectors.generator;

import static io.shogun.authkit.vectors.Expectation.INVALID;
import static io.shogun.authkit.vectors.Expectation.VALID;
import static io.shogun.authkit.vectors.generator.Bytes.hex;
import static io.shogun.authkit.vectors.generator.Bytes.repeat;
import static io.shogun.authkit.vectors.generator.Bytes.unhex;
import static io.shogun.authkit.vectors.generator.Bytes.utf8;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shogun.authkit.vectors.Expectation;
import java.util.Arrays;
import java.util.List;

/**
 * HMAC-SHA256 known answers: RFC 4231 section 4, test cases 1 to 7, with the tags exactly as the RFC prints them
 * (the generator stops if the JCA disagrees), and a few tags modified from them.
 */
final class HmacVectors {

    static final String FILE = "hmac_sha256_test.json";

    private record Rfc4231Case(int number, byte[] key, byte[] data, String tag) {
    }

    private static final List<Rfc4231Case> RFC_4231 = List.of(
            new Rfc4231Case(1, repeat(0x0b, 20), utf8("Hi There"),
                    "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
            new Rfc4231Case(2, utf8("Jefe"), utf8("what do ya want for nothing?"),
                    "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
            new Rfc4231Case(3, repeat(0xaa, 20), repeat(0xdd, 50),
                    "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
            new Rfc4231Case(4, unhex("0102030405060708090a0b0c0d0e0f10111213141516171819"), repeat(0xcd, 50),
                    "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
            new Rfc4231Case(5, repeat(0x0c, 20), utf8("Test With Truncation"),
                    "a3b6167473100ee06e0c796c2955552b"),
            new Rfc4231Case(6, repeat(0xaa, 131), utf8("Test Using Larger Than Block-Size Key - Hash Key First"),
                    "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
            new Rfc4231Case(7, repeat(0xaa, 131), utf8("This is a test using a larger than block-size key and a "
                    + "larger than block-size data. The key needs to be hashed before being used by the HMAC "
                    + "algorithm."),
                    "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"));

    private HmacVectors() {
    }

    static ObjectNode build() {
        VectorDocument doc = new VectorDocument("HMACSHA256", "hmac_sha256_schema.json", List.of(
                "HMAC-SHA256 known answers. `key`, `msg` and `tag` are hex; the tag is the HMAC truncated to the",
                "group's tagSize bits. valid: the tag is correct; invalid: it is not."));
        doc.note("Rfc4231", "FUNCTIONALITY", "A test case of RFC 4231 section 4, tag as printed in the RFC.")
           .note("Truncated", "FUNCTIONALITY",
                "RFC 4231 test case 5: the RFC prints only the leftmost 128 bits of the tag.")
           .note("LongKey", "FUNCTIONALITY", "A key longer than the 64-byte block, hashed before use (RFC 2104).")
           .note("ModifiedTag", "AUTH_BYPASS", "A correct tag with one bit flipped or a byte missing.");

        VectorDocument.Group full = doc.group("MacTest");
        full.fields().put("comment", "RFC 4231 section 4, full 256-bit tags");
        full.fields().put("tagSize", 256);
        VectorDocument.Group truncated = doc.group("MacTest");
        truncated.fields().put("comment", "RFC 4231 section 4, tags truncated to 128 bits");
        truncated.fields().put("tagSize", 128);
        VectorDocument.Group modified = doc.group("MacTest");
        modified.fields().put("comment", "RFC 4231 tags modified");
        modified.fields().put("tagSize", 256);

        List<Rfc4231Case> fullFirst = RFC_4231.stream()
                .sorted(java.util.Comparator.comparing(rfcCase -> rfcCase.tag().length() < 64)).toList();
        for (Rfc4231Case rfcCase : fullFirst) {
            byte[] computed = Macs.hmacSha256(rfcCase.key(), rfcCase.data());
            byte[] printed = unhex(rfcCase.tag());
            if (!Arrays.equals(Arrays.copyOf(computed, printed.length), printed)) {
                throw new IllegalStateException("JCA disagrees with RFC 4231 test case " + rfcCase.number());
            }
            boolean isTruncated = printed.length < computed.length;
            boolean longKey = rfcCase.key().length > 64;
            String[] flags = isTruncated ? new String[] {"Rfc4231", "Truncated"}
                    : longKey ? new String[] {"Rfc4231", "LongKey"} : new String[] {"Rfc4231"};
            add(isTruncated ? truncated : full, "RFC 4231 test case " + rfcCase.number(), VALID, rfcCase, printed,
                    flags);
        }
        Rfc4231Case first = RFC_4231.get(0);
        byte[] firstTag = unhex(first.tag());
        add(modified, "RFC 4231 test case 1, first bit of the tag flipped", INVALID, first,
                Bytes.flipBit(firstTag, 0, 7), "ModifiedTag");
        add(modified, "RFC 4231 test case 1, last bit of the tag flipped", INVALID, first,
                Bytes.flipBit(firstTag, -1, 0), "ModifiedTag");
        add(modified, "RFC 4231 test case 2, tag missing its last byte", INVALID, RFC_4231.get(1),
                Arrays.copyOf(unhex(RFC_4231.get(1).tag()), 31), "ModifiedTag");
        Rfc4231Case longKeyCase = RFC_4231.get(5);
        add(modified, "RFC 4231 test case 6, tag of the same message under the unhashed 64-byte key prefix",
                INVALID, longKeyCase,
                Macs.hmacSha256(Arrays.copyOf(longKeyCase.key(), 64), longKeyCase.data()), "ModifiedTag", "LongKey");
        return doc.toJson();
    }

    private static void add(VectorDocument.Group group, String comment, Expectation result, Rfc4231Case rfcCase,
            byte[] tag, String... flags) {
        group.test(comment, result, flags)
                .put("key", hex(rfcCase.key()))
                .put("msg", hex(rfcCase.data()))
                .put("tag", hex(tag));
    }
}
