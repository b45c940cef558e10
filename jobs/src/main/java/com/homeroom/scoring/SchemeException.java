package com.homeroom.scoring;

/** A scheme file that cannot be used; the message names the file and the key. */
public final class SchemeException extends RuntimeException {
    public SchemeException(String message) {
        super(message);
    }
}
