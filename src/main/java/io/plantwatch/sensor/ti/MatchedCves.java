package io.plantwatch.sensor.ti;

import io.plantwatch.model.ApiCve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every stored device's CVEs under one installed package, per device address, in device order
 * and each address's CVEs highest score first: the expensive part of {@code /api/v1/devices/cves}
 * (reading every device and matching it against every advisory), kept so that a request only
 * filters by address and {@code top}. Immutable, so thread-safe.
 */
public final class MatchedCves {
    /** One device address and all its CVEs, highest score first. */
    record AddressCves(String ip, List<ApiCve> cves) {
    }

    public static final MatchedCves NONE = new MatchedCves(List.of());

    private final List<AddressCves> addresses;

    MatchedCves(List<AddressCves> addresses) {
        this.addresses = List.copyOf(addresses);
    }

    /** The rows for every address (or only {@code ip}), at most {@code top} per device address, by IP then score. */
    public List<ApiCve> select(String ip, int top) {
        List<ApiCve> rows = new ArrayList<>();
        for (AddressCves address : addresses) {
            if (ip == null || ip.equalsIgnoreCase(address.ip())) {
                address.cves().stream().limit(top).forEach(rows::add);
            }
        }
        rows.sort(Comparator.comparing(ApiCve::ipAddress).thenComparing(
                (ApiCve c) -> c.score() == null ? -1 : Double.parseDouble(c.score()), Comparator.reverseOrder()));
        return rows;
    }
}
