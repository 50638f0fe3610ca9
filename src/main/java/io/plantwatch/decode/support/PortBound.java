package io.plantwatch.decode.support;

import io.plantwatch.decode.ProtocolDecoder;

/** A decoder that claims flows by well-known ports, and says which, so a {@link PortDispatch} can index it. */
public interface PortBound extends ProtocolDecoder {

    /** The ports on either end of which the decoder may claim a flow. */
    PortSet ports();
}
