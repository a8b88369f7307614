package io.abaco.cutover.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code rollback.json} (steps as {@code name} or {@code step}) and {@code backup-manifest.json}. */
final class RollbackReader {
    private RollbackReader() {}

    static Section<RollbackSummary> rollback(EvidenceFiles files, Path file) {
        if (!Files.exists(file)) return Section.unavailable("no rollback was recorded for this cutover");
        Optional<JsonNode> read = files.json(file).filter(JsonNode::isObject);
        if (read.isEmpty()) return Section.unavailable(files.display(file) + " could not be read");
        JsonNode node = read.get();
        List<RollbackStep> steps = new ArrayList<>();
        for (JsonNode step : Nodes.elements(node, "steps")) {
            steps.add(new RollbackStep(
                    PhaseReports.orElse(Nodes.text(step, "name", "step"), "(unnamed)"),
                    Nodes.status(step, "status"),
                    Nodes.whole(step, "duration_ms", "durationMs"),
                    Nodes.text(step, "message", "detail")));
        }
        return Section.of(new RollbackSummary(
                files.display(file),
                Nodes.status(node, "status", "verdict"),
                Nodes.instant(node, "started_at", "startedAt"),
                Nodes.instant(node, "finished_at", "finishedAt"),
                Nodes.whole(node, "duration_ms", "durationMs"),
                steps,
                Nodes.text(node, "error")));
    }

    static Section<BackupSummary> backup(EvidenceFiles files, Path manifest) {
        if (!Files.exists(manifest)) return Section.unavailable("no backup manifest at " + files.display(manifest));
        Optional<JsonNode> read = files.json(manifest).filter(JsonNode::isObject);
        if (read.isEmpty()) return Section.unavailable(files.display(manifest) + " could not be read");
        JsonNode node = read.get();
        List<ArtifactRef> backedUp = new ArrayList<>();
        for (JsonNode file : Nodes.elements(node, "files")) {
            String original = Nodes.text(file, "path");
            String copy = Nodes.text(file, "backup_path");
            String location = copy == null ? original : files.display(manifest.resolveSibling(copy));
            if (location != null) {
                backedUp.add(new ArtifactRef(
                        "backup-manifest",
                        location,
                        Nodes.text(file, "sha256"),
                        Nodes.whole(file, "bytes", "size"),
                        copy == null ? null : original));
            }
        }
        List<BackupSummary.BackupTable> tables = new ArrayList<>();
        for (JsonNode table : Nodes.elements(node, "tables")) {
            String schema = Nodes.text(table, "schema");
            String name = PhaseReports.orElse(Nodes.text(table, "table", "name"), "(unnamed)");
            tables.add(new BackupSummary.BackupTable(
                    schema == null ? name : schema + "." + name,
                    Nodes.whole(table, "rows", "row_count"),
                    Nodes.text(table, "sha256", "checksum"),
                    Nodes.text(table, "file") == null
                            ? null
                            : files.display(manifest.resolveSibling(Nodes.text(table, "file")))));
        }
        return Section.of(new BackupSummary(
                files.display(manifest), Nodes.instant(node, "created_at", "createdAt"), backedUp, tables));
    }
}
