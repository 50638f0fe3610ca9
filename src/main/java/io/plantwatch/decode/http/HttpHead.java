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

    /** Parses a complete header block (start line to the empty line). */
    static HttpHead parse(byte[] bytes, int length) {
        String text = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\r?\n");
        String start = lines.length == 0 ? "" : lines[0];
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
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (value.length() > MAX_VALUE) {
                value = value.substring(0, MAX_VALUE);
            }
            switch (name) {
                case "content-length" -> contentLength = parseLength(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "user-agent" -> userAgent = value;
                case "server" -> server = value;
                case "authorization", "proxy-authorization" -> authorization = value;
                default -> { }
            }
        }
        return new HttpHead(method, status, contentLength, chunked, userAgent, server, authorization);
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
