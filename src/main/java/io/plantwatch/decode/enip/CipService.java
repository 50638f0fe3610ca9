package io.plantwatch.decode.enip;

/** CIP service codes and classes the decoder treats specially (ODVA CIP vol. 1). */
final class CipService {
    static final int RESPONSE = 0x80;
    static final int CODE_MASK = 0x7F;

    static final int GET_ATTRIBUTES_ALL = 0x01;
    static final int MULTIPLE_SERVICE_PACKET = 0x0A;
    static final int UNCONNECTED_SEND = 0x52;
    /** Services from here to {@link #LAST_CLASS_SPECIFIC} mean what their object class says. */
    static final int FIRST_CLASS_SPECIFIC = 0x4B;
    static final int LAST_CLASS_SPECIFIC = 0x63;

    static final int IDENTITY = 0x01;
    static final int CONNECTION_MANAGER = 0x06;

    static final int STATUS_SUCCESS = 0x00;
    static final int STATUS_EMBEDDED_SERVICE_ERROR = 0x1E;

    private CipService() {
    }
}
