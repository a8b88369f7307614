package io.abaco.cutover.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts the data rows of a PostgreSQL CSV dump with a header line: newlines outside double quotes, minus the
 * header. (Quoted fields may hold newlines; a doubled quote toggles twice and so does not change the state.)
 */
final class CsvRowCounter {
    private CsvRowCounter() {}

    static long dataRows(Path csv) {
        long lines = 0;
        boolean quoted = false;
        boolean pending = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(csv)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (b == '"') quoted = !quoted;
                    if (b == '\n' && !quoted) {
                        lines++;
                        pending = false;
                    } else {
                        pending = true;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv + ": " + e.getMessage(), e);
        }
        if (pending) lines++;
        return Math.max(0, lines - 1);
    }
}
