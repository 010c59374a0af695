package io.shogun.authkit.certify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Known deviations a vendor declares, each with a reason: {@code {"waivers":[{"requirement":"JWT-STRUCTURE",
 * "case":"tcId 129","reason":"..."}]}}. {@code case} (a prefix of the check's name) is optional: without it the
 * whole requirement is waived. A waived failure counts as WAIVED; a waiver that matched no failure is reported.
 */
public final class Waivers {

    /** One waiver; {@code casePrefix} empty means the whole requirement. */
    public record Waiver(String requirement, String casePrefix, String reason) {
        boolean covers(CaseResult result) {
            return result.requirement().equals(requirement) && result.name().startsWith(casePrefix);
        }
    }

    private final List<Waiver> waivers;

    private Waivers(List<Waiver> waivers) {
        this.waivers = List.copyOf(waivers);
    }

    public static Waivers none() {
        return new Waivers(List.of());
    }

    /** Reads a waiver file; any problem is an {@link IllegalArgumentException} naming the file and the entry. */
    public static Waivers read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read as JSON (" + e.getClass().getSimpleName()
                    + ")");
        }
        JsonNode list = root == null ? null : root.get("waivers");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException(file + ": needs a \"waivers\" array");
        }
        List<Waiver> waivers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String requirement = entry.path("requirement").asText("");
            String reason = entry.path("reason").asText("").trim();
            if (requirement.isEmpty()) {
                throw new IllegalArgumentException(file + ": waiver " + (i + 1) + " names no requirement");
            }
            if (reason.isEmpty()) {
                throw new IllegalArgumentException(file + ": waiver " + (i + 1) + " (" + requirement
                        + ") gives no reason; every waiver needs one");
            }
            waivers.add(new Waiver(requirement, entry.path("case").asText(""), reason));
        }
        return new Waivers(waivers);
    }

    List<Waiver> all() {
        return waivers;
    }

    /** Failed cases a waiver covers become WAIVED, with the waiver's reason. */
    List<CaseResult> apply(List<CaseResult> results) {
        List<CaseResult> applied = new ArrayList<>();
        for (CaseResult result : results) {
            Waiver waiver = result.status() == CaseResult.Status.FAILED ? find(result) : null;
            applied.add(waiver == null ? result
                    : result.withStatus(CaseResult.Status.WAIVED, "waived: " + waiver.reason() + " | " + result.message()));
        }
        return applied;
    }

    /** Waivers that covered no failing case: the deviation they excuse is gone. */
    List<Waiver> unused(List<CaseResult> applied) {
        return waivers.stream()
                .filter(waiver -> applied.stream().noneMatch(result -> result.status() == CaseResult.Status.WAIVED
                        && waiver.covers(result)))
                .toList();
    }

    private Waiver find(CaseResult result) {
        return waivers.stream().filter(waiver -> waiver.covers(result)).findFirst().orElse(null);
    }
}
