package io.abaco.cutover.journal;

import io.abaco.config.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Cutover ids, {@code c-<UTC yyyyMMdd'T'HHmmss'Z'>} (e.g. {@code c-20261122T081500Z}), with a {@code -N} suffix
 * when two cutovers start within one second. Ids sort by start time.
 */
public final class CutoverIds {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern ID = Pattern.compile("c-(\\d{8}T\\d{6}Z)(?:-(\\d+))?");
    private static final Comparator<String> CHRONOLOGICAL =
            Comparator.comparing((String id) -> matcher(id).group(1)).thenComparingInt(CutoverIds::suffix);

    private CutoverIds() {}

    /**
     * A new id for a cutover starting now, and its directory {@code logs/cutover/<id>/} created to reserve it (so
     * two processes never get the same id).
     */
    public static String next(Workspace workspace, Clock clock) {
        String base = "c-" + STAMP.format(clock.instant());
        try {
            Files.createDirectories(workspace.cutoverLogsDir());
            for (int n = 1; ; n++) {
                String id = n == 1 ? base : base + "-" + n;
                try {
                    Files.createDirectory(workspace.cutoverDir(id));
                    return id;
                } catch (FileAlreadyExistsException taken) {
                    // same second as another cutover: try the next suffix
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + workspace.cutoverLogsDir() + ": " + e.getMessage(), e);
        }
    }

    public static String next(Workspace workspace) {
        return next(workspace, Clock.systemUTC());
    }

    /** The latest cutover of the workspace (the last started), empty when there is none. */
    public static Optional<String> current(Workspace workspace) {
        List<String> ids = all(workspace);
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(ids.size() - 1));
    }

    /** Every cutover id under {@code logs/cutover/}, oldest first. */
    public static List<String> all(Workspace workspace) {
        Path dir = workspace.cutoverLogsDir();
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory)
                    .map(path -> path.getFileName().toString())
                    .filter(CutoverIds::isValid)
                    .sorted(CHRONOLOGICAL)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private static Matcher matcher(String id) {
        Matcher matcher = ID.matcher(id);
        if (!matcher.matches()) throw new IllegalArgumentException("not a cutover id: " + id);
        return matcher;
    }

    private static int suffix(String id) {
        String n = matcher(id).group(2);
        return n == null ? 1 : Integer.parseInt(n);
    }
}
