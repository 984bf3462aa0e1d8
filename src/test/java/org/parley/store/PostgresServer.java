package org.parley.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for tests: {@code initdb} in a temporary folder, a free port on 127.0.0.1 only,
 * password (SCRAM) authentication, stopped and deleted by {@link #close}. Needs the server's programs (Debian's
 * {@code postgresql} package, or {@code PARLEY_PG_BIN} naming their folder); run as root, it runs them as the
 * {@code postgres} user, since PostgreSQL refuses to run as root. There is no fallback: a machine without them
 * fails the PostgreSQL tests with a message saying what to install.
 */
public final class PostgresServer implements AutoCloseable {

    /** The cluster's superuser, whom the tests connect as. */
    public static final String USER = "parley";

    private static final String SYSTEM_USER = "postgres";

    private final Path bin;
    private final Path root;
    private final Path data;
    private final int port;
    private final String password;
    private final boolean asSystemUser;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(Path bin, Path root, int port, String password, boolean asSystemUser) {
        this.bin = bin;
        this.root = root;
        this.data = root.resolve("data");
        this.port = port;
        this.password = password;
        this.asSystemUser = asSystemUser;
    }

    /** Creates and starts a new cluster; fails with what is missing when it cannot. */
    public static PostgresServer start() {
        Path bin = findBin();
        boolean asSystemUser = "root".equals(System.getProperty("user.name"));
        String password = "pw-" + HexFormat.of().formatHex(secureBytes(12));
        try {
            Path root = Files.createTempDirectory("parley-pg-");
            PostgresServer server = new PostgresServer(bin, root, freePort(), password, asSystemUser);
            try {
                server.init();
                server.startServer();
            } catch (RuntimeException | IOException e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start a PostgreSQL test server: " + e, e);
        }
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    /** A url for a database of this server. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates an empty database and returns its url. */
    public String createDatabase() {
        String name = "store_" + databases.incrementAndGet();
        admin("CREATE DATABASE " + name);
        return url(name);
    }

    /** Drops a database made by {@link #createDatabase}, closing any connection still open to it. */
    public void dropDatabase(String url) {
        admin("DROP DATABASE IF EXISTS " + url.substring(url.lastIndexOf('/') + 1) + " WITH (FORCE)");
    }

    /** Stops the server (fast shutdown: connections are closed, the data stays). */
    public void stop() {
        pgCtl("-m", "fast", "stop");
    }

    /** Starts it again on the same port with the same data. */
    public void restart() {
        startServer();
    }

    @Override
    public void close() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) pgCtl("-m", "immediate", "stop");
        } catch (RuntimeException e) {
            // Deleting the folder below is all that is left to do.
        } finally {
            deleteTree(root);
        }
    }

    private void init() throws IOException {
        Path passwordFile = root.resolve("password");
        Files.writeString(passwordFile, password + "\n");
        if (asSystemUser) {
            UserPrincipal owner =
                    root.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SYSTEM_USER);
            Files.setOwner(root, owner);
            Files.setOwner(passwordFile, owner);
        }
        run(List.of(
                bin.resolve("initdb").toString(),
                "-D",
                data.toString(),
                "-U",
                USER,
                "--pwfile=" + passwordFile,
                "--auth=scram-sha-256",
                "-E",
                "UTF8",
                "--no-locale",
                "--no-sync"));
        Files.delete(passwordFile);
        // TCP on 127.0.0.1 only, no socket file; fsync off because the tests test Parley's durability, not the
        // server's.
        Files.writeString(
                data.resolve("postgresql.conf"),
                "\nport = " + port + "\nlisten_addresses = '127.0.0.1'\n"
                        + "unix_socket_directories = ''\nfsync = off\nmax_connections = 150\n",
                java.nio.file.StandardOpenOption.APPEND);
    }

    private void startServer() {
        pgCtl("-l", root.resolve("server.log").toString(), "-t", "60", "start");
    }

    private void pgCtl(String... args) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w"));
        command.addAll(List.of(args));
        run(command);
    }

    private void admin(String sql) {
        Properties login = new Properties();
        login.setProperty("user", USER);
        login.setProperty("password", password);
        try (Connection c = DriverManager.getConnection(url("postgres"), login);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL test server refused " + sql + ": " + e.getMessage(), e);
        }
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asSystemUser) full.addAll(List.of("runuser", "-u", SYSTEM_USER, "--"));
        full.addAll(command);
        try {
            Process p = new ProcessBuilder(full)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", full) + " did not finish in 90 s");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(
                        String.join(" ", full) + " failed (" + p.exitValue() + "):\n" + out + serverLog());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + String.join(" ", full) + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted running " + full.get(0), e);
        }
    }

    private String serverLog() {
        try {
            Path log = root.resolve("server.log");
            return Files.exists(log) ? "\nserver.log:\n" + Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** PARLEY_PG_BIN, else the newest /usr/lib/postgresql/N/bin (Debian's layout). */
    private static Path findBin() {
        String configured = System.getenv("PARLEY_PG_BIN");
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        } else if (Files.isDirectory(Path.of("/usr/lib/postgresql"))) {
            try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
                versions.map(v -> v.resolve("bin"))
                        .sorted(Comparator.comparing((Path p) -> versionOf(p)).reversed())
                        .forEach(candidates::add);
            } catch (IOException e) {
                // none found: the message below says what to do
            }
        }
        for (Path bin : candidates) {
            if (Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"))) return bin;
        }
        throw new IllegalStateException(
                "The store's PostgreSQL tests need a PostgreSQL server's programs (initdb, "
                        + "pg_ctl), and none were found"
                        + (configured == null ? " in /usr/lib/postgresql/*/bin" : " in " + configured)
                        + ": install them (apt-get install postgresql) or set PARLEY_PG_BIN to their folder. They do not skip.");
    }

    private static int versionOf(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static byte[] secureBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
