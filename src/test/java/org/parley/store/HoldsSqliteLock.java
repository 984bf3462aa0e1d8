package org.parley.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Another process holding the SQLite write lock, for {@link SqliteFaultsTest}: it begins a write transaction,
 * writes a row it never commits, says "locked", and waits until its standard input closes.
 */
public final class HoldsSqliteLock {

    private HoldsSqliteLock() {}

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
                Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("INSERT INTO quiz (channel_id, started_by, question_count, started_at) "
                    + "VALUES ('held', 'another process', 1, 0)");
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to let go
            }
            s.execute("ROLLBACK");
        }
    }
}
