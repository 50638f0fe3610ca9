package io.plantwatch.console.sensors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;

/**
 * Fetches the certificate a sensor presents (a TLS handshake and nothing more), so the user can
 * compare its fingerprint with the one the sensor shows before it is pinned. Stateless.
 */
public final class CertificateProbe {
    private final Duration timeout;

    public CertificateProbe(Duration timeout) {
        this.timeout = timeout;
    }

    public X509Certificate fetch(URI url) throws IOException {
        SensorUrl.check(url);
        PinnedTrustManager recorder = new PinnedTrustManager(null);
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {recorder}, null);
            int port = url.getPort() == -1 ? 443 : url.getPort();
            try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
                socket.connect(new InetSocketAddress(url.getHost(), port), (int) timeout.toMillis());
                socket.setSoTimeout((int) timeout.toMillis());
                socket.startHandshake();
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS: " + e.getMessage(), e);
        }
        if (recorder.presented() == null) {
            throw new IOException("the sensor at " + url + " presented no certificate");
        }
        return recorder.presented();
    }
}
