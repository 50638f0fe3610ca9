package io.plantwatch.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** Defender's {@code additionalInformation} of an alert. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiAdditionalInformation(String description, List<String> information) {
}
