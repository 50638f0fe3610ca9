package io.plantwatch.simulate;

import io.plantwatch.simulate.events.EventType;
import io.plantwatch.simulate.truth.Truth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each injected event is in the truth file with its time, source, destination and ATT&CK
 * techniques, and tshark finds its frames in the capture, from that source to that destination,
 * starting at that time.
 */
class InjectedEventsTest {
    private static final Map<String, String> FILTERS = Map.of(
            "new-device", "dhcp.option.dhcp == 1",
            "port-scan", "tcp.flags.syn == 1 && tcp.flags.ack == 0",
            "modbus-write", "modbus.func_code == 6 || modbus.func_code == 16",
            "program-download", "s7comm.param.func == 0x1a || s7comm.param.func == 0x1b || s7comm.param.func == 0x1c",
            "plc-stop", "s7comm.param.func == 0x29",
            "dnp3-restart", "dnp3.al.func == 13",
            "internet-connection", "tls.handshake.type == 1",
            "cleartext-credentials", "ftp.request.command == \"PASS\"",
            "arp-spoof", "arp.opcode == 2");
    private static final Map<String, List<String>> TECHNIQUES = Map.of(
            "new-device", List.of("T0864"), "port-scan", List.of("T0846"), "modbus-write", List.of("T0855", "T0836"),
            "program-download", List.of("T0843"), "plc-stop", List.of("T0858", "T0881"), "dnp3-restart", List.of("T0816"),
            "internet-connection", List.of("T0883", "T0869"), "cleartext-credentials", List.of("T0859", "T0812"),
            "arp-spoof", List.of("T0830"));

    @TempDir
    Path dir;

    @Test
    void factoryAndUtilityEventsAreInTruthAndOnTheWire() {
        TsharkTool.assumeInstalled();
        SimulationResult factory = SimulatedCaptures.write(dir, "factory", 17);
        SimulationResult utility = SimulatedCaptures.write(dir, "utility", 17);
        assertThat(types(factory)).containsExactlyInAnyOrder("new-device", "port-scan", "modbus-write",
                "program-download", "plc-stop", "internet-connection", "cleartext-credentials", "arp-spoof");
        assertThat(types(utility)).contains("dnp3-restart", "modbus-write").doesNotContain("plc-stop");
        for (SimulationResult r : List.of(factory, utility)) {
            for (Truth.TruthEvent e : r.truth().events()) {
                check(r, e);
            }
        }
    }

    @Test
    void anEventThePlantCannotHostIsRefused() {
        assertThatThrownBy(() -> new PlantSimulator().write(SimulationSpec.of("building", 80, 20, 1)
                .withEvents(EnumSet.of(EventType.DNP3_RESTART)), dir.resolve("b.pcap")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dnp3-restart");
    }

    @Test
    void withoutEventsThereIsNoIntruder() throws Exception {
        SimulationResult r = new PlantSimulator().write(SimulationSpec.of("factory", 80, 20, 1).withoutEvents(),
                dir.resolve("quiet.pcap"));
        assertThat(r.truth().events()).isEmpty();
        assertThat(r.truth().devices()).hasSize(80).allMatch(Truth.TruthDevice::authorized);
    }

    private static void check(SimulationResult r, Truth.TruthEvent e) {
        assertThat(e.techniques()).as(e.type()).isEqualTo(TECHNIQUES.get(e.type()));
        assertThat(e.time()).isBetween(r.truth().capture().firstTs(), r.truth().capture().lastTs());
        String filter = "(" + FILTERS.get(e.type()) + ")";
        if (e.type().equals("arp-spoof")) {
            filter += " && eth.src == " + e.sourceMac() + " && arp.src.proto_ipv4 == " + e.destination();
        } else if (e.type().equals("new-device")) {
            filter += " && eth.src == " + e.sourceMac();
        } else {
            filter += " && ip.src == " + e.source() + " && ip.dst == " + e.destination();
        }
        List<String[]> frames = TsharkTool.fields(r.files().get(0), filter, "frame.time_epoch");
        assertThat(frames).as(e.type() + " frames: " + filter).isNotEmpty();
        double first = Double.parseDouble(frames.get(0)[0]);
        assertThat(first).as(e.type() + " starts at its truth time").isBetween(e.time() - 1e-6, e.time() + 5);
        if (e.type().equals("port-scan")) {
            Set<String> probed = TsharkTool.fields(r.files().get(0), "tcp.flags.syn == 1 && tcp.flags.ack == 0 && ip.src == "
                    + e.source(), "ip.dst").stream().map(row -> row[0]).collect(Collectors.toSet());
            assertThat(probed).containsAll(e.targets());
        }
        if (e.type().equals("new-device")) {
            assertThat(r.truth().devices()).anyMatch(d -> d.macs().contains(e.sourceMac()) && !d.authorized());
        }
    }

    private static List<String> types(SimulationResult r) {
        return r.truth().events().stream().map(Truth.TruthEvent::type).toList();
    }
}
