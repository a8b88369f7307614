package io.abaco.cutover.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abaco.error.StateRefusedException;
import io.abaco.testing.PostgresExtension;
import io.abaco.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class DatabaseLockTest {
    @Test
    void theKeyIsStablePerSchemaAndDiffersBetweenSchemas() {
        assertThat(DatabaseLock.key("analytics")).isEqualTo(DatabaseLock.key("analytics"));
        assertThat(DatabaseLock.key("analytics")).isNotEqualTo(DatabaseLock.key("analytics_staging"));
    }

    @Test
    void anAdvisoryLockHeldByAnotherSessionIsRefused(TestDatabase database) throws Exception {
        try (LockHandle first =
                DatabaseLock.acquire(database.jdbcUrl(), database.user(), null, database.schema(), "cutover run")) {
            assertThat(first.owner().command()).isEqualTo("cutover run");
            assertThat(heldAdvisoryLocks(database)).isEqualTo(1);

            assertThatThrownBy(() -> DatabaseLock.acquire(database.connect(), database.schema(), "rollback"))
                    .isInstanceOf(StateRefusedException.class)
                    .hasMessageStartingWith(
                            "database cutover lock on schema " + database.schema() + " is held by session pid ")
                    .hasMessageContaining("(abaco cutover run)");
        }

        assertThat(heldAdvisoryLocks(database)).isZero();
        try (LockHandle again = DatabaseLock.acquire(database.connect(), database.schema(), "rollback")) {
            assertThat(again.owner().command()).isEqualTo("rollback");
        }
    }

    @Test
    void otherSchemasAreNotBlocked(TestDatabase first, TestDatabase second) throws Exception {
        try (LockHandle a = DatabaseLock.acquire(first.connect(), first.schema(), "cutover run");
                LockHandle b = DatabaseLock.acquire(second.connect(), second.schema(), "cutover run")) {
            assertThat(a.owner()).isNotNull();
            assertThat(b.owner()).isNotNull();
        }
    }

    private static int heldAdvisoryLocks(TestDatabase database) throws Exception {
        long key = DatabaseLock.key(database.schema());
        try (Connection connection = database.connect();
                var statement = connection.prepareStatement("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                        + " AND granted AND classid = ? AND objid = ? AND objsubid = 1")) {
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xFFFFFFFFL);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
