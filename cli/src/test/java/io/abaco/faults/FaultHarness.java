package io.abaco.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.abaco.cli.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs fault cases: a working workspace is built once per test class (a template), copied for each case, spoiled by
 * the case, snapshotted, driven through {@code Main.run} in-process, and then checked: exit code, the message, no
 * stack trace, and nothing changed on disk beyond what {@link AllowedChanges} permits.
 */
public final class FaultHarness {
    /** Rows of the templates' tape: enough for every KPI and series, small enough to copy per case. */
    public static final String TEMPLATE_ROWS = "20";

    private FaultHarness() {}

    /** The environment every case runs with: a PATH for child processes, a HOME inside the case's root. */
    public static Map<String, String> environment(Path root, Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        environment.put("HOME", root.resolve("home").toString());
        environment.put("USER", "fault-suite");
        environment.putAll(extra);
        return environment;
    }

    public static CliRun abaco(Path root, Map<String, String> extra, String... args) {
        return CliRun.of(environment(root, extra), args);
    }

    /** A demo workspace at {@code root/ws} that has run the pipeline once (outputs, run dir, PII key exist). */
    public static Path pipelineTemplate(Path root) {
        Path workspace = root.resolve("ws");
        CliRun init = abaco(root, Map.of(), "init", workspace.toString(), "--rows", TEMPLATE_ROWS);
        assertThat(init.exitCode()).as(init.all()).isZero();
        CliRun run = abaco(root, Map.of(), "-w", workspace.toString(), "pipeline", "run");
        assertThat(run.exitCode()).as(run.all()).isZero();
        return workspace;
    }

    /** Runs one case on a fresh copy of {@code template}'s root in {@code caseRoot} and checks everything. */
    public static CliRun verify(FaultCase fault, Path templateRoot, Path caseRoot) throws IOException {
        copyTree(templateRoot, caseRoot);
        Path workspace = caseRoot.resolve("ws");
        fault.setup().prepare(workspace);
        WorkspaceSnapshot before = WorkspaceSnapshot.take(caseRoot);
        // a case may spoil the workspace on purpose (a tampered audit trail): the command must add no violation
        List<String> violationsBefore =
                Files.isDirectory(workspace) ? InvariantChecker.violations(workspace) : List.of();

        CliRun result = abaco(caseRoot, fault.environment(), fault.commandLine(caseRoot, workspace));

        String context = fault + "\nstdout: " + result.stdout() + "\nstderr: " + result.stderr();
        assertThat(result.exitCode()).as(context).isEqualTo(fault.exitCode());
        // a refusal says where on stderr; a negative verdict (exit 1) may report on stdout
        assertThat(fault.exitCode() == 1 ? result.all() : result.stderr())
                .as(context)
                .containsPattern(fault.message());
        assertThat(result.all()).as(context).doesNotContain("at io.", "Exception", "\tat ");
        if (fault.exitCode() >= 2) {
            long errorLines = result.stderr()
                    .lines()
                    .filter(line -> line.startsWith("abaco: "))
                    .count();
            assertThat(errorLines)
                    .as("one- or two-line message (plus a hint): " + context)
                    .isBetween(1L, 3L);
        }
        WorkspaceSnapshot after = WorkspaceSnapshot.take(caseRoot);
        fault.allowed().check(after.since(before), caseRoot);
        if (Files.isDirectory(workspace)) {
            assertThat(InvariantChecker.violations(workspace)).as(context).isSubsetOf(violationsBefore);
        }
        return result;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(
                            source,
                            target,
                            StandardCopyOption.COPY_ATTRIBUTES,
                            StandardCopyOption.REPLACE_EXISTING,
                            LinkOption.NOFOLLOW_LINKS);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
