package io.plantwatch.decode.dnp3;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** Builds DNP3 link frames with their CRCs, for tests. Thread-safe. */
final class Dnp3Frames {
    /** Unconfirmed user data, from the master (DIR, PRM) or from the outstation (PRM). */
    static final int FROM_MASTER = 0xC4;
    static final int FROM_OUTSTATION = 0x44;

    private Dnp3Frames() {
    }

    /** A link frame carrying {@code userData} (transport header included). */
    static byte[] frame(int control, int destination, int source, byte[] userData) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] header = {0x05, 0x64, (byte) (5 + userData.length), (byte) control,
                (byte) destination, (byte) (destination >> 8), (byte) source, (byte) (source >> 8)};
        out.writeBytes(header);
        crc(out, header);
        for (int i = 0; i < userData.length; i += 16) {
            byte[] block = java.util.Arrays.copyOfRange(userData, i, Math.min(userData.length, i + 16));
            out.writeBytes(block);
            crc(out, block);
        }
        return out.toByteArray();
    }

    /** One application fragment in one transport segment (FIR, FIN, sequence 0). */
    static byte[] single(int control, int destination, int source, byte[] application) {
        byte[] user = new byte[application.length + 1];
        user[0] = (byte) 0xC0;
        System.arraycopy(application, 0, user, 1, application.length);
        return frame(control, destination, source, user);
    }

    private static void crc(ByteArrayOutputStream out, byte[] block) {
        int crc = Dnp3Crc.compute(ByteBuffer.wrap(block), 0, block.length);
        out.write(crc & 0xFF);
        out.write(crc >> 8);
    }
}
