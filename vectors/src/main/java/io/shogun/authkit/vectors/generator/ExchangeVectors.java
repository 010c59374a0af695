package io.shogun.authkit.vectors.generator;

import static io.shogun.authkit.vectors.Expectation.VALID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The HTTP exchanges of the Shogun API: each request the spec shows, with its documented response, and each case the
 * spec names without showing it, with the response the profile models.
 */
final class ExchangeVectors {

    static final String FILE = "api_exchanges_test.json";

    static final String GENERATE_TOKEN = "/api/v1/security/api/generate_token";
    static final String VALIDATE_TOKEN = "/api/v1/security/api/validate_token";
    static final String FETCH_ACCOUNTS = "/api/v1/account/api/fetch_customer_accounts";
    static final String LOGIN = "/api/v1/auth/web/login";
    static final String WEB_PROFILE = "/api/v1/account/web/profile";

    private static final String DOC_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...";
    private static final String QUOTE_GENERATE = "Send your credentials to the token endpoint to receive a Bearer "
            + "JWT: curl -X POST https://api.shogun.io/api/v1/security/api/generate_token";
    private static final String QUOTE_BEARER = "Pass the token as a Bearer value in the Authorization header on every "
            + "authenticated request";
    private static final String QUOTE_EXPIRY = "Generate a new one before expiry rather than waiting for a 401 or "
            + "response_code: \"42\" error on a live request.";
    private static final String QUOTE_LOCKOUT = "Repeated failed authentication attempts trigger a temporary account "
            + "lockout.";
    private static final String QUOTE_ROTATION = "If your client_secret is ever compromised, rotate it immediately "
            + "from the dashboard. The old secret is invalidated instantly.";
    private static final String QUOTE_VALIDATE = "A valid token returns token metadata including its issued_at and "
            + "expires_at timestamps";
    private static final String QUOTE_LOGIN = "It accepts an email/password pair and returns a JWT you pass as a "
            + "Bearer token on all /web/ endpoints";

    private final JsonNode profile;
    private final VectorDocument doc;

    private ExchangeVectors(JsonNode profile) {
        this.profile = profile;
        this.doc = new VectorDocument("SHOGUN-API", "api_exchanges_schema.json", List.of(
                "HTTP exchanges of the Shogun API. documented: the spec shows the request and response (the quote is",
                "its sentence); modelled: the spec names the case but does not show it, and every value comes from",
                "profile/shogun_profile.json. `variables` maps JSON Pointers into the response object (/status, /headers,",
                "/body) to the kind of value that varies per run (a fresh JWT, a timestamp); everything else must match",
                "exactly. A response header value of \"*\" means present with any value."));
    }

    static ObjectNode build(JsonNode profile) {
        return new ExchangeVectors(profile).write();
    }

    private ObjectNode write() {
        doc.note("TokenRequest", "FUNCTIONALITY", "The integration token endpoint.")
           .note("BearerAuth", "AUTH_BYPASS", "Authenticated endpoints and how they answer bad or missing tokens.")
           .note("Expiry", "EXPIRY", "An expired token, in the profile's 401 form and in its response_code \"42\" form.")
           .note("Validate", "FUNCTIONALITY", "validate_token and its zone-less issued_at/expires_at timestamps.")
           .note("Lockout", "LOCKOUT", "Temporary lockout after repeated failed logins (values from the profile).")
           .note("Rotation", "ROTATION", "A rotated client_secret is refused at once.")
           .note("Dashboard", "FUNCTIONALITY", "Dashboard login with email/password, JWT plus an HTTP-only cookie.");

        VectorDocument.Group documented = doc.group("ApiExchangeTest");
        documented.fields().put("comment", "Shown in the spec");
        documented.fields().put("provenance", "documented");
        generateTokenSuccess(documented);
        fetchAccounts(documented);
        validateToken(documented);

        VectorDocument.Group modelled = doc.group("ApiExchangeTest");
        modelled.fields().put("comment", "Named in the spec, values from the profile");
        modelled.fields().put("provenance", "modelled");
        tokenFailures(modelled);
        bearerFailures(modelled);
        dashboard(modelled);

        ObjectNode root = doc.toJson();
        root.set("discrepancies", discrepancies());
        return root;
    }

