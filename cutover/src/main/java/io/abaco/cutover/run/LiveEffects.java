package io.abaco.cutover.run;

import io.abaco.config.Workspace;
import io.abaco.cutover.ActivePipeline;
import io.abaco.cutover.controller.ServiceCommands;
import io.abaco.cutover.git.GitWorkspace;
import io.abaco.cutover.report.Artifact;
import io.abaco.fs.AtomicFiles;
import io.abaco.fs.Hashing;
import java.nio.file.Path;
import java.util.Map;

/** The effects of a real cutover. */
public final class LiveEffects implements CutoverEffects {
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
}
