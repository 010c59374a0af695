package io.shogun.authkit.vectors;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request and the response a conforming Shogun server gives to it.
 *
 * @param exchange   stable name, e.g. {@code generate_token/success}; suites and the simulator look cases up by it
 * @param provenance documented (shown in the spec) or modelled (values from the profile)
 * @param quote      the spec's sentence that shows or names this exchange
 * @param variables  JSON Pointers into the response body whose values vary per run, each with its kind
 *                   ({@code jwt}, {@code localDateTime}, ...); everything else must match exactly
 */
public record ApiExchange(
        int tcId,
        String comment,
        List<String> flags,
        Expectation result,
        String exchange,
        Provenance provenance,
        String quote,
        Request request,
        Response response,
        Map<String, String> variables) implements VectorCase {

    public ApiExchange {
        flags = List.copyOf(flags);
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(quote, "quote");
        variables = Map.copyOf(variables);
    }

    /**
     * @param headers  header name to value; names as the spec writes them
     * @param bodyJson the JSON body in compact form, or empty when there is none
     */
    public record Request(String method, String path, Map<String, String> headers, Optional<String> bodyJson) {
        public Request {
            headers = Map.copyOf(headers);
        }
    }

    /**
     * @param headers  headers a conforming response carries; a value of {@code *} means present with any value
     * @param bodyJson the JSON body in compact form, or empty when there is none
     */
    public record Response(int status, Map<String, String> headers, Optional<String> bodyJson) {
        public Response {
            headers = Map.copyOf(headers);
        }
    }
}
