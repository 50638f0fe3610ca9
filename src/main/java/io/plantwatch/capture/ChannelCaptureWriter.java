package io.plantwatch.capture;

import java.io.IOException;
import java.nio.file.Path;

/** What the pcap and pcapng writers share: the buffered file and the frame count. Not thread-safe. */
abstract class ChannelCaptureWriter implements CaptureWriter {
    final ChannelOutput out;
    long packets;

    ChannelCaptureWriter(Path file) throws IOException {
        out = new ChannelOutput(file);
    }

    @Override
    public final long packets() {
        return packets;
    }

    @Override
    public final long fileBytes() {
        return out.position();
    }

    @Override
    public final void close() throws IOException {
        out.close();
    }
}
