package com.homeroom;

import com.homeroom.operations.HomeroomCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Homeroom's entry point. The command line is parsed before Spring starts, so --help and usage
 * errors answer at once; the Spring context (job repository, warehouse) starts only for a run.
 */
@SpringBootApplication
public class HomeroomApplication {

    public static void main(String[] args) {
        System.exit(HomeroomCommand.execute(args));
    }
}
