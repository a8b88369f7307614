package io.abaco.pipeline.serve;

/** How one scheduled run ended. {@link #label()} is the lower-case word used in JSON and metric labels. */
public enum RunStatus {
    SUCCESS("success"),
    FAILED("failed");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
