package io.shogun.authkit.vectors;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values the Shogun documentation leaves open, as {@code profile/shogun_profile.json} fixes them. The
 * simulator plays them and the modelled API exchanges are generated from them.
 */
public record ShogunProfile(
        String name,
        Duration integrationTokenTtl,
        DashboardToken dashboardToken,
        Lockout lockout,
        ExpiredToken expiredToken,
        RotationPolicy rotation,
        Map<String, String> responseCodes,
        Map<String, ErrorResponse> errors) {

    public ShogunProfile {
        Objects.requireNonNull(name, "name");
        responseCodes = Map.copyOf(responseCodes);
        errors = Map.copyOf(errors);
    }

    /** The modelled error response with this name ({@code invalidCredentials}, {@code lockedOut}, ...). */
    public ErrorResponse error(String errorName) {
        ErrorResponse error = errors.get(errorName);
        if (error == null) {
            throw new IllegalArgumentException("the profile models no error named " + errorName);
        }
        return error;
    }

    /** The dashboard session: token lifetime and the attributes of the cookie that carries it. */
    public record DashboardToken(Duration ttl, String cookieName, String cookiePath, String sameSite, boolean secure,
            boolean httpOnly) {
    }

    /** {@code maxFailures} failed logins within {@code window} lock the client out for {@code duration}. */
    public record Lockout(int maxFailures, Duration window, Duration duration, int status, boolean retryAfter) {
    }

    /** How an expired token is answered: a plain 401, or {@code response_code "42"} in a body sent with {@code responseCode42Status}. */
    public record ExpiredToken(List<ExpiredTokenForm> forms, ExpiredTokenForm defaultForm, int responseCode42Status) {
        public ExpiredToken {
            forms = List.copyOf(forms);
        }
    }

    /** The two documented ways of reporting an expired token. */
    public enum ExpiredTokenForm {
        HTTP_401("http401"),
        RESPONSE_CODE_42("responseCode42");

        private final String jsonName;

        ExpiredTokenForm(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }

        static ExpiredTokenForm fromJson(String value) {
            for (ExpiredTokenForm form : values()) {
                if (form.jsonName.equals(value)) {
                    return form;
                }
            }
            throw new IllegalArgumentException("unknown expired-token form \"" + value + "\"");
        }
    }

    /** What happens to tokens issued with a secret that has since been rotated. */
    public enum RotationPolicy {
        VALID_UNTIL_EXPIRY("validUntilExpiry"),
        REVOKED("revoked");

        private final String jsonName;

        RotationPolicy(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }

        static RotationPolicy fromJson(String value) {
            for (RotationPolicy policy : values()) {
                if (policy.jsonName.equals(value)) {
                    return policy;
                }
            }
            throw new IllegalArgumentException("unknown rotation policy \"" + value + "\"");
        }
    }

    /** An HTTP status with its JSON body in compact form. */
    public record ErrorResponse(int status, String bodyJson) {
    }
}
