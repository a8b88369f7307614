package io.abaco.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a refused command may change on disk, precisely (paths relative to the case's root directory, which holds
 * the workspace {@code ws/} and anything the case put next to it):
 *
 * <ul>
 *   <li>{@link #NOTHING}: only {@code ws/logs/abaco.log} may grow (appended lines; never rewritten), or be created
 *       empty-or-more when the workspace had none;
 *   <li>{@link #FAILED_RUN_RECORD}: that, plus exactly one new {@code ws/logs/runs/failed-<stamp>/} directory holding
 *       only {@code summary.json} (status {@code failed}, a non-empty {@code error}) and {@code audit.jsonl};
 *   <li>{@link #ROLLBACK_REFUSAL_RECORD}: that of NOTHING, plus appended lines of
 *       {@code ws/logs/cutover/<id>/cutover.log}, and {@code rollback.json} (status FAIL) written or rewritten
 *       there;
 *   <li>{@link #LOCK_RELEASED}: that of NOTHING, plus {@code ws/.abaco/cutover.lock} created EMPTY: a cutover command
 *       checks the state under the workspace lock (so a concurrent command sees the owner), and truncates the file
 *       when it releases it;
 *   <li>{@link #ANYTHING}: the command succeeded (an accepted input); the invariants are checked instead.
 * </ul>
 */
public enum AllowedChanges {
    NOTHING,
    FAILED_RUN_RECORD,
    ROLLBACK_REFUSAL_RECORD,
    LOCK_RELEASED,
    ANYTHING;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FAILED_RUN = Pattern.compile("ws/logs/runs/failed-[0-9TZ-]+");
    private static final Set<String> LOGS = Set.of("ws/logs/abaco.log");

    /** Asserts that {@code changes} are within this allowance. */
    public void check(WorkspaceSnapshot.Changes changes, Path root) throws IOException {
        if (this == ANYTHING) return;
        List<String> added = new ArrayList<>(changes.added());
        List<String> appended = new ArrayList<>(changes.appended());
        List<String> modified = new ArrayList<>(changes.modified());
        added.removeIf(LOGS::contains);
        appended.removeIf(LOGS::contains);
        if (this == FAILED_RUN_RECORD) {
            List<String> runDirs = added.stream()
                    .filter(path -> FAILED_RUN.matcher(path).matches())
                    .toList();
            assertThat(runDirs).as("one failed-run record in " + changes).hasSize(1);
            String dir = runDirs.get(0);
            assertThat(added).containsExactlyInAnyOrder(dir, dir + "/summary.json", dir + "/audit.jsonl");
            JsonNode summary = JSON.readTree(root.resolve(dir + "/summary.json").toFile());
            assertThat(summary.path("status").asText()).isEqualTo("failed");
            assertThat(summary.path("error").asText()).isNotBlank();
            added.clear();
        }
        if (this == ROLLBACK_REFUSAL_RECORD) {
            appended.removeIf(path -> path.matches("ws/logs/cutover/[^/]+/cutover\\.log"));
            modified.removeIf(path -> path.matches("ws/logs/cutover/[^/]+/rollback\\.json"));
            added.removeIf(path -> path.matches("ws/logs/cutover/[^/]+/rollback\\.json"));
        }
        if (this == LOCK_RELEASED && added.remove("ws/.abaco/cutover.lock")) {
            assertThat(root.resolve("ws/.abaco/cutover.lock"))
                    .as("released lock file")
                    .isEmptyFile();
        }
        assertThat(added).as("added").isEmpty();
        assertThat(changes.removed()).as("removed").isEmpty();
        assertThat(modified).as("rewritten").isEmpty();
        assertThat(appended).as("appended").isEmpty();
    }
}
