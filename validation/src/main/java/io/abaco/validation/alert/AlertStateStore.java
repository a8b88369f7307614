package io.abaco.validation.alert;

import io.abaco.error.InputDataException;
import io.abaco.fs.AtomicFiles;
import io.abaco.validation.ValidationJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and atomically rewrites the alert state file. A missing file is an empty state; a damaged one is an
 * {@link InputDataException} naming it (silently forgetting the state could repeat or lose alerts).
 */
public final class AlertStateStore {
    public static final String FILE_NAME = "alert-state.json";
    private final Path file;

    public AlertStateStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public AlertState load() {
        if (!Files.exists(file)) return AlertState.empty();
        try {
            return ValidationJson.mapper().readValue(Files.readString(file), AlertState.class);
        } catch (IOException e) {
            throw new InputDataException(
                    file + ": alert state unreadable (delete it to start afresh): "
                            + e.getMessage().lines().findFirst().orElse(""),
                    e);
        }
    }

    public void save(AlertState state) {
        AtomicFiles.writeString(file, ValidationJson.write(state));
    }
}
