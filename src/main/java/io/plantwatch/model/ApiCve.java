package io.plantwatch.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A CVE on a device as {@code GET /api/v1/devices/cves} returns it ({@code score} is a string there). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiCve(String cveId, String ipAddress, String score, String attackVector, String description) {
}
