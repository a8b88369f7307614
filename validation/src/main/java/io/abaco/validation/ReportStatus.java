package io.abaco.validation;

import java.util.Collection;

/**
 * The overall verdict of a validation report: the worst of its checks. {@code SKIPPED} checks count as {@code WARN}
 * when nothing was measured at all, because a report in which no check measured anything has not shown that
 * production is healthy.
 */
public enum ReportStatus {
    PASS,
    WARN,
    FAIL;

    /**
     * Any FAIL gives FAIL; otherwise any WARN gives WARN; otherwise PASS when at least one check passed. No checks,
     * or only SKIPPED checks, give WARN: "nothing was measured" must never read as healthy.
     */
    public static ReportStatus of(Collection<CheckResult> checks) {
        boolean anyWarn = false;
        boolean anyPass = false;
        for (CheckResult check : checks) {
            switch (check.status()) {
                case FAIL -> {
                    return FAIL;
                }
                case WARN -> anyWarn = true;
                case PASS -> anyPass = true;
                case SKIPPED -> {
                    // only matters when every check skipped
                }
            }
        }
        if (anyWarn) return WARN;
        return anyPass ? PASS : WARN;
    }

    /** The status of a single check expressed as a report status; SKIPPED maps to WARN as in {@link #of}. */
    public static ReportStatus of(CheckStatus status) {
        return switch (status) {
            case PASS -> PASS;
            case FAIL -> FAIL;
            case WARN, SKIPPED -> WARN;
        };
    }
}
