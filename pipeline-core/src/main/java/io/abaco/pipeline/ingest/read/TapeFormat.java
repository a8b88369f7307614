package io.abaco.pipeline.ingest.read;

import io.abaco.error.InputDataException;
import java.nio.file.Path;
import java.util.Locale;

/** The tape formats, chosen by file extension (case-insensitive). */
public enum TapeFormat {
    CSV("csv"),
    PARQUET("parquet"),
    JSONL("jsonl"),
    JSON("json");

    private final String label;

    TapeFormat(String label) {
        this.label = label;
    }

    /** The name in {@link io.abaco.pipeline.ingest.TapeHeader#format()}. */
    public String label() {
        return label;
    }

    /** @throws InputDataException for an extension abaco does not read */
    public static TapeFormat of(Path file, String display) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) return CSV;
        if (name.endsWith(".parquet")) return PARQUET;
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return JSONL;
        if (name.endsWith(".json")) return JSON;
        throw new InputDataException(
                display + ": unknown tape format; expected a .csv, .parquet, .jsonl, .ndjson or .json file");
    }

    /** The file's own extension, lower-cased, for the archived copy {@code input.<ext>}. */
    public static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
