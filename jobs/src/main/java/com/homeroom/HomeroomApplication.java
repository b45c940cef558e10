package com.homeroom;

import com.homeroom.operations.HomeroomCommand;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Homeroom's entry point. The command line is parsed before Spring starts, so --help and usage
 * errors answer at once; the Spring context (job repository, warehouse) starts only for a run.
 */
@SpringBootApplication
public class HomeroomApplication {

    public static void main(String[] args) {
        quietLogging();
        System.exit(HomeroomCommand.execute(args));
    }

    /**
     * Commands that start no Spring (sample, template, broker, bench's baselines) log through
     * Logback's bare default, DEBUG to the console: POI's and Artemis's chatter on every file. Until
     * Spring configures logging for a run (application.properties), only warnings are shown, and of
     * POI's only errors (its recoveries from damaged files are the reject list's business).
     */
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
            logback.getLogger("org.apache.poi").setLevel(Level.ERROR);
        }
    }
}
