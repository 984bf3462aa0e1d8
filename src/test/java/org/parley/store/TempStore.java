package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/** A real SQLite store in a folder of its own, deleted on close: for tests that share one store across many tries. */
public record TempStore(Path dir, Database database, Store store) implements AutoCloseable {

    public static TempStore open(String name) throws IOException {
        Path dir = Files.createTempDirectory(name);
        Database db = Database.openSqlite(dir);
        return new TempStore(dir, db, Store.over(db, Clock.systemUTC()));
    }

    @Override
    public void close() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
