package io.plantwatch.detect;

import io.plantwatch.decode.MacAddress;
import io.plantwatch.inventory.ObservedActivity;

import java.util.List;

/** Builds alerts about activities: addresses as text, the activity's detail in the message. */
final class ActivityAlerts {
    private ActivityAlerts() {
    }

    static String source(ObservedActivity a) {
        return a.source() != null ? a.source().toString() : mac(a.sourceMac());
    }

    static String destination(ObservedActivity a) {
        return a.destination() != null ? a.destination().toString() : mac(a.destinationMac());
    }

    private static String mac(long mac) {
        return mac == MacAddress.NONE ? null : MacAddress.toString(mac);
    }

    static Alert alert(ObservedActivity a, String rule, Alert.Severity severity, Alert.Engine engine, String title,
                       List<String> techniques, List<String> remediation, String baselineKey) {
        String detail = a.activity().detail();
        String message = title + " from " + source(a) + " to " + destination(a) + " (" + a.activity().protocol()
                + (detail == null || detail.isBlank() ? "" : ": " + detail) + ")";
        return new Alert(null, a.time(), severity, engine, title, message, source(a), destination(a), techniques,
                rule, a.activity().protocol(), remediation, baselineKey);
    }
}
