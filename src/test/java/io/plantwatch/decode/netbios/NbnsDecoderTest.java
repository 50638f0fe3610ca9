package io.plantwatch.decode.netbios;

import io.plantwatch.inventory.Inventory;
import io.plantwatch.testing.TrafficRun;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static io.plantwatch.decode.SamplePdus.NBNS_DC_REGISTRATION;
import static io.plantwatch.decode.SamplePdus.NBNS_NODE_STATUS;
import static io.plantwatch.decode.SamplePdus.NBNS_REGISTRATION;
import static io.plantwatch.testing.TrafficRun.device;
import static io.plantwatch.testing.TrafficRun.deviceWithMac;
import static io.plantwatch.testing.TrafficRun.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * NetBIOS name service. The messages were checked with tshark 4.0.17: nbns.name "HIST01<00>"
 * (Workstation/Redirector) with nbns.addr 10.0.0.20; "PLANT<1c>" (Domain Controllers) at 10.0.0.2;
 * a node status answer with nbns.unit_id 00:0c:29:aa:bb:cc.
 */
class NbnsDecoderTest {
    @Test
    void registrationOfTheSendersOwnAddressNamesIt() {
        Inventory inventory = new TrafficRun(new NbnsDecoder())
                .udp("10.0.0.20", 137, "10.0.0.255", 137, NBNS_REGISTRATION).inventory();
        assertThat(values(device(inventory, "10.0.0.20"), "name")).containsEntry("HIST01", "nbns");
    }

    @Test
    void domainControllersGroupMarksADomainController() {
        Inventory inventory = new TrafficRun(new NbnsDecoder())
                .udp("10.0.0.2", 137, "10.0.0.255", 137, NBNS_DC_REGISTRATION).inventory();
        var dc = device(inventory, "10.0.0.2");
        assertThat(values(dc, "device_type")).containsEntry("Domain Controller", "nbns");
        assertThat(values(dc, "name")).isEmpty(); // PLANT<1c> is the domain's group, not the host
        assertThat(dc.type()).isEqualTo("Domain Controller");
    }

    @Test
    void nodeStatusAnswerNamesTheResponderAndItsMac() {
        Inventory inventory = new TrafficRun(new NbnsDecoder())
                .udp(0x000c29aabbccL, "10.0.0.2", 137, "10.0.0.77", 137, NBNS_NODE_STATUS).inventory();
        var dc = deviceWithMac(inventory, "00:0c:29:aa:bb:cc");
        assertThat(values(dc, "name")).containsOnlyKeys("DC01");
        assertThat(values(dc, "device_type")).containsKey("Domain Controller");
    }

    @Test
    void nameOfAnotherAddressIsNotTheSenders() {
        // the same registration sent by a relay: the name belongs to 10.0.0.20, not to the sender
        Inventory inventory = new TrafficRun(new NbnsDecoder())
                .udp("10.0.0.30", 137, "10.0.0.255", 137, NBNS_REGISTRATION).inventory();
        assertThat(values(device(inventory, "10.0.0.30"), "name")).isEmpty();
    }

    @Test
    void truncatedMessagesAreCountedNotThrown() {
        byte[] shortStatus = NBNS_NODE_STATUS.clone();
        shortStatus[56] = 40; // claims 40 names in a record holding 4
        TrafficRun run = new TrafficRun(new NbnsDecoder())
                .udp("10.0.0.20", 137, "10.0.0.255", 137, Arrays.copyOf(NBNS_REGISTRATION, 50))
                .udp("10.0.0.2", 137, "10.0.0.77", 137, shortStatus)
                .udp("10.0.0.2", 137, "10.0.0.77", 137, new byte[5]);
        assertThat(run.malformed()).isEqualTo(3);
        assertThat(TrafficRun.frames(run.inventory(), "nbns")).isEqualTo(3);
    }

    @Test
    void decodesFirstLevelEncoding() {
        assertThat(NetbiosName.decodeLabel("EIEJFDFEDADBCACACACACACACACACAAA")).isEqualTo(new NetbiosName("HIST01", 0));
        assertThat(NetbiosName.decodeLabel("FAEMEBEOFECACACACACACACACACACABM.scope")).isEqualTo(new NetbiosName("PLANT", 0x1c));
        assertThat(NetbiosName.decodeLabel("not-encoded")).isNull();
        assertThat(NetbiosName.decodeLabel("ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ")).isNull();
    }
}
