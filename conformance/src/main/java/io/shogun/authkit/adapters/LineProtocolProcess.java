package io.shogun.authkit.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One program spoken to over the line protocol of {@code conformance/PROTOCOL.md}: newline-delimited JSON on its
 * stdin and stdout, stderr kept as part of the transcript.
 *
 * <ul>
 *   <li>Requests may be outstanding at once (concurrent callers); answers are matched to them by {@code id}.</li>
 *   <li>While it works, the program may call the kit ({@code {"call":...}} lines); a {@link CallHandler} answers.</li>
 *   <li>A request with no answer within the deadline, an answer that is not JSON or not for an outstanding request,
 *       or a dead process is a {@link TargetFailure} carrying the transcript; so is a line written out of turn
 *       (found before the next request is sent). The process is then restarted for the next request.</li>
 *   <li>After {@link HangCircuit#HANGS_BEFORE_OPEN} timeouts in a row the circuit opens: requests fail at once,
 *       except every {@link HangCircuit#PROBE_EVERY}th, which is sent as a probe; an answered probe closes it. A
 *       program that hangs on everything costs a few deadlines, not one per case.</li>
 * </ul>
 */
final class LineProtocolProcess implements AutoCloseable {


    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TRANSCRIPT_LINES = 12;
    private static final int MAX_LINE = 1 << 20;
    /** Longer stderr lines are cut: the transcript shortens every line far below this anyway. */
    private static final int MAX_STDERR_LINE = 1 << 14;
    private static final Duration STDERR_GRACE = Duration.ofMillis(500);
    /** Shorter values are not scrubbed from the transcript: replacing them would garble it and hide nothing. */
    private static final int MIN_SCRUBBED_LENGTH = 4;
    /** Fields of requests and replies whose values are secrets. */
    private static final List<String> SECRET_FIELDS = List.of("secrets", "key", "password", "secret");
    /** The zone programs run in: not UTC, so that reading a zone-less UTC timestamp as local time shows. */
    static final String PROGRAM_TIME_ZONE = "Asia/Kolkata";

    /** Answers the program's calls to the kit. Runs on the thread that reads the program's output: never block. */
    @FunctionalInterface
    interface CallHandler {

        /** No calls expected: each is answered with an error. */
        CallHandler NONE = call -> {
            throw new IllegalArgumentException("no client is open");
        };

        /**
         * The reply to a call, without its {@code ref}; {@code null} for a call that gets none ({@code log}).
         *
         * @throws IllegalArgumentException for a call it cannot answer; the message goes back as {@code error}
         */
        ObjectNode answer(JsonNode call);
    }

    private final String commandLine;
    private final Duration timeout;
    private final HangCircuit circuit;
    private final CallHandler calls;
    private final Deque<String> transcript = new ArrayDeque<>();
    private final Set<String> secretsSent = ConcurrentHashMap.newKeySet();
    private Session session;
    private long nextId = 1;
    private int generation;

    LineProtocolProcess(String commandLine, Duration timeout, CallHandler calls) {
        this.commandLine = commandLine;
        this.timeout = timeout;
        this.circuit = new HangCircuit("the program", timeout, "PROTOCOL.md, Errors and failures");
        this.calls = calls;
    }

    /** Starts the program (if needed) and returns its hello. */
    synchronized JsonNode hello() {
        return ensureStarted().hello.join();
    }

    /** How many times the program has been started; a restart loses whatever state it held. */
    synchronized int generation() {
        ensureStarted();
        return generation;
    }

    /** Sends a request (an {@code id} is added) and returns the answer for it. Safe to call from many threads. */
    JsonNode request(ObjectNode request) {
        Session current;
        long id;
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        synchronized (this) {
            circuit.refuseWhileOpen();
            current = ensureStarted();
            id = nextId++;
            request.put("id", id);
            String stray = current.stray;
            if (stray != null) {
                throw failure(current, "the program wrote a line out of turn, before request " + id, true);
            }
            current.pending.put(id, answer);
            rememberSecrets(request);
            note("> " + redacted(request));
        }
        try {
            current.write(request.toString());
        } catch (IOException e) {
            current.pending.remove(id);
            throw failure(current, "the program closed its input (" + current.exitDescription() + ")", true);
        }
        JsonNode node;
        try {
            node = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            current.pending.remove(id);
            circuit.timedOut();
            throw failure(current, "no answer within " + timeout.toMillis() + " ms", true);
        } catch (ExecutionException e) {
            throw failure(current, e.getCause().getMessage(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            current.pending.remove(id);
            throw failure(current, "interrupted", true);
        }
        circuit.answered();
        if (node.has("error") && node.get("error").isTextual() && !node.has("accepted")) {
            throw failure(current, "the program reported an error: " + shorten(node.get("error").asText()), false);
        }
        return node;
    }

    // ---- the process -------------------------------------------------------------------------------------------

    /** One run of the program: its pipes, its outstanding requests, and what it wrote out of turn. */
    private final class Session {
        final Process process;
        final Writer stdin;
        final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        final CompletableFuture<JsonNode> hello = new CompletableFuture<>();
        Thread errors;
        volatile String stray;

        Session(Process process) {
            this.process = process;
            this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        }

        void write(String line) throws IOException {
            synchronized (stdin) {
                stdin.write(line);
                stdin.write('\n');
                stdin.flush();
            }
        }

        /** Every outstanding request fails with this reason. */
        void failAll(String reason) {
            hello.completeExceptionally(new TargetFailure(reason));
            for (Long id : List.copyOf(pending.keySet())) {
                CompletableFuture<JsonNode> answer = pending.remove(id);
                if (answer != null) {
                    answer.completeExceptionally(new TargetFailure(reason));
                }
            }
        }

        String exitDescription() {
            try {
                return process.waitFor(1, TimeUnit.SECONDS) ? "exit code " + process.exitValue() : "still running";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "unknown";
            }
        }
    }

    private synchronized Session ensureStarted() {
        if (session != null && session.process.isAlive()) {
            return session;
        }
        if (session != null) {
            session.failAll("the program exited");
        }
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(List.of("/bin/sh", "-c", commandLine));
            builder.environment().put("TZ", PROGRAM_TIME_ZONE);
            process = builder.start();
        } catch (IOException e) {
            throw new TargetFailure("cannot start '" + commandLine + "': " + e.getMessage());
        }
        Session started = new Session(process);
        session = started;
        generation++;
        Thread reader = new Thread(() -> readLines(started), "line-protocol-stdout");
        reader.setDaemon(true);
        reader.start();
        started.errors = new Thread(() -> readErrors(started), "line-protocol-stderr");
        started.errors.setDaemon(true);
        started.errors.start();
        note("started: " + commandLine);
        try {
            started.write("{\"type\":\"hello\",\"protocol\":1}");
        } catch (IOException e) {
            throw failure(started, "the program closed its input before the handshake ("
                    + started.exitDescription() + ")", true);
        }
        JsonNode hello;
        try {
            hello = started.hello.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw failure(started, "no answer within " + timeout.toMillis() + " ms", true);
        } catch (ExecutionException e) {
            throw failure(started, e.getCause().getMessage(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(started, "interrupted", true);
        }
        if (hello == null || !"hello".equals(hello.path("type").asText())) {
            throw failure(started, "the first line is not a hello", true);
        }
        return started;
    }

    private void readLines(Session owner) {
        try (Reader output = new InputStreamReader(owner.process.getInputStream(), StandardCharsets.UTF_8)) {
            ProtocolReader.lines(output, MAX_LINE, line -> route(owner, line));
        } catch (IOException e) {
            // the process went away
        }
        owner.failAll("the program exited (" + owner.exitDescription() + ")");
    }

    /** One line of the program's stdout: a call to the kit, the hello, an answer, or a line that answers nothing. */
    private void route(Session owner, String line) {
        JsonNode node = ProtocolReader.object(line);
        note("< " + line);
        if (node != null && node.has("call")) {
            answerCall(owner, node);
            return;
        }
        if (!owner.hello.isDone()) {
            if (node == null) {
                owner.hello.completeExceptionally(new TargetFailure(line.length() >= MAX_LINE
                        ? "the handshake answer is longer than 1 MiB" : "the handshake answer is not JSON"));
            } else {
                owner.hello.complete(node);
            }
            return;
        }
        JsonNode id = node == null ? null : node.get("id");
        if (id != null && id.canConvertToLong() && id.isIntegralNumber()) {
            CompletableFuture<JsonNode> answer = owner.pending.remove(id.asLong());
            if (answer != null) {
                answer.complete(node);
                return;
            }
        }
        if (owner.pending.isEmpty()) {
            if (owner.stray == null) {
                owner.stray = line;
            }
            return;
        }
        owner.failAll(line.length() >= MAX_LINE ? "the answer is longer than 1 MiB, the protocol's limit for a line"
                : node == null ? "the answer is not JSON"
                : "the answer is not for request " + String.join(" or ", new TreeSet<>(owner.pending.keySet())
                        .stream().map(String::valueOf).toList()));
    }

    private void answerCall(Session owner, JsonNode call) {
        ObjectNode reply;
        if (!call.hasNonNull("ref") && !"log".equals(call.path("call").asText())) {
            reply = JSON.createObjectNode().put("error", "a call needs a 'ref'");
        } else {
            try {
                reply = calls.answer(call);
            } catch (IllegalArgumentException e) {
                // A log line gets no answer, not even an error: the program is not waiting for one.
                reply = "log".equals(call.path("call").asText()) ? null
                        : JSON.createObjectNode().put("error", e.getMessage());
            }
        }
        if (reply == null) {
            return;
        }
        ObjectNode framed = JSON.createObjectNode();
        framed.set("ref", call.get("ref"));
        framed.setAll(reply);
        rememberSecrets(framed);
        note("> " + redacted(framed));
        try {
            owner.write(framed.toString());
        } catch (IOException e) {
            // the program is gone; its outstanding requests fail when its output ends
        }
    }

    /**
     * Drains the program's stderr into the transcript, each line cut at {@link #MAX_STDERR_LINE} characters: a
     * program that floods stderr, even without a newline, can neither block on a full pipe nor fill the kit's heap.
     */
    private void readErrors(Session owner) {
        try (Reader errors = new InputStreamReader(owner.process.getErrorStream(), StandardCharsets.UTF_8)) {
            ProtocolReader.lines(errors, MAX_STDERR_LINE, line -> note("stderr: " + line));
        } catch (IOException e) {
            // nothing more to read
        }
    }

    // ---- failures and the transcript ---------------------------------------------------------------------------

    private TargetFailure failure(Session failed, String what, boolean restart) {
        awaitLastErrors(failed);
        String lines;
        synchronized (transcript) {
            lines = String.join("\n    ", transcript);
        }
        if (restart) {
            restart(failed);
        }
        return new TargetFailure(what + "; transcript:\n    " + lines);
    }

    /** A program that died has usually said why on stderr; give the reader a moment to take it down. */
    private static void awaitLastErrors(Session failed) {
        if (!failed.process.isAlive() && failed.errors != null) {
            try {
                failed.errors.join(STDERR_GRACE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops this run of the program (once); its other outstanding requests fail, the next request starts anew. */
    private synchronized void restart(Session failed) {
        if (session == failed) {
            session = null;
        }
        failed.process.destroyForcibly();
        failed.failAll("the program was restarted after another request failed");
    }

    /** Keeps a line of the transcript: any secret or key the kit has sent is replaced, then the line shortened. */
    private void note(String line) {
        String scrubbed = line;
        for (String secret : secretsSent) {
            scrubbed = scrubbed.replace(secret, "[redacted]");
        }
        synchronized (transcript) {
            transcript.addLast(shorten(scrubbed));
            while (transcript.size() > TRANSCRIPT_LINES) {
                transcript.removeFirst();
            }
        }
    }

    /** Remembers the secrets and keys of a message, so that the program's own output cannot show them either. */
    private void rememberSecrets(ObjectNode message) {
        for (String field : SECRET_FIELDS) {
            JsonNode value = message.path(field);
            if (value.isTextual()) {
                remember(value.asText());
            }
            for (JsonNode element : value) {
                remember(element.asText());
            }
        }
    }

    private void remember(String secret) {
        if (secret.length() >= MIN_SCRUBBED_LENGTH) {
            secretsSent.add(secret);
        }
    }

    /** The message as the transcript shows it: secrets and keys replaced, so failures can be reported. */
    private static String redacted(ObjectNode message) {
        ObjectNode copy = message.deepCopy();
        for (String field : SECRET_FIELDS) {
            if (copy.has(field)) {
                copy.put(field, "[redacted]");
            }
        }
        return copy.toString();
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            restart(session);
        }
    }
}
