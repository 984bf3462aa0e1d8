package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Makes a folder read-only for real while open: its permission bits for an ordinary user, and, for root (whom
 * permission bits do not stop), the immutable attribute ({@code chattr +i}). Checks that a file can no longer be
 * created there, so a test cannot pass on a folder that was writable after all.
 */
final class ReadOnlyFolder implements AutoCloseable {

    private final Path dir;
    private final boolean root = "root".equals(System.getProperty("user.name"));
    private final Set<PosixFilePermission> before;

    ReadOnlyFolder(Path dir) throws IOException {
        this.dir = dir;
        this.before = Files.getPosixFilePermissions(dir);
        if (root) chattr("+i");
        else Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Files.delete(Files.createFile(dir.resolve("probe")));
        } catch (IOException expected) {
            return;
        }
        close();
        throw new IllegalStateException("Could not make " + dir + " read-only for this test");
    }

    @Override
    public void close() throws IOException {
        if (root) chattr("-i");
        else Files.setPosixFilePermissions(dir, before);
    }

    private void chattr(String flag) throws IOException {
        try {
            Process p = new ProcessBuilder(List.of("chattr", flag, dir.toString()))
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("chattr " + flag + " " + dir + " failed (the folder must be on a file system "
                        + "with the immutable attribute, such as ext4): " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
