package io.abaco.validation.alert;

import io.abaco.validation.CheckResult;
import io.abaco.validation.CheckStatus;

/**
 * A check whose status differs from the last one announced.
 *
 * @param check the check as written in the report
 * @param previous the status last announced (PASS when never announced)
 */
public record CheckChange(CheckResult check, CheckStatus previous) {
    public Severity severity() {
        return Severity.of(check.status());
    }
}
