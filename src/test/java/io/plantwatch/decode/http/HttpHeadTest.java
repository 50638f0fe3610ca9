package io.plantwatch.decode.http;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The header block parser, read in place from a direct buffer as frames are. */
class HttpHeadTest {

    private static HttpHead parse(String head) {
        byte[] bytes = head.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length + 5);
        direct.put(5, bytes);
        return HttpHead.parse(direct, 5, bytes.length);
    }

    @Test
    void requestWithTheHeadersKeptAndOthersIgnored() {
        HttpHead head = parse("POST /x HTTP/1.1\r\nHost: a\r\n  user-AGENT : \t curl/8.0 \r\n"
                + "Proxy-Authorization: Basic YTpi\r\nCONTENT-LENGTH: 12\r\n\r\n");
        assertThat(head.method()).isSameAs("POST"); // the constant: commands compare by identity first
        assertThat(head.userAgent()).isEqualTo("curl/8.0");
        assertThat(head.authorization()).isEqualTo("Basic YTpi");
        assertThat(head.contentLength()).isEqualTo(12);
        assertThat(head.server()).isNull();
        assertThat(parse("BREW /pot HTTP/1.1\n\n").method()).isEqualTo("BREW");
    }

    @Test
    void responseStatusLengthsAndChunkingAsJavaParsesThem() {
        HttpHead head = parse("HTTP/1.1 204 No Content\r\nServer: Boa\r\nTransfer-Encoding: gzip, ChUnKeD\r\n\r\n");
        assertThat(head.isRequest()).isFalse();
        assertThat(head.status()).isEqualTo(204);
        assertThat(head.chunked()).isTrue();
        assertThat(head.server()).isEqualTo("Boa");
        assertThat(parse("HTTP/1.1 +20 x\r\n\r\n").status()).isEqualTo(20);
        assertThat(parse("HTTP/1.1 2x0 x\r\n\r\n").status()).isZero();
        assertThat(parse("HTTP/1.1 20\r\n\r\n").status()).isZero(); // status line too short
        assertThat(parse("GET / HTTP/1.1\r\nContent-Length: +5\r\n\r\n").contentLength()).isEqualTo(5);
        assertThat(parse("GET / HTTP/1.1\r\nContent-Length: -5\r\n\r\n").contentLength()).isEqualTo(-1);
        assertThat(parse("GET / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n").contentLength())
                .isEqualTo(-1);
        assertThat(parse("GET / HTTP/1.1\r\nContent-Length:\r\n\r\n").contentLength()).isEqualTo(-1);
    }

    @Test
    void valuesAreCutAt1024Characters() {
        HttpHead head = parse("GET / HTTP/1.1\r\nUser-Agent: " + "a".repeat(2000) + "\r\n\r\n");
        assertThat(head.userAgent()).hasSize(1024);
    }
}
