package io.abaco.cutover.presentation;

import java.time.Instant;
import java.util.List;

/**
 * Everything the cutover report shows, read from the workspace's files by {@link CutoverReportReader}. Renderers
 * only format it. Immutable and thread-safe. Text in it is as the files wrote it (renderers escape and redact).
 *
 * @param cutoverId the cutover
 * @param environment the environment the files name, or null when none does
 * @param verdict the overall verdict derived from the phases and the rollback
 * @param startedAt the earliest time recorded, or null
 * @param finishedAt the latest time recorded (phases, journal, rollback), or null
 * @param durationMs {@code finishedAt - startedAt} in ms, or the sum of phase durations when times are missing;
 *     null when neither is known
 * @param phases the six phases in order (NOT_RUN rows for phases with no trace), then unknown ones
 * @param journal every journal event in file order (empty when there is no journal)
 * @param logTail the last lines of {@code cutover.log}, or not available
 * @param shadow the shadow comparison, or not available
 * @param validation the monitoring window's validation history, or not available
 * @param rollback the rollback, or not available (no rollback happened)
 * @param backup the backup manifest, or not available
 * @param artifacts every artifact: phase artifacts, backup files, and the evidence files read (with their sha256)
 * @param problems files that exist but could not be read, one line each (the rest of the report is still built)
 */
public record CutoverReportModel(
        String cutoverId,
        String environment,
        OverallVerdict verdict,
        Instant startedAt,
        Instant finishedAt,
        Long durationMs,
        List<PhaseSummary> phases,
        List<AttemptRow> journal,
        Section<List<String>> logTail,
        Section<ShadowSummary> shadow,
        Section<ValidationWindow> validation,
        Section<RollbackSummary> rollback,
        Section<BackupSummary> backup,
        List<ArtifactRef> artifacts,
        List<String> problems) {
    public CutoverReportModel {
        phases = List.copyOf(phases);
        journal = List.copyOf(journal);
        artifacts = List.copyOf(artifacts);
        problems = List.copyOf(problems);
    }
}
