package io.abaco.pipeline.run;

import java.util.List;

/**
 * {@code .commit.json} in a staged run directory: written (fsynced) just before the data outputs are renamed to
 * their final names, so that a run killed half-way through the renames can be rolled forward by the next run.
 *
 * @param runId the name the staged directory is published under
 * @param files each staged output: its temporary path and its final path (absolute)
 */
record CommitIntent(String runId, List<Rename> files) {
    static final String FILE_NAME = ".commit.json";

    CommitIntent {
        files = List.copyOf(files);
    }

    record Rename(String temp, String target) {}
}
