package io.plantwatch.sensor.evidence;

import io.plantwatch.capture.live.IdleListener;
import io.plantwatch.capture.CaptureProblem;
import io.plantwatch.capture.Frame;
import io.plantwatch.capture.FrameHandler;
import io.plantwatch.capture.FrameSource;
import io.plantwatch.detect.evidence.PacketRing;
import io.plantwatch.sensor.pipeline.FrameSources;

import java.io.IOException;

/**
 * The sensor's frame sources with every frame also copied into the evidence ring, before the
 * pipeline sees it: the pipeline itself stays as it is. Thread-safe as the wrapped sources are.
 */
public final class EvidenceTap implements FrameSources {
    private final FrameSources sources;
    private final PacketRing ring;

    public EvidenceTap(FrameSources sources, PacketRing ring) {
        this.sources = sources;
        this.ring = ring;
    }

    @Override
    public FrameSource next() throws IOException {
        FrameSource source = sources.next();
        return source == null ? null : new Tapped(source);
    }

    @Override
    public long drops() {
        return sources.drops();
    }

    @Override
    public boolean live() {
        return sources.live();
    }

    @Override
    public double speed() {
        return sources.speed();
    }

    private final class Tapped implements FrameSource {
        private final FrameSource source;

        Tapped(FrameSource source) {
            this.source = source;
        }

        @Override
        public String name() {
            return source.name();
        }

        @Override
        public void forEach(FrameHandler handler) throws IOException {
            source.forEach(new TappedHandler(handler));
        }

        @Override
        public void stop() {
            source.stop();
        }

        @Override
        public long position() {
            return source.position();
        }

        @Override
        public long size() {
            return source.size();
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    /**
     * Copies each frame into the ring, then hands it on; also passes live capture's idle calls on,
     * without which the pipeline would publish nothing on a quiet network.
     */
    private final class TappedHandler implements FrameHandler, IdleListener {
        private final FrameHandler handler;

        TappedHandler(FrameHandler handler) {
            this.handler = handler;
        }

        @Override
        public void onFrame(Frame frame) {
            ring.add(frame);
            handler.onFrame(frame);
        }

        @Override
        public void onProblem(CaptureProblem problem) {
            handler.onProblem(problem);
        }

        @Override
        public void onIdle() {
            if (handler instanceof IdleListener idle) {
                idle.onIdle();
            }
        }
    }
}
