package io.plantwatch.capture;

import io.plantwatch.testing.CaptureBuilder;
import io.plantwatch.testing.CollectedFrames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.ByteOrder;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PcapReaderTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"LITTLE_ENDIAN,false", "BIG_ENDIAN,false", "LITTLE_ENDIAN,true", "BIG_ENDIAN,true"})
    void readsBothByteOrdersAndResolutions(String order, boolean nanos) throws Exception {
        ByteOrder byteOrder = order.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        Path file = CaptureBuilder.pcap(byteOrder, nanos, 65535, LinkType.ETHERNET)
                .record(1_500_000_000L, 123_456, new byte[] {1, 2, 3}, 60)
                .record(1_500_000_001L, 999_999, new byte[] {4}, 4)
                .write(dir.resolve("f.pcap"));

        CollectedFrames read = CollectedFrames.read(file);

        assertThat(read.problems).isEmpty();
        assertThat(read.frames).hasSize(2);
        CollectedFrames.Copy first = read.frames.get(0);
        assertThat(first.data()).containsExactly(1, 2, 3);
        assertThat(first.originalLength()).isEqualTo(60);
        assertThat(first.linkType()).isEqualTo(LinkType.ETHERNET);
        long fraction = nanos ? 123_456 : 123_456_000;
        assertThat(first.timestampNanos()).isEqualTo(1_500_000_000_000_000_000L + fraction);
        assertThat(read.frames.get(1).sourceOffset()).isEqualTo(24 + 16 + 3);
    }

    @Test
    void zeroLengthRecordIsAFrame() throws Exception {
        Path file = CaptureBuilder.pcap(ByteOrder.LITTLE_ENDIAN, false, 65535, LinkType.ETHERNET)
                .record(1, 0, new byte[0], 0)
                .record(2, 0, new byte[] {9}, 1)
                .write(dir.resolve("zero.pcap"));

        CollectedFrames read = CollectedFrames.read(file);

        assertThat(read.frames).hasSize(2);
        assertThat(read.problems).isEmpty();
    }

    @Test
    void recordRunningPastTheEndIsReportedWithItsOffset() throws Exception {
        Path file = CaptureBuilder.pcap(ByteOrder.LITTLE_ENDIAN, false, 65535, LinkType.ETHERNET)
                .record(1, 0, new byte[] {1, 2}, 2)
                .rawRecord(2, 100, 100, new byte[10])
                .write(dir.resolve("truncated.pcap"));

        CollectedFrames read = CollectedFrames.read(file);

        assertThat(read.frames).hasSize(1);
        assertThat(read.problems).singleElement().satisfies(p -> {
            assertThat(p.offset()).isEqualTo(24 + 16 + 2);
            assertThat(p.fatal()).isTrue();
            assertThat(p.message()).contains("truncated record").contains("116").contains("26");
        });
    }

    @Test
    void absurdRecordLengthStopsReadingWithAClearMessage() throws Exception {
        Path file = CaptureBuilder.pcap(ByteOrder.LITTLE_ENDIAN, false, 65535, LinkType.ETHERNET)
                .record(1, 0, new byte[] {1}, 1)
                .rawRecord(2, 0x7FFF_0000, 60, new byte[64])
                .write(dir.resolve("absurd.pcap"));

        CollectedFrames read = CollectedFrames.read(file);

        assertThat(read.frames).hasSize(1);
        assertThat(read.problems).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("exceeds the maximum");
            assertThat(p.offset()).isEqualTo(24 + 17);
        });
    }

    @Test
    void recordLargerThanSnapLengthIsReadWithAWarning() throws Exception {
        Path file = CaptureBuilder.pcap(ByteOrder.LITTLE_ENDIAN, false, 4, LinkType.ETHERNET)
                .record(1, 0, new byte[10], 10)
                .record(1, 0, new byte[10], 10)
                .write(dir.resolve("snap.pcap"));

        CollectedFrames read = CollectedFrames.read(file);

        assertThat(read.frames).hasSize(2);
        assertThat(read.problems).singleElement().satisfies(p -> {
            assertThat(p.fatal()).isFalse();
            assertThat(p.message()).contains("snapshot length 4");
        });
    }

    @Test
    void unknownLinkTypeIsCountedAndNamed() throws Exception {
        Path file = CaptureBuilder.pcap(ByteOrder.LITTLE_ENDIAN, false, 65535, 147)
                .record(1, 0, new byte[] {1, 2, 3}, 3)
                .write(dir.resolve("user0.pcap"));

        CollectedFrames read = CollectedFrames.read(file);

        assertThat(read.frames).hasSize(1);
        assertThat(read.problems).singleElement().satisfies(p -> assertThat(p.message()).contains("link type 147"));
    }

    @Test
    void headerOnlyFileHasNoFramesAndNoProblems() throws Exception {
        Path file = CaptureBuilder.pcap(ByteOrder.LITTLE_ENDIAN, false, 65535, LinkType.ETHERNET)
                .write(dir.resolve("empty.pcap"));

        CollectedFrames read = CollectedFrames.read(file);

        assertThat(read.frames).isEmpty();
        assertThat(read.problems).isEmpty();
    }

    @Test
    void partialRecordHeaderAtTheEndIsReported() throws Exception {
        Path file = CaptureBuilder.pcap(ByteOrder.LITTLE_ENDIAN, false, 65535, LinkType.ETHERNET)
                .record(1, 0, new byte[] {1}, 1)
                .raw(new byte[7])
                .write(dir.resolve("tail.pcap"));

        CollectedFrames read = CollectedFrames.read(file);

        assertThat(read.frames).hasSize(1);
        assertThat(read.problems).singleElement().satisfies(p -> assertThat(p.offset()).isEqualTo(41));
    }
}
