package io.plantwatch.inventory;

import java.util.List;

/**
 * One transport conversation (TCP or UDP 5-tuple), or all packets of another IP protocol between
 * two addresses. {@code a} is the client (initiator) where it could be told, {@code b} the server.
 * Times are epoch nanoseconds.
 */
public record Connection(String transport, Endpoint a, Endpoint b, long packets, long bytes,
                         long firstSeen, long lastSeen, List<String> protocols, List<String> commands) {

    /** An address and, for TCP and UDP, a port (else null). */
    public record Endpoint(String ip, Integer port) {
    }
}
