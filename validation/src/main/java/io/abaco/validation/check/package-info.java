/**
 * The checks of {@code abaco validate} (DESIGN §9). Each {@link io.abaco.validation.check.ValidationCheck} measures
 * something real about the latest successful run (or, for {@code performance} and {@code error_handling}, about the
 * engine itself) and returns a {@link io.abaco.validation.CheckResult} whose {@code observed} records the
 * measurement. Checks that need a run FAIL when there is none, saying what to run. Checks are stateless and
 * thread-safe; {@link io.abaco.validation.Validator} runs them in order.
 */
package io.abaco.validation.check;
