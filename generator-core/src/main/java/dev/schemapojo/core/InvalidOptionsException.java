package dev.schemapojo.core;

/** The configuration cannot be used; the message says which setting and how to fix it. */
public final class InvalidOptionsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidOptionsException(String message) {
        super(message);
    }
}
