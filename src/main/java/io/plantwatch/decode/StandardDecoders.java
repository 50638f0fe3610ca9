package io.plantwatch.decode;

import io.plantwatch.decode.dhcp.DhcpDecoder;
import io.plantwatch.decode.dhcp.DhcpFingerprints;
import io.plantwatch.decode.dns.DnsDecoder;
import io.plantwatch.decode.dns.LlmnrDecoder;
import io.plantwatch.decode.dns.MdnsDecoder;
import io.plantwatch.decode.dns.MdnsServices;
import io.plantwatch.decode.ftp.FtpDecoder;
import io.plantwatch.decode.http.HttpDecoder;
import io.plantwatch.decode.mqtt.MqttDecoder;
import io.plantwatch.decode.netbios.NbnsDecoder;
import io.plantwatch.decode.ntp.NtpDecoder;
import io.plantwatch.decode.smb.NbssDecoder;
import io.plantwatch.decode.smb.SmbCommands;
import io.plantwatch.decode.snmp.SnmpDecoder;
import io.plantwatch.decode.ssh.SshDecoder;
import io.plantwatch.decode.support.OsHints;
import io.plantwatch.decode.support.PortDispatch;
import io.plantwatch.decode.telnet.TelnetDecoder;
import io.plantwatch.decode.tls.TlsDecoder;

import java.util.List;

/**
 * The list of every application decoder, in the order they are tried. Port-specific decoders
 * come before heuristic ones so that a heuristic never steals a well-known port.
 */
final class StandardDecoders {
    private StandardDecoders() {
    }

    static DecoderRegistry registry() {
        OsHints osHints = OsHints.standard();
        HttpDecoder http = new HttpDecoder(osHints);
        TlsDecoder tls = new TlsDecoder();
        List<ProtocolDecoder> protocols = List.of(
                new io.plantwatch.decode.modbus.ModbusDecoder(),
                new io.plantwatch.decode.s7comm.S7Decoder(),
                new io.plantwatch.decode.dnp3.Dnp3Decoder(),
                new io.plantwatch.decode.iec104.Iec104Decoder(),
                new io.plantwatch.decode.enip.EnipDecoder(),
                new io.plantwatch.decode.bacnet.BacnetDecoder(),
                new io.plantwatch.decode.opcua.OpcUaDecoder(),
                // IT and infrastructure protocols, by port: one table lookup per new flow
                new PortDispatch("it-ports", List.of(
                        new DnsDecoder(),
                        new MdnsDecoder(MdnsServices.standard()),
                        new LlmnrDecoder(),
                        new NbnsDecoder(),
                        new DhcpDecoder(osHints, DhcpFingerprints.standard()),
                        new SnmpDecoder(osHints),
                        new NtpDecoder(),
                        new NbssDecoder(SmbCommands.standard(), osHints),
                        new SshDecoder(osHints),
                        new TelnetDecoder(),
                        new FtpDecoder(osHints),
                        new MqttDecoder(),
                        http,
                        tls)),
                // HTTP and TLS found by their first bytes on any other port: keep these last
                http,
                tls
        );
        List<FrameDecoder> frames = List.of(
                new io.plantwatch.decode.lldp.LldpDecoder(),
                new io.plantwatch.decode.cdp.CdpDecoder(),
                new io.plantwatch.decode.profinet.ProfinetDecoder()
        );
        return new DecoderRegistry(protocols, frames);
    }
}
