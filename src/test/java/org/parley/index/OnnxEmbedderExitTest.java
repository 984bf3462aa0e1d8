package org.parley.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that waits for {@link OnnxEmbedder#awaitLoad} exits cleanly even when it decides to exit while the model
 * is still loading: ONNX Runtime crashed (SIGSEGV, exit 134) when the JVM ended during its session creation, about one
 * `parley facts` in four. Each run is a fresh JVM that decides to exit while the load is in native code.
 */
class OnnxEmbedderExitTest {

    /** Without awaitLoad, every run crashed here; with it, none may. */
    private static final int RUNS = 3;

    @Test
    void exitingWhileTheModelLoadsIsClean(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command =
                List.of(java, "-cp", System.getProperty("java.class.path"), ExitWhileLoading.class.getName());
        for (int run = 0; run < RUNS; run++) {
            File log = dir.resolve("run-" + run + ".log").toFile();
            Process p = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log)
                    .start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("run " + run + " did not exit within 60 s");
            }
            assertEquals(0, p.exitValue(), () -> "run exited abnormally:\n" + read(log.toPath()));
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (java.io.IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /**
     * Starts loading the model and, the moment the load is inside ONNX Runtime's native session creation (the crash's
     * window, about a tenth of a second), awaits the load and exits; exits with 3 if it never saw that window.
     */
    public static final class ExitWhileLoading {
        public static void main(String[] args) throws InterruptedException {
            OnnxEmbedder embedder = new OnnxEmbedder(EmbeddingModel.MINILM);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                for (var thread : Thread.getAllStackTraces().entrySet()) {
                    StackTraceElement[] stack = thread.getValue();
                    if (thread.getKey().getName().equals("parley-embedder-load")
                            && stack.length > 0
                            && stack[0].isNativeMethod()
                            && stack[0].getClassName().startsWith("ai.onnxruntime.OrtSession")) {
                        embedder.awaitLoad();
                        System.exit(0);
                    }
                }
                Thread.sleep(1);
            }
            System.exit(3);
        }
    }

    /**
     * ONNX Runtime's libraries and the model's weights come from a cache folder, so a run leaves nothing in the
     * temporary folder: unpacked there on each start, the libraries had left an empty onnxruntime-java folder behind
     * every process.
     */
    @Test
    void aRunLeavesNoFolderBehindAndTheLibrariesAreCached(@TempDir Path dir) throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path cache = dir.resolve("cache");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int run = 0; run < 2; run++) { // the first unpacks into the cache, the second finds it there
            Process p = new ProcessBuilder(
                            java,
                            "-Djava.io.tmpdir=" + tmp,
                            "-Dparley.cache=" + cache,
                            "-cp",
                            System.getProperty("java.class.path"),
                            LoadAndExit.class.getName())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("run-" + run + ".log").toFile())
                    .start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "run " + run + " ended");
            assertEquals(0, p.exitValue(), () -> read(dir.resolve("run-0.log")));
            try (var left = Files.list(tmp)) {
                List<String> names = left.map(f -> f.getFileName().toString()).toList();
                assertTrue(names.stream().noneMatch(n -> n.startsWith("onnxruntime-java")), names.toString());
            }
        }
        try (var unpacked = Files.walk(cache.resolve("parley"))) {
            List<String> names = unpacked.map(f -> f.getFileName().toString()).toList();
            assertTrue(names.contains(System.mapLibraryName("onnxruntime")), names.toString());
            assertTrue(names.contains(System.mapLibraryName("onnxruntime4j_jni")), names.toString());
            // The weights too: ONNX Runtime reads them from there instead of the JVM inflating them from the jar.
            assertTrue(names.contains(EmbeddingModel.MINILM.modelResource()), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.endsWith(".part")), names.toString());
        }
    }

    /** Loads the model, embeds one sentence, and exits. */
    public static final class LoadAndExit {
        public static void main(String[] args) {
            OnnxEmbedder embedder = new OnnxEmbedder(EmbeddingModel.MINILM);
            if (embedder.embed("Talks began in Geneva.").length != 384) System.exit(2);
            System.exit(0);
        }
    }
}
