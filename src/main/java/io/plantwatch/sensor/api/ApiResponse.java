package io.plantwatch.sensor.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A response: status, content type and body bytes, and the body gzip-compressed, made on first
 * need and kept: an answer reused across requests (the device list, {@link DeviceListCache}) is
 * compressed once, not once per client. Thread-safe (immutable but for that memo).
 */
public final class ApiResponse {
    public static final String JSON = "application/json";
    /** Bodies smaller than this go uncompressed: they fit in a packet or two anyway. */
    static final int GZIP_FROM_BYTES = 2 * 1024;

    private final int status;
    private final String contentType;
    private final byte[] body;
    private volatile byte[] gzipped;

    public ApiResponse(int status, String contentType, byte[] body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

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

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] body() {
        return body;
    }

    /** Whether a client that accepts gzip should get {@link #gzipped()}: JSON large enough to gain. */
    boolean worthCompressing() {
        return JSON.equals(contentType) && body.length >= GZIP_FROM_BYTES;
    }

    /**
     * The body gzip-compressed at the fastest level: JSON of devices shrinks about tenfold even
     * so, and the fastest level costs the least CPU on a sensor that is busy capturing.
     */
    byte[] gzipped() {
        byte[] kept = gzipped;
        if (kept == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 8 + 64);
            try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            }) {
                gzip.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
            }
            kept = out.toByteArray();
            gzipped = kept;
        }
        return kept;
    }
}
