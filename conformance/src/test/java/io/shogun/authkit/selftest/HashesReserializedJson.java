package io.shogun.authkit.selftest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Flaw: a framework parsed the JSON body and the handler signs its own compact re-serialization instead of the raw
 * bytes (bodies that are not JSON are used as received). Otherwise strict.
 */
public final class HashesReserializedJson extends FlawedWebhookTarget {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public HashesReserializedJson() {
        super("flaw-hashes-reserialized-json");
    }

    @Override
    boolean accepts(String secret, byte[] body, String header) {
        return Signatures.constantTimeEquals(Signatures.header(secret, reserialized(body)), header);
    }

    private static byte[] reserialized(byte[] body) {
        try {
            var tree = JSON.readTree(body);
            return tree == null || tree.isMissingNode() ? body : JSON.writeValueAsBytes(tree);
        } catch (IOException e) {
            return body;
        }
    }
}
