package io.abaco.pipeline.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abaco.config.Secrets;
import io.abaco.fs.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * An append-only, hash-chained audit log ({@code audit.jsonl}): one JSON object per line, {@code {seq, at, event,
 * run_id, ...details, prev_sha256}}, where {@code prev_sha256} is the sha256 of the previous line's bytes (64 zeros
 * for the first). Each append is fsynced. {@link #verify} finds an edited, inserted, deleted, reordered or truncated
 * line. Deleting whole lines at the end is not visible from the chain alone: the run manifest records the file's
 * sha256 for that. Appends are thread-safe.
 */
public final class AuditTrail implements AutoCloseable {
    public static final String GENESIS = "0".repeat(64);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> RESERVED = List.of("seq", "at", "event", "run_id", "prev_sha256");

    private final Path file;
    private final FileChannel channel;
    private final Clock clock;
    private long seq;
    private String previousSha256;

    private AuditTrail(Path file, FileChannel channel, Clock clock, long seq, String previousSha256) {
        this.file = file;
        this.channel = channel;
        this.clock = clock;
        this.seq = seq;
        this.previousSha256 = previousSha256;
    }

    /** Opens {@code file} for appending, continuing its chain when it exists (it must verify). */
    public static AuditTrail open(Path file, Clock clock) {
        try {
            long seq = 0;
            String previous = GENESIS;
            if (Files.exists(file)) {
                AuditVerification verification = verify(file);
                if (!verification.ok()) {
                    throw new IllegalStateException("cannot append to a broken audit trail " + file + ": line "
                            + verification.line() + ": " + verification.reason());
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                seq = lines.size();
                if (!lines.isEmpty()) previous = Hashing.sha256Hex(lines.get(lines.size() - 1));
            }
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            return new AuditTrail(file, channel, clock, seq, previous);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open audit trail " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Appends one event. Detail values are written as JSON (strings are redacted of secrets); detail keys must not
     * be one of the reserved keys.
     */
    public synchronized void append(String event, String runId, Map<String, ?> details) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("seq", seq + 1);
        line.put("at", clock.instant().toString());
        line.put("event", event);
        line.put("run_id", runId);
        details.forEach((key, value) -> {
            if (RESERVED.contains(key)) throw new IllegalArgumentException("reserved audit key: " + key);
            JsonNode node = MAPPER.valueToTree(value);
            line.set(key, node.isTextual() ? MAPPER.getNodeFactory().textNode(Secrets.redact(node.asText())) : node);
        });
        line.put("prev_sha256", previousSha256);
        try {
            String text = MAPPER.writeValueAsString(line);
            ByteBuffer bytes = ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) channel.write(bytes);
            channel.force(true);
            seq++;
            previousSha256 = Hashing.sha256Hex(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to audit trail " + file + ": " + e.getMessage(), e);
        }
    }

    /** Details in the given order (key, value, key, value, …): audit lines then read the same on every run. */
    public static Map<String, Object> details(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) throw new IllegalArgumentException("keys and values must pair up");
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        for (int index = 0; index < keysAndValues.length; index += 2) {
            details.put((String) keysAndValues[index], keysAndValues[index + 1]);
        }
        return details;
    }

    /** Lines written so far, including those found when opening. */
    public synchronized long lines() {
        return seq;
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close audit trail " + file + ": " + e.getMessage(), e);
        }
    }

    /** Checks the whole chain. Never throws for a bad file: the result says which line is wrong and why. */
    public static AuditVerification verify(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            return AuditVerification.failed(0, 0, "cannot read " + file.getFileName() + ": " + e.getMessage());
        }
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.isEmpty()) return AuditVerification.passed(0);
        String[] lines = text.split("\n", -1);
        long total = lines.length - 1; // a complete file ends with a newline: the last piece is empty
        if (!lines[lines.length - 1].isEmpty()) {
            return AuditVerification.failed(lines.length, lines.length, "truncated: the line has no end of line");
        }
        String expectedPrevious = GENESIS;
        for (int index = 0; index < total; index++) {
            long number = index + 1;
            JsonNode node;
            try {
                node = MAPPER.readTree(lines[index]);
            } catch (IOException e) {
                return AuditVerification.failed(total, number, "not a JSON object (edited or truncated)");
            }
            if (node == null || !node.isObject() || !node.hasNonNull("seq") || !node.hasNonNull("prev_sha256")) {
                return AuditVerification.failed(total, number, "not an audit event (seq or prev_sha256 missing)");
            }
            long seq = node.get("seq").asLong();
            if (seq != number) {
                return AuditVerification.failed(
                        total,
                        number,
                        "seq is " + seq + ", expected " + number + " (a line was inserted, deleted or reordered)");
            }
            if (!node.get("prev_sha256").asText().equals(expectedPrevious)) {
                return number == 1
                        ? AuditVerification.failed(total, 1, "prev_sha256 of the first line is not the genesis hash")
                        : AuditVerification.failed(
                                total,
                                number - 1,
                                "line " + (number - 1) + " was changed: its sha256 does not match prev_sha256 of line "
                                        + number);
            }
            expectedPrevious = Hashing.sha256Hex(lines[index]);
        }
        return AuditVerification.passed(total);
    }
}
