package io.plantwatch.decode.cotp;

import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.codes.ByteCollector;

import java.nio.ByteBuffer;

/**
 * Reads the COTP (ISO 8073 / X.224) TPDUs carried in one TPKT packet, for one direction of a
 * connection. Data TPDUs without the end-of-TSDU mark are collected and the user data handed on
 * when the last one arrives, as Wireshark reassembles them; other TPDU types (connection request
 * and confirm, disconnect, ...) are recognised and their parameters skipped. Memory is bounded by
 * {@link #MAX_TSDU}. A direction's state may extend this and be its own handler, so a packet
 * reaches one object fewer. Not thread-safe: one per flow direction.
 */
public class CotpReader {
    public static final String COTP = "cotp";
    /** A fragmented TSDU larger than this is dropped. */
    public static final int MAX_TSDU = 1 << 16;
    private static final int DT = 0xF;
    private static final int EOT = 0x80;

    private final CotpHandler handler;
    /** DT fragments of the TSDU in progress, created at the first fragment. */
    private ByteCollector fragments;
    private boolean collecting;

    public CotpReader(CotpHandler handler) {
        this.handler = handler;
    }

    /** For a subclass that is its own handler (it must implement {@link CotpHandler}). */
    protected CotpReader() {
        if (!(this instanceof CotpHandler)) {
            throw new IllegalStateException(getClass() + " must implement CotpHandler");
        }
        this.handler = (CotpHandler) this;
    }

    /** One TPKT payload (the bytes after the TPKT header). */
    public final void read(ByteBuffer b, int at, int length, Packet packet, Observations out) {
        int offset = 0;
        boolean first = true;
        while (offset < length) {
            int li = b.get(at + offset) & 0xFF;
            if (li == 0 || li == 255 || offset + 1 + li > length) {
                if (first) {
                    return; // tshark: not COTP, the bytes are shown as data
                }
                out.malformed(COTP, "bad TPDU length indicator");
                return;
            }
            int type = (b.get(at + offset + 1) & 0xFF) >> 4;
            if (type == DT) {
                int eotOffset = dataEotOffset(li);
                if (eotOffset < 0) {
                    if (!first) {
                        out.malformed(COTP, "bad DT TPDU length indicator");
                    }
                    return;
                }
                out.protocol(COTP);
                boolean last = (b.get(at + offset + eotOffset) & EOT) != 0;
                int data = offset + 1 + li;
                data(b, at + data, length - data, last, packet, out);
                return; // a DT TPDU's data runs to the end of the packet
            }
            if (!knownType(type)) {
                if (!first) {
                    out.malformed(COTP, "unknown TPDU type");
                }
                return;
            }
            out.protocol(COTP);
            offset += 1 + li;
            first = false;
        }
    }

    /** Where the TPDU-NR/EOT byte of a DT TPDU is, by its length indicator (X.224 13.7); -1 if none. */
    private static int dataEotOffset(int li) {
        return switch (li) {
            case 2 -> 2;          // class 0 and 1
            case 4, 8 -> 4;       // normal format, without and with checksum
            case 7, 11 -> 4;      // extended format: the EOT bit leads the 4-byte TPDU-NR
            default -> -1;
        };
    }

    private static boolean knownType(int type) {
        // CR, CC, DR, DC, ED, EA, AK, RJ, ER, UD (X.224 13.1)
        return type == 0xE || type == 0xD || type == 0x8 || type == 0xC || type == 0x1 || type == 0x2
                || type == 0x6 || type == 0x5 || type == 0x7 || type == 0x4;
    }

    private void data(ByteBuffer b, int at, int length, boolean last, Packet packet, Observations out) {
        if (!collecting && last) {
            if (length > 0) {
                handler.onUserData(b, at, length, packet, out);
            }
            return;
        }
        if (!collecting) {
            if (fragments == null) {
                fragments = new ByteCollector(256, MAX_TSDU);
            }
            fragments.clear();
            collecting = true;
        }
        if (!fragments.add(b, at, length)) {
            collecting = false;
            out.malformed(COTP, "fragmented TSDU too large");
            return;
        }
        if (last) {
            collecting = false;
            if (fragments.length() > 0) {
                handler.onUserData(fragments.buffer(), 0, fragments.length(), packet, out);
            }
        }
    }
}
