package io.abaco.cutover.presentation;

/**
 * One measured check as written in a phase report ({@code {name, status, observed, threshold, message}}).
 *
 * @param name the check's name as written
 * @param status the status as written (PASS, WARN, FAIL, SKIPPED, or whatever the file said), never null
 * @param observed what was measured, as compact text (JSON for structures); null when absent
 * @param threshold the limit, as compact text; null when absent
 * @param message the operator line; null when absent
 */
public record CheckRow(String name, String status, String observed, String threshold, String message) {}
