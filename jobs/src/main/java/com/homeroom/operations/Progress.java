package com.homeroom.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;

/**
 * Progress within a step: a line rewritten in place on a terminal; on a scheduler's log (no
 * terminal) a plain log line every so many items, so the log stays readable. Partitions report
 * from several threads, hence the locks.
 */
final class Progress {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);
    private static final long LOG_EVERY = 100;

    private final PrintStream terminal;
    private long lastLogged;

    private Progress(PrintStream terminal) {
        this.terminal = terminal;
    }

    static Progress forConsole() {
        return new Progress(System.console() != null ? System.out : null);
    }

    synchronized void update(String step, long items) {
        if (terminal != null) {
            terminal.print("\r  " + step + "：已处理 " + items);
            terminal.flush();
        } else if (items - lastLogged >= LOG_EVERY) {
            lastLogged = items;
            log.info("{}：已处理 {}", step, items);
        }
    }

    synchronized void done() {
        if (terminal != null) {
            terminal.print("\r\033[K");
            terminal.flush();
        }
        lastLogged = 0;
    }
}
