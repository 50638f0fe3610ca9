package io.plantwatch.simulate.dialogue;

import io.plantwatch.simulate.protocol.FrameBuffer;
import io.plantwatch.simulate.protocol.Ftp;
import io.plantwatch.simulate.traffic.Dialogue;

/** An FTP login in cleartext: banner, USER, PASS, success, QUIT. Not thread-safe. */
public final class FtpLogin implements Dialogue {
    private final String user;
    private final String password;

    public FtpLogin(String user, String password) {
        this.user = user;
        this.password = password;
    }

    @Override
    public int openingLength() {
        return 8;
    }

    @Override
    public boolean openingFromClient(int message) {
        return message % 2 == 1;
    }

    @Override
    public void writeOpening(int message, FrameBuffer fb) {
        switch (message) {
            case 0 -> Ftp.line(fb, "220 FTP server ready.");
            case 1 -> Ftp.line(fb, "USER " + user);
            case 2 -> Ftp.line(fb, "331 Password required for " + user + ".");
            case 3 -> Ftp.line(fb, "PASS " + password);
            case 4 -> Ftp.line(fb, "230 User " + user + " logged in.");
            case 5 -> Ftp.line(fb, "SYST");
            case 6 -> Ftp.line(fb, "215 UNIX Type: L8");
            default -> Ftp.line(fb, "QUIT");
        }
    }
}
