package io.shogun.authkit.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request as the simulator's API logic sees it, independent of the HTTP server carrying it.
 *
 * @param query the raw query string without '?', or empty
 */
public record SimRequest(String method, String path, String query, Map<String, String> headers, byte[] body) {

    public SimRequest {
        TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseInsensitive.putAll(headers);
        headers = java.util.Collections.unmodifiableMap(caseInsensitive);
        body = body == null ? new byte[0] : body.clone();
        method = method.toUpperCase(Locale.ROOT);
        query = query == null ? "" : query;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
