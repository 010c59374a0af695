package io.shogun.authkit.suite.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shogun.authkit.vectors.ApiExchange;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compares an actual response with an exchange's expected one: the status; every expected header (a value of
 * {@code *} means present with any value); the JSON body member by member, where members named in the exchange's
 * {@code variables} only need the right kind of value. Returns the differences, empty when they match.
 */
final class ResponseMatch {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");

    private ResponseMatch() {
    }

    /**
     * @param expectedBody the exchange's body with the run's credentials substituted, or null when there is none
     */
    static List<String> differences(ApiExchange.Response expected, String expectedBody,
            Map<String, String> variables, HttpResponse<String> actual) {
        List<String> differences = new ArrayList<>();
        if (actual.statusCode() != expected.status()) {
            differences.add("status: expected " + expected.status() + ", was " + actual.statusCode());
        }
        for (Map.Entry<String, String> header : expected.headers().entrySet()) {
            String value = actual.headers().firstValue(header.getKey()).orElse(null);
            String pointer = "/headers/" + header.getKey();
            if (value == null) {
                differences.add("header " + header.getKey() + ": missing");
            } else if ("cookieWithToken".equals(variables.get(pointer))) {
                differences.addAll(cookieDifferences(header.getValue(), value, actual.body()));
            } else if (!header.getValue().equals("*") && !header.getValue().equals(value)) {
                differences.add("header " + header.getKey() + ": expected " + header.getValue() + ", was " + value);
            }
        }
        if (expectedBody == null || "any".equals(variables.get("/body"))) {
            return differences;
        }
        try {
            compare("/body", JSON.readTree(expectedBody), JSON.readTree(actual.body()), variables, differences);
        } catch (IOException e) {
            differences.add("body: not JSON: " + shorten(actual.body()));
        }
        return differences;
    }

    private static void compare(String pointer, JsonNode expected, JsonNode actual, Map<String, String> variables,
            List<String> differences) {
        String kind = variables.get(pointer);
        if (kind != null) {
            if (!matchesKind(kind, actual)) {
                differences.add(pointer + ": expected a " + kind + ", was " + shorten(String.valueOf(actual)));
            }
            return;
        }
        if (expected.isObject()) {
            if (actual == null || !actual.isObject()) {
                differences.add(pointer + ": expected an object, was " + shorten(String.valueOf(actual)));
                return;
            }
            Iterator<String> names = expected.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                compare(pointer + "/" + name, expected.get(name), actual.get(name), variables, differences);
            }
            return;
        }
        if (actual == null || !expected.equals(actual)) {
            differences.add(pointer + ": expected " + expected + ", was " + (actual == null ? "nothing" : actual));
        }
    }

    private static boolean matchesKind(String kind, JsonNode actual) {
        if (actual == null) {
            return false;
        }
        return switch (kind) {
            case "jwt" -> actual.isTextual() && JWT.matcher(actual.textValue()).matches();
            case "localDateTime" -> actual.isTextual() && LOCAL_DATE_TIME.matcher(actual.textValue()).matches();
            default -> true;
        };
    }

    /** The cookie carries the body's token and exactly the expected attributes (order and case of names aside). */
    private static List<String> cookieDifferences(String expected, String actual, String body) {
        List<String> differences = new ArrayList<>();
        String token;
        try {
            token = JSON.readTree(body).at("/data/token").asText("");
        } catch (IOException e) {
            token = "";
        }
        String[] expectedParts = expected.replace("<token>", token).split(";\\s*");
        String[] actualParts = actual.split(";\\s*");
        if (!expectedParts[0].equals(actualParts[0])) {
            differences.add("cookie: expected " + shorten(expectedParts[0]) + ", was " + shorten(actualParts[0]));
        }
        Set<String> expectedAttributes = attributes(expectedParts);
        Set<String> actualAttributes = attributes(actualParts);
        if (!expectedAttributes.equals(actualAttributes)) {
            differences.add("cookie attributes: expected " + expectedAttributes + ", was " + actualAttributes);
        }
        return differences;
    }

    private static Set<String> attributes(String[] parts) {
        Set<String> attributes = new TreeSet<>();
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            attributes.add(equals < 0 ? parts[i].toLowerCase(Locale.ROOT)
                    : parts[i].substring(0, equals).toLowerCase(Locale.ROOT) + parts[i].substring(equals));
        }
        return attributes;
    }

    static String shorten(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
