package io.plantwatch.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One module's firmware, as Defender reports it per device. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiFirmware(String address, String moduleAddress, String serial, String model,
                          String firmwareVersion, String additionalData, String rack, String slot) {
}
