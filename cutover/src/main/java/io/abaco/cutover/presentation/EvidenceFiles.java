package io.abaco.cutover.presentation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abaco.config.Workspace;
import io.abaco.fs.AtomicFiles;
import io.abaco.fs.Hashing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the files a report is built from and remembers them: each file read becomes an {@code evidence} artifact
 * with its sha256 (so a reader of the report can check the report against its sources), and each file that exists
 * but cannot be read becomes a problem line instead of an exception. Not thread-safe: one per report.
 */
final class EvidenceFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Workspace workspace;
    private final List<ArtifactRef> evidence = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private String environment;

    EvidenceFiles(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The JSON tree of {@code file}; empty when it does not exist or cannot be parsed (then a problem is noted). */
    Optional<JsonNode> json(Path file) {
        return readString(file, true).flatMap(text -> parse(file, text));
    }

    /**
     * Like {@link #json} but not listed as evidence yet: for directories where only some files turn out to matter
     * (the validation history outside the window, alert state). Call {@link #used} for those that do.
     */
    Optional<JsonNode> peekJson(Path file) {
        return readString(file, false).flatMap(text -> parse(file, text));
    }

    /** Lists a file read with {@link #peekJson} as evidence. */
    void used(Path file) {
        readString(file, true);
    }

    /** The lines of a text file, empty when it does not exist or cannot be read. */
    Optional<List<String>> lines(Path file) {
        return readString(file, true).map(text -> text.lines().toList());
    }

    /** Notes a problem with a file found while interpreting it. */
    void problem(Path file, String what) {
        problems.add(display(file) + ": " + what);
    }

    String display(Path file) {
        return workspace.display(file);
    }

    /** The first {@code environment} (or {@code env}) named at the top of a JSON file read, or null. */
    String environment() {
        return environment;
    }

    List<ArtifactRef> evidence() {
        return List.copyOf(evidence);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    Optional<JsonNode> parse(Path file, String text) {
        return parse(file, 0, text);
    }

    /** Parses {@code text}, which starts at line {@code firstLine + 1} of {@code file} (for JSON Lines files). */
    Optional<JsonNode> parse(Path file, int linesBefore, String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (environment == null && node != null) environment = Nodes.text(node, "environment", "env");
            return Optional.ofNullable(node);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : ":" + (linesBefore + e.getLocation().getLineNr()) + ":"
                            + e.getLocation().getColumnNr();
            problems.add(display(file) + where + ": not valid JSON (" + e.getOriginalMessage() + ")");
            return Optional.empty();
        }
    }

    private Optional<String> readString(Path file, boolean evidenceOfReport) {
        if (!Files.isRegularFile(file) || file.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (evidenceOfReport) {
                evidence.add(new ArtifactRef(
                        "evidence", display(file), Hashing.sha256Hex(bytes), (long) bytes.length, null));
            }
            return Optional.of(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add(display(file) + ": cannot read (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }
}
