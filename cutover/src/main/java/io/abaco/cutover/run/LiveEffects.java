package io.abaco.cutover.run;

import io.abaco.config.Workspace;
import io.abaco.config.model.DatabaseConfig;
import io.abaco.config.model.ServiceConfig;
import io.abaco.cutover.ActivePipeline;
import io.abaco.cutover.backup.BackupManifest;
import io.abaco.cutover.backup.BackupRequest;
import io.abaco.cutover.backup.BackupResult;
import io.abaco.cutover.backup.BackupService;
import io.abaco.cutover.controller.ServiceCommands;
import io.abaco.cutover.git.GitWorkspace;
import io.abaco.cutover.report.Artifact;
import io.abaco.fs.AtomicFiles;
import io.abaco.fs.Hashing;
import io.abaco.pipeline.db.DatabaseMigrations;
import io.abaco.pipeline.run.PipelineRunner;
import io.abaco.pipeline.run.RunRequest;
import io.abaco.pipeline.run.RunResult;
import io.abaco.validation.shadow.KpiSnapshot;
import io.abaco.validation.shadow.V1CommandExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The effects of a real cutover. */
public final class LiveEffects implements CutoverEffects {
    private static final Duration V1_RUN_TIMEOUT = Duration.ofMinutes(30);

    private final Workspace workspace;
    private final ServiceCommands services;

    public LiveEffects(Workspace workspace, io.abaco.config.model.CutoverConfig cutover, Map<String, String> env) {
        this.workspace = workspace;
        this.services = new ServiceCommands(cutover, workspace, env, false);
    }

    @Override
    public ServiceCommands services() {
        return services;
    }

    @Override
    public Artifact writeArtifact(Path cutoverDir, String fileName, String content) {
        Path file = cutoverDir.resolve(fileName);
        AtomicFiles.writeString(file, io.abaco.config.Secrets.redact(content));
        return new Artifact(workspace.display(file), Hashing.sha256Hex(file));
    }

    @Override
    public void switchActivePipeline(String pipeline) {
        new ActivePipeline(workspace).switchTo(pipeline);
    }

    @Override
    public String tagHead(String tagName) {
        GitWorkspace git = new GitWorkspace(workspace);
        return git.isRepository() && git.head().isPresent() ? git.tagHead(tagName) : null;
    }

    @Override
    public BackupOutcome backup(BackupRequest request) {
        BackupResult result = new BackupService().backup(request);
        BackupManifest manifest = result.manifest();
        return new BackupOutcome(
                workspace.display(result.backupDir()),
                manifest.files().size(),
                manifest.totalBytes(),
                manifest.tables().stream()
                        .map(table -> table.table() + " (" + table.rows() + " rows)")
                        .toList(),
                result.reused(),
                true);
    }

    @Override
    public int migrate(DatabaseConfig database) {
        return DatabaseMigrations.migrate(database);
    }

    @Override
    public Optional<RunResult> runPipeline(RunRequest request) {
        return Optional.of(new PipelineRunner().run(request));
    }

    @Override
    public Optional<KpiSnapshot> runV1(ServiceConfig v1, Path workingDirectory, Path tape, Path outputDir) {
        return Optional.of(new V1CommandExecutor(v1, workingDirectory, V1_RUN_TIMEOUT).run(tape, outputDir));
    }
}
