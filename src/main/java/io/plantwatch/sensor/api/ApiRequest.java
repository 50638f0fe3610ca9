package io.plantwatch.sensor.api;

import java.util.Map;

/**
 * One API request as routes see it.
 *
 * @param pathParameters values of the route's {@code {name}} segments
 * @param body the request body (empty when none)
 */
public record ApiRequest(String method, String path, Map<String, String> query, Map<String, String> pathParameters,
                         byte[] body) {

    public String path(String name) {
        return pathParameters.get(name);
    }

    /** A query parameter, or null. */
    public String query(String name) {
        return query.get(name);
    }

    public Long longParameter(String name) {
        String v = query(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new ApiException(400, name + " must be a whole number, not '" + shorten(v) + "'");
        }
    }

    public Integer intParameter(String name, int min, int max) {
        Long v = longParameter(name);
        if (v == null) {
            return null;
        }
        if (v < min || v > max) {
            throw new ApiException(400, name + " must be between " + min + " and " + max);
        }
        return v.intValue();
    }

    public Boolean booleanParameter(String name) {
        String v = query(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new ApiException(400, name + " must be true or false, not '" + shorten(v) + "'");
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
