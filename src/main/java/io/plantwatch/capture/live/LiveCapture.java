package io.plantwatch.capture.live;

import io.plantwatch.capture.CaptureException;
import io.plantwatch.capture.Frame;
import io.plantwatch.capture.FrameHandler;
import io.plantwatch.capture.FrameSource;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapNetworkInterface;

import java.nio.ByteBuffer;
import java.sql.Timestamp;

/**
 * Live capture on an interface through pcap4j (libpcap), as a {@link FrameSource}: the same
 * pipeline as for files. Frames are delivered until {@link #stop()}; each frame is a copy libpcap
 * made, wrapped without a further copy. {@link #forEach} runs on one thread; {@link #stop()},
 * {@link #drops()} and {@link #position()} are safe from any thread.
 */
public final class LiveCapture implements FrameSource {
    private static final int SNAP_LENGTH = 65_535;
    private static final int READ_TIMEOUT_MILLIS = 100;
    private static final int BUFFER_BYTES = 16 * 1024 * 1024;

    private final String interfaceName;
    private final PcapHandle handle;
    private volatile boolean stopping;
    private volatile long bytes;
    private volatile long lastDrops;

    private LiveCapture(String interfaceName, PcapHandle handle) {
        this.interfaceName = interfaceName;
        this.handle = handle;
    }

    /**
     * Opens the interface for capture (promiscuous); fails with a message that says what to do
     * when libpcap is missing, the interface does not exist, or capture is not permitted.
     */
    public static LiveCapture open(String interfaceName) throws CaptureException {
        try {
            PcapHandle handle = new PcapHandle.Builder(interfaceName).snaplen(SNAP_LENGTH)
                    .promiscuousMode(PcapNetworkInterface.PromiscuousMode.PROMISCUOUS)
                    .timeoutMillis(READ_TIMEOUT_MILLIS).bufferSize(BUFFER_BYTES)
                    .timestampPrecision(PcapHandle.TimestampPrecision.NANO).build();
            return new LiveCapture(interfaceName, handle);
        } catch (PcapNativeException e) {
            throw new CaptureException(LiveCaptureProblems.explain(interfaceName, e.getMessage()), e);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new CaptureException(LiveCaptureProblems.libpcapMissing(), e);
        } catch (RuntimeException e) {
            // pcap4j wraps a failed library load in runtime errors of its own
            throw new CaptureException(LiveCaptureProblems.explain(interfaceName, String.valueOf(e.getMessage())), e);
        }
    }

    @Override
    public String name() {
        return interfaceName;
    }

    @Override
    public void forEach(FrameHandler handler) throws CaptureException {
        Frame frame = new Frame();
        int linkType = handle.getDlt().value();
        try {
            while (!stopping) {
                byte[] data = handle.getNextRawPacket();
                if (data == null) {
                    if (handler instanceof IdleListener idle) {
                        idle.onIdle();
                    }
                    continue; // read timeout: look at the stop flag again
                }
                Timestamp ts = handle.getTimestamp();
                long nanos = ts.getTime() / 1000 * 1_000_000_000L + ts.getNanos();
                Integer original = handle.getOriginalLength();
                bytes += data.length;
                handler.onFrame(frame.set(ByteBuffer.wrap(data), 0, data.length,
                        original == null ? data.length : original, nanos, linkType, bytes));
            }
        } catch (NotOpenException e) {
            if (!stopping) {
                throw new CaptureException(interfaceName + ": capture closed unexpectedly", e);
            }
        }
    }

    /** Frames libpcap or the kernel dropped so far (0 when it cannot say). */
    public long drops() {
        try {
            lastDrops = handle.getStats().getNumPacketsDropped();
        } catch (PcapNativeException | NotOpenException | RuntimeException e) {
            // keep the last count
        }
        return lastDrops;
    }

    @Override
    public void stop() {
        stopping = true;
    }

    @Override
    public long position() {
        return bytes;
    }

    @Override
    public long size() {
        return -1;
    }

    @Override
    public void close() {
        stopping = true;
        handle.close();
    }
}
