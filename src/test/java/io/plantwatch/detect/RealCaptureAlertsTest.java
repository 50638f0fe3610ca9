package io.plantwatch.detect;

import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code analyze} (no learning period) over every real capture in ../shared/pcaps: each raises
 * exactly the alerts its traffic holds, written as "rule source>destination [techniques]", and the
 * others raise none. Each expectation was checked with tshark, e.g. the S7 download by
 * {@code s7comm.param.func == 0x1a}, the DNP3 restarts by {@code dnp3.al.func == 13 || dnp3.al.func == 14}
 * (a cold and a warm restart between the same ends are one open alert).
 */
class RealCaptureAlertsTest {
    private static final Map<String, List<String>> EXPECTED = new TreeMap<>();

    static {
        // S7comm: Request download 0x1a, Download block 0x1b, Download ended 0x1c (T0843)
        EXPECTED.put("s7comm/step7_s300_download.pcapng",
                List.of("program-download 134.249.53.130>134.249.61.182 [T0843]"));
        // S7comm: PLC Stop 0x29 (T0858, T0881)
        EXPECTED.put("s7comm/snap7_s300_stop.pcapng",
                List.of("controller-stop 134.249.62.206>134.249.61.163 [T0858, T0881]"));
        // CIP Stop 0x07 on class 0x8e, one frame without a handshake
        EXPECTED.put("enip/cip_stop_plc.pcap", List.of("controller-stop 192.168.1.69>192.168.1.30 [T0858, T0881]"));
        // CIP Reset 0x05 (class 0x72), Start 0x06 and Stop 0x07 (class 0x8e)
        EXPECTED.put("enip/EIP-SoftwareDownload.pcap", List.of(
                "controller-stop 192.168.10.105>192.168.10.120 [T0858, T0881]",
                "controller-start 192.168.10.105>192.168.10.120 [T0858]",
                "restart 192.168.10.105>192.168.10.120 [T0816]"));
        // DNP3 Cold Restart FC 13
        EXPECTED.put("dnp3/cold_restart_and_response.pcap", List.of("restart 192.168.60.1>192.168.60.130 [T0816]"));
        // DNP3 FC 13/14 restarts, FC 18 Stop Application, FC 21 Disable Unsolicited from two masters. From
        // 10.0.0.8, Disable Unsolicited comes at 13:41, 15:16 (three times) and 16:09 (twice), restarts at 14:17
        // (cold) and 15:17 (warm, twice): more than ten minutes apart, so separate alerts; repeats grouped.
        EXPECTED.put("dnp3/dnp3.pcap", List.of(
                "restart 10.0.0.8>10.0.0.3 [T0816]", "restart 10.0.0.8>10.0.0.3 [T0816]",
                "restart 10.0.0.9>10.0.0.3 [T0816]",
                "controller-stop 10.0.0.8>10.0.0.3 [T0858, T0881]", "controller-stop 10.0.0.9>10.0.0.3 [T0858, T0881]",
                "communication-control 10.0.0.8>10.0.0.3 [T0804]", "communication-control 10.0.0.8>10.0.0.3 [T0804]",
                "communication-control 10.0.0.8>10.0.0.3 [T0804]", "communication-control 10.0.0.9>10.0.0.3 [T0804]"));
        // Modbus FC 8 sub-function 4 Force Listen Only Mode, sub-function 1 Restart Communications
        EXPECTED.put("modbus/modbus_test_data_part1.pcap", List.of(
                "communication-control 10.0.0.57>10.0.0.3 [T0814]", "restart 10.0.0.57>10.0.0.3 [T0816]"));
        // nmap: 245 ARP requests from one sender (Defender: 40 within six minutes)
        EXPECTED.put("scan/nmap-vsn.pcap", List.of("address-scan 192.168.1.71>null [T0846]"));
        // PROFINET DCP Set IP (T0836)
        EXPECTED.put("profinet_dcp/ChangeIPUsingDCP.pcap",
                List.of("configuration-change 00:0c:29:ba:09:ea>08:00:06:93:cf:32 [T0836]"));
        // OPC UA AddNodes (service 488) over the loopback-like host address
        EXPECTED.put("opcua/open62541_client-server_mainloop-not-localhost.pcap",
                List.of("configuration-change 192.168.224.102>192.168.224.102 [T0836]"));
        // Internet hosts reaching Modbus servers on 502 (T0883 Internet Accessible Device)
        EXPECTED.put("modbus/modbus-and-non-modbus-p502.pcap", List.of(
                "internet-connection 87.236.176.106>192.168.10.111 [T0883]",
                "internet-connection 87.236.176.96>192.168.10.111 [T0883]",
                "internet-connection 66.175.213.4>192.168.10.111 [T0883]",
                "internet-connection 198.74.56.135>192.168.10.111 [T0883]",
                "internet-connection 62.122.184.123>192.168.10.111 [T0883]",
                "internet-connection 159.203.208.13>192.168.10.113 [T0883]"));
        // Malformed DNP3: tshark reports "Malformed Packet" on all 20 frames (_ws.malformed); one alert per ends
        EXPECTED.put("dnp3/DNP3-Malformed.pcap", List.of("protocol-violation 192.168.0.1>192.168.0.2 [T0866]"));
        // IEC 104: frame 11 is the first of tshark's "APDU less than 4 bytes" and malformed ASDUs, all one way
        EXPECTED.put("iec104/TestDissectIec104.pcap",
                List.of("protocol-violation 172.27.248.109>172.27.248.79 [T0866]"));
        // BACnet reinitializeDevice (confirmed service 20) requests from 172.20.32.250 to 22 devices
        List<String> reinit = new ArrayList<>();
        for (int host : new int[]{100, 102, 103, 104, 105, 106, 108, 109, 110, 111, 113, 114, 115, 116, 117, 119, 122,
                123, 124, 127, 128, 129}) {
            reinit.add("restart 172.20.32.250>172.20.32." + host + " [T0816]");
        }
        EXPECTED.put("bacnet/bacnet_example.pcap", reinit);
    }

