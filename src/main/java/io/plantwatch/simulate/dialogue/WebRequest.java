package io.plantwatch.simulate.dialogue;

import io.plantwatch.simulate.protocol.FrameBuffer;
import io.plantwatch.simulate.protocol.Http;
import io.plantwatch.simulate.protocol.Tls;
import io.plantwatch.simulate.traffic.Dialogue;

/**
 * One web connection: a plain HTTP GET answered 200, or a TLS 1.3 exchange (ClientHello with SNI,
 * ServerHello, then encrypted records both ways). Not thread-safe.
 */
public final class WebRequest implements Dialogue {
    private static final boolean[] TLS_FROM_CLIENT = {true, false, true, false};

    private final boolean tls;
    private final String host;
    private final String userAgent;
    private final String server;
    private int seed;

    private WebRequest(boolean tls, String host, String userAgent, String server, int seed) {
        this.tls = tls;
        this.host = host;
        this.userAgent = userAgent;
        this.server = server;
        this.seed = seed;
    }

    public static WebRequest http(String host, String userAgent, String server, int seed) {
        return new WebRequest(false, host, userAgent, server, seed);
    }

    public static WebRequest https(String host, int seed) {
        return new WebRequest(true, host, null, null, seed);
    }

    @Override
    public int openingLength() {
        return tls ? TLS_FROM_CLIENT.length : 2;
    }

    @Override
    public boolean openingFromClient(int message) {
        return tls ? TLS_FROM_CLIENT[message] : message == 0;
    }

    @Override
    public void writeOpening(int message, FrameBuffer fb) {
        seed = seed * 1103515245 + 12345;
        if (!tls) {
            if (message == 0) {
                Http.get(fb, host, "/index.html", userAgent, null);
            } else {
                Http.ok(fb, server, 600);
            }
            return;
        }
        switch (message) {
            case 0 -> Tls.clientHello(fb, host, seed);
            case 1 -> {
                Tls.serverHello(fb, seed);
                Tls.applicationData(fb, 1100, seed + 1);
            }
            case 2 -> {
                Tls.changeCipherSpec(fb);
                Tls.applicationData(fb, 53, seed);
                Tls.applicationData(fb, 420, seed + 2);
            }
            default -> Tls.applicationData(fb, 900, seed + 3);
        }
    }
}
