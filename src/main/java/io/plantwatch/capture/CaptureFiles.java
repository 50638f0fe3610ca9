package io.plantwatch.capture;

import io.plantwatch.capture.internal.ByteInput;
import io.plantwatch.capture.internal.MappedInput;
import io.plantwatch.capture.internal.PcapReader;
import io.plantwatch.capture.internal.PcapngReader;
import io.plantwatch.capture.internal.StreamInput;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens capture files by their content, not their name: classic pcap, pcapng, and either of them
 * gzip-compressed. Uncompressed files are memory-mapped.
 */
public final class CaptureFiles {
    private static final int GZIP_MAGIC = 0x1F8B;

    private CaptureFiles() {
    }

    public static FrameSource open(Path file) throws CaptureException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new CaptureException(name + ": " + (Files.exists(file) ? "not a regular file" : "no such file"));
        }
        if (!Files.isReadable(file)) {
            throw new CaptureException(name + ": permission denied");
        }
        ByteInput input = null;
        try {
            input = new MappedInput(file);
            if (input.ensure(0, 2) && (input.buffer().getShort(input.indexOf(0)) & 0xFFFF) == GZIP_MAGIC) {
                input.close();
                InputStream gzip = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), 1 << 16);
                input = new StreamInput(gzip);
            }
            return open(name, input);
        } catch (CaptureException e) {
            closeQuietly(input);
            throw e;
        } catch (NoSuchFileException e) {
            closeQuietly(input);
            throw new CaptureException(name + ": no such file", e);
        } catch (IOException e) {
            closeQuietly(input);
            throw new CaptureException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static FrameSource open(String name, ByteInput input) throws IOException {
        if (!input.ensure(0, 4)) {
            throw new CaptureException(name + ": not a capture file (only " + input.available() + " bytes)");
        }
        ByteBuffer b = input.buffer();
        int magic = b.getInt(input.indexOf(0));
        if (magic == PcapngReader.SECTION_HEADER) {
            return new PcapngReader(name, input);
        }
        if (PcapReader.isMagic(magic) || PcapReader.isMagic(Integer.reverseBytes(magic))) {
            return new PcapReader(name, input);
        }
        throw new CaptureException(name + ": not a pcap or pcapng file (starts with 0x"
                + String.format("%08x", magic) + ")");
    }

    private static void closeQuietly(ByteInput input) {
        if (input != null) {
            try {
                input.close();
            } catch (IOException ignored) {
                // already failing with a clearer message
            }
        }
    }
}
