package io.plantwatch.decode.lldp;

import io.plantwatch.inventory.Device;
import io.plantwatch.testing.FlowFeeder;
import io.plantwatch.testing.RecordedObservations;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.plantwatch.testing.Inventories.analyze;
import static io.plantwatch.testing.Inventories.deviceWithMac;
import static io.plantwatch.testing.Inventories.values;
import static io.plantwatch.testing.Packets.concat;
import static io.plantwatch.testing.Packets.ethernet;
import static org.assertj.core.api.Assertions.assertThat;

/** LLDP from mb2.pcap (as {@code tshark -e lldp.tlv.system.name -e lldp.tlv.system.desc} shows it) and hand-made frames. */
class LldpDecoderTest {
    private static final long SWITCH = 0x001B1B02E61FL;
    private static final long LLDP_MULTICAST = 0x0180C200000EL;
    private final LldpDecoder decoder = new LldpDecoder();
    private final RecordedObservations out = new RecordedObservations();

    static byte[] tlv(int type, byte[] value) {
        int header = type << 9 | value.length;
        return concat(new byte[] {(byte) (header >>> 8), (byte) header}, value);
    }

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void systemNameAndDescriptionOfTheScalanceSwitch() {
        Device sw = deviceWithMac(analyze("mixed/mb2.pcap"), "00:1b:1b:02:e6:1f");

        assertThat(sw.name()).isEqualTo("Switch1");
        assertThat(values(sw, "description")).contains(
                "Siemens, SIMATIC NET, SCALANCE X212-2, 6GK5 212-2BB00-2AA3, HW: 7, FW: V4.02",
                "LLDP port port-001", "management address 141.81.0.190");
        assertThat(values(sw, "device_type")).isEmpty(); // its enabled capabilities say "station only"
    }

    @Test
    void enabledBridgeOrRouterCapabilityStatesTheDeviceType() {
        byte[] bridge = concat(tlv(5, text("core-sw")), tlv(7, new byte[] {0, 0x14, 0, 0x04}), tlv(0, new byte[0]));
        byte[] router = concat(tlv(7, new byte[] {0, 0x14, 0, 0x14}), tlv(0, new byte[0]));

        FlowFeeder.frame(decoder, ethernet(LLDP_MULTICAST, SWITCH, 0x88CC, bridge), out);
        FlowFeeder.frame(decoder, ethernet(LLDP_MULTICAST, SWITCH, 0x88CC, router), out);

        assertThat(out.identities).containsExactly("00:1b:1b:02:e6:1f NAME=core-sw",
                "00:1b:1b:02:e6:1f DEVICE_TYPE=Switch", "00:1b:1b:02:e6:1f DEVICE_TYPE=Router");
        assertThat(out.protocols).containsExactly("lldp", "lldp");
    }

    @Test
    void truncatedTlvsAreCountedNotThrown() {
        FlowFeeder.frame(decoder, ethernet(LLDP_MULTICAST, SWITCH, 0x88CC, concat(tlv(5, text("x")),
                new byte[] {0x0A, (byte) 0xFF, 'a'})), out); // system name claims 255 bytes
        FlowFeeder.frame(decoder, ethernet(LLDP_MULTICAST, SWITCH, 0x88CC, tlv(7, new byte[] {0})), out);
        FlowFeeder.frame(decoder, ethernet(LLDP_MULTICAST, SWITCH, 0x88CC, new byte[] {0x0A}), out);

        assertThat(out.malformed).hasSize(4); // short capabilities, then no End TLV, in the second frame
        assertThat(out.identities).containsExactly("00:1b:1b:02:e6:1f NAME=x");
    }
}
