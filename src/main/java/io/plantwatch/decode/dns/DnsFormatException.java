package io.plantwatch.decode.dns;

/** A DNS-format message that cannot be read; caught by the decoders and counted as malformed. */
public final class DnsFormatException extends Exception {
    public DnsFormatException(String message) {
        super(message, null, false, false); // no stack trace: malformed input is routine, not a bug
    }
}
