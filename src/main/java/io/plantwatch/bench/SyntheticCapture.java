package io.plantwatch.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;

/**
 * Writes a large, well-formed capture for throughput benchmarks: many hosts, many TCP and UDP
 * flows, an OT-heavy mix (Modbus/TCP and S7comm polling) with IT traffic (HTTP bulk transfers,
 * DNS, NTP). Every TCP flow starts with a handshake and keeps correct sequence numbers, so the
 * capture exercises flow tracking, reassembly and the protocol decoders as real traffic does.
 * Deterministic for a seed. For realistic plants use {@code simulate}; this one is about scale.
 */
public final class SyntheticCapture {
    /** What was written. */
    public record Summary(long packets, long bytes, int hosts, int flows) {
    }

    private static final long SERVER_MAC_BASE = 0x000E8C000000L;   // a Siemens OUI, for the PLCs
    private static final long CLIENT_MAC_BASE = 0x005056000000L;   // 00:50:56 (VMware): the workstations
    private static final int BUFFER = 16 << 20;

    /** Where a capture's hosts and time lie: two captures on other plants never share a host or a flow. */
    public record Plant(long clientMacBase, long serverMacBase, int clientNet, int serverNet, long startMicros) {
        static final Plant STANDARD = new Plant(CLIENT_MAC_BASE, SERVER_MAC_BASE, 0x0A000000, 0x0A640000,
                1_700_000_000_000_000L);

        /**
         * Other plant number {@code n} (from 1): other MACs and networks (plant 1: 172.16/16 and
         * 172.20/16; plant n from 2: 10.(16n)/16 and 10.(16n+4)/16), n hours before the standard
         * plant's traffic, so plants replayed from the highest number down keep time moving forward.
         */
        static Plant other(int n) {
            if (n < 1 || n > 5) {
                throw new IllegalArgumentException("other plants are numbered 1 to 5: " + n);
            }
            int clientNet = n == 1 ? 0xAC100000 : 0x0A000000 | (16 * n) << 16;
            return new Plant(CLIENT_MAC_BASE + 0x800000L * n, SERVER_MAC_BASE + 0x800000L * n, clientNet,
                    clientNet + (4 << 16), STANDARD.startMicros - 3_600_000_000L * n);
        }
    }

    private final int clients;
    private final int servers;
    private final int flowsPerClient;
    private final long seed;
    private final Plant plant;

    public SyntheticCapture(int clients, int servers, int flowsPerClient, long seed) {
        this(clients, servers, flowsPerClient, seed, Plant.STANDARD);
    }

    private SyntheticCapture(int clients, int servers, int flowsPerClient, long seed, Plant plant) {
        this.clients = clients;
        this.servers = servers;
        this.flowsPerClient = flowsPerClient;
        this.seed = seed;
        this.plant = plant;
    }

    /** 10,000 workstations and 2,000 controllers with 15 flows each: 150,000 flows. */
    public static SyntheticCapture standard() {
        return new SyntheticCapture(10_000, 2_000, 15, 42);
    }

    /**
     * The standard capture's traffic on other plant number {@code n} ({@link Plant#other}): no host
     * or flow in common with the standard capture or another plant, ending {@code n} hours before the
     * standard one starts. Replayed first, such plants warm a sensor up without giving the standard
     * capture a flow or device it already knows, and their flows are long idle by then.
     */
    public static SyntheticCapture otherPlant(int n) {
        return new SyntheticCapture(10_000, 2_000, 15, 42 + n, Plant.other(n));
    }

    private enum Service { MODBUS, S7COMM, HTTP, DNS, NTP }

    private static final class Flow {
        final int client;
        final int server;
        final int clientPort;
        final Service service;
        long clientSeq;
        long serverSeq;
        boolean started;

        Flow(int client, int server, int clientPort, Service service, long seq) {
            this.client = client;
            this.server = server;
            this.clientPort = clientPort;
            this.service = service;
            this.clientSeq = seq;
            this.serverSeq = seq * 7 + 11;
        }
    }

