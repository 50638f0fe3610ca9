package io.plantwatch.decode.telnet;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.support.PortBound;
import io.plantwatch.decode.support.PortSet;
import io.plantwatch.decode.support.ServiceEnd;

/**
 * Telnet (TCP 23): every segment with data is telnet, as in tshark. A login typed in the clear
 * (a line after the server's "login:"/"Username:" prompt, then one after "Password:") is reported
 * as a cleartext-credentials activity naming the user, never the password. Stateless and
 * thread-safe; its flow decoders are not.
 */
public final class TelnetDecoder implements PortBound {
    static final String NAME = "telnet";
    private static final int PORT = 23;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PortSet ports() {
        return PortSet.of(PORT);
    }

    @Override
    public FlowDecoder forFlow(Packet packet) {
        return packet.isTcp() && (packet.srcPort() == PORT || packet.dstPort() == PORT)
                ? new Flow(ServiceEnd.of(packet, PORT)) : null;
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
