package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.answer.Answer;
import org.parley.answer.Facet;
import org.parley.answer.QuestionType;
import org.parley.store.Database;
import org.parley.store.PostgresServer;
import org.parley.store.Store;

/** The composition root picks the store's database from the settings. */
class LauncherStoreTest {

    @TempDir
    Path dir;

    private static Answer refused(String question) {
        return new Answer(
                question,
                new org.parley.answer.Lead.Refusal(
                        org.parley.answer.Lead.Reason.NOT_FOUND, 1, java.util.Optional.of("Talks")),
                java.util.List.of(),
                java.util.List.of(),
                0.1,
                5,
                QuestionType.WHO,
                Facet.NONE);
    }

    @Test
    void withoutAUrlTheStoreIsSqliteInTheStoreFolder() {
        Launcher launcher = new Launcher(Map.of("PARLEY_STORE_DIR", dir.toString())::get);
        try (Database db = launcher.openStore()) {
            assertTrue(
                    Store.over(db, Clock.systemUTC()).questions().record("", "c", "u", refused("Who?"), "console") > 0);
        }
        assertTrue(Files.isRegularFile(dir.resolve(Database.SQLITE_FILE)));
    }

    @Test
    void withAUrlTheStoreIsThatPostgresqlDatabaseWithThePasswordFromTheFileItIsGiven() throws Exception {
        try (PostgresServer server = PostgresServer.start()) {
            String url = server.createDatabase();
            Path password = dir.resolve("password");
            Files.writeString(password, server.password() + "\n");
            Path storeDir = dir.resolve("store");
            Launcher launcher = new Launcher(Map.of(
                    "PARLEY_STORE_URL",
                    url,
                    "PARLEY_STORE_USER",
                    PostgresServer.USER,
                    "PARLEY_STORE_PASSWORD_FILE",
                    password.toString(),
                    "PARLEY_STORE_DIR",
                    storeDir.toString())::get);
            try (Database db = launcher.openStore()) {
                Store.over(db, Clock.systemUTC()).questions().record("", "c", "u", refused("Who paid?"), "console");
            }
            assertFalse(Files.exists(storeDir.resolve(Database.SQLITE_FILE)), "no SQLite file beside it");
            Properties login = new Properties();
            login.setProperty("user", PostgresServer.USER);
            login.setProperty("password", server.password());
            try (Connection c = DriverManager.getConnection(url, login);
                    Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT question FROM question")) {
                assertTrue(r.next());
                assertEquals("Who paid?", r.getString(1));
            }
        }
    }
}
