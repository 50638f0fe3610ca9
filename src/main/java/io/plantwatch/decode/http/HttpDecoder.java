package io.plantwatch.decode.http;

import io.plantwatch.decode.Activity;
import io.plantwatch.decode.ActivityType;
import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.support.OsHints;
import io.plantwatch.decode.support.PortSet;
import io.plantwatch.decode.support.ServiceEnd;
import io.plantwatch.decode.support.StreamDecoder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * HTTP/1.x on tshark's HTTP ports, and on any other TCP port whose first data is a request line
 * (Wireshark's heuristic). Requests give the client's software (User-Agent, with an OS hint) and
 * the method as a command; responses the server's software (Server); Basic credentials are
 * reported as cleartext with the user name only. Stateless and thread-safe; its flow decoders
 * are not.
 */
public final class HttpDecoder extends StreamDecoder {
    static final String NAME = "http";
    private static final PortSet PORTS = PortSet.of(80, 631, 1900, 2710, 2869, 3128, 3132, 3689, 5985, 8080, 8088,
            11371);
    private static final int MAX_USERS = 8;
    /** Unanswered requests remembered (HEAD or not): one bit each in a long. */
    private static final int MAX_PENDING = Long.SIZE;

    private final OsHints osHints;

    public HttpDecoder(OsHints osHints) {
        super(NAME, PORTS);
        this.osHints = osHints;
    }

    /** By port; else, on any other TCP port, by the first data's shape (Wireshark's heuristic). */
    @Override
    public FlowDecoder forFlow(Packet packet) {
        FlowDecoder byPort = super.forFlow(packet);
        if (byPort != null || !packet.isTcp()) {
            return byPort;
        }
        return packet.payloadLength() > 0
                && HttpStart.isRequestLine(packet.payloadBuffer(), packet.payloadOffset(), packet.payloadLength())
                ? newFlow(ServiceEnd.destinationOf(packet)) : null;
    }

    @Override
    protected FlowDecoder newFlow(ServiceEnd server) {
        return new Flow(server);
    }

    private final class Flow implements FlowDecoder, HttpStream.Listener {
        /** The server end, held here rather than as a {@link ServiceEnd}: one object fewer to follow per packet. */
        private final long serverHi;
        private final long serverLo;
        private final int serverPort;
        private final HttpStream requests = new HttpStream(this);
        private final HttpStream responses = new HttpStream(this);
        /** Whether each request still unanswered was a HEAD, oldest first in bit 0. */
        private long heads;
        private int headCount;
        /** Basic-authentication users reported, made with the first. */
        private List<String> users;
        private Observations out = Observations.NONE;
        private boolean rolesTold;

        Flow(ServiceEnd server) {
            this.serverHi = server.hi();
            this.serverLo = server.lo();
            this.serverPort = server.port();
        }

        @Override
        public void onPacket(Packet packet, Observations out) {
            if (packet.payloadLength() == 0) {
                return;
            }
            if (this.out != out) { // once: a store per packet into this old object dirties a GC card
                this.out = out;
            }
            boolean toServer = packet.dstPort() == serverPort && packet.dstIpLo() == serverLo
                    && packet.dstIpHi() == serverHi;
            (toServer ? requests : responses).onSegment(packet);
        }

        @Override
        public void data(Packet packet) {
            out.protocol(NAME);
        }

        @Override
        public boolean answersHead() {
            if (headCount == 0) {
                return false;
            }
            boolean head = (heads & 1) != 0;
            heads >>>= 1;
            headCount--;
            return head;
        }

        @Override
        public void message(HttpHead head, Packet packet) {
            out.protocol(NAME);
            if (!rolesTold) {
                new ServiceEnd(serverHi, serverLo, serverPort).tellRoles(packet, NAME, out);
                rolesTold = true;
            }
            if (head.isRequest()) {
                request(head);
            } else if (head.server() != null && !head.server().equals(serverSoftware)) {
                serverSoftware = head.server();
                software(serverSoftware);
            }
        }

        private void request(HttpHead head) {
            if (headCount < MAX_PENDING) {
                if ("HEAD".equals(head.method())) {
                    heads |= 1L << headCount;
                }
                headCount++;
            }
            out.command(NAME, head.method());
            if (head.userAgent() != null && !head.userAgent().equals(clientSoftware)) {
                clientSoftware = head.userAgent();
                software(clientSoftware);
            }
            if (head.host() != null && !head.host().equals(hostName)) {
                hostName = head.host();
                String name = hostOnly(hostName);
                if (name != null) {
                    out.activity(new Activity(NAME, ActivityType.HOST_NAME, name));
                }
            }
            String user = basicUser(head.authorization());
            if (user != null && users == null) {
                users = new ArrayList<>(1);
            }
            if (user != null && !users.contains(user) && users.size() < MAX_USERS) {
                users.add(user);
                out.activity(new Activity(NAME, ActivityType.CLEARTEXT_CREDENTIALS,
                        "HTTP Basic authentication as user " + user));
            }
        }

        /** The latest Host of the flow: told once per flow and value (most flows ask one host). */
        private String hostName;

        /** Told once per flow and value: matching OS patterns on every message costs more than the rest of HTTP. */
        private String clientSoftware;
        private String serverSoftware;

        private void software(String text) {
            osHints.report(Side.SOURCE, Identity.SOFTWARE, text, out);
        }
    }

    /** A Host header's name without its port ("plc.example:8080" → "plc.example"), lowercase; null for an IP literal. */
    static String hostOnly(String host) {
        String h = host.strip();
        if (h.startsWith("[")) {
            return null; // an IPv6 literal: addresses are matched as connections
        }
        int colon = h.indexOf(':');
        if (colon >= 0) {
            h = h.substring(0, colon);
        }
        if (h.isEmpty() || digitsAndDots(h)) {
            return null;
        }
        return h.toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether every character is a digit ({@link Character#isDigit}) or a dot: an IPv4 literal, or close. */
    private static boolean digitsAndDots(String h) {
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (!Character.isDigit(c) && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** The user name of Basic credentials ("Basic dXNlcjpwYXNz" → "user"), or null. */
    static String basicUser(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : colon == 0 ? "(empty)" : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null; // not Base64: not credentials we can read
        }
    }
}
