package io.plantwatch.console.merge;

import java.util.List;
import java.util.Set;

/**
 * What one merge step changed among one kind of merged item: rows to insert (new ids), rows to
 * update (existing ids whose content changed) and ids to delete. Only these are written.
 */
public record ItemChanges<T>(List<T> inserted, List<T> updated, Set<Long> deleted) {
    public static <T> ItemChanges<T> none() {
        return new ItemChanges<>(List.of(), List.of(), Set.of());
    }

    public boolean isEmpty() {
        return inserted.isEmpty() && updated.isEmpty() && deleted.isEmpty();
    }

    public int size() {
        return inserted.size() + updated.size() + deleted.size();
    }
}
