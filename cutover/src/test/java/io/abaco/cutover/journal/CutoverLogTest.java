package io.abaco.cutover.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.config.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CutoverLogTest {
    @TempDir
    Path cutoverDir;

    @Test
    void appendsOneRedactedHumanLinePerEvent() throws Exception {
        Secrets.register("tok-cutover-log-123");
        CutoverLog log = new CutoverLog(cutoverDir, Clock.fixed(Instant.parse("2026-11-22T08:15:00Z"), ZoneOffset.UTC));

        log.log("backup", "backed up 12 files");
        log.log("v2-activate", "health check with token tok-cutover-log-123\nfailed");

        assertThat(Files.readAllLines(cutoverDir.resolve("cutover.log")))
                .containsExactly(
                        "[2026-11-22T08:15:00Z] [backup] backed up 12 files",
                        "[2026-11-22T08:15:00Z] [v2-activate] health check with token *** failed");
    }
}