    private void generateTokenSuccess(VectorDocument.Group group) {
        ObjectNode body = object();
        body.put("status", true).put("response_code", "00").put("message", "Token generated successfully");
        body.putObject("data").put("token", DOC_TOKEN).put("expires_in", 3600);
        ObjectNode test = exchange(group, "generate_token returns a JWT that lasts 3600 s",
                "generate_token/success", QUOTE_GENERATE, "TokenRequest");
        test.set("request", tokenRequest("your-client-id", "your-client-secret"));
        test.set("response", response(200, null, body));
        variables(test, "/body/data/token", "jwt");
    }

    private void fetchAccounts(VectorDocument.Group group) {
        ObjectNode test = exchange(group, "an authenticated call carries Authorization: Bearer <token>",
                "fetch_customer_accounts/authorized", QUOTE_BEARER, "BearerAuth");
        test.set("request", bearerRequest("GET", FETCH_ACCOUNTS, DOC_TOKEN));
        test.set("response", response(200, null, null));
        variables(test, "/body", "any");
    }

    private void validateToken(VectorDocument.Group group) {
        ObjectNode body = object();
        body.put("status", true).put("message", "Token is valid");
        ObjectNode data = body.putObject("data");
        data.put("username", "your-username").put("client_id", "your-client-id");
        data.putArray("authorities").add("TRANSACTION_READ").add("TRANSACTION_WRITE");
        data.put("issued_at", "2024-01-15T10:30:00").put("expires_at", "2024-01-16T10:30:00");
        ObjectNode test = exchange(group, "validate_token reports the token's claims and zone-less timestamps",
                "validate_token/valid", QUOTE_VALIDATE, "Validate");
        test.set("request", bearerRequest("GET", VALIDATE_TOKEN, DOC_TOKEN));
        test.set("response", response(200, null, body));
        variables(test, "/body/data/issued_at", "localDateTime", "/body/data/expires_at", "localDateTime");
    }

    private void tokenFailures(VectorDocument.Group group) {
        ObjectNode test = exchange(group, "a wrong client_secret is refused", "generate_token/invalid_credentials",
                QUOTE_LOCKOUT, "TokenRequest");
        test.set("request", tokenRequest("your-client-id", "not-the-client-secret"));
        test.set("response", error("invalidCredentials", null));
        variables(test);

        int maxFailures = profile.at("/lockout/maxFailures").asInt();
        test = exchange(group, "after " + maxFailures + " failures the next attempt is locked out",
                "generate_token/locked_out", QUOTE_LOCKOUT, "Lockout");
        test.set("request", tokenRequest("your-client-id", "not-the-client-secret"));
        test.set("response", error("lockedOut", retryAfter()));
        variables(test);

        test = exchange(group, "while locked out even the correct secret is refused",
                "generate_token/locked_out_correct_secret", QUOTE_LOCKOUT, "Lockout");
        test.set("request", tokenRequest("your-client-id", "your-client-secret"));
        test.set("response", error("lockedOut", retryAfter()));
        variables(test);

        test = exchange(group, "the secret from before a rotation is refused at once",
                "generate_token/rotated_secret", QUOTE_ROTATION, "Rotation");
        test.set("request", tokenRequest("your-client-id", "your-previous-client-secret"));
        test.set("response", error("invalidCredentials", null));
        variables(test);
    }

