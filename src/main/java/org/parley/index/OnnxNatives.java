package org.parley.index;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps ONNX Runtime's native libraries in a per-user cache folder and points ONNX Runtime at it
 * ({@code onnxruntime.native.path}). Left to itself, ONNX Runtime copies them into a new temporary folder on every
 * start and asks for that folder to be deleted before its files are, so every process left an empty
 * {@code onnxruntime-java…} folder behind (1,900 of them in this machine's /tmp after a day of runs). With the
 * libraries found in the cache, its temporary folder stays empty and is deleted at exit.
 */
final class OnnxNatives {

    private static final Logger log = LoggerFactory.getLogger(OnnxNatives.class);
    /** ONNX Runtime's own property: the folder it loads its libraries from instead of unpacking them. */
    static final String PATH_PROPERTY = "onnxruntime.native.path";

    private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");

    private OnnxNatives() {}

    /** Points ONNX Runtime at the cached libraries, unpacking them first if needed; on any failure, changes nothing. */
    static synchronized void useCache() {
        if (System.getProperty(PATH_PROPERTY) != null) return;
        Optional<String> platform = platform();
        if (platform.isEmpty()) return;
        try {
            StringBuilder key = new StringBuilder();
            Map<String, Long> sizes = new HashMap<>();
            for (String library : LIBRARIES) {
                URL url = resource(platform.get(), library);
                if (url == null) return;
                Optional<JarEntry> entry = UnpackedResources.entry(url);
                if (entry.isEmpty()) return; // unpacked classes: nothing to key the cache by
                key.append(UnpackedResources.fingerprint(entry.get()));
                sizes.put(library, entry.get().getSize());
            }
            // Both libraries in one folder: the JNI library finds ONNX Runtime's beside it.
            Path dir = UnpackedResources.cacheRoot()
                    .resolve("parley")
                    .resolve("onnxruntime-" + Integer.toHexString(key.toString().hashCode()));
            for (String library : LIBRARIES) {
                UnpackedResources.unpackOnce(
                        resource(platform.get(), library),
                        dir.resolve(System.mapLibraryName(library)),
                        sizes.get(library));
            }
            System.setProperty(PATH_PROPERTY, dir.toString());
        } catch (IOException | RuntimeException e) {
            log.debug("ONNX Runtime unpacks its own libraries: the cache folder could not be used ({})", e.toString());
        }
    }

    private static URL resource(String platform, String library) {
        return OnnxNatives.class
                .getClassLoader()
                .getResource("ai/onnxruntime/native/" + platform + "/" + System.mapLibraryName(library));
    }

    /** The folder names ONNX Runtime's jar uses: linux-x64, osx-aarch64, win-x64 … */
    static Optional<String> platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String o = os.contains("linux")
                ? "linux"
                : os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : null;
        String a = arch.equals("amd64") || arch.equals("x86_64")
                ? "x64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        return o == null || a == null ? Optional.empty() : Optional.of(o + "-" + a);
    }
}
