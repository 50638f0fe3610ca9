package io.plantwatch.simulate.traffic;

import io.plantwatch.simulate.protocol.Arp;
import io.plantwatch.simulate.protocol.Endpoint;
import io.plantwatch.simulate.protocol.FrameBuffer;
import io.plantwatch.simulate.protocol.TcpStream;

import java.util.SplittableRandom;

/**
 * A TCP connection carrying a {@link Dialogue}: optional ARP, the three-way handshake, the opening,
 * cycles at the polling interval, the closing messages, and FIN/FIN/ACK when the capture is about
 * to end or the cycles are used up; then, if asked, a new connection from the next ephemeral port.
 * Sequence and acknowledgement numbers come from {@link TcpStream}, so every segment is consistent.
 * Not thread-safe.
 */
public final class TcpSession extends Conversation {
    private enum Phase { ARP_REQUEST, ARP_REPLY, SYN, SYN_ACK, ACK, OPENING, CYCLE, CLOSING, FIN, FIN_ACK, LAST_ACK, IDLE }

    private final Dialogue dialogue;
    private final SessionTiming timing;
    private final TcpStream stream;
    private final SplittableRandom random;
    private final int firstPort;
    private final long networkDelay;
    private Phase phase;
    private int message;
    private long cycle;
    private long cycleStart;
    private int connections;
    private boolean previousFromClient;

    public TcpSession(long start, Dialogue dialogue, SessionTiming timing, TcpStream stream, int firstClientPort,
                      SplittableRandom random) {
        super(start);
        this.dialogue = dialogue;
        this.timing = timing;
        this.stream = stream;
        this.random = random;
        this.firstPort = firstClientPort;
        this.networkDelay = 150_000 + random.nextInt(600_000);
        this.phase = timing.arpFirst() ? Phase.ARP_REQUEST : Phase.SYN;
        reopen();
    }

    @Override
    public long step(long now, Traffic traffic) {
        FrameBuffer fb = traffic.frame();
        switch (phase) {
            case ARP_REQUEST:
                Arp.request(fb, stream.client().mac(), stream.client().ip(), stream.server().ip());
                traffic.send(now, stream.client(), Endpoint.broadcastIn(stream.client().zone()));
                phase = Phase.ARP_REPLY;
                return now + networkDelay;
            case ARP_REPLY:
                Arp.reply(fb, stream.server().mac(), stream.server().ip(), stream.client().mac(), stream.client().ip());
                traffic.send(now, stream.server(), stream.client());
                phase = Phase.SYN;
                return now + 40_000;
            case SYN:
                segment(traffic, now, true, TcpStream.SYN);
                phase = Phase.SYN_ACK;
                return now + networkDelay;
            case SYN_ACK:
                segment(traffic, now, false, TcpStream.SYN | TcpStream.ACK);
                phase = Phase.ACK;
                return now + networkDelay / 4;
            case ACK:
                segment(traffic, now, true, TcpStream.ACK);
                previousFromClient = true;
                message = 0;
                phase = Phase.OPENING;
                return now + 200_000;
            case OPENING:
                return opening(now, traffic);
            case CYCLE:
                return cycle(now, traffic);
            case CLOSING:
                return closing(now, traffic);
            case FIN:
                segment(traffic, now, true, TcpStream.FIN_ACK);
                phase = Phase.FIN_ACK;
                return now + networkDelay;
            case FIN_ACK:
                segment(traffic, now, false, TcpStream.FIN_ACK);
                phase = Phase.LAST_ACK;
                return now + networkDelay / 4;
            case LAST_ACK:
                segment(traffic, now, true, TcpStream.ACK);
                if (timing.reconnectNanos() > 0) {
                    long next = now + timing.reconnectNanos() / 2 + random.nextLong(Math.max(1, timing.reconnectNanos()));
                    if (next + 10 * timing.intervalNanos() < traffic.closeAt()) {
                        phase = Phase.IDLE;
                        return next;
                    }
                }
                return NEVER;
            case IDLE:
                reopen();
                return step(now, traffic);
            default:
                throw new IllegalStateException(phase.name());
        }
    }

