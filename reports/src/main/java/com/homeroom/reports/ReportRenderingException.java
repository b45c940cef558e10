package com.homeroom.reports;

/** A document could not be filled or exported; the message names the template. */
public class ReportRenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
