package io.plantwatch.ti.format;

/** A package failed verification; the message is the reason, worded for the person who carried it in. */
public final class PackageRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    public PackageRejectedException(String reason) {
        super(reason);
    }
}
