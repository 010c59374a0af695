package io.shogun.authkit.suite;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls into a target on a separate thread with a deadline, so a target that throws, overflows its stack or hangs
 * becomes a failed case instead of a crashed or stuck run. A hung call's thread is abandoned (it is a daemon).
 */
final class TargetCall {

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "shogun-kit-target-call");
        thread.setDaemon(true);
        return thread;
    });

    private TargetCall() {
    }

    /** The value, what was thrown, or that the deadline passed. */
    sealed interface Result<T> {
    }

    record Returned<T>(T value) implements Result<T> {
    }

    record Threw<T>(Throwable thrown) implements Result<T> {
    }

    record TimedOut<T>(Duration after) implements Result<T> {
    }

    static <T> Result<T> call(Callable<T> call, Duration timeout) {
        Future<T> future = THREADS.submit(call);
        try {
            return new Returned<>(future.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (ExecutionException e) {
            return new Threw<>(e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            return new TimedOut<>(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return new Threw<>(e);
        }
    }

    /**
     * {@code java.lang.IllegalStateException: message}, shortened; never a stack trace. The first line is kept to 300
     * characters; the lines after it (a program's transcript) to 4,000 in all.
     */
    static String describe(Throwable thrown) {
        String message = thrown.getMessage();
        String text = thrown.getClass().getName() + (message == null ? "" : ": " + message);
        int newline = text.indexOf('\n');
        if (newline < 0) {
            return shorten(text, 300);
        }
        return shorten(text.substring(0, newline), 300) + "\n" + shorten(text.substring(newline + 1), 4000);
    }

    private static String shorten(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 3) + "...";
    }
}
