package org.shuzhi.rules;

/** A profile that cannot be used; the message is Chinese and names the file and the field. */
public final class ProfileException extends IllegalArgumentException {
    public ProfileException(String message) {
        super(message);
    }
}
