package io.plantwatch.inventory;

/** Which end of a flow is the server, and how that was decided. */
record FlowRole(boolean serverIsB, boolean fromHandshake, boolean fromPorts) {

    static FlowRole of(Flow flow) {
        if (flow.synFromA || flow.synAckFromB) {
            return new FlowRole(true, true, false);
        }
        if (flow.synFromB || flow.synAckFromA) {
            return new FlowRole(false, true, false);
        }
        if (flow.hasPorts()) {
            Boolean byPorts = ServicePorts.serverIsB(flow.aPort, flow.bPort);
            if (byPorts != null) {
                return new FlowRole(byPorts, false, true);
            }
        }
        return new FlowRole(!flow.firstFromA, false, false);
    }

    /**
     * Whether the server's port answered, i.e. is open: a SYN-ACK when the handshake was seen
     * (a SYN answered by a reset is a closed port); otherwise traffic back from a port that the
     * ports alone name as the server's.
     */
    boolean serverAnswered(Flow flow) {
        if (!flow.hasPorts()) {
            return false;
        }
        if (fromHandshake) {
            return serverIsB ? flow.synAckFromB : flow.synAckFromA;
        }
        long fromServer = serverIsB ? flow.packetsFromB : flow.packetsFromA;
        return fromServer > 0 && (fromPorts || flow.aPort == flow.bPort && ServicePorts.isKnown(flow.aPort));
    }
}
