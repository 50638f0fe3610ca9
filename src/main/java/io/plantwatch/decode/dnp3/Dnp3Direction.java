package io.plantwatch.decode.dnp3;

/**
 * What one direction of a DNP3 conversation keeps: a buffer for a link frame's user data (at most
 * 250 bytes) and the transport reassembly. Not thread-safe.
 */
final class Dnp3Direction {
    final byte[] segment = new byte[256];
    final TransportReassembly transport = new TransportReassembly();
}
