package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Prepared statements in one line each. Values are always bound, never spliced into the SQL: booleans become
 * 0/1 and instants epoch milliseconds, the portable forms the schema uses.
 */
final class Sql {

    private Sql() {}

    /** Reads one row. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Inserts one row and returns the id the database gave it. */
    static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
            bind(s, values);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                if (!keys.next()) throw new SQLException("no id came back from: " + sql);
                return keys.getLong(1);
            }
        }
    }

    /** Runs an INSERT, UPDATE or DELETE and returns how many rows it touched. */
    static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            return s.executeUpdate();
        }
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            try (ResultSet rows = s.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rows.next()) out.add(row.map(rows));
                return out;
            }
        }
    }

    static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... values) throws SQLException {
        return list(c, sql, row, values).stream().findFirst();
    }

    /** A single number, such as a COUNT; 0 when the query yields no row or NULL. */
    static long number(Connection c, String sql, Object... values) throws SQLException {
        return first(c, sql, r -> r.getLong(1), values).orElse(0L);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return Instant.ofEpochMilli(row.getLong(column));
    }

    /** An instant column that may be NULL. */
    static Instant instantOrNull(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static boolean bool(ResultSet row, String column) throws SQLException {
        return row.getInt(column) != 0;
    }

    /** A value as the spool keeps it: an instant becomes its epoch milliseconds, as {@link #bind} would bind it. */
    static Object portable(Object value) {
        return value instanceof Instant t ? t.toEpochMilli() : value;
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            int at = i + 1;
            Object v =
                    Objects.requireNonNull(values[i], () -> "value " + at + " is null; the store keeps \"\" for none");
            if (v instanceof String text) s.setString(at, text);
            else if (v instanceof Long n) s.setLong(at, n);
            else if (v instanceof Integer n) s.setInt(at, n);
            else if (v instanceof Double d) s.setDouble(at, d);
            else if (v instanceof Boolean b) s.setInt(at, b ? 1 : 0);
            else if (v instanceof Instant t) s.setLong(at, t.toEpochMilli());
            else
                throw new IllegalArgumentException(
                        "cannot store a " + v.getClass().getSimpleName());
        }
    }
}
