package io.plantwatch.decode.dnp3;

import io.plantwatch.decode.codes.FlowMemo;

/**
 * What one direction of a DNP3 conversation keeps: a buffer for a link frame's user data (at most
 * 250 bytes), the transport reassembly, and what it already reported. Not thread-safe.
 */
final class Dnp3Direction {
    final byte[] segment = new byte[256];
    final TransportReassembly transport = new TransportReassembly();
    final FlowMemo memo = new FlowMemo();
}
