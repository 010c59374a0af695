package io.shogun.authkit.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shogun.authkit.vectors.Expectation;
import io.shogun.authkit.vectors.VectorCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The requirement catalogue, read from {@code requirements.json} beside this class, and the rule that files each
 * vector case under one requirement: the first of the case's flags that a requirement of its area lists, else the
 * area's default for the case's expected result.
 */
public final class RequirementCatalogue {

    private static final RequirementCatalogue BUNDLED = load();

    private final Map<String, Requirement> byId;
    private final Map<String, String> defaults;

    private RequirementCatalogue(Map<String, Requirement> byId, Map<String, String> defaults) {
        this.byId = byId;
        this.defaults = defaults;
    }

    public static RequirementCatalogue bundled() {
        return BUNDLED;
    }

    public List<Requirement> all() {
        return List.copyOf(byId.values());
    }

    public List<Requirement> area(String area) {
        return byId.values().stream().filter(requirement -> requirement.area().equals(area)).toList();
    }

    public Requirement byId(String id) {
        Requirement requirement = byId.get(id);
        if (requirement == null) {
            throw new IllegalArgumentException("no requirement " + id);
        }
        return requirement;
    }

    /** The requirement a case of this area is filed under. */
    public Requirement forCase(String area, VectorCase vectorCase) {
        for (String flag : vectorCase.flags()) {
            Optional<Requirement> match = byId.values().stream()
                    .filter(requirement -> requirement.area().equals(area) && requirement.flags().contains(flag))
                    .findFirst();
            if (match.isPresent()) {
                return match.get();
            }
        }
        String expected = vectorCase.result() == Expectation.VALID ? "valid" : "invalid";
        return byId(defaults.get(area + "/" + expected));
    }

    /** The requirement that exceptions, crashes and hangs in this area are filed under. */
    public Requirement robustness(String area) {
        return byId.values().stream()
                .filter(requirement -> requirement.area().equals(area) && requirement.robustness())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no robustness requirement for " + area));
    }

    private static RequirementCatalogue load() {
        try (InputStream in = RequirementCatalogue.class.getResourceAsStream("requirements.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Requirement> byId = new LinkedHashMap<>();
            Map<String, String> defaults = new LinkedHashMap<>();
            for (JsonNode node : root.get("requirements")) {
                List<String> flags = new ArrayList<>();
                node.get("flags").forEach(flag -> flags.add(flag.asText()));
                Requirement requirement = new Requirement(node.get("id").asText(),
                        Level.valueOf(node.get("level").asText()), node.get("area").asText(),
                        node.get("title").asText(), node.get("source").asText(), flags,
                        node.path("robustness").asBoolean(false));
                byId.put(requirement.id(), requirement);
                if (node.has("default")) {
                    defaults.put(requirement.area() + "/" + node.get("default").asText(), requirement.id());
                }
            }
            return new RequirementCatalogue(byId, defaults);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled requirement catalogue cannot be read", e);
        }
    }
}
