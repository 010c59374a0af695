package io.shogun.authkit.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading single files written outside the kit: lenient where meaning is unchanged, precise where it is not. */
class VectorFilesTest {

    @TempDir
    Path folder;

    @Test
    void readWebhook_theKitsOwnFile_readsEveryCase() {
        Path file = VectorsFolder.root().resolve(GoldenVectors.WEBHOOK_FILE);

        assertThat(VectorFiles.algorithm(file)).isEqualTo(VectorFiles.WEBHOOK_ALGORITHM);
        assertThat(VectorFiles.readWebhook(file).tests()).hasSize(GoldenVectors.load().webhookSignatures().tests().size());
    }

    @Test
    void readJwt_foreignFileWithUnknownCodeNoNotesNoClaims_isRead() throws IOException {
        Path file = write("""
                {"algorithm": "HS256-JWT", "testGroups": [{"key": {"kty": "oct", "k": "AAAA"}, "now": 1,
                  "tests": [
                    {"tcId": 1, "comment": "c", "flags": ["Whatever"], "result": "invalid", "token": "a.b.c",
                     "error": "invalid_signature"},
                    {"tcId": 2, "comment": "d", "flags": [], "result": "valid", "token": "a.b.c"}]}]}
                """);

        VectorFile<JwtVector> vectors = VectorFiles.readJwt(file);

        assertThat(vectors.tests()).hasSize(2);
        assertThat(vectors.tests().get(0).error()).isEmpty();
        assertThat(vectors.tests().get(0).leewaySeconds()).isZero();
        assertThat(vectors.tests().get(1).claims()).isEmpty();
    }

    @Test
    void readJwt_caseWithoutToken_namesFileAndTcId() throws IOException {
        Path file = write("""
                {"algorithm": "HS256-JWT", "testGroups": [{"key": {"kty": "oct", "k": "AAAA"}, "now": 1,
                  "tests": [{"tcId": 7, "comment": "c", "flags": [], "result": "valid"}]}]}
                """);

        assertThatThrownBy(() -> VectorFiles.readJwt(file))
                .isInstanceOf(VectorFormatException.class)
                .hasMessage(file + ": tcId 7: token is missing");
    }

    @Test
    void readWebhook_jwtFile_saysWhichAlgorithmItHolds() throws IOException {
        Path file = write("{\"algorithm\": \"HS256-JWT\", \"testGroups\": []}");

        assertThatThrownBy(() -> VectorFiles.readWebhook(file))
                .hasMessage(file + ": algorithm is \"HS256-JWT\", expected \"X-Shogun-Signature\"");
    }

    @Test
    void algorithm_notJson_namesTheLine() throws IOException {
        Path file = write("{\n\"algorithm\": \n}");

        assertThatThrownBy(() -> VectorFiles.algorithm(file))
                .isInstanceOf(VectorFormatException.class)
                .hasMessageStartingWith(file + ": not valid JSON: line 3");
    }

    @Test
    void readProfile_theKitsOwnFile_equalsTheBundledProfile() {
        assertThat(VectorFiles.readProfile(VectorsFolder.root().resolve(GoldenVectors.PROFILE_FILE)))
                .isEqualTo(GoldenVectors.load().profile());
    }

    private Path write(String json) throws IOException {
        Path file = folder.resolve("held_out_test.json");
        Files.writeString(file, json);
        return file;
    }
}
