package io.abaco.pipeline.calc;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a KPI value stands against its thresholds. Written lower-case ({@code ok}, {@code warning}, {@code critical}). */
public enum KpiStatus {
    OK,
    WARNING,
    CRITICAL;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static KpiStatus fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
