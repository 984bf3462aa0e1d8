package org.parley.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding model's weights unpacked from their jar into the cache folder once, found there afterwards, and
 * never unpacked from anywhere that cannot key the cache.
 */
class UnpackedResourcesTest {

    /** MiniLM's weights, inside langchain4j's jar on the class path. */
    private static final String WEIGHTS = EmbeddingModel.MINILM.modelResource();

    @Test
    void aResourceInAJarIsUnpackedWhole(@TempDir Path root) throws IOException {
        Path file = UnpackedResources.file(WEIGHTS, root).orElseThrow();

        assertTrue(file.startsWith(root.resolve("parley")), file.toString());
        assertEquals(Path.of(WEIGHTS).getFileName(), file.getFileName());
        assertArrayEquals(bytes(WEIGHTS), Files.readAllBytes(file));
        try (var left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.toList(), "nothing but the file: no half-written part left");
        }
    }

    @Test
    void aSecondStartFindsItWithoutUnpackingAgain(@TempDir Path root) throws IOException {
        Path first = UnpackedResources.file(WEIGHTS, root).orElseThrow();
        FileTime longAgo = FileTime.fromMillis(86_400_000L);
        Files.setLastModifiedTime(first, longAgo);

        Path second = UnpackedResources.file(WEIGHTS, root).orElseThrow();

        assertEquals(first, second);
        assertEquals(longAgo, Files.getLastModifiedTime(second), "the cached file was not written again");
    }

    @Test
    void aShortFileLeftByALostWriteIsUnpackedAgain(@TempDir Path root) throws IOException {
        Path file = UnpackedResources.file(WEIGHTS, root).orElseThrow();
        Files.write(file, new byte[0]); // as a machine that lost power before the data reached the disk leaves it

        assertEquals(file, UnpackedResources.file(WEIGHTS, root).orElseThrow());
        assertArrayEquals(bytes(WEIGHTS), Files.readAllBytes(file));
    }

    @Test
    void aResourceOutsideAnyJarOrMissingIsNotCached(@TempDir Path root) throws IOException {
        // The product's own classes and resources run unpacked under the build folder in tests: no entry to key by.
        assertEquals(Optional.empty(), UnpackedResources.file("logback.xml", root));
        assertEquals(Optional.empty(), UnpackedResources.file("no-such-model.onnx", root));
        try (var made = Files.list(root)) {
            assertEquals(List.of(), made.toList());
        }
    }

    @Test
    void aCacheThatCannotBeWrittenLeavesTheJarToServe(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("cache"), "a file where the cache folder would be");

        assertEquals(Optional.empty(), UnpackedResources.file(WEIGHTS, notAFolder));
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = UnpackedResourcesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
