package io.plantwatch.console.sensors;

import java.security.cert.CertificateException;

/**
 * A sensor presented a certificate other than the pinned one. The message names both
 * fingerprints so the user can tell a reinstalled sensor from an interception.
 */
public final class CertificateRefusedException extends CertificateException {
    private final Fingerprint pinned;
    private final Fingerprint presented;

    public CertificateRefusedException(Fingerprint pinned, Fingerprint presented) {
        super("the sensor's certificate changed: pinned SHA-256 " + pinned + ", presented SHA-256 " + presented
                + "; refusing to connect (if the sensor was reinstalled, remove it and add it again)");
        this.pinned = pinned;
        this.presented = presented;
    }

    public Fingerprint pinned() {
        return pinned;
    }

    public Fingerprint presented() {
        return presented;
    }
}
