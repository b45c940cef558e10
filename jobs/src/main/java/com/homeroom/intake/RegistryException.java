package com.homeroom.intake;

import java.util.List;

/** The registry is missing or invalid: the run cannot start (exit code 3). */
public final class RegistryException extends Exception {

    private final List<String> problems;

    public RegistryException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
