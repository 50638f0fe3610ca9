package io.plantwatch.decode.enip;

import io.plantwatch.decode.ActivityType;
import io.plantwatch.testing.FlowFeeder;
import io.plantwatch.testing.RecordedObservations;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static io.plantwatch.testing.Packets.concat;
import static org.assertj.core.api.Assertions.assertThat;

class EnipDecoderTest {
    private final EnipDecoder decoder = new EnipDecoder();
    private final RecordedObservations out = new RecordedObservations();

    private FlowFeeder tcp() {
        return new FlowFeeder(decoder, true, 50000, 44818);
    }

    /** An encapsulation header with the given command and data. */
    static byte[] encapsulation(int command, long context, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) command).putShort((short) data.length).putInt(0x1234).putInt(0).putLong(context).putInt(0);
        return concat(b.array(), data);
    }

    /** SendRRData with a null address item and an unconnected data item holding {@code cip}. */
    static byte[] sendRrData(long context, byte[] cip) {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0).putShort((short) 5).putShort((short) 2).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0xB2).putShort((short) cip.length);
        return encapsulation(0x6F, context, concat(b.array(), cip));
    }

    static byte[] le16(int v) {
        return new byte[] {(byte) v, (byte) (v >>> 8)};
    }

    /** Identity attributes 1-7 as both ListIdentity and Get_Attributes_All lay them out. */
    static byte[] identity(int vendor, int type, int product, int major, int minor, int serial, String name) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(le16(vendor));
        o.writeBytes(le16(type));
        o.writeBytes(le16(product));
        o.write(major);
        o.write(minor);
        o.writeBytes(le16(0x0030));
        o.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(serial).array());
        o.write(name.length());
        o.writeBytes(name.getBytes(StandardCharsets.ISO_8859_1));
        return o.toByteArray();
    }

    @Test
    void countsUnconnectedSendAndItsEmbeddedRequestAndReadsTheIdentityReply() {
        byte[] getIdentity = {0x01, 0x02, 0x20, 0x01, 0x24, 0x01};
        byte[] unconnectedSend = concat(new byte[] {0x52, 0x02, 0x20, 0x06, 0x24, 0x01, 0x0A, 0x05},
                le16(getIdentity.length), getIdentity, new byte[] {0x01, 0x00, 0x01, 0x00});
        byte[] reply = concat(new byte[] {(byte) 0x81, 0, 0, 0},
                identity(1, 14, 54, 16, 20, 0x0051823F, "1756-L61/B LOGIX5561"));

        tcp().fromClient(sendRrData(7, unconnectedSend), out).fromServer(sendRrData(7, reply), out);

        assertThat(out.functions).containsExactly("enip=111", "cip=82", "cip=1", "enip=111", "cip=1");
        assertThat(out.protocols).contains("cipcm");
        assertThat(out.identities).contains("SOURCE VENDOR=Rockwell Automation/Allen-Bradley",
                "SOURCE MODEL=1756-L61/B LOGIX5561", "SOURCE FIRMWARE=16.20", "SOURCE SERIAL=0x0051823f",
                "SOURCE DEVICE_TYPE=PLC");
        assertThat(out.commands).contains("Unconnected Send", "Get Attributes All");
        assertThat(out.malformed).isEmpty();
    }

    @Test
    void countsEveryServiceOfAMultipleServicePacket() {
        byte[] readTag = {0x4C, 0x03, (byte) 0x91, 0x03, 'a', 'b', 'c', 0x00, 0x01, 0x00};
        byte[] packet = concat(new byte[] {0x0A, 0x02, 0x20, 0x02, 0x24, 0x01}, le16(2), le16(6),
                le16(6 + readTag.length), readTag, readTag);

        tcp().fromClient(sendRrData(1, packet), out);

        assertThat(out.functions).containsExactly("enip=111", "cip=10", "cip=76", "cip=76");
        assertThat(out.protocols).contains("cipcls");
        assertThat(out.malformed).isEmpty();
    }

    @Test
    void stopAndResetAreControllerActivitiesOfAnEngineeringClient() {
        byte[] stop = {0x07, 0x02, 0x20, (byte) 0x8E, 0x24, 0x01};
        byte[] reset = {0x05, 0x02, 0x20, 0x01, 0x24, 0x01};

        tcp().fromClient(sendRrData(1, stop), out).fromClient(sendRrData(2, reset), out);

        assertThat(out.activities).extracting(a -> a.type())
                .containsExactly(ActivityType.CONTROLLER_STOP, ActivityType.RESTART);
        assertThat(out.activities.get(0).detail()).isEqualTo("Stop (class 0x8e, instance 1)");
        assertThat(out.roles).contains("SOURCE enip/CLIENT", "DESTINATION enip/SERVER", "SOURCE enip/ENGINEERING");
    }

    @Test
    void listIdentityOverUdpIsDiscoveryAndItsReplyNamesTheResponder() {
        byte[] item = concat(le16(1), new byte[16], identity(1, 12, 58, 4, 3, 0x00524D8E, "1756-ENBT/A"),
                new byte[] {3});
        byte[] reply = encapsulation(0x63, 0, concat(le16(1), le16(0x0C), le16(item.length), item));
        FlowFeeder udp = new FlowFeeder(decoder, false, 50000, 44818);

        udp.fromClient(encapsulation(0x63, 0, new byte[0]), out).fromServer(reply, out);

        assertThat(out.functions).containsExactly("enip=99", "enip=99");
        assertThat(out.activities).extracting(a -> a.type()).containsExactly(ActivityType.DISCOVERY);
        assertThat(out.identities).contains("SOURCE MODEL=1756-ENBT/A", "SOURCE FIRMWARE=4.03",
                "SOURCE DESCRIPTION=Communications Adapter");
    }

    @Test
    void truncatedAndInconsistentPdusAreCountedNotThrown() {
        FlowFeeder udp = new FlowFeeder(decoder, false, 50000, 44818);
        byte[] stop = {0x07, 0x02, 0x20, (byte) 0x8E, 0x24, 0x01};
        byte[] whole = sendRrData(1, stop);

        udp.fromClient(Arrays.copyOf(whole, 20), out); // header cut short
        udp.fromClient(Arrays.copyOf(whole, 30), out); // CPF cut short
        byte[] longPath = {0x07, 0x09, 0x20, (byte) 0x8E}; // path claims 18 bytes
        udp.fromClient(sendRrData(2, longPath), out);
        byte[] badOffsets = concat(new byte[] {0x0A, 0x02, 0x20, 0x02, 0x24, 0x01}, le16(3), le16(200));
        udp.fromClient(sendRrData(3, badOffsets), out);
        byte[] oversizedSend = concat(new byte[] {0x52, 0x02, 0x20, 0x06, 0x24, 0x01, 0x0A, 0x05}, le16(500));
        udp.fromClient(sendRrData(4, oversizedSend), out);
        byte[] shortIdentity = concat(new byte[] {(byte) 0x81, 0, 0, 0}, le16(1));
        udp.fromServer(sendRrData(5, shortIdentity), out);
        byte[] item = concat(le16(1), new byte[16], le16(1));
        udp.fromServer(encapsulation(0x63, 0, concat(le16(1), le16(0x0C), le16(item.length), item)), out);

        assertThat(out.malformed).hasSize(6);
        assertThat(out.malformed).allMatch(m -> m.startsWith("enip") || m.startsWith("cip"));
    }

    @Test
    void aReplyTiedToAGetAttributesAllOfTheIdentityClassNeedsItsWholeBody() {
        FlowFeeder udp = new FlowFeeder(decoder, false, 50000, 44818);
        udp.fromClient(sendRrData(9, new byte[] {0x01, 0x02, 0x20, 0x01, 0x24, 0x01}), out);
        udp.fromServer(sendRrData(9, concat(new byte[] {(byte) 0x81, 0, 0, 0}, le16(1), le16(14))), out);

        assertThat(out.malformed).containsExactly("cip: Identity attributes truncated");
        assertThat(out.identities).isEmpty();
    }

    @Test
    void aPduSplitAcrossSegmentsIsCountedOnceWhenComplete() {
        byte[] pdu = sendRrData(1, new byte[] {0x0E, 0x03, 0x20, 0x01, 0x24, 0x01, 0x30, 0x07});
        FlowFeeder feeder = tcp();

        feeder.fromClient(Arrays.copyOf(pdu, 10), out);
        assertThat(out.functions).isEmpty();
        feeder.fromClient(Arrays.copyOfRange(pdu, 10, pdu.length), out);

        assertThat(out.functions).containsExactly("enip=111", "cip=14");
    }
}
