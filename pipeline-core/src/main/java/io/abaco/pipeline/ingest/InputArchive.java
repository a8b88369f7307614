package io.abaco.pipeline.ingest;

import io.abaco.fs.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The copy of the raw input kept with the run ({@code input.<ext>} in the staging directory). Written to a temporary
 * sibling while the tape is read and renamed into place only when the ingestion succeeded.
 */
final class InputArchive implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean committed;

    InputArchive(Path stagingDir, String extension) {
        this.target = stagingDir.resolve("input." + extension);
        this.temp = AtomicFiles.tempSibling(target);
        try {
            Files.createDirectories(stagingDir);
            this.out = new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temp + ": " + e.getMessage(), e);
        }
    }

    OutputStream stream() {
        return out;
    }

    Path target() {
        return target;
    }

    Path commit() {
        try {
            out.close();
            AtomicFiles.commit(temp, target);
            committed = true;
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (committed) return;
        try {
            out.close();
        } catch (IOException ignored) {
            // deleted below
        }
        AtomicFiles.deleteQuietly(temp);
    }
}
