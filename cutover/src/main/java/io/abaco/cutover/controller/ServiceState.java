package io.abaco.cutover.controller;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a controller observed about a service: {@code running}, {@code stopped}, or {@code unknown} when it could not
 * tell (a status command that timed out, a health endpoint answering an unexpected code, an unreadable pidfile). */
public enum ServiceState {
    RUNNING,
    STOPPED,
    UNKNOWN;

    /** The lowercase name used in reports and {@code --json}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
