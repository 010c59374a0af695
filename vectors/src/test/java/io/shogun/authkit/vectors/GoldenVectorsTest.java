package io.shogun.authkit.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader: typed records from the bundled set, and a precise error for every kind of damage. */
class GoldenVectorsTest {

    @TempDir
    Path copy;

    @Test
    void load_bundledSet_equalsTheSetInTheFolder() {
        GoldenVectors bundled = GoldenVectors.load();
        GoldenVectors folder = GoldenVectors.load(VectorsFolder.root());

        assertThat(bundled.setSha256()).isEqualTo(folder.setSha256());
        assertThat(bundled.jwtHs256().tests()).hasSameSizeAs(folder.jwtHs256().tests());
    }

    @Test
    void load_webhookVector_inheritsTheGroupSecretAndDecodesTheBody() {
        WebhookVector first = GoldenVectors.load().webhookSignatures().byTcId(1).orElseThrow();

        assertThat(first.secret()).isEqualTo("shogun_whsec_test_5c1f0e9a27b84d6f");
        assertThat(new String(first.body(), StandardCharsets.UTF_8)).startsWith("{\"event\":\"transaction.successful\"");
        assertThat(first.signatureHeader()).hasValueSatisfying(header -> assertThat(header).startsWith("sha256="));
    }

    @Test
    void load_absentHeader_isEmpty() {
        assertThat(GoldenVectors.load().webhookSignatures().tests())
                .anySatisfy(vector -> assertThat(vector.signatureHeader()).isEmpty());
    }

    @Test
    void load_jwtVector_testOverridesGroupClock() {
        JwtVector atExp = GoldenVectors.load().jwtHs256().tests().stream()
                .filter(vector -> vector.comment().equals("exactly at exp")).findFirst().orElseThrow();

        assertThat(atExp.now()).isEqualTo(1_705_314_600L + 3600);
        assertThat(atExp.error()).contains(JwtError.EXPIRED);
        assertThat(atExp.claims()).isEmpty();
    }

    @Test
    void load_validJwt_claimsAreJavaValues() {
        JwtVector first = GoldenVectors.load().jwtHs256().byTcId(1).orElseThrow();

        assertThat(first.claims().orElseThrow())
                .containsEntry("client_id", "your-client-id")
                .containsEntry("exp", 1_705_318_200L)
                .containsEntry("authorities", java.util.List.of("TRANSACTION_READ", "TRANSACTION_WRITE"));
    }

    @Test
    void load_profile_readsModelledValues() {
        ShogunProfile profile = GoldenVectors.load().profile();

        assertThat(profile.integrationTokenTtl()).hasSeconds(3600);
        assertThat(profile.lockout().maxFailures()).isPositive();
        assertThat(profile.dashboardToken().httpOnly()).isTrue();
        assertThat(profile.error("invalidCredentials").status()).isEqualTo(401);
    }

    @Test
    void load_fileChangedWithoutRegenerating_namesTheFileAndTheManifest() throws IOException {
        VectorsFolder.copyTo(copy);
        Path hmac = copy.resolve(GoldenVectors.HMAC_FILE);
        Files.writeString(hmac, Files.readString(hmac).replace("4869205468657265", "4869207468657265"));

        assertThatThrownBy(() -> GoldenVectors.load(copy))
                .isInstanceOf(VectorFormatException.class)
                .hasMessageStartingWith(GoldenVectors.HMAC_FILE + ": its SHA-256 is ")
                .hasMessageContaining("MANIFEST.sha256 line");
    }

    @Test
    void load_manifestChangedWithoutTheAggregate_isRefused() throws IOException {
        VectorsFolder.copyTo(copy);
        Files.writeString(copy.resolve(GoldenVectors.MANIFEST_FILE), "\n", java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> GoldenVectors.load(copy))
                .isInstanceOf(VectorFormatException.class)
                .hasMessageStartingWith("VECTORS.sha256: does not hold the SHA-256 of MANIFEST.sha256");
    }

    @Test
    void load_syntaxError_namesFileAndLine() throws IOException {
        VectorsFolder.copyTo(copy);
        edit(GoldenVectors.HMAC_FILE, text -> text.replaceFirst("\"tcId\": 2,", "\"tcId\": 2,,"));

        assertThatThrownBy(() -> GoldenVectors.load(copy))
                .isInstanceOf(VectorFormatException.class)
                .hasMessageStartingWith(GoldenVectors.HMAC_FILE + ": not valid JSON: line ");
    }

