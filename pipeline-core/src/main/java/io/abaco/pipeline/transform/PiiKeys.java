package io.abaco.pipeline.transform;

import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import io.abaco.error.InputDataException;
import io.abaco.fs.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * Finds the PII masking key: {@code ABACO_PII_KEY} from the environment (never from configuration), else the
 * workspace's own random key in {@code .abaco/pii.key}, created once (0600, in a 0700 directory). Two runs racing
 * to create it end up with the same key: the file is published with a hard link, which never replaces.
 */
public final class PiiKeys {
    public static final String ENV_VARIABLE = "ABACO_PII_KEY";
    private static final int KEY_BYTES = 32;

    private PiiKeys() {}

    public static Path keyFile(Workspace workspace) {
        return workspace.stateDir().resolve("pii.key");
    }

    public static PiiKey resolve(Workspace workspace, Map<String, String> environment) {
        String fromEnvironment = environment.get(ENV_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            Secrets.register(fromEnvironment);
            return new PiiKey(fromEnvironment.getBytes(StandardCharsets.UTF_8), PiiKey.SOURCE_ENV);
        }
        Path file = keyFile(workspace);
        try {
            if (!Files.exists(file)) create(file);
            return new PiiKey(read(file, workspace), PiiKey.SOURCE_WORKSPACE_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + workspace.display(file) + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        Path directory = file.getParent();
        if (!Files.isDirectory(directory)) {
            try {
                Files.createDirectories(
                        directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (FileAlreadyExistsException raced) {
                // another run created it first
            }
        }
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temp = AtomicFiles.tempSibling(file);
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, HexFormat.of().formatHex(key) + "\n");
            AtomicFiles.fsync(temp);
            try {
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException raced) {
                // another run published its key first: use that one
            }
            AtomicFiles.fsyncDirectory(directory);
        } finally {
            AtomicFiles.deleteQuietly(temp);
        }
    }

    private static byte[] read(Path file, Workspace workspace) throws IOException {
        String text = Files.readString(file).trim();
        if (!text.matches("[0-9a-f]{64}")) {
            throw new InputDataException(workspace.display(file)
                    + ": not a PII key (expected 64 hex digits); restore it from backup, or remove it to start"
                    + " a new key (masked values will change)");
        }
        return HexFormat.of().parseHex(text);
    }
}
