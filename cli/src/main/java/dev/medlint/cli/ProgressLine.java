package dev.medlint.cli;

import dev.medlint.core.api.Progress;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The line "medlint: checked 120 of 2000 articles (6%)" on standard error, redrawn in place with a carriage return
 * a few times a second, first after {@code delayMillis} (so a quick run never shows it), and erased when the run
 * ends, before the report and the problems are written.
 */
final class ProgressLine implements Progress, AutoCloseable {
    private static final long PERIOD_MILLIS = 200;
    private static final String ERASE = "\r\u001B[K";

    private final PrintStream err;
    private final ScheduledExecutorService timer;
    private volatile int done;
    private volatile int total;
    private String drawn;
    private boolean closed;

    private ProgressLine(PrintStream err, long delayMillis) {
        this.err = err;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "medlint-progress");
            t.setDaemon(true);
            return t;
        });
        if (delayMillis == 0) {
            draw();
        }
        timer.scheduleAtFixedRate(this::draw, delayMillis == 0 ? PERIOD_MILLIS : delayMillis, PERIOD_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** A line drawn first after {@code delayMillis} (0: at once). */
    static ProgressLine start(PrintStream err, long delayMillis) {
        return new ProgressLine(err, delayMillis);
    }

    @Override
    public void checked(int done, int total) {
        this.total = total;
        this.done = Math.max(this.done, done);
    }

    /** The text of the line now. */
    String text() {
        int t = total;
        if (t == 0) {
            return "medlint: looking for articles...";
        }
        int d = done;
        return "medlint: checked " + d + " of " + t + " article" + (t == 1 ? "" : "s") + " (" + (100L * d / t)
                + "%)";
    }

    private synchronized void draw() {
        if (closed) {
            return;
        }
        String line = text();
        if (!line.equals(drawn)) {
            err.print("\r" + line + "\u001B[K");
            err.flush();
            drawn = line;
        }
    }

    /** The number of articles to check, once they are chosen. */
    void total(int total) {
        this.total = total;
    }

    /** Stops redrawing; a line that was shown is brought up to date and then erased. */
    @Override
    public void close() {
        timer.shutdownNow();
        synchronized (this) {
            if (drawn != null) {
                draw();
                err.print(ERASE);
                err.flush();
            }
            closed = true;
        }
    }
}
