package io.plantwatch.detect.evidence;

import io.plantwatch.analysis.Analyzer;
import io.plantwatch.analysis.Progress;
import io.plantwatch.capture.CaptureFiles;
import io.plantwatch.capture.FrameSource;
import io.plantwatch.detect.Alert;
import io.plantwatch.detect.Rules;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A real capture replayed through the packet ring; the alert analyze raises takes its packets from
 * the ring, and the evidence pcap opens in tshark with the packets that raised it.
 */
class EvidenceTest {
    @TempDir
    Path dir;

    @Test
    void theS7StopEvidenceOpensInTsharkWithThePlcStopRequest() throws IOException {
        Path capture = SharedData.pcap("s7comm/snap7_s300_stop.pcapng");
        Alert stop = alert(capture, Rules.CONTROLLER_STOP);
        List<EvidencePacket> evidence = new EvidenceSelector().select(stop, replay(capture, new PacketRing(10_000, 64 << 20)));
        Path pcap = write(evidence);

        List<String> all = tshark(pcap, null, "frame.time_epoch", "ip.src", "ip.dst");
        assertThat(all).hasSize(evidence.size()).isNotEmpty();
        assertThat(all).allMatch(row -> row.contains("134.249.62.206") && row.contains("134.249.61.163"));
        // s7comm.param.func == 0x29 is PLC Stop: the request from the client is the alert's trigger
        List<String> stops = tshark(pcap, "s7comm.param.func == 0x29 && ip.src == 134.249.62.206", "frame.time_epoch");
        assertThat(stops).isNotEmpty();
        assertThat(Math.round(Double.parseDouble(stops.get(0)) * 1e6)).isEqualTo(stop.time() / 1000);
    }

    @Test
    void theDnp3ColdRestartEvidenceHoldsTheColdRestartRequest() throws IOException {
        Path capture = SharedData.pcap("dnp3/cold_restart_and_response.pcap");
        Path pcap = write(new EvidenceSelector().select(alert(capture, Rules.RESTART),
                replay(capture, new PacketRing(100, 1 << 20))));
        assertThat(tshark(pcap, "dnp3.al.func == 13", "ip.src", "ip.dst"))
                .containsExactly("192.168.60.1\t192.168.60.130");
    }

    @Test
    void theRingKeepsTheNewestWithinItsBounds() throws IOException {
        Path capture = SharedData.pcap("modbus/modbus_test_data_part1.pcap");
        PacketRing ring = new PacketRing(10, 1 << 20);
        List<EvidencePacket> kept = replay(capture, ring);
        assertThat(kept).hasSize(10);
        List<String> lastTen = tshark(capture, null, "frame.time_epoch");
        lastTen = lastTen.subList(lastTen.size() - 10, lastTen.size());
        assertThat(kept.get(0).time() / 1000).isEqualTo(Math.round(Double.parseDouble(lastTen.get(0)) * 1e6));

        PacketRing small = new PacketRing(10_000, 600);
        replay(capture, small);
        assertThat(small.bytes()).isLessThanOrEqualTo(600);
        assertThat(small.size()).isPositive();
        assertThatThrownBy(() -> new PacketRing(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSmallRingWrapsManyTimesAndKeepsTheLatestFramesByteForByte() throws IOException {
        Path capture = SharedData.pcap("modbus/modbus_test_data_part1.pcap");
        List<EvidencePacket> all = replay(capture, new PacketRing(1_000_000, 1L << 30));
        PacketRing ring = new PacketRing(1_000, 3_000); // a few dozen frames: wraps again and again
        List<EvidencePacket> kept = replay(capture, ring);

        assertThat(kept.size()).isBetween(5, 1_000);
        assertThat(ring.bytes()).isLessThanOrEqualTo(3_000)
                .isEqualTo(kept.stream().mapToLong(p -> p.data().length).sum());
        List<EvidencePacket> newest = all.subList(all.size() - kept.size(), all.size());
        for (int i = 0; i < kept.size(); i++) {
            assertThat(kept.get(i).data()).as("frame %d from the end", kept.size() - i).isEqualTo(newest.get(i).data());
            assertThat(kept.get(i).time()).isEqualTo(newest.get(i).time());
            assertThat(kept.get(i).originalLength()).isEqualTo(newest.get(i).originalLength());
        }
        long from = newest.get(1).time();
        long until = newest.get(newest.size() - 2).time();
        assertThat(ring.snapshot(from, until)).as("a time window copies only its frames")
                .allMatch(p -> p.time() >= from && p.time() <= until).isNotEmpty();
    }

    private Path write(List<EvidencePacket> evidence) throws IOException {
        return Files.write(Files.createTempFile(dir, "evidence-", ".pcap"), EvidencePcap.write(evidence));
    }

    private static Alert alert(Path capture, String rule) {
        return Analyzer.standard().analyze(List.of(capture), Progress.NONE).alerts().stream()
                .filter(a -> a.rule().equals(rule)).findFirst().orElseThrow();
    }

    private static List<EvidencePacket> replay(Path capture, PacketRing ring) throws IOException {
        try (FrameSource source = CaptureFiles.open(capture)) {
            source.forEach(ring::add);
        }
        return ring.snapshot();
    }

    private static List<String> tshark(Path pcap, String filter, String... fields) {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/tshark")), "tshark is not installed");
        List<String> command = new ArrayList<>(List.of("tshark", "-n", "-r", pcap.toString(), "-T", "fields"));
        if (filter != null) {
            command.add("-Y");
            command.add(filter);
        }
        for (String f : fields) {
            command.add("-e");
            command.add(f);
        }
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as("tshark opens " + pcap).isZero();
            return out.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
