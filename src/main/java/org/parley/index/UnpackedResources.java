package org.parley.index;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.jar.JarEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files of the jar that native code reads by path (ONNX Runtime's libraries, the embedding model's weights),
 * unpacked once into a per-user cache folder and found there on later starts. A folder is named after the checksums
 * of what it holds, so a new build's files never mix with an old build's.
 */
final class UnpackedResources {

    private static final Logger log = LoggerFactory.getLogger(UnpackedResources.class);

    private UnpackedResources() {}

    /**
     * A resource of the class path as a file of the cache, unpacked on first use. Empty when it is not inside a jar
     * (classes run unpacked: nothing to key the cache by) or the cache cannot be written.
     */
    static Optional<Path> file(String resource) {
        return file(resource, cacheRoot());
    }

    /** {@link #file(String)} under another cache folder. */
    static Optional<Path> file(String resource, Path root) {
        URL url = UnpackedResources.class.getClassLoader().getResource(resource);
        if (url == null) return Optional.empty();
        try {
            Optional<JarEntry> entry = entry(url);
            if (entry.isEmpty()) return Optional.empty();
            String name = Path.of(resource).getFileName().toString();
            Path target = root.resolve("parley")
                    .resolve("files-" + fingerprint(entry.get()))
                    .resolve(name);
            unpackOnce(url, target, entry.get().getSize());
            return Optional.of(target);
        } catch (IOException | RuntimeException e) {
            log.debug("{} is read from the jar: the cache folder could not be used ({})", resource, e.toString());
            return Optional.empty();
        }
    }

    /** The jar entry the resource is, when it lies in a jar. */
    static Optional<JarEntry> entry(URL resource) throws IOException {
        URLConnection c = resource.openConnection();
        return c instanceof JarURLConnection jar ? Optional.of(jar.getJarEntry()) : Optional.empty();
    }

    /** The entry's CRC-32 and size, in hex. */
    static String fingerprint(JarEntry entry) {
        return Long.toHexString(entry.getCrc()) + Long.toHexString(entry.getSize());
    }

    /**
     * Copies the resource to {@code target} unless it is there already with its {@code size} (-1: unknown). It is
     * unpacked beside the target, written to disk, then moved: a second process starting at once never reads half a
     * file, and a machine that lost power mid-way finds a short file, and replaces it.
     */
    static void unpackOnce(URL resource, Path target, long size) throws IOException {
        if (Files.isRegularFile(target) && (size < 0 || Files.size(target) == size)) return;
        Path dir = Files.createDirectories(target.toAbsolutePath().getParent());
        Path part = Files.createTempFile(dir, target.getFileName().toString(), ".part");
        try (InputStream in = resource.openStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel written = FileChannel.open(part, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** The -Dparley.cache folder, else $XDG_CACHE_HOME, else ~/.cache. */
    static Path cacheRoot() {
        String set = System.getProperty("parley.cache");
        if (set != null) return Path.of(set);
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    }
}
