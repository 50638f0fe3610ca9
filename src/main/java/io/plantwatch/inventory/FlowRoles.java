package io.plantwatch.inventory;

import io.plantwatch.decode.Role;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Roles the two ends of one flow play, noted per packet without allocating: decoders repeat the
 * same few notes (Modbus client, Modbus server) on every PDU. Not thread-safe.
 */
final class FlowRoles {
    /** One note: in a protocol, end A (or B) plays these roles. */
    record Note(String protocol, boolean endA, Role role) {
    }

    private String[] protocols = new String[2];
    private boolean[] ends = new boolean[2];
    private int[] roles = new int[2];
    private int count;

    void add(String protocol, boolean endA, Role role) {
        int bit = 1 << role.ordinal();
        for (int i = 0; i < count; i++) {
            if (ends[i] == endA && (protocols[i] == protocol || protocols[i].equals(protocol))) {
                roles[i] |= bit;
                return;
            }
        }
        if (count == protocols.length) {
            protocols = Arrays.copyOf(protocols, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            roles = Arrays.copyOf(roles, count * 2);
        }
        protocols[count] = protocol;
        ends[count] = endA;
        roles[count] = bit;
        count++;
    }

    void forEach(Consumer<Note> action) {
        Role[] all = Role.values();
        for (int i = 0; i < count; i++) {
            for (Role role : all) {
                if ((roles[i] & (1 << role.ordinal())) != 0) {
                    action.accept(new Note(protocols[i], ends[i], role));
                }
            }
        }
    }
}
