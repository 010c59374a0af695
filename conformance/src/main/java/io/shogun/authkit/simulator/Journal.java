package io.shogun.authkit.simulator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Every API request the simulator received, in arrival order, stamped with the virtual time, so suites can grade
 * what a client sent and how it spaced its retries. The last {@value #CAPACITY} are kept, so a long-running
 * simulator's memory stays bounded.
 */
public final class Journal {

    /**
     * One request and the status it got (0 for a transport fault).
     *
     * @param sequence   arrival order, from 1
     * @param virtualTime the simulator clock when it arrived
     */
    public record Entry(long sequence, Instant virtualTime, SimRequest request, int status) {
    }

    /** The most entries kept; older ones are dropped (sequence numbers still count them). */
    public static final int CAPACITY = 10_000;

    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private long next = 1;

    synchronized Entry record(Instant virtualTime, SimRequest request, int status) {
        Entry entry = new Entry(next++, virtualTime, request, status);
        entries.addLast(entry);
        if (entries.size() > CAPACITY) {
            entries.removeFirst();
        }
        return entry;
    }

    /** How many requests were recorded since the start or the last reset, dropped ones included. */
    public synchronized long recorded() {
        return next - 1;
    }

    /** A snapshot of every entry so far. */
    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The entries for one path. */
    public synchronized List<Entry> forPath(String path) {
        return entries.stream().filter(entry -> entry.request().path().equals(path)).toList();
    }

    synchronized void clear() {
        entries.clear();
        next = 1;
    }

    /** Forgets the entries for one path (a test's own set-up requests, say); sequence numbers stay as they were. */
    public synchronized void clearFor(String path) {
        entries.removeIf(entry -> entry.request().path().equals(path));
    }
}
