package io.plantwatch.analysis;

import io.plantwatch.capture.CaptureException;
import io.plantwatch.capture.CaptureFiles;
import io.plantwatch.capture.CaptureProblem;
import io.plantwatch.capture.Frame;
import io.plantwatch.capture.FrameHandler;
import io.plantwatch.capture.FrameSource;
import io.plantwatch.decode.DecoderRegistry;
import io.plantwatch.inventory.InventoryBuilder;
import io.plantwatch.inventory.TrafficCollector;
import io.plantwatch.inventory.classify.StandardClassifier;
import io.plantwatch.testing.CaptureBuilder;
import io.plantwatch.testing.CollectedFrames;
import io.plantwatch.testing.SharedData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Damaged captures must never break analysis: each shared capture is mutated many times (bit
 * flips, truncation, corrupted record and header length fields), seeded so any failure can be
 * replayed, and analysed with every decoder. No exception may escape a reader or decoder, and
 * every run must end.
 *
 * <p>Frames are handed to the engine in buffers of exactly their captured size, so a decoder that
 * reads past its frame fails here instead of silently reading the next record of a mapped file.
 */
class CaptureFuzzTest {
    private static final long SEED = 20261129L;
    private static final int MUTATIONS_PER_CAPTURE = 120;
    /** Large captures are cut to this before mutating: the records are alike, the cost is not. */
    private static final int MAX_BYTES = 256 * 1024;
    /** A hang guard, not a speed requirement: one mutated capture takes milliseconds. */
    private static final Duration MUST_END_WITHIN = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> mutatedCapturesNeverBreakAnalysis() {
        return SharedData.capturesWithTruth().stream().map(capture -> DynamicTest.dynamicTest(
                SharedData.pcaps().relativize(capture).toString(), () -> fuzz(capture)));
    }

    private void fuzz(Path capture) throws IOException {
        byte[] original = Files.readAllBytes(capture);
        CollectedFrames frames = CollectedFrames.read(capture);
        List<Long> records = recordOffsets(frames);
        boolean pcapng = original.length >= 4 && original[0] == 0x0A && original[1] == 0x0D;
        ByteOrder order = byteOrder(original, pcapng);
        if (original.length > MAX_BYTES) {
            original = Arrays.copyOf(original, MAX_BYTES);
        }
        Random random = new Random(SEED ^ capture.getFileName().toString().hashCode());
        for (int i = 0; i < MUTATIONS_PER_CAPTURE; i++) {
            Mutation mutation = Mutation.values()[i % Mutation.values().length];
            byte[] mutated = mutation == Mutation.FRAME_CUTS ? cutFrames(frames, random)
                    : mutation.apply(original, records, pcapng, order, random);
            Path file = Files.write(dir.resolve("fuzz.pcap"), mutated);
            String replay = capture.getFileName() + " mutation #" + i + " (" + mutation + ", seed " + SEED + ")";
            Throwable escaped = assertTimeoutPreemptively(MUST_END_WITHIN, () -> analyzeStrictly(file),
                    replay + " did not end");
            assertThat(escaped).as(replay + ": exception that escaped a reader or decoder").isNull();
        }
    }

    /** Analyses like {@link Analyzer}, with exact-size frame buffers; returns what was thrown, if anything. */
    private static Throwable analyzeStrictly(Path file) {
        TrafficCollector collector = new TrafficCollector(DecoderRegistry.standard());
        try (FrameSource source = CaptureFiles.open(file)) {
            Frame exact = new Frame();
            source.forEach(new FrameHandler() {
                @Override
                public void onFrame(Frame frame) {
                    ByteBuffer copy = ByteBuffer.wrap(frame.copyBytes());
                    collector.onFrame(exact.set(copy, 0, frame.capturedLength(), frame.originalLength(),
                            frame.timestampNanos(), frame.linkType(), frame.sourceOffset()));
                }

                @Override
                public void onProblem(CaptureProblem problem) {
                    collector.onProblem(problem);
                }
            });
            new InventoryBuilder(new StandardClassifier()).build(collector);
            return null;
        } catch (CaptureException e) {
            return null; // refusing an unreadable file with a message is the right outcome
        } catch (IOException | RuntimeException e) {
            return e;
        }
    }

