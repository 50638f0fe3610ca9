package io.plantwatch.decode.opcua;

import io.plantwatch.testing.FlowFeeder;
import io.plantwatch.testing.RecordedObservations;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static io.plantwatch.testing.Packets.concat;
import static org.assertj.core.api.Assertions.assertThat;

class OpcUaDecoderTest {
    private static final String NONE = "http://opcfoundation.org/UA/SecurityPolicy#None";

    private final RecordedObservations out = new RecordedObservations();
    private final FlowFeeder feeder = new FlowFeeder(new OpcUaDecoder(), true, 50000, 4840);

    static byte[] message(String type, char chunk, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        b.put(type.getBytes(StandardCharsets.US_ASCII)).put((byte) chunk).putInt(8 + body.length);
        return concat(b.array(), body);
    }

    static byte[] string(String text) {
        if (text == null) {
            return int32(-1);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return concat(int32(bytes.length), bytes);
    }

    static byte[] int32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    /** Four-byte numeric node id in namespace 0. */
    static byte[] typeId(int id) {
        return new byte[] {0x01, 0x00, (byte) id, (byte) (id >>> 8)};
    }

    static byte[] open(String policy, int service) {
        return message("OPN", 'F', concat(int32(0), string(policy), string(null), string(null), int32(1), int32(1),
                typeId(service)));
    }

    static byte[] msg(char chunk, byte[] body) {
        return message("MSG", chunk, concat(int32(1), int32(1), int32(2), int32(2), body));
    }

    static byte[] applicationDescription(String uri, String product, String name) {
        return concat(string(uri), string(product), new byte[] {0x02}, string(name), int32(1), string(null),
                string(null), int32(0));
    }

    @Test
    void helloNamesTheEndpointAndTheRoles() {
        byte[] hello = message("HEL", 'F', concat(int32(0), int32(65536), int32(65536), int32(0), int32(0),
                string("opc.tcp://plc:4840")));

        feeder.fromClient(hello, out);

        assertThat(out.identities).containsExactly("DESTINATION DESCRIPTION=OPC UA endpoint opc.tcp://plc:4840");
        assertThat(out.roles).containsExactly("SOURCE opcua/CLIENT", "DESTINATION opcua/SERVER");
        assertThat(out.functions).isEmpty();
    }

    @Test
    void createSessionRequestIdentifiesTheClientApplication() {
        byte[] requestHeader = concat(new byte[] {0x00, 0x00}, new byte[8], int32(1), int32(0), string(null),
                int32(1000), new byte[] {0x00, 0x00, 0x00});
        feeder.fromClient(open(NONE, 446), out)
                .fromClient(msg('F', concat(typeId(461), requestHeader,
                        applicationDescription("urn:client", "urn:product", "Pure Python Client"))), out);

        assertThat(out.functions).containsExactly("opcua=446", "opcua=461");
        assertThat(out.identities).containsExactly("SOURCE SOFTWARE=Pure Python Client",
                "SOURCE PRODUCT_CODE=urn:product", "SOURCE DESCRIPTION=OPC UA application urn:client");
        assertThat(out.commands).containsExactly("OpenSecureChannel", "CreateSession");
    }

    @Test
    void aChunkedMessageCountsOnceOnItsFinalChunk() {
        feeder.fromClient(msg('C', concat(typeId(673), new byte[20])), out)
                .fromClient(msg('C', new byte[20]), out);
        assertThat(out.functions).isEmpty();
        feeder.fromClient(msg('F', new byte[20]), out);

        assertThat(out.functions).containsExactly("opcua=673");
        assertThat(out.activities).extracting(a -> a.detail()).containsExactly("Write");
    }

    @Test
    void encryptedBodiesAreReadAsTsharkDoesButNeverForIdentities() {
        byte[] garbage = {0x00, (byte) 0xD7, 0x41, 0x42}; // a two-byte node id by chance: tshark shows 215
        feeder.fromClient(open("http://opcfoundation.org/UA/SecurityPolicy#Basic256Sha256", 0), out)
                .fromClient(msg('F', garbage), out)
                .fromClient(msg('F', new byte[] {(byte) 0xC5, 1, 2, 3}), out);

        assertThat(out.functions).containsExactly("opcua=0", "opcua=215");
        assertThat(out.identities).isEmpty();
    }

    @Test
    void truncatedAndGarbledMessagesAreCountedNotThrown() {
        FlowFeeder udpLike = new FlowFeeder(new OpcUaDecoder(), true, 50001, 4840);
        udpLike.fromClient(message("HEL", 'F', new byte[] {1, 2, 3}), out); // hello cut short
        FlowFeeder second = new FlowFeeder(new OpcUaDecoder(), true, 50002, 4840);
        second.fromClient(message("OPN", 'F', concat(int32(0), int32(0x7FFF_FFFF))), out); // policy length huge
        FlowFeeder third = new FlowFeeder(new OpcUaDecoder(), true, 50003, 4840);
        third.fromClient(open(NONE, 446), out)
                .fromServer(msg('F', concat(typeId(431), new byte[8])), out); // response header cut
        FlowFeeder fourth = new FlowFeeder(new OpcUaDecoder(), true, 50004, 4840);
        fourth.fromClient(message("MSG", 'F', Arrays.copyOf(int32(1), 10)), out); // security header cut

        assertThat(out.malformed).hasSize(4).allMatch(m -> m.startsWith("opcua"));
    }
}
