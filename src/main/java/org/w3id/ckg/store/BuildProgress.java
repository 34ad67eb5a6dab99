package org.w3id.ckg.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A build's progress through its input, in megabytes (kilobytes for a small one) read, with rate and ETA: a bar redrawn in
 * place on a terminal, a plain log line every few seconds elsewhere (a CI log, a file). A file
 * counts as read once the last of its texts is stored; the texts stored so far ride along.
 */
final class BuildProgress implements AutoCloseable {

    private static final int WIDTH = 100;

    private final ProgressBar bar;
    private long filesDone;
    private Path current;
    private long currentBytes;
    private int texts;

    BuildProgress(PrintStream log, long totalBytes) {
        boolean terminal = log == System.err && onTerminal();
        bar = new ProgressBarBuilder()
                .setTaskName("ckg: building")
                .setInitialMax(Math.max(1, totalBytes))
                // a few texts are kilobytes: in megabytes their bar would read 0/0
                .setUnit(totalBytes >= 10L << 20 ? " MB" : " KB", totalBytes >= 10L << 20 ? 1 << 20 : 1 << 10)
                .setSpeedUnit(ChronoUnit.SECONDS)
                .showSpeed(new java.text.DecimalFormat("0.0"))
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(terminal ? 250 : 5000)
                .setConsumer(terminal ? new ConsoleProgressBarConsumer(log, WIDTH) : new DelegatingProgressBarConsumer(log::println, WIDTH))
                .build();
    }

    /**
     * Whether the standard streams are a terminal. From Java 22 on {@code System.console()} is there
     * even when they are redirected, and {@code Console.isTerminal()} tells; on Java 21 (which the
     * code is compiled for) a console is there only on a terminal.
     */
    private static boolean onTerminal() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** A text of {@code file} is stored, or found up to date; the texts come file by file. */
    void stored(Path file) {
        if (!file.equals(current)) {
            filesDone += currentBytes;
            current = file;
            try {
                currentBytes = java.nio.file.Files.size(file);
            } catch (java.io.IOException e) {
                currentBytes = 0; // it was read a moment ago; if it is gone now, the bar just counts it as empty
            }
            bar.stepTo(filesDone);
        }
        texts++;
        bar.setExtraMessage(" " + texts + " texts");
    }

    @Override public void close() {
        bar.stepTo(bar.getMax());
        bar.close();
    }
}
