package io.plantwatch.console.merge;

import java.util.List;

/** A protocol used on a connection and the commands seen ({@code modbus}, {@code ["Read Coils"]}). */
public record ProtocolUse(String name, List<String> commands) {
    public ProtocolUse {
        commands = commands == null ? List.of() : List.copyOf(commands);
    }
}
