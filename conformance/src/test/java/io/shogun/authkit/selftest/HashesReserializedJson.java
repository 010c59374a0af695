package io.shogun.authkit.selftest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shogun.authkit.spi.Capability;
import io.shogun.authkit.spi.WebhookDecision;
import io.shogun.authkit.spi.WebhookVerifier;
import java.io.IOException;
import java.util.List;

/**
 * Flaw: a framework parsed the JSON body and the handler signs its own compact re-serialization instead of the raw
 * bytes (bodies that are not JSON are used as received). Otherwise strict.
 */
public final class HashesReserializedJson extends FlawedTarget {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public HashesReserializedJson() {
        super("flaw-hashes-reserialized-json", Capability.WEBHOOK_VERIFIER);
    }

    @Override
    public WebhookVerifier newWebhookVerifier(List<String> secrets) {
        String secret = secrets.get(0);
        return (body, header) -> {
            if (header == null) {
                return WebhookDecision.MISSING_HEADER;
            }
            return Signatures.constantTimeEquals(Signatures.header(secret, reserialized(body)), header)
                    ? WebhookDecision.ACCEPTED : WebhookDecision.SIGNATURE_MISMATCH;
        };
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
