package io.plantwatch.sensor.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A response: status, content type and body bytes. */
public record ApiResponse(int status, String contentType, byte[] body) {
    public static final String JSON = "application/json";

    public static ApiResponse json(int status, String json) {
        return new ApiResponse(status, JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON array of already encoded JSON values. */
    public static ApiResponse array(List<String> jsonValues) {
        StringBuilder out = new StringBuilder(jsonValues.size() * 512 + 2).append('[');
        for (int i = 0; i < jsonValues.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(jsonValues.get(i));
        }
        return json(200, out.append(']').toString());
    }
}
