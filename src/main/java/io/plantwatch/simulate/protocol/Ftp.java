package io.plantwatch.simulate.protocol;

/** FTP control-channel lines (TCP 21). Stateless. */
public final class Ftp {
    public static final int PORT = 21;

    private Ftp() {
    }

    public static void line(FrameBuffer fb, String text) {
        fb.ascii(text).ascii("\r\n");
    }
}
