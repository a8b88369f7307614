package io.abaco.cutover;

import io.abaco.config.Workspace;
import io.abaco.fs.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which pipeline is the production one: {@code v1} until {@code v2-activate} switches it, {@code v1} again after a
 * rollback. Kept in {@code .abaco/active-pipeline}, written atomically.
 */
public final class ActivePipeline {
    public static final String V1 = "v1";
    public static final String V2 = "v2";

    private final Path file;

    public ActivePipeline(Workspace workspace) {
        this.file = workspace.stateDir().resolve("active-pipeline");
    }

    /** {@code v1} when nothing was ever switched. */
    public String current() {
        try {
            if (!Files.exists(file)) return V1;
            String value = Files.readString(file, StandardCharsets.UTF_8).trim();
            return value.equals(V2) ? V2 : V1;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public void switchTo(String pipeline) {
        if (!pipeline.equals(V1) && !pipeline.equals(V2)) throw new IllegalArgumentException(pipeline);
        AtomicFiles.writeString(file, pipeline + "\n");
    }
}
