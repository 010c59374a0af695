package io.shogun.authkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shogun.authkit.reference.ReferenceJwtVerifier;
import io.shogun.authkit.spi.JwtVerification;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** {@code jwt decode} and {@code jwt verify}, with the kit's reference verifier. */
final class JwtCommands {

    static final String KEY_ENV = "SHOGUN_JWT_KEY";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Inputs inputs;
    private final PrintStream out;
    private final PrintStream err;

    JwtCommands(Inputs inputs, PrintStream out, PrintStream err) {
        this.inputs = inputs;
        this.out = out;
        this.err = err;
    }

    /** Prints header and claims without verifying anything, and says so. */
    int decode(List<String> words) {
        Arguments arguments = new Arguments("jwt decode", words, Set.of());
        String token = token(arguments);
        String[] segments = token.split("\\.", -1);
        if (segments.length != 3) {
            err.println("jwt decode: not a compact JWS: " + segments.length + " segments, expected 3");
            return ExitCode.FAILED;
        }
        ObjectNode decoded = JSON.createObjectNode();
        decoded.put("verified", false);
        decoded.put("note", "decoded only: nothing here is checked; use 'jwt verify' to trust it");
        decoded.set("header", segment(segments[0]));
        decoded.set("claims", segment(segments[1]));
        decoded.put("signatureBytes", signatureLength(segments[2]));
        out.println(write(decoded));
        return ExitCode.OK;
    }

    /** Exit 0 and the claims when the token verifies, 1 and the reason on stderr when it does not. */
    int verify(List<String> words) {
        Arguments arguments = new Arguments("jwt verify", words,
                Set.of("key", "key-file", "key-env", "key-hex", "key-base64url", "now", "leeway"));
        String token = token(arguments);
        byte[] key = key(arguments);
        InstantSource clock = arguments.option("now")
                .map(now -> InstantSource.fixed(epochSeconds(arguments, now)))
                .orElse(Clock.systemUTC());
        Duration leeway = Duration.ofSeconds(arguments.option("leeway").map(value -> number(arguments, "leeway", value))
                .orElse(0L));
        if (leeway.isNegative()) {
            throw new UsageException("jwt verify: --leeway must not be negative");
        }
        JwtVerification verification = ReferenceJwtVerifier.create(key, clock, leeway).verify(token);
        if (verification instanceof JwtVerification.Accepted accepted) {
            out.println(write(JSON.valueToTree(accepted.claims())));
            return ExitCode.OK;
        }
        JwtVerification.Rejected rejected = (JwtVerification.Rejected) verification;
        err.println("rejected: " + rejected.reason().code() + " (" + rejected.detail() + ")");
        return ExitCode.FAILED;
    }

    private String token(Arguments arguments) {
        List<String> positionals = arguments.positionals(1);
        if (positionals.isEmpty() || positionals.get(0).equals("-")) {
            return Inputs.dropFinalLineBreak(new String(inputs.stdin(arguments), StandardCharsets.UTF_8));
        }
        return positionals.get(0);
    }

    private byte[] key(Arguments arguments) {
        int given = 0;
        byte[] key = null;
        if (arguments.has("key-hex")) {
            given++;
            key = parse(arguments, "key-hex", value -> HexFormat.of().parseHex(value));
        }
        if (arguments.has("key-base64url")) {
            given++;
            key = parse(arguments, "key-base64url", value -> Base64.getUrlDecoder().decode(value));
        }
        if (arguments.has("key-file")) {
            given++;
            key = Inputs.readFile(arguments, java.nio.file.Path.of(arguments.option("key-file").orElseThrow()));
        }
        if (arguments.has("key") || arguments.has("key-env") || given == 0) {
            given++;
            List<String> texts = inputs.texts(arguments, "key", KEY_ENV);
            if (texts.size() != 1) {
                throw new UsageException("jwt verify: give exactly one key");
            }
            key = texts.get(0).getBytes(StandardCharsets.UTF_8);
        }
        if (given != 1) {
            throw new UsageException("jwt verify: give exactly one of --key, --key-file, --key-env, --key-hex, "
                    + "--key-base64url");
        }
        return key;
    }

    private static byte[] parse(Arguments arguments, String option, java.util.function.Function<String, byte[]> decoder) {
        try {
            return decoder.apply(arguments.option(option).orElseThrow());
        } catch (IllegalArgumentException e) {
            throw new UsageException("jwt verify: --" + option + " cannot be decoded");
        }
    }

    private static Instant epochSeconds(Arguments arguments, String value) {
        long seconds = number(arguments, "now", value);
        if (seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
            throw new UsageException("jwt verify: --now is outside the range of dates");
        }
        return Instant.ofEpochSecond(seconds);
    }

    private static long number(Arguments arguments, String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(arguments.command() + ": --" + option + " must be a whole number of seconds, not '"
                    + value + "'");
        }
    }

    private static JsonNode segment(String segment) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(segment);
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                return JSON.getNodeFactory().textNode("not JSON: " + new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException e) {
            return JSON.getNodeFactory().textNode("not base64url");
        }
    }

    private static int signatureLength(String segment) {
        try {
            return Base64.getUrlDecoder().decode(segment).length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
