package io.plantwatch.simulate.protocol;

/**
 * DNP3 over TCP (port 20000): link frames with their CRC-16/DNP per block, one transport octet,
 * and application fragments for class polls, device-attribute reads (group 0: the outstation's
 * manufacturer, product and software version) and cold restart. Stateless.
 */
public final class Dnp3 {
    public static final int PORT = 20000;
    public static final int FUNC_READ = 0x01;
    public static final int FUNC_COLD_RESTART = 0x0D;
    public static final int FUNC_RESPONSE = 0x81;
    private static final int MAX_USER_DATA = 250;
    private static final int[] CRC_TABLE = crcTable();

    private Dnp3() {
    }

    /** The attributes an outstation reports in group 0. */
    public record DeviceAttributes(String manufacturer, String product, String softwareVersion) {
    }

    /**
     * A scratch buffer for one application fragment; {@link #frame} wraps it in link blocks with
     * CRCs. Not thread-safe.
     */
    public static final class Fragment {
        final byte[] data = new byte[MAX_USER_DATA];
        int length;

        Fragment clear() {
            length = 0;
            return this;
        }

        Fragment u8(int v) {
            data[length++] = (byte) v;
            return this;
        }

        Fragment u16le(int v) {
            return u8(v).u8(v >>> 8);
        }

        Fragment u32le(int v) {
            return u16le(v).u16le(v >>> 16);
        }

        Fragment ascii(String s) {
            for (int i = 0; i < s.length(); i++) {
                u8(s.charAt(i));
            }
            return this;
        }
    }

    /** Master read of class 1, 2, 3 events (and class 0 static data when {@code integrity}). */
    public static Fragment classRead(Fragment f, int sequence, boolean integrity) {
        f.clear().u8(0xC0 | (sequence & 0x0F)).u8(FUNC_READ);
        f.u8(60).u8(2).u8(0x06).u8(60).u8(3).u8(0x06).u8(60).u8(4).u8(0x06);
        if (integrity) {
            f.u8(60).u8(1).u8(0x06);
        }
        return f;
    }

    /** Response with 8 binary inputs (g1v2) and 4 analog inputs (g30v1), or none when {@code empty}. */
    public static Fragment classResponse(Fragment f, int sequence, boolean empty, int seed) {
        f.clear().u8(0xC0 | (sequence & 0x0F)).u8(FUNC_RESPONSE).u8(0).u8(0);
        if (!empty) {
            f.u8(1).u8(2).u8(0x00).u8(0).u8(7);
            for (int i = 0; i < 8; i++) {
                f.u8(((seed >>> i) & 1) != 0 ? 0x81 : 0x01);
            }
            f.u8(30).u8(1).u8(0x00).u8(0).u8(3);
            for (int i = 0; i < 4; i++) {
                f.u8(0x01).u32le((seed & 0xFFFF) + i * 1000);
            }
        }
        return f;
    }

    /** Master read of all device attributes (g0v254). */
    public static Fragment attributesRead(Fragment f, int sequence) {
        return f.clear().u8(0xC0 | (sequence & 0x0F)).u8(FUNC_READ).u8(0).u8(254).u8(0x06);
    }

    /** Outstation response with g0v252 manufacturer, g0v250 product and model, g0v242 software version. */
    public static Fragment attributesResponse(Fragment f, int sequence, DeviceAttributes a) {
        f.clear().u8(0xC0 | (sequence & 0x0F)).u8(FUNC_RESPONSE).u8(0).u8(0);
        attribute(f, 252, a.manufacturer());
        attribute(f, 250, a.product());
        attribute(f, 242, a.softwareVersion());
        return f;
    }

    public static Fragment coldRestart(Fragment f, int sequence) {
        return f.clear().u8(0xC0 | (sequence & 0x0F)).u8(FUNC_COLD_RESTART);
    }

    /** Response to a cold restart: g52v2 time delay fine, {@code millis}. */
    public static Fragment restartResponse(Fragment f, int sequence, int millis) {
        return f.clear().u8(0xC0 | (sequence & 0x0F)).u8(FUNC_RESPONSE).u8(0).u8(0)
                .u8(52).u8(2).u8(0x07).u8(1).u16le(millis);
    }

    /** Writes the link frame (header block + data blocks, each with CRC) carrying one transport segment. */
    public static void frame(FrameBuffer fb, boolean fromMaster, int destination, int source, int transportSequence,
                             Fragment f) {
        int userLength = 1 + f.length;
        int start = fb.position();
        fb.u8(0x05).u8(0x64).u8(5 + userLength).u8(fromMaster ? 0xC4 : 0x44).u16le(destination).u16le(source);
        crc(fb, start, 8);
        int transport = 0xC0 | (transportSequence & 0x3F);
        int written = 0;
        while (written < userLength) {
            int blockStart = fb.position();
            int block = Math.min(16, userLength - written);
            for (int i = 0; i < block; i++) {
                int index = written + i;
                fb.u8(index == 0 ? transport : f.data[index - 1]);
            }
            written += block;
            crc(fb, blockStart, block);
        }
    }

    private static void attribute(Fragment f, int variation, String value) {
        f.u8(0).u8(variation).u8(0x00).u8(0).u8(0).u8(1).u8(value.length()).ascii(value);
    }

    private static void crc(FrameBuffer fb, int start, int length) {
        byte[] data = fb.data();
        int crc = 0;
        for (int i = start; i < start + length; i++) {
            crc = (crc >>> 8) ^ CRC_TABLE[(crc ^ data[i]) & 0xFF];
        }
        fb.u16le(~crc & 0xFFFF);
    }

    private static int[] crcTable() {
        int[] table = new int[256];
        for (int i = 0; i < 256; i++) {
            int crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA6BC : crc >>> 1;
            }
            table[i] = crc;
        }
        return table;
    }
}
