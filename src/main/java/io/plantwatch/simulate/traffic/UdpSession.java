package io.plantwatch.simulate.traffic;

import io.plantwatch.simulate.protocol.Endpoint;
import io.plantwatch.simulate.protocol.FrameBuffer;
import io.plantwatch.simulate.protocol.UdpDatagram;

import java.util.SplittableRandom;

/**
 * Request/response over UDP carrying a {@link Dialogue} (opening once, then cycles), from a fixed
 * client port or, like DNS resolvers, a new one every cycle (each cycle a new flow). Not
 * thread-safe.
 */
public final class UdpSession extends Conversation {
    private final Dialogue dialogue;
    private final Endpoint client;
    private final Endpoint server;
    private final int serverPort;
    private final boolean newPortPerCycle;
    private final long intervalNanos;
    private final SplittableRandom random;
    private int clientPort;
    private int ipId;
    private boolean opening = true;
    private int message;
    private long cycle;
    private long cycleStart;

    public UdpSession(long start, Dialogue dialogue, Endpoint client, int clientPort, Endpoint server, int serverPort,
                      boolean newPortPerCycle, double intervalSeconds, SplittableRandom random) {
        super(start);
        this.dialogue = dialogue;
        this.client = client;
        this.server = server;
        this.clientPort = clientPort;
        this.serverPort = serverPort;
        this.newPortPerCycle = newPortPerCycle;
        this.intervalNanos = SessionTiming.nanos(intervalSeconds);
        this.random = random;
        this.ipId = random.nextInt(0x10000);
        this.cycleStart = start;
    }

    @Override
    public long step(long now, Traffic traffic) {
        if (opening && message >= dialogue.openingLength()) {
            opening = false;
            message = 0;
            cycleStart = now + random.nextLong(Math.max(1, intervalNanos));
            return dialogue.cycleLength() == 0 || cycleStart >= traffic.closeAt() ? NEVER : cycleStart;
        }
        boolean fromClient = opening ? dialogue.openingFromClient(message) : dialogue.cycleFromClient(message);
        FrameBuffer fb = traffic.frame();
        if (fromClient) {
            UdpDatagram.start(fb, traffic.routing(), client, clientPort, server, serverPort, ipId++);
        } else {
            UdpDatagram.start(fb, traffic.routing(), server, serverPort, client, clientPort, ipId + 7919);
        }
        if (opening) {
            dialogue.writeOpening(message, fb);
        } else {
            dialogue.writeCycle(message, cycle, fb);
        }
        fb.finish();
        traffic.send(now, fromClient ? client : server, fromClient ? server : client);
        message++;
        int length = opening ? dialogue.openingLength() : dialogue.cycleLength();
        if (message < length) {
            return now + 200_000 + random.nextInt(2_000_000);
        }
        if (opening) {
            return now + 1_000_000;
        }
        message = 0;
        cycle++;
        if (newPortPerCycle) {
            clientPort = 49152 + random.nextInt(16_000);
        }
        cycleStart += intervalNanos + random.nextLong(Math.max(1, intervalNanos / 10)) - intervalNanos / 20;
        return cycleStart >= traffic.closeAt() ? NEVER : Math.max(cycleStart, now + 1);
    }
}
