package io.plantwatch.decode.ftp;

import io.plantwatch.decode.Packet;
import io.plantwatch.decode.support.OsHints;
import io.plantwatch.inventory.Inventory;
import io.plantwatch.testing.TrafficRun;
import org.junit.jupiter.api.Test;

import static io.plantwatch.testing.TrafficRun.activities;
import static io.plantwatch.testing.TrafficRun.ascii;
import static io.plantwatch.testing.TrafficRun.device;
import static io.plantwatch.testing.TrafficRun.frames;
import static io.plantwatch.testing.TrafficRun.values;
import static org.assertj.core.api.Assertions.assertThat;

class FtpDecoderTest {
    private static final int DATA = Packet.ACK | Packet.PSH;

    @Test
    void greetingCommandsAndCleartextLogin() {
        Inventory inventory = new TrafficRun(new FtpDecoder(OsHints.standard()))
                .tcp("10.0.0.6", 21, "10.0.0.77", 40000, 1, DATA, ascii("220 ProFTPD 1.3.5 Server (Debian) [10.0.0.6]\r\n"))
                .tcp("10.0.0.77", 40000, "10.0.0.6", 21, 1, DATA, ascii("USER plcbackup\r\n"))
                .tcp("10.0.0.6", 21, "10.0.0.77", 40000, 48, DATA, ascii("331 Password required\r\n"))
                .tcp("10.0.0.77", 40000, "10.0.0.6", 21, 17, DATA, ascii("PASS Back"))
                .tcp("10.0.0.77", 40000, "10.0.0.6", 21, 26, DATA, ascii("up!2024\r\nRETR line3.prg\r\n"))
                .inventory();
        var server = device(inventory, "10.0.0.6");
        assertThat(values(server, "software")).containsOnlyKeys("ProFTPD 1.3.5 Server (Debian) [10.0.0.6]");
        assertThat(values(server, "os")).containsOnlyKeys("Linux");
        assertThat(server.roles()).containsExactly("ftp/SERVER");
        assertThat(activities(inventory, "ftp")).containsExactly("CLEARTEXT_CREDENTIALS: login as user plcbackup");
        assertThat(inventory.activities().toString()).doesNotContain("Backup!2024");
        assertThat(inventory.connections().get(0).commands()).containsExactly("USER", "PASS", "RETR");
        assertThat(frames(inventory, "ftp")).isEqualTo(5);
    }

    @Test
    void binaryJunkNamesNoCommandAndThrowsNothing() {
        TrafficRun run = new TrafficRun(new FtpDecoder(OsHints.standard()))
                .tcp("10.0.0.77", 40000, "10.0.0.6", 21, 1, DATA, new byte[] {0, (byte) 0xFF, 10, 13, 10, 'X', 10})
                .tcp("10.0.0.77", 40000, "10.0.0.6", 21, 8, DATA, new byte[2000]);
        assertThat(run.inventory().connections().get(0).commands()).isEmpty();
        assertThat(run.malformed()).isZero();
    }
}
