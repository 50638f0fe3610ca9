package io.plantwatch.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A port that answered as a server ("tcp", 502). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiOpenPort(String transport, int port) {
}
