package io.plantwatch.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An alert as {@code GET /api/v1/alerts} returns it (Defender's v1 and v2 fields, then ours).
 *
 * @param id the alert's UUID, used by {@code PUT /api/v1/alerts/{uuid}}
 * @param time epoch ms
 * @param severity Warning, Minor, Major or Critical
 * @param engine Protocol Violation, Policy Violation, Malware, Anomaly or Operational
 * @param status Plantwatch's: NEW, HANDLED, LEARNED or MUTED
 * @param occurrences Plantwatch's: how many times it was raised, repeats within ten minutes of the
 *                    previous sighting grouped into it (null from sensors that do not count)
 * @param lastSeen Plantwatch's: epoch ms of the latest sighting, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiAlert(String id, long time, String title, String message, String severity, String engine,
                       Long sourceDevice, Long destinationDevice, String sourceDeviceAddress,
                       String destinationDeviceAddress, List<String> remediationSteps,
                       @JsonAlias("additionalinformation") ApiAdditionalInformation additionalInformation,
                       boolean handled, List<String> techniques, String status, Long updated,
                       Long occurrences, Long lastSeen) {

    /** An alert without repeat counts. */
    public ApiAlert(String id, long time, String title, String message, String severity, String engine,
                    Long sourceDevice, Long destinationDevice, String sourceDeviceAddress,
                    String destinationDeviceAddress, List<String> remediationSteps,
                    ApiAdditionalInformation additionalInformation, boolean handled, List<String> techniques,
                    String status, Long updated) {
        this(id, time, title, message, severity, engine, sourceDevice, destinationDevice, sourceDeviceAddress,
                destinationDeviceAddress, remediationSteps, additionalInformation, handled, techniques, status, updated,
                null, null);
    }
}
