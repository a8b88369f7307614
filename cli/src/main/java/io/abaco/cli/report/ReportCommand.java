package io.abaco.cli.report;

import io.abaco.cli.AbacoSubcommand;
import io.abaco.cutover.presentation.CutoverReportModel;
import io.abaco.cutover.presentation.CutoverReportReader;
import io.abaco.cutover.presentation.ReportFiles;
import io.abaco.cutover.presentation.ReportWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code abaco report}: the one-page cutover report, as HTML and Markdown. */
@Command(
        name = "report",
        description = {
            "Write the cutover report as HTML and Markdown.",
            "A self-contained HTML page (timeline, the checks behind every verdict, shadow comparison,",
            "monitoring-window charts, rollback, artifacts with sha256) and a Markdown version for tickets."
        })
public final class ReportCommand extends AbacoSubcommand {
    @Option(names = "--cutover", paramLabel = "ID", description = "The cutover (default: the latest).")
    String cutoverId;

    @Option(
            names = "--html",
            paramLabel = "FILE",
            description = "Where to write the HTML (default: logs/cutover/<id>/report.html).")
    Path html;

    @Option(
            names = "--markdown",
            paramLabel = "FILE",
            description = "Where to write the Markdown (default: logs/cutover/<id>/report.md).")
    Path markdown;

    @Override
    public Integer call() {
        requireWorkspace();
        CutoverReportModel model = CutoverReportReader.read(workspace(), Optional.ofNullable(cutoverId));
        ReportFiles files =
                ReportWriter.write(workspace(), model, Optional.ofNullable(html), Optional.ofNullable(markdown));
        out().println("report: " + files.html());
        out().println("markdown: " + files.markdown());
        out().flush();
        return 0;
    }
}
