package io.abaco.validation.check;

import io.abaco.validation.CheckResult;

/**
 * One check of {@code abaco validate} (DESIGN §9). A check measures something and returns its verdict; it throws only
 * for a bug (the validator then records the check as FAIL with the error).
 */
public interface ValidationCheck {
    /** The stable snake_case name written to reports, e.g. {@code data_integrity}. */
    String name();

    CheckResult run(ValidationContext context);
}
