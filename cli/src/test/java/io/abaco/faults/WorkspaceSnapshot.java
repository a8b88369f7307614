package io.abaco.faults;

import io.abaco.fs.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file and directory under a workspace: relative path, size and sha256 (and, for log files, the content, so a
 * later snapshot can tell an append from a rewrite).
 */
public record WorkspaceSnapshot(Map<String, Entry> entries) {
    /** One path; {@code sha256} is null for directories; {@code logContent} only for {@code *.log} files. */
    public record Entry(boolean directory, long size, String sha256, byte[] logContent) {}

    /** What changed between two snapshots, by relative path. */
    public record Changes(List<String> added, List<String> removed, List<String> modified, List<String> appended) {
        public Changes {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            modified = List.copyOf(modified);
            appended = List.copyOf(appended);
        }

        public boolean none() {
            return added.isEmpty() && removed.isEmpty() && modified.isEmpty() && appended.isEmpty();
        }
    }

    public WorkspaceSnapshot {
        entries = Map.copyOf(entries);
    }

    public static WorkspaceSnapshot take(Path root) {
        Map<String, Entry> entries = new TreeMap<>();
        if (!Files.exists(root)) return new WorkspaceSnapshot(entries);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                if (path.equals(root)) continue;
                String relative = root.relativize(path).toString();
                if (Files.isDirectory(path)) {
                    entries.put(relative, new Entry(true, 0, null, null));
                } else if (Files.isRegularFile(path)) {
                    byte[] log = relative.endsWith(".log") ? Files.readAllBytes(path) : null;
                    entries.put(relative, new Entry(false, Files.size(path), Hashing.sha256Hex(path), log));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkspaceSnapshot(entries);
    }

    /** The changes from {@code before} to this snapshot. */
    public Changes since(WorkspaceSnapshot before) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> modified = new ArrayList<>();
        List<String> appended = new ArrayList<>();
        for (var now : new TreeMap<>(entries).entrySet()) {
            Entry old = before.entries.get(now.getKey());
            if (old == null) {
                added.add(now.getKey());
            } else if (!now.getValue().directory() && !now.getValue().sha256().equals(old.sha256())) {
                (isAppend(old, now.getValue()) ? appended : modified).add(now.getKey());
            }
        }
        for (String path : new TreeMap<>(before.entries).keySet()) {
            if (!entries.containsKey(path)) removed.add(path);
        }
        return new Changes(added, removed, modified, appended);
    }

    private static boolean isAppend(Entry old, Entry now) {
        if (old.logContent() == null || now.logContent() == null) return false;
        if (now.logContent().length < old.logContent().length) return false;
        for (int index = 0; index < old.logContent().length; index++) {
            if (old.logContent()[index] != now.logContent()[index]) return false;
        }
        return true;
    }
}
