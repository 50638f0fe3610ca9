package io.plantwatch.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A protocol on a connection with the commands seen ({@code {"name":"modbus","commands":["Read Coils"]}}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiConnectionProtocol(String name, List<String> commands) {
}
