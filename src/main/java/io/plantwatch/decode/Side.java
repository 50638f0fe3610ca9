package io.plantwatch.decode;

/** One end of the packet being decoded: where it came from, or where it goes. */
public enum Side {
    SOURCE, DESTINATION
}
