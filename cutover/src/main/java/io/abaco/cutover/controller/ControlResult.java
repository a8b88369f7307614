package io.abaco.cutover.controller;

/**
 * What {@link ServiceController#start()} or {@link ServiceController#stop()} did.
 *
 * @param action {@code start} or {@code stop}
 * @param changed false when nothing had to be done (already running / already stopped) or during a dry run
 * @param message one human line saying what happened (already redacted)
 */
public record ControlResult(String action, boolean changed, String message) {}
