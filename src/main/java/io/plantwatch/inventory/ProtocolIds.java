package io.plantwatch.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the application protocol names decoders report (0, 1, 2, ... in first-seen order), so
 * that counting a frame's protocols and noting them on its flow are array and bit operations.
 * Decoders name protocols with constants and a frame names two or three, so a small table keyed
 * by the name's cached hash and compared by identity answers almost every call without hashing
 * or {@code equals}; the map behind it decides. Not thread-safe.
 */
final class ProtocolIds {
    private static final int CACHE = 64;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final String[] cachedNames = new String[CACHE];
    private final int[] cachedIds = new int[CACHE];

    int id(String name) {
        int slot = name.hashCode() & (CACHE - 1);
        if (cachedNames[slot] == name) {
            return cachedIds[slot];
        }
        Integer id = ids.get(name);
        if (id == null) {
            id = names.size();
            ids.put(name, id);
            names.add(name);
        }
        cachedNames[slot] = name;
        cachedIds[slot] = id;
        return id;
    }

    String name(int id) {
        return names.get(id);
    }

    int size() {
        return names.size();
    }
}
