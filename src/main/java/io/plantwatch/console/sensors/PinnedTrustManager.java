package io.plantwatch.console.sensors;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

/**
 * Trusts exactly one server certificate: the one whose SHA-256 fingerprint was pinned when the
 * sensor was added (as SSH pins host keys). Sensors make self-signed certificates, so there is no
 * authority to check against and no host name worth verifying: the pin is the identity. Being an
 * {@link X509ExtendedTrustManager}, it also stops the JDK from adding its host name check.
 *
 * <p>When {@code pinned} is null it trusts any certificate and only records it: that is how the
 * console shows a new sensor's fingerprint before the user confirms it. Thread-safe.
 */
public final class PinnedTrustManager extends X509ExtendedTrustManager {
    private final Fingerprint pinned;
    private volatile X509Certificate presented;

    public PinnedTrustManager(Fingerprint pinned) {
        this.pinned = pinned;
    }

    /** The leaf certificate of the last handshake, or null. */
    public X509Certificate presented() {
        return presented;
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the sensor presented no certificate");
        }
        presented = chain[0];
        if (pinned != null) {
            Fingerprint actual = Fingerprint.of(chain[0]);
            if (!actual.equals(pinned)) {
                throw new CertificateRefusedException(pinned, actual);
            }
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the console does not accept client connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("the console does not accept client connections");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("the console does not accept client connections");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
