package io.shogun.authkit.cli;

import io.shogun.authkit.suite.TargetSpecException;
import io.shogun.authkit.suite.TargetStartException;
import io.shogun.authkit.vectors.VectorFormatException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code shogun-kit} command line. Every failure is one line on stderr and a documented exit code
 * ({@link ExitCode}); no stack traces, no secrets.
 */
public final class ShogunKit {

    static final String USAGE = """
            usage: shogun-kit <command> ...

              webhook sign   --secret S | --secret-file F | --secret-env VAR  [--body-file F]
                             prints the X-Shogun-Signature value for the body (stdin when no file)
              webhook verify --header H  (--secret ... as above, repeat for rotation)  [--body-file F]
                             exit 0 valid, 1 invalid (reason on stderr)
              jwt decode     [TOKEN]      header and claims, NOT verified (stdin when no token)
              jwt verify     --key K | --key-file F | --key-env VAR | --key-hex H | --key-base64url B
                             [--now EPOCH] [--leeway SECONDS] [TOKEN]
                             exit 0 and the claims, 1 and the reason
              vectors run    FILE [--target SPEC] [--timeout-ms N]
                             runs a webhook or JWT vector file; one JSON line per case, then a summary
              certify        [--target SPEC] [--suites webhook,jwt,client] [--waivers FILE] [--out DIR]
                             every suite the target's capabilities allow; report.json, report.md,
                             report.html and junit.xml in DIR (default shogun-report); for a live
                             endpoint also [--webhook-secret-env VAR] [--webhook-headers 'Name: value|...']
              report check   FILE    is report.json's reportSha256 still its content's?
              simulate       [--port N] [--client-id ID] [--client-secret S] [--password P]
                             [--webhook-secret S] [--profile FILE]
                             the Shogun simulator on 127.0.0.1 (default port 8089) until Ctrl-C

            Secrets may also come from SHOGUN_WEBHOOK_SECRET and SHOGUN_JWT_KEY.
            Targets: reference (default), java:<id>, cmd:<command line> (a program speaking
            conformance/PROTOCOL.md), http(s)://... (a live webhook endpoint).
            Exit codes: 0 ok or certified, 1 invalid or not conforming, 2 nothing ran, 3 bad arguments or input,
            4 target could not be started, 5 kit error.
            """;

    private ShogunKit() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.in, System.out, System.err));
    }

    static int run(String[] args, Map<String, String> environment, InputStream stdin, PrintStream out,
            PrintStream err) {
        List<String> words = Arrays.asList(args);
        Inputs inputs = new Inputs(environment, stdin);
        try {
            if (words.isEmpty()) {
                err.print(USAGE);
                return ExitCode.CONFIGURATION;
            }
            boolean oneWord = words.get(0).equals("simulate") || words.get(0).equals("certify");
            String command = words.size() >= 2 && !oneWord ? words.get(0) + " " + words.get(1) : words.get(0);
            List<String> rest = words.subList(Math.min(2, words.size()), words.size());
            return switch (command) {
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield ExitCode.OK;
                }
                case "--version", "version" -> {
                    out.println("shogun-kit " + version());
                    yield ExitCode.OK;
                }
                case "webhook sign" -> new WebhookCommands(inputs, out, err).sign(rest);
                case "webhook verify" -> new WebhookCommands(inputs, out, err).verify(rest);
                case "jwt decode" -> new JwtCommands(inputs, out, err).decode(rest);
                case "jwt verify" -> new JwtCommands(inputs, out, err).verify(rest);
                case "vectors run" -> new VectorsRunCommand(out).run(rest);
                case "simulate" -> new SimulateCommand(out).run(words.subList(1, words.size()));
                case "certify" -> new CertifyCommand(out).certify(words.subList(1, words.size()));
                case "report check" -> new CertifyCommand(out).checkReport(rest);
                default -> throw new UsageException("unknown command '" + String.join(" ", words.subList(0,
                        Math.min(2, words.size()))) + "'; run 'shogun-kit help'");
            };
        } catch (UsageException | TargetSpecException | VectorFormatException e) {
            err.println("shogun-kit: " + e.getMessage());
            return ExitCode.CONFIGURATION;
        } catch (TargetStartException e) {
            err.println("shogun-kit: " + e.getMessage());
            return ExitCode.TARGET_NOT_STARTED;
        } catch (RuntimeException | LinkageError e) {
            err.println("shogun-kit: internal error, please report: " + e.getClass().getName());
            return ExitCode.INTERNAL;
        }
    }

    private static String version() {
        String version = ShogunKit.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
