package io.abaco.cutover.run;

import io.abaco.config.Workspace;
import io.abaco.config.model.CutoverConfig;
import io.abaco.cutover.controller.ServiceCommands;
import io.abaco.cutover.report.Artifact;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
}
