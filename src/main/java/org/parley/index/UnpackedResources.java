package org.parley.index;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
            Optional<String> fingerprint = fingerprint(url);
            if (fingerprint.isEmpty()) return Optional.empty();
            String name = Path.of(resource).getFileName().toString();
            Path target =
                    root.resolve("parley").resolve("files-" + fingerprint.get()).resolve(name);
            unpackOnce(url, target);
            return Optional.of(target);
        } catch (IOException | RuntimeException e) {
            log.debug("{} is read from the jar: the cache folder could not be used ({})", resource, e.toString());
            return Optional.empty();
        }
    }

    /** The entry's CRC-32 and size, in hex, when the resource lies in a jar. */
    static Optional<String> fingerprint(URL resource) throws IOException {
        URLConnection c = resource.openConnection();
        if (!(c instanceof JarURLConnection jar)) return Optional.empty();
        JarEntry entry = jar.getJarEntry();
        return Optional.of(Long.toHexString(entry.getCrc()) + Long.toHexString(entry.getSize()));
    }

    /**
     * Copies the resource to {@code target} unless it is there already. It is unpacked beside the target, then
     * moved: a second process starting at once never reads half a file.
     */
    static void unpackOnce(URL resource, Path target) throws IOException {
        if (Files.isRegularFile(target)) return;
        Path dir = Files.createDirectories(target.toAbsolutePath().getParent());
        Path part = Files.createTempFile(dir, target.getFileName().toString(), ".part");
        try (InputStream in = resource.openStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
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
