package io.shogun.authkit.reference;

import io.shogun.authkit.spi.JwtVerification;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JOSE header or JWT payload as RFC 7515/7519 and RFC 8259 demand: strict UTF-8 (checked over the whole
 * segment before parsing, so nothing guesses UTF-16), one JSON object and nothing after it but whitespace, no
 * duplicate member names, no byte order mark, no comments, NaN, leading zeros or trailing commas. Nesting and
 * number lengths are bounded, so no input can exhaust the stack or the CPU.
 *
 * <p>Values come out as the vectors read them: objects as unmodifiable insertion-ordered maps, arrays as unmodifiable
 * lists, integers as {@link Long} (or {@link BigInteger} beyond 64 bits), other numbers as {@link BigDecimal} with
 * their written scale, strings, booleans and {@code null}.
 *
 * <p>A hand-written parser straight from the bytes: on the verification hot path it is several times faster than
 * building a tree with a general-purpose JSON library, and it allocates only the values it returns.
 */
final class StrictJson {

    /** Deeper than any real header or claims set, far below what could threaten the stack. */
    static final int MAX_NESTING_DEPTH = 64;
    /** Longer than any NumericDate; longer numbers are refused before they are converted. */
    static final int MAX_NUMBER_LENGTH = 1000;

    /** The outcome of reading one segment: the object, or the reason it is refused. */
    record Result(Map<String, Object> object, JwtVerification.Reason problem, String detail) {
        static Result refused(JwtVerification.Reason problem, String detail) {
            return new Result(null, problem, detail);
        }

        boolean ok() {
            return object != null;
        }
    }

    /** Why parsing stopped; carries no stack trace, it is an expected outcome. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final JwtVerification.Reason reason;

        Refusal(JwtVerification.Reason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }
    }

    /** Member names common in JOSE headers and Shogun claims: returned as constants instead of new strings. */
    private static final String[] KNOWN_NAMES = {"exp", "iat", "nbf", "sub", "iss", "aud", "jti", "alg", "typ",
        "kid", "crit", "scope", "username", "client_id", "authorities"};
    private static final int KNOWN_SLOTS_MASK = 63;
    /** {@link #KNOWN_NAMES} by {@code hashCode}, open addressing with linear probing. */
    private static final String[] KNOWN_BY_HASH = new String[KNOWN_SLOTS_MASK + 1];

    static {
        for (String name : KNOWN_NAMES) {
            int slot = name.hashCode() & KNOWN_SLOTS_MASK;
            while (KNOWN_BY_HASH[slot] != null) {
                slot = (slot + 1) & KNOWN_SLOTS_MASK;
            }
            KNOWN_BY_HASH[slot] = name;
        }
    }

