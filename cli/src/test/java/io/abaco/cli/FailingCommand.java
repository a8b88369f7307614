package io.abaco.cli;

import io.abaco.error.ConfigException;
import io.abaco.error.ConfigProblem;
import io.abaco.error.ExternalServiceException;
import io.abaco.error.InputDataException;
import io.abaco.error.StateRefusedException;
import io.abaco.error.UsageException;
import io.abaco.error.VerdictException;
import java.util.List;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Test-only: throws the failure it is asked for, so each exception's exit code and message can be checked. */
@Command(name = "fail")
final class FailingCommand extends AbacoSubcommand {
    @Parameters(index = "0")
    private String kind;

    @Option(names = "--detail")
    private String detail = "";

    @Override
    public Integer call() {
        LoggerFactory.getLogger(FailingCommand.class).warn("about to fail: {} {}", kind, detail);
        if (kind.equals("error")) throw new StackOverflowError("deep" + detail);
        throw switch (kind) {
            case "verdict" -> new VerdictException("2 of 5 checks FAILED" + detail);
            case "external" -> new ExternalServiceException("database did not answer" + detail);
            case "usage" -> new UsageException("--from must come before --to" + detail);
            case "config" -> new ConfigException(List.of(
                    new ConfigProblem("config/pipeline.yml", 3, 5, "pipeline.ingestion.strict", "not a boolean"),
                    new ConfigProblem(
                            "config/pipeline.yml", 9, 3, "pipline", "unknown key; did you mean 'pipeline'?")));
            case "input" -> new InputDataException(
                    "data/raw/tape.csv:7:3: total_receivable_usd: not a number" + detail);
            case "state" -> new StateRefusedException("cutover c-1 holds the lock" + detail);
            default -> new IllegalStateException("kaboom" + detail);
        };
    }
}
