package io.plantwatch.simulate.dialogue;

import io.plantwatch.simulate.protocol.Dns;
import io.plantwatch.simulate.protocol.FrameBuffer;
import io.plantwatch.simulate.traffic.Dialogue;

import java.util.List;

/** A resolver asking the site DNS server for A records, one name per cycle. Not thread-safe. */
public final class NameLookups implements Dialogue {
    /** A name and the address the server answers. */
    public record Name(String name, int address) {
    }

    private final List<Name> names;
    private int id;
    private Name current;

    public NameLookups(List<Name> names, int seed) {
        this.names = List.copyOf(names);
        this.id = seed & 0xFFFF;
    }

    @Override
    public int cycleLength() {
        return 2;
    }

    @Override
    public void writeCycle(int message, long cycle, FrameBuffer fb) {
        if (message == 0) {
            id = (id + 1) & 0xFFFF;
            current = names.get((int) ((cycle * 7 + id) % names.size()));
            Dns.query(fb, id, current.name());
        } else {
            Dns.answer(fb, id, current.name(), current.address(), 300);
        }
    }
}
