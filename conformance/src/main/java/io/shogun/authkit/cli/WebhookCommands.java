package io.shogun.authkit.cli;

import io.shogun.authkit.reference.WebhookSignature;
import io.shogun.authkit.reference.ReferenceWebhookVerifier;
import io.shogun.authkit.spi.WebhookDecision;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code webhook sign} and {@code webhook verify}, with the kit's reference verifier. */
final class WebhookCommands {

    static final String SECRET_ENV = "SHOGUN_WEBHOOK_SECRET";
    private static final Set<String> SECRET_OPTIONS = Set.of("secret", "secret-file", "secret-env", "body-file");

    private final Inputs inputs;
    private final PrintStream out;
    private final PrintStream err;

    WebhookCommands(Inputs inputs, PrintStream out, PrintStream err) {
        this.inputs = inputs;
        this.out = out;
        this.err = err;
    }

    /** Prints the {@code X-Shogun-Signature} value Shogun would send for the body. */
    int sign(List<String> words) {
        Arguments arguments = new Arguments("webhook sign", words, SECRET_OPTIONS);
        arguments.positionals(0);
        List<String> secrets = inputs.texts(arguments, "secret", SECRET_ENV);
        if (secrets.size() != 1) {
            throw new UsageException("webhook sign: give exactly one secret, not " + secrets.size());
        }
        out.println(WebhookSignature.header(secrets.get(0), inputs.bytes(arguments, "body-file")));
        return ExitCode.OK;
    }

    /** Exit 0 when the header is the body's signature under one of the secrets, 1 (reason on stderr) otherwise. */
    int verify(List<String> words) {
        Set<String> options = new HashSet<>(SECRET_OPTIONS);
        options.add("header");
        Arguments arguments = new Arguments("webhook verify", words, options);
        arguments.positionals(0);
        String header = arguments.option("header")
                .orElseThrow(() -> new UsageException("webhook verify: --header is required"));
        List<String> secrets = inputs.texts(arguments, "secret", SECRET_ENV);
        byte[] body = inputs.bytes(arguments, "body-file");
        WebhookDecision decision = ReferenceWebhookVerifier.create(secrets).verify(body, header);
        if (decision.accepted()) {
            out.println("valid");
            return ExitCode.OK;
        }
        err.println("invalid: " + decision + " (" + explain(decision) + ")");
        return ExitCode.FAILED;
    }

    private static String explain(WebhookDecision decision) {
        return switch (decision) {
            case MALFORMED_HEADER -> "the header must be sha256= followed by 64 lowercase hex digits";
            case SIGNATURE_MISMATCH -> "no given secret signs this body with this signature";
            case MISSING_HEADER -> "no header";
            case ACCEPTED -> "valid";
        };
    }
}
