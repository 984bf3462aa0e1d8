package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StdinLinesTest {

    private static List<String> lines(String input) throws Exception {
        StdinLines in = new StdinLines(new StringReader(input));
        List<String> out = new ArrayList<>();
        for (String line; (line = in.next()) != null; ) out.add(line);
        return out;
    }

    @Test
    void onlyALineFeedEndsALine() throws Exception {
        assertEquals(List.of("Who met?", "Where\rwhen?", "", "last"), lines("Who met?\r\nWhere\rwhen?\n\nlast"));
    }

    @Test
    void emptyInputHasNoLinesAndALoneLineFeedOneEmptyLine() throws Exception {
        assertEquals(List.of(), lines(""));
        assertEquals(List.of(""), lines("\n"));
        assertEquals(List.of("\r"), lines("\r\r\n"), "only the carriage return of the CRLF is dropped");
    }
}
