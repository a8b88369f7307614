package io.abaco.pipeline.run;

import io.abaco.fs.AtomicFiles;
import io.abaco.fs.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/**
 * A run directory staged under a temporary name inside the runs directory and renamed into place when complete,
 * so {@code logs/runs/<run_id>/} is never seen half-written. Publishing over an existing run of the same id
 * replaces it: the old directory is first renamed aside, then the new one into place, then the old one deleted.
 */
final class RunDirectory {
    private final Path runsDir;
    private final Path staging;

    private RunDirectory(Path runsDir, Path staging) {
        this.runsDir = runsDir;
        this.staging = staging;
    }

    /** Staging left by a run that crashed is removed once it is this old (a live run never takes that long). */
    static final java.time.Duration STALE = java.time.Duration.ofHours(24);

    static RunDirectory create(Path runsDir) {
        try {
            Files.createDirectories(runsDir);
            sweepStale(runsDir, java.time.Instant.now().minus(STALE));
            Path staging = runsDir.resolve(AtomicFiles.TEMP_PREFIX + UUID.randomUUID() + "-run");
            Files.createDirectory(staging);
            return new RunDirectory(runsDir, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a run directory in " + runsDir + ": " + e.getMessage(), e);
        }
    }

    /** A staged directory left by a killed run, to be published by crash recovery. */
    static RunDirectory adopt(Path runsDir, Path staging) {
        return new RunDirectory(runsDir, staging);
    }

    /** Deletes entries named with {@link AtomicFiles#TEMP_PREFIX} last modified before {@code cutoff}. */
    static void sweepStale(Path directory, java.time.Instant cutoff) {
        if (!Files.isDirectory(directory)) return;
        try (var entries = Files.newDirectoryStream(directory, AtomicFiles.TEMP_PREFIX + "*")) {
            for (Path entry : entries) {
                if (Files.getLastModifiedTime(entry).toInstant().isBefore(cutoff)) FileTrees.deleteQuietly(entry);
            }
        } catch (IOException ignored) {
            // best effort: leftovers never carry a final name
        }
    }

    /** The random part of the staged directory's name; the run's staged outputs carry it too. */
    String token() {
        String name = staging.getFileName().toString();
        return name.substring(AtomicFiles.TEMP_PREFIX.length(), name.length() - "-run".length());
    }

    Path staging() {
        return staging;
    }

    Path finalPath(String name) {
        return runsDir.resolve(name);
    }

    /** Renames the staged directory to {@code name}, replacing a previous directory of that name. */
    Path publish(String name) {
        Path target = runsDir.resolve(name);
        Path aside = runsDir.resolve(AtomicFiles.TEMP_PREFIX + UUID.randomUUID() + "-replaced-" + name);
        try {
            fsyncTree(staging);
            boolean replacing = Files.exists(target);
            if (replacing) Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (replacing) Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
            AtomicFiles.fsyncDirectory(runsDir);
            if (replacing) FileTrees.deleteQuietly(aside);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish run directory " + target + ": " + e.getMessage(), e);
        }
    }

    /** Name for a failed run's directory, unique in the runs directory. */
    String failedName(java.time.Instant now) {
        String base = RunIds.failed(now);
        String name = base;
        for (int attempt = 2; Files.exists(runsDir.resolve(name)); attempt++) name = base + "-" + attempt;
        return name;
    }

    static void fsyncTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                AtomicFiles.fsync(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
                AtomicFiles.fsyncDirectory(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
