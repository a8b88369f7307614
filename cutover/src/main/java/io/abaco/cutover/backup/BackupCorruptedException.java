package io.abaco.cutover.backup;

import io.abaco.error.InputDataException;

/**
 * A backup that fails verification, so it will not be restored (DESIGN §12.2). Exit 2: the backup is bad input;
 * nothing was changed. The message names the bad files; {@link #verification()} has all of them.
 */
public class BackupCorruptedException extends InputDataException {
    private final transient BackupVerification verification;

    public BackupCorruptedException(String backupDisplayName, BackupVerification verification) {
        super("backup " + backupDisplayName + " failed verification, nothing was changed: " + verification.summary());
        this.verification = verification;
    }

    public BackupVerification verification() {
        return verification;
    }
}
