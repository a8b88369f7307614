package io.abaco.cutover.presentation;

import io.abaco.config.Workspace;
import io.abaco.fs.AtomicFiles;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes a cutover report as HTML and Markdown, each file atomically ({@link AtomicFiles}): both documents are
 * rendered before either is written, so a rendering failure writes nothing. Thread-safe.
 */
public final class ReportWriter {
    private ReportWriter() {}

    /**
     * Renders and writes both documents.
     *
     * @param workspace the workspace (for the default locations)
     * @param model the report
     * @param html where the HTML goes; empty for {@code logs/cutover/<id>/report.html}. A relative path is used as
     *     given (relative to the process's working directory): callers resolve it as their users expect
     * @param markdown where the Markdown goes; empty for {@code logs/cutover/<id>/report.md}
     * @return the files written
     */
    public static ReportFiles write(
            Workspace workspace, CutoverReportModel model, Optional<Path> html, Optional<Path> markdown) {
        ReportFiles defaults = ReportFiles.defaults(workspace, model.cutoverId());
        ReportFiles targets = new ReportFiles(html.orElse(defaults.html()), markdown.orElse(defaults.markdown()));
        String page = HtmlReportRenderer.render(model);
        String text = MarkdownReportRenderer.render(model);
        AtomicFiles.writeString(targets.html(), page);
        AtomicFiles.writeString(targets.markdown(), text);
        return targets;
    }

    /** Renders and writes both documents to their default locations. */
    public static ReportFiles write(Workspace workspace, CutoverReportModel model) {
        return write(workspace, model, Optional.empty(), Optional.empty());
    }
}
