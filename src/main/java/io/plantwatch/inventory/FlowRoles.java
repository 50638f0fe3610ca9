package io.plantwatch.inventory;

import io.plantwatch.decode.Role;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Roles the two ends of one flow play, per protocol, as bits: end A's roles in the low half of an
 * int, end B's in the high half. Decoders repeat the same few notes (Modbus client, Modbus
 * server), so noting one allocates nothing. A {@link Flow} keeps its first protocol's bits itself
 * and needs this only for further protocols. Not thread-safe.
 */
final class FlowRoles {
    /** One note: in a protocol, end A (or B) plays a role. */
    record Note(String protocol, boolean endA, Role role) {
    }

    static final int END_B_SHIFT = 16;
    /** End A's bits (end B's are these shifted by {@link #END_B_SHIFT}). */
    static final int END_A_MASK = (1 << END_B_SHIFT) - 1;
    private static final Role[] ROLES = Role.values();

    private String[] protocols = new String[2];
    private int[] bits = new int[2];
    private int count;

    /** The bit of one role of one end. */
    static int bit(boolean endA, Role role) {
        return 1 << (role.ordinal() + (endA ? 0 : END_B_SHIFT));
    }

    void add(String protocol, int bit) {
        for (int i = 0; i < count; i++) {
            if (protocols[i] == protocol || protocols[i].equals(protocol)) {
                bits[i] |= bit;
                return;
            }
        }
        if (count == protocols.length) {
            protocols = Arrays.copyOf(protocols, count * 2);
            bits = Arrays.copyOf(bits, count * 2);
        }
        protocols[count] = protocol;
        bits[count] = bit;
        count++;
    }

    void forEach(Consumer<Note> action) {
        for (int i = 0; i < count; i++) {
            forEach(protocols[i], bits[i], action);
        }
    }

    /** The notes that {@code bits} (of {@link #bit}) make for {@code protocol}. */
    static void forEach(String protocol, int bits, Consumer<Note> action) {
        for (Role role : ROLES) {
            if ((bits & bit(true, role)) != 0) {
                action.accept(new Note(protocol, true, role));
            }
            if ((bits & bit(false, role)) != 0) {
                action.accept(new Note(protocol, false, role));
            }
        }
    }
}
