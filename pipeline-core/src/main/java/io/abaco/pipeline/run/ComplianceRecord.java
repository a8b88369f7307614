package io.abaco.pipeline.run;

import java.util.List;

/**
 * {@code compliance.json}: which columns were masked, where the masking key came from (never the key), and who
 * read and wrote what.
 *
 * @param piiKeySource {@code env} or {@code workspace_file}
 */
public record ComplianceRecord(List<String> maskedColumns, String piiKeySource, List<AccessLogEntry> accessLog) {
    public ComplianceRecord {
        maskedColumns = List.copyOf(maskedColumns);
        accessLog = List.copyOf(accessLog);
    }

    /** @param action {@code read} or {@code write} */
    public record AccessLogEntry(String at, String user, String action, String path) {}
}
