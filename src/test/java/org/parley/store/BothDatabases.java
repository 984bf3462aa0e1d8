package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs an {@link OnBothDatabases} test once per {@link Dialect}. One PostgreSQL test server serves the whole run
 * (started at the first test that needs it, stopped when the run ends); each test gets its own database on it,
 * dropped after the test, and its own temporary store directory.
 */
final class BothDatabases implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BothDatabases.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(Dialect.values()).map(BothDatabases::invocation);
    }

    private static TestTemplateInvocationContext invocation(Dialect dialect) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return dialect.name().toLowerCase(java.util.Locale.ROOT);
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new Resolver(dialect));
            }
        };
    }

    /** Gives the test method and its {@code @BeforeEach} the same database. */
    private record Resolver(Dialect dialect) implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getStore(NAMESPACE)
                    .getOrComputeIfAbsent("database", k -> open(context), Provided.class)
                    .database();
        }

        private Provided open(ExtensionContext context) {
            Path dir;
            try {
                dir = Files.createTempDirectory("parley-store-test-");
            } catch (IOException e) {
                throw new IllegalStateException("Cannot make a temporary store directory", e);
            }
            if (dialect == Dialect.SQLITE) return new Provided(TestDatabase.sqlite(dir), null);
            PostgresServer server = context.getRoot()
                    .getStore(NAMESPACE)
                    .getOrComputeIfAbsent("server", k -> new SharedServer(), SharedServer.class)
                    .server();
            String url = server.createDatabase();
            return new Provided(
                    new TestDatabase(Dialect.POSTGRESQL, url, PostgresServer.USER, server.password(), dir), server);
        }
    }

    /** The test's database, dropped (PostgreSQL) and its folder deleted when the test ends. */
    private record Provided(TestDatabase database, PostgresServer server) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) server.dropDatabase(database.url());
            try (Stream<Path> all = Files.walk(database.dir())) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }

    /** The run's PostgreSQL server; a failure to start it is kept, so every PostgreSQL test fails with it. */
    private static final class SharedServer implements AutoCloseable {

        private final PostgresServer server;
        private final RuntimeException failure;

        SharedServer() {
            PostgresServer started = null;
            RuntimeException failed = null;
            try {
                started = PostgresServer.start();
            } catch (RuntimeException e) {
                failed = e;
            }
            this.server = started;
            this.failure = failed;
        }

        PostgresServer server() {
            if (failure != null)
                throw new IllegalStateException("No PostgreSQL test server: " + failure.getMessage(), failure);
            return server;
        }

        @Override
        public void close() {
            if (server != null) server.close();
        }
    }
}
