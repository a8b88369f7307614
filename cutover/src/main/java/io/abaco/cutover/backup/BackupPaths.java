package io.abaco.cutover.backup;

import io.abaco.config.Workspace;
import java.nio.file.Path;

/** Where files go inside a backup, and the guards that keep a tampered manifest from pointing elsewhere. */
final class BackupPaths {
    static final String FILES_DIR = "files";
    static final String TABLES_DIR = "tables";
    private static final String EXTERNAL = "_external";

    private BackupPaths() {}

    /** The copy's path inside the backup for an original named {@code original} (as in the manifest). */
    static String backupPathOf(String original) {
        Path path = Path.of(original);
        if (path.isAbsolute()) {
            Path withoutRoot = path.getRoot().relativize(path);
            return FILES_DIR + "/" + EXTERNAL + "/" + slashes(withoutRoot);
        }
        return FILES_DIR + "/" + slashes(path);
    }

    static String tableFileOf(String table) {
        return TABLES_DIR + "/" + table + ".csv";
    }

    /** Where a manifest's original path lives in {@code workspace}. */
    static Path originalIn(Workspace workspace, String original) {
        return workspace.resolve(original);
    }

    /** The manifest name of a live file: workspace-relative with '/' separators, absolute when outside. */
    static String originalName(Workspace workspace, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(workspace.root())
                ? slashes(workspace.root().relativize(absolute))
                : absolute.toString();
    }

    static boolean isInside(Path dir, String relative) {
        if (relative == null || Path.of(relative).isAbsolute()) return false;
        Path base = dir.toAbsolutePath().normalize();
        return base.resolve(relative).normalize().startsWith(base);
    }

    /** A relative original must stay inside the workspace; absolute ones (outside roots) are taken as they are. */
    static boolean isSafeOriginal(String original) {
        if (original == null || original.isBlank()) return false;
        Path path = Path.of(original);
        return path.isAbsolute() || !path.normalize().startsWith("..");
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