    @Test
    void load_duplicateTcId_namesTheTcId() throws IOException {
        VectorsFolder.copyTo(copy);
        edit(GoldenVectors.HMAC_FILE, text -> text.replaceFirst("\"tcId\": 2,", "\"tcId\": 1,"));

        assertThatThrownBy(() -> GoldenVectors.load(copy))
                .hasMessage(GoldenVectors.HMAC_FILE + ": tcId 1: tcId is used twice");
    }

    @Test
    void load_wrongNumberOfTests_saysBothCounts() throws IOException {
        VectorsFolder.copyTo(copy);
        edit(GoldenVectors.HMAC_FILE, text -> text.replaceFirst("\"numberOfTests\": 11,", "\"numberOfTests\": 12,"));

        assertThatThrownBy(() -> GoldenVectors.load(copy))
                .hasMessage(GoldenVectors.HMAC_FILE + ": numberOfTests is 12 but the file has 11 tests");
    }

    @Test
    void load_flagWithoutNote_namesTcIdAndFlag() throws IOException {
        VectorsFolder.copyTo(copy);
        edit(GoldenVectors.HMAC_FILE, text -> text.replaceFirst("\"Rfc4231\"\n", "\"Rfc4321\"\n"));

        assertThatThrownBy(() -> GoldenVectors.load(copy))
                .hasMessage(GoldenVectors.HMAC_FILE + ": tcId 1: flag Rfc4321 is not explained in notes");
    }

    @Test
    void load_badBase64Body_namesTcIdAndField() throws IOException {
        VectorsFolder.copyTo(copy);
        edit(GoldenVectors.WEBHOOK_FILE, text -> text.replaceFirst("\"body\": \"", "\"body\": \"*"));

        assertThatThrownBy(() -> GoldenVectors.load(copy))
                .hasMessageStartingWith(GoldenVectors.WEBHOOK_FILE + ": tcId 1: body is not standard base64");
    }

    @Test
    void load_validJwtWithoutClaims_namesTcId() throws IOException {
        VectorsFolder.copyTo(copy);
        edit(GoldenVectors.JWT_FILE, text -> text.replaceFirst("\"claims\": \\{", "\"unclaimed\": {"));

        assertThatThrownBy(() -> GoldenVectors.load(copy))
                .hasMessage(GoldenVectors.JWT_FILE + ": tcId 1: a valid case needs claims and no error");
    }

    @Test
    void load_unknownResult_namesTcIdAndValue() throws IOException {
        VectorsFolder.copyTo(copy);
        edit(GoldenVectors.HMAC_FILE, text -> text.replaceFirst("\"result\": \"valid\"", "\"result\": \"fine\""));

        assertThatThrownBy(() -> GoldenVectors.load(copy))
                .hasMessage(GoldenVectors.HMAC_FILE + ": tcId 1: result must be valid, invalid or acceptable, "
                        + "not \"fine\"");
    }

    @Test
    void load_profileMissingAMember_namesTheMember() throws IOException {
        VectorsFolder.copyTo(copy);
        edit(GoldenVectors.PROFILE_FILE, text -> text.replace("\"maxFailures\": 5,", ""));

        assertThatThrownBy(() -> GoldenVectors.load(copy))
                .hasMessage(GoldenVectors.PROFILE_FILE + ": member maxFailures is missing");
    }

    @Test
    void load_missingFile_namesIt() throws IOException {
        VectorsFolder.copyTo(copy);
        Files.delete(copy.resolve(GoldenVectors.JWT_FILE));

        assertThatThrownBy(() -> GoldenVectors.load(copy))
                .isInstanceOf(VectorFormatException.class)
                .hasMessageStartingWith(GoldenVectors.JWT_FILE + ": cannot be read from ");
    }

    @Test
    void vectorFormatException_neverCarriesTheSecrets() throws IOException {
        VectorsFolder.copyTo(copy);
        edit(GoldenVectors.WEBHOOK_FILE, text -> text.replaceFirst("\"body\": \"", "\"body\": \"*"));

        assertThatThrownBy(() -> GoldenVectors.load(copy))
                .message().doesNotContain("shogun_whsec_test_5c1f0e9a27b84d6f");
    }

    private void edit(String file, UnaryOperator<String> change) throws IOException {
        Path path = copy.resolve(file);
        String before = Files.readString(path, StandardCharsets.US_ASCII);
        String after = change.apply(before);
        assertThat(after).as("the test's edit changed %s", file).isNotEqualTo(before);
        Files.writeString(path, after, StandardCharsets.US_ASCII);
        VectorsFolder.reseal(copy);
    }
}
