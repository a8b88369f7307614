package io.abaco.validation.drift;

import io.abaco.config.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The pre-cutover V1 baseline: {@code logs/cutover/<latest cutover>/v1-baseline.json}, a flat JSON map of KPI →
 * value written by the cutover's staging-validate phase. The latest cutover is the last by its id
 * ({@code c-<yyyyMMdd'T'HHmmss'Z'>[-N]}, which sorts by start time). Read-only.
 */
public final class BaselineFile {
    public static final String FILE_NAME = "v1-baseline.json";
    private static final Pattern CUTOVER_ID = Pattern.compile("c-(\\d{8}T\\d{6}Z)(?:-(\\d+))?");

    private BaselineFile() {}

    /** The latest cutover's baseline file, if the latest cutover wrote one. */
    public static Optional<Path> latest(Workspace workspace) {
        Path dir = workspace.cutoverLogsDir();
        if (!Files.isDirectory(dir)) return Optional.empty();
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory)
                    .filter(child ->
                            CUTOVER_ID.matcher(child.getFileName().toString()).matches())
                    .max(Comparator.comparing((Path child) -> stamp(child)).thenComparingInt(BaselineFile::suffix))
                    .map(latest -> latest.resolve(FILE_NAME))
                    .filter(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String stamp(Path cutoverDir) {
        Matcher id = CUTOVER_ID.matcher(cutoverDir.getFileName().toString());
        return id.matches() ? id.group(1) : "";
    }

    private static int suffix(Path cutoverDir) {
        Matcher id = CUTOVER_ID.matcher(cutoverDir.getFileName().toString());
        return id.matches() && id.group(2) != null ? Integer.parseInt(id.group(2)) : 1;
    }
}