    /** Writes until the file holds at least {@code targetBytes}. */
    public Summary write(Path file, long targetBytes) throws IOException {
        Random random = new Random(seed);
        Flow[] flows = new Flow[clients * flowsPerClient];
        for (int i = 0; i < flows.length; i++) {
            int client = i / flowsPerClient;
            int server = random.nextInt(servers);
            int pick = random.nextInt(100);
            Service service = pick < 50 ? Service.MODBUS : pick < 70 ? Service.S7COMM : pick < 80 ? Service.HTTP
                    : pick < 90 ? Service.DNS : Service.NTP;
            flows[i] = new Flow(client, server, 49152 + (i % flowsPerClient) * 97 + random.nextInt(90), service,
                    random.nextInt() & 0xFFFFFFFFL);
        }
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            Writer w = new Writer(out);
            w.fileHeader();
            long time = plant.startMicros(); // microseconds
            int next = 0;
            while (w.written < targetBytes) {
                Flow f = flows[next];
                next = (next + 1) % flows.length;
                time += 20;
                exchange(w, f, time, random);
            }
            w.flush();
            return new Summary(w.packets, w.written, clients + servers, flows.length);
        }
    }

    private void exchange(Writer w, Flow f, long time, Random random) {
        switch (f.service) {
            case MODBUS -> tcpExchange(w, f, time, 502, modbusRequest(f), modbusResponse(f));
            case S7COMM -> tcpExchange(w, f, time, 102, S7_READ, S7_READ_RESPONSE);
            case HTTP -> tcpExchange(w, f, time, 80, HTTP_REQUEST, httpBody(random));
            case DNS -> udpExchange(w, f, time, 53, DNS_QUERY, DNS_RESPONSE);
            default -> udpExchange(w, f, time, 123, NTP_PACKET, NTP_PACKET);
        }
    }

    private void tcpExchange(Writer w, Flow f, long time, int port, byte[] request, byte[] response) {
        if (!f.started) {
            f.started = true;
            w.tcp(f, time, port, true, 0x02, new byte[0], 0, 0);
            f.clientSeq++;
            w.tcp(f, time + 1, port, false, 0x12, new byte[0], 0, 0);
            f.serverSeq++;
            w.tcp(f, time + 2, port, true, 0x10, new byte[0], 0, 0);
        }
        w.tcp(f, time + 3, port, true, 0x18, request, 0, request.length);
        f.clientSeq += request.length;
        for (int at = 0; at < response.length; at += 1460) {
            int length = Math.min(1460, response.length - at);
            w.tcp(f, time + 5, port, false, 0x18, response, at, length);
            f.serverSeq += length;
        }
        if (response.length > 1460) {
            w.tcp(f, time + 6, port, true, 0x10, new byte[0], 0, 0);
        }
    }

    private void udpExchange(Writer w, Flow f, long time, int port, byte[] request, byte[] response) {
        w.udp(f, time, port, true, request);
        w.udp(f, time + 3, port, false, response);
    }

    private static byte[] modbusRequest(Flow f) {
        int tx = (int) (f.clientSeq & 0xFFFF);
        return new byte[] {(byte) (tx >> 8), (byte) tx, 0, 0, 0, 6, 1, 3, 0, 0, 0, 10};
    }

    private static byte[] modbusResponse(Flow f) {
        byte[] r = new byte[9 + 20];
        int tx = (int) ((f.clientSeq - 12) & 0xFFFF);
        r[0] = (byte) (tx >> 8);
        r[1] = (byte) tx;
        r[5] = 23;
        r[6] = 1;
        r[7] = 3;
        r[8] = 20;
        return r;
    }

    private static byte[] httpBody(Random random) {
        return HTTP_RESPONSES[random.nextInt(HTTP_RESPONSES.length)];
    }

    private static final byte[] S7_READ = hex("0300001f02f080320100000a00000e00000401120a10020001000084000000");
    private static final byte[] S7_READ_RESPONSE = hex("0300001b02f080320300000a000002000600000401ff040010002a");
    private static final byte[] HTTP_REQUEST = ("GET /status HTTP/1.1\r\nHost: historian\r\nUser-Agent: plant-agent/1.0\r\n\r\n").getBytes();
    private static final byte[][] HTTP_RESPONSES = {httpResponse(2000), httpResponse(6000), httpResponse(12000)};
    private static final byte[] DNS_QUERY = hex("abcd01000001000000000000096869737461726961" + "6e0570"
            + "6c616e740000010001");
    private static final byte[] DNS_RESPONSE = hex("abcd81800001000100000000096869737461726961" + "6e0570"
            + "6c616e740000010001c00c000100010000003c00040a000001");
    private static final byte[] NTP_PACKET = hex("230208e80000000000000000" + "00".repeat(36));

    private static byte[] httpResponse(int bodyLength) {
        byte[] head = ("HTTP/1.1 200 OK\r\nServer: plant-web/2.1\r\nContent-Length: " + bodyLength + "\r\n\r\n").getBytes();
        byte[] all = new byte[head.length + bodyLength];
        System.arraycopy(head, 0, all, 0, head.length);
        java.util.Arrays.fill(all, head.length, all.length, (byte) 'x');
        return all;
    }

    private static byte[] hex(String s) {
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    /** Buffered pcap writer; frames are built in place in the buffer. */
    private final class Writer {
        private final FileChannel out;
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.BIG_ENDIAN);
        long written;
        long packets;
        private int ipId;

        Writer(FileChannel out) {
            this.out = out;
        }

        void fileHeader() {
            buffer.putInt(0xD4C3B2A1).putShort((short) 0x0200).putShort((short) 0x0400).putInt(0).putInt(0)
                    .putInt(Integer.reverseBytes(65535)).putInt(Integer.reverseBytes(1));
            written += 24;
        }

        void tcp(Flow f, long micros, int serverPort, boolean fromClient, int flags, byte[] payload, int from, int length) {
            int frameLength = 14 + 20 + 20 + length;
            int start = record(micros, Math.max(60, frameLength));
            ethernetAndIp(f, fromClient, 6, 20 + 20 + length);
            buffer.putShort((short) (fromClient ? f.clientPort : serverPort));
            buffer.putShort((short) (fromClient ? serverPort : f.clientPort));
            buffer.putInt((int) (fromClient ? f.clientSeq : f.serverSeq));
            buffer.putInt((flags & 0x10) != 0 ? (int) (fromClient ? f.serverSeq : f.clientSeq) : 0);
            buffer.put((byte) 0x50).put((byte) flags).putShort((short) 64240).putInt(0);
            buffer.put(payload, from, length);
            pad(start, frameLength);
        }

        void udp(Flow f, long micros, int serverPort, boolean fromClient, byte[] payload) {
            int frameLength = 14 + 20 + 8 + payload.length;
            int start = record(micros, Math.max(60, frameLength));
            ethernetAndIp(f, fromClient, 17, 20 + 8 + payload.length);
            buffer.putShort((short) (fromClient ? f.clientPort : serverPort));
            buffer.putShort((short) (fromClient ? serverPort : f.clientPort));
            buffer.putShort((short) (8 + payload.length)).putShort((short) 0);
            buffer.put(payload);
            pad(start, frameLength);
        }

        private int record(long micros, int length) {
            if (buffer.remaining() < 16 + 1600) {
                flush();
            }
            buffer.putInt(Integer.reverseBytes((int) (micros / 1_000_000)));
            buffer.putInt(Integer.reverseBytes((int) (micros % 1_000_000)));
            buffer.putInt(Integer.reverseBytes(length));
            buffer.putInt(Integer.reverseBytes(length));
            written += 16 + length;
            packets++;
            return buffer.position();
        }

        private void ethernetAndIp(Flow f, boolean fromClient, int protocol, int ipLength) {
            long clientMac = plant.clientMacBase() + f.client;
            long serverMac = plant.serverMacBase() + f.server;
            putMac(fromClient ? serverMac : clientMac);
            putMac(fromClient ? clientMac : serverMac);
            buffer.putShort((short) 0x0800);
            int clientIp = plant.clientNet() | (1 + f.client / 250) << 8 | (1 + f.client % 250);
            int serverIp = plant.serverNet() | (1 + f.server / 250) << 8 | (1 + f.server % 250);
            buffer.put((byte) 0x45).put((byte) 0).putShort((short) ipLength).putShort((short) ipId++)
                    .putShort((short) 0x4000).put((byte) 64).put((byte) protocol).putShort((short) 0)
                    .putInt(fromClient ? clientIp : serverIp).putInt(fromClient ? serverIp : clientIp);
        }

        private void putMac(long mac) {
            buffer.putShort((short) (mac >>> 32)).putInt((int) mac);
        }

        private void pad(int start, int frameLength) {
            while (buffer.position() - start < 60 && frameLength < 60) {
                buffer.put((byte) 0);
            }
        }

        void flush() {
            buffer.flip();
            try {
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            buffer.clear();
        }
    }
}
