package io.abaco.config.yaml;

/**
 * Where a key or value was written: the file as the operator names it (workspace-relative) and a 1-based line and
 * column. Values that come from abaco's built-in defaults carry {@link #BUILT_IN_FILE} and line 0.
 */
public record SourceMark(String file, int line, int column) {
    public static final String BUILT_IN_FILE = "built-in defaults";

    public static SourceMark builtIn() {
        return new SourceMark(BUILT_IN_FILE, 0, 0);
    }

    public static SourceMark fileLevel(String file) {
        return new SourceMark(file, 0, 0);
    }

    public boolean isBuiltIn() {
        return BUILT_IN_FILE.equals(file);
    }
}
