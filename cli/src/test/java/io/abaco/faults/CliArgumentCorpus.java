package io.abaco.faults;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Bad command lines: refused with exit 2 (or 3 when the state refuses), a message naming the argument, no change. */
public final class CliArgumentCorpus {
    private CliArgumentCorpus() {}

    public static List<FaultCase> cases() {
        List<FaultCase> cases = new ArrayList<>();
        cases.add(usage("unknown command", "unknown command 'frobnicate'", "frobnicate"));
        cases.add(usage("unknown subcommand of cutover", "frobnicate", "-w", "{ws}", "cutover", "frobnicate"));
        cases.add(usage("unknown flag", "--frobnicate", "-w", "{ws}", "pipeline", "run", "--frobnicate"));
        cases.add(usage("unknown short flag", "-Z", "-w", "{ws}", "config", "validate", "-Z"));
        cases.add(usage("unexpected positional argument", "extra", "-w", "{ws}", "pipeline", "run", "extra"));
        cases.add(usage("init without its directory", "DIR", "init"));
        cases.add(usage("--input without its value", "--input", "-w", "{ws}", "pipeline", "run", "--input"));
        cases.add(usage("-w without its value", "-w|--workspace", "-w"));
        cases.add(usage("rollback --cutover without its value", "--cutover", "-w", "{ws}", "rollback", "--cutover"));
        cases.add(usage("-w names a missing directory", "missing", "-w", "{root}/missing", "config", "validate"));
        cases.add(usage("-w names a file", "README\\.md", "-w", "{ws}/README.md", "config", "validate"));
        cases.add(usage(
                "-w names a directory without config",
                "config/pipeline\\.yml",
                "-w",
                "{ws}/data",
                "config",
                "validate"));
        cases.add(usage("-w is empty", "workspace|-w", "-w", "", "config", "validate"));
        cases.add(usage("--env unknown", "prod", "-w", "{ws}", "config", "validate", "--env", "prod"));
        cases.add(usage(
                "--env escaping the environments directory",
                "\\.\\./\\.\\./README",
                "-w",
                "{ws}",
                "config",
                "validate",
                "--env",
                "../../README"));
        cases.add(usage("--env empty", "--env is empty", "-w", "{ws}", "config", "show", "--env", ""));
        cases.add(new FaultCase(
                "cli",
                "PIPELINE_ENV unknown",
                FaultCase.NO_SETUP,
                List.of("-w", "{ws}", "config", "validate"),
                Map.of("PIPELINE_ENV", "qa"),
                2,
                "qa",
                AllowedChanges.NOTHING));
        cases.add(usage("service name unknown", "v3", "-w", "{ws}", "service", "start", "v3"));
        cases.add(usage("service action unknown", "restart", "-w", "{ws}", "service", "restart", "v1"));
        cases.add(failedRun("--input names a directory", "data/raw: is a directory", "--input", "{ws}/data/raw"));
        cases.add(
                failedRun("--input names a missing file", "data/raw/nope\\.csv", "--input", "{ws}/data/raw/nope.csv"));
        cases.add(failedRun("--input is empty (the current directory)", "is a directory", "--input", ""));
        cases.add(usage("init --rows not a number", "--rows", "init", "{root}/fresh", "--rows", "many"));
        cases.add(new FaultCase(
                "cli",
                "init over an existing workspace",
                FaultCase.NO_SETUP,
                List.of("init", "{ws}"),
                Map.of(),
                2,
                "ws",
                AllowedChanges.NOTHING));
        cases.add(state("rollback with no cutover", "nothing to roll back", "-w", "{ws}", "rollback"));
        cases.add(new FaultCase(
                "cli",
                "cutover resume with no cutover",
                FaultCase.NO_SETUP,
                List.of("-w", "{ws}", "cutover", "resume"),
                Map.of(),
                3,
                "no unfinished cutover to resume",
                AllowedChanges.LOCK_RELEASED));
        cases.add(new FaultCase(
                "cli",
                "audit verify on a missing run",
                FaultCase.NO_SETUP,
                List.of("-w", "{ws}", "audit", "verify", "run_000000000000"),
                Map.of(),
                2,
                "run_000000000000",
                AllowedChanges.NOTHING));
        cases.add(new FaultCase(
                "cli",
                "edited audit trail",
                workspace -> {
                    try (var runs = Files.list(workspace.resolve("logs/runs"))) {
                        var audit = runs.filter(Files::isDirectory)
                                .findFirst()
                                .orElseThrow()
                                .resolve("audit.jsonl");
                        Files.writeString(audit, Files.readString(audit).replace("run_started", "run_startex"));
                    }
                },
                List.of("-w", "{ws}", "audit", "verify"),
                Map.of(),
                1,
                "audit\\.jsonl:1",
                AllowedChanges.NOTHING));
        return cases;
    }

    static FaultCase usage(String name, String message, String... args) {
        return new FaultCase(
                "cli", name, FaultCase.NO_SETUP, List.of(args), Map.of(), 2, message, AllowedChanges.NOTHING);
    }

    static FaultCase failedRun(String name, String message, String... runArgs) {
        List<String> args = new ArrayList<>(List.of("-w", "{ws}", "pipeline", "run"));
        args.addAll(List.of(runArgs));
        return new FaultCase(
                "cli", name, FaultCase.NO_SETUP, args, Map.of(), 2, message, AllowedChanges.FAILED_RUN_RECORD);
    }

    static FaultCase state(String name, String message, String... args) {
        return new FaultCase(
                "cli", name, FaultCase.NO_SETUP, List.of(args), Map.of(), 3, message, AllowedChanges.NOTHING);
    }
}
