package io.plantwatch.decode.cdp;

import io.plantwatch.testing.FlowFeeder;
import io.plantwatch.testing.RecordedObservations;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.plantwatch.testing.Packets.concat;
import static io.plantwatch.testing.Packets.ethernet;
import static org.assertj.core.api.Assertions.assertThat;

/** CDP from hand-made frames: no shared capture carries it. */
class CdpDecoderTest {
    private static final long ROUTER = 0x00000C123456L;
    private static final long CDP_MULTICAST = 0x01000CCCCCCCL;
    private final CdpDecoder decoder = new CdpDecoder();
    private final RecordedObservations out = new RecordedObservations();

    static byte[] tlv(int type, byte[] value) {
        int length = 4 + value.length;
        return concat(new byte[] {(byte) (type >>> 8), (byte) type, (byte) (length >>> 8), (byte) length}, value);
    }

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** An 802.3 frame with LLC/SNAP (Cisco OUI, protocol 0x2000) around a CDP v2 header and TLVs. */
    static byte[] cdp(byte[] tlvs) {
        byte[] llc = {(byte) 0xAA, (byte) 0xAA, 0x03, 0x00, 0x00, 0x0C, 0x20, 0x00, 0x02, (byte) 180, 0, 0};
        byte[] payload = concat(llc, tlvs);
        return ethernet(CDP_MULTICAST, ROUTER, payload.length, payload);
    }

    @Test
    void deviceIdPlatformSoftwareCapabilitiesAndAddress() {
        byte[] address = {0, 0, 0, 1, 0x01, 0x01, (byte) 0xCC, 0x00, 0x04, 10, 0, 0, 1};
        byte[] frame = cdp(concat(tlv(1, text("edge-rtr")), tlv(6, text("cisco ISR4331")),
                tlv(5, text("Cisco IOS XE 16.9")), tlv(4, new byte[] {0, 0, 0, 0x29}), tlv(2, address),
                tlv(3, text("GigabitEthernet0/0/1"))));

        assertThat(FlowFeeder.frame(decoder, frame, out)).isTrue();

        assertThat(out.identities).containsExactly("00:00:0c:12:34:56 NAME=edge-rtr",
                "00:00:0c:12:34:56 MODEL=cisco ISR4331", "00:00:0c:12:34:56 FIRMWARE=Cisco IOS XE 16.9",
                "00:00:0c:12:34:56 DEVICE_TYPE=Router", "00:00:0c:12:34:56 DESCRIPTION=management address 10.0.0.1",
                "00:00:0c:12:34:56 DESCRIPTION=CDP port GigabitEthernet0/0/1");
        assertThat(out.protocols).isEmpty(); // the packet decoder already counts cdp as a link layer
    }

    @Test
    void aSwitchCapabilityMakesASwitch() {
        FlowFeeder.frame(decoder, cdp(tlv(4, new byte[] {0, 0, 0, 0x28})), out);

        assertThat(out.identities).containsExactly("00:00:0c:12:34:56 DEVICE_TYPE=Switch");
    }

    @Test
    void truncatedTlvsAndAddressesAreCountedNotThrown() {
        FlowFeeder.frame(decoder, cdp(new byte[] {0, 1, 0, 40, 'a'}), out); // TLV past the frame
        FlowFeeder.frame(decoder, cdp(tlv(2, new byte[] {0, 0, 0, 9, 1, 1, (byte) 0xCC})), out); // address cut
        FlowFeeder.frame(decoder, cdp(tlv(4, new byte[] {1})), out); // short capabilities

        assertThat(out.malformed).hasSize(3).allMatch(m -> m.startsWith("cdp"));
        assertThat(out.identities).isEmpty();
    }

    @Test
    void otherFramesAreNotTaken() {
        assertThat(FlowFeeder.frame(decoder, ethernet(CDP_MULTICAST, ROUTER, 0x0800, new byte[20]), out)).isFalse();
    }
}
