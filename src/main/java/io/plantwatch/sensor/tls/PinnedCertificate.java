package io.plantwatch.sensor.tls;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

/**
 * A client's trust in one sensor: exactly the certificate whose SHA-256 fingerprint was pinned
 * (as SSH pins a host key), whatever names it carries, since sensors certify themselves.
 * Immutable, thread-safe.
 */
public final class PinnedCertificate extends X509ExtendedTrustManager {
    private final String fingerprint;

    /** @param fingerprint as {@link TlsMaterial#fingerprint()} prints it ("AB:CD:...") */
    public PinnedCertificate(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    /** A TLS context that trusts only the pinned certificate. */
    public static SSLContext context(String fingerprint) throws GeneralSecurityException {
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new TrustManager[] {new PinnedCertificate(fingerprint)}, null);
        return ssl;
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server sent no certificate");
        }
        String got = TlsMaterial.fingerprint(chain[0]);
        if (!got.equalsIgnoreCase(fingerprint)) {
            throw new CertificateException("certificate " + got + " is not the pinned " + fingerprint);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("trusts servers only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("trusts servers only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("trusts servers only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
