package io.shogun.authkit.suite;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares JSON values held as Java objects: maps by member, lists in order, strings exactly, numbers by exact
 * decimal value whatever their Java type (a double that cannot hold the value differs).
 */
final class JsonEquivalence {

    private JsonEquivalence() {
    }

    /** The first difference, as {@code path: expected X, was Y}, or empty when equal. */
    static Optional<String> difference(Object expected, Object actual) {
        return difference("claims", expected, actual);
    }

    private static Optional<String> difference(String path, Object expected, Object actual) {
        if (expected instanceof Map<?, ?> expectedMap) {
            if (!(actual instanceof Map<?, ?> actualMap)) {
                return mismatch(path, expected, actual);
            }
            for (Map.Entry<?, ?> entry : expectedMap.entrySet()) {
                if (!actualMap.containsKey(entry.getKey())) {
                    return Optional.of(path + "/" + entry.getKey() + ": in the token, but the verifier did not return it");
                }
                Optional<String> inner = difference(path + "/" + entry.getKey(), entry.getValue(),
                        actualMap.get(entry.getKey()));
                if (inner.isPresent()) {
                    return inner;
                }
            }
            for (Object name : actualMap.keySet()) {
                if (!expectedMap.containsKey(name)) {
                    return Optional.of(path + "/" + name + ": returned by the verifier, but not in the token");
                }
            }
            return Optional.empty();
        }
        if (expected instanceof List<?> expectedList) {
            if (!(actual instanceof List<?> actualList) || actualList.size() != expectedList.size()) {
                return mismatch(path, expected, actual);
            }
            for (int i = 0; i < expectedList.size(); i++) {
                Optional<String> inner = difference(path + "/" + i, expectedList.get(i), actualList.get(i));
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        if (expected instanceof Number expectedNumber) {
            Optional<BigDecimal> actualNumber = decimal(actual);
            return actualNumber.isPresent() && decimal(expectedNumber).orElseThrow().compareTo(actualNumber.get()) == 0
                    ? Optional.empty() : mismatch(path, expected, actual);
        }
        return java.util.Objects.equals(expected, actual) ? Optional.empty() : mismatch(path, expected, actual);
    }

    private static Optional<BigDecimal> decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        if (value instanceof BigInteger integer) {
            return Optional.of(new BigDecimal(integer));
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? Optional.of(new BigDecimal(number)) : Optional.empty();
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return Optional.of(BigDecimal.valueOf(((Number) value).longValue()));
        }
        return Optional.empty();
    }

    private static Optional<String> mismatch(String path, Object expected, Object actual) {
        return Optional.of(path + ": expected " + shorten(expected) + ", was " + shorten(actual));
    }

    private static String shorten(Object value) {
        String text = value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
