package io.abaco.runbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.abaco.cli.AbacoCommandTree;
import io.abaco.cli.ModelOnlyFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The fast half of the drift check (no command is executed): every runbook is in the execution order, has
 * executable steps, every step's command and flags exist in the CLI, and every relative link resolves.
 */
class RunbooksParseTest {
    private static final Pattern RELATIVE_LINK = Pattern.compile("\\]\\((?!https?:|#)([^)#\\s]+)");

    private final Path directory = Runbooks.directory();

    @Test
    void everyRunbookIsExecutedAndNothingElseIsExpected() {
        assertThat(Runbooks.present(directory)).containsExactlyInAnyOrderElementsOf(Runbooks.ORDER);
    }

    @Test
    void everyRunbookHasExecutableSteps() {
        for (String name : Runbooks.ORDER) {
            assertThat(RunbookParser.parse(name, Runbooks.read(directory.resolve(name))))
                    .as(name + " has ```abaco blocks")
                    .isNotEmpty();
        }
    }

    @Test
    void everyStepParsesAgainstTheCli() {
        List<String> problems = new ArrayList<>();
        for (RunbookStep step : Runbooks.stepsInOrder(directory)) {
            CommandLine cli = new CommandLine(AbacoCommandTree.class, new ModelOnlyFactory());
            try {
                cli.parseArgs(step.arguments().toArray(String[]::new));
            } catch (CommandLine.ParameterException e) {
                problems.add(step.location() + ": " + step.commandLine() + ": " + e.getMessage());
            }
        }
        assertThat(problems).as("runbook commands the CLI does not accept").isEmpty();
    }

    @Test
    void everyCommandMentionedInProseParsesAgainstTheCli() {
        List<String> problems = new ArrayList<>();
        int mentions = 0;
        for (String name : Runbooks.ORDER) {
            for (ProseCommands.Mention mention : ProseCommands.find(name, Runbooks.read(directory.resolve(name)))) {
                mentions++;
                CommandLine cli = new CommandLine(AbacoCommandTree.class, new ModelOnlyFactory());
                try {
                    cli.parseArgs(mention.arguments().toArray(String[]::new));
                } catch (CommandLine.ParameterException e) {
                    problems.add(mention.location() + ": abaco " + String.join(" ", mention.arguments()) + ": "
                            + e.getMessage());
                }
            }
        }
        assertThat(mentions).as("commands mentioned in prose").isGreaterThan(20);
        assertThat(problems).as("commands in prose the CLI does not accept").isEmpty();
    }

    @Test
    void proseMentionsAreFoundInInlineCodeAndBashBlocksOnly() {
        String markdown = String.join(
                "\n",
                "Run `abaco monitor --interval 1h` now.",
                "```bash",
                "cd /srv/abaco && /opt/abaco/bin/abaco validate >>logs/cron.log 2>&1",
                "source <(abaco completion bash)   # abaco itself",
                "```",
                "```abaco",
                "$ abaco status",
                "```",
                "");
        assertThat(ProseCommands.find("x.md", markdown))
                .containsExactly(
                        new ProseCommands.Mention("x.md:1", List.of("monitor", "--interval", "1h")),
                        new ProseCommands.Mention("x.md:3", List.of("validate")),
                        new ProseCommands.Mention("x.md:4", List.of("completion", "bash")));
    }

    @Test
    void theSystemdUnitRunsACommandTheCliAccepts() {
        String service = Runbooks.read(directory.resolve("systemd/abaco-validate.service"));
        Matcher exec = Pattern.compile("(?m)^ExecStart=\\S*abaco (.+)$").matcher(service);
        assertThat(exec.find()).as("ExecStart runs abaco").isTrue();
        String[] arguments =
                RunbookParser.split(exec.group(1), "abaco-validate.service", 0).toArray(String[]::new);
        assertThatCode(() -> new CommandLine(AbacoCommandTree.class, new ModelOnlyFactory()).parseArgs(arguments))
                .doesNotThrowAnyException();
        assertThat(Runbooks.read(directory.resolve("systemd/abaco-validate.timer")))
                .contains("Unit=abaco-validate.service");
    }

    @Test
    void everyRelativeLinkResolves() {
        List<String> broken = new ArrayList<>();
        List<String> documents = new ArrayList<>(Runbooks.ORDER);
        documents.add("README.md");
        for (String name : documents) {
            Matcher link = RELATIVE_LINK.matcher(Runbooks.read(directory.resolve(name)));
            while (link.find()) {
                if (!Files.exists(directory.resolve(link.group(1)))) broken.add(name + ": " + link.group(1));
            }
        }
        assertThat(broken).as("links to files that do not exist").isEmpty();
    }
}
