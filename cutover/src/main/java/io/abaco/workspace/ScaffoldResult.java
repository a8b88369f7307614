package io.abaco.workspace;

import java.util.List;

/**
 * The workspace {@code abaco init} created.
 *
 * @param directory absolute path of the workspace
 * @param files the files written, workspace-relative, in a stable order
 * @param tapeRows data rows in {@code data/raw/loan_tape.csv}
 * @param tapeSha256 sha256 of the tape's bytes
 */
public record ScaffoldResult(String directory, List<String> files, long tapeRows, String tapeSha256) {
    public ScaffoldResult {
        files = List.copyOf(files);
    }
}
