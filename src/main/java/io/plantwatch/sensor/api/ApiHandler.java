package io.plantwatch.sensor.api;

import io.plantwatch.sensor.Json;
import io.plantwatch.sensor.tokens.TokenVerifier;
import io.plantwatch.model.ApiError;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * Every request passes here: token check (429 once an address guessed too often, 401 without a
 * valid token, whatever the path), routing (404, 405), body limit (413), then the route; any
 * failure becomes a JSON error, so nothing in a request can take the service down. Thread-safe.
 */
final class ApiHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final long DRAIN_LIMIT = 8L * 1024 * 1024;

    private final Router router;
    private final TokenVerifier tokens;
    private final AuthThrottle throttle;
    private final Json json;

    ApiHandler(Router router, TokenVerifier tokens, AuthThrottle throttle, Json json) {
        this.router = router;
        this.tokens = tokens;
        this.throttle = throttle;
        this.json = json;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        ApiResponse answer;
        try {
            answer = answer(request);
        } catch (ApiException e) {
            if (e.status() != 413) {
                drainQuietly(request);
            }
            answer = error(e.status(), e.getMessage());
        } catch (Exception | StackOverflowError e) {
            LOG.error("request {} {} failed", request.getMethod(), request.getHttpURI().getPath(), e);
            answer = error(500, "internal error: " + e.getClass().getSimpleName());
        }
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (answer.status() == 429) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(AuthThrottle.WINDOW_MILLIS / 1000));
        }
        byte[] body = answer.body();
        if (answer.worthCompressing()) {
            response.getHeaders().put(HttpHeader.VARY, HttpHeader.ACCEPT_ENCODING.asString());
            if (acceptsGzip(request)) {
                body = answer.gzipped();
                response.getHeaders().put(HttpHeader.CONTENT_ENCODING, "gzip");
            }
        }
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** {@code Accept-Encoding} names gzip without refusing it ({@code gzip;q=0}: Jetty drops those). */
    static boolean acceptsGzip(Request request) {
        for (String coding : request.getHeaders().getQualityCSV(HttpHeader.ACCEPT_ENCODING)) {
            if (coding.equalsIgnoreCase("gzip")) {
                return true;
            }
        }
        return false;
    }

    private ApiResponse answer(Request request) throws Exception {
        String address = Request.getRemoteAddr(request);
        long now = System.currentTimeMillis();
        if (throttle.blocked(address, now)) {
            throw new ApiException(429, "too many requests with wrong tokens; try again later");
        }
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (!tokens.isValid(authorization)) {
            if (TokenVerifier.presented(authorization)) {
                throttle.failed(address, now);
                throw new ApiException(401, "wrong token");
            }
            throw new ApiException(401, "missing token: send the header 'Authorization: <token>'");
        }
        String path = request.getHttpURI().getPath();
        Router.Match match = router.find(request.getMethod(), path == null ? "/" : path);
        byte[] body = body(request, match.route().maxBody());
        return match.route().handler().handle(new ApiRequest(request.getMethod(), path, query(request),
                match.parameters(), body));
    }

    private static Map<String, String> query(Request request) {
        Map<String, String> query = new HashMap<>();
        try {
            Fields fields = Request.extractQueryParameters(request);
            for (Fields.Field f : fields) {
                query.put(f.getName(), f.getValue());
            }
        } catch (RuntimeException e) {
            throw new ApiException(400, "malformed query string");
        }
        return query;
    }

    private static byte[] body(Request request, long max) throws IOException {
        long declared = request.getLength();
        if (max == 0 && declared <= 0) {
            return new byte[0];
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            if (declared > max) {
                throw tooLarge(in, max);
            }
            if (declared > 0) {
                // Read straight into an array of the declared size: readNBytes(max) would gather
                // 8 KB chunks and copy them again, garbage the size of the body (a 50 MB TI package).
                byte[] body = new byte[(int) declared];
                int read = in.readNBytes(body, 0, body.length);
                if (read < body.length) {
                    throw new ApiException(400, "request body shorter than its Content-Length");
                }
                return body;
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max) {
                throw tooLarge(in, max);
            }
            return body;
        }
    }

    /**
     * A request refused before its body was read (401, 404, ...) still has that body on the wire;
     * answering and closing at once would give a client still sending it a broken pipe instead of
     * the answer, so the body is read and dropped (up to {@link #DRAIN_LIMIT}).
     */
    private static void drainQuietly(Request request) {
        try (InputStream in = Content.Source.asInputStream(request)) {
            skip(in);
        } catch (IOException | RuntimeException e) {
            LOG.debug("request body not drained: {}", e.toString());
        }
    }

    private static void skip(InputStream in) throws IOException {
        long skipped = 0;
        byte[] sink = new byte[64 * 1024];
        int n;
        while (skipped < DRAIN_LIMIT && (n = in.read(sink)) > 0) {
            skipped += n;
        }
    }

    /**
     * A client that sends its whole body before reading the answer would only see a broken pipe
     * if we closed at once: a modest excess is read and dropped so it gets its 413; beyond
     * {@link #DRAIN_LIMIT} the connection is closed.
     */
    private static ApiException tooLarge(InputStream in, long max) throws IOException {
        skip(in);
        return new ApiException(413, "request body too large (at most " + max + " bytes)");
    }

    private ApiResponse error(int status, String message) {
        return ApiResponse.json(status, json.write(new ApiError(message)));
    }
}
