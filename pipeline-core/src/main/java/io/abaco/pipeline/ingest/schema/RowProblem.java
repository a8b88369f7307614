package io.abaco.pipeline.ingest.schema;

/**
 * Why one row of a tape was refused.
 *
 * @param column 1-based field position the problem is about
 * @param columnName normalized name of that column, or {@code (no column)} for a field beyond the header
 * @param reason what is wrong, one line, without the file position
 */
public record RowProblem(int column, String columnName, String reason) {
    private static final int MAX_QUOTED = 40;

    /** The operator-facing line {@code <file>:<line>:<column>: <column_name>: <reason>}. */
    public String render(String file, long line) {
        return file + ":" + line + ":" + column + ": " + columnName + ": " + reason;
    }

    /**
     * A value quoted for a one-line message: at most 40 characters (longer ones end with {@code ...}), control
     * characters escaped so a quoted newline cannot break the line.
     */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_QUOTED) + 8).append('"');
        int end = Math.min(value.length(), MAX_QUOTED);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else if (c == '\t') out.append("\\t");
            else if (c == '"') out.append("\\\"");
            else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        if (value.length() > MAX_QUOTED) out.append("...");
        return out.append('"').toString();
    }
}
