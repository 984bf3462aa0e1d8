package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options {@code ./parley} starts the jar with, read from the script itself. It maps a class-data archive
 * recorded once per build; when the jar changes, the archive no longer matches and the JVM says so on stdout, which
 * {@code ask --json} uses as a line protocol. With the script's options it must say nothing there.
 */
class ParleyScriptTest {

    @Test
    void aStaleClassArchiveLeavesStdoutToParley(@TempDir Path dir) throws Exception {
        // An archive recorded with a jar on the class path that then changes, as a rebuilt parley.jar does.
        Path jar = Files.copy(jarOnClassPath("picocli"), dir.resolve("lib.jar"));
        Path archive = dir.resolve("parley.jsa");
        run(dir, List.of("-XX:ArchiveClassesAtExit=" + archive, "-cp", jar.toString(), "picocli.AutoComplete"));
        assertTrue(Files.size(archive) > 0, "no archive was recorded");
        Files.setLastModifiedTime(
                jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));

        List<String> start = List.of(
                "-XX:SharedArchiveFile=" + archive,
                "-cp",
                jar + File.pathSeparator + System.getProperty("java.class.path"),
                Main.class.getName(),
                "--version");
        String bare = run(dir, start);
        assertTrue(bare.contains("[warning]"), () -> "without the script's options the JVM warns on stdout:\n" + bare);

        List<String> scripted = new ArrayList<>(scriptOptions());
        scripted.addAll(start);
        List<String> out = run(dir, scripted).lines().toList();
        assertEquals(1, out.size(), () -> "stdout: " + out);
        assertTrue(out.get(0).startsWith("Parley "), () -> "stdout: " + out);
    }

    /** The words of the script's {@code cds=(…)} line: the options every start and the recording share. */
    private static List<String> scriptOptions() throws Exception {
        String line = Files.readAllLines(Path.of("parley"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("cds=("))
                .findFirst()
                .orElseThrow(() -> new AssertionError("./parley has no cds=( line"));
        List<String> options = Arrays.asList(
                line.substring("cds=(".length(), line.lastIndexOf(')')).trim().split("\\s+"));
        assertFalse(options.isEmpty());
        return options;
    }

    private static Path jarOnClassPath(String name) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar")
                        && Path.of(entry).getFileName().toString().startsWith(name))
                .map(Path::of)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " jar on the class path"));
    }

    /** Runs a JVM with {@code args} in {@code dir}; its stdout alone. */
    private static String run(Path dir, List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(args);
        Path out = dir.resolve("stdout.txt");
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("java did not exit within 60 s: " + command);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
