package io.plantwatch.console.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.plantwatch.console.sensors.CertificateRefusedException;
import io.plantwatch.console.sensors.Fingerprint;
import io.plantwatch.console.sensors.PinnedTrustManager;
import io.plantwatch.model.ApiAlert;
import io.plantwatch.model.ApiAlertAction;
import io.plantwatch.model.ApiConnection;
import io.plantwatch.model.ApiDevice;
import io.plantwatch.model.ChangesPage;
import io.plantwatch.model.SensorStatus;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The console's client for one sensor's API (DESIGN.md "Sensor API"): HTTPS to the pinned
 * certificate only, the token in {@code Authorization}, retries with backoff. Knows both our
 * incremental endpoints and Defender's v1 list endpoints. Thread-safe (the JDK client is).
 */
public final class SensorClient {
    /** Largest answer accepted; a 10k-device page is a few MB. */
    static final long MAX_ANSWER_BYTES = 512L * 1024 * 1024;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    private final String name;
    private final URI base;
    private final String token;
    private final RetryPolicy retry;
    private final HttpClient http;
    private final SSLContext tls;
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final ObjectReader devicesReader = mapper.readerFor(new TypeReference<List<ApiDevice>>() { });
    private final ObjectReader connectionsReader = mapper.readerFor(new TypeReference<List<ApiConnection>>() { });
    private final ObjectReader alertsReader = mapper.readerFor(new TypeReference<List<ApiAlert>>() { });

