package io.abaco.cutover.presentation;

import io.abaco.config.Workspace;
import io.abaco.error.StateRefusedException;
import io.abaco.error.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The cutovers of a workspace: the directories under {@code logs/cutover/}, ordered by start. An id of the form
 * {@code c-<yyyyMMdd'T'HHmmss'Z'>[-N]} carries its start time; any other directory is placed by its modification
 * time, so hand-named cutovers still sort sensibly.
 */
final class CutoverDirectories {
    private static final Pattern ID = Pattern.compile("c-(\\d{8}T\\d{6}Z)(?:-(\\d+))?");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Workspace workspace;

    CutoverDirectories(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Every cutover id, oldest first. */
    List<String> ids() {
        Path dir = workspace.cutoverLogsDir();
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(this::startOf)
                            .thenComparingInt(CutoverDirectories::suffix)
                            .thenComparing(path -> path.getFileName().toString()))
                    .map(path -> path.getFileName().toString())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + workspace.display(dir) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The cutover to report on: {@code requested} when given, else the newest.
     *
     * @throws StateRefusedException when there is no cutover at all
     * @throws UsageException when {@code requested} names no cutover (the message lists those that exist)
     */
    String resolve(Optional<String> requested) {
        List<String> ids = ids();
        if (ids.isEmpty()) {
            throw new StateRefusedException("no cutover found under " + workspace.display(workspace.cutoverLogsDir()));
        }
        if (requested.isEmpty()) return ids.get(ids.size() - 1);
        String id = requested.get();
        if (!ids.contains(id)) {
            throw new UsageException("unknown cutover id '" + io.abaco.config.Secrets.redact(id) + "'; cutovers under "
                    + workspace.display(workspace.cutoverLogsDir()) + ": " + String.join(", ", ids));
        }
        return id;
    }

    /** The start time encoded in the id of the cutover after {@code id}, if there is one and it has such an id. */
    Optional<Instant> nextStart(String id) {
        List<String> ids = ids();
        int index = ids.indexOf(id);
        if (index < 0 || index + 1 >= ids.size()) return Optional.empty();
        return stampOf(ids.get(index + 1));
    }

    private Instant startOf(Path dir) {
        return stampOf(dir.getFileName().toString()).orElseGet(() -> modified(dir));
    }

    static Optional<Instant> stampOf(String id) {
        Matcher matcher = ID.matcher(id);
        if (!matcher.matches()) return Optional.empty();
        try {
            return Optional.of(Instant.from(STAMP.parse(matcher.group(1))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static int suffix(Path dir) {
        Matcher matcher = ID.matcher(dir.getFileName().toString());
        return matcher.matches() && matcher.group(2) != null ? Integer.parseInt(matcher.group(2)) : 1;
    }

    private static Instant modified(Path dir) {
        try {
            return Files.getLastModifiedTime(dir).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
