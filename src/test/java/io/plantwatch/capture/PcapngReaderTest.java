package io.plantwatch.capture;

import io.plantwatch.testing.CaptureBuilder;
import io.plantwatch.testing.CollectedFrames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteOrder;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PcapngReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsSectionsInBothByteOrdersWithTheirOwnInterfaces() throws Exception {
        Path file = CaptureBuilder.pcapng()
                .section(ByteOrder.LITTLE_ENDIAN)
                .interfaceBlock(LinkType.ETHERNET, 65535, -1, 0)          // microseconds by default
                .interfaceBlock(LinkType.LINUX_SLL, 65535, 9, 0)          // nanoseconds
                .enhancedPacket(0, 1_000_000L, new byte[] {1}, 60)
                .enhancedPacket(1, 2_000_000_000L, new byte[] {2, 2}, 2)
                .unknownBlock(0x0BAD, 12)
                .section(ByteOrder.BIG_ENDIAN)
                .interfaceBlock(LinkType.RAW, 65535, 0x80 | 10, 0)        // 2^-10 seconds
                .enhancedPacket(0, 3L << 10 | 512, new byte[] {3, 3, 3}, 3)
                .write(dir.resolve("sections.pcapng"));

        CollectedFrames read = CollectedFrames.read(file);

        assertThat(read.problems).isEmpty();
        assertThat(read.frames).extracting(CollectedFrames.Copy::linkType)
                .containsExactly(LinkType.ETHERNET, LinkType.LINUX_SLL, LinkType.RAW);
        assertThat(read.frames).extracting(CollectedFrames.Copy::timestampNanos)
                .containsExactly(1_000_000_000L, 2_000_000_000L, 3_500_000_000L);
        assertThat(read.frames.get(0).originalLength()).isEqualTo(60);
        assertThat(read.frames.get(2).data()).containsExactly(3, 3, 3);
    }

    @Test
    void readsSimpleAndObsoletePacketBlocksAndTimestampOffsets() throws Exception {
        Path file = CaptureBuilder.pcapng()
                .section(ByteOrder.LITTLE_ENDIAN)
                .interfaceBlock(LinkType.ETHERNET, 4, 3, 100)              // milliseconds, +100 s
                .simplePacket(new byte[] {1, 2, 3, 4, 5, 6}, 6)              // cut to the snap length
                .obsoletePacket(0, 250, new byte[] {7, 8})
                .write(dir.resolve("spb.pcapng"));

        CollectedFrames read = CollectedFrames.read(file);

        assertThat(read.problems).isEmpty();
        assertThat(read.frames).hasSize(2);
        assertThat(read.frames.get(0).data()).containsExactly(1, 2, 3, 4);
        assertThat(read.frames.get(0).originalLength()).isEqualTo(6);
        assertThat(read.frames.get(1).timestampNanos()).isEqualTo(100_250_000_000L);
    }

    @Test
    void packetForAnUndeclaredInterfaceIsSkippedAndReported() throws Exception {
        Path file = CaptureBuilder.pcapng()
                .section(ByteOrder.LITTLE_ENDIAN)
                .interfaceBlock(LinkType.ETHERNET, 65535, -1, 0)
                .enhancedPacket(5, 1, new byte[] {1}, 1)
                .enhancedPacket(0, 1, new byte[] {2}, 1)
                .write(dir.resolve("iface.pcapng"));

        CollectedFrames read = CollectedFrames.read(file);

        assertThat(read.frames).hasSize(1);
        assertThat(read.problems).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("interface 5");
            assertThat(p.fatal()).isFalse();
        });
    }

    @Test
    void damagedBlockLengthStopsReadingAndKeepsWhatWasRead() throws Exception {
        byte[] good = CaptureBuilder.pcapng()
                .section(ByteOrder.LITTLE_ENDIAN)
                .interfaceBlock(LinkType.ETHERNET, 65535, -1, 0)
                .enhancedPacket(0, 1, new byte[] {1}, 1)
                .bytes();
        byte[] bad = {6, 0, 0, 0, 13, 0, 0, 0, 0, 0, 0, 0}; // length 13: not a multiple of 4
        Path file = CaptureBuilder.pcapng().raw(good).raw(bad).write(dir.resolve("bad.pcapng"));

        CollectedFrames read = CollectedFrames.read(file);

        assertThat(read.frames).hasSize(1);
        assertThat(read.problems).singleElement().satisfies(p -> {
            assertThat(p.offset()).isEqualTo(good.length);
            assertThat(p.message()).contains("impossible length 13");
            assertThat(p.fatal()).isTrue();
        });
    }

    @Test
    void capturedLengthLargerThanItsBlockIsDamage() throws Exception {
        byte[] head = CaptureBuilder.pcapng()
                .section(ByteOrder.LITTLE_ENDIAN)
                .interfaceBlock(LinkType.ETHERNET, 65535, -1, 0)
                .bytes();
        byte[] epb = CaptureBuilder.pcapng().section(ByteOrder.LITTLE_ENDIAN)
                .enhancedPacket(0, 1, new byte[] {1, 2, 3, 4}, 4).bytes();
        byte[] onlyEpb = java.util.Arrays.copyOfRange(epb, 28, epb.length); // drop the second section header
        onlyEpb[20] = 100; // captured length 100 in a 36-byte block
        Path file = CaptureBuilder.pcapng().raw(head).raw(onlyEpb).write(dir.resolve("caplen.pcapng"));

        CollectedFrames read = CollectedFrames.read(file);

        assertThat(read.frames).isEmpty();
        assertThat(read.problems).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("captured length 100 is larger than its block"));
    }
}
