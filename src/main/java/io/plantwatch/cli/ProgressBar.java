package io.plantwatch.cli;

import io.plantwatch.analysis.Progress;

import java.io.PrintStream;

/**
 * A one-line progress bar on stderr that appears only once work has taken over a second, so short
 * runs print nothing. Redrawn at most five times a second.
 */
final class ProgressBar implements Progress {
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final java.util.function.LongSupplier clock;
    private final long started;
    private long lastDraw;
    private boolean shown;

    ProgressBar(PrintStream out) {
        this(out, System::nanoTime);
    }

    ProgressBar(PrintStream out, java.util.function.LongSupplier clock) {
        this.out = out;
        this.clock = clock;
        this.started = clock.getAsLong();
    }

    @Override
    public void update(String file, long done, long total) {
        long now = clock.getAsLong();
        if (now - started < SHOW_AFTER_NANOS || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        shown = true;
        double fraction = total > 0 ? Math.min(0.999, (double) done / total) : 0;
        int filled = (int) (fraction * WIDTH);
        double seconds = (now - started) / 1e9;
        double mbPerSecond = done / 1e6 / seconds;
        out.printf("\r[%s%s] %3d%%  %,.0f MB/s  %s ", "#".repeat(filled), " ".repeat(WIDTH - filled),
                (int) (fraction * 100), mbPerSecond, shorten(file));
        out.flush();
    }

    /** Clears the bar, if it was ever drawn. */
    void finish() {
        if (shown) {
            out.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            out.flush();
        }
    }

    private static String shorten(String file) {
        return file.length() <= 40 ? file : "..." + file.substring(file.length() - 37);
    }
}
