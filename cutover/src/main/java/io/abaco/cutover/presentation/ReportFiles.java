package io.abaco.cutover.presentation;

import io.abaco.config.Workspace;
import java.nio.file.Path;

/**
 * Where a cutover report is written.
 *
 * @param html the HTML page
 * @param markdown the Markdown version
 */
public record ReportFiles(Path html, Path markdown) {
    public static final String HTML_FILE = "report.html";
    public static final String MARKDOWN_FILE = "report.md";

    /** {@code logs/cutover/<id>/report.html} and {@code report.md}. */
    public static ReportFiles defaults(Workspace workspace, String cutoverId) {
        Path dir = workspace.cutoverDir(cutoverId);
        return new ReportFiles(dir.resolve(HTML_FILE), dir.resolve(MARKDOWN_FILE));
    }
}
