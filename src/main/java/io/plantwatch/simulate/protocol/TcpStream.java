package io.plantwatch.simulate.protocol;

/**
 * One TCP connection's sequence and acknowledgement numbers, so every segment written is
 * consistent: SYN and FIN take one sequence number, data its length, and each segment acknowledges
 * everything the peer has sent. {@link #reopen} starts a new connection on the same pair of hosts
 * (a new flow) without allocating. Not thread-safe.
 */
public final class TcpStream {
    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;
    public static final int PSH_ACK = PSH | ACK;
    public static final int FIN_ACK = FIN | ACK;
    private static final int MSS = 1460;

    private final Routing routing;
    private final Endpoint client;
    private final Endpoint server;
    private final int serverPort;
    private final int clientWindow;
    private final int serverWindow;
    private int clientPort;
    private long clientSeq;
    private long serverSeq;
    private int clientIpId;
    private int serverIpId;
    private boolean lastFromClient;
    private int lastFlags;

    public TcpStream(Routing routing, Endpoint client, Endpoint server, int serverPort, int clientWindow, int serverWindow) {
        this.routing = routing;
        this.client = client;
        this.server = server;
        this.serverPort = serverPort;
        this.clientWindow = clientWindow;
        this.serverWindow = serverWindow;
    }

    /** A new connection from {@code clientPort} with the given initial sequence numbers. */
    public TcpStream reopen(int clientPort, long clientIsn, long serverIsn, int ipIdSeed) {
        this.clientPort = clientPort;
        this.clientSeq = clientIsn & 0xFFFF_FFFFL;
        this.serverSeq = serverIsn & 0xFFFF_FFFFL;
        this.clientIpId = ipIdSeed & 0xFFFF;
        this.serverIpId = (ipIdSeed >>> 16) & 0xFFFF;
        return this;
    }

    /** Starts a segment from the client; the caller appends payload, then calls {@link #finish}. */
    public FrameBuffer fromClient(FrameBuffer fb, int flags) {
        lastFromClient = true;
        lastFlags = flags;
        fb.ethernet(routing.destinationMac(client, server), routing.sourceMac(client), FrameBuffer.ETHERTYPE_IPV4)
                .ipv4(client.ip(), server.ip(), FrameBuffer.TCP, client.ttl(), clientIpId++, true)
                .tcp(clientPort, serverPort, clientSeq, (flags & ACK) != 0 ? serverSeq : 0, flags, clientWindow,
                        (flags & SYN) != 0 ? MSS : 0);
        return fb;
    }

    /** Starts a segment from the server; the caller appends payload, then calls {@link #finish}. */
    public FrameBuffer fromServer(FrameBuffer fb, int flags) {
        lastFromClient = false;
        lastFlags = flags;
        fb.ethernet(routing.destinationMac(server, client), routing.sourceMac(server), FrameBuffer.ETHERTYPE_IPV4)
                .ipv4(server.ip(), client.ip(), FrameBuffer.TCP, server.ttl(), serverIpId++, true)
                .tcp(serverPort, clientPort, serverSeq, (flags & ACK) != 0 ? clientSeq : 0, flags, serverWindow,
                        (flags & SYN) != 0 ? MSS : 0);
        return fb;
    }

    /** Completes the segment started last and advances that side's sequence number. */
    public void finish(FrameBuffer fb) {
        fb.finish();
        long advance = fb.payloadLength() + ((lastFlags & (SYN | FIN)) != 0 ? 1 : 0);
        if (lastFromClient) {
            clientSeq = (clientSeq + advance) & 0xFFFF_FFFFL;
        } else {
            serverSeq = (serverSeq + advance) & 0xFFFF_FFFFL;
        }
    }

    /** Sender of the segment written last. */
    public Endpoint from() {
        return lastFromClient ? client : server;
    }

    /** Receiver of the segment written last. */
    public Endpoint to() {
        return lastFromClient ? server : client;
    }

    public Endpoint client() {
        return client;
    }

    public Endpoint server() {
        return server;
    }

    public int clientPort() {
        return clientPort;
    }

    public int serverPort() {
        return serverPort;
    }
}
