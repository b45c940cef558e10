package com.homeroom.intake;

/**
 * A workbook found unreadable only while its rows were being read: a streamed sheet can turn out
 * broken, too large or unsafe after the file opened. Unchecked because it leaves an iterator;
 * whoever reads a workbook turns it back into the file's rejection.
 */
public final class RejectedWhileReading extends RuntimeException {

    private final transient FileRejection rejection;

    public RejectedWhileReading(FileRejection rejection) {
        super(rejection.getMessage(), rejection);
        this.rejection = rejection;
    }

    public FileRejection rejection() {
        return rejection;
    }
}
