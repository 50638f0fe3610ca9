package io.plantwatch.decode.snmp;

import io.plantwatch.decode.support.OsHints;
import io.plantwatch.inventory.Inventory;
import io.plantwatch.testing.TrafficRun;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static io.plantwatch.decode.SamplePdus.SNMP_GET;
import static io.plantwatch.decode.SamplePdus.SNMP_RESPONSE;
import static io.plantwatch.decode.SamplePdus.SNMP_SET;
import static io.plantwatch.testing.TrafficRun.activities;
import static io.plantwatch.testing.TrafficRun.device;
import static io.plantwatch.testing.TrafficRun.frames;
import static io.plantwatch.testing.TrafficRun.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SNMP. The messages were checked with tshark 4.0.17: snmp.community "public" / "private";
 * snmp.value.octets of the response is the SCALANCE sysDescr and "sw-cell-3", snmp.value.oid
 * 1.3.6.1.4.1.4329.6.1.2.
 */
class SnmpDecoderTest {
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
