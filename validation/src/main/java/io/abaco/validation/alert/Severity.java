package io.abaco.validation.alert;

import io.abaco.validation.CheckStatus;

/** How loudly a check's new state is announced: FAIL is critical, WARN a warning, back to PASS resolved. */
public enum Severity {
    CRITICAL,
    WARNING,
    RESOLVED;

    public static Severity of(CheckStatus status) {
        return switch (status) {
            case FAIL -> CRITICAL;
            case WARN -> WARNING;
            case PASS, SKIPPED -> RESOLVED;
        };
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
