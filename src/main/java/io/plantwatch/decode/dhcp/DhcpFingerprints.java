package io.plantwatch.decode.dhcp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = DhcpFingerprints.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (!line.isBlank() && !line.startsWith("#") && tab > 0) {
                    byList.put(line.substring(0, tab).replace(" ", ""), line.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DhcpFingerprints(byList);
    }

    /** The OS whose client sends exactly this list ("1,3,6,15"), or null. */
    public String osOf(String parameterRequestList) {
        return parameterRequestList == null ? null : byList.get(parameterRequestList);
    }
}
