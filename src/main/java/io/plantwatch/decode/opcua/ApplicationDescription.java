package io.plantwatch.decode.opcua;

import io.plantwatch.decode.Identity;
import io.plantwatch.decode.Observations;
import io.plantwatch.decode.Side;
import io.plantwatch.decode.internal.Cursor;
import io.plantwatch.decode.internal.Wire;

/** An OPC UA ApplicationDescription (Part 4, 7.1): who a client or server says it is. */
record ApplicationDescription(String applicationUri, String productUri, String applicationName) {

    static ApplicationDescription read(Cursor c) {
        String uri = UaReader.string(c);
        String product = UaReader.string(c);
        String name = UaReader.localizedText(c);
        c.skip(4); // application type
        UaReader.skipBytes(c); // gateway server uri
        UaReader.skipBytes(c); // discovery profile uri
        UaReader.skipStringArray(c); // discovery urls
        return new ApplicationDescription(uri, product, name);
    }

    /** Reads an EndpointDescription (Part 4, 7.14) and returns its server's description. */
    static ApplicationDescription readEndpoint(Cursor c, Observations out, Side side) {
        String endpointUrl = UaReader.string(c);
        ApplicationDescription server = read(c);
        if (endpointUrl != null && Wire.printable(endpointUrl)) {
            out.identity(side, Identity.DESCRIPTION, "OPC UA endpoint " + endpointUrl);
        }
        return server;
    }

    void report(Observations out, Side side) {
        put(out, side, Identity.SOFTWARE, applicationName, "");
        put(out, side, Identity.PRODUCT_CODE, productUri, "");
        put(out, side, Identity.DESCRIPTION, applicationUri, "OPC UA application ");
    }

    private static void put(Observations out, Side side, Identity field, String value, String prefix) {
        if (value != null && !value.isBlank() && Wire.printable(value)) {
            out.identity(side, field, prefix + value);
        }
    }
}
