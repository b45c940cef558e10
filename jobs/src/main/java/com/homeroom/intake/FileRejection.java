package com.homeroom.intake;

/** A whole file cannot be taken: carries the rule code and the message a school clerk reads. */
public final class FileRejection extends Exception {

    private final String code;

    public FileRejection(String code, String message) {
        super(message);
        this.code = code;
    }

    public FileRejection(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
