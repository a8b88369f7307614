package io.abaco.cutover.backup;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of checking a backup against its manifest.
 *
 * @param ok true when every file and table dump matches its manifest entry
 * @param backupDir the directory checked
 * @param manifest the manifest read, null when it is missing or unreadable
 * @param problems every mismatch found (all of them, not only the first)
 */
public record BackupVerification(boolean ok, String backupDir, BackupManifest manifest, List<BackupProblem> problems) {
    private static final int LISTED_IN_SUMMARY = 5;

    public BackupVerification {
        problems = List.copyOf(problems);
    }

    static BackupVerification of(String backupDir, BackupManifest manifest, List<BackupProblem> problems) {
        return new BackupVerification(problems.isEmpty(), backupDir, manifest, problems);
    }

    /** The problems on one line, the first few named, e.g. {@code files/config/pipeline.yml: checksum_mismatch …}. */
    public String summary() {
        String listed = problems.stream()
                .limit(LISTED_IN_SUMMARY)
                .map(BackupProblem::describe)
                .collect(Collectors.joining("; "));
        int more = problems.size() - LISTED_IN_SUMMARY;
        return more > 0 ? listed + "; and " + more + " more" : listed;
    }
}
