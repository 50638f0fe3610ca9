package io.plantwatch.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * A protocol a device speaks. Defender's sensor docs name the list {@code ipAddresses}; its
 * management console and community clients use {@code addresses}: both are read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiDeviceProtocol(Long id, String name, @JsonAlias("addresses") List<String> ipAddresses) {
}
