package io.plantwatch.simulate.dialogue;

import io.plantwatch.simulate.protocol.Enip;
import io.plantwatch.simulate.protocol.FrameBuffer;
import io.plantwatch.simulate.traffic.Dialogue;

/**
 * An HMI or historian on an EtherNet/IP controller: optionally ListIdentity, then RegisterSession,
 * cyclic Logix Read Tag over SendRRData, and UnRegisterSession before closing. Not thread-safe.
 */
public final class EnipPolling implements Dialogue {
    private static final String[] TAGS = {"Line_Speed", "Tank1_Level", "Motor_Running", "Batch_Count"};

    private final Enip.Identity identity;
    private final int serverIp;
    private final int session;
    private long context;

    /** {@code identity} null: no ListIdentity. */
    public EnipPolling(Enip.Identity identity, int serverIp, int seed) {
        this.identity = identity;
        this.serverIp = serverIp;
        this.session = seed | 1;
        this.context = seed & 0xFFFFL;
    }

    @Override
    public int openingLength() {
        return identity == null ? 2 : 4;
    }

    @Override
    public boolean openingFromClient(int message) {
        return message % 2 == 0;
    }

    @Override
    public void writeOpening(int message, FrameBuffer fb) {
        int step = identity == null ? message + 2 : message;
        switch (step) {
            case 0 -> Enip.listIdentityRequest(fb, ++context);
            case 1 -> Enip.listIdentityReply(fb, context, serverIp, identity);
            case 2 -> Enip.registerSession(fb, 0, ++context);
            default -> Enip.registerSession(fb, session, context);
        }
    }

    @Override
    public int cycleLength() {
        return 2;
    }

    @Override
    public void writeCycle(int message, long cycle, FrameBuffer fb) {
        if (message == 0) {
            Enip.readTagRequest(fb, session, ++context, TAGS[(int) (cycle % TAGS.length)]);
        } else {
            Enip.readTagReply(fb, session, context, (int) (cycle * 13 + session));
        }
    }

    @Override
    public int closingLength() {
        return 1;
    }

    @Override
    public void writeClosing(int message, FrameBuffer fb) {
        Enip.unregisterSession(fb, session, ++context);
    }
}
