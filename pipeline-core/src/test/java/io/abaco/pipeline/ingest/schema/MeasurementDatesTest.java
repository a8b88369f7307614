package io.abaco.pipeline.ingest.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasurementDatesTest {
    @ParameterizedTest
    @CsvSource({
        "2024-01-31, 2024-01-31",
        "' 2024-02-29 ', 2024-02-29",
        "2024-01-31T10:15, 2024-01-31",
        "2024-01-31T10:15:30.123Z, 2024-01-31",
        "2024-01-31T23:30:00-05:00, 2024-01-31",
        "2024-01-31 00:00:00, 2024-01-31",
        "2024-01-31T10:15:30+01:00[Europe/Paris], 2024-01-31",
        "0001-01-01, 0001-01-01",
        "9999-12-31, 9999-12-31"
    })
    void acceptsIsoDatesWithOptionalTimeAndOffset(String text, LocalDate expected) {
        assertThat(new MeasurementDates().parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            31/01/2024          | not an ISO-8601 date: "31/01/2024"
            20240131            | not an ISO-8601 date: "20240131"
            2024-1-31           | not an ISO-8601 date: "2024-1-31"
            2024-W05-3          | not an ISO-8601 date: "2024-W05-3"
            2024-01-31Z         | not an ISO-8601 date: "2024-01-31Z"
            2024-01-31T         | not an ISO-8601 date-time: "2024-01-31T"
            2024-01-31T10:61    | not an ISO-8601 date-time: "2024-01-31T10:61"
            2023-02-29          | not a valid calendar date: "2023-02-29"
            2024-00-10          | not a valid calendar date: "2024-00-10"
            0000-01-01          | year out of range (0001-9999): "0000-01-01"
            10000-01-01         | year out of range (0001-9999): "10000-01-01"
            +2024-01-31         | year out of range (0001-9999): "+2024-01-31"
            -0001-01-01         | year out of range (0001-9999): "-0001-01-01"
            """)
    void refusesWithAReason(String text, String reason) {
        MeasurementDates dates = new MeasurementDates();
        assertThat(dates.parse(text)).isNull();
        assertThat(dates.failure()).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource({"2024-01-31, 2024-01-31", "2024-01-31, 2024-02-01"})
    void cacheNeverServesAnotherDate(String first, String second) {
        MeasurementDates dates = new MeasurementDates();
        dates.parse(first);
        assertThat(dates.parse(second)).isEqualTo(LocalDate.parse(second));
    }
}