    static List<Path> captures() {
        return SharedData.capturesWithTruth();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void eachCaptureRaisesExactlyTheAlertsOfItsActivity(Path capture) {
        String name = SharedData.pcaps().relativize(capture).toString().replace('\\', '/');
        List<Alert> alerts = Analyzer.standard().analyze(List.of(capture), Progress.NONE).alerts();
        assertThat(alerts).extracting(RealCaptureAlertsTest::describe).as(name)
                .containsExactlyInAnyOrderElementsOf(EXPECTED.getOrDefault(name, List.of()));
    }

    @Test
    void everyExpectedCaptureExists() {
        List<String> present = captures().stream()
                .map(p -> SharedData.pcaps().relativize(p).toString().replace('\\', '/')).toList();
        assertThat(present).containsAll(EXPECTED.keySet());
    }

    @Test
    void theS7DownloadAlertIsAMajorPolicyViolationWithItsFields() {
        Alert a = Analyzer.standard().analyze(List.of(SharedData.pcap("s7comm/step7_s300_download.pcapng")),
                Progress.NONE).alerts().get(0);
        assertThat(a.severity()).isEqualTo(Alert.Severity.Major);
        assertThat(a.engine()).isEqualTo(Alert.Engine.POLICY_VIOLATION);
        assertThat(a.title()).isEqualTo("PLC program download");
        assertThat(a.protocol()).isEqualTo("s7comm");
        assertThat(a.remediation()).isNotEmpty();
        assertThat(a.message()).contains("134.249.53.130", "134.249.61.182", "Request download");
    }

    @Test
    void repeatsWithinTenMinutesAreOneAlertWithACount() {
        List<Alert> alerts = Analyzer.standard().analyze(List.of(SharedData.pcap("dnp3/dnp3.pcap")), Progress.NONE)
                .alerts();
        // tshark: dnp3.al.func == 21 from 10.0.0.8 in frames 11 (13:41:01), 124, 130, 135 (15:16:28-29), 154, 156 (16:09)
        assertThat(alerts.stream().filter(a -> a.rule().equals(Rules.COMMUNICATION_CONTROL)
                && a.source().equals("10.0.0.8"))).extracting(Alert::count).containsExactly(1L, 3L, 2L);
        Alert warm = alerts.stream().filter(a -> a.rule().equals(Rules.RESTART) && a.source().equals("10.0.0.8")
                && a.count() == 2).findFirst().orElseThrow();
        assertThat(warm.lastSeen() - warm.time()).isEqualTo(21_116_954_000L); // frames 143 and 146
    }

    @Test
    void dnp3StopApplicationIsNamedSo() {
        // tshark: dnp3.al.func == 18 from 10.0.0.8 and 10.0.0.9 to 10.0.0.3
        assertThat(Analyzer.standard().analyze(List.of(SharedData.pcap("dnp3/dnp3.pcap")), Progress.NONE).alerts())
                .filteredOn(a -> a.rule().equals(Rules.CONTROLLER_STOP)).extracting(Alert::title)
                .containsOnly("DNP3 stop application command").hasSize(2);
    }

    static String describe(Alert a) {
        return a.rule() + " " + a.source() + ">" + a.destination() + " " + a.techniques();
    }
}
