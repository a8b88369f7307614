package io.abaco.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Chooses the PostgreSQL server for the whole test JVM, once: {@code ABACO_TEST_PG_URL} if set; else the server on
 * 127.0.0.1:5432 if it answers; else an embedded PostgreSQL. {@code ABACO_TEST_PG=embedded} forces the embedded one.
 */
final class PostgresServer {
    static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static PostgresServer instance;

    final String jdbcUrl;
    final String user;
    final boolean embedded;

    private PostgresServer(String jdbcUrl, String user, boolean embedded) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.embedded = embedded;
    }

    static synchronized PostgresServer get() {
        if (instance == null) instance = choose(System.getenv());
        return instance;
    }

    static PostgresServer choose(Map<String, String> environment) {
        if ("embedded".equalsIgnoreCase(environment.get("ABACO_TEST_PG"))) return startEmbedded();
        String configured = environment.get("ABACO_TEST_PG_URL");
        if (configured != null && !configured.isBlank()) {
            return new PostgresServer(configured, environment.getOrDefault("ABACO_TEST_PG_USER", "postgres"), false);
        }
        if (answers(LOCAL_URL, "postgres")) return new PostgresServer(LOCAL_URL, "postgres", false);
        return startEmbedded();
    }

    private static boolean answers(String url, String user) {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(url, user, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static PostgresServer startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting anyway
                }
            }));
            return new PostgresServer(postgres.getJdbcUrl("postgres", "postgres"), "postgres", true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL: " + e.getMessage(), e);
        }
    }
}