    /** Eight bytes at a time, for the all-ASCII fast path of {@link #validUtf8}. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final byte[] in;
    private final int end;
    private final String what;
    private int at;

    private StrictJson(byte[] in, int end, String what) {
        this.in = in;
        this.end = end;
        this.what = what;
    }

    static Result parseObject(byte[] utf8, String what) {
        return parseObject(utf8, utf8.length, what);
    }

    /** Reads {@code utf8[0, length)}. */
    static Result parseObject(byte[] utf8, int length, String what) {
        if (!validUtf8(utf8, length)) {
            return Result.refused(JwtVerification.Reason.MALFORMED, what + " is not valid UTF-8");
        }
        if (length >= 3 && (utf8[0] & 0xff) == 0xef && (utf8[1] & 0xff) == 0xbb && (utf8[2] & 0xff) == 0xbf) {
            return Result.refused(JwtVerification.Reason.MALFORMED, what + " starts with a byte order mark");
        }
        StrictJson parser = new StrictJson(utf8, length, what);
        try {
            parser.skipWhitespace();
            if (parser.peek() != '{') {
                throw parser.malformed("is not a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) parser.value(1);
            parser.skipWhitespace();
            if (parser.at != length) {
                throw parser.malformed("has content after its JSON object");
            }
            return new Result(object, null, null);
        } catch (Refusal refusal) {
            return Result.refused(refusal.reason, refusal.getMessage());
        }
    }

    // ---- values ------------------------------------------------------------------------------------------------

    private Object value(int depth) {
        if (depth > MAX_NESTING_DEPTH) {
            throw new Refusal(JwtVerification.Reason.LIMIT_EXCEEDED, what + " exceeds a size or nesting limit");
        }
        int c = peek();
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                literal("true");
                return Boolean.TRUE;
            case 'f':
                literal("false");
                return Boolean.FALSE;
            case 'n':
                literal("null");
                return null;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw malformed("is not JSON");
        }
    }

    private Map<String, Object> object(int depth) {
        at++;
        skipWhitespace();
        if (peek() == '}') {
            at++;
            return new SmallJsonObject(new Object[0], 0);
        }
        // Up to SmallJsonObject.MAX_MEMBERS members side by side in one array, then a hash map.
        Object[] small = new Object[2 * SmallJsonObject.MAX_MEMBERS];
        int count = 0;
        Map<String, Object> large = null;
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw malformed("is not JSON");
            }
            String name = memberName();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            Object value = value(depth + 1);
            if (large == null && count < SmallJsonObject.MAX_MEMBERS) {
                for (int i = 0; i < 2 * count; i += 2) {
                    if (small[i].equals(name)) {
                        throw duplicateMember();
                    }
                }
                small[2 * count] = name;
                small[2 * count + 1] = value;
                count++;
            } else {
                if (large == null) {
                    large = new LinkedHashMap<>();
                    for (int i = 0; i < 2 * count; i += 2) {
                        large.put((String) small[i], small[i + 1]);
                    }
                }
                int before = large.size();
                if (large.put(name, value) != null || large.size() == before) {
                    throw duplicateMember();
                }
            }
            skipWhitespace();
            int c = next();
            if (c == '}') {
                return large == null ? new SmallJsonObject(small, count) : Collections.unmodifiableMap(large);
            }
            if (c != ',') {
                throw malformed("is not JSON");
            }
        }
    }

    private Refusal duplicateMember() {
        return new Refusal(JwtVerification.Reason.DUPLICATE_MEMBER, what + " repeats a member name");
    }

    private List<Object> array(int depth) {
        at++;
        List<Object> elements = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            at++;
            return Collections.unmodifiableList(elements);
        }
        while (true) {
            skipWhitespace();
            elements.add(value(depth + 1));
            skipWhitespace();
            int c = next();
            if (c == ']') {
                return Collections.unmodifiableList(elements);
            }
            if (c != ',') {
                throw malformed("is not JSON");
            }
        }
    }

    /** A member name: one of {@link #KNOWN_NAMES} without allocating, or a new string. */
    private String memberName() {
        int start = at + 1;
        int hash = 0;
        for (int i = start; i < end; i++) {
            byte b = in[i];
            if (b == '"') {
                String known = knownName(start, i, hash);
                if (known == null) {
                    break;
                }
                at = i + 1;
                return known;
            }
            if (b == '\\' || b < 0x20) {
                break; // an escape, a control character or a byte past ASCII (negative): the general path
            }
            hash = 31 * hash + b;
        }
        return string();
    }

    /** The known name spelled by the ASCII bytes {@code in[from, to)}, whose {@code String.hashCode} is hash. */
    private String knownName(int from, int to, int hash) {
        for (int slot = hash & KNOWN_SLOTS_MASK; KNOWN_BY_HASH[slot] != null; slot = (slot + 1) & KNOWN_SLOTS_MASK) {
            String candidate = KNOWN_BY_HASH[slot];
            if (candidate.hashCode() == hash && candidate.length() == to - from) {
                boolean same = true;
                for (int i = 0; i < to - from && same; i++) {
                    same = in[from + i] == candidate.charAt(i);
                }
                if (same) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private String string() {
        int start = at + 1;
        // The common case: printable ASCII up to the closing quote.
        for (int i = start; i < end; i++) {
            byte b = in[i];
            if (b == '"') {
                at = i + 1;
                return new String(in, start, i - start, StandardCharsets.ISO_8859_1);
            }
            if (b == '\\' || b < 0x20) {
                break; // an escape, a control character or a byte past ASCII (negative): the general path
            }
        }
        at = start;
        boolean plain = true;
        while (true) {
            int c = next();
            if (c == '"') {
                break;
            }
            if (c < 0x20) {
                throw malformed("is not JSON");
            }
            if (c == '\\' || c >= 0x80) {
                plain = false;
                if (c == '\\') {
                    next();
                }
            }
        }
        if (plain) {
            return new String(in, start, at - 1 - start, StandardCharsets.ISO_8859_1);
        }
        return unescape(start, at - 1);
    }

    /** The string between {@code from} and {@code to} with its escapes resolved (its UTF-8 is already checked). */
    private String unescape(int from, int to) {
        StringBuilder text = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int c = in[i] & 0xff;
            if (c != '\\') {
                int end = i + 1;
                while (end < to && in[end] != '\\') {
                    end++;
                }
                text.append(new String(in, i, end - i, StandardCharsets.UTF_8));
                i = end;
                continue;
            }
            int escaped = in[i + 1] & 0xff;
            i += 2;
            switch (escaped) {
                case '"' -> text.append('"');
                case '\\' -> text.append('\\');
                case '/' -> text.append('/');
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> {
                    if (i + 4 > to) {
                        throw malformed("is not JSON");
                    }
                    int code = 0;
                    for (int k = 0; k < 4; k++) {
                        int digit = Character.digit(in[i + k], 16);
                        if (digit < 0) {
                            throw malformed("is not JSON");
                        }
                        code = code << 4 | digit;
                    }
                    text.append((char) code);
                    i += 4;
                }
                default -> throw malformed("is not JSON");
            }
        }
        return text.toString();
    }

    private Object number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        int firstDigit = at;
        digits();
        if (in[firstDigit] == '0' && at - firstDigit > 1) {
            throw malformed("is not JSON");
        }
        boolean integral = true;
        if (peek() == '.') {
            integral = false;
            at++;
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            digits();
        }
        int length = at - start;
        if (length > MAX_NUMBER_LENGTH) {
            throw new Refusal(JwtVerification.Reason.LIMIT_EXCEEDED, what + " exceeds a size or nesting limit");
        }
        if (integral && length <= 18) {
            // At most 18 characters: the value fits a long, so read it without making a string.
            boolean negative = in[start] == '-';
            long value = 0;
            for (int i = negative ? start + 1 : start; i < at; i++) {
                value = value * 10 + (in[i] - '0');
            }
            return negative ? -value : value;
        }
        String text = new String(in, start, length, StandardCharsets.ISO_8859_1);
        try {
            if (!integral) {
                return new BigDecimal(text);
            }
            BigInteger big = new BigInteger(text);
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Refusal(JwtVerification.Reason.LIMIT_EXCEEDED, what + " holds a number out of range");
        }
    }

    /** One or more decimal digits. */
    private void digits() {
        int start = at;
        while (at < end && in[at] >= '0' && in[at] <= '9') {
            at++;
        }
        if (at == start) {
            throw malformed("is not JSON");
        }
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (next() != word.charAt(i)) {
                throw malformed("is not JSON");
            }
        }
    }

    // ---- bytes -------------------------------------------------------------------------------------------------

    private int peek() {
        return at < end ? in[at] & 0xff : -1;
    }

    private int next() {
        if (at >= end) {
            throw malformed("is not JSON");
        }
        return in[at++] & 0xff;
    }

    private void expect(char c) {
        if (next() != c) {
            throw malformed("is not JSON");
        }
    }

    private void skipWhitespace() {
        while (at < end) {
            byte c = in[at];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private Refusal malformed(String why) {
        return new Refusal(JwtVerification.Reason.MALFORMED, what + " " + why);
    }

    /**
     * Whether the bytes are well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing beyond U+10FFFF,
     * no truncated sequence.
     */
    static boolean validUtf8(byte[] bytes, int length) {
        int i = 0;
        while (i + Long.BYTES <= length && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
            i += Long.BYTES;
        }
        while (i < length) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int units;
            int min;
            if (b >= 0xc2 && b <= 0xdf) {
                units = 2;
                min = 0x80;
            } else if (b >= 0xe0 && b <= 0xef) {
                units = 3;
                min = 0x800;
            } else if (b >= 0xf0 && b <= 0xf4) {
                units = 4;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + units > length) {
                return false;
            }
            int code = b & (0xff >> (units + 1));
            for (int k = 1; k < units; k++) {
                int continuation = bytes[i + k] & 0xff;
                if ((continuation & 0xc0) != 0x80) {
                    return false;
                }
                code = code << 6 | (continuation & 0x3f);
            }
            if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
                return false;
            }
            i += units;
        }
        return true;
    }
}
