package io.plantwatch.capture.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class MappedInputTest {
    @TempDir
    Path dir;

    /** A file big enough for the page toucher, read through windows smaller than the file. */
    @Test
    void readsEveryByteAcrossWindowsWhileTouchingPagesAhead() throws IOException {
        byte[] content = new byte[40 << 20];
        new Random(7).nextBytes(content);
        Path file = Files.write(dir.resolve("big.bin"), content);

        long expected = 0;
        for (byte b : content) {
            expected = expected * 31 + b;
        }
        long actual = 0;
        try (MappedInput input = new MappedInput(file, 17L << 20)) {
            for (long at = 0; at < content.length; at += 4096) {
                int length = (int) Math.min(4096, content.length - at);
                assertThat(input.ensure(at, length)).isTrue();
                ByteBuffer b = input.buffer();
                int i = input.indexOf(at);
                for (int n = 0; n < length; n++) {
                    actual = actual * 31 + b.get(i + n);
                }
            }
            assertThat(input.ensure(content.length - 1, 2)).isFalse();
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void closingWhileThePagesAreStillBeingTouchedEndsTheToucher() throws Exception {
        Path file = Files.write(dir.resolve("big.bin"), new byte[64 << 20]);
        MappedInput input = new MappedInput(file);
        assertThat(input.ensure(0, 16)).isTrue();
        input.close();

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (touchers() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(touchers()).as("page-toucher threads still running after close").isZero();
    }

    private static long touchers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("page-toucher ") && t.isAlive()).count();
    }
}
