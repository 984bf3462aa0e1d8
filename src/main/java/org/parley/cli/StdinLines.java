package org.parley.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads standard input one line at a time, where only a line feed ends a line (a CRLF's carriage return is dropped).
 * {@link java.io.BufferedReader#readLine} also ends a line at a lone carriage return, so a question holding one came
 * out as two replies, and whoever pairs replies with questions by line feeds lost count.
 */
final class StdinLines {
    private final Reader in;
    private final StringBuilder line = new StringBuilder();

    StdinLines(Reader in) {
        this.in = in;
    }

    /** The next line without its ending, or null at the end of input (a last line without one is still a line). */
    String next() throws IOException {
        line.setLength(0);
        int c;
        while ((c = in.read()) != -1 && c != '\n') line.append((char) c);
        if (c == -1 && line.isEmpty()) return null;
        if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') line.setLength(line.length() - 1);
        return line.toString();
    }
}
