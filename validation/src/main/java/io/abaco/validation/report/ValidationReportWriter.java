package io.abaco.validation.report;

import io.abaco.config.Workspace;
import io.abaco.fs.AtomicFiles;
import io.abaco.validation.ValidationJson;
import java.nio.file.Path;

/**
 * Writes a {@link ValidationReport} as {@code production_validation_report.json} and as a history copy
 * {@code logs/validation/<timestamp>.json} (DESIGN §9). Each file is replaced atomically, so a reader never sees a
 * half-written report; the history copy is written first so the latest report always has its copy. Secrets are
 * redacted from the text. Not thread-safe for two writers of the same timestamp.
 */
public final class ValidationReportWriter {
    private final Path reportFile;
    private final Path historyDir;

    public ValidationReportWriter(Path reportFile, Path historyDir) {
        this.reportFile = reportFile;
        this.historyDir = historyDir;
    }

    /** The workspace's report file and history directory. */
    public static ValidationReportWriter forWorkspace(Workspace workspace) {
        return new ValidationReportWriter(workspace.validationReport(), workspace.validationHistoryDir());
    }

    public Path reportFile() {
        return reportFile;
    }

    /**
     * Writes both files; writing the same report again (e.g. with its alert deliveries added) replaces its history
     * copy instead of adding a second one.
     *
     * @return the history copy
     */
    public Path write(ValidationReport report) {
        String json = ValidationJson.write(report);
        Path copy = historyDir.resolve(ValidationHistory.fileName(report.timestamp()));
        AtomicFiles.writeString(copy, json);
        AtomicFiles.writeString(reportFile, json);
        return copy;
    }

    /** Reads a written report back, exactly as an operator or the alerter sees it. */
    public ValidationReport readBack() {
        return ValidationHistory.read(reportFile);
    }
}
