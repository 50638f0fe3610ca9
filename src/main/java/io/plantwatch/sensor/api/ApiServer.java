package io.plantwatch.sensor.api;

import io.plantwatch.sensor.Json;
import io.plantwatch.sensor.tls.TlsMaterial;
import io.plantwatch.sensor.tokens.TokenVerifier;
import io.plantwatch.model.ApiError;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The HTTPS server (Jetty 12) for the sensor API: TLS only, with the sensor's own certificate,
 * a bounded thread pool, request headers capped, and Jetty's own error pages replaced by JSON.
 * Thread-safe.
 */
public final class ApiServer implements AutoCloseable {
    private static final int MAX_THREADS = 32;
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final long IDLE_TIMEOUT_MILLIS = 30_000;

    private final Server server;
    private final ServerConnector connector;

    public ApiServer(String host, int port, TlsMaterial tls, Router router, TokenVerifier tokens, int authFailuresPerMinute,
                     Json json) {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4);
        threads.setName("api");
        server = new Server(threads);
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(tls.keyStore());
        ssl.setKeyStorePassword(tls.password());
        ssl.setKeyManagerPassword(tls.password());
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false); // clients reach us by IP; the certificate is pinned, not name-checked
        http.addCustomizer(secure);
        connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        server.addConnector(connector);
        server.setHandler(new ApiHandler(router, tokens, new AuthThrottle(authFailuresPerMinute), json));
        server.setErrorHandler(new JsonErrors(json));
    }

    public void start() throws Exception {
        server.start();
    }

    /** The port listened on (the one chosen when 0 was asked for). */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** Errors Jetty answers itself (bad HTTP, headers too large) as {@code {"error": ...}}. */
    private static final class JsonErrors extends ErrorHandler {
        private final Json json;

        JsonErrors(Json json) {
            this.json = json;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int status = response.getStatus() <= 0 ? 500 : response.getStatus();
            String body = json.write(new ApiError("HTTP " + status));
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
    }
}
