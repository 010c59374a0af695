package io.shogun.authkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line, in process: outputs, exit codes, and what it must never print. */
class ShogunKitTest {

    private static final String GITHUB_SECRET = "It's a Secret to Everybody";
    private static final String GITHUB_HEADER = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
    private static final Path VECTORS = Path.of("..", "vectors", "testvectors").toAbsolutePath().normalize();
    private static final String RFC7515_TOKEN = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
            + ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
            + ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final String RFC7515_KEY =
            "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow";

    @TempDir
    Path folder;

    @Test
    void webhookSign_githubsPublishedVector_isReproduced() {
        Run run = run("Hello, World!", "webhook", "sign", "--secret", GITHUB_SECRET);

        assertThat(run.code).isZero();
        assertThat(run.out).isEqualTo(GITHUB_HEADER + "\n");
    }

    @Test
    void webhookSign_secretFromFileOrEnvironment_givesTheSameHeader() throws IOException {
        Path secretFile = Files.writeString(folder.resolve("secret"), GITHUB_SECRET + "\n");

        assertThat(run("Hello, World!", "webhook", "sign", "--secret-file", secretFile.toString()).out)
                .isEqualTo(GITHUB_HEADER + "\n");
        assertThat(runWithEnv(Map.of("SHOGUN_WEBHOOK_SECRET", GITHUB_SECRET), "Hello, World!", "webhook", "sign").out)
                .isEqualTo(GITHUB_HEADER + "\n");
        assertThat(runWithEnv(Map.of("MY_SECRET", GITHUB_SECRET), "Hello, World!", "webhook", "sign",
                "--secret-env", "MY_SECRET").out).isEqualTo(GITHUB_HEADER + "\n");
    }

    @Test
    void webhookVerify_validAndInvalid_exitZeroAndOne() throws IOException {
        Path body = Files.writeString(folder.resolve("body"), "Hello, World!");

        Run valid = run("", "webhook", "verify", "--secret", GITHUB_SECRET, "--header", GITHUB_HEADER,
                "--body-file", body.toString());
        Run invalid = run("Hello, World?", "webhook", "verify", "--secret", GITHUB_SECRET, "--header", GITHUB_HEADER);

        assertThat(valid.code).isZero();
        assertThat(valid.out).isEqualTo("valid\n");
        assertThat(invalid.code).isEqualTo(1);
        assertThat(invalid.err).startsWith("invalid: SIGNATURE_MISMATCH");
        assertThat(invalid.err + invalid.out).doesNotContain(GITHUB_SECRET);
    }

    @Test
    void webhookVerify_rotation_acceptsAnyGivenSecret() {
        Run run = run("Hello, World!", "webhook", "verify", "--secret", "new-secret", "--secret", GITHUB_SECRET,
                "--header", GITHUB_HEADER);

        assertThat(run.code).isZero();
    }

    @Test
    void jwtDecode_saysItDidNotVerify() {
        Run run = run("", "jwt", "decode", RFC7515_TOKEN);

        assertThat(run.code).isZero();
        assertThat(run.out).contains("\"verified\" : false").contains("\"iss\" : \"joe\"").contains("\"alg\" : \"HS256\"");
    }

    @Test
    void jwtVerify_beforeAndAtExp_exitZeroWithClaimsThenOneWithReason() {
        Run before = run("", "jwt", "verify", "--key-base64url", RFC7515_KEY, "--now", "1300819379", RFC7515_TOKEN);
        Run at = run("", "jwt", "verify", "--key-base64url", RFC7515_KEY, "--now", "1300819380", RFC7515_TOKEN);

        assertThat(before.code).isZero();
        assertThat(before.out).contains("\"exp\" : 1300819380");
        assertThat(at.code).isEqualTo(1);
        assertThat(at.err).isEqualTo("rejected: expired (the token has expired)\n");
    }

    @Test
    void jwtVerify_tokenFromStdin_isRead() {
        Run run = run(RFC7515_TOKEN + "\n", "jwt", "verify", "--key-base64url", RFC7515_KEY, "--now", "1300819379");

        assertThat(run.code).isZero();
    }

    @Test
    void vectorsRun_bundledFiles_conformOnTheReference() {
        for (String file : new String[] {"webhook_signature_test.json", "jwt_hs256_test.json"}) {
            Run run = run("", "vectors", "run", VECTORS.resolve(file).toString());

            assertThat(run.code).as(file).isZero();
            String[] lines = run.out.split("\n");
            assertThat(lines[0]).startsWith("{\"tcId\":1,");
            assertThat(lines[lines.length - 1]).startsWith("{\"summary\":").contains("\"failed\":0");
        }
    }

    @Test
    void vectorsRun_fileThatExpectsTheWrongAnswer_exitsOneAndSaysWhich() throws IOException {
        String original = Files.readString(VECTORS.resolve("jwt_hs256_test.json"));
        Path wrong = Files.writeString(folder.resolve("wrong_test.json"),
                original.replaceFirst("\"result\": \"valid\"", "\"result\": \"invalid\""));

        Run run = run("", "vectors", "run", wrong.toString());

        assertThat(run.code).isEqualTo(1);
        assertThat(run.out.split("\n")[0]).contains("\"tcId\":1").contains("\"outcome\":\"NOT_REJECTED_INVALID\"")
                .contains("\"passed\":false");
        assertThat(run.out).contains("\"failed\":1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "webhook", "webhook sing", "webhook sign --nope x", "webhook sign --secret",
        "jwt verify --key k --now soon t", "vectors run", "vectors run /no/such/file.json",
        "vectors run ../vectors/testvectors/hmac_sha256_test.json", "vectors run x --target cmd:python3",
        "jwt verify --key k --now 99999999999999999 t", "vectors run . ", "vectors run x --timeout-ms 0"})
    void badArguments_exitThree_withOneLineAndNoStackTrace(String arguments) {
        Run run = run("", arguments.isEmpty() ? new String[0] : arguments.split(" "));

        assertThat(run.code).isEqualTo(3);
        assertThat(run.err).doesNotContain("\tat ").doesNotContain("Exception");
        if (!arguments.isEmpty()) {
            assertThat(run.err.lines()).hasSize(1);
        }
    }

    @Test
    void strayArgument_isNotEchoed_becauseItMayBeASecret() {
        Run run = run("body", "webhook", "sign", "--secret", "s", "my-secret-value");

        assertThat(run.code).isEqualTo(3);
        assertThat(run.err).contains("unexpected argument #1").doesNotContain("my-secret-value");
    }

    @Test
    void secretFile_notUtf8_isRefusedInsteadOfSilentlyChanged() throws IOException {
        Path secretFile = Files.write(folder.resolve("secret.bin"), new byte[] {'k', (byte) 0xff, 'y'});

        Run run = run("body", "webhook", "sign", "--secret-file", secretFile.toString());

        assertThat(run.code).isEqualTo(3);
        assertThat(run.err).endsWith("is not UTF-8 text\n");
    }

    @Test
    void vectorsRun_malformedFile_namesFileAndProblem() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken_test.json"), "{\"algorithm\": \"HS256-JWT\",");

        Run run = run("", "vectors", "run", broken.toString());

        assertThat(run.code).isEqualTo(3);
        assertThat(run.err).startsWith("shogun-kit: " + broken + ": not valid JSON: line 1");
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        return runWithEnv(Map.of(), stdin, args);
    }

    private static Run runWithEnv(Map<String, String> environment, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ShogunKit.run(args, environment, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
