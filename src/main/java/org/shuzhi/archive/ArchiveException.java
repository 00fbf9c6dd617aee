package org.shuzhi.archive;

/** The archive cannot do what was asked; the message is Chinese and names the archive or the report. */
public final class ArchiveException extends RuntimeException {
    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
