package io.plantwatch.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An event as {@code GET /api/v1/events} returns it.
 *
 * @param timestamp epoch ms
 * @param type a Defender event type (DEVICE_CREATE, ALERT_REPORTED, PROGRAM_DEVICE, ...)
 * @param severity INFO, NOTICE or ALERT
 * @param id Plantwatch's sequence number for the event
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiEvent(long timestamp, String type, String title, String severity, String owner, String content,
                       Long id) {
}
