package io.plantwatch.decode.smb;

import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.decode.DecoderRegistry;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.support.OsHints;
import io.plantwatch.inventory.Connection;
import io.plantwatch.inventory.Inventory;
import io.plantwatch.inventory.classify.StandardClassifier;
import io.plantwatch.testing.SharedData;
import io.plantwatch.testing.TrafficRun;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.plantwatch.testing.TrafficRun.device;
import static io.plantwatch.testing.TrafficRun.frames;
import static io.plantwatch.testing.TrafficRun.values;
import static org.assertj.core.api.Assertions.assertThat;

class NbssDecoderTest {
    private static NbssDecoder decoder() {
        return new NbssDecoder(SmbCommands.standard(), OsHints.standard());
    }

    @Test
    void mb2SessionNamesBothEndsAndTheirSystems() {
        Inventory inventory = new Analyzer(new DecoderRegistry(List.of(decoder()), List.of()), new StandardClassifier())
                .analyze(List.of(SharedData.pcap("mixed/mb2.pcap")), Progress.NONE).inventory();
        // tshark: 22 frames carry nbss, 20 of them smb (frames 3695-3732, 10844-10847)
        assertThat(frames(inventory, "nbss")).isEqualTo(22);
        assertThat(frames(inventory, "smb")).isEqualTo(20);
        // tshark frame 3695: Called name IAS01<20> (Server service), Calling name PANELPC02<00>
        var client = device(inventory, "141.81.0.182");
        var server = device(inventory, "141.81.0.10");
        assertThat(values(client, "name")).containsEntry("PANELPC02", "nbss");
        assertThat(values(server, "name")).containsEntry("IAS01", "nbss");
        // tshark smb.native_os: "Windows 2002 Service Pack 3 2600" and
        // "Windows Server (R) 2008 Standard 6002 Service Pack 2"
        assertThat(client.os()).isEqualTo("Windows XP");
        assertThat(server.os()).isEqualTo("Windows Server 2008");
        assertThat(client.roles()).contains("nbss/CLIENT");
        assertThat(server.roles()).contains("nbss/SERVER");
        Connection session = inventory.connections().stream()
                .filter(c -> c.b().port() != null && c.b().port() == 139).findFirst().orElseThrow();
        assertThat(session.commands()).contains("Negotiate Protocol", "Session Setup AndX", "Tree Connect AndX",
                "Tree Disconnect", "Logoff AndX");
    }

    @Test
    void smb2TreeConnectNamesTheServer() {
        byte[] path = "\\\\FILESRV\\share".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] smb2 = new byte[64 + 8 + path.length];
        smb2[0] = (byte) 0xFE;
        smb2[1] = 'S';
        smb2[2] = 'M';
        smb2[3] = 'B';
        smb2[4] = 64;
        smb2[12] = 3; // Tree Connect
        smb2[64] = 9;
        smb2[64 + 4] = 72; // path offset from the SMB2 header
        smb2[64 + 6] = (byte) path.length;
        System.arraycopy(path, 0, smb2, 72, path.length);
        byte[] nbss = new byte[4 + smb2.length];
        nbss[3] = (byte) smb2.length;
        System.arraycopy(smb2, 0, nbss, 4, smb2.length);
        Inventory inventory = new TrafficRun(decoder()).present("10.0.0.8")
                .tcp("10.0.0.77", 50000, "10.0.0.8", 445, 1, Packet.ACK | Packet.PSH, nbss).inventory();
        assertThat(frames(inventory, "smb2")).isEqualTo(1);
        assertThat(values(device(inventory, "10.0.0.8"), "name")).containsEntry("FILESRV", "smb2");
        assertThat(SmbPaths.serverOf("\\\\10.0.0.8\\c$")).isNull();
    }

    @Test
    void truncatedSmbIsCountedNotThrown() {
        byte[] shortSmb = {0, 0, 0, 12, (byte) 0xFF, 'S', 'M', 'B', 0x73, 0, 0, 0, 0, 0x18, 0, 0};
        byte[] badRequest = {(byte) 0x81, 0, 0, 4, 1, 2, 3, 4};
        TrafficRun run = new TrafficRun(decoder())
                .tcp("10.0.0.77", 50000, "10.0.0.8", 139, 1, Packet.ACK | Packet.PSH, shortSmb)
                .tcp("10.0.0.77", 50001, "10.0.0.8", 139, 1, Packet.ACK | Packet.PSH, badRequest)
                .tcp("10.0.0.77", 50002, "10.0.0.8", 445, 1, Packet.ACK | Packet.PSH, new byte[] {0x77, 1, 2, 3, 4});
        assertThat(run.malformed()).isEqualTo(2);
        Inventory inventory = run.inventory();
        assertThat(frames(inventory, "nbss")).isEqualTo(2); // the third is not NBSS at all: not named
        assertThat(frames(inventory, "smb")).isEqualTo(1);
    }
}
