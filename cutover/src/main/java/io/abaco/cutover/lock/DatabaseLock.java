package io.abaco.cutover.lock;

import io.abaco.config.Secrets;
import io.abaco.error.ExternalServiceException;
import io.abaco.error.StateRefusedException;
import io.abaco.fs.Hashing;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Properties;

/**
 * One cutover or rollback at a time per database (DESIGN §8, §12.3): a PostgreSQL session-level advisory lock whose
 * 64-bit key is derived from the schema name, held on a dedicated connection for the life of the handle. If the
 * process dies, PostgreSQL ends the session and releases the lock.
 */
public final class DatabaseLock {
    private static final String KEY_NAMESPACE = "abaco-cutover:";

    private DatabaseLock() {}

    /** The advisory lock key of {@code schema}: the first 8 bytes of SHA-256("abaco-cutover:" + schema). Stable. */
    public static long key(String schema) {
        byte[] digest = Hashing.sha256().digest((KEY_NAMESPACE + schema).getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
    }

    /** Opens a dedicated connection and takes the lock for {@code schema}; see {@link #acquire(Connection, String, String)}. */
    public static LockHandle acquire(String jdbcUrl, String user, String password, String schema, String command) {
        Properties properties = new Properties();
        if (user != null) properties.setProperty("user", user);
        if (password != null) properties.setProperty("password", password);
        properties.setProperty("ApplicationName", "abaco " + command);
        Connection connection;
        try {
            connection = DriverManager.getConnection(jdbcUrl, properties);
        } catch (SQLException e) {
            throw new ExternalServiceException(
                    Secrets.redact("cannot connect to " + jdbcUrl + " for the cutover lock: " + e.getMessage()));
        }
        return acquire(connection, schema, command);
    }

    /**
     * Takes the advisory lock of {@code schema} on {@code connection}, which the handle then owns (closing the handle
     * unlocks and closes it; so does a refusal).
     *
     * @throws StateRefusedException when another session holds the lock
     */
    public static LockHandle acquire(Connection connection, String schema, String command) {
        long key = key(schema);
        boolean handedOver = false;
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                if (!result.getBoolean(1)) {
                    throw new StateRefusedException("database cutover lock on schema " + schema + " is held by "
                            + holder(connection, key) + "; another cutover or rollback is running against it");
                }
            }
            handedOver = true;
            return new AdvisoryLockHandle(connection, key, LockOwner.current(command, Instant.now()));
        } catch (SQLException e) {
            throw new ExternalServiceException(Secrets.redact(
                    "cannot take the database cutover lock on schema " + schema + ": " + e.getMessage()));
        } finally {
            if (!handedOver) closeQuietly(connection);
        }
    }

    /** Describes the session holding the lock, best effort. */
    private static String holder(Connection connection, long key) {
        String sql = "SELECT a.pid, a.application_name, a.client_addr, a.backend_start FROM pg_locks l"
                + " JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? AND l.objid = ? AND l.objsubid = 1";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xFFFFFFFFL);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) return "another session";
                String application = result.getString(2);
                return "session pid " + result.getLong(1)
                        + (application == null || application.isBlank() ? "" : " (" + application + ")")
                        + " since " + result.getTimestamp(4).toInstant();
            }
        } catch (SQLException e) {
            return "another session";
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the session ends either way, and with it the advisory lock
        }
    }

    private static final class AdvisoryLockHandle implements LockHandle {
        private final Connection connection;
        private final long key;
        private final LockOwner owner;
        private boolean closed;

        AdvisoryLockHandle(Connection connection, long key, LockOwner owner) {
            this.connection = connection;
            this.key = key;
            this.owner = owner;
        }

        @Override
        public LockOwner owner() {
            return owner;
        }

        @Override
        public synchronized void close() {
            if (closed) return;
            closed = true;
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                statement.setLong(1, key);
                statement.execute();
            } catch (SQLException ignored) {
                // closing the session below releases the lock anyway
            } finally {
                closeQuietly(connection);
            }
        }
    }
}
