package io.plantwatch.detect;

import java.util.List;

/**
 * Operational alert when the capture interface goes quiet (Defender's "No Traffic Detected on
 * Sensor Interface"): no frame for a quiet time of wall-clock time ({@link #QUIET_NANOS} unless the
 * sensor is told otherwise). Raised once per quiet
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
    Alert check(String interfaceName, long lastFrameNanos, long nowNanos, long quietNanos) {
        if (nowNanos - lastFrameNanos < quietNanos) {
            return null;
        }
        if (quiet) {
            return null;
        }
        quiet = true;
        return new Alert(null, nowNanos, Alert.Severity.Major, Alert.Engine.OPERATIONAL,
                "No traffic detected on sensor interface", "Traffic stopped on " + interfaceName + ": no frame for "
                + quiet(nowNanos - lastFrameNanos), null, null, List.of("T0814"),
                Rules.TRAFFIC_STOPPED, null, List.of("Check the SPAN port or TAP feeding " + interfaceName
                + " and its cabling.", "If the network itself went quiet, check the devices on it."), null);
    }

    /** True once when frames arrive after a quiet spell (the back-to-normal moment). */
    boolean resumed(long lastFrameNanos, long nowNanos, long quietNanos) {
        if (quiet && nowNanos - lastFrameNanos < quietNanos) {
            quiet = false;
            return true;
        }
        return false;
    }

    private static String quiet(long nanos) {
        long seconds = nanos / 1_000_000_000L;
        return seconds < 120 ? seconds + " seconds" : seconds / 60 + " minutes";
    }
}
