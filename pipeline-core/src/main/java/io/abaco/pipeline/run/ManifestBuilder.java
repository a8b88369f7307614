package io.abaco.pipeline.run;

import io.abaco.config.Workspace;
import io.abaco.fs.FileTrees;
import io.abaco.fs.Hashing;
import io.abaco.pipeline.output.OutputFile;
import io.abaco.pipeline.output.StagedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Describes every file of a run for {@code manifest.json}, under the names they will have once published. */
final class ManifestBuilder {
    /** What is already known of a run file (the archived input: its rows and sha256 come from the ingestion). */
    record Measured(long rows, String sha256) {}

    private ManifestBuilder() {}

    static RunManifest build(
            String runId,
            RunDirectory runDirectory,
            StagedFiles outputs,
            Workspace workspace,
            String inputSha256,
            String configSha256,
            Map<Path, Measured> known) {
        List<OutputFile> files = new ArrayList<>(outputs.describe(workspace::display));
        Path finalDir = runDirectory.finalPath(runId);
        try (Stream<Path> entries = Files.walk(runDirectory.staging())) {
            List<Path> runFiles = entries.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(file -> !file.startsWith(runDirectory.staging().resolve(".work")))
                    .sorted()
                    .toList();
            for (Path file : runFiles) {
                Path relative = runDirectory.staging().relativize(file);
                Measured measured = known.get(file.toAbsolutePath().normalize());
                files.add(new OutputFile(
                        workspace.display(finalDir.resolve(relative)),
                        Files.size(file),
                        measured != null ? measured.rows() : rows(file),
                        measured != null ? measured.sha256() : Hashing.sha256Hex(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + runDirectory.staging() + ": " + e.getMessage(), e);
        }
        return new RunManifest(
                runId, files, inputSha256, configSha256, GitHead.commit(workspace.root()), ToolVersion.get());
    }

    /** Data rows of a run file: lines for JSON lines, lines minus the header for CSV, 0 for documents. */
    static long rows(Path file) throws IOException {
        String name = file.getFileName().toString();
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".jsonl")) return 0;
        long lines = FileTrees.countNewlines(file);
        return csv ? Math.max(0, lines - 1) : lines;
    }
}
