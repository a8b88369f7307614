package io.abaco.cutover.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.abaco.config.Secrets;
import io.abaco.cutover.Phase;
import io.abaco.cutover.report.CutoverJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    @TempDir
    Path cutoverDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:15:00Z"), ZoneOffset.UTC);

    @Test
    void appendsOneJsonObjectPerLineWithTheDesignKeys() throws Exception {
        Journal journal = new Journal(cutoverDir, "c-20261122T081500Z", clock);
        journal.append(Phase.PREFLIGHT, JournalEvent.STARTED, 1, null);
        journal.append(Phase.PREFLIGHT, JournalEvent.PASSED, 1, "7 checks passed");

        List<String> lines = Files.readAllLines(cutoverDir.resolve("journal.jsonl"));
        assertThat(lines).hasSize(2);
        JsonNode passed = CutoverJson.compact().readTree(lines.get(1));
        assertThat(passed.fieldNames())
                .toIterable()
                .containsExactly("at", "cutover_id", "phase", "event", "attempt", "detail");
        assertThat(passed.get("at").asText()).isEqualTo("2026-11-22T08:15:00Z");
        assertThat(passed.get("phase").asText()).isEqualTo("preflight");
        assertThat(passed.get("event").asText()).isEqualTo("passed");
        assertThat(passed.get("attempt").asInt()).isEqualTo(1);
        assertThat(passed.get("detail").asText()).isEqualTo("7 checks passed");
    }

    @Test
    void redactsSecretsInDetails() throws Exception {
        Secrets.register("hunter2-journal");
        new Journal(cutoverDir, "c-1", clock).append(Phase.BACKUP, JournalEvent.FAILED, 1, "auth hunter2-journal");

        assertThat(Files.readString(cutoverDir.resolve("journal.jsonl")))
                .doesNotContain("hunter2-journal")
                .contains("auth ***");
    }

    @Test
    void stateTellsLastStatusAttemptsAndTheNextPhase() {
        Journal journal = new Journal(cutoverDir, "c-1", clock);
        journal.append(Phase.PREFLIGHT, JournalEvent.STARTED, 1, null);
        journal.append(Phase.PREFLIGHT, JournalEvent.PASSED, 1, null);
        journal.append(Phase.BACKUP, JournalEvent.STARTED, 1, null);
        journal.append(Phase.BACKUP, JournalEvent.FAILED, 1, "disk full");
        journal.append(Phase.BACKUP, JournalEvent.STARTED, 2, null);
        journal.append(Phase.BACKUP, JournalEvent.PASSED, 2, null);
        journal.append(Phase.STAGING_VALIDATE, JournalEvent.STARTED, 1, null);
        journal.append(Phase.STAGING_VALIDATE, JournalEvent.FAILED, 1, "PAR30 variance 7%");

        JournalState state = JournalState.read(cutoverDir);

        assertThat(state.cutoverId()).isEqualTo("c-1");
        assertThat(state.phase(Phase.PREFLIGHT).progress()).isEqualTo(PhaseProgress.PASSED);
        assertThat(state.phase(Phase.BACKUP).progress()).isEqualTo(PhaseProgress.PASSED);
        assertThat(state.phase(Phase.BACKUP).attempts()).isEqualTo(2);
        assertThat(state.phase(Phase.STAGING_VALIDATE).progress()).isEqualTo(PhaseProgress.FAILED);
        assertThat(state.phase(Phase.STAGING_VALIDATE).lastDetail()).isEqualTo("PAR30 variance 7%");
        assertThat(state.phase(Phase.V1_STOP).progress()).isEqualTo(PhaseProgress.NOT_STARTED);
        assertThat(state.nextPhase()).contains(Phase.STAGING_VALIDATE);
        assertThat(state.interrupted()).isEmpty();
        assertThat(state.tornTail()).isFalse();
        assertThat(journal.nextAttempt(Phase.STAGING_VALIDATE)).isEqualTo(2);
    }

    @Test
    void aPhaseStartedAndNeverFinishedWasInterrupted() {
        Journal journal = new Journal(cutoverDir, "c-1", clock);
        journal.append(Phase.PREFLIGHT, JournalEvent.STARTED, 1, null);
        journal.append(Phase.PREFLIGHT, JournalEvent.PASSED, 1, null);
        journal.append(Phase.BACKUP, JournalEvent.STARTED, 1, null);

        JournalState state = JournalState.read(cutoverDir);

        assertThat(state.interrupted()).containsExactly(Phase.BACKUP);
        assertThat(state.phase(Phase.BACKUP).progress()).isEqualTo(PhaseProgress.INTERRUPTED);
        assertThat(state.nextPhase()).contains(Phase.BACKUP);
    }

    @Test
    void aTornLastLineIsToleratedReportedAndDoesNotSwallowTheNextEntry() throws Exception {
        Journal journal = new Journal(cutoverDir, "c-1", clock);
        journal.append(Phase.PREFLIGHT, JournalEvent.STARTED, 1, null);
        journal.append(Phase.PREFLIGHT, JournalEvent.PASSED, 1, null);
        Path file = cutoverDir.resolve("journal.jsonl");
        Files.writeString(
                file,
                "{\"at\":\"2026-11-22T08:15:00Z\",\"cutover_id\":\"c-1\",\"pha",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        JournalState torn = JournalState.read(cutoverDir);
        assertThat(torn.tornTail()).isTrue();
        assertThat(torn.damagedLines()).containsExactly(3);
        assertThat(torn.phase(Phase.PREFLIGHT).progress()).isEqualTo(PhaseProgress.PASSED);
        assertThat(torn.nextPhase()).contains(Phase.BACKUP);

        journal.append(Phase.BACKUP, JournalEvent.STARTED, 1, null);

        JournalState after = JournalState.read(cutoverDir);
        assertThat(after.tornTail()).isFalse();
        assertThat(after.damagedLines()).containsExactly(3);
        assertThat(after.phase(Phase.BACKUP).progress()).isEqualTo(PhaseProgress.INTERRUPTED);
    }

    @Test
    void aValidLineWithoutItsNewlineIsTornToo() throws Exception {
        Path file = cutoverDir.resolve("journal.jsonl");
        Files.writeString(
                file,
                "{\"at\":\"2026-11-22T08:15:00Z\",\"cutover_id\":\"c-1\",\"phase\":\"preflight\","
                        + "\"event\":\"passed\",\"attempt\":1,\"detail\":null}");

        JournalState state = JournalState.read(cutoverDir);

        assertThat(state.tornTail()).isTrue();
        assertThat(state.phase(Phase.PREFLIGHT).progress()).isEqualTo(PhaseProgress.NOT_STARTED);
    }

    @Test
    void noJournalMeansNothingStarted() {
        JournalState state = JournalState.read(cutoverDir.resolve("absent"));

        assertThat(state.started()).isFalse();
        assertThat(state.nextPhase()).contains(Phase.PREFLIGHT);
        assertThat(state.complete()).isFalse();
    }

    @Test
    void everyPhasePassedOrSkippedIsComplete() {
        Journal journal = new Journal(cutoverDir, "c-1", clock);
        for (Phase phase : Phase.values()) {
            journal.append(phase, JournalEvent.STARTED, 1, null);
            journal.append(
                    phase, phase == Phase.STAGING_VALIDATE ? JournalEvent.SKIPPED : JournalEvent.PASSED, 1, null);
        }

        assertThat(JournalState.read(cutoverDir).complete()).isTrue();
        assertThat(JournalState.read(cutoverDir).nextPhase()).isEmpty();
    }
}
