package io.abaco.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class PostgresExtensionTest {
    @Test
    void eachInjectionGetsItsOwnEmptySchemaAsSearchPath(TestDatabase first, TestDatabase second) throws Exception {
        assertThat(first.schema()).isNotEqualTo(second.schema());
        try (Connection connection = first.connect()) {
            connection.createStatement().execute("CREATE TABLE probe(id int)");
            connection.createStatement().execute("INSERT INTO probe VALUES (42)");
            ResultSet rows = connection.createStatement().executeQuery("SELECT current_schema(), id FROM probe");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(first.schema());
            assertThat(rows.getInt(2)).isEqualTo(42);
        }
        try (Connection connection = second.connect()) {
            ResultSet tables = connection
                    .createStatement()
                    .executeQuery(
                            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()");
            tables.next();
            assertThat(tables.getInt(1)).isZero();
        }
    }

    @Test
    void reportsWhichServerItChose(TestDatabase database) {
        boolean forcedEmbedded = "embedded".equalsIgnoreCase(System.getenv("ABACO_TEST_PG"));
        assertThat(database.embedded()).isEqualTo(forcedEmbedded);
        System.out.println(
                "PostgresExtension: " + (database.embedded() ? "embedded " : "server ") + database.jdbcUrl());
    }
}
