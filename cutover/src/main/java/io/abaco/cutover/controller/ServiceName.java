package io.abaco.cutover.controller;

import io.abaco.error.UsageException;
import java.util.Locale;

/** The two services abaco drives, as named on the command line ({@code v1}, {@code v2}). */
public enum ServiceName {
    V1,
    V2;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws UsageException for anything but v1 or v2 */
    public static ServiceName parse(String text) {
        for (ServiceName name : values()) {
            if (name.label().equalsIgnoreCase(text == null ? "" : text.strip())) return name;
        }
        throw new UsageException("unknown service '" + text + "' (expected v1 or v2)");
    }
}
