package io.abaco.cutover.controller;

/**
 * How the wait for an in-flight run ended.
 *
 * @param busyFile the busy file as configured (workspace-relative), or null when none is configured
 * @param wasBusy true when the busy file existed at the first look
 * @param waitedMs how long abaco waited for it to go away, in milliseconds (0 when it was not there)
 * @param message one human line
 */
public record InFlightWait(String busyFile, boolean wasBusy, long waitedMs, String message) {}
