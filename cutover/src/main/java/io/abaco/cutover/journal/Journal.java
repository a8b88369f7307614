package io.abaco.cutover.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.abaco.config.Secrets;
import io.abaco.config.Workspace;
import io.abaco.cutover.Phase;
import io.abaco.cutover.report.CutoverJson;
import io.abaco.fs.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

/**
 * The machine record of a cutover, {@code logs/cutover/<id>/journal.jsonl}: one JSON object per line, each fsynced
 * before {@link #append} returns, so that after a crash the journal holds every event that was reported as done.
 * It is the truth for {@code cutover status} and {@code resume} (see {@link JournalState}).
 *
 * <p>Appends are serialized by this object; one journal per cutover per process (the cutover lock guarantees one
 * process).
 */
public final class Journal {
    public static final String FILE_NAME = "journal.jsonl";

    private final Path file;
    private final String cutoverId;
    private final Clock clock;

    public Journal(Path cutoverDir, String cutoverId, Clock clock) {
        this.file = cutoverDir.resolve(FILE_NAME);
        this.cutoverId = cutoverId;
        this.clock = clock;
    }

    public static Journal of(Workspace workspace, String cutoverId) {
        return new Journal(workspace.cutoverDir(cutoverId), cutoverId, Clock.systemUTC());
    }

    public Path file() {
        return file;
    }

    /** Appends and fsyncs one entry; {@code detail} (nullable) is redacted. Returns the entry written. */
    public synchronized JournalEntry append(Phase phase, JournalEvent event, int attempt, String detail) {
        JournalEntry entry =
                new JournalEntry(clock.instant(), cutoverId, phase, event, attempt, Secrets.redact(detail));
        String line;
        try {
            line = CutoverJson.compact().writeValueAsString(entry) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("journal entry not serializable", e);
        }
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                // A crash mid-write leaves a torn last line; start on a fresh line so it cannot swallow this entry.
                String prefix = endsInsideLine(channel) ? "\n" : "";
                ByteBuffer bytes = ByteBuffer.wrap((prefix + line).getBytes(StandardCharsets.UTF_8));
                // one writer per cutover (the cutover lock), so writing at the end is an append
                long position = channel.size();
                while (bytes.hasRemaining()) position += channel.write(bytes, position);
                channel.force(true);
                if (position == bytes.limit()) AtomicFiles.fsyncDirectory(file.getParent()); // a new journal's name
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file + ": " + e.getMessage(), e);
        }
        return entry;
    }

    /** The number of the next attempt of {@code phase}: 1 + the attempts already journaled. */
    public int nextAttempt(Phase phase) {
        return JournalState.read(file.getParent()).phase(phase).attempts() + 1;
    }

    private static boolean endsInsideLine(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) return false;
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0) != '\n';
    }
}
