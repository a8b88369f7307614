package io.abaco.cutover.presentation;

import io.abaco.config.Workspace;
import io.abaco.error.StateRefusedException;
import io.abaco.error.UsageException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds a {@link CutoverReportModel} from the files a cutover left in the workspace (DESIGN §3, §8–§10): phase
 * reports, journal, cutover.log, shadow comparison, validation history, rollback report and backup manifest.
 *
 * <p>Tolerant by design: the files come from several producers, so unknown keys are ignored, a missing optional
 * file makes its section "not available", and a file that cannot be parsed is listed in
 * {@link CutoverReportModel#problems()} while the rest of the report is still built. Thread-safe (stateless).
 */
public final class CutoverReportReader {
    /** How many lines of {@code cutover.log} the report quotes. */
    public static final int LOG_TAIL_LINES = 40;

    private CutoverReportReader() {}

    /**
     * Reads the report of one cutover.
     *
     * @param workspace the workspace
     * @param cutoverId the cutover to report on; empty for the newest under {@code logs/cutover/}
     * @throws StateRefusedException when there is no cutover under {@code logs/cutover/}
     * @throws UsageException when {@code cutoverId} names no cutover (the message lists the ids that exist)
     */
    public static CutoverReportModel read(Workspace workspace, Optional<String> cutoverId) {
        CutoverDirectories directories = new CutoverDirectories(workspace);
        String id = directories.resolve(cutoverId);
        Path dir = workspace.cutoverDir(id);
        EvidenceFiles files = new EvidenceFiles(workspace);

        List<AttemptRow> journal = JournalReader.read(files, dir.resolve("journal.jsonl"));
        List<PhaseSummary> phases = PhaseReports.read(files, dir, journal);
        Section<List<String>> logTail = files.lines(dir.resolve("cutover.log"))
                .map(lines -> Section.of(lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size())))
                .orElseGet(() -> Section.unavailable("no cutover.log"));
        Section<RollbackSummary> rollback = RollbackReader.rollback(files, dir.resolve("rollback.json"));
        Section<BackupSummary> backup =
                RollbackReader.backup(files, workspace.backupRoot().resolve(id).resolve("backup-manifest.json"));
        Section<ShadowSummary> shadow = ShadowReader.read(files, workspace, dir, phases);

        Instant started = earliest(phases, journal)
                .or(() -> CutoverDirectories.stampOf(id))
                .orElse(null);
        Instant finished = latest(phases, journal, rollback).orElse(null);
        Section<ValidationWindow> validation = ValidationHistoryReader.read(
                files,
                workspace.validationHistoryDir(),
                started,
                directories.nextStart(id).orElse(null));

        return new CutoverReportModel(
                id,
                files.environment(),
                verdict(phases, rollback),
                started,
                finished,
                duration(started, finished, phases),
                phases,
                journal,
                logTail,
                shadow,
                validation,
                rollback,
                backup,
                artifacts(phases, backup, files),
                files.problems());
    }

    static OverallVerdict verdict(List<PhaseSummary> phases, Section<RollbackSummary> rollback) {
        if (rollback.available()) {
            return "FAIL".equals(rollback.content().status())
                    ? OverallVerdict.ROLLBACK_FAILED
                    : OverallVerdict.ROLLED_BACK;
        }
        if (phases.stream().anyMatch(phase -> "FAIL".equals(phase.status()))) return OverallVerdict.FAILED;
        boolean allPassed = phases.stream()
                .filter(phase -> PhaseReports.PHASES.contains(phase.phase()))
                .allMatch(phase -> "PASS".equals(phase.status()));
        return allPassed ? OverallVerdict.PASSED : OverallVerdict.INCOMPLETE;
    }

    private static Optional<Instant> earliest(List<PhaseSummary> phases, List<AttemptRow> journal) {
        return Stream.concat(
                        phases.stream().map(PhaseSummary::startedAt),
                        journal.stream().map(AttemptRow::at))
                .filter(Objects::nonNull)
                .min(Instant::compareTo);
    }

    private static Optional<Instant> latest(
            List<PhaseSummary> phases, List<AttemptRow> journal, Section<RollbackSummary> rollback) {
        Stream<Instant> rollbackEnd =
                rollback.available() ? Stream.of(rollback.content().finishedAt()) : Stream.empty();
        return Stream.of(
                        phases.stream().map(PhaseSummary::finishedAt),
                        journal.stream().map(AttemptRow::at),
                        rollbackEnd)
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .max(Instant::compareTo);
    }

    private static Long duration(Instant started, Instant finished, List<PhaseSummary> phases) {
        if (started != null && finished != null)
            return Duration.between(started, finished).toMillis();
        List<Long> known = phases.stream()
                .map(PhaseSummary::durationMs)
                .filter(Objects::nonNull)
                .toList();
        return known.isEmpty()
                ? null
                : known.stream().mapToLong(Long::longValue).sum();
    }

    private static List<ArtifactRef> artifacts(
            List<PhaseSummary> phases, Section<BackupSummary> backup, EvidenceFiles files) {
        List<ArtifactRef> all = new ArrayList<>();
        phases.forEach(phase -> all.addAll(phase.artifacts()));
        if (backup.available()) {
            all.addAll(backup.content().files());
            backup.content().tables().stream()
                    .filter(table -> table.file() != null)
                    .forEach(table ->
                            all.add(new ArtifactRef("backup-manifest", table.file(), table.sha256(), null, null)));
        }
        all.addAll(files.evidence());
        return all;
    }
}
