package io.plantwatch.sensor.ti;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plantwatch.model.ApiCve;
import io.plantwatch.ti.match.CveMatch;
import io.plantwatch.ti.match.DeviceIdentity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Applies the installed package to stored devices as the API serves them: CVEs per device IP
 * ({@code /api/v1/devices/cves}, Defender's shape, see {@link MatchedCves}) and
 * vendors from the full IEEE table for devices whose traffic named none. Works on the device JSON
 * bodies so the store and the pipeline stay untouched. Thread-safe (reads one immutable package).
 */
public final class DeviceThreatIntel {
    private final TiPackageStore store;
    private final ObjectMapper json = new ObjectMapper();

    public DeviceThreatIntel(TiPackageStore store) {
        this.store = store;
    }

    /**
     * Matches every device against {@code ti}, the package read before the devices (so a cache
     * keyed on it never keeps an answer as newer than it is); no package, no CVEs.
     */
    public MatchedCves match(List<String> deviceBodies, AppliedTi ti) throws Exception {
        if (ti == null) {
            return MatchedCves.NONE;
        }
        List<MatchedCves.AddressCves> addresses = new ArrayList<>();
        for (String body : deviceBodies) {
            JsonNode device = json.readTree(body);
            List<CveMatch> matches = ti.cves().match(identity(device, ti));
            if (matches.isEmpty()) {
                continue;
            }
            for (JsonNode address : device.path("ipAddresses")) {
                List<ApiCve> rows = new ArrayList<>(matches.size());
                matches.forEach(m -> rows.add(new ApiCve(m.cve(), address.asText(),
                        m.score() == null ? null : String.format(Locale.ROOT, "%.1f", m.score()), m.attackVector(),
                        m.description())));
                addresses.add(new MatchedCves.AddressCves(address.asText(), rows));
            }
        }
        return new MatchedCves(addresses);
    }

    /** The device bodies with {@code vendor} filled from the IEEE table where the device had none. */
    public List<String> withVendors(List<String> deviceBodies) throws Exception {
        AppliedTi applied = store.applied();
        if (applied == null) {
            return deviceBodies;
        }
        List<String> out = new ArrayList<>(deviceBodies.size());
        for (String body : deviceBodies) {
            JsonNode device = json.readTree(body);
            if (device.path("vendor").asText("").isBlank() && device.path("macAddresses").size() > 0) {
                String vendor = applied.oui().vendor(device.path("macAddresses").get(0).asText());
                if (vendor != null) {
                    ((ObjectNode) device).put("vendor", vendor);
                    out.add(json.writeValueAsString(device));
                    continue;
                }
            }
            out.add(body);
        }
        return out;
    }

    private static DeviceIdentity identity(JsonNode device, AppliedTi applied) {
        String vendor = device.path("vendor").asText(null);
        if ((vendor == null || vendor.isBlank()) && device.path("macAddresses").size() > 0) {
            vendor = applied.oui().vendor(device.path("macAddresses").get(0).asText());
        }
        return new DeviceIdentity(vendor, device.path("model").asText(null), device.path("firmwareVersion").asText(null));
    }
}
