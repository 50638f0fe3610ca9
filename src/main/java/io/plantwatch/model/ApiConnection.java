package io.plantwatch.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A connection as {@code GET /api/v1/devices/connections} returns it: Defender's six fields, then
 * Plantwatch's (the first device is the client where it could be told).
 *
 * @param lastSeen epoch ms
 * @param discovered epoch ms
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiConnection(long firstDeviceId, long secondDeviceId, long lastSeen, long discovered,
                            List<Integer> ports, List<ApiConnectionProtocol> protocols,
                            String transport, String firstAddress, Integer firstPort, String secondAddress,
                            Integer secondPort, Long packets, Long bytes, Long updated) {
}
