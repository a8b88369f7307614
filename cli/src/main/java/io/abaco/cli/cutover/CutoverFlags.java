package io.abaco.cli.cutover;

import picocli.CommandLine.Option;

/** The flags every cutover-changing command shares. */
public final class CutoverFlags {
    @Option(names = "--dry-run", description = "Print what would be done; change nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the result as JSON (no progress lines).")
    boolean json;

    @Option(
            names = "--force-unlock",
            description = "Take over a stale lock left by a dead process (recorded in .abaco/lock-audit.jsonl).")
    boolean forceUnlock;
}
