package io.plantwatch.inventory;

import java.util.List;
import java.util.Map;

/**
 * What a stretch of traffic shows: devices, connections, conversations, protocol and function
 * statistics, and the activities decoders reported. An immutable snapshot.
 *
 * @param protocols Wireshark protocol name → {frames, bytes}
 * @param functions functions-table key → (code → occurrences)
 */
public record Inventory(List<Device> devices, List<Connection> connections, List<IpConversation> ipConversations,
                        List<IpEndpoint> endpoints, Map<String, long[]> protocols,
                        Map<String, Map<Integer, Long>> functions, List<ObservedActivity> activities) {
}
