package io.abaco.cli.audit;

import io.abaco.cli.AbacoSubcommand;
import io.abaco.error.StateRefusedException;
import io.abaco.error.UsageException;
import io.abaco.pipeline.audit.AuditTrail;
import io.abaco.pipeline.audit.AuditVerification;
import io.abaco.pipeline.run.RunHistory;
import io.abaco.pipeline.run.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code abaco audit verify [RUN_ID]}: checks a run's hash-chained audit trail. */
@Command(
        name = "verify",
        description =
                "Verify the hash chain of a run's audit.jsonl (default: the latest successful run); exit 1 naming the first bad line.")
public final class AuditVerifyCommand extends AbacoSubcommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "RUN_ID", description = "e.g. run_0123456789ab")
    String runId;

    @Option(names = "--json", description = "Print the verification as JSON.")
    boolean json;

    @Override
    public Integer call() {
        requireWorkspace();
        Path runsDir = workspace().runsDir();
        Path runDir;
        if (runId == null) {
            RunRecord latest = RunHistory.latest(workspace())
                    .orElseThrow(() -> new StateRefusedException("no successful run under "
                            + workspace().display(runsDir) + ": run 'abaco pipeline run' first"));
            runDir = latest.directory();
        } else {
            runDir = runsDir.resolve(runId);
            if (!runId.matches("[A-Za-z0-9_.-]+") || !Files.isDirectory(runDir)) {
                throw new UsageException(
                        "no run " + runId + " under " + workspace().display(runsDir));
            }
        }
        Path audit = runDir.resolve("audit.jsonl");
        AuditVerification verification = AuditTrail.verify(audit);
        if (json) {
            printJson(verification);
        } else if (verification.ok()) {
            out().println(workspace().display(audit) + ": " + verification.lines() + " lines, hash chain intact");
        } else {
            out().println(workspace().display(audit) + ":" + verification.line() + ": " + verification.reason());
        }
        out().flush();
        return verification.ok() ? 0 : 1;
    }
}
