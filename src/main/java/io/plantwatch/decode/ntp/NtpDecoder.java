package io.plantwatch.decode.ntp;

import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Packet;
import io.plantwatch.decode.Role;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.support.DatagramDecoder;
import io.plantwatch.decode.support.PortSet;

/**
 * NTP (UDP 123): the mode of each message tells who serves time (server mode 4, broadcast 5) and
 * who asks (client mode 3); control (6) and private (7) messages are commands ({@code ntpq},
 * {@code ntpdc monlist}). Stateless and thread-safe.
 */
public final class NtpDecoder extends DatagramDecoder {
    static final String NAME = "ntp";
    private static final int MIN_TIME_MESSAGE = 48;

    public NtpDecoder() {
        super(NAME, PortSet.of(123));
    }

    @Override
    protected void datagram(Packet packet, Observations out) {
        int first = packet.payloadBuffer().get(packet.payloadOffset()) & 0xFF;
        int version = (first >>> 3) & 7;
        int mode = first & 7;
        if (version < 1 || version > 4) {
            out.malformed(NAME, "version " + version);
            return;
        }
        if (mode >= 1 && mode <= 5 && packet.payloadLength() < MIN_TIME_MESSAGE) {
            out.malformed(NAME, "time message shorter than 48 bytes");
            return;
        }
        switch (mode) {
            case 3 -> {
                out.role(Side.SOURCE, NAME, Role.CLIENT);
                out.role(Side.DESTINATION, NAME, Role.SERVER);
            }
            case 4, 5 -> out.role(Side.SOURCE, NAME, Role.SERVER);
            case 6 -> out.command(NAME, "Control message");
            case 7 -> out.command(NAME, "Private message");
            default -> { } // symmetric peers (1, 2) both serve and ask: no role
        }
    }
}
