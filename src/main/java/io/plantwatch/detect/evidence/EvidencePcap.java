package io.plantwatch.detect.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Evidence as a classic pcap (microsecond timestamps, little-endian), what Wireshark opens and
 * Defender's {@code /api/v2/alerts/pcap/{id}} returns. A pcap file has one link type: packets of
 * another link type than the first one's are left out. Stateless.
 */
public final class EvidencePcap {
    private static final int MAGIC = 0xA1B2C3D4;
    private static final int SNAP_LENGTH = 262_144;

    private EvidencePcap() {
    }

    public static byte[] write(List<EvidencePacket> packets) {
        int linkType = packets.isEmpty() ? 1 : packets.get(0).linkType();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(MAGIC).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(SNAP_LENGTH)
                .putInt(linkType);
        out.writeBytes(header.array());
        for (EvidencePacket p : packets) {
            if (p.linkType() != linkType) {
                continue;
            }
            long micros = Math.floorDiv(p.time(), 1000L);
            ByteBuffer record = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            record.putInt((int) Math.floorDiv(micros, 1_000_000L)).putInt((int) Math.floorMod(micros, 1_000_000L))
                    .putInt(p.data().length).putInt(Math.max(p.originalLength(), p.data().length));
            out.writeBytes(record.array());
            out.writeBytes(p.data());
        }
        return out.toByteArray();
    }
}
