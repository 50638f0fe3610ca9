package io.plantwatch.inventory.classify;

import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.decode.DecoderRegistry;
import io.plantwatch.decode.smb.NbssDecoder;
import io.plantwatch.decode.smb.SmbCommands;
import io.plantwatch.decode.support.OsHints;
import io.plantwatch.inventory.Device;
import io.plantwatch.inventory.Inventory;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.plantwatch.testing.TrafficRun.device;
import static org.assertj.core.api.Assertions.assertThat;

/** Classification of devices in real captures, with the evidence that decided. */
class ClassificationOnCapturesTest {

    private static Inventory analyze(Analyzer analyzer, String capture) {
        return analyzer.analyze(List.of(SharedData.pcap(capture)), Progress.NONE).inventory();
    }

    @Test
    void smbSessionInMb2TellsServerFromWorkstation() {
        // only the SMB decoder, so the result does not move as industrial decoders add roles
        Analyzer smbOnly = new Analyzer(new DecoderRegistry(
                List.of(new NbssDecoder(SmbCommands.standard(), OsHints.standard())), List.of()), new StandardClassifier());
        Inventory inventory = analyze(smbOnly, "mixed/mb2.pcap");
        Device server = device(inventory, "141.81.0.10");
        assertThat(server.type()).isEqualTo("Server");
        assertThat(server.evidence()).contains("runs Windows Server 2008 (40)", "serves nbss (15)",
                "Purdue level 3 for a Server");
        Device panel = device(inventory, "141.81.0.182");
        assertThat(panel.type()).isEqualTo("Workstation");
        assertThat(panel.evidence()).contains("runs Windows XP (25)", "uses Windows file shares (10)");
        // Rockwell controllers of the same capture: vendor from the MAC prefix
        Device rockwell = inventory.devices().stream().filter(d -> d.macs().contains("00:00:bc:5f:48:fa"))
                .findFirst().orElseThrow();
        assertThat(rockwell.vendor()).isEqualTo("Rockwell Automation");
    }

    @Test
    void modbusServersArePlcsAndTheirPollerAnHmi() {
        Inventory inventory = analyze(Analyzer.standard(), "modbus/ModbusTCP.pcap");
        for (String plc : List.of("141.81.0.66", "141.81.0.86", "141.81.0.24")) {
            assertThat(device(inventory, plc).type()).as(plc).isEqualTo("PLC");
            assertThat(device(inventory, plc).purdueLevel()).isEqualTo(1);
            assertThat(device(inventory, plc).evidence()).contains("answers on Modbus/TCP port 502 (40)");
        }
        Device poller = device(inventory, "141.81.0.10");
        assertThat(poller.type()).isEqualTo("HMI");
        assertThat(poller.evidence()).contains("polls devices over modbus (60)");
    }

    @Test
    void step7DownloadTellsEngineeringStationFromPlc() {
        Inventory inventory = analyze(Analyzer.standard(), "s7comm/step7_s300_download.pcapng");
        Device plc = device(inventory, "134.249.61.182");
        assertThat(plc.type()).isEqualTo("PLC");
        assertThat(plc.evidence()).contains("answers on ISO-TSAP port 102 (S7) (40)");
        Device station = device(inventory, "134.249.53.130");
        assertThat(station.type()).isEqualTo("Engineering Station");
        assertThat(station.purdueLevel()).isEqualTo(2);
        assertThat(station.evidence().get(0)).isEqualTo("programs or configures controllers over s7comm (90)");
    }
}
