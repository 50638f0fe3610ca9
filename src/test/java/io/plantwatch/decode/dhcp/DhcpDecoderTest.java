package io.plantwatch.decode.dhcp;

import io.plantwatch.decode.support.OsHints;
import io.plantwatch.inventory.Inventory;
import io.plantwatch.testing.TrafficRun;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static io.plantwatch.decode.SamplePdus.DHCP_ACK;
import static io.plantwatch.decode.SamplePdus.DHCP_REQUEST;
import static io.plantwatch.testing.TrafficRun.device;
import static io.plantwatch.testing.TrafficRun.deviceWithMac;
import static io.plantwatch.testing.TrafficRun.frames;
import static io.plantwatch.testing.TrafficRun.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DHCP. The messages were checked with tshark 4.0.17: dhcp.option.hostname "ENG-WS-07",
 * dhcp.option.vendor_class_id "MSFT 5.0", dhcp.option.request_list_item 1,15,3,6,44,46,47,31,33,121,249,43,252,
 * dhcp.hw.mac_addr 00:1b:1b:aa:bb:cc, and in the ACK dhcp.ip.your 10.0.0.77.
 */
class DhcpDecoderTest {
    private static final long CLIENT_MAC = 0x001b1baabbccL;

    private static DhcpDecoder decoder() {
        return new DhcpDecoder(OsHints.standard(), DhcpFingerprints.standard());
    }

    @Test
    void clientFactsAreFiledUnderItsHardwareAddress() {
        Inventory inventory = new TrafficRun(decoder())
                .udp(CLIENT_MAC, "0.0.0.0", 68, "255.255.255.255", 67, DHCP_REQUEST)
                .udp("10.0.0.1", 67, "10.0.0.77", 68, DHCP_ACK)
                .inventory();
        var client = deviceWithMac(inventory, "00:1b:1b:aa:bb:cc");
        assertThat(values(client, "name")).containsEntry("ENG-WS-07", "dhcp");
        // "MSFT 5.0" says Windows; the request list is Windows 7's, which is finer
        assertThat(values(client, "os")).containsOnlyKeys("Windows 7");
        assertThat(values(client, "dhcp_address")).containsEntry("10.0.0.77", "dhcp");
        assertThat(device(inventory, "10.0.0.1").roles()).contains("dhcp/SERVER");
        assertThat(frames(inventory, "dhcp")).isEqualTo(2);
    }

    @Test
    void vendorClassAloneGivesTheFamily() {
        byte[] noList = DHCP_REQUEST.clone();
        int list = indexOf(noList, (byte) 55, (byte) 13);
        noList[list] = (byte) 200; // an option nobody reads: the request list is gone
        Inventory inventory = new TrafficRun(decoder())
                .udp(CLIENT_MAC, "0.0.0.0", 68, "255.255.255.255", 67, noList).inventory();
        assertThat(values(deviceWithMac(inventory, "00:1b:1b:aa:bb:cc"), "os")).containsOnlyKeys("Windows");
    }

    @Test
    void truncatedMessagesAreCountedNotThrown() {
        byte[] overrun = DHCP_REQUEST.clone();
        overrun[indexOf(overrun, (byte) 12, (byte) 9) + 1] = (byte) 200; // host name claims 200 bytes
        TrafficRun run = new TrafficRun(decoder())
                .udp(CLIENT_MAC, "0.0.0.0", 68, "255.255.255.255", 67, Arrays.copyOf(DHCP_REQUEST, 100))
                .udp(CLIENT_MAC, "0.0.0.0", 68, "255.255.255.255", 67, overrun);
        assertThat(run.malformed()).isEqualTo(2);
        assertThat(frames(run.inventory(), "dhcp")).isEqualTo(2);
    }

    @Test
    void fingerprintsMatchWholeListsOnly() {
        DhcpFingerprints fingerprints = DhcpFingerprints.standard();
        assertThat(fingerprints.osOf("1,15,3,6,44,46,47,31,33,249,43")).isEqualTo("Windows XP");
        assertThat(fingerprints.osOf("1,28,2,3,15,6,119,12,44,47,26,121,42")).isEqualTo("Linux");
        assertThat(fingerprints.osOf("1,15,3,6")).isNull();
        assertThat(fingerprints.osOf(null)).isNull();
    }

    private static int indexOf(byte[] bytes, byte a, byte b) {
        for (int i = 240; i + 1 < bytes.length; i++) {
            if (bytes[i] == a && bytes[i + 1] == b) {
                return i;
            }
        }
        throw new AssertionError("option not found");
    }
}
