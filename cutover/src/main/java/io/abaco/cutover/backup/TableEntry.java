package io.abaco.cutover.backup;

import java.util.List;

/**
 * One backed-up table in {@code backup-manifest.json}: a CSV dump (with header, rows ordered by every column so
 * that equal contents give equal bytes).
 *
 * @param schema the schema
 * @param table the table
 * @param rows number of data rows dumped
 * @param sha256 lower-case hex SHA-256 of the dump file
 * @param file the dump, relative to the backup directory ({@code tables/<table>.csv})
 * @param columns the dumped columns in order (the restore loads exactly these)
 */
public record TableEntry(String schema, String table, long rows, String sha256, String file, List<String> columns) {
    public TableEntry {
        columns = List.copyOf(columns);
    }

    public String qualifiedName() {
        return schema + "." + table;
    }
}
