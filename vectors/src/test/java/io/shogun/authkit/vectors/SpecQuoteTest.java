package io.shogun.authkit.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every exchange quotes the spec word for word, so each one can be traced to the sentence it rests on. */
class SpecQuoteTest {

    private static String spec() throws IOException {
        return normalize(Files.readString(VectorsFolder.root().resolve("spec/shogun-auth-docs.txt")));
    }

    static Stream<Named<ApiExchange>> exchanges() {
        return GoldenVectors.load().apiExchanges().tests().stream()
                .map(exchange -> Named.of(exchange.displayName(), exchange));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exchanges")
    void exchangeQuote_appearsVerbatimInTheSpec(ApiExchange exchange) throws IOException {
        assertThat(spec()).contains(normalize(exchange.quote()));
    }

    /** Line breaks in the spec's text are layout, not content. */
    private static String normalize(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
