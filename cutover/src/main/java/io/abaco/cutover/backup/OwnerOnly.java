package io.abaco.cutover.backup;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Backups hold production data: their files are 0600 and their directories 0700 (owner only). Also converts
 * permissions to and from the octal strings of the manifest. No-ops on file systems without POSIX permissions.
 */
final class OwnerOnly {
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {}

    /** Creates {@code directory} and missing parents up to (not including) {@code within}, each 0700. */
    static void createDirectories(Path directory, Path within) throws IOException {
        if (Files.isDirectory(directory)) return;
        Path parent = directory.getParent();
        if (parent != null && !parent.equals(within) && !Files.isDirectory(parent)) createDirectories(parent, within);
        Files.createDirectories(directory);
        restrict(directory);
    }

    static void restrict(Path path) throws IOException {
        if (!POSIX) return;
        Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIRECTORY : FILE);
    }

    /** The permissions of {@code file} as octal, e.g. {@code 0644}; null without POSIX permissions. */
    static String mode(Path file) throws IOException {
        if (!POSIX) return null;
        int bits = 0;
        for (PosixFilePermission permission : Files.getPosixFilePermissions(file)) {
            bits |= 1 << (8 - permission.ordinal());
        }
        return String.format("0%03o", bits);
    }

    /** Applies an octal mode from a manifest; a null mode is ignored. */
    static void applyMode(Path file, String mode) throws IOException {
        if (!POSIX || mode == null) return;
        int bits = Integer.parseInt(mode, 8);
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission permission : PosixFilePermission.values()) {
            if ((bits & (1 << (8 - permission.ordinal()))) != 0) permissions.add(permission);
        }
        Files.setPosixFilePermissions(file, permissions);
    }
}
