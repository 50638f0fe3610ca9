package io.plantwatch.capture;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the writers write, the reader reads back: bytes, lengths and microsecond timestamps. */
class CaptureWritersTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"w.pcap", "w.pcapng"})
    void framesReadBackExactly(String name) throws Exception {
        Path file = dir.resolve(name);
        byte[] small = new byte[60];
        byte[] odd = new byte[1515];
        for (int i = 0; i < odd.length; i++) {
            odd[i] = (byte) i;
        }
        small[0] = 7;
        long t1 = 1_740_981_600_123_456_789L;
        long t2 = t1 + 2_000_000_001L;
        try (CaptureWriter w = CaptureWriter.create(file)) {
            w.write(t1, small, 0, small.length);
            w.write(t2, odd, 0, odd.length);
            w.write(t2, odd, 10, 100);
            assertThat(w.packets()).isEqualTo(3);
        }
        List<byte[]> frames = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        try (FrameSource source = CaptureFiles.open(file)) {
            source.forEach(frame -> {
                frames.add(frame.copyBytes());
                times.add(frame.timestampNanos());
                assertThat(frame.originalLength()).isEqualTo(frame.capturedLength());
                assertThat(frame.linkType()).isEqualTo(LinkType.ETHERNET);
            });
        }
        assertThat(frames).hasSize(3);
        assertThat(frames.get(0)).isEqualTo(small);
        assertThat(frames.get(1)).isEqualTo(odd);
        assertThat(frames.get(2)).isEqualTo(java.util.Arrays.copyOfRange(odd, 10, 110));
        assertThat(times).containsExactly(t1 / 1000 * 1000, t2 / 1000 * 1000, t2 / 1000 * 1000);
    }
}
