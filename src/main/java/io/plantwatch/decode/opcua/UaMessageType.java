package io.plantwatch.decode.opcua;

/** OPC UA message types (three ASCII letters read little-endian into an int) and chunk types. */
final class UaMessageType {
    static final int HELLO = 'H' | 'E' << 8 | 'L' << 16;
    static final int ACKNOWLEDGE = 'A' | 'C' << 8 | 'K' << 16;
    static final int ERROR = 'E' | 'R' << 8 | 'R' << 16;
    static final int REVERSE_HELLO = 'R' | 'H' << 8 | 'E' << 16;
    static final int OPEN = 'O' | 'P' << 8 | 'N' << 16;
    static final int MESSAGE = 'M' | 'S' << 8 | 'G' << 16;
    static final int CLOSE = 'C' | 'L' << 8 | 'O' << 16;

    static final int CHUNK_FINAL = 'F';
    static final int CHUNK_INTERMEDIATE = 'C';
    static final int CHUNK_ABORT = 'A';

    private UaMessageType() {
    }

    static int code(String type) {
        return type.charAt(0) | type.charAt(1) << 8 | type.charAt(2) << 16;
    }

    static boolean known(int type) {
        return type == HELLO || type == ACKNOWLEDGE || type == ERROR || type == REVERSE_HELLO
                || type == OPEN || type == MESSAGE || type == CLOSE;
    }
}
