package io.plantwatch.decode.ssh;

import io.plantwatch.decode.FlowDecoder;
import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.support.Ascii;
import io.plantwatch.decode.support.OsHints;
import io.plantwatch.decode.support.PortSet;
import io.plantwatch.decode.support.ServiceEnd;
import io.plantwatch.decode.support.StreamDecoder;

import java.nio.ByteBuffer;

/**
 * SSH on its tshark ports (22, 29418): each side's identification banner
 * ({@code SSH-2.0-OpenSSH_8.9p1 Ubuntu-3}) is its software and often its OS; the rest is encrypted
 * and only named. No payload heuristic, because tshark has none for SSH. Stateless and
 * thread-safe; its flow decoders are not.
 */
public final class SshDecoder extends StreamDecoder {
    static final String NAME = "ssh";
    private static final int MAX_BANNER = 255;

    private final OsHints osHints;

    public SshDecoder(OsHints osHints) {
        super(NAME, PortSet.of(22, 29418));
        this.osHints = osHints;
    }

    @Override
    protected FlowDecoder newFlow(ServiceEnd server) {
        return new Flow(server);
    }

    private final class Flow implements FlowDecoder {
        private final ServiceEnd server;
        private boolean clientBanner;
        private boolean serverBanner;

        Flow(ServiceEnd server) {
            this.server = server;
        }

        @Override
        public void onPacket(Packet packet, Observations out) {
            int length = packet.payloadLength();
            if (length == 0) {
                return;
            }
            out.protocol(NAME);
            boolean toServer = server.isDestinationOf(packet);
            if (toServer ? clientBanner : serverBanner) {
                return;
            }
            ByteBuffer buffer = packet.payloadBuffer();
            int offset = packet.payloadOffset();
            if (!Ascii.startsWith(buffer, offset, length, "SSH-")) {
                return; // servers may send other lines before their banner (RFC 4253 4.2)
            }
            int eol = Ascii.indexOf(buffer, offset, Math.min(length, MAX_BANNER), (byte) '\n');
            String banner = Ascii.text(buffer, offset, eol < 0 ? Math.min(length, MAX_BANNER) : eol, MAX_BANNER);
            if (banner == null) {
                return;
            }
            if (toServer) {
                clientBanner = true;
            } else {
                serverBanner = true;
            }
            server.tellRoles(packet, NAME, out);
            osHints.report(Side.SOURCE, Identity.SOFTWARE, softwareOf(banner), out);
        }
    }

    /** "SSH-2.0-OpenSSH_8.9p1 Ubuntu-3" → "OpenSSH_8.9p1 Ubuntu-3": the banner after the protocol version. */
    static String softwareOf(String banner) {
        int dash = banner.indexOf('-', 4);
        return dash < 0 || dash + 1 >= banner.length() ? banner : banner.substring(dash + 1);
    }
}
