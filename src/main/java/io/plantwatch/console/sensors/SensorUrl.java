package io.plantwatch.console.sensors;

import java.net.URI;

/** Checks a sensor's base URL: HTTPS only (DESIGN.md), with a host. Stateless. */
public final class SensorUrl {
    private SensorUrl() {
    }

    public static URI parse(String text) {
        URI url;
        try {
            url = URI.create(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: " + text);
        }
        check(url);
        String path = url.getPath() == null ? "" : url.getPath();
        return path.endsWith("/") ? URI.create(url.toString().substring(0, url.toString().length() - 1)) : url;
    }

    public static void check(URI url) {
        if (!"https".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("sensors speak HTTPS only; got " + url);
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("no host in " + url);
        }
    }
}
