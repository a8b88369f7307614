package io.abaco.cutover.backup;

import io.abaco.config.Workspace;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Child process of the crash tests: runs a real backup or restore, halted by {@code ABACO_CRASH_AT}.
 * Arguments: {@code backup|restore <workspace> [<jdbc url> <user> <schema> <table>...]}.
 */
public final class CrashMain {
    public static void main(String[] args) {
        Workspace workspace = new Workspace(Path.of(args[1]));
        DatabaseTarget database = args.length > 2 ? new DatabaseTarget(args[2], args[3], null, args[4]) : null;
        List<String> tables = args.length > 5 ? Arrays.asList(args).subList(5, args.length) : List.of();
        if (args[0].equals("backup")) {
            new BackupService().backup(Fixtures.request(workspace, database, tables.toArray(String[]::new)));
        } else {
            Path backup = workspace.backupRoot().resolve(Fixtures.CUTOVER);
            RestoreService.live().restore(new RestoreRequest(workspace, Fixtures.CUTOVER, backup, database));
        }
        System.out.println("DONE");
    }
}
