package io.plantwatch.sensor.evidence;

import io.plantwatch.sensor.api.ApiRequest;
import io.plantwatch.sensor.api.ApiResponse;
import io.plantwatch.sensor.api.Router;

/**
 * {@code GET /api/v2/alerts/pcap/{id}}: the alert's packets as a pcap file, or Defender's
 * {@code {"error":"PCAP file is not available"}} with 404. Thread-safe.
 */
public final class EvidenceRoute {
    static final String PCAP = "application/vnd.tcpdump.pcap";

    private final AlertEvidence evidence;

    public EvidenceRoute(AlertEvidence evidence) {
        this.evidence = evidence;
    }

    /** Registers the route; before the generic "not available" answer, so first. */
    public void register(Router router) {
        router.get("/api/v2/alerts/pcap/{id}", this::pcap);
    }

    private ApiResponse pcap(ApiRequest request) throws Exception {
        byte[] bytes = evidence.pcap(request.path("id"));
        return bytes == null ? ApiResponse.json(404, "{\"error\":\"PCAP file is not available\"}")
                : new ApiResponse(200, PCAP, bytes);
    }
}
