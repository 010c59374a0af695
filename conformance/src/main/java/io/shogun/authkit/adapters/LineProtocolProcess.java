package io.shogun.authkit.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One program spoken to over the line protocol of {@code conformance/PROTOCOL.md}: newline-delimited JSON on its
 * stdin and stdout, stderr kept as part of the transcript. A request that gets no answer within the deadline, an
 * answer that is not JSON or not for that request, or a dead process is a {@link TargetFailure} carrying the
 * transcript; so is a line written out of turn (found before the next request is sent, or taken for its answer). The
 * process is then restarted for the next request. Requests are serialized.
 */
final class LineProtocolProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TRANSCRIPT_LINES = 12;
    private static final int MAX_LINE = 1 << 20;
    private static final Duration STDERR_GRACE = Duration.ofMillis(500);
    /** Shorter values are not scrubbed from the transcript: replacing them would garble it and hide nothing. */
    private static final int MIN_SCRUBBED_LENGTH = 4;

    /** The program failed a request; the message carries what it said. */
    static final class TargetFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TargetFailure(String message) {
            super(message, null, false, false);
        }
    }

    private final String commandLine;
    private final Duration timeout;
    private final Deque<String> transcript = new ArrayDeque<>();
    private final Set<String> secretsSent = ConcurrentHashMap.newKeySet();
    private Process process;
    private Thread errors;
    private Writer stdin;
    private BlockingQueue<String> stdout;
    private long nextId = 1;
    private JsonNode hello;

    LineProtocolProcess(String commandLine, Duration timeout) {
        this.commandLine = commandLine;
        this.timeout = timeout;
    }

    /** Starts the program (if needed) and returns its hello. */
    synchronized JsonNode hello() {
        ensureStarted();
        return hello;
    }

    /** Sends a request (an {@code id} is added) and returns the answer for it. */
    synchronized JsonNode request(ObjectNode request) {
        ensureStarted();
        long id = nextId++;
        request.put("id", id);
        String early = stdout.poll();
        if (early != null) {
            if (early.equals(EOF)) {
                throw failure("the program exited between requests (" + exitDescription() + ")");
            }
            note("< " + early);
            throw failure("the program wrote a line out of turn, before request " + id);
        }
        String line = request.toString();
        rememberSecrets(request);
        note("> " + redacted(request));
        try {
            stdin.write(line);
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            throw failure("the program closed its input (" + exitDescription() + ")");
        }
        String answer = awaitLine();
        JsonNode node;
        try {
            node = JSON.readTree(answer);
        } catch (IOException e) {
            throw failure("the answer is not JSON");
        }
        if (node == null || !node.isObject() || node.path("id").asLong(-1) != id) {
            throw failure("the answer is not for request " + id);
        }
        if (node.has("error") && node.get("error").isTextual() && !node.has("accepted")) {
            throw failure("the program reported an error: " + shorten(node.get("error").asText()));
        }
        return node;
    }

    private String awaitLine() {
        try {
            String line = stdout.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw failure("no answer within " + timeout.toMillis() + " ms");
            }
            if (line.equals(EOF)) {
                throw failure("the program exited (" + exitDescription() + ")");
            }
            note("< " + line);
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted");
        }
    }

    private static final String EOF = "\u0000eof";

    private void ensureStarted() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = new ProcessBuilder(List.of("/bin/sh", "-c", commandLine)).start();
        } catch (IOException e) {
            throw new TargetFailure("cannot start '" + commandLine + "': " + e.getMessage());
        }
        stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        stdout = new LinkedBlockingQueue<>();
        Process started = process;
        BlockingQueue<String> lines = stdout;
        Thread reader = new Thread(() -> readLines(started, lines), "line-protocol-stdout");
        reader.setDaemon(true);
        reader.start();
        errors = new Thread(() -> readErrors(started), "line-protocol-stderr");
        errors.setDaemon(true);
        errors.start();
        note("started: " + commandLine);
        try {
            stdin.write("{\"type\":\"hello\",\"protocol\":1}\n");
            stdin.flush();
        } catch (IOException e) {
            throw failure("the program closed its input before the handshake (" + exitDescription() + ")");
        }
        String line = awaitLine();
        try {
            hello = JSON.readTree(line);
        } catch (IOException e) {
            throw failure("the handshake answer is not JSON");
        }
        if (hello == null || !"hello".equals(hello.path("type").asText())) {
            throw failure("the first line is not a hello");
        }
    }

    private static void readLines(Process process, BlockingQueue<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = reader.read()) >= 0) {
                if (c == '\n') {
                    lines.add(line.toString());
                    line.setLength(0);
                } else if (line.length() < MAX_LINE) {
                    line.append((char) c);
                }
            }
        } catch (IOException e) {
            // the process went away; EOF below
        }
        lines.add(EOF);
    }

    private void readErrors(Process started) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(started.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                note("stderr: " + line);
            }
        } catch (IOException e) {
            // nothing more to read
        }
    }

    private TargetFailure failure(String what) {
        awaitLastErrors();
        String lines;
        synchronized (transcript) {
            lines = String.join("\n    ", transcript);
        }
        restart();
        return new TargetFailure(what + "; transcript:\n    " + lines);
    }

    /** A program that died has usually said why on stderr; give the reader a moment to take it down. */
    private void awaitLastErrors() {
        if (process != null && !process.isAlive() && errors != null) {
            try {
                errors.join(STDERR_GRACE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void restart() {
        if (process != null) {
            process.destroyForcibly();
        }
        process = null;
    }

    private String exitDescription() {
        try {
            return process.waitFor(1, TimeUnit.SECONDS) ? "exit code " + process.exitValue() : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
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

    /** Remembers the secrets and keys of a request, so that the program's own output cannot show them either. */
    private void rememberSecrets(ObjectNode request) {
        for (String field : SECRET_FIELDS) {
            JsonNode value = request.path(field);
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

    /** The request as the transcript shows it: secrets and keys replaced, so failures can be reported. */
    private static String redacted(ObjectNode request) {
        ObjectNode copy = request.deepCopy();
        for (String field : SECRET_FIELDS) {
            if (copy.has(field)) {
                copy.put(field, "[redacted]");
            }
        }
        return copy.toString();
    }

    private static final List<String> SECRET_FIELDS = List.of("secrets", "key");

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    @Override
    public synchronized void close() {
        restart();
    }
}
