package io.plantwatch.simulate.events;

import io.plantwatch.simulate.protocol.Endpoint;
import io.plantwatch.simulate.protocol.FrameBuffer;
import io.plantwatch.simulate.protocol.TcpStream;
import io.plantwatch.simulate.traffic.Conversation;
import io.plantwatch.simulate.traffic.Traffic;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A TCP SYN scan: for each target and port a SYN; an open port answers SYN-ACK and the scanner
 * resets, a closed one answers RST-ACK. Not thread-safe.
 */
public final class PortScan extends Conversation {
    /** A scanned host and the one port it listens on. */
    public record Target(Endpoint host, int openPort) {
    }

    private final Endpoint scanner;
    private final List<Target> targets;
    private final int[] ports;
    private final SplittableRandom random;
    private final int sourcePort;
    private int probe;
    private int phase;
    private long seq;

    public PortScan(long start, Endpoint scanner, List<Target> targets, int[] ports, SplittableRandom random) {
        super(start);
        this.scanner = scanner;
        this.targets = List.copyOf(targets);
        this.ports = ports.clone();
        this.random = random;
        this.sourcePort = 40_000 + random.nextInt(20_000);
    }

    @Override
    public long step(long now, Traffic traffic) {
        Target target = targets.get(probe / ports.length);
        int port = ports[probe % ports.length];
        boolean open = port == target.openPort();
        FrameBuffer fb = traffic.frame();
        Endpoint host = target.host();
        if (phase == 0) {
            seq = random.nextLong() & 0xFFFF_FFFFL;
            header(fb, traffic, scanner, sourcePort, host, port, seq, 0, TcpStream.SYN, 1024);
            traffic.send(now, scanner, host);
            phase = 1;
            return now + 300_000 + random.nextInt(400_000);
        }
        if (phase == 1) {
            long serverSeq = random.nextLong() & 0xFFFF_FFFFL;
            header(fb, traffic, host, port, scanner, sourcePort, open ? serverSeq : 0, seq + 1,
                    open ? TcpStream.SYN | TcpStream.ACK : TcpStream.RST | TcpStream.ACK, open ? 8192 : 0);
            traffic.send(now, host, scanner);
            if (open) {
                phase = 2;
                return now + 100_000;
            }
        } else {
            header(fb, traffic, scanner, sourcePort, host, port, seq + 1, 0, TcpStream.RST, 0);
            traffic.send(now, scanner, host);
        }
        phase = 0;
        probe++;
        return probe >= targets.size() * ports.length ? NEVER : now + 1_000_000 + random.nextInt(2_000_000);
    }

    private static void header(FrameBuffer fb, Traffic traffic, Endpoint from, int srcPort, Endpoint to, int dstPort,
                               long seq, long ack, int flags, int window) {
        fb.ethernet(traffic.routing().destinationMac(from, to), traffic.routing().sourceMac(from), FrameBuffer.ETHERTYPE_IPV4)
                .ipv4(from.ip(), to.ip(), FrameBuffer.TCP, from.ttl(), (int) (seq & 0xFFFF), true)
                .tcp(srcPort, dstPort, seq, ack, flags, window, (flags & TcpStream.SYN) != 0 && ack == 0 ? 1460 : 0);
        fb.finish();
    }
}
