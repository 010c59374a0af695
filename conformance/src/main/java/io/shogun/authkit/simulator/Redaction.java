package io.shogun.authkit.simulator;

import java.util.regex.Pattern;

/** Hides secret values in request bodies shown by the admin API. */
final class Redaction {

    private static final Pattern SECRET_MEMBER =
            Pattern.compile("(\"(?:client_secret|password)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");

    private Redaction() {
    }

    static String redact(String body) {
        return SECRET_MEMBER.matcher(body).replaceAll("$1\"***\"");
    }
}
