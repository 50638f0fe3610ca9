package io.plantwatch.console.merge;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One sensor's alert inside a merged alert. The first fields are the sensor's; the last two are
 * the console's record of handing a console action on to that sensor.
 *
 * @param uuid the sensor's alert id, used by {@code PUT /api/v1/alerts/{uuid}}
 * @param handled whether the sensor reports it handled
 * @param occurrences how many times the sensor raised it (repeats grouped in), null from a sensor
 *     that does not count
 * @param lastSeen epoch ms of the sensor's latest sighting, or null
 * @param propagated null when the console asked nothing of the sensor, false while a console
 *     action still has to reach the sensor, true once the sensor accepted it
 * @param propagationError why the last attempt to reach the sensor failed, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertSource(long sensor, String uuid, long time, String title, String message, String severity,
                          String engine, String sourceAddress, String destinationAddress, boolean handled,
                          String status, List<String> techniques, Long occurrences, Long lastSeen,
                          Boolean propagated, String propagationError) {
    public AlertSource {
        techniques = techniques == null ? List.of() : List.copyOf(techniques);
    }

    @JsonIgnore
    public AlertKey alertKey() {
        return new AlertKey(sensor, uuid);
    }

    /** This source with the console's propagation state of {@code previous} kept. */
    public AlertSource withPropagationOf(AlertSource previous) {
        if (previous == null) {
            return this;
        }
        return new AlertSource(sensor, uuid, time, title, message, severity, engine, sourceAddress,
                destinationAddress, handled, status, techniques, occurrences, lastSeen, previous.propagated,
                previous.propagationError);
    }

    public AlertSource withPropagation(Boolean done, String error) {
        return new AlertSource(sensor, uuid, time, title, message, severity, engine, sourceAddress,
                destinationAddress, handled || Boolean.TRUE.equals(done), status, techniques, occurrences, lastSeen,
                done, error);
    }
}
