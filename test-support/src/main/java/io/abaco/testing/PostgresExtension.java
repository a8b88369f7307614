package io.abaco.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The one way abaco's tests get PostgreSQL (see {@link PostgresServer} for which server). Inject a
 * {@link TestDatabase} into a test method or constructor: each injection gets its own new schema, dropped with
 * CASCADE after the test.
 *
 * <pre>{@code
 * @ExtendWith(PostgresExtension.class)
 * class RunRepositoryTest {
 *     @Test void writes(TestDatabase db) throws Exception { try (var c = db.connect()) { ... } }
 * }
 * }</pre>
 */
public final class PostgresExtension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PostgresExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        PostgresServer server = PostgresServer.get();
        String schema = "t_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute(server, "CREATE SCHEMA " + schema);
        schemas(context).add(schema);
        return new TestDatabase(server.jdbcUrl, server.user, schema, server.embedded);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> created = schemas(context);
        for (String schema : created) {
            execute(PostgresServer.get(), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        created.clear();
    }

    @SuppressWarnings("unchecked")
    private static List<String> schemas(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("schemas", key -> new ArrayList<String>(), List.class);
    }

    static void execute(PostgresServer server, String sql) {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl, server.user, "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new ParameterResolutionException("PostgreSQL at " + server.jdbcUrl + ": " + e.getMessage(), e);
        }
    }
}
