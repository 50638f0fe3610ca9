package io.plantwatch.simulate.protocol;

/** HTTP/1.1 requests and responses small enough for one segment. Stateless. */
public final class Http {
    public static final int PORT = 80;

    private Http() {
    }

    /** A GET; {@code basicCredentials} (base64 "user:password") adds an Authorization header when not null. */
    public static void get(FrameBuffer fb, String host, String path, String userAgent, String basicCredentials) {
        fb.ascii("GET ").ascii(path).ascii(" HTTP/1.1\r\nHost: ").ascii(host).ascii("\r\nUser-Agent: ").ascii(userAgent)
                .ascii("\r\nAccept: text/html,application/xhtml+xml\r\nConnection: keep-alive\r\n");
        if (basicCredentials != null) {
            fb.ascii("Authorization: Basic ").ascii(basicCredentials).ascii("\r\n");
        }
        fb.ascii("\r\n");
    }

    /** A 200 response with a small HTML body of about {@code bodyBytes} bytes. */
    public static void ok(FrameBuffer fb, String server, int bodyBytes) {
        String head = "<html><head><title>Status</title></head><body>";
        String tail = "</body></html>";
        int filler = Math.max(0, bodyBytes - head.length() - tail.length());
        fb.ascii("HTTP/1.1 200 OK\r\nServer: ").ascii(server).ascii("\r\nContent-Type: text/html\r\nContent-Length: ")
                .ascii(Integer.toString(head.length() + filler + tail.length())).ascii("\r\n\r\n").ascii(head)
                .fill(filler, 'x').ascii(tail);
    }
}
