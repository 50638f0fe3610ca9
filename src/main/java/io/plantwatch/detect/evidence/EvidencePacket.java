package io.plantwatch.detect.evidence;

/**
 * A copy of one captured frame, kept as evidence.
 *
 * @param time epoch nanoseconds
 * @param linkType the capture's link type (pcap LINKTYPE_ value)
 * @param originalLength the frame's length on the wire
 * @param data the captured bytes (owned by this record; not to be changed)
 */
public record EvidencePacket(long time, int linkType, int originalLength, byte[] data) {
}
