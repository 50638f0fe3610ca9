package io.plantwatch.detect;

import io.plantwatch.decode.ActivityType;
import io.plantwatch.inventory.ObservedActivity;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns activities and alerts into timeline events. An activity repeated between the same ends
 * (a download is many PDUs) makes one event a minute, not one per packet. Not thread-safe.
 */
final class TimelineEvents {
    private static final long REPEAT_NANOS = 60_000_000_000L;
    private static final int MAX_REMEMBERED = 100_000;

    private final Map<String, Long> lastEmitted = new HashMap<>();

    void activity(ObservedActivity a, List<DetectedEvent> out) {
        EventTypes type = typeOf(a.activity().type());
        if (type == null) {
            return;
        }
        String key = type + "|" + ActivityAlerts.source(a) + "|" + ActivityAlerts.destination(a);
        Long last = lastEmitted.get(key);
        if (last != null && a.time() - last < REPEAT_NANOS && a.time() >= last) {
            return;
        }
        if (lastEmitted.size() >= MAX_REMEMBERED) {
            forgetOlderThan(a.time() - REPEAT_NANOS);
        }
        lastEmitted.put(key, a.time());
        String detail = a.activity().detail();
        out.add(new DetectedEvent(a.time(), type.name(), type.title(), "NOTICE",
                a.activity().protocol() + " " + ActivityAlerts.source(a) + " -> " + ActivityAlerts.destination(a)
                        + (detail == null || detail.isBlank() ? "" : ": " + detail)));
    }

    void alert(Alert alert, List<DetectedEvent> out) {
        out.add(new DetectedEvent(alert.time(), EventTypes.ALERT_REPORTED.name(), EventTypes.ALERT_REPORTED.title(),
                "ALERT", alert.title() + ": " + alert.message()));
        EventTypes extra = switch (alert.rule()) {
            case Rules.PORT_SCAN, Rules.ADDRESS_SCAN, Rules.PLC_SCAN -> EventTypes.SCAN;
            case Rules.INTERNET_CONNECTION -> EventTypes.INTERNET_ACCESS;
            case Rules.NEW_CONNECTION -> EventTypes.DEVICE_CONNECTION_CREATED;
            default -> null;
        };
        if (extra != null) {
            out.add(new DetectedEvent(alert.time(), extra.name(), extra.title(), "NOTICE", alert.message()));
        }
    }

    private static EventTypes typeOf(ActivityType type) {
        return switch (type) {
            case PROGRAM_DOWNLOAD -> EventTypes.PROGRAM_DEVICE;
            case PROGRAM_UPLOAD -> EventTypes.PROGRAM_UPLOAD_DEVICE;
            case CONTROLLER_STOP, CONTROLLER_START, RESTART -> EventTypes.PLC_OPERATING_MODE_CHANGED;
            case FIRMWARE_UPDATE -> EventTypes.FIRMWARE_UPDATE;
            case CONFIGURATION_CHANGE -> EventTypes.CONFIGURATION_CHANGE;
            case CLEARTEXT_CREDENTIALS -> EventTypes.CLEARTEXT_AUTHENTICATION;
            default -> null;
        };
    }

    private void forgetOlderThan(long time) {
        for (Iterator<Long> it = lastEmitted.values().iterator(); it.hasNext(); ) {
            if (it.next() < time) {
                it.remove();
            }
        }
        if (lastEmitted.size() >= MAX_REMEMBERED) {
            lastEmitted.clear();
        }
    }
}
