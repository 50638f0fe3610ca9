package io.plantwatch.simulate.events;

import io.plantwatch.simulate.protocol.Arp;
import io.plantwatch.simulate.protocol.Endpoint;
import io.plantwatch.simulate.traffic.Conversation;
import io.plantwatch.simulate.traffic.Traffic;

import java.util.SplittableRandom;

/**
 * Gratuitous ARP replies that claim the victim's IP for the attacker's MAC; after each one the
 * victim defends its address with its own gratuitous reply (RFC 5227), so the rightful owner
 * always makes more claims than the spoofer. Not thread-safe.
 */
public final class ArpSpoof extends Conversation {
    private final Endpoint attacker;
    private final Endpoint victim;
    private final int rounds;
    private final SplittableRandom random;
    private int step;

    public ArpSpoof(long start, Endpoint attacker, Endpoint victim, int rounds, SplittableRandom random) {
        super(start);
        this.attacker = attacker;
        this.victim = victim;
        this.rounds = rounds;
        this.random = random;
    }

    @Override
    public long step(long now, Traffic traffic) {
        Endpoint broadcast = Endpoint.broadcastIn(attacker.zone());
        if (step % 2 == 0) {
            Arp.reply(traffic.frame(), attacker.mac(), victim.ip(), Endpoint.BROADCAST_MAC, victim.ip());
            traffic.send(now, attacker, broadcast);
        } else {
            Arp.reply(traffic.frame(), victim.mac(), victim.ip(), Endpoint.BROADCAST_MAC, victim.ip());
            traffic.send(now, victim, broadcast);
        }
        step++;
        if (step >= rounds * 2) {
            return NEVER;
        }
        return now + (step % 2 == 1 ? 2_000_000 + random.nextInt(5_000_000) : 1_000_000_000L + random.nextInt(500_000_000));
    }
}
