package io.abaco.cli.rollback;

import io.abaco.cli.AbacoSubcommand;
import io.abaco.cutover.rollback.Rollback;
import io.abaco.cutover.rollback.RollbackRecord;
import java.time.Clock;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code abaco rollback}: back to V1, losing nothing. */
@Command(
        name = "rollback",
        description = {
            "Bring V1 back, losing nothing.",
            "Verifies the backup's checksums before touching anything, stops V2, exports what V2 wrote to",
            ".rollback/<id>/v2-era/, restores config, metrics and tables, starts V1 and verifies it is healthy.",
            "Safe to run twice. Writes logs/cutover/<id>/rollback.json with the timing of every step."
        })
public final class RollbackCommand extends AbacoSubcommand {
    @Option(names = "--cutover", paramLabel = "ID", description = "The cutover to roll back (default: the latest).")
    String cutoverId;

    @Option(names = "--dry-run", description = "Verify the backup and print what would be done; change nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print rollback.json's record instead of progress lines.")
    boolean json;

    @Option(names = "--force-unlock", description = "Take over a stale lock left by a dead process.")
    boolean forceUnlock;

    @Override
    public Integer call() {
        Consumer<String> progress = json
                ? line -> {}
                : line -> {
                    err().println("rollback: " + line);
                    err().flush();
                };
        RollbackRecord record = new Rollback(workspace(), loadConfig(), serviceEnvironment(), Clock.systemUTC())
                .run(cutoverId, dryRun, forceUnlock, progress);
        if (json) {
            printJson(record);
        } else {
            out().println("rollback of " + record.cutoverId() + ": " + record.status() + " in " + record.durationMs()
                    + " ms");
            out().flush();
        }
        return record.status().equals("FAIL") ? 1 : 0;
    }
}
