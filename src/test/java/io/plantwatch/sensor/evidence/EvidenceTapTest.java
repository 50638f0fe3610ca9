package io.plantwatch.sensor.evidence;

import io.plantwatch.capture.FrameHandler;
import io.plantwatch.capture.FrameSource;
import io.plantwatch.capture.live.IdleListener;
import io.plantwatch.detect.evidence.PacketRing;
import io.plantwatch.sensor.pipeline.FrameSources;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tap must be invisible to the pipeline: a default method of {@link FrameSources} it does not
 * pass on, or a live capture's idle call it swallows, silently changed how a live sensor publishes
 * (it published nothing on loopback until both were passed on).
 */
class EvidenceTapTest {

    @Test
    void passesOnEveryMethodOfTheSources() throws Exception {
        for (Method m : FrameSources.class.getMethods()) {
            assertThat(EvidenceTap.class.getDeclaredMethod(m.getName(), m.getParameterTypes()))
                    .as("EvidenceTap passes on %s", m.getName()).isNotNull();
        }
        FrameSources live = new FrameSources() {
            @Override
            public FrameSource next() {
                return null;
            }

            @Override
            public boolean live() {
                return true;
            }

            @Override
            public double speed() {
                return 2.5;
            }

            @Override
            public long drops() {
                return 7;
            }
        };
        EvidenceTap tap = new EvidenceTap(live, new PacketRing(16, 1 << 16));
        assertThat(tap.live()).isTrue();
        assertThat(tap.speed()).isEqualTo(2.5);
        assertThat(tap.drops()).isEqualTo(7);
    }

    @Test
    void passesOnIdleCallsOfLiveCapture() throws Exception {
        List<String> heard = new ArrayList<>();
        FrameSource idleOnce = new FrameSource() {
            @Override
            public String name() {
                return "idle";
            }

            @Override
            public void forEach(FrameHandler handler) {
                ((IdleListener) handler).onIdle();
            }

            @Override
            public void stop() {
            }

            @Override
            public long position() {
                return 0;
            }

            @Override
            public long size() {
                return 0;
            }

            @Override
            public void close() {
            }
        };
        FrameSources one = () -> idleOnce;
        class Listening implements FrameHandler, IdleListener {
            @Override
            public void onFrame(io.plantwatch.capture.Frame frame) {
                heard.add("frame");
            }

            @Override
            public void onIdle() {
                heard.add("idle");
            }
        }
        new EvidenceTap(one, new PacketRing(16, 1 << 16)).next().forEach(new Listening());
        assertThat(heard).containsExactly("idle");
    }
}
