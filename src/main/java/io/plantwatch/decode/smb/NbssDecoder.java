package io.plantwatch.decode.smb;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.PduFramer;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.dns.DnsFormatException;
import io.plantwatch.decode.netbios.NetbiosName;
import io.plantwatch.decode.support.OsHints;
import io.plantwatch.decode.support.PduStreams;
import io.plantwatch.decode.support.PortSet;
import io.plantwatch.decode.support.ServiceEnd;
import io.plantwatch.decode.support.StreamDecoder;

import java.nio.ByteBuffer;

/**
 * NetBIOS session service (TCP 139) and direct-hosted SMB (TCP 445), both framed by the NBSS
 * header as Wireshark treats them: session requests name both ends; session messages carry SMB1
 * ({@link Smb1}) or SMB2 ({@link Smb2}). The listening end is a file/print server. Stateless and
 * thread-safe; its flow decoders are not.
 */
public final class NbssDecoder extends StreamDecoder {
    static final String NAME = "nbss";
    private static final int NETBIOS_PORT = 139;
    private static final int DIRECT_PORT = 445;
    private static final int SESSION_MESSAGE = 0x00;
    private static final int SESSION_REQUEST = 0x81;

    private final Smb1 smb1;
    private final Smb2 smb2;

    public NbssDecoder(SmbCommands commands, OsHints osHints) {
        super(NAME, PortSet.of(NETBIOS_PORT, DIRECT_PORT));
        this.smb1 = new Smb1(commands, osHints);
        this.smb2 = new Smb2(commands);
    }

    @Override
    protected FlowDecoder newFlow(ServiceEnd server) {
        return new Flow(server, server.port() == DIRECT_PORT);
    }

    /** A 4-byte header: type, then a 17-bit (139) or 24-bit (445) length. */
    private static PduFramer framer(boolean direct) {
        return (buffer, offset, available) -> {
            if (available < 4) {
                return PduFramer.NEED_MORE;
            }
            int type = buffer.get(offset) & 0xFF;
            if (type != SESSION_MESSAGE && (type < 0x81 || type > 0x85)) {
                return PduFramer.NOT_MINE;
            }
            int high = buffer.get(offset + 1) & (direct ? 0xFF : 0x01);
            return 4 + ((high << 16) | (buffer.getShort(offset + 2) & 0xFFFF));
        };
    }

    private final class Flow implements FlowDecoder {
        private final PduStreams streams;
        private Observations out = Observations.NONE;
        private boolean rolesTold;

        Flow(ServiceEnd server, boolean direct) {
            this.streams = new PduStreams(server, framer(direct), this::pdu);
        }

        @Override
        public void onPacket(Packet packet, Observations out) {
            if (this.out != out) { // once: a store per packet into this old object dirties a GC card
                this.out = out;
            }
            streams.onSegment(packet);
        }

        private void pdu(ByteBuffer buffer, int offset, int length, Packet packet) {
            out.protocol(NAME);
            if (!rolesTold) {
                streams.server().tellRoles(packet, NAME, out);
                rolesTold = true;
            }
            int type = buffer.get(offset) & 0xFF;
            int body = offset + 4;
            int bodyLength = length - 4;
            if (type == SESSION_REQUEST) {
                sessionRequest(buffer, body, bodyLength);
            } else if (type == SESSION_MESSAGE && bodyLength >= 4 && buffer.get(body + 1) == 'S'
                    && buffer.get(body + 2) == 'M' && buffer.get(body + 3) == 'B') {
                int magic = buffer.get(body) & 0xFF;
                if (magic == 0xFF) {
                    smb1.message(buffer, body, bodyLength, out);
                } else if (magic == 0xFE || magic == 0xFD) {
                    smb2.message(buffer, body, bodyLength, out);
                }
            }
        }

        /** Called name (the server) then calling name (the client), each an encoded NetBIOS name. */
        private void sessionRequest(ByteBuffer buffer, int offset, int length) {
            int[] at = {offset};
            int end = offset + length;
            try {
                name(buffer, at, end, Side.DESTINATION);
                name(buffer, at, end, Side.SOURCE);
            } catch (DnsFormatException e) {
                out.malformed(NAME, e.getMessage());
            }
        }

        private void name(ByteBuffer buffer, int[] at, int end, Side side) throws DnsFormatException {
            if (at[0] + 34 > end || buffer.get(at[0]) != 32) {
                throw new DnsFormatException("session request without a NetBIOS name");
            }
            StringBuilder encoded = new StringBuilder(32);
            for (int i = 0; i < 32; i++) {
                encoded.append((char) (buffer.get(at[0] + 1 + i) & 0xFF));
            }
            at[0] += 34; // length, 32 letters, empty scope
            NetbiosName name = NetbiosName.decodeLabel(encoded.toString());
            if (name != null && name.isComputerName() && !name.name().equalsIgnoreCase("*SMBSERVER")) {
                out.identity(side, Identity.NAME, name.name());
            }
        }
    }
}
