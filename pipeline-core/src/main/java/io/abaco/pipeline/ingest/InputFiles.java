package io.abaco.pipeline.ingest;

import io.abaco.error.InputDataException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens a tape file, turning every way it can be unusable into a one-line message naming it. */
final class InputFiles {
    private InputFiles() {}

    /** @throws InputDataException for a missing file, a directory, or a 0-byte file */
    static void check(Path file, String display) {
        if (Files.isDirectory(file)) throw new InputDataException(display + ": is a directory, not a tape file");
        if (!Files.exists(file)) throw new InputDataException(display + ": no such file");
        try {
            if (Files.size(file) == 0) throw new InputDataException(display + ": empty file (0 bytes)");
        } catch (IOException e) {
            throw failure(e, display);
        }
    }

    static InputStream open(Path file, String display) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw failure(e, display);
        }
    }

    static InputDataException failure(IOException e, String display) {
        if (e instanceof NoSuchFileException) return new InputDataException(display + ": no such file", e);
        if (e instanceof AccessDeniedException) {
            return new InputDataException(display + ": cannot read: permission denied", e);
        }
        return new InputDataException(display + ": cannot read: " + e.getMessage(), e);
    }
}
