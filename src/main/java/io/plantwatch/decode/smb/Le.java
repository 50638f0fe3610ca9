package io.plantwatch.decode.smb;

import java.nio.ByteBuffer;

/** Little-endian reads: SMB and NTLMSSP are little-endian, packet buffers big-endian. */
final class Le {
    private Le() {
    }

    static int u16(ByteBuffer buffer, int at) {
        return Short.reverseBytes(buffer.getShort(at)) & 0xFFFF;
    }

    static int u32(ByteBuffer buffer, int at) {
        return Integer.reverseBytes(buffer.getInt(at));
    }
}