    private void bearerFailures(VectorDocument.Group group) {
        ObjectNode test = exchange(group, "an expired token, 401 form", "fetch_customer_accounts/expired_401",
                QUOTE_EXPIRY, "Expiry");
        test.set("request", bearerRequest("GET", FETCH_ACCOUNTS, DOC_TOKEN));
        test.set("response", error("expiredToken", null));
        variables(test);

        test = exchange(group, "an expired token, response_code \"42\" form", "fetch_customer_accounts/expired_42",
                QUOTE_EXPIRY, "Expiry");
        test.set("request", bearerRequest("GET", FETCH_ACCOUNTS, DOC_TOKEN));
        ObjectNode expired42 = response(profile.at("/expiredToken/responseCode42Status").asInt(), null,
                profile.at("/errors/expiredToken/body").deepCopy());
        test.set("response", expired42);
        variables(test);

        test = exchange(group, "validate_token with an expired token", "validate_token/expired", QUOTE_EXPIRY,
                "Expiry", "Validate");
        test.set("request", bearerRequest("GET", VALIDATE_TOKEN, DOC_TOKEN));
        test.set("response", error("expiredToken", null));
        variables(test);

        test = exchange(group, "no Authorization header", "fetch_customer_accounts/missing_token", QUOTE_BEARER,
                "BearerAuth");
        test.set("request", request("GET", FETCH_ACCOUNTS, object(), null));
        test.set("response", error("missingToken", null));
        variables(test);

        test = exchange(group, "a token with a bad signature", "fetch_customer_accounts/invalid_token", QUOTE_BEARER,
                "BearerAuth");
        test.set("request", bearerRequest("GET", FETCH_ACCOUNTS, DOC_TOKEN));
        test.set("response", error("invalidToken", null));
        variables(test);

        test = exchange(group, "an Authorization header that is not a Bearer token",
                "fetch_customer_accounts/not_bearer", QUOTE_BEARER, "BearerAuth");
        test.set("request", request("GET", FETCH_ACCOUNTS, object().put("Authorization", "Basic eW91cjpzZWNyZXQ="),
                null));
        test.set("response", error("invalidToken", null));
        variables(test);
    }

    private void dashboard(VectorDocument.Group group) {
        long ttl = profile.at("/dashboardToken/ttlSeconds").asLong();
        ObjectNode body = object();
        body.put("status", true).put("response_code", "00").put("message", "Login successful");
        body.putObject("data").put("token", DOC_TOKEN).put("expires_in", ttl);
        ObjectNode headers = object().put("Set-Cookie", cookie(ttl));
        ObjectNode test = exchange(group, "dashboard login returns a JWT and an HTTP-only cookie",
                "login/success", QUOTE_LOGIN, "Dashboard");
        test.set("request", request("POST", LOGIN, object().put("Content-Type", "application/json"),
                object().put("email", "you@business.com").put("password", "yourpassword")));
        test.set("response", response(200, headers, body));
        variables(test, "/body/data/token", "jwt", "/headers/Set-Cookie", "cookieWithToken");

        test = exchange(group, "dashboard login with a wrong password", "login/invalid_password", QUOTE_LOGIN,
                "Dashboard");
        test.set("request", request("POST", LOGIN, object().put("Content-Type", "application/json"),
                object().put("email", "you@business.com").put("password", "not-the-password")));
        test.set("response", error("invalidLogin", null));
        variables(test);

        test = exchange(group, "a /web/ endpoint with the dashboard JWT as Bearer", "web/authorized", QUOTE_LOGIN,
                "Dashboard");
        test.set("request", bearerRequest("GET", WEB_PROFILE, DOC_TOKEN));
        test.set("response", response(200, null, null));
        variables(test, "/body", "any");

        test = exchange(group, "a /web/ endpoint without a Bearer token", "web/missing_token", QUOTE_LOGIN,
                "Dashboard");
        test.set("request", request("GET", WEB_PROFILE, object(), null));
        test.set("response", error("missingToken", null));
        variables(test);
    }

    private String cookie(long ttl) {
        JsonNode dashboard = profile.get("dashboardToken");
        StringBuilder cookie = new StringBuilder(dashboard.get("cookieName").asText())
                .append("=<token>; Max-Age=").append(ttl)
                .append("; Path=").append(dashboard.get("cookiePath").asText());
        if (dashboard.get("secure").asBoolean()) {
            cookie.append("; Secure");
        }
        if (dashboard.get("httpOnly").asBoolean()) {
            cookie.append("; HttpOnly");
        }
        return cookie.append("; SameSite=").append(dashboard.get("sameSite").asText()).toString();
    }

