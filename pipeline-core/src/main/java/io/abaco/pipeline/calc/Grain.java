package io.abaco.pipeline.calc;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** A time-series grain and how a date maps to its period key. */
public enum Grain {
    /** {@code 2026-01-31} */
    DAILY,
    /** ISO week: {@code 2026-W05} */
    WEEKLY,
    /** {@code 2026-01} */
    MONTHLY;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Grain fromConfigName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    public String period(LocalDate date) {
        return switch (this) {
            case DAILY -> date.toString();
            case WEEKLY -> String.format(
                    Locale.ROOT,
                    "%04d-W%02d",
                    date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTHLY -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
        };
    }
}
