package io.plantwatch.detect;

import java.util.List;

/**
 * Operational alert when the capture interface goes quiet (Defender's "No Traffic Detected on
 * Sensor Interface"): no frame for {@link #QUIET_NANOS} of wall-clock time. Raised once per quiet
 * spell; when frames come again it is re-armed and the caller gets a back-to-normal event. Not
 * thread-safe: called from the detector's thread.
 */
final class TrafficStoppedRule {
    /** Five minutes without a frame: long enough that a slow polling cycle is not a stop. */
    static final long QUIET_NANOS = 300_000_000_000L;

    private boolean quiet;

    /**
     * @param interfaceName the capture interface (or replay) the sensor watches
     * @param lastFrameNanos wall-clock time the latest frame arrived (the sensor's clock), or
     *                       the start of capture when none came yet
     * @param nowNanos wall-clock time now
     * @return the alert when the interface just went quiet, else null
     */
    Alert check(String interfaceName, long lastFrameNanos, long nowNanos) {
        if (nowNanos - lastFrameNanos < QUIET_NANOS) {
            return null;
        }
        if (quiet) {
            return null;
        }
        quiet = true;
        return new Alert(null, nowNanos, Alert.Severity.Major, Alert.Engine.OPERATIONAL,
                "No traffic detected on sensor interface", "No frame arrived on " + interfaceName + " for "
                + (nowNanos - lastFrameNanos) / 60_000_000_000L + " minutes", null, null, List.of("T0814"),
                Rules.TRAFFIC_STOPPED, null, List.of("Check the SPAN port or TAP feeding " + interfaceName
                + " and its cabling.", "If the network itself went quiet, check the devices on it."), null);
    }

    /** True once when frames arrive after a quiet spell (the back-to-normal moment). */
    boolean resumed(long lastFrameNanos, long nowNanos) {
        if (quiet && nowNanos - lastFrameNanos < QUIET_NANOS) {
            quiet = false;
            return true;
        }
        return false;
    }
}