    public SensorClient(String name, URI base, String token, Fingerprint pinned, RetryPolicy retry) {
        this.name = name;
        this.base = base;
        this.token = token;
        this.retry = retry;
        try {
            this.tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new PinnedTrustManager(pinned)}, null);
            this.http = HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available", e);
        }
    }

    /** Our status endpoint; empty when the sensor has none (a Defender for IoT sensor). */
    public Optional<SensorStatus> status(Cancellation cancel) throws SensorApiException {
        try {
            return Optional.of(get("/api/plantwatch/v1/status", cancel, in -> mapper.readValue(in, SensorStatus.class)));
        } catch (SensorApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public ChangesPage changes(String since, int limit, Cancellation cancel) throws SensorApiException {
        String path = "/api/plantwatch/v1/changes?since=" + URLEncoder.encode(since == null ? "" : since,
                StandardCharsets.UTF_8) + "&limit=" + limit;
        return get(path, cancel, in -> mapper.readValue(in, ChangesPage.class));
    }

    public List<ApiDevice> devices(Cancellation cancel) throws SensorApiException {
        return get("/api/v1/devices/", cancel, devicesReader::readValue);
    }

    public List<ApiConnection> connections(Cancellation cancel) throws SensorApiException {
        return get("/api/v1/devices/connections", cancel, connectionsReader::readValue);
    }

    public List<ApiAlert> alerts(Cancellation cancel) throws SensorApiException {
        return get("/api/v1/alerts", cancel, alertsReader::readValue);
    }

    /** {@code PUT /api/v1/alerts/{uuid}} with {@code {"action": ...}}. */
    public void alertAction(String uuid, String action) throws SensorApiException {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(new ApiAlertAction(action));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest request = request("/api/v1/alerts/" + URLEncoder.encode(uuid, StandardCharsets.UTF_8)
                .replace("+", "%20")).PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json").build();
        send(request, Cancellation.none(), in -> null);
    }

    /**
     * {@code POST /api/plantwatch/v1/ti} with a TI package; returns the sensor's answer. A sensor
     * that rejects the package answers 400 with its reason, which is not retried.
     */
    public String uploadTi(byte[] tiPackage, Cancellation cancel) throws SensorApiException {
        String path = "/api/plantwatch/v1/ti";
        return exchange("POST " + path, cancel, in -> new String(in.readAllBytes(), StandardCharsets.UTF_8),
                () -> post(URI.create(base + path).toURL(), tiPackage));
    }

    /**
     * One upload over a plain TLS socket ({@code HttpsURLConnection}, fixed length): the JDK's
     * HttpClient encrypts a large body record by record into freshly allocated buffers, which made
     * the console's side of a 50 MB push cost as much CPU as the sensor's (bench push, JFR); the
     * socket reuses its buffers. The sensor's identity is its pinned certificate
     * ({@link PinnedTrustManager}), as for every other request, so no host name check is added.
     */
    private Answer post(java.net.URL url, byte[] body) throws IOException {
        javax.net.ssl.HttpsURLConnection connection = (javax.net.ssl.HttpsURLConnection) url.openConnection();
        connection.setSSLSocketFactory(tls.getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true);
        connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
        connection.setReadTimeout((int) REQUEST_TIMEOUT.toMillis());
        connection.setInstanceFollowRedirects(false);
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setFixedLengthStreamingMode(body.length);
        connection.setRequestProperty("Authorization", token);
        connection.setRequestProperty("Accept", "application/json");
        connection.setRequestProperty("Content-Type", "application/zip");
        try (java.io.OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
        int status = connection.getResponseCode();
        InputStream answer = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        return new Answer(status, answer == null ? InputStream.nullInputStream() : answer);
    }

    /** One exchange's answer: status and (decoded) body. */
    private record Answer(int status, InputStream body) {
    }

    /** One attempt of a request. */
    @FunctionalInterface
    private interface Exchange {
        Answer run() throws IOException, InterruptedException;
    }

    @FunctionalInterface
    private interface BodyReader<T> {
        T read(InputStream in) throws IOException;
    }

    private <T> T get(String path, Cancellation cancel, BodyReader<T> reader) throws SensorApiException {
        return send(request(path).GET().build(), cancel, reader);
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", token).header("Accept", "application/json")
                .header("Accept-Encoding", "gzip");
    }

    private <T> T send(HttpRequest request, Cancellation cancel, BodyReader<T> reader) throws SensorApiException {
        return exchange(request.method() + " " + request.uri().getRawPath(), cancel, reader, () -> {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            return new Answer(response.statusCode(), decoded(response));
        });
    }

    private <T> T exchange(String what, Cancellation cancel, BodyReader<T> reader, Exchange exchange)
            throws SensorApiException {
        SensorApiException last = null;
        for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
            cancel.throwIfCancelled();
            if (attempt > 1) {
                pause(retry.delayAfter(attempt - 1));
            }
            try {
                Answer answer = exchange.run();
                try (InputStream body = new BoundedInputStream(answer.body(), MAX_ANSWER_BYTES)) {
                    int status = answer.status();
                    if (status >= 200 && status < 300) {
                        try {
                            return reader.read(body);
                        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                            throw new SensorApiException(name + ": " + what + " answered malformed JSON: "
                                    + e.getOriginalMessage(), false, status, e);
                        }
                    }
                    last = new SensorApiException(name + ": " + what + " answered " + status + errorText(body),
                            false, status, null);
                    if (!RetryPolicy.retryableStatus(status)) {
                        throw last;
                    }
                }
            } catch (IOException e) {
                CertificateRefusedException refused = certificateRefusal(e);
                if (refused != null) {
                    throw new SensorApiException(name + ": " + refused.getMessage(), true, 0, refused);
                }
                last = new SensorApiException(name + ": " + what + " failed: " + describe(e), true, 0, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SensorApiException(name + ": interrupted", true, 0, e);
            }
        }
        throw last;
    }

    /**
     * The body, inflated when the sensor compressed it. JSON shrinks about tenfold, which saves
     * more TLS work on both ends than inflating costs. The bound applies to the inflated bytes.
     */
    private static InputStream decoded(HttpResponse<InputStream> response) throws IOException {
        boolean gzip = response.headers().firstValue("Content-Encoding").map(v -> v.contains("gzip")).orElse(false);
        return gzip ? new java.util.zip.GZIPInputStream(response.body(), 64 * 1024) : response.body();
    }

    private String errorText(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(4096);
            JsonNode error = mapper.readTree(bytes).get("error");
            return error == null ? "" : ": " + error.asText();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void pause(Duration delay) throws SensorApiException {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SensorApiException("interrupted", true, 0, e);
        }
    }

    private static CertificateRefusedException certificateRefusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertificateRefusedException) {
                return (CertificateRefusedException) cause;
            }
        }
        return null;
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        String text = e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && (message == null || !message.contains(cause.getMessage()))) {
            text += ": " + cause.getMessage();
        }
        return text;
    }
}
