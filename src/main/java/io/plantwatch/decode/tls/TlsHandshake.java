package io.plantwatch.decode.tls;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Role;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.support.Ascii;

import java.nio.ByteBuffer;

/**
 * Reads the clear part of a TLS handshake: a ClientHello's server name (SNI, the name the client
 * uses for the server) and a ServerHello's negotiated version (its supported_versions extension in
 * TLS 1.3). Messages are read only when whole inside one record; later handshake messages are
 * encrypted or uninteresting. Not thread-safe; one per flow.
 */
final class TlsHandshake {
    private static final int CLIENT_HELLO = 1;
    private static final int SERVER_HELLO = 2;
    private static final int EXT_SERVER_NAME = 0;
    private static final int EXT_SUPPORTED_VERSIONS = 43;
    private static final int MAX_EXTENSIONS = 64;

    private boolean helloSeen;
    private boolean serverHelloSeen;

    /** Thrown when a field runs past its message; caught here. */
    private static final class Truncated extends Exception {
        Truncated() {
            super(null, null, false, false);
        }
    }

    void read(ByteBuffer buffer, int offset, int length, Observations out) {
        if (length < 4 || (helloSeen && serverHelloSeen)) {
            return;
        }
        int type = buffer.get(offset) & 0xFF;
        int messageLength = ((buffer.get(offset + 1) & 0xFF) << 16) | (buffer.getShort(offset + 2) & 0xFFFF);
        if (messageLength > length - 4) {
            return; // spans records, or an encrypted record that merely looks like a handshake
        }
        int at = offset + 4;
        int end = at + messageLength;
        try {
            if (type == CLIENT_HELLO && !helloSeen) {
                helloSeen = true;
                clientHello(buffer, at, end, out);
            } else if (type == SERVER_HELLO && !serverHelloSeen) {
                serverHelloSeen = true;
                serverHello(buffer, at, end, out);
            }
        } catch (Truncated e) {
            out.malformed(TlsDecoder.NAME, "handshake message field past its end");
        }
    }

    private static void clientHello(ByteBuffer buffer, int at, int end, Observations out) throws Truncated {
        out.role(Side.SOURCE, TlsDecoder.NAME, Role.CLIENT);
        out.role(Side.DESTINATION, TlsDecoder.NAME, Role.SERVER);
        out.command(TlsDecoder.NAME, "Client Hello");
        at = skip(end, at, 2 + 32);
        at = skip(end, at + 1, u8(buffer, at, end));          // session id
        at = skip(end, at + 2, u16(buffer, at, end));         // cipher suites
        at = skip(end, at + 1, u8(buffer, at, end));          // compression methods
        if (at + 2 > end) {
            return; // no extensions (SSL 3.0 style)
        }
        int extEnd = skip(end, at + 2, u16(buffer, at, end));
        at += 2;
        for (int i = 0; i < MAX_EXTENSIONS && at + 4 <= extEnd; i++) {
            int type = u16(buffer, at, extEnd);
            int length = u16(buffer, at + 2, extEnd);
            int data = at + 4;
            skip(extEnd, data, length);
            if (type == EXT_SERVER_NAME && length >= 5 && buffer.get(data + 2) == 0) {
                int nameLength = u16(buffer, data + 3, data + length);
                skip(data + length, data + 5, nameLength);
                String name = Ascii.text(buffer, data + 5, nameLength, Ascii.MAX_TEXT);
                if (name != null && !name.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ':')) {
                    out.identity(Side.DESTINATION, Identity.NAME, name);
                    out.activity(new Activity(TlsDecoder.NAME, ActivityType.HOST_NAME,
                            name.toLowerCase(java.util.Locale.ROOT)));
                }
            }
            at = data + length;
        }
    }

    private static void serverHello(ByteBuffer buffer, int at, int end, Observations out) throws Truncated {
        int version = u16(buffer, at, end);
        int p = skip(end, at, 2 + 32);
        p = skip(end, p + 1, u8(buffer, p, end));             // session id
        p = skip(end, p, 3);                                 // cipher suite, compression
        if (p + 2 <= end) {
            int extEnd = skip(end, p + 2, u16(buffer, p, end));
            p += 2;
            for (int i = 0; i < MAX_EXTENSIONS && p + 4 <= extEnd; i++) {
                int type = u16(buffer, p, extEnd);
                int length = u16(buffer, p + 2, extEnd);
                skip(extEnd, p + 4, length);
                if (type == EXT_SUPPORTED_VERSIONS && length == 2) {
                    version = u16(buffer, p + 4, extEnd);
                }
                p += 4 + length;
            }
        }
        String name = versionName(version);
        if (name != null) {
            out.command(TlsDecoder.NAME, name);
        }
    }

    static String versionName(int version) {
        return switch (version) {
            case 0x0300 -> "SSL 3.0";
            case 0x0301 -> "TLS 1.0";
            case 0x0302 -> "TLS 1.1";
            case 0x0303 -> "TLS 1.2";
            case 0x0304 -> "TLS 1.3";
            default -> null;
        };
    }

    private static int skip(int end, int at, int n) throws Truncated {
        if (n < 0 || at + n > end) {
            throw new Truncated();
        }
        return at + n;
    }

    private static int u8(ByteBuffer buffer, int at, int end) throws Truncated {
        skip(end, at, 1);
        return buffer.get(at) & 0xFF;
    }

    private static int u16(ByteBuffer buffer, int at, int end) throws Truncated {
        skip(end, at, 2);
        return buffer.getShort(at) & 0xFFFF;
    }
}
