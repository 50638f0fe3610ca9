package io.plantwatch.simulate.traffic;

import java.util.List;

/**
 * Runs conversations in time order with a binary min-heap of (time, index) held in two primitive
 * arrays: no boxing and no allocation per frame. Ties go to the lower index, so a run is
 * deterministic. Not thread-safe.
 */
public final class Scheduler {
    private long[] times;
    private int[] ids;
    private int size;

    /** Steps every conversation until all are done. */
    public void run(List<? extends Conversation> conversations, Traffic traffic) {
        // An array, not the list: one less indirection and cast on the hottest line.
        Conversation[] all = conversations.toArray(new Conversation[0]);
        times = new long[conversations.size()];
        ids = new int[conversations.size()];
        size = 0;
        for (int i = 0; i < conversations.size(); i++) {
            long start = conversations.get(i).start();
            if (start != Conversation.NEVER) {
                push(start, i);
            }
        }
        while (size > 0) {
            long now = times[0];
            int id = ids[0];
            long next = all[id].step(now, traffic);
            if (next == Conversation.NEVER) {
                removeTop();
            } else {
                times[0] = Math.max(next, now);
                siftDown(0);
            }
        }
    }

    private void push(long time, int id) {
        int i = size++;
        times[i] = time;
        ids[i] = id;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(i, parent)) {
                break;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void removeTop() {
        size--;
        if (size > 0) {
            times[0] = times[size];
            ids[0] = ids[size];
            siftDown(0);
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int smallest = left + 1 < size && less(left + 1, left) ? left + 1 : left;
            if (!less(smallest, i)) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private boolean less(int a, int b) {
        return times[a] < times[b] || (times[a] == times[b] && ids[a] < ids[b]);
    }

    private void swap(int a, int b) {
        long t = times[a];
        times[a] = times[b];
        times[b] = t;
        int id = ids[a];
        ids[a] = ids[b];
        ids[b] = id;
    }
}
