package io.plantwatch.sensor.api;

import java.util.HashMap;
import java.util.Map;

/**
 * One method and path pattern ({@code /api/v1/devices/{id}/connections}) with its handler.
 *
 * @param maxBody the largest request body accepted, in bytes (larger: 413)
 */
public record Route(String method, String pattern, long maxBody, Handler handler) {
    /** Answers a request; throws {@link ApiException} to refuse it. */
    @FunctionalInterface
    public interface Handler {
        ApiResponse handle(ApiRequest request) throws Exception;
    }

    /** The path's parameters when it matches the pattern, else null. */
    Map<String, String> match(String path) {
        String[] want = split(pattern);
        String[] got = split(path);
        if (want.length != got.length) {
            return null;
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].startsWith("{") && want[i].endsWith("}")) {
                if (got[i].isEmpty()) {
                    return null;
                }
                parameters.put(want[i].substring(1, want[i].length() - 1), got[i]);
            } else if (!want[i].equals(got[i])) {
                return null;
            }
        }
        return parameters;
    }

    /** Segments without the leading and a trailing slash ("/api/v1/devices/" is "/api/v1/devices"). */
    private static String[] split(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.split("/", -1);
    }
}