    private long opening(long now, Traffic traffic) {
        if (message < dialogue.openingLength()) {
            boolean fromClient = dialogue.openingFromClient(message);
            data(traffic, fromClient);
            dialogue.writeOpening(message, traffic.frame());
            finish(traffic, now);
            message++;
            if (message < dialogue.openingLength()) {
                return now + gap(dialogue.openingFromClient(message));
            }
            return afterOpening(now, traffic);
        }
        return afterOpening(now, traffic);
    }

    private long afterOpening(long now, Traffic traffic) {
        message = 0;
        cycle = 0;
        if (dialogue.cycleLength() == 0 || timing.cyclesPerConnection() == 0) {
            return beginClosing(now + 1_000_000);
        }
        cycleStart = now + 1_000_000 + random.nextLong(Math.max(1, timing.intervalNanos()));
        if (cycleStart >= traffic.closeAt()) {
            return beginClosing(now + 1_000_000);
        }
        phase = Phase.CYCLE;
        return cycleStart;
    }

    private long cycle(long now, Traffic traffic) {
        boolean fromClient = dialogue.cycleFromClient(message);
        data(traffic, fromClient);
        dialogue.writeCycle(message, cycle, traffic.frame());
        finish(traffic, now);
        message++;
        if (message < dialogue.cycleLength()) {
            return now + gap(dialogue.cycleFromClient(message));
        }
        message = 0;
        cycle++;
        long interval = timing.intervalNanos();
        cycleStart += interval + random.nextLong(Math.max(1, interval / 50)) - interval / 100;
        boolean used = timing.cyclesPerConnection() > 0 && cycle >= timing.cyclesPerConnection();
        if (used || cycleStart >= traffic.closeAt()) {
            return beginClosing(Math.max(now + 1_000_000, Math.min(cycleStart, traffic.closeAt())));
        }
        return Math.max(cycleStart, now + 1);
    }

    private long beginClosing(long at) {
        message = 0;
        phase = dialogue.closingLength() > 0 ? Phase.CLOSING : Phase.FIN;
        return at;
    }

    private long closing(long now, Traffic traffic) {
        boolean fromClient = dialogue.closingFromClient(message);
        data(traffic, fromClient);
        dialogue.writeClosing(message, traffic.frame());
        finish(traffic, now);
        message++;
        if (message < dialogue.closingLength()) {
            return now + gap(dialogue.closingFromClient(message));
        }
        phase = Phase.FIN;
        return now + 500_000;
    }

    /** A reply waits for the network and the peer; a second message from the same side follows at once. */
    private long gap(boolean nextFromClient) {
        return nextFromClient == previousFromClient ? 30_000 + random.nextInt(40_000)
                : networkDelay + random.nextInt(3_000_000);
    }

    private void data(Traffic traffic, boolean fromClient) {
        previousFromClient = fromClient;
        if (fromClient) {
            stream.fromClient(traffic.frame(), TcpStream.PSH_ACK);
        } else {
            stream.fromServer(traffic.frame(), TcpStream.PSH_ACK);
        }
    }

    private void finish(Traffic traffic, long now) {
        stream.finish(traffic.frame());
        traffic.send(now, stream.from(), stream.to());
    }

    private void segment(Traffic traffic, long now, boolean fromClient, int flags) {
        if (fromClient) {
            stream.fromClient(traffic.frame(), flags);
        } else {
            stream.fromServer(traffic.frame(), flags);
        }
        finish(traffic, now);
    }

    private void reopen() {
        int port = firstPort + connections % 4000;
        connections++;
        stream.reopen(port, random.nextLong(), random.nextLong(), random.nextInt());
        phase = phase == Phase.IDLE ? Phase.SYN : phase;
    }
}
