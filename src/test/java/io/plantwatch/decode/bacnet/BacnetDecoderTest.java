package io.plantwatch.decode.bacnet;

import io.plantwatch.decode.ActivityType;
import io.plantwatch.testing.FlowFeeder;
import io.plantwatch.testing.RecordedObservations;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.plantwatch.testing.Packets.concat;
import static org.assertj.core.api.Assertions.assertThat;

class BacnetDecoderTest {
    private final RecordedObservations out = new RecordedObservations();
    private final FlowFeeder feeder = new FlowFeeder(new BacnetDecoder(), false, 47808, 47808);

    /** Original-Unicast-NPDU around an NPDU (version 1, control) and an APDU. */
    static byte[] bvlc(int control, byte[] apdu) {
        byte[] npdu = concat(new byte[] {1, (byte) control}, apdu);
        int length = 4 + npdu.length;
        return concat(new byte[] {(byte) 0x81, 0x0A, (byte) (length >>> 8), (byte) length}, npdu);
    }

    static byte[] characterString(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return concat(new byte[] {0x75, (byte) (bytes.length + 1), 0}, bytes);
    }

    /** A ReadProperty-ACK of a device object's property with a character-string value. */
    static byte[] readPropertyAck(int instance, int property, String value) {
        int objectId = 8 << 22 | instance;
        return concat(new byte[] {0x30, 1, 12, 0x0C, (byte) (objectId >>> 24), (byte) (objectId >>> 16),
                (byte) (objectId >>> 8), (byte) objectId, 0x19, (byte) property, 0x3E}, characterString(value),
                new byte[] {0x3F});
    }

    @Test
    void countsConfirmedServicesOfRequestsAcksAndErrorsAndUnconfirmedOnes() {
        feeder.fromClient(bvlc(0x04, new byte[] {0x00, 0x05, 1, 20, 0x09, 0}), out) // reinitializeDevice
                .fromServer(bvlc(0, new byte[] {0x20, 1, 20}), out) // simple ACK
                .fromServer(bvlc(0, new byte[] {0x50, 1, 20, (byte) 0x91, 0}), out) // error
                .fromClient(bvlc(0, new byte[] {0x10, 0x08}), out) // who-Is
                .fromServer(bvlc(0, new byte[] {0x40, 1, 0, 4}), out); // segment ACK: no service

        assertThat(out.functions).containsExactly("bacapp_confirmed=20", "bacapp_confirmed=20",
                "bacapp_confirmed=20", "bacapp_unconfirmed=8");
        assertThat(out.activities).extracting(a -> a.type())
                .containsExactly(ActivityType.RESTART, ActivityType.DISCOVERY);
        assertThat(out.roles).contains("SOURCE bacapp/CLIENT", "DESTINATION bacapp/SERVER", "SOURCE bacapp/ENGINEERING");
        assertThat(out.commands).containsExactly("reinitializeDevice", "who-Is");
    }

    @Test
    void everySegmentOfASegmentedComplexAckCarriesItsService() {
        feeder.fromServer(bvlc(0, new byte[] {0x3C, 1, 0, 4, 12, 0x0C}), out)
                .fromServer(bvlc(0, new byte[] {0x38, 1, 1, 4, 12, 0x3F}), out);

        assertThat(out.functions).containsExactly("bacapp_confirmed=12", "bacapp_confirmed=12");
        assertThat(out.malformed).isEmpty();
    }

    @Test
    void iAmAndDevicePropertiesIdentifyTheSender() {
        int objectId = 8 << 22 | 416;
        byte[] iAm = {0x10, 0x00, (byte) 0xC4, (byte) (objectId >>> 24), (byte) (objectId >>> 16),
            (byte) (objectId >>> 8), (byte) objectId, 0x22, 0x04, 0x00, (byte) 0x91, 0x03, 0x21, (byte) 154};
        feeder.fromServer(bvlc(0, iAm), out)
                .fromServer(bvlc(0, readPropertyAck(416, 77, "AHU-1")), out)
                .fromServer(bvlc(0, readPropertyAck(416, 44, "5.6.1")), out);

        assertThat(out.identities).containsExactly("SOURCE DESCRIPTION=BACnet device 416",
                "SOURCE VENDOR=Unitec Corporation", "SOURCE PRODUCT_CODE=BACnet vendor 154",
                "SOURCE NAME=AHU-1", "SOURCE FIRMWARE=5.6.1");
    }

    @Test
    void aRoutedMessageSaysNothingAboutTheRouterThatRelayedIt() {
        // control 0x08: SNET 5, SLEN 1, SADR 7; the I-Am is from a device behind the router
        byte[] iAm = {0x10, 0x00, (byte) 0xC4, 0x02, 0x00, 0x00, 0x01, 0x22, 0x04, 0x00, (byte) 0x91, 0x03, 0x21, 8};
        feeder.fromServer(bvlc(0x08, concat(new byte[] {0, 5, 1, 7}, iAm)), out);

        assertThat(out.functions).containsExactly("bacapp_unconfirmed=0");
        assertThat(out.identities).isEmpty();
    }

    @Test
    void truncatedAndGarbledMessagesAreCountedNotThrown() {
        feeder.fromClient(new byte[] {(byte) 0x81, 0x0A}, out); // BVLC header cut
        feeder.fromClient(bvlc(0x20, new byte[] {0, 5, 6}), out); // DNET/DLEN then nothing
        feeder.fromClient(bvlc(0, new byte[] {0x00, 0x05}), out); // confirmed request without service
        feeder.fromServer(bvlc(0, new byte[] {0x10, 0x00, (byte) 0xC4, 0x02}), out); // I-Am object id cut
        byte[] hugeString = {0x30, 1, 12, 0x0C, 0x02, 0x00, 0x00, 0x01, 0x19, 77, 0x3E, 0x75, (byte) 255,
            0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0};
        feeder.fromServer(bvlc(0, hugeString), out); // string length 2^31-1
        feeder.fromServer(bvlc(0, new byte[] {(byte) 0xF0}), out); // APDU type 15

        assertThat(out.malformed).hasSize(6);
        assertThat(out.identities).isEmpty();
    }

    @Test
    void datagramsThatAreNotBacnetIpAreLeftAlone() {
        feeder.fromClient(new byte[] {0x45, 0x00, 0x01}, out);

        assertThat(out.protocols).isEmpty();
        assertThat(out.malformed).isEmpty();
    }
}
