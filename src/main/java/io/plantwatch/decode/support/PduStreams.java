package io.plantwatch.decode.support;

import io.plantwatch.decode.Packet;
import io.plantwatch.decode.PduFramer;
import io.plantwatch.decode.PduHandler;
import io.plantwatch.decode.TcpPduAssembler;

/**
 * Both directions of one TCP flow cut into PDUs, one {@link TcpPduAssembler} each, told apart by
 * the flow's server end. Not thread-safe; one per flow.
 */
public final class PduStreams {
    private final ServiceEnd server;
    private final TcpPduAssembler toServer;
    private final TcpPduAssembler toClient;

    public PduStreams(ServiceEnd server, PduFramer framer, PduHandler handler) {
        this.server = server;
        this.toServer = new TcpPduAssembler(framer, handler);
        this.toClient = new TcpPduAssembler(framer, handler);
    }

    public void onSegment(Packet packet) {
        (server.isDestinationOf(packet) ? toServer : toClient).onSegment(packet);
    }

    public ServiceEnd server() {
        return server;
    }
}
