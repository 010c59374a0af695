package io.shogun.authkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code profile/shogun_profile.json} into a {@link ShogunProfile}; a missing or mistyped member is named. */
final class ProfileReader {

    private final String file;

    private ProfileReader(String file) {
        this.file = file;
    }

    static ShogunProfile read(String file, byte[] bytes) {
        return new ProfileReader(file).read(JsonValues.parse(file, bytes));
    }

    private ShogunProfile read(JsonNode root) {
        JsonNode dashboard = member(root, "dashboardToken");
        JsonNode lockout = member(root, "lockout");
        JsonNode expired = member(root, "expiredToken");
        List<ShogunProfile.ExpiredTokenForm> forms = new ArrayList<>();
        for (JsonNode form : member(expired, "forms")) {
            forms.add(enumValue(() -> ShogunProfile.ExpiredTokenForm.fromJson(form.asText())));
        }
        return new ShogunProfile(
                text(root, "profile"),
                seconds(member(root, "integrationToken"), "ttlSeconds"),
                new ShogunProfile.DashboardToken(seconds(dashboard, "ttlSeconds"), text(dashboard, "cookieName"),
                        text(dashboard, "cookiePath"), text(dashboard, "sameSite"), bool(dashboard, "secure"),
                        bool(dashboard, "httpOnly")),
                new ShogunProfile.Lockout(positive(lockout, "maxFailures"), seconds(lockout, "windowSeconds"),
                        seconds(lockout, "durationSeconds"), positive(lockout, "status"), bool(lockout, "retryAfter")),
                new ShogunProfile.ExpiredToken(forms,
                        enumValue(() -> ShogunProfile.ExpiredTokenForm.fromJson(text(expired, "default"))),
                        positive(expired, "responseCode42Status")),
                enumValue(() -> ShogunProfile.RotationPolicy.fromJson(
                        text(member(root, "rotation"), "tokensIssuedBefore"))),
                responseCodes(member(root, "responseCodes")),
                errors(member(root, "errors")));
    }

    private Map<String, String> responseCodes(JsonNode codes) {
        Map<String, String> result = new LinkedHashMap<>();
        codes.fieldNames().forEachRemaining(name -> {
            if (!name.equals("why")) {
                result.put(name, text(codes, name));
            }
        });
        return result;
    }

    private Map<String, ShogunProfile.ErrorResponse> errors(JsonNode errors) {
        Map<String, ShogunProfile.ErrorResponse> result = new LinkedHashMap<>();
        errors.fieldNames().forEachRemaining(name -> {
            if (!name.equals("why")) {
                JsonNode error = member(errors, name);
                result.put(name, new ShogunProfile.ErrorResponse(positive(error, "status"),
                        JsonValues.compact(member(error, "body"))));
            }
        });
        return result;
    }

    private JsonNode member(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new VectorFormatException(file, "member " + name + " is missing");
        }
        return value;
    }

    private String text(JsonNode node, String name) {
        JsonNode value = member(node, name);
        if (!value.isTextual()) {
            throw new VectorFormatException(file, "member " + name + " is not a string");
        }
        return value.textValue();
    }

    private boolean bool(JsonNode node, String name) {
        JsonNode value = member(node, name);
        if (!value.isBoolean()) {
            throw new VectorFormatException(file, "member " + name + " is not true or false");
        }
        return value.booleanValue();
    }

    private int positive(JsonNode node, String name) {
        JsonNode value = member(node, name);
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 1) {
            throw new VectorFormatException(file, "member " + name + " is not a positive integer");
        }
        return value.intValue();
    }

    private Duration seconds(JsonNode node, String name) {
        return Duration.ofSeconds(positive(node, name));
    }

    private <T> T enumValue(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new VectorFormatException(file, e.getMessage());
        }
    }
}
