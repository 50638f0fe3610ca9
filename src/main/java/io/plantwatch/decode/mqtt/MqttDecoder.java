package io.plantwatch.decode.mqtt;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.PduFramer;
import io.plantwatch.decode.support.PduStreams;
import io.plantwatch.decode.support.PortSet;
import io.plantwatch.decode.support.ServiceEnd;
import io.plantwatch.decode.support.StreamDecoder;

import java.nio.ByteBuffer;

/**
 * MQTT (TCP 1883), versions 3.1, 3.1.1 and 5: control packets cut from the stream by their
 * remaining-length field and read by {@link MqttPacket}. Stateless and thread-safe; its flow
 * decoders are not.
 */
public final class MqttDecoder extends StreamDecoder {
    static final String NAME = "mqtt";

    /** Fixed header: one byte, then the remaining length in 1 to 4 base-128 digits. */
    static final PduFramer FRAMER = (buffer, offset, available) -> {
        int remaining = 0;
        for (int i = 0; i < 4; i++) {
            if (1 + i >= available) {
                return PduFramer.NEED_MORE;
            }
            int digit = buffer.get(offset + 1 + i) & 0xFF;
            remaining |= (digit & 0x7F) << (7 * i);
            if ((digit & 0x80) == 0) {
                return 2 + i + remaining;
            }
        }
        return PduFramer.NOT_MINE;
    };

    public MqttDecoder() {
        super(NAME, PortSet.of(1883));
    }

    @Override
    protected FlowDecoder newFlow(ServiceEnd server) {
        return new Flow(server);
    }

    private static final class Flow implements FlowDecoder {
        private final PduStreams streams;
        private final MqttPacket reader = new MqttPacket();
        private Observations out = Observations.NONE;

        Flow(ServiceEnd broker) {
            this.streams = new PduStreams(broker, FRAMER, this::pdu);
        }

        @Override
        public void onPacket(Packet packet, Observations out) {
            if (this.out != out) { // once: a store per packet into this old object dirties a GC card
                this.out = out;
            }
            streams.onSegment(packet);
        }

        private void pdu(ByteBuffer buffer, int offset, int length, Packet packet) {
            out.protocol(NAME);
            reader.read(buffer, offset, length, streams.server().isDestinationOf(packet), out);
        }
    }
}
