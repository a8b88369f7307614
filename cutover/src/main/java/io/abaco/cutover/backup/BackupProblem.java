package io.abaco.cutover.backup;

/**
 * One thing wrong with a backup.
 *
 * @param path the file concerned, relative to the backup directory (or the workspace, for a restored file)
 * @param expected what the manifest says (a checksum, a size, an id), null where it does not apply
 * @param actual what was found, null where nothing was
 * @param reason why it is a problem
 */
public record BackupProblem(String path, String expected, String actual, ProblemReason reason) {
    /** {@code path: reason (expected X, found Y)}. */
    public String describe() {
        String detail = expected == null && actual == null
                ? ""
                : " (expected " + shorten(expected) + ", found " + shorten(actual) + ")";
        return path + ": " + reason.jsonName() + detail;
    }

    /** Checksums are abbreviated in messages; the record keeps them whole. */
    private static String shorten(String value) {
        if (value == null) return "-";
        return value.matches("[0-9a-f]{64}") ? value.substring(0, 12) + "…" : value;
    }
}
