package io.shogun.authkit.suite;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A dudect-style screen for timing leaks (Reparaz, Balasch, Verbauwhede, "Dude, is my code constant time?", 2017):
 * the operation runs on two classes of input, interleaved in a fixed pseudo-random order; the measurements are
 * cropped at several percentiles to drop interrupt and GC outliers, and the crop with the largest t is kept; a
 * Welch t-test compares the classes. The test is
 * one-sided: a leak is reported only when the first ("fixed") class is slower in two independent runs, each with
 * {@code t > 2}, their combined {@code t} exceeds the threshold, and the difference is large enough to be a
 * comparison rather than memory layout; that keeps false positives on a noisy shared machine rare.
 *
 * <p>It screens; it does not prove. A pass means no difference was found at this sample size.
 */
public final class TimingScreen {

    private static final double[] CROPS = {0.50, 0.75, 0.90, 0.99};

    /** Each of the two runs must show at least this t in the same direction. */
    private static final double MIN_RUN_T = 2.0;

    /** One call of the operation on input {@code index} of the fixed ({@code true}) or random class. */
    @FunctionalInterface
    public interface Probe {
        /** Returns something derived from the result, so the call cannot be optimized away. */
        int call(boolean fixedClass, int index);
    }

    /**
     * @param warmUpCalls          calls before measuring (class loading, caches, and the JIT where it runs)
     * @param measurements         timed batches per run, split between the classes
     * @param callsPerMeasurement  calls in one timed batch (amortizes the clock's own cost)
     * @param threshold            combined t above which a difference counts (dudect uses 4.5, "definitely not
     *                             constant")
     * @param minEffectNanos       the smallest difference per call reported as a leak: smaller ones are within what
     *                             memory layout alone makes of two inputs, whatever the comparison
     */
    public record Settings(int warmUpCalls, int measurements, int callsPerMeasurement, double threshold,
            double minEffectNanos) {
        /** For a target run with the JIT off, where one call takes tens of microseconds. */
        public static final Settings INTERPRETED = new Settings(200, 15_000, 1, 4.5, 100);
        /**
         * For a live endpoint over loopback, where one delivery takes 0.1 to 0.6 ms and varies by tens of
         * microseconds: only a difference of a microsecond or more can count.
         */
        public static final Settings LOOPBACK = new Settings(2_000, 5_000, 1, 4.5, 1_000);

        /** How many calls a screen makes in all. */
        public long calls() {
            return warmUpCalls + 2L * measurements * callsPerMeasurement;
        }
    }

    /**
     * @param t          the two runs' t combined (Stouffer: their sum over the square root of 2; each run reports its
     *                   most significant crop); positive when the fixed class is slower
     * @param samples    measurements taken in all
     * @param confirmed  true when the combined t exceeds the threshold, each run's t exceeds 2, and the weaker run's
     *                   difference per call is at least {@code minEffectNanos}
     */
    public record Result(double t, long samples, double fixedMeanNanos, double randomMeanNanos, boolean confirmed) {
        public boolean leak() {
            return confirmed;
        }
    }

    private TimingScreen() {
    }

    public static Result screen(Probe probe, Settings settings) {
        int sink = 0;
        for (int i = 0; i < settings.warmUpCalls(); i++) {
            sink += probe.call((i & 1) == 0, i);
        }
        Run first = measure(probe, settings, 0x5eed_0001L);
        Run second = measure(probe, settings, 0x5eed_0002L);
        Sink.value = sink + first.sink + second.sink;
        // Stouffer's combination of the two independent runs; each run must also point the same way on its own.
        double combined = (first.t + second.t) / Math.sqrt(2);
        Run slower = first.t <= second.t ? first : second;
        boolean confirmed = combined > settings.threshold() && Math.min(first.t, second.t) > MIN_RUN_T
                && slower.fixedMean - slower.randomMean >= settings.minEffectNanos();
        return new Result(combined, 2L * settings.measurements(), slower.fixedMean, slower.randomMean, confirmed);
    }

    private record Run(double t, double fixedMean, double randomMean, int sink) {
    }

    private static Run measure(Probe probe, Settings settings, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int count = settings.measurements();
        boolean[] fixed = new boolean[count];
        long[] nanos = new long[count];
        int sink = 0;
        int index = 0;
        for (int i = 0; i < count; i++) {
            boolean fixedClass = random.nextBoolean();
            fixed[i] = fixedClass;
            long start = System.nanoTime();
            for (int j = 0; j < settings.callsPerMeasurement(); j++) {
                sink += probe.call(fixedClass, index++);
            }
            nanos[i] = System.nanoTime() - start;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        Run strongest = null;
        for (double crop : CROPS) {
            long limit = sorted[(int) Math.min(count - 1, Math.floor(crop * count))];
            Run run = welch(fixed, nanos, limit, settings.callsPerMeasurement(), sink);
            if (strongest == null || run.t > strongest.t) {
                strongest = run;
            }
        }
        return strongest;
    }

    private static Run welch(boolean[] fixed, long[] nanos, long limit, int callsPerMeasurement, int sink) {
        double[] sum = new double[2];
        double[] sumSquares = new double[2];
        long[] n = new long[2];
        for (int i = 0; i < nanos.length; i++) {
            if (nanos[i] > limit) {
                continue;
            }
            int group = fixed[i] ? 0 : 1;
            double value = nanos[i];
            sum[group] += value;
            sumSquares[group] += value * value;
            n[group]++;
        }
        if (n[0] < 2 || n[1] < 2) {
            return new Run(0, 0, 0, sink);
        }
        double meanFixed = sum[0] / n[0];
        double meanRandom = sum[1] / n[1];
        double varianceFixed = (sumSquares[0] - n[0] * meanFixed * meanFixed) / (n[0] - 1);
        double varianceRandom = (sumSquares[1] - n[1] * meanRandom * meanRandom) / (n[1] - 1);
        double error = Math.sqrt(varianceFixed / n[0] + varianceRandom / n[1]);
        double t = error == 0 ? 0 : (meanFixed - meanRandom) / error;
        return new Run(t, meanFixed / callsPerMeasurement, meanRandom / callsPerMeasurement, sink);
    }

    /** Keeps results alive so no call can be eliminated as dead code. */
    private static final class Sink {
        static volatile int value;
    }
}
