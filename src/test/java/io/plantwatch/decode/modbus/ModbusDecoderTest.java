package io.plantwatch.decode.modbus;

import io.plantwatch.decode.ActivityType;
import io.plantwatch.testing.DecoderHarness;
import io.plantwatch.testing.PacketFactory;
import io.plantwatch.testing.TcpConversation;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static io.plantwatch.testing.FrameBytes.hex;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Modbus/TCP on hand-made ADUs. The device identification response below was run through
 * tshark 4.0.17 first: it shows VendorName "Schneider Electric", ProductCode "BMXP342020",
 * MajorMinorRevision "V2.70" and ProductName "Modicon M340" ({@code modbus.object_str_value}).
 */
class ModbusDecoderTest {
    private static final byte[] READ_HOLDING = hex("0001 0000 0006 01 03 0000 000a");
    private static final byte[] DEVICE_ID_REQUEST = hex("0007 0000 0005 01 2b 0e 01 00");
    private static final byte[] DEVICE_ID_RESPONSE = hex("00070000003d012b0e010100000400125363686e6569646572"
            + "20456c656374726963010a424d5850333432303230020556322e3730040c4d6f6469636f6e204d333430");

    private final DecoderHarness modbus = new DecoderHarness(new ModbusDecoder());
    private final TcpConversation tcp = new TcpConversation(new PacketFactory(), "10.0.0.1", 40001, "10.0.0.2", 502);

    @Test
    void countsTheFunctionAndNamesTheCommandAndRoles() {
        modbus.feed(tcp.client(READ_HOLDING));
        modbus.feed(tcp.server(hex("0001 0000 0017 01 03 14 0000000000000000000000000000000000000000")));
        assertThat(modbus.out.protocols).containsExactly("mbtcp", "modbus");
        assertThat(modbus.out.functions).containsExactly("modbus:3", "modbus:3");
        assertThat(modbus.out.commands).containsExactly("Read Holding Registers");
        assertThat(modbus.out.roles).contains("SOURCE modbus CLIENT", "DESTINATION modbus SERVER");
        assertThat(modbus.out.activities).isEmpty();
    }

    @Test
    void anExceptionResponseCountsUnderTheRequestsFunction() {
        modbus.feed(tcp.client(hex("0002 0000 0006 01 10 0000 0001")));
        modbus.feed(tcp.server(hex("0002 0000 0003 01 90 02")));
        assertThat(modbus.out.functions).containsExactly("modbus:16", "modbus:16");
    }

    @Test
    void writesAreActivitiesNamingTheUnit() {
        modbus.feed(tcp.client(hex("0003 0000 0006 07 05 0010 ff00")));
        assertThat(modbus.out.activities).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActivityType.WRITE);
            assertThat(a.detail()).isEqualTo("Write Single Coil (unit 7)");
        });
    }

    @Test
    void diagnosticsSubFunctionsDecideRestartAndListenOnly() {
        modbus.feed(tcp.client(hex("0004 0000 0006 01 08 0001 0000")));
        modbus.feed(tcp.client(hex("0005 0000 0006 01 08 0004 0000")));
        assertThat(modbus.out.commands).containsExactly("Diagnostics: Restart Communications Option",
                "Diagnostics: Force Listen Only Mode");
        assertThat(modbus.out.activities).extracting(a -> a.type())
                .containsExactly(ActivityType.RESTART, ActivityType.COMMUNICATION_CONTROL);
    }

    @Test
    void readDeviceIdentificationGivesTheServersIdentity() {
        modbus.feed(tcp.client(DEVICE_ID_REQUEST));
        modbus.feed(tcp.server(DEVICE_ID_RESPONSE));
        assertThat(modbus.out.commands).containsExactly("Read Device Identification");
        assertThat(modbus.out.activities).extracting(a -> a.type()).containsExactly(ActivityType.DISCOVERY);
        assertThat(modbus.out.identities).containsExactly("SOURCE VENDOR=Schneider Electric",
                "SOURCE PRODUCT_CODE=BMXP342020", "SOURCE FIRMWARE=V2.70", "SOURCE MODEL=Modicon M340");
    }

    @Test
    void umasProgrammingMarksTheEngineeringStation() {
        // FC 90, session 0x01, UMAS 0x41 stop PLC; then 0x30 initialize strategy upload (to the PLC)
        modbus.feed(tcp.client(hex("0009 0000 0004 00 5a 01 41")));
        modbus.feed(tcp.client(hex("000a 0000 0006 00 5a 01 30 0001")));
        assertThat(modbus.out.functions).containsExactly("modbus:90", "modbus:90");
        assertThat(modbus.out.commands).containsExactly("UMAS Stop PLC", "UMAS Initialize Strategy Upload (to PLC)");
        assertThat(modbus.out.activities).extracting(a -> a.type())
                .containsExactly(ActivityType.CONTROLLER_STOP, ActivityType.PROGRAM_DOWNLOAD);
        assertThat(modbus.out.roles).contains("SOURCE modbus ENGINEERING");
    }

    @Test
    void nonModbusOnPort502IsNotClaimed() {
        modbus.feed(tcp.client("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes()));
        assertThat(modbus.claimed()).isFalse();
        assertThat(modbus.out.protocols).isEmpty();
    }

    @Test
    void truncatedAndGarbageAdusAreCountedAsMalformedNeverThrown() {
        modbus.feed(tcp.client(READ_HOLDING));
        // exception bit without exception code; FC 8 without sub-function; FC 43 without MEI type
        modbus.feed(tcp.client(hex("0010 0000 0002 01 83")));
        modbus.feed(tcp.client(hex("0011 0000 0003 01 08 00")));
        modbus.feed(tcp.client(hex("0012 0000 0002 01 2b")));
        // a device identification response whose objects run past the end of the ADU
        byte[] cut = Arrays.copyOf(DEVICE_ID_RESPONSE, 30);
        cut[5] = 24;
        modbus.feed(tcp.server(cut));
        assertThat(modbus.out.malformed).hasSize(4);
        assertThat(modbus.out.functions).containsExactly("modbus:3", "modbus:43");
    }

    @Test
    void randomBytesNeverThrow() {
        java.util.Random random = new java.util.Random(502);
        modbus.feed(tcp.client(READ_HOLDING));
        for (int i = 0; i < 2000; i++) {
            byte[] garbage = new byte[random.nextInt(40)];
            random.nextBytes(garbage);
            if (garbage.length >= 6) {
                garbage[2] = 0;
                garbage[3] = 0;
                garbage[4] = 0;
                garbage[5] = (byte) random.nextInt(40);
            }
            modbus.feed(random.nextBoolean() ? tcp.client(garbage) : tcp.server(garbage));
        }
        assertThat(modbus.out.functions).isNotEmpty();
    }
}