    private static List<Long> recordOffsets(CollectedFrames frames) {
        List<Long> offsets = new ArrayList<>();
        for (CollectedFrames.Copy frame : frames.frames) {
            if (frame.sourceOffset() < MAX_BYTES - 64) {
                offsets.add(frame.sourceOffset());
            }
        }
        return offsets;
    }

    /**
     * A classic pcap of the capture's frames with some cut short at random, as a snap length or a
     * damaged sender would: every decoder meets every possible end of its headers.
     */
    private static byte[] cutFrames(CollectedFrames frames, Random random) {
        int linkType = frames.frames.isEmpty() ? 1 : frames.frames.get(0).linkType();
        CaptureBuilder out = CaptureBuilder.pcap(ByteOrder.LITTLE_ENDIAN, true, 262_144, linkType);
        int written = 0;
        for (CollectedFrames.Copy frame : frames.frames) {
            if (frame.linkType() != linkType || written > MAX_BYTES) {
                continue;
            }
            byte[] data = frame.data();
            if (random.nextInt(3) == 0 && data.length > 0) {
                data = Arrays.copyOf(data, random.nextInt(data.length));
            }
            int original = random.nextBoolean() ? frame.originalLength() : data.length;
            out.record(frame.timestampNanos() / 1_000_000_000L, frame.timestampNanos() % 1_000_000_000L, data, original);
            written += data.length + 16;
        }
        return out.bytes();
    }

    private static ByteOrder byteOrder(byte[] file, boolean pcapng) {
        int magic = ByteBuffer.wrap(file, pcapng ? 8 : 0, 4).order(ByteOrder.BIG_ENDIAN).getInt();
        boolean big = pcapng ? magic == 0x1A2B3C4D : magic == 0xA1B2C3D4 || magic == 0xA1B23C4D;
        return big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    private enum Mutation {
        FRAME_CUTS {
            @Override
            byte[] apply(byte[] in, List<Long> records, boolean pcapng, ByteOrder order, Random random) {
                throw new UnsupportedOperationException("made from the frames, see cutFrames");
            }
        },
        BIT_FLIPS {
            @Override
            byte[] apply(byte[] in, List<Long> records, boolean pcapng, ByteOrder order, Random random) {
                byte[] out = in.clone();
                int flips = 1 + random.nextInt(32);
                for (int i = 0; i < flips; i++) {
                    int at = random.nextInt(out.length);
                    out[at] ^= (byte) (1 << random.nextInt(8));
                }
                return out;
            }
        },
        TRUNCATION {
            @Override
            byte[] apply(byte[] in, List<Long> records, boolean pcapng, ByteOrder order, Random random) {
                return Arrays.copyOf(in, random.nextInt(in.length));
            }
        },
        RECORD_LENGTH {
            @Override
            byte[] apply(byte[] in, List<Long> records, boolean pcapng, ByteOrder order, Random random) {
                byte[] out = in.clone();
                if (records.isEmpty()) {
                    return out;
                }
                int record = (int) (long) records.get(random.nextInt(records.size()));
                int[] fields = pcapng ? new int[] {4, 20, 24} : new int[] {8, 12};
                int at = record + fields[random.nextInt(fields.length)];
                if (at + 4 <= out.length) {
                    ByteBuffer.wrap(out, at, 4).order(order).putInt(extreme(random));
                }
                return out;
            }
        },
        HEADER_FIELDS {
            @Override
            byte[] apply(byte[] in, List<Long> records, boolean pcapng, ByteOrder order, Random random) {
                byte[] out = in.clone();
                if (records.isEmpty()) {
                    return out;
                }
                for (int n = 0; n < 1 + random.nextInt(4); n++) {
                    int record = (int) (long) records.get(random.nextInt(records.size()));
                    int data = record + (pcapng ? 28 : 16);
                    int at = data + random.nextInt(120);
                    if (at + 2 <= out.length) {
                        ByteBuffer.wrap(out, at, 2).putShort((short) extreme(random));
                    }
                }
                return out;
            }
        };

        abstract byte[] apply(byte[] in, List<Long> records, boolean pcapng, ByteOrder order, Random random);

        static int extreme(Random random) {
            int[] values = {0, 1, -1, 0x7FFFFFFF, 0x80000000, 0xFFFF, 0x10000, 262_145, 65_535, 3, 4, 5};
            return random.nextBoolean() ? values[random.nextInt(values.length)] : random.nextInt();
        }
    }
}
