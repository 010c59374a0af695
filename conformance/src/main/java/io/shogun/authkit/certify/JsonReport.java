package io.shogun.authkit.certify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code report.json}: everything about the run, with {@code reportSha256}, the SHA-256 of the report's compact JSON
 * without that member. Changing any value without recomputing it is detected by {@link #check}; it is tamper-evident,
 * not a signature.
 */
public final class JsonReport {

    static final String SELF_HASH = "reportSha256";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private JsonReport() {
    }

    static String write(CertificationReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("kit").put("name", "shogun-auth-kit").put("version", report.kitVersion());
        root.put("vectorSetSha256", report.vectorSetSha256());
        ObjectNode target = root.putObject("target").put("spec", report.targetSpec()).put("id", report.targetId())
                .put("version", report.targetVersion());
        report.capabilities().forEach(target.putArray("capabilities")::add);
        root.put("environment", report.environment());
        root.put("startedAt", report.startedAt().toString());
        root.put("finishedAt", report.finishedAt().toString());
        root.put("certified", report.certified());
        ObjectNode summary = root.putObject("summary").put("checks", report.cases().size());
        for (CaseResult.Status status : CaseResult.Status.values()) {
            summary.put(status.name().toLowerCase(java.util.Locale.ROOT), report.count(status));
        }
        ArrayNode requirements = root.putArray("requirements");
        for (CertificationReport.RequirementResult result : report.requirements()) {
            requirements.addObject().put("id", result.requirement().id())
                    .put("level", result.requirement().level().name())
                    .put("title", result.requirement().title())
                    .put("source", result.requirement().source())
                    .put("status", result.status().name())
                    .put("passed", result.passed()).put("failed", result.failed())
                    .put("warnings", result.warnings()).put("skipped", result.skipped())
                    .put("waived", result.waived());
        }
        ArrayNode cases = root.putArray("cases");
        for (CaseResult result : report.cases()) {
            ObjectNode node = cases.addObject().put("suite", result.suite()).put("requirement", result.requirement())
                    .put("name", result.name()).put("status", result.status().name());
            if (!result.message().isEmpty()) {
                node.put("message", result.message());
            }
        }
        ArrayNode unused = root.putArray("unusedWaivers");
        report.unusedWaivers().forEach(waiver -> unused.addObject().put("requirement", waiver.requirement())
                .put("case", waiver.casePrefix()).put("reason", waiver.reason()));
        root.put(SELF_HASH, hash(root));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report always serializes", e);
        }
    }

    /** Whether the file's {@code reportSha256} matches its content. */
    public static boolean check(byte[] file) throws IOException {
        JsonNode root = JSON.readTree(file);
        if (root == null || !root.isObject() || !root.path(SELF_HASH).isTextual()) {
            return false;
        }
        String claimed = root.get(SELF_HASH).asText();
        ((ObjectNode) root).remove(SELF_HASH);
        return claimed.equals(hash(root));
    }

    private static String hash(JsonNode root) {
        ObjectNode copy = root.deepCopy();
        copy.remove(SELF_HASH);
        try {
            byte[] compact = COMPACT.writeValueAsString(copy).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(compact));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash the report", e);
        }
    }
}
