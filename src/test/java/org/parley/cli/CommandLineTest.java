package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What every command does with the standard options and with numbers out of range, before any work starts. */
class CommandLineTest {

    record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine(name -> null);
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void everyCommandPrintsTheVersion() {
        for (String command : Main.commandLine(name -> null).getSubcommands().keySet()) {
            if (command.equals("help")) continue;
            Run r = run(command, "-V");
            assertEquals(0, r.status(), command);
            assertEquals("Parley 0.1.0", r.out().strip(), command);
        }
    }

    @Test
    void countsBelowTheirMinimumAreRefusedWithTheUsage() {
        Run bench = run("bench", "--questions=0", "--warmup=1");
        assertEquals(2, bench.status());
        assertTrue(bench.err().contains("--questions must be at least 1 (it was 0)."), bench.err());
        assertTrue(bench.err().contains("Usage: parley bench"), bench.err());
        assertEquals(2, run("bench", "--sentences=-5").status());
        assertEquals(2, run("bench", "--warmup=-1").status());
        Run quiz = run("quiz", "--questions=-1");
        assertEquals(2, quiz.status());
        assertTrue(quiz.err().contains("--questions must be at least 0 (it was -1)."), quiz.err());
    }
}
