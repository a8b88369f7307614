package io.abaco.pipeline.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTrailTest {
    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void writeFiveEvents() {
        file = dir.resolve("audit.jsonl");
        try (AuditTrail trail =
                AuditTrail.open(file, Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC))) {
            for (int index = 1; index <= 5; index++) trail.append("step", "run_1", Map.of("index", index));
        }
    }

    @Test
    void anUntouchedTrailVerifiesAndLinksEachLineToThePreviousOne() throws IOException {
        AuditVerification verification = AuditTrail.verify(file);
        assertThat(verification).isEqualTo(new AuditVerification(true, 5, 0, null));
        List<String> lines = lines();
        assertThat(lines.get(0))
                .startsWith(
                        "{\"seq\":1,\"at\":\"2026-01-05T10:00:00Z\",\"event\":\"step\",\"run_id\":\"run_1\",\"index\":1,")
                .endsWith("\"prev_sha256\":\"" + "0".repeat(64) + "\"}");
        assertThat(lines.get(1)).contains(io.abaco.fs.Hashing.sha256Hex(lines.get(0)));
    }

    @Test
    void reopeningContinuesTheChain() {
        try (AuditTrail trail = AuditTrail.open(file, Clock.systemUTC())) {
            trail.append("more", "run_1", Map.of());
            assertThat(trail.lines()).isEqualTo(6);
        }
        assertThat(AuditTrail.verify(file).ok()).isTrue();
    }

    @Test
    void detectsAnEditedLine() throws IOException {
        List<String> lines = lines();
        lines.set(2, lines.get(2).replace("\"index\":3", "\"index\":30"));
        write(lines);
        assertThat(AuditTrail.verify(file)).satisfies(result -> {
            assertThat(result.ok()).isFalse();
            assertThat(result.line()).isEqualTo(3);
            assertThat(result.reason()).contains("line 3 was changed");
        });
    }

    @Test
    void detectsAnInsertedLine() throws IOException {
        List<String> lines = lines();
        lines.add(2, lines.get(1));
        write(lines);
        AuditVerification result = AuditTrail.verify(file);
        assertThat(result.ok()).isFalse();
        assertThat(result.line()).isEqualTo(3);
        assertThat(result.reason()).contains("seq is 2, expected 3");
    }

    @Test
    void detectsADeletedLine() throws IOException {
        List<String> lines = lines();
        lines.remove(1);
        write(lines);
        AuditVerification result = AuditTrail.verify(file);
        assertThat(result.ok()).isFalse();
        assertThat(result.line()).isEqualTo(2);
        assertThat(result.reason()).contains("seq is 3, expected 2");
    }

    @Test
    void detectsADeletedLineEvenWhenSeqNumbersAreRewritten() throws IOException {
        List<String> lines = lines();
        lines.remove(1);
        for (int index = 1; index < lines.size(); index++) {
            lines.set(index, lines.get(index).replace("\"seq\":" + (index + 2), "\"seq\":" + (index + 1)));
        }
        write(lines);
        AuditVerification result = AuditTrail.verify(file);
        assertThat(result.ok()).isFalse();
        assertThat(result.line()).isEqualTo(1);
        assertThat(result.reason()).contains("does not match prev_sha256 of line 2");
    }

    @Test
    void detectsReorderedLines() throws IOException {
        List<String> lines = lines();
        Collections.swap(lines, 1, 3);
        write(lines);
        AuditVerification result = AuditTrail.verify(file);
        assertThat(result.ok()).isFalse();
        assertThat(result.line()).isEqualTo(2);
        assertThat(result.reason()).contains("reordered");
    }

    @Test
    void detectsATruncatedLastLine() throws IOException {
        byte[] content = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(content, content.length - 10));
        AuditVerification result = AuditTrail.verify(file);
        assertThat(result.ok()).isFalse();
        assertThat(result.line()).isEqualTo(5);
        assertThat(result.reason()).contains("truncated");
    }

    @Test
    void detectsGarbageAndAMissingFile() throws IOException {
        List<String> lines = lines();
        lines.set(3, "not json");
        write(lines);
        assertThat(AuditTrail.verify(file).line()).isEqualTo(4);
        assertThat(AuditTrail.verify(dir.resolve("missing.jsonl")).ok()).isFalse();
    }

    @Test
    void refusesToAppendToABrokenTrail() throws IOException {
        List<String> lines = lines();
        lines.remove(0);
        write(lines);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AuditTrail.open(file, Clock.systemUTC()))
                .hasMessageContaining("broken audit trail");
    }

    private List<String> lines() throws IOException {
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    private void write(List<String> lines) throws IOException {
        Files.writeString(file, String.join("\n", lines) + "\n");
    }
}
