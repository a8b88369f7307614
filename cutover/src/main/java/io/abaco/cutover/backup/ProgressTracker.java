package io.abaco.cutover.backup;

/** Counts what a snapshot has copied so far and tells the caller's {@link BackupProgress}. */
final class ProgressTracker {
    private final BackupProgress listener;
    private final long bytesTotal;
    private final int itemsTotal;
    private long bytesDone;
    private int itemsDone;

    ProgressTracker(BackupProgress listener, long bytesTotal, int itemsTotal) {
        this.listener = listener;
        this.bytesTotal = bytesTotal;
        this.itemsTotal = itemsTotal;
    }

    /** One more file of {@code bytes} done; returns how many items are done. */
    int fileDone(long bytes) {
        bytesDone += bytes;
        return itemDone();
    }

    /** One more table done; returns how many items are done. */
    int itemDone() {
        itemsDone++;
        listener.onProgress(bytesDone, bytesTotal, itemsDone, itemsTotal);
        return itemsDone;
    }
}
