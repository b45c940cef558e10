package com.homeroom.operations;

/** Names of the district job's parameters. */
public final class RunParameters {

    public static final String PERIOD = "period";
    public static final String INPUT = "input";
    public static final String OUT = "out";
    public static final String SCHEME_FILE = "scheme";
    public static final String INPUT_FINGERPRINT = "inputFingerprint";
    public static final String SCHEME_HASH = "schemeHash";
    public static final String AS_OF = "asOf";
    public static final String RUN = "run";
    public static final String ARCHIVES = "archives";
    /** The run's data folder (not identifying): where worker processes find the stage. */
    public static final String DATA = "data";

    private RunParameters() {
    }
}
