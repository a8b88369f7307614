package io.abaco.cutover.backup;

/**
 * Told after each file or table is copied, for long backups. Called on the backing-up thread; keep it quick.
 */
@FunctionalInterface
public interface BackupProgress {
    BackupProgress NONE = (bytesDone, bytesTotal, itemsDone, itemsTotal) -> {};

    /**
     * @param bytesDone bytes of files copied so far (table dumps count as items only: their size is unknown ahead)
     * @param bytesTotal bytes of all files to copy
     * @param itemsDone files and tables done
     * @param itemsTotal files and tables to do
     */
    void onProgress(long bytesDone, long bytesTotal, int itemsDone, int itemsTotal);
}
