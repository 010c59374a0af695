package io.shogun.authkit.selftest;

/**
 * An early-exit comparison that spends a fixed time on each matching character: a stand-in for a slow comparison
 * (an interpreted loop doing work per character), whose leak is large enough to cross a network round trip.
 */
final class EarlyExitWithWork {

    private EarlyExitWithWork() {
    }

    static boolean equals(String expected, String actual, long nanosPerCharacter) {
        if (actual == null || actual.length() != expected.length()) {
            return false;
        }
        for (int i = 0; i < expected.length(); i++) {
            if (expected.charAt(i) != actual.charAt(i)) {
                return false;
            }
            long until = System.nanoTime() + nanosPerCharacter;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        }
        return true;
    }
}
