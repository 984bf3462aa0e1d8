package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `parley index` says where the index was saved, and fails when it could not save it. */
class IndexCommandTest {

    record Run(int status, String out, String err) {}

    private static Run index(Path indexSetting) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream(), stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            Map<String, String> env = Map.of("PARLEY_INDEX", indexSetting.toString());
            int status = Main.commandLine(env::get).execute("index");
            return new Run(status, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void theIndexIsSavedWhereTheSettingsSay(@TempDir Path dir) {
        Run r = index(dir.resolve("lucene"));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Index ready: 1 article, "), r.out());
        assertTrue(r.out().contains("(" + dir.resolve("lucene") + ")"), r.out());
        assertTrue(Files.isDirectory(dir.resolve("lucene")));
    }

    @Test
    void anIndexThatCouldNotBeSavedIsAFailureNotAReadyIndex(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        Run r = index(file);
        assertEquals(1, r.status(), r.out());
        assertEquals("", r.out());
        assertTrue(r.err().contains("the index could not be saved in " + file), r.err());
    }
}
