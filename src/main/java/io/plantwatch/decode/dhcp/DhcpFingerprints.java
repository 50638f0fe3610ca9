package io.plantwatch.decode.dhcp;

import io.plantwatch.decode.support.DataFile;

import java.util.HashMap;
import java.util.Map;

/**
 * Operating systems by the exact DHCP parameter request list (option 55) their DHCP clients send,
 * from {@code dhcp-fingerprints.tsv}. The order of the codes is part of the fingerprint. Immutable
 * and thread-safe.
 */
public final class DhcpFingerprints {
    static final String RESOURCE = "dhcp-fingerprints.tsv";

    private final Map<String, String> byList;

    private DhcpFingerprints(Map<String, String> byList) {
        this.byList = Map.copyOf(byList);
    }

    /** The shipped table; read once per call, so keep the result. */
    public static DhcpFingerprints standard() {
        Map<String, String> byList = new HashMap<>();
        for (String[] row : DataFile.rows(DhcpFingerprints.class, RESOURCE, 2)) {
            byList.put(row[0].replace(" ", ""), row[1]);
        }
        return new DhcpFingerprints(byList);
    }

    /** The OS whose client sends exactly this list ("1,3,6,15"), or null. */
    public String osOf(String parameterRequestList) {
        return parameterRequestList == null ? null : byList.get(parameterRequestList);
    }
}
