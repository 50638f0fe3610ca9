package io.plantwatch.simulate;

import io.plantwatch.capture.CaptureFiles;
import io.plantwatch.capture.FrameSource;
import io.plantwatch.capture.FrameHandler;
import io.plantwatch.capture.Frame;
import io.plantwatch.capture.CaptureProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A seed always gives the same bytes; another seed gives another plant. */
class SimulationDeterminismTest {
    @TempDir
    Path dir;

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws Exception {
        PlantSimulator simulator = new PlantSimulator();
        SimulationSpec spec = SimulationSpec.of("factory", 120, 45, 42);
        SimulationResult a = simulator.write(spec, dir.resolve("a.pcap"));
        SimulationResult b = simulator.write(spec, dir.resolve("b.pcap"));
        SimulationResult c = simulator.write(SimulationSpec.of("factory", 120, 45, 43), dir.resolve("c.pcap"));

        assertThat(Files.mismatch(a.files().get(0), b.files().get(0))).isEqualTo(-1L);
        assertThat(Files.readString(a.truthFile()).replace("a.pcap", "x"))
                .isEqualTo(Files.readString(b.truthFile()).replace("b.pcap", "x"));
        assertThat(Files.mismatch(a.files().get(0), c.files().get(0))).isNotEqualTo(-1L);
        assertThat(c.truth().devices().get(5).macs()).isNotEqualTo(a.truth().devices().get(5).macs());
    }

    @Test
    void pcapngHoldsTheSameFramesAsPcap() throws Exception {
        PlantSimulator simulator = new PlantSimulator();
        SimulationSpec spec = SimulationSpec.of("building", 60, 20, 9);
        SimulationResult pcap = simulator.write(spec, dir.resolve("p.pcap"));
        SimulationResult pcapng = simulator.write(spec, dir.resolve("p.pcapng"));

        assertThat(frames(pcapng.files().get(0))).isEqualTo(frames(pcap.files().get(0))).isEqualTo(pcap.packets());
        assertThat(Files.readAllBytes(pcapng.files().get(0))).startsWith(0x0A, 0x0D, 0x0D, 0x0A);
    }

    private static long frames(Path file) throws Exception {
        long[] count = new long[2];
        try (FrameSource source = CaptureFiles.open(file)) {
            source.forEach(new FrameHandler() {
                @Override
                public void onFrame(Frame frame) {
                    count[0]++;
                }

                @Override
                public void onProblem(CaptureProblem problem) {
                    count[1]++;
                }
            });
        }
        assertThat(count[1]).as("problems reading " + file).isZero();
        return count[0];
    }
}
