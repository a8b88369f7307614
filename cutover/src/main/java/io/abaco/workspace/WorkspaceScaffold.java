package io.abaco.workspace;

import io.abaco.config.Workspace;
import io.abaco.error.UsageException;
import io.abaco.fs.AtomicFiles;
import io.abaco.fs.FileTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Creates a workspace that works out of the box (DESIGN §3): configuration for the three environments, a synthetic
 * tape, the V1 stand-in and a {@code .gitignore}.
 *
 * <p>Everything is first written to a hidden staging directory next to the target and moved into place only when
 * complete, so a failure (a full disk, an interrupted init) leaves the target as it was. Stateless and thread-safe.
 */
public final class WorkspaceScaffold {
    static final String TAPE = "data/raw/loan_tape.csv";
    static final String V1_SCRIPT = "legacy/v1_pipeline.sh";
    private static final String TEMPLATE = "/io/abaco/workspace/template/";
    /** Template resource → workspace path. */
    private static final List<String[]> TEMPLATE_FILES = List.of(
            new String[] {"config/pipeline.yml", "config/pipeline.yml"},
            new String[] {"config/environments/development.yml", "config/environments/development.yml"},
            new String[] {"config/environments/staging.yml", "config/environments/staging.yml"},
            new String[] {"config/environments/production.yml", "config/environments/production.yml"},
            new String[] {"legacy/v1_pipeline.sh", V1_SCRIPT},
            new String[] {"gitignore", ".gitignore"},
            new String[] {"README.md", "README.md"});

    /**
     * @throws UsageException when the target is a file, or a non-empty directory without {@code force}; nothing is
     *     changed then
     */
    public ScaffoldResult create(ScaffoldRequest request) {
        if (request.rows() < 0) throw new UsageException("--rows must be 0 or more, got " + request.rows());
        Path target = request.directory().toAbsolutePath().normalize();
        boolean empty = checkTarget(target, request.directory(), request.force());
        Path staging = stagingDirectory(target);
        try {
            List<String> files = new ArrayList<>();
            for (String[] template : TEMPLATE_FILES) {
                writeTemplate(staging, template[0], template[1], request);
                files.add(template[1]);
            }
            SyntheticTape.Summary tape = SyntheticTape.write(staging.resolve(TAPE), request.rows(), request.seed());
            files.add(TAPE);
            makeExecutable(staging.resolve(V1_SCRIPT));
            files.sort(null);
            StagingMove.into(staging, target, empty);
            return new ScaffoldResult(target.toString(), files, tape.rows(), tape.sha256());
        } finally {
            FileTrees.deleteQuietly(staging);
        }
    }

    /** @return true when the target is absent or an empty directory */
    private static boolean checkTarget(Path target, Path asGiven, boolean force) {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UsageException(asGiven + " exists and is not a directory");
        }
        boolean empty = !Files.exists(target) || isEmptyDirectory(target);
        if (!empty && !force) {
            throw new UsageException(asGiven + " is not empty; use --force to write the workspace files into it");
        }
        return empty;
    }

    private static boolean isEmptyDirectory(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory + ": " + e.getMessage(), e);
        }
    }

    private static Path stagingDirectory(Path target) {
        try {
            Path parent = target.getParent();
            Files.createDirectories(parent);
            return Files.createDirectory(AtomicFiles.tempSibling(target));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory next to " + target + ": " + e.getMessage(), e);
        }
    }

    private static void writeTemplate(Path staging, String resource, String destination, ScaffoldRequest request) {
        String text = readResource(TEMPLATE + resource);
        if (destination.equals("config/pipeline.yml")) {
            text = text.replace("@@V2_COMMAND@@", v2Command(request.abacoLauncher()));
        }
        AtomicFiles.writeString(new Workspace(staging).resolve(destination), text);
    }

    /** A YAML flow list; the launcher path is quoted as a JSON string, which YAML reads as the same string. */
    static String v2Command(Path launcher) {
        String program = launcher == null
                ? "abaco"
                : launcher.toAbsolutePath().normalize().toString();
        return "[" + jsonString(program) + ", serve]";
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String readResource(String name) {
        try (InputStream in = WorkspaceScaffold.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    private static void makeExecutable(Path script) {
        try {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException | IOException e) {
            // a non-POSIX file system: the config runs the script through bash, so it still works
        }
    }
}
