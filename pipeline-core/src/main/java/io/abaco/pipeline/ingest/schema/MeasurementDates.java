package io.abaco.pipeline.ingest.schema;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Parses {@code measurement_date} values: ISO-8601 calendar dates, optionally with a time and an offset.
 *
 * <p>Accepted, after trimming: {@code YYYY-MM-DD}; or that date followed by {@code T} (or one space) and an ISO
 * time, optionally with an offset or zone ({@code 2024-01-31T10:15:00Z}, {@code 2024-01-31 10:15+02:00},
 * {@code 2024-01-31T10:15:30.5[Europe/Paris]}). The result is the calendar date as written: the time and offset are
 * dropped, never converted to UTC.
 *
 * <p>Refused: other layouts ({@code 31/01/2024}, {@code 20240131}, week or ordinal dates), an offset without a
 * time, impossible dates ({@code 2024-02-30}) and years outside 0001-9999 (year {@code 0000}, five-digit or signed
 * years).
 *
 * <p>Not thread-safe: recent values are cached (a few slots, chosen by the text's hash), because tapes repeat a
 * handful of dates row after row, often in turn.
 */
public final class MeasurementDates {
    private static final int SLOTS = 16;
    private final String[] cachedTexts = new String[SLOTS];
    private final LocalDate[] cachedDates = new LocalDate[SLOTS];
    private String failure;

    /** @return the calendar date, or null with {@link #failure()} saying why */
    public LocalDate parse(String value) {
        String text = value.strip();
        int slot = text.hashCode() & (SLOTS - 1);
        if (text.equals(cachedTexts[slot])) return cachedDates[slot];
        failure = null;
        LocalDate date = parseDate(text);
        if (date != null && text.length() > 10) date = checkTime(text, date);
        if (date != null) {
            cachedTexts[slot] = text;
            cachedDates[slot] = date;
        }
        return date;
    }

    /** Why the last {@link #parse} returned null. */
    public String failure() {
        return failure;
    }

    private LocalDate parseDate(String text) {
        int yearDigits = 0;
        while (yearDigits < text.length() && isDigit(text.charAt(yearDigits))) yearDigits++;
        boolean signed = !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-');
        if (signed || yearDigits > 4 && yearDigits < text.length() && text.charAt(yearDigits) == '-') {
            return fail("year out of range (0001-9999): " + RowProblem.quote(text));
        }
        if (text.length() < 10 || yearDigits != 4 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return fail("not an ISO-8601 date: " + RowProblem.quote(text));
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        if (month < 0 || day < 0) return fail("not an ISO-8601 date: " + RowProblem.quote(text));
        if (year == 0) return fail("year out of range (0001-9999): " + RowProblem.quote(text));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return fail("not a valid calendar date: " + RowProblem.quote(text));
        }
    }

    private LocalDate checkTime(String text, LocalDate date) {
        char separator = text.charAt(10);
        if (separator != 'T' && separator != ' ') return fail("not an ISO-8601 date: " + RowProblem.quote(text));
        String isoText = separator == 'T' ? text : text.substring(0, 10) + 'T' + text.substring(11);
        try {
            DateTimeFormatter.ISO_DATE_TIME.parse(isoText);
            return date;
        } catch (DateTimeException e) {
            return fail("not an ISO-8601 date-time: " + RowProblem.quote(text));
        }
    }

    private LocalDate fail(String reason) {
        failure = reason;
        return null;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
