package org.parley.index;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a long build: a bar redrawn in place on a terminal, a log line every few seconds otherwise (a service's
 * log, a CI run), each with items per second and time left. Quiet for builds that end within the first second.
 * Safe to advance from several threads.
 */
public final class Progress {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);
    private static final long QUIET_NANOS = Duration.ofSeconds(1).toNanos();
    private static final long BAR_EVERY_NANOS = Duration.ofMillis(250).toNanos();
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    private static final int BAR_WIDTH = 30;

    private final String what;
    private final long total;
    private final PrintStream terminal; // null: log lines
    private final long started = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong nextReport = new AtomicLong(started + QUIET_NANOS);
    private volatile boolean drawn;

    private Progress(String what, long total, PrintStream terminal) {
        this.what = what;
        this.total = total;
        this.terminal = terminal;
    }

    /** A bar on standard error when the process has a terminal, log lines otherwise. */
    public static Progress of(String what, long total) {
        return new Progress(what, total, System.console() != null ? System.err : null);
    }

    public void advance(long n) {
        long now = done.addAndGet(n);
        long due = nextReport.get();
        long time = System.nanoTime();
        if (time >= due
                && nextReport.compareAndSet(due, time + (terminal != null ? BAR_EVERY_NANOS : LOG_EVERY_NANOS))) {
            report(now, time);
        }
    }

    /** Ends the bar's line (when one was drawn) so what follows starts on its own. */
    public void finish() {
        if (terminal != null && drawn) {
            report(done.get(), System.nanoTime());
            terminal.println();
            terminal.flush();
        }
    }

    private synchronized void report(long now, long time) {
        double seconds = (time - started) / 1e9;
        double rate = seconds > 0 ? now / seconds : 0;
        String left = rate > 0 && now < total ? clock((long) ((total - now) / rate)) : "0:00";
        String figures = String.format(Locale.ROOT, "%,d/%,d %s, %.0f/s, %s left", now, total, what, rate, left);
        if (terminal == null) {
            log.info("Indexing: {}", figures);
            return;
        }
        int filled = total == 0 ? BAR_WIDTH : (int) Math.min(BAR_WIDTH, BAR_WIDTH * now / total);
        terminal.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + figures + "   ");
        terminal.flush();
        drawn = true;
    }

    private static String clock(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
