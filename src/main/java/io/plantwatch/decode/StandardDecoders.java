package io.plantwatch.decode;

import java.util.List;

/**
 * The list of every application decoder, in the order they are tried. Port-specific decoders
 * come before heuristic ones so that a heuristic never steals a well-known port.
 */
final class StandardDecoders {
    private StandardDecoders() {
    }

    static DecoderRegistry registry() {
        List<ProtocolDecoder> protocols = List.of(
                new io.plantwatch.decode.modbus.ModbusDecoder(),
                new io.plantwatch.decode.s7comm.S7Decoder(),
                new io.plantwatch.decode.dnp3.Dnp3Decoder(),
                new io.plantwatch.decode.iec104.Iec104Decoder(),
                new io.plantwatch.decode.enip.EnipDecoder(),
                new io.plantwatch.decode.bacnet.BacnetDecoder(),
                new io.plantwatch.decode.opcua.OpcUaDecoder()
        );
        List<FrameDecoder> frames = List.of(
                new io.plantwatch.decode.lldp.LldpDecoder(),
                new io.plantwatch.decode.cdp.CdpDecoder(),
                new io.plantwatch.decode.profinet.ProfinetDecoder()
        );
        return new DecoderRegistry(protocols, frames);
    }
}
