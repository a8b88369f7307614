package io.abaco.pipeline.run;

import io.abaco.fs.AtomicFiles;
import io.abaco.fs.FileTrees;
import io.abaco.pipeline.output.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a runs directory and an output directory back to a consistent state after a run was killed, before the
 * next run starts (its caller holds the {@link RunLock}, so every temporary found belongs to a dead run):
 *
 * <ol>
 *   <li>a staged run directory with a commit intent was killed while renaming its outputs: the remaining renames
 *       are completed and the directory is published (roll forward: its manifest already describes them);
 *   <li>a run directory renamed aside while being replaced, whose replacement never arrived, is renamed back;
 *   <li>every other staged run directory is deleted, with the staged outputs carrying its token.
 * </ol>
 *
 * Temporaries of unknown origin in the output directory are left to the 24-hour sweep.
 */
final class CrashRecovery {
    private CrashRecovery() {}

    static void recover(Path runsDir, Path outputDir) {
        if (!Files.isDirectory(runsDir)) return;
        try {
            for (Path staged : temporaries(runsDir)) {
                Path intent = staged.resolve(CommitIntent.FILE_NAME);
                if (Files.isDirectory(staged) && Files.isRegularFile(intent)) rollForward(runsDir, staged, intent);
            }
            String replaced = "-replaced-";
            for (Path aside : temporaries(runsDir)) {
                String name = aside.getFileName().toString();
                int at = name.indexOf(replaced);
                if (at < 0) continue;
                Path original = runsDir.resolve(name.substring(at + replaced.length()));
                if (!Files.exists(original)) Files.move(aside, original, StandardCopyOption.ATOMIC_MOVE);
            }
            List<String> deadTokens = new ArrayList<>();
            for (Path leftover : temporaries(runsDir)) {
                String name = leftover.getFileName().toString();
                if (name.endsWith("-run"))
                    deadTokens.add(RunDirectory.adopt(runsDir, leftover).token());
                FileTrees.deleteQuietly(leftover);
            }
            if (outputDir != null && Files.isDirectory(outputDir)) {
                for (Path leftover : temporaries(outputDir)) {
                    String name = leftover.getFileName().toString();
                    boolean dead = deadTokens.stream()
                            .anyMatch(token -> name.startsWith(AtomicFiles.TEMP_PREFIX + token + "-"));
                    if (dead && Files.isRegularFile(leftover)) AtomicFiles.deleteQuietly(leftover);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot recover " + runsDir + " after a crash: " + e.getMessage(), e);
        }
    }

    private static void rollForward(Path runsDir, Path staged, Path intentFile) throws IOException {
        CommitIntent intent = Json.read(intentFile, CommitIntent.class);
        for (CommitIntent.Rename rename : intent.files()) {
            Path temp = Path.of(rename.temp());
            if (Files.isRegularFile(temp)) AtomicFiles.commit(temp, Path.of(rename.target()));
        }
        RunDirectory.adopt(runsDir, staged).publish(intent.runId());
    }

    private static List<Path> temporaries(Path directory) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, AtomicFiles.TEMP_PREFIX + "*")) {
            entries.forEach(found::add);
        }
        return found;
    }
}
