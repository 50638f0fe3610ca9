package io.plantwatch.decode.dns;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Names are checked when a message is read but made into strings only when asked for. */
class DnsMessageTest {
    /** A response for histarian.plant A 10.0.0.1 (as the synthetic capture spells it), the answer's name a pointer to the question's. */
    private static final byte[] RESPONSE = HexFormat.of().parseHex("abcd81800001000100000000096869737461726961"
            + "6e05706c616e740000010001c00c000100010000003c00040a000001");

    @Test
    void questionsAndAnswersNameWhatTheBytesSay() throws DnsFormatException {
        ByteBuffer direct = ByteBuffer.allocateDirect(RESPONSE.length + 3);
        direct.put(3, RESPONSE);
        DnsMessage message = DnsMessage.read(direct, 3, RESPONSE.length);
        assertThat(message.isResponse()).isTrue();
        assertThat(message.questions()).singleElement().satisfies(q -> {
            assertThat(q.name()).isEqualTo("histarian.plant");
            assertThat(q.type()).isEqualTo(DnsMessage.TYPE_A);
        });
        assertThat(message.answers()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("histarian.plant");
            assertThat(r.type()).isEqualTo(DnsMessage.TYPE_A);
        });
        assertThat(message.ipv4(message.answers().get(0))).isEqualTo(0x0A000001);
    }

    @Test
    void aBadNameFailsTheReadThoughNoNameIsMade() {
        byte[] loop = RESPONSE.clone();
        loop[33] = (byte) 0xC0; // the answer's name, a pointer to offset 12, becomes one to itself (33)
        loop[34] = 33;
        assertThatThrownBy(() -> DnsMessage.read(ByteBuffer.wrap(loop), 0, loop.length))
                .isInstanceOf(DnsFormatException.class);
    }
}
