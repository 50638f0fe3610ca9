package io.plantwatch.sensor.merge;

import io.plantwatch.detect.Alert;
import io.plantwatch.detect.DetectedEvent;
import io.plantwatch.model.ApiAdditionalInformation;
import io.plantwatch.model.ApiAlert;
import io.plantwatch.model.ApiEvent;

import java.util.List;
import java.util.Map;

/** Detection's alerts and events as the API's records. Stateless. */
public final class AlertMapping {
    public static final String NEW = "NEW";
    public static final String HANDLED = "HANDLED";
    public static final String LEARNED = "LEARNED";
    public static final String MUTED = "MUTED";

    private AlertMapping() {
    }

    public static ApiAlert toApi(Alert a, Map<String, Long> deviceIds, long updatedMillis) {
        List<String> information = a.techniques().stream().map(t -> "ATT&CK for ICS " + t).toList();
        return new ApiAlert(a.id(), DeviceMapping.millis(a.time()), a.title(), a.message(), a.severity().name(),
                a.engine().label(), a.source() == null ? null : deviceIds.get(a.source()),
                a.destination() == null ? null : deviceIds.get(a.destination()), a.source(), a.destination(),
                a.remediation(), new ApiAdditionalInformation(a.title(), information), false, a.techniques(), NEW,
                updatedMillis, a.count(), DeviceMapping.millis(a.lastSeen()));
    }

    /** The alert with a new status (handled for every status but NEW). */
    public static ApiAlert withStatus(ApiAlert a, String status, long updatedMillis) {
        return new ApiAlert(a.id(), a.time(), a.title(), a.message(), a.severity(), a.engine(), a.sourceDevice(),
                a.destinationDevice(), a.sourceDeviceAddress(), a.destinationDeviceAddress(), a.remediationSteps(),
                a.additionalInformation(), !NEW.equals(status), a.techniques(), status, updatedMillis, a.occurrences(),
                a.lastSeen());
    }

    /** The alert with more sightings grouped into it (its status stays). */
    public static ApiAlert withRepeats(ApiAlert a, long occurrences, long lastSeenMillis, long updatedMillis) {
        return new ApiAlert(a.id(), a.time(), a.title(), a.message(), a.severity(), a.engine(), a.sourceDevice(),
                a.destinationDevice(), a.sourceDeviceAddress(), a.destinationDeviceAddress(), a.remediationSteps(),
                a.additionalInformation(), a.handled(), a.techniques(), a.status(), updatedMillis, occurrences,
                Math.max(lastSeenMillis, a.lastSeen() == null ? a.time() : a.lastSeen()));
    }

    public static ApiEvent toApi(DetectedEvent e, long id) {
        return new ApiEvent(DeviceMapping.millis(e.time()), e.type(), e.title(), e.severity(), null, e.content(), id);
    }
}
