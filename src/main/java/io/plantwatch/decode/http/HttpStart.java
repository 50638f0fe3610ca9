package io.plantwatch.decode.http;

import io.plantwatch.decode.support.Ascii;

import java.nio.ByteBuffer;

/** Whether bytes begin an HTTP/1.x request or response. Thread-safe (no state). */
final class HttpStart {
    private static final String[] METHODS = {"GET ", "POST ", "HEAD ", "PUT ", "DELETE ", "OPTIONS ", "CONNECT ",
        "TRACE ", "PATCH ", "NOTIFY ", "SUBSCRIBE ", "UNSUBSCRIBE ", "M-SEARCH ", "PROPFIND ", "PROPPATCH ",
        "MKCOL ", "COPY ", "MOVE ", "LOCK ", "UNLOCK ", "SEARCH "};
    private static final byte[] VERSION = {' ', 'H', 'T', 'T', 'P', '/', '1', '.'};
    private static final int MAX_REQUEST_LINE = 2048;

    private HttpStart() {
    }

    private static final java.util.List<String> METHOD_NAMES = java.util.Arrays.stream(METHODS)
            .map(m -> m.strip().intern()).toList(); // interned: the same instances as literals elsewhere

    /** The known request methods, without their space. */
    static java.util.List<String> methodNames() {
        return METHOD_NAMES;
    }

    /** A request method or a status line ("HTTP/1.1 200") at the start. */
    static boolean isMessageStart(ByteBuffer buffer, int offset, int length) {
        return isResponse(buffer, offset, length) || method(buffer, offset, length) != null;
    }

    static boolean isResponse(ByteBuffer buffer, int offset, int length) {
        return Ascii.startsWith(buffer, offset, length, "HTTP/1.") && length >= 12
                && Character.isDigit(buffer.get(offset + 9)) && buffer.get(offset + 8) == ' ';
    }

    /** The method the bytes start with, or null. */
    static String method(ByteBuffer buffer, int offset, int length) {
        if (length < 4) {
            return null;
        }
        int first = buffer.get(offset);
        if (first < 'C' || first > 'U') {
            return null; // no method starts so: most payloads leave here (this runs on every new flow)
        }
        for (int i = 0; i < METHODS.length; i++) {
            if (Ascii.startsWith(buffer, offset, length, METHODS[i])) {
                return METHOD_NAMES.get(i);
            }
        }
        return null;
    }

    /**
     * The payload heuristic for ports that are not HTTP's: a full request line
     * ({@code METHOD SP target SP HTTP/1.x}) in the first segment, as Wireshark's heuristic needs.
     */
    static boolean isRequestLine(ByteBuffer buffer, int offset, int length) {
        if (method(buffer, offset, length) == null) {
            return false;
        }
        int lineLength = Math.min(length, MAX_REQUEST_LINE);
        int eol = Ascii.indexOf(buffer, offset, lineLength, (byte) '\n');
        if (eol < 0) {
            return false;
        }
        return Ascii.indexOf(buffer, offset, eol, VERSION) > 0 && Ascii.isText(buffer, offset, eol);
    }
}
