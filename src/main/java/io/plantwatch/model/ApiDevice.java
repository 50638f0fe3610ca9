package io.plantwatch.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A device as {@code GET /api/v1/devices/} returns it. The first thirteen fields are Defender's;
 * the rest are Plantwatch's (null or absent from a Defender sensor).
 *
 * @param id the sensor's numeric id (stable in its store; Defender may reuse ids after a reset)
 * @param key Plantwatch's address key ({@code mac:<mac>} or {@code ip:<ip>})
 * @param firstSeen epoch ms
 * @param lastSeen epoch ms
 * @param updated epoch ms of the last change, for incremental sync
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiDevice(long id, List<String> ipAddresses, String name, String vendor, String operatingSystem,
                        List<String> macAddresses, String type, boolean engineeringStation, boolean authorized,
                        boolean scanner, List<ApiDeviceProtocol> protocols, List<ApiFirmware> firmware,
                        boolean hasDynamicAddress,
                        String key, String model, String firmwareVersion, Integer purdueLevel, Long firstSeen,
                        Long lastSeen, List<ApiOpenPort> openPorts, List<ApiProperty> properties,
                        List<String> evidence, Long updated) {
}
