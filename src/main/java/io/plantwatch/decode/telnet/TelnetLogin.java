package io.plantwatch.decode.telnet;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.support.TextLine;

import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * Follows one telnet session's login: strips option negotiation (IAC sequences), watches the
 * server's text for user and password prompts, and collects what the client types after each
 * (character-at-a-time or line mode, with backspaces). Memory is bounded. Not thread-safe.
 */
final class TelnetLogin {
    private static final int IAC = 255;
    private static final int SB = 250;
    private static final int SE = 240;
    private static final int WILL = 251;
    private static final int DONT = 254;
    private static final int TAIL = 48;
    private static final int MAX_LOGINS = 8;

    private enum Expect { NOTHING, USER, PASSWORD }

    private final StringBuilder serverTail = new StringBuilder(TAIL + 16);
    private final TextLine typed = new TextLine(64);
    private final IacFilter fromServer = new IacFilter();
    private final IacFilter fromClient = new IacFilter();
    private Expect expect = Expect.NOTHING;
    private String user;
    private int logins;

    void feed(ByteBuffer buffer, int offset, int length, boolean toServer, Observations out) {
        IacFilter filter = toServer ? fromClient : fromServer;
        for (int i = 0; i < length; i++) {
            int c = filter.data(buffer.get(offset + i) & 0xFF);
            if (c < 0) {
                continue;
            }
            if (toServer) {
                typed(c, out);
            } else {
                serverText(c);
            }
        }
    }

    private void serverText(int c) {
        serverTail.append(c >= 0x20 && c < 0x7F ? (char) c : ' ');
        if (serverTail.length() > TAIL) {
            serverTail.delete(0, serverTail.length() - TAIL);
        }
        String tail = serverTail.toString().strip().toLowerCase(Locale.ROOT);
        if (tail.endsWith("login:") || tail.endsWith("username:") || tail.endsWith("user name:") || tail.endsWith("user:")) {
            expect = Expect.USER;
            typed.clear();
        } else if (tail.endsWith("password:") || tail.endsWith("passcode:")) {
            expect = Expect.PASSWORD;
            typed.clear();
        }
    }

    private void typed(int c, Observations out) {
        if (c == '\r' || c == '\n' || c == 0) {
            if (!typed.isEmpty()) {
                line(out);
            }
        } else if (c == 0x08 || c == 0x7F) {
            typed.backspace();
        } else if (c >= 0x20) {
            typed.append(c);
        }
    }

    private void line(Observations out) {
        if (expect == Expect.USER) {
            user = typed.text();
        } else if (expect == Expect.PASSWORD && logins < MAX_LOGINS) {
            logins++;
            out.activity(new Activity(TelnetDecoder.NAME, ActivityType.CLEARTEXT_CREDENTIALS,
                    user != null ? "login as user " + user : "password sent without a user name"));
            user = null;
        }
        typed.clear();
        expect = Expect.NOTHING;
        serverTail.setLength(0);
    }

    /** Removes telnet commands from one direction's byte stream; keeps its state across segments. */
    private static final class IacFilter {
        private int state; // 0 data, 1 after IAC, 2 after WILL..DONT, 3 in subnegotiation, 4 IAC in subnegotiation

        /** The data byte, or -1 when the byte belongs to a command. */
        int data(int b) {
            switch (state) {
                case 0:
                    if (b == IAC) {
                        state = 1;
                        return -1;
                    }
                    return b;
                case 1:
                    if (b == IAC) {
                        state = 0;
                        return IAC; // escaped 255
                    }
                    state = b >= WILL && b <= DONT ? 2 : b == SB ? 3 : 0;
                    return -1;
                case 2:
                    state = 0;
                    return -1;
                case 3:
                    state = b == IAC ? 4 : 3;
                    return -1;
                default:
                    state = b == SE ? 0 : 3;
                    return -1;
            }
        }
    }
}
