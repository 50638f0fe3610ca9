package io.plantwatch.decode.http;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The start line and the headers Plantwatch uses of one HTTP message. Immutable.
 *
 * @param method the request method, or null for a response
 * @param status the response status, or 0 for a request
 * @param contentLength the Content-Length, or -1 when absent or unreadable
 */
record HttpHead(String method, int status, long contentLength, boolean chunked, String userAgent, String server,
                String authorization) {

    private static final int MAX_VALUE = 1024;

    /**
     * Parses a complete header block (start line to the empty line). Lines are scanned in place:
     * every HTTP message of a flow passes here, so no regular expressions and no copies of lines
     * whose header is not wanted.
     */
    static HttpHead parse(java.nio.ByteBuffer buffer, int offset, int length) {
        byte[] bytes = new byte[length];
        buffer.get(offset, bytes);
        return parse(bytes, length);
    }

    /** As {@link #parse(java.nio.ByteBuffer, int, int)}, from an array. */
    static HttpHead parse(byte[] bytes, int length) {
        String text = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        int lineEnd = lineEnd(text, 0);
        String start = text.substring(0, lineEnd);
        String method = null;
        int status = 0;
        if (start.startsWith("HTTP/1.")) {
            status = parseStatus(start);
        } else {
            int space = start.indexOf(' ');
            method = space > 0 ? start.substring(0, space) : start;
        }
        long contentLength = -1;
        boolean chunked = false;
        String userAgent = null;
        String server = null;
        String authorization = null;
        for (int at = next(text, lineEnd); at < text.length(); ) {
            int end = lineEnd(text, at);
            int colon = text.indexOf(':', at);
            if (colon > at && colon < end) {
                if (is(text, at, colon, "content-length")) {
                    contentLength = parseLength(value(text, colon, end));
                } else if (is(text, at, colon, "transfer-encoding")) {
                    chunked = value(text, colon, end).toLowerCase(Locale.ROOT).contains("chunked");
                } else if (is(text, at, colon, "user-agent")) {
                    userAgent = value(text, colon, end);
                } else if (is(text, at, colon, "server")) {
                    server = value(text, colon, end);
                } else if (is(text, at, colon, "authorization") || is(text, at, colon, "proxy-authorization")) {
                    authorization = value(text, colon, end);
                }
            }
            at = next(text, end);
        }
        return new HttpHead(method, status, contentLength, chunked, userAgent, server, authorization);
    }

    /** Index of the line's end (its CR of CRLF, or its LF, or the text's end). */
    private static int lineEnd(String text, int from) {
        int lf = text.indexOf('\n', from);
        if (lf < 0) {
            return text.length();
        }
        return lf > from && text.charAt(lf - 1) == '\r' ? lf - 1 : lf;
    }

    private static int next(String text, int lineEnd) {
        int lf = text.indexOf('\n', lineEnd);
        return lf < 0 ? text.length() : lf + 1;
    }

    /** Whether the header name in [from, colon) is {@code name}, ignoring case and surrounding blanks. */
    private static boolean is(String text, int from, int colon, String name) {
        while (from < colon && text.charAt(from) == ' ') {
            from++;
        }
        int end = colon;
        while (end > from && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end - from == name.length() && text.regionMatches(true, from, name, 0, name.length());
    }

    private static String value(String text, int colon, int end) {
        String value = text.substring(colon + 1, end).strip();
        return value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value;
    }

    private static int parseStatus(String line) {
        if (line.length() < 12) {
            return 0;
        }
        try {
            return Integer.parseInt(line.substring(9, 12));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long parseLength(String value) {
        try {
            long n = Long.parseLong(value);
            return n >= 0 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    boolean isRequest() {
        return method != null;
    }
}