    private ArrayNode discrepancies() {
        ArrayNode list = VectorDocument.JSON.arrayNode();
        discrepancy(list, "validate_token example spans 24 hours",
                "\"issued_at\": \"2024-01-15T10:30:00\", \"expires_at\": \"2024-01-16T10:30:00\"",
                "Integration tokens last 3600 seconds, yet the example's timestamps are 24 hours apart. The kit "
                        + "keeps the example's shape and treats both timestamps as variables; a live server must "
                        + "report expires_at = issued_at + 1 hour for integration tokens.");
        discrepancy(list, "validate_token timestamps carry no zone",
                "\"issued_at\": \"2024-01-15T10:30:00\"",
                "ISO-8601 local date-times without an offset. The kit reads them as UTC; a client must not apply "
                        + "its own zone.");
        discrepancy(list, "validate_token has no response_code",
                "{ \"status\": true, \"message\": \"Token is valid\", \"data\": {...} }",
                "generate_token's response carries response_code \"00\", validate_token's does not. Both are "
                        + "kept exactly as documented.");
        discrepancy(list, "two forms of the expired-token error",
                "waiting for a 401 or response_code: \"42\" error",
                "The spec does not say which responses use which form, nor the HTTP status of the \"42\" form. "
                        + "The profile offers both; the 42 form is modelled with HTTP 200.");
        discrepancy(list, "backoff on 401 during rotation while the old secret dies instantly",
                "Implement exponential backoff on 401 responses to avoid being locked out during token rotation.",
                "An instantly invalidated secret cannot recover by retrying; backoff only limits the failures that "
                        + "count toward the lockout. The kit requires backoff that stops below the lockout threshold "
                        + "and a secret that can be reloaded without a restart.");
        discrepancy(list, "the documented Node.js verifier throws on a header of the wrong length",
                "return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signatureHeader));",
                "timingSafeEqual throws a RangeError when the lengths differ, so a malformed header raises instead "
                        + "of returning false. Receivers must catch it or compare lengths first.");
        discrepancy(list, "the documented Python verifier raises on non-ASCII headers",
                "return hmac.compare_digest(f\"sha256={expected}\", signature_header)",
                "compare_digest raises TypeError when a str argument has non-ASCII characters. Receivers must "
                        + "catch it or compare bytes.");
        discrepancy(list, "validate_token is shown with curl -X GET and no body; generate_token's status is not shown",
                "curl -X GET https://api.shogun.io/api/v1/security/api/validate_token",
                "HTTP status codes of the successful responses are not documented; the kit expects 200.");
        return list;
    }

    private static void discrepancy(ArrayNode list, String topic, String quote, String resolution) {
        list.addObject().put("topic", topic).put("quote", quote).put("resolution", resolution);
    }

    // ---- builders ----------------------------------------------------------------------------------------------

    private ObjectNode exchange(VectorDocument.Group group, String comment, String name, String quote,
            String... flags) {
        ObjectNode test = group.test(comment, VALID, flags);
        test.put("exchange", name);
        test.put("quote", quote);
        return test;
    }

    private static ObjectNode tokenRequest(String clientId, String clientSecret) {
        return request("POST", GENERATE_TOKEN, object().put("Content-Type", "application/json"),
                object().put("client_id", clientId).put("client_secret", clientSecret));
    }

    private static ObjectNode bearerRequest(String method, String path, String token) {
        return request(method, path, object().put("Authorization", "Bearer " + token), null);
    }

    private static ObjectNode request(String method, String path, ObjectNode headers, JsonNode body) {
        ObjectNode request = object();
        request.put("method", method).put("path", path);
        request.set("headers", headers);
        request.set("body", body == null ? VectorDocument.JSON.nullNode() : body);
        return request;
    }

    private static ObjectNode response(int status, ObjectNode headers, JsonNode body) {
        ObjectNode response = object();
        response.put("status", status);
        response.set("headers", headers == null ? object() : headers);
        response.set("body", body == null ? VectorDocument.JSON.nullNode() : body);
        return response;
    }

    private ObjectNode error(String name, ObjectNode headers) {
        JsonNode error = profile.at("/errors/" + name);
        if (error.isMissingNode()) {
            throw new IllegalStateException("profile has no error " + name);
        }
        return response(error.get("status").asInt(), headers, error.get("body").deepCopy());
    }

    private ObjectNode retryAfter() {
        return profile.at("/lockout/retryAfter").asBoolean() ? object().put("Retry-After", "*") : null;
    }

    private static void variables(ObjectNode test, String... pointerAndKind) {
        ObjectNode variables = test.putObject("variables");
        for (int i = 0; i < pointerAndKind.length; i += 2) {
            variables.put(pointerAndKind[i], pointerAndKind[i + 1]);
        }
    }

    private static ObjectNode object() {
        return VectorDocument.JSON.objectNode();
    }
}
