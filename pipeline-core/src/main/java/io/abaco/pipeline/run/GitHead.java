package io.abaco.pipeline.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the commit of a workspace's {@code .git/HEAD} without a git library (loose or packed refs). */
final class GitHead {
    private GitHead() {}

    /** @return the 40-hex commit, or null when the workspace is not a git repository or HEAD is unborn */
    static String commit(Path workspaceRoot) {
        Path gitDir = workspaceRoot.resolve(".git");
        try {
            if (Files.isRegularFile(gitDir)) { // a worktree: "gitdir: <path>"
                String pointer = Files.readString(gitDir).trim();
                if (!pointer.startsWith("gitdir:")) return null;
                gitDir = workspaceRoot.resolve(
                        pointer.substring("gitdir:".length()).trim());
            }
            Path head = gitDir.resolve("HEAD");
            if (!Files.isRegularFile(head)) return null;
            String content = Files.readString(head).trim();
            if (!content.startsWith("ref:")) return isCommit(content) ? content : null;
            String ref = content.substring("ref:".length()).trim();
            for (Path dir : List.of(gitDir, commonDir(gitDir))) {
                Path loose = dir.resolve(ref);
                if (Files.isRegularFile(loose)) {
                    String commit = Files.readString(loose).trim();
                    return isCommit(commit) ? commit : null;
                }
                Path packed = dir.resolve("packed-refs");
                if (Files.isRegularFile(packed)) {
                    for (String line : Files.readAllLines(packed)) {
                        if (line.endsWith(" " + ref) && isCommit(line.substring(0, 40))) return line.substring(0, 40);
                    }
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Path commonDir(Path gitDir) throws IOException {
        Path common = gitDir.resolve("commondir");
        return Files.isRegularFile(common)
                ? gitDir.resolve(Files.readString(common).trim()).normalize()
                : gitDir;
    }

    private static boolean isCommit(String text) {
        return text.matches("[0-9a-f]{40}");
    }
}
