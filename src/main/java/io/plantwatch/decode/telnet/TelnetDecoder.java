package io.plantwatch.decode.telnet;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.support.PortSet;
import io.plantwatch.decode.support.ServiceEnd;
import io.plantwatch.decode.support.StreamDecoder;

/**
 * Telnet (TCP 23): every segment with data is telnet, as in tshark. A login typed in the clear
 * (a line after the server's "login:"/"Username:" prompt, then one after "Password:") is reported
 * as a cleartext-credentials activity naming the user, never the password. Stateless and
 * thread-safe; its flow decoders are not.
 */
public final class TelnetDecoder extends StreamDecoder {
    static final String NAME = "telnet";

    public TelnetDecoder() {
        super(NAME, PortSet.of(23));
    }

    @Override
    protected FlowDecoder newFlow(ServiceEnd server) {
        return new Flow(server);
    }

    private static final class Flow implements FlowDecoder {
        private final ServiceEnd server;
        private final TelnetLogin login = new TelnetLogin();
        private boolean rolesTold;

        Flow(ServiceEnd server) {
            this.server = server;
        }

        @Override
        public void onPacket(Packet packet, Observations out) {
            if (packet.payloadLength() == 0) {
                return;
            }
            out.protocol(NAME);
            boolean toServer = server.isDestinationOf(packet);
            if (!rolesTold) {
                server.tellRoles(packet, NAME, out);
                rolesTold = true;
            }
            login.feed(packet.payloadBuffer(), packet.payloadOffset(), packet.payloadLength(), toServer, out);
        }
    }
}
