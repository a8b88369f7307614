package io.abaco.validation;

/**
 * One measured check, as written to phase and validation reports ({@code {name, status, observed, threshold,
 * message}}). Every PASS is backed by {@code observed}: a check that measured nothing is SKIPPED, never PASS.
 *
 * @param name stable snake_case identifier, e.g. {@code data_integrity}
 * @param status the verdict
 * @param observed what was measured: a number, a string, or a small structure serializable to JSON; null only
 *     when SKIPPED
 * @param threshold the limit it was compared with, or null when the check has none
 * @param message one line for an operator, free of secret values
 */
public record CheckResult(String name, CheckStatus status, Object observed, Object threshold, String message) {
    public static CheckResult pass(String name, Object observed, Object threshold, String message) {
        return new CheckResult(name, CheckStatus.PASS, observed, threshold, message);
    }

    public static CheckResult warn(String name, Object observed, Object threshold, String message) {
        return new CheckResult(name, CheckStatus.WARN, observed, threshold, message);
    }

    public static CheckResult fail(String name, Object observed, Object threshold, String message) {
        return new CheckResult(name, CheckStatus.FAIL, observed, threshold, message);
    }

    public static CheckResult skipped(String name, String why) {
        return new CheckResult(name, CheckStatus.SKIPPED, null, null, why);
    }

    public boolean failed() {
        return status == CheckStatus.FAIL;
    }
}
