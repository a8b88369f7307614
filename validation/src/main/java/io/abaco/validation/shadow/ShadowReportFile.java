package io.abaco.validation.shadow;

import io.abaco.error.InputDataException;
import io.abaco.fs.AtomicFiles;
import io.abaco.validation.ValidationJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A {@link ShadowReport} or {@link HistoricalReport} as a JSON file (snake_case keys), written atomically. */
public final class ShadowReportFile {
    private ShadowReportFile() {}

    public static String json(Object report) {
        return ValidationJson.write(report);
    }

    public static void write(Path target, Object report) {
        AtomicFiles.writeString(target, json(report));
    }

    public static ShadowReport read(Path file) {
        try {
            return ValidationJson.mapper().readValue(Files.readString(file), ShadowReport.class);
        } catch (IOException e) {
            throw new InputDataException(file + ": not a shadow report: " + e.getMessage(), e);
        }
    }
}
