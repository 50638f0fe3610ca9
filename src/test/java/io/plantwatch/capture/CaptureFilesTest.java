package io.plantwatch.capture;

import io.plantwatch.testing.CollectedFrames;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaptureFilesTest {
    @TempDir
    Path dir;

    @Test
    void gzippedCapturesReadLikeThePlainOnes() throws Exception {
        for (String name : new String[] {"modbus/ModbusTCP.pcap", "s7comm/wincc_s400_production.pcapng",
            "opcua/open62541_client-server_encrypted.pcap"}) {
            Path plain = SharedData.pcap(name);
            Path gzipped = dir.resolve(plain.getFileName() + ".gz");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
                Files.copy(plain, out);
            }

            CollectedFrames a = CollectedFrames.read(plain);
            CollectedFrames b = CollectedFrames.read(gzipped);

            assertThat(b.frames).hasSameSizeAs(a.frames);
            for (int i = 0; i < a.frames.size(); i++) {
                assertThat(b.frames.get(i).data()).isEqualTo(a.frames.get(i).data());
                assertThat(b.frames.get(i).timestampNanos()).isEqualTo(a.frames.get(i).timestampNanos());
            }
        }
    }

    @Test
    void formatIsTakenFromTheContentNotTheName() throws Exception {
        Path pcapngNamedPcap = SharedData.pcap("opcua/open62541_client-server_encrypted.pcap");
        Path pcapNamedPcapng = SharedData.pcap("s7comm/snap7_s300_stop.pcapng");

        assertThat(CollectedFrames.read(pcapngNamedPcap).frames).hasSize(56);
        assertThat(CollectedFrames.read(pcapNamedPcapng).frames).hasSize(2);
    }

    @Test
    void refusesWhatIsNotACaptureWithTheFileAndTheReason() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.pcap"), "hello, this is not a capture");
        Path empty = Files.write(dir.resolve("empty.pcap"), new byte[0]);
        Path shortPcap = Files.write(dir.resolve("short.pcap"), new byte[] {(byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1, 2, 0});

        assertThatThrownBy(() -> CaptureFiles.open(text)).isInstanceOf(CaptureException.class)
                .hasMessageContaining("notes.pcap").hasMessageContaining("not a pcap or pcapng file");
        assertThatThrownBy(() -> CaptureFiles.open(empty)).hasMessageContaining("empty.pcap").hasMessageContaining("0 bytes");
        assertThatThrownBy(() -> CaptureFiles.open(shortPcap)).hasMessageContaining("too short for a pcap header");
        assertThatThrownBy(() -> CaptureFiles.open(dir.resolve("missing.pcap"))).hasMessageContaining("no such file");
        assertThatThrownBy(() -> CaptureFiles.open(dir)).hasMessageContaining("not a regular file");
    }
}
