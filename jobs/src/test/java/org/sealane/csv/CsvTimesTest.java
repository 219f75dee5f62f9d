package org.sealane.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CsvTimesTest {

    @Test
    void parsesTheLayoutsOfAisExportsAsUtc() {
        assertThat(CsvTimes.isoLocal("2020-01-01T00:00:00"))
                .isEqualTo(Instant.parse("2020-01-01T00:00:00Z").toEpochMilli());
        assertThat(CsvTimes.isoLocal("2016-01-12 13:02:11.218"))
                .isEqualTo(Instant.parse("2016-01-12T13:02:11.218Z").toEpochMilli());
        assertThat(CsvTimes.isoLocal("2024-02-29T23:59:59Z"))
                .isEqualTo(Instant.parse("2024-02-29T23:59:59Z").toEpochMilli());
        assertThat(CsvTimes.dayFirst("26/04/2026 00:00:29"))
                .isEqualTo(Instant.parse("2026-04-26T00:00:29Z").toEpochMilli());
    }

    @Test
    void refusesImpossibleDates() {
        assertThat(CsvTimes.isoLocal("2023-02-29T00:00:00")).isEqualTo(CsvTimes.INVALID);
        assertThat(CsvTimes.isoLocal("2020-01-01T24:00:00")).isEqualTo(CsvTimes.INVALID);
        assertThat(CsvTimes.isoLocal("2020-01-01")).isEqualTo(CsvTimes.INVALID);
        assertThat(CsvTimes.isoLocal("2020-01-01T00:00:00.x")).isEqualTo(CsvTimes.INVALID);
        assertThat(CsvTimes.dayFirst("2020-01-01T00:00:00")).isEqualTo(CsvTimes.INVALID);
    }
}
