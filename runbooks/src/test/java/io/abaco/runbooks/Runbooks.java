package io.abaco.runbooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The runbooks of this module (Markdown files at the module root) in the order they are executed: the order an
 * operator meets them in one cutover's life, so that each runbook starts from the state the previous one left.
 */
final class Runbooks {
    /** setup, then the window, then the 24 hours after it, then the way back, then what to do when lost. */
    static final List<String> ORDER =
            List.of("setup.md", "cutover.md", "monitoring-24h.md", "rollback.md", "incident.md");

    /** The {@code .md} files that are not runbooks. */
    static final List<String> NOT_RUNBOOKS = List.of("README.md");

    private Runbooks() {}

    /** The module root, set by the build ({@code abaco.runbooks.dir}); the working directory otherwise. */
    static Path directory() {
        return Path.of(System.getProperty("abaco.runbooks.dir", "."));
    }

    /** The repository root, set by the build ({@code abaco.repo.root}). */
    static Path repositoryRoot() {
        return Path.of(System.getProperty("abaco.repo.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    /** The {@code .md} files present in the directory that are runbooks, by name (to compare with {@link #ORDER}). */
    static List<String> present(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".md") && !NOT_RUNBOOKS.contains(name))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every step of every runbook, in {@link #ORDER}. */
    static List<RunbookStep> stepsInOrder(Path directory) {
        List<RunbookStep> steps = new ArrayList<>();
        for (String name : ORDER) steps.addAll(RunbookParser.parse(name, read(directory.resolve(name))));
        return steps;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
