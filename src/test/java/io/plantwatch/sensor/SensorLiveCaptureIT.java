package io.plantwatch.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import io.plantwatch.capture.CaptureException;
import io.plantwatch.capture.live.LiveCapture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real sensor process capturing live on the loopback interface (pcap4j, libpcap) while this test
 * holds a real Modbus/TCP exchange over a loopback socket: the client and the server, each on its
 * own 127.x address, appear as devices speaking modbus, and their connection lists the function
 * codes that crossed the wire. Skipped, with the reason, where libpcap is missing or capture is not
 * permitted (CI installs libpcap0.8 and runs as root).
 */
class SensorLiveCaptureIT {
    private static final String INTERFACE = "lo";
    private static final String CLIENT = "127.0.0.66";
    private static final String SERVER = "127.0.0.77";
    private static final int MODBUS_PORT = 502; // the decoders tell Modbus by its registered port
    private static final long DEADLINE_MILLIS = 60_000;

    @TempDir
    Path temp;

    @Test
    void seesModbusDevicesAndFunctionCodesOnLoopback() throws Exception {
        assumeLiveCapturePossible();
        try (ServerSocket server = bindModbusServer();
             SensorProcess sensor = SensorProcess.start(temp.resolve("data"), "live", "--interface", INTERFACE)) {
            Thread responder = new Thread(() -> answer(server), "modbus-server");
            responder.setDaemon(true);
            responder.start();
            try (Socket client = new Socket()) {
                client.bind(new InetSocketAddress(InetAddress.getByName(CLIENT), 0));
                client.connect(new InetSocketAddress(InetAddress.getByName(SERVER), MODBUS_PORT), 5_000);
                DataInputStream in = new DataInputStream(client.getInputStream());
                OutputStream out = client.getOutputStream();
                // Read Holding Registers 0..1, then Write Single Register 5 := 0x1234
                exchange(out, in, 1, new byte[] {3, 0, 0, 0, 2});
                exchange(out, in, 2, new byte[] {6, 0, 5, 0x12, 0x34});
            }
            JsonNode connection = awaitModbusConnection(sensor);
            assertThat(commands(connection)).contains("Read Holding Registers", "Write Single Register");
            assertThat(List.of(connection.get("firstPort").asInt(), connection.get("secondPort").asInt()))
                    .contains(MODBUS_PORT);
            List<String> modbusDevices = new ArrayList<>();
            for (JsonNode d : sensor.get("/api/v1/devices/")) {
                if (d.get("protocols").toString().contains("\"modbus\"")) {
                    modbusDevices.add(d.get("ipAddresses").get(0).asText());
                }
            }
            assertThat(modbusDevices).contains(CLIENT, SERVER);
            assertThat(sensor.get("/api/plantwatch/v1/status").get("captureState").asText()).isEqualTo("RUNNING");
        }
    }

    /** Opens and closes the interface here first, so that a missing libpcap or permission skips the test. */
    private static void assumeLiveCapturePossible() {
        try {
            LiveCapture.open(INTERFACE).close();
        } catch (CaptureException | RuntimeException | LinkageError e) {
            Assumptions.abort("live capture on " + INTERFACE + " is not possible here: " + e.getMessage());
        }
    }

    private static ServerSocket bindModbusServer() throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getByName(SERVER), MODBUS_PORT));
        } catch (IOException e) {
            server.close();
            Assumptions.abort("cannot listen on " + SERVER + ":" + MODBUS_PORT + " (" + e.getMessage() + ")");
        }
        return server;
    }

    /** Sends one request (MBAP header, unit 1) and reads the whole answer. */
    private static void exchange(OutputStream out, DataInputStream in, int transaction, byte[] pdu) throws IOException {
        out.write(mbap(transaction, pdu));
        out.flush();
        byte[] header = new byte[7];
        in.readFully(header);
        int length = ((header[4] & 0xff) << 8) | (header[5] & 0xff);
        in.readFully(new byte[length - 1]);
        assertThat(((header[0] & 0xff) << 8) | (header[1] & 0xff)).isEqualTo(transaction);
    }

    private static byte[] mbap(int transaction, byte[] pdu) {
        return ByteBuffer.allocate(7 + pdu.length).putShort((short) transaction).putShort((short) 0)
                .putShort((short) (pdu.length + 1)).put((byte) 1).put(pdu).array();
    }

    /** A minimal Modbus server: registers read as 0x0001, 0x0002; a write is echoed, as the standard says. */
    private static void answer(ServerSocket server) {
        try (Socket s = server.accept()) {
            DataInputStream in = new DataInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            byte[] header = new byte[7];
            while (true) {
                try {
                    in.readFully(header);
                } catch (IOException e) {
                    return; // the client closed
                }
                int transaction = ((header[0] & 0xff) << 8) | (header[1] & 0xff);
                byte[] pdu = new byte[(((header[4] & 0xff) << 8) | (header[5] & 0xff)) - 1];
                in.readFully(pdu);
                byte[] reply = pdu[0] == 3 ? new byte[] {3, 4, 0, 1, 0, 2} : pdu;
                out.write(mbap(transaction, reply));
                out.flush();
            }
        } catch (IOException e) {
            // the server socket closed at the end of the test
        }
    }

    private static JsonNode awaitModbusConnection(SensorProcess sensor) throws Exception {
        long deadline = System.currentTimeMillis() + DEADLINE_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            for (JsonNode c : sensor.get("/api/v1/devices/connections")) {
                boolean ours = List.of(c.get("firstAddress").asText(), c.get("secondAddress").asText())
                        .containsAll(List.of(CLIENT, SERVER));
                if (ours && commands(c).contains("Write Single Register")) {
                    return c;
                }
            }
            Thread.sleep(250);
        }
        String log;
        synchronized (sensor.log) {
            log = String.join("\n", sensor.log);
        }
        throw new AssertionError("no modbus connection " + CLIENT + " - " + SERVER + " within " + DEADLINE_MILLIS
                + " ms; devices: " + sensor.get("/api/v1/devices/") + "\nsensor log:\n" + log);
    }

    private static List<String> commands(JsonNode connection) {
        List<String> commands = new ArrayList<>();
        for (JsonNode protocol : connection.get("protocols")) {
            if (protocol.get("name").asText().equals("modbus")) {
                protocol.get("commands").forEach(c -> commands.add(c.asText()));
            }
        }
        return commands;
    }
}
