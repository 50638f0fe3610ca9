package io.plantwatch.decode.s7comm;

import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.codes.WireText;

import java.nio.ByteBuffer;

/**
 * Identities in a Read SZL response (system status list), as tshark shows its fields:
 * <ul>
 *   <li>partial list 0x11, module identification ({@code s7comm.szl.xy11.0001.*}): index 1 the
 *       order number (MLFB), index 7 the firmware, whose Ausbg/Ausbe hold 'V', major, minor and
 *       patch (22019, 518 is V3.2.6);</li>
 *   <li>partial list 0x1C, component identification ({@code s7comm.szl.001c.*}): PLC name,
 *       module name, serial number, module type name, and the copyright text that says who made
 *       the module.</li>
 * </ul>
 * The PLC sends the response, so every identity belongs to the packet's source. Thread-safe.
 */
final class SzlReader {
    private static final int MODULE_IDENTIFICATION = 0x11;
    private static final int COMPONENT_IDENTIFICATION = 0x1C;
    private static final int HEADER = 8;

    private SzlReader() {
    }

    static void read(ByteBuffer b, int at, int length, Observations out) {
        if (length == 0) {
            return; // an error reply ("Object does not exist", 0x0a) carries no list: tshark finds nothing wrong
        }
        if (length < HEADER) {
            out.malformed(S7commReader.S7COMM, "SZL response header truncated");
            return;
        }
        if ((b.getShort(at) & 0x0F00) == 0x0F00) {
            return; // SZL-ID 0x0Fxx: "only partial list header information", the count has no records behind it
        }
        int list = b.getShort(at) & 0xFF;
        int recordLength = b.getShort(at + 4) & 0xFFFF;
        int count = b.getShort(at + 6) & 0xFFFF;
        if (recordLength == 0 || (list != MODULE_IDENTIFICATION && list != COMPONENT_IDENTIFICATION)) {
            return;
        }
        int records = Math.min(count, (length - HEADER) / recordLength);
        if (records < count) {
            out.malformed(S7commReader.S7COMM, "SZL records truncated");
        }
        for (int i = 0; i < records; i++) {
            int r = at + HEADER + i * recordLength;
            if (list == MODULE_IDENTIFICATION && recordLength >= 28) {
                moduleRecord(b, r, out);
            } else if (list == COMPONENT_IDENTIFICATION && recordLength >= 34) {
                componentRecord(b, r, out);
            }
        }
    }

    private static void moduleRecord(ByteBuffer b, int r, Observations out) {
        int index = b.getShort(r) & 0xFFFF;
        if (index == 0x0001) {
            out.identity(Side.SOURCE, Identity.PRODUCT_CODE, WireText.ascii(b, r + 2, 20));
        } else if (index == 0x0007) {
            int ausbg = b.getShort(r + 24) & 0xFFFF;
            int ausbe = b.getShort(r + 26) & 0xFFFF;
            if (ausbg >> 8 == 'V') {
                out.identity(Side.SOURCE, Identity.FIRMWARE,
                        "V" + (ausbg & 0xFF) + "." + (ausbe >> 8) + "." + (ausbe & 0xFF));
            }
        }
    }

    private static void componentRecord(ByteBuffer b, int r, Observations out) {
        int index = b.getShort(r) & 0xFFFF;
        switch (index) {
            case 0x0001 -> out.identity(Side.SOURCE, Identity.NAME, WireText.ascii(b, r + 2, 24));
            case 0x0002 -> out.identity(Side.SOURCE, Identity.DESCRIPTION, WireText.ascii(b, r + 2, 24));
            case 0x0004 -> {
                String copyright = WireText.ascii(b, r + 2, 26);
                if (copyright.contains("Siemens")) {
                    out.identity(Side.SOURCE, Identity.VENDOR, "Siemens AG");
                }
            }
            case 0x0005 -> out.identity(Side.SOURCE, Identity.SERIAL, WireText.ascii(b, r + 2, 24));
            case 0x0007 -> out.identity(Side.SOURCE, Identity.MODEL, WireText.ascii(b, r + 2, 32));
            default -> {
                // plant tag, memory card serial, OEM and location ids: not device identities here
            }
        }
    }
}
