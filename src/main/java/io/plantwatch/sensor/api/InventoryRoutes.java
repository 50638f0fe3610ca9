package io.plantwatch.sensor.api;

import io.plantwatch.sensor.Json;
import io.plantwatch.decode.IpAddress;
import io.plantwatch.model.ApiCve;
import io.plantwatch.sensor.store.StoreReader;
import io.plantwatch.sensor.ti.AppliedTi;
import io.plantwatch.sensor.ti.DeviceThreatIntel;
import io.plantwatch.sensor.ti.MatchedCves;

import java.util.ArrayList;
import java.util.List;

/**
 * Defender's inventory endpoints: devices ({@code authorized}), connections
 * ({@code discoveredBefore}, {@code discoveredAfter}, {@code lastActiveInMinutes}), per-device
 * connections, and CVEs ({@code top}; an empty list until threat intelligence is installed).
 */
final class InventoryRoutes {
    private final StoreReader reader;
    private final SensorClock clock;
    private final DeviceListCache deviceLists;
    private final CveCache cveCache;

    private final DeviceThreatIntel threatIntel;
    private final Json json;

    InventoryRoutes(StoreReader reader, SensorClock clock, DeviceListCache deviceLists, CveCache cveCache,
                    DeviceThreatIntel threatIntel, Json json) {
        this.reader = reader;
        this.clock = clock;
        this.deviceLists = deviceLists;
        this.cveCache = cveCache;
        this.threatIntel = threatIntel;
        this.json = json;
    }

    void register(Router router) {
        router.get("/api/v1/devices", this::devices)
                .get("/api/v1/devices/connections", r -> connections(r, null))
                .get("/api/v1/devices/cves", r -> cves(r, null))
                .get("/api/v1/devices/{id}/connections", r -> connections(r, deviceId(r.path("id"))))
                .get("/api/v1/devices/{ip}/cves", r -> {
                    ipAddress(r.path("ip"));
                    return cves(r, r.path("ip"));
                });
    }

    private ApiResponse devices(ApiRequest r) throws Exception {
        Boolean authorized = r.booleanParameter("authorized");
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT body FROM device WHERE NOT removed";
        if (authorized != null) {
            sql += " AND authorized = ?";
            parameters.add(authorized);
        }
        String query = sql + " ORDER BY id";
        return deviceLists.get(authorized, () -> ApiResponse.array(threatIntel.withVendors(
                reader.bodies(new StoreReader.Query(query, parameters)))));
    }

    private ApiResponse connections(ApiRequest r, Long device) throws Exception {
        Long before = r.longParameter("discoveredBefore");
        Long after = r.longParameter("discoveredAfter");
        Integer minutes = r.intParameter("lastActiveInMinutes", 0, Integer.MAX_VALUE);
        StringBuilder sql = new StringBuilder("SELECT body FROM connection WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (device != null) {
            if (reader.count("SELECT COUNT(*) FROM device WHERE NOT removed AND id = " + device) == 0) {
                throw new ApiException(404, "no device with id " + device);
            }
            sql.append(" AND (first_device = ? OR second_device = ?)");
            parameters.add(device);
            parameters.add(device);
        }
        if (before != null) {
            sql.append(" AND discovered < ?");
            parameters.add(before);
        }
        if (after != null) {
            sql.append(" AND discovered > ?");
            parameters.add(after);
        }
        if (minutes != null) {
            sql.append(" AND last_seen >= ?");
            parameters.add(clock.nowMillis() - minutes * 60_000L);
        }
        return ApiResponse.array(reader.bodies(new StoreReader.Query(sql.append(" ORDER BY id").toString(),
                parameters)));
    }

    /** CVEs of the installed TI package matched to devices (an empty list until one is installed). */
    private ApiResponse cves(ApiRequest r, String ip) throws Exception {
        Integer top = r.intParameter("top", 0, Integer.MAX_VALUE);
        MatchedCves matched = cveCache.get(intel -> threatIntel.match(reader.bodies(new StoreReader.Query(
                "SELECT body FROM device WHERE NOT removed ORDER BY id", List.of())), (AppliedTi) intel));
        List<String> rows = new ArrayList<>();
        for (ApiCve cve : matched.select(ip, top == null ? 100 : top)) {
            rows.add(json.write(cve));
        }
        return ApiResponse.array(rows);
    }

    private static long deviceId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ApiException(400, "device id must be a number, not '" + ApiRequest.shorten(text) + "'");
        }
    }

    private static void ipAddress(String text) {
        try {
            IpAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "not an IP address: '" + ApiRequest.shorten(text) + "'");
        }
    }
}
