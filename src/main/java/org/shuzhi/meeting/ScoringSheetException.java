package org.shuzhi.meeting;

/** A filled scoring sheet or everyday-assessment file that cannot be read: the message names the file and the cell, in Chinese. */
public final class ScoringSheetException extends Exception {
    public ScoringSheetException(String message) {
        super(message);
    }

    public ScoringSheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
