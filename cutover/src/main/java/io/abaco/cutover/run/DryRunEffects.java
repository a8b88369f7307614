package io.abaco.cutover.run;

import io.abaco.config.Workspace;
import io.abaco.config.model.CutoverConfig;
import io.abaco.config.model.DatabaseConfig;
import io.abaco.config.model.ServiceConfig;
import io.abaco.cutover.backup.BackupPreview;
import io.abaco.cutover.backup.BackupRequest;
import io.abaco.cutover.backup.BackupService;
import io.abaco.cutover.controller.ServiceCommands;
import io.abaco.cutover.report.Artifact;
import io.abaco.pipeline.run.RunRequest;
import io.abaco.pipeline.run.RunResult;
import io.abaco.validation.shadow.KpiSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The effects of {@code --dry-run}: nothing changes; every change that would happen is remembered as a line. */
public final class DryRunEffects implements CutoverEffects {
    private final Workspace workspace;
    private final ServiceCommands services;
    private final List<String> plan = new ArrayList<>();

    public DryRunEffects(Workspace workspace, CutoverConfig cutover, Map<String, String> env) {
        this.workspace = workspace;
        this.services = new ServiceCommands(cutover, workspace, env, true);
    }

    /** What would have changed, in order. */
    public List<String> plan() {
        return List.copyOf(plan);
    }

    @Override
    public ServiceCommands services() {
        return services;
    }

    @Override
    public Artifact writeArtifact(Path cutoverDir, String fileName, String content) {
        Path file = cutoverDir.resolve(fileName);
        plan.add("would write " + workspace.display(file));
        return new Artifact(workspace.display(file), null);
    }

    @Override
    public void switchActivePipeline(String pipeline) {
        plan.add("would make " + pipeline + " the active pipeline (.abaco/active-pipeline)");
    }

    @Override
    public String tagHead(String tagName) {
        plan.add("would tag git HEAD as " + tagName + " (when the workspace is a git repository)");
        return null;
    }

    @Override
    public BackupOutcome backup(BackupRequest request) {
        BackupPreview preview = new BackupService().preview(request);
        plan.add((preview.existing() ? "would verify the existing backup " : "would back up ")
                + preview.files().size() + " files (" + preview.bytes() + " bytes)"
                + (preview.tables().isEmpty() ? "" : " and tables " + String.join(", ", preview.tables()))
                + " to " + preview.backupDir());
        return new BackupOutcome(
                preview.backupDir(),
                preview.files().size(),
                preview.bytes(),
                preview.tables(),
                preview.existing(),
                false);
    }

    @Override
    public int migrate(DatabaseConfig database) {
        plan.add("would apply pending database migrations to schema " + database.schema());
        return 0;
    }

    @Override
    public Optional<RunResult> runPipeline(RunRequest request) {
        String input = request.input() != null
                ? workspace.display(request.input())
                : request.config().pipeline().ingestion().path();
        plan.add("would run the V2 pipeline on " + input + " into "
                + request.config().pipeline().output().dir());
        return Optional.empty();
    }

    @Override
    public Optional<KpiSnapshot> runV1(ServiceConfig v1, Path workingDirectory, Path tape, Path outputDir) {
        plan.add("would run V1 (" + v1.runCommand() + ") on " + workspace.display(tape) + " into "
                + workspace.display(outputDir));
        return Optional.empty();
    }
}
