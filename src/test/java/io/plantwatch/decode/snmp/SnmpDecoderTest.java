package io.plantwatch.decode.snmp;

import io.plantwatch.decode.support.OsHints;
import io.plantwatch.inventory.Inventory;
import io.plantwatch.testing.TrafficRun;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static io.plantwatch.testing.TrafficRun.activities;
import static io.plantwatch.testing.TrafficRun.device;
import static io.plantwatch.testing.TrafficRun.frames;
import static io.plantwatch.testing.TrafficRun.hex;
import static io.plantwatch.testing.TrafficRun.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SNMP. The messages were checked with tshark 4.0.17: snmp.community "public" / "private";
 * snmp.value.octets of the response is the SCALANCE sysDescr and "sw-cell-3", snmp.value.oid
 * 1.3.6.1.4.1.4329.6.1.2.
 */
class SnmpDecoderTest {
    private static final byte[] SNMP_GET = hex("303502010104067075626c6963a02802020102020100020100301c300c06082b060102010101000500300c06082b06010201"
                + "0105000500");
    private static final byte[] SNMP_RESPONSE = hex("3081a302010104067075626c6963a2819502020102020100020100308188305706082b06010201010100044b5369656d656e"
                + "732c2053494d41544943204e45542c205343414c414e434520583230382c2036474b35203230382d30424131302d32414133"
                + "2c2048573a20372c2046573a2056352e322e36301606082b06010201010200060a2b06010401a169060102301506082b0601"
                + "0201010500040973772d63656c6c2d33");
    private static final byte[] SNMP_SET = hex("302e020100040770726976617465a3200201070201000201003015301306082b06010201010500040772656e616d6564");
    @Test
    void agentAnswersGiveDescriptionNameAndProductOid() {
        Inventory inventory = new TrafficRun(new SnmpDecoder(OsHints.standard()))
                .udp("10.0.0.77", 40001, "10.0.0.3", 161, SNMP_GET)
                .udp("10.0.0.3", 161, "10.0.0.77", 40001, SNMP_RESPONSE)
                .inventory();
        var agent = device(inventory, "10.0.0.3");
        assertThat(values(agent, "description"))
                .containsEntry("Siemens, SIMATIC NET, SCALANCE X208, 6GK5 208-0BA10-2AA3, HW: 7, FW: V5.2.6", "snmp");
        assertThat(values(agent, "name")).containsEntry("sw-cell-3", "snmp");
        assertThat(values(agent, "product_code")).containsEntry("1.3.6.1.4.1.4329.6.1.2", "snmp");
        assertThat(agent.roles()).contains("snmp/SERVER");
        assertThat(device(inventory, "10.0.0.77").roles()).contains("snmp/CLIENT");
        assertThat(values(device(inventory, "10.0.0.77"), "name")).isEmpty(); // a request names nothing
        assertThat(frames(inventory, "snmp")).isEqualTo(2);
    }

    @Test
    void communityIsReportedOncePerFlowAndSetIsAChange() {
        Inventory inventory = new TrafficRun(new SnmpDecoder(OsHints.standard()))
                .udp("10.0.0.77", 40001, "10.0.0.3", 161, SNMP_GET)
                .udp("10.0.0.3", 161, "10.0.0.77", 40001, SNMP_RESPONSE)
                .udp("10.0.0.77", 40001, "10.0.0.3", 161, SNMP_GET)
                .udp("10.0.0.77", 40002, "10.0.0.3", 161, SNMP_SET)
                .inventory();
        assertThat(activities(inventory, "snmp")).containsExactly(
                "CLEARTEXT_CREDENTIALS: SNMP community string 'public' sent in the clear",
                "CLEARTEXT_CREDENTIALS: SNMP community string 'private' sent in the clear",
                "CONFIGURATION_CHANGE: SNMP Set Request");
    }

    @Test
    void truncatedAndForeignMessagesAreCountedNotThrown() {
        byte[] v9 = SNMP_GET.clone();
        v9[4] = 9; // version 9
        TrafficRun run = new TrafficRun(new SnmpDecoder(OsHints.standard()))
                .udp("10.0.0.3", 161, "10.0.0.77", 40001, Arrays.copyOf(SNMP_RESPONSE, 60))
                .udp("10.0.0.77", 40001, "10.0.0.3", 161, v9)
                .udp("10.0.0.77", 40001, "10.0.0.3", 161, new byte[] {0x30, (byte) 0x84, 1, 2, 3, 4})
                .udp("10.0.0.77", 40001, "10.0.0.3", 161, new byte[] {0x41});
        assertThat(run.malformed()).isEqualTo(4);
        assertThat(values(device(run.inventory(), "10.0.0.3"), "name")).isEmpty();
    }
}
