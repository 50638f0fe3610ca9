package io.plantwatch.console.merge;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * A map from a key to a set of values that stores a lone value as itself. Most addresses of a
 * zone belong to one device, and a million one-element hash sets were a tenth of a full sync's
 * CPU (JFR). Not thread-safe.
 */
final class SetIndex<K, V> {
    private final Map<K, Object> entries;

    SetIndex(int expected) {
        entries = new HashMap<>(Math.max(16, expected * 2));
    }

    void add(K key, V value) {
        Object current = entries.putIfAbsent(key, value);
        if (current == null || current.equals(value)) {
            return;
        }
        if (current instanceof ManySet) {
            @SuppressWarnings("unchecked")
            ManySet<V> many = (ManySet<V>) current;
            many.add(value);
        } else {
            ManySet<Object> many = new ManySet<>();
            many.add(current);
            many.add(value);
            entries.put(key, many);
        }
    }

    void remove(K key, V value) {
        Object current = entries.get(key);
        if (current == null) {
            return;
        }
        if (current instanceof ManySet) {
            ManySet<?> many = (ManySet<?>) current;
            many.remove(value);
            if (many.size() == 1) {
                entries.put(key, many.iterator().next());
            }
        } else if (current.equals(value)) {
            entries.remove(key);
        }
    }

    /** The values of {@code key}, empty when none; a view not to be kept across changes. */
    @SuppressWarnings("unchecked")
    Collection<V> get(K key) {
        Object current = entries.get(key);
        if (current == null) {
            return List.of();
        }
        return current instanceof ManySet ? (Collection<V>) current : List.of((V) current);
    }

    /** Marks the sets this index made, so a value that is itself a set is never mistaken for one. */
    private static final class ManySet<T> extends HashSet<T> {
        private static final long serialVersionUID = 1L;

        ManySet() {
            super(4);
        }
    }
}
