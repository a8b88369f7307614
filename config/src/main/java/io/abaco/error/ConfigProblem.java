package io.abaco.error;

/**
 * One problem in a configuration file.
 *
 * @param file the file as the operator would name it (workspace-relative when possible); never null
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param keyPath dotted key path such as {@code pipeline.ingestion.strict}; empty for file-level problems
 * @param message what is wrong, never holding a secret value
 */
public record ConfigProblem(String file, int line, int column, String keyPath, String message) {
    public String render() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) out.append(':').append(column);
        }
        out.append(": ");
        if (!keyPath.isEmpty()) out.append(keyPath).append(": ");
        return out.append(message).toString();
    }
}
