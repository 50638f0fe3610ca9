package io.plantwatch.decode.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The start line and the headers Plantwatch uses of one HTTP message. Immutable.
 *
 * @param method the request method, or null for a response
 * @param status the response status, or 0 for a request
 * @param contentLength the Content-Length, or -1 when absent or unreadable
 * @param host the Host header of a request, or null
 */
record HttpHead(String method, int status, long contentLength, boolean chunked, String userAgent, String server,
                String authorization, String host) {

    private static final int MAX_VALUE = 1024;
    private static final byte[] CHUNKED = {'c', 'h', 'u', 'n', 'k', 'e', 'd'};

    /**
     * Parses a complete header block (start line to the empty line) read as ISO-8859-1. Lines are
     * scanned in the bytes where they lie: every HTTP message of a flow passes here, so only the
     * values Plantwatch keeps become strings (a known method is a constant, numbers are read in
     * place), no copy of the block is made and no regular expression runs.
     */
    static HttpHead parse(ByteBuffer b, int offset, int length) {
        return parse(b, offset, length, null);
    }

    /**
     * As {@link #parse(ByteBuffer, int, int)}; a kept value equal to the one in {@code known}
     * (the last values of the same direction) is that same string: a flow repeats its
     * User-Agent, Server and Host on every message, and reading them again makes no garbage.
     */
    static HttpHead parse(ByteBuffer b, int offset, int length, Known known) {
        int end = offset + length;
        int lineEnd = lineEnd(b, offset, end);
        String method = null;
        int status = 0;
        if (startsWith(b, offset, lineEnd, "HTTP/1.")) {
            status = parseStatus(b, offset, lineEnd);
        } else {
            int space = indexOf(b, offset, lineEnd, (byte) ' ');
            method = method(b, offset, space > offset ? space : lineEnd);
        }
        long contentLength = -1;
        boolean chunked = false;
        String userAgent = null;
        String server = null;
        String authorization = null;
        String host = null;
        for (int at = next(b, lineEnd, end); at < end; ) {
            int stop = lineEnd(b, at, end);
            int colon = indexOf(b, at, stop, (byte) ':');
            if (colon > at) {
                if (is(b, at, colon, "content-length")) {
                    contentLength = parseLength(b, colon + 1, stop);
                } else if (is(b, at, colon, "transfer-encoding")) {
                    chunked = containsChunked(b, colon + 1, stop);
                } else if (is(b, at, colon, "user-agent")) {
                    userAgent = value(b, colon + 1, stop, known == null ? null : known.userAgent);
                } else if (is(b, at, colon, "server")) {
                    server = value(b, colon + 1, stop, known == null ? null : known.server);
                } else if (is(b, at, colon, "authorization") || is(b, at, colon, "proxy-authorization")) {
                    authorization = value(b, colon + 1, stop, known == null ? null : known.authorization);
                } else if (method != null && is(b, at, colon, "host")) {
                    host = value(b, colon + 1, stop, known == null ? null : known.host);
                }
            }
            at = next(b, stop, end);
        }
        return new HttpHead(method, status, contentLength, chunked, userAgent, server, authorization, host);
    }

    /** As {@link #parse(ByteBuffer, int, int, Known)}, from an array. */
    static HttpHead parse(byte[] bytes, int length, Known known) {
        return parse(ByteBuffer.wrap(bytes, 0, length), 0, length, known);
    }

    /**
     * The last non-null kept values of one direction, for {@link #parse(ByteBuffer, int, int, Known)}
     * to reuse. Kept by the direction's stream itself (it extends this), so reading them follows no
     * further reference. Not thread-safe.
     */
    abstract static class Known {
        String userAgent;
        String server;
        String authorization;
        String host;

        /** Stores only what changed: each reference stored into this long-lived object costs a GC barrier. */
        void remember(HttpHead head) {
            if (head.userAgent != null && head.userAgent != userAgent) {
                userAgent = head.userAgent;
            }
            if (head.server != null && head.server != server) {
                server = head.server;
            }
            if (head.authorization != null && head.authorization != authorization) {
                authorization = head.authorization;
            }
            if (head.host != null && head.host != host) {
                host = head.host;
            }
        }
    }

    /** Index of the line's end (its CR of CRLF, or its LF, or {@code end}). */
    private static int lineEnd(ByteBuffer b, int from, int end) {
        int lf = indexOf(b, from, end, (byte) '\n');
        if (lf < 0) {
            return end;
        }
        return lf > from && b.get(lf - 1) == '\r' ? lf - 1 : lf;
    }

    /** Where the line after the one ending at {@code lineEnd} starts, or {@code end}. */
    private static int next(ByteBuffer b, int lineEnd, int end) {
        int lf = indexOf(b, lineEnd, end, (byte) '\n');
        return lf < 0 ? end : lf + 1;
    }

    private static int indexOf(ByteBuffer b, int from, int end, byte value) {
        for (int i = from; i < end; i++) {
            if (b.get(i) == value) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(ByteBuffer b, int from, int end, String prefix) {
        if (end - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b.get(from + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The method in [from, end): the constant of a known one, else a new string. */
    private static String method(ByteBuffer b, int from, int end) {
        for (String known : HttpStart.methodNames()) {
            if (known.length() == end - from && startsWith(b, from, end, known)) {
                return known;
            }
        }
        return latin1(b, from, end);
    }

    /**
     * Whether the header name in [from, colon) is {@code name}, ignoring ASCII case and the spaces
     * around it (no other ISO-8859-1 letter folds onto an ASCII one, so this is exact).
     */
    private static boolean is(ByteBuffer b, int from, int colon, String name) {
        while (from < colon && b.get(from) == ' ') {
            from++;
        }
        int end = colon;
        while (end > from && b.get(end - 1) == ' ') {
            end--;
        }
        if (end - from != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (lower(b.get(from + i)) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int lower(byte c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c & 0xFF;
    }

    /** {@link Character#isWhitespace} for an ISO-8859-1 character: what {@link String#strip} removes. */
    private static boolean blank(byte c) {
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    }

    /** Start of the stripped value in [from, end). */
    private static int valueStart(ByteBuffer b, int from, int end) {
        while (from < end && blank(b.get(from))) {
            from++;
        }
        return from;
    }

    /** End of the stripped value starting at {@code start}, cut to {@link #MAX_VALUE} characters. */
    private static int valueEnd(ByteBuffer b, int start, int end) {
        while (end > start && blank(b.get(end - 1))) {
            end--;
        }
        return Math.min(end, start + MAX_VALUE);
    }

    /** The stripped value in [from, end): {@code known} itself when it reads the same. */
    private static String value(ByteBuffer b, int from, int end, String known) {
        int start = valueStart(b, from, end);
        int stop = valueEnd(b, start, end);
        if (known != null && sameText(b, start, stop, known)) {
            return known;
        }
        return latin1(b, start, stop);
    }

    /** Whether the bytes in [from, end), read as ISO-8859-1, are {@code text}. */
    private static boolean sameText(ByteBuffer b, int from, int end, String text) {
        if (end - from != text.length()) {
            return false;
        }
        for (int i = from; i < end; i++) {
            if ((b.get(i) & 0xFF) != text.charAt(i - from)) {
                return false;
            }
        }
        return true;
    }

    private static String latin1(ByteBuffer b, int from, int end) {
        byte[] bytes = new byte[end - from];
        b.get(from, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static boolean containsChunked(ByteBuffer b, int from, int end) {
        int start = valueStart(b, from, end);
        int stop = valueEnd(b, start, end);
        for (int i = start; i + CHUNKED.length <= stop; i++) {
            int j = 0;
            while (j < CHUNKED.length && lower(b.get(i + j)) == CHUNKED[j]) {
                j++;
            }
            if (j == CHUNKED.length) {
                return true;
            }
        }
        return false;
    }

    /** The three characters after "HTTP/1.x " as {@link Integer#parseInt} reads them, else 0. */
    private static int parseStatus(ByteBuffer b, int from, int lineEnd) {
        if (lineEnd - from < 12) {
            return 0;
        }
        int status = 0;
        for (int i = from + 9; i < from + 12; i++) {
            byte c = b.get(i);
            if (c < '0' || c > '9') {
                return parseIntOrZero(latin1(b, from + 9, from + 12)); // a sign, or not a number
            }
            status = status * 10 + (c - '0');
        }
        return status;
    }

    private static int parseIntOrZero(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The value as {@link Long#parseLong} reads it when not negative, else -1. */
    private static long parseLength(ByteBuffer b, int from, int end) {
        int start = valueStart(b, from, end);
        int stop = valueEnd(b, start, end);
        if (stop == start || stop - start > 18) {
            return stop == start ? -1 : parseLengthText(latin1(b, start, stop));
        }
        long n = 0;
        for (int i = start; i < stop; i++) {
            byte c = b.get(i);
            if (c < '0' || c > '9') {
                return parseLengthText(latin1(b, start, stop)); // a sign, or not a number
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static long parseLengthText(String value) {
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
