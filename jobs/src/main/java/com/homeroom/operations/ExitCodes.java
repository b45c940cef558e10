package com.homeroom.operations;

/** The command line's exit codes (operations.md). */
public final class ExitCodes {

    public static final int DONE = 0;
    public static final int RUN_FAILED = 1;
    public static final int USAGE = 2;
    public static final int INPUT_CANNOT_START = 3;
    public static final int RUN_IN_PROGRESS = 4;

    private ExitCodes() {
    }
}
