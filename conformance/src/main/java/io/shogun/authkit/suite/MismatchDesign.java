package io.shogun.authkit.suite;

import java.util.Locale;

/**
 * The balanced input design both timing probes share. For each of n messages there is a forged tag that differs from
 * the message's true tag only in its last character (the "fixed" class: a late mismatch). The "random" class pairs
 * each message with another message's forged tag, chosen so that it differs from the true tag already in its first
 * character (an early mismatch). Every message, and nearly every forged tag, appears in both classes, so what they
 * cost to hash and to parse cancels and only the comparison can tell the classes apart.
 */
final class MismatchDesign {

    /** How many copies of each class the probes cycle through (a power of two). */
    static final int COPIES = 1024;

    private MismatchDesign() {
    }

    /**
     * For each message k, another message whose late-mismatch tag differs from k's true tag at {@code firstAt}.
     *
     * @param trueTags      each message's correct tag text
     * @param lateMismatch  each message's tag with only its last character changed
     * @param firstAt       where the tag's first character sits in that text
     */
    static int[] earlyMismatchPartners(String[] trueTags, String[] lateMismatch, int firstAt) {
        int n = trueTags.length;
        int[] partners = new int[n];
        for (int k = 0; k < n; k++) {
            partners[k] = -1;
            for (int step = 1; step < n && partners[k] < 0; step++) {
                int candidate = (k + step) % n;
                if (lateMismatch[candidate].charAt(firstAt) != trueTags[k].charAt(firstAt)) {
                    partners[k] = candidate;
                }
            }
            if (partners[k] < 0) {
                throw new IllegalStateException("no message's tag differs from message " + k + "'s in its first place");
            }
        }
        return partners;
    }

    /** A fresh copy of the text, so that no two timed inputs share one object. */
    static String copy(String text) {
        return new String(text.toCharArray());
    }

    /** The probe's one line of output, read by {@link TimingCheck}. */
    static void print(TimingScreen.Result result) {
        System.out.printf(Locale.ROOT,
                "{\"t\":%.3f,\"samples\":%d,\"lateMismatchNanos\":%.1f,\"earlyMismatchNanos\":%.1f,\"leak\":%b}%n",
                result.t(), result.samples(), result.fixedMeanNanos(), result.randomMeanNanos(), result.leak());
    }

    /** The target spec from a probe's arguments, or exit 3 with a usage line. */
    static String targetSpec(String[] args, Class<?> probe) {
        if (args.length != 1) {
            System.err.println("usage: " + probe.getSimpleName() + " <target spec>");
            System.exit(3);
        }
        return args[0];
    }
}
