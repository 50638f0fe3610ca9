package io.plantwatch.console.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The merged alerts of one zone. An alert from a sensor joins a merged alert with the same title,
 * engine, source and destination address raised by another sensor within ten minutes; otherwise it
 * is an alert of its own. Alerts are history: a sensor that stops listing one does not remove it.
 *
 * <p>Not thread-safe: used under the zone's lock.
 */
public final class ZoneAlerts {
    static final long UNIFY_WINDOW_MS = 10 * 60 * 1000L;

    private final long zoneId;
    private final Map<AlertKey, Long> alertOf = new HashMap<>();
    private final Map<Long, MergedAlert> alerts = new HashMap<>();
    private final Map<String, List<Long>> bySignature = new HashMap<>();

    public ZoneAlerts(long zoneId) {
        this.zoneId = zoneId;
    }

    public void load(MergedAlert alert) {
        alerts.put(alert.id(), alert);
        bySignature.computeIfAbsent(signature(alert.title(), alert.engine(), alert.sourceAddress(),
                alert.destinationAddress()), k -> new ArrayList<>()).add(alert.id());
        for (AlertSource source : alert.sources()) {
            alertOf.put(source.alertKey(), alert.id());
        }
    }

    public MergedAlert alert(long id) {
        return alerts.get(id);
    }

    public int size() {
        return alerts.size();
    }

    public Set<AlertKey> sourcesOf(long sensor) {
        Set<AlertKey> keys = new java.util.HashSet<>();
        for (AlertKey key : alertOf.keySet()) {
            if (key.sensor() == sensor) {
                keys.add(key);
            }
        }
        return keys;
    }

    public Long alertOf(AlertKey key) {
        return alertOf.get(key);
    }

    public ItemChanges<MergedAlert> apply(Collection<AlertSource> upserts, Collection<AlertKey> removals,
                                          IdAllocator ids) {
        Map<Long, MergedAlert> touched = new LinkedHashMap<>();
        List<MergedAlert> inserted = new ArrayList<>();
        Set<Long> insertedIds = new java.util.HashSet<>();
        for (AlertKey removal : removals) {
            Long id = alertOf.remove(removal);
            if (id != null) {
                MergedAlert alert = current(id, touched);
                List<AlertSource> rest = new ArrayList<>(alert.sources());
                rest.removeIf(s -> s.alertKey().equals(removal));
                touched.put(id, rest.isEmpty() ? null : AlertFacts.merge(id, zoneId, alert.consoleAction(),
                        alert.consoleHandledAt(), rest));
            }
        }
        for (AlertSource upsert : upserts) {
            Long id = alertOf.get(upsert.alertKey());
            if (id != null) {
                MergedAlert alert = current(id, touched);
                List<AlertSource> sources = new ArrayList<>();
                for (AlertSource source : alert.sources()) {
                    sources.add(source.alertKey().equals(upsert.alertKey()) ? upsert.withPropagationOf(source) : source);
                }
                touched.put(id, AlertFacts.merge(id, zoneId, alert.consoleAction(), alert.consoleHandledAt(), sources));
                continue;
            }
            MergedAlert partner = partnerFor(upsert, touched);
            if (partner != null) {
                List<AlertSource> sources = new ArrayList<>(partner.sources());
                sources.add(upsert);
                touched.put(partner.id(), AlertFacts.merge(partner.id(), zoneId, partner.consoleAction(),
                        partner.consoleHandledAt(), sources));
                alertOf.put(upsert.alertKey(), partner.id());
            } else {
                long newId = ids.nextAlert();
                MergedAlert alert = AlertFacts.merge(newId, zoneId, null, null, List.of(upsert));
                touched.put(newId, alert);
                insertedIds.add(newId);
                alertOf.put(upsert.alertKey(), newId);
                bySignature.computeIfAbsent(signature(upsert.title(), upsert.engine(), upsert.sourceAddress(),
                        upsert.destinationAddress()), k -> new ArrayList<>()).add(newId);
            }
        }
        return commit(touched, insertedIds, inserted);
    }

    /** Records a console action on a merged alert; its sources are marked for propagation. */
    public ItemChanges<MergedAlert> handle(long id, String action, long now) {
        MergedAlert alert = alerts.get(id);
        if (alert == null) {
            return ItemChanges.none();
        }
        List<AlertSource> sources = new ArrayList<>();
        for (AlertSource source : alert.sources()) {
            sources.add(Boolean.TRUE.equals(source.propagated()) ? source : source.withPropagation(false, null));
        }
        MergedAlert handled = AlertFacts.merge(id, zoneId, action, now, sources);
        alerts.put(id, handled);
        return new ItemChanges<>(List.of(), List.of(handled), Set.of());
    }

    /** Records the outcome of handing the console's action to one sensor. */
    public ItemChanges<MergedAlert> propagated(long id, AlertKey source, boolean done, String error) {
        MergedAlert alert = alerts.get(id);
        if (alert == null) {
            return ItemChanges.none();
        }
        List<AlertSource> sources = new ArrayList<>();
        for (AlertSource s : alert.sources()) {
            sources.add(s.alertKey().equals(source) ? s.withPropagation(done, error) : s);
        }
        MergedAlert updated = AlertFacts.merge(id, zoneId, alert.consoleAction(), alert.consoleHandledAt(), sources);
        alerts.put(id, updated);
        return new ItemChanges<>(List.of(), List.of(updated), Set.of());
    }

    /** Alerts with a console action that has not reached {@code sensor} yet. */
    public List<MergedAlert> pendingPropagation(long sensor) {
        List<MergedAlert> pending = new ArrayList<>();
        for (MergedAlert alert : alerts.values()) {
            if (alert.consoleAction() != null && alert.sources().stream()
                    .anyMatch(s -> s.sensor() == sensor && Boolean.FALSE.equals(s.propagated()))) {
                pending.add(alert);
            }
        }
        return pending;
    }

    private MergedAlert current(long id, Map<Long, MergedAlert> touched) {
        return touched.containsKey(id) ? touched.get(id) : alerts.get(id);
    }

    private MergedAlert partnerFor(AlertSource upsert, Map<Long, MergedAlert> touched) {
        for (Long id : bySignature.getOrDefault(signature(upsert.title(), upsert.engine(), upsert.sourceAddress(),
                upsert.destinationAddress()), List.of())) {
            MergedAlert candidate = current(id, touched);
            if (candidate != null && Math.abs(candidate.time() - upsert.time()) <= UNIFY_WINDOW_MS
                    && candidate.sources().stream().noneMatch(s -> s.sensor() == upsert.sensor())) {
                return candidate;
            }
        }
        return null;
    }

    private ItemChanges<MergedAlert> commit(Map<Long, MergedAlert> touched, Set<Long> insertedIds,
                                            List<MergedAlert> inserted) {
        List<MergedAlert> updated = new ArrayList<>();
        Set<Long> deleted = new java.util.HashSet<>();
        for (Map.Entry<Long, MergedAlert> entry : touched.entrySet()) {
            MergedAlert alert = entry.getValue();
            MergedAlert old = alerts.get(entry.getKey());
            if (alert == null) {
                alerts.remove(entry.getKey());
                if (!insertedIds.contains(entry.getKey())) {
                    deleted.add(entry.getKey());
                }
                bySignature.values().forEach(ids -> ids.remove(entry.getKey()));
            } else {
                alerts.put(alert.id(), alert);
                if (insertedIds.contains(alert.id())) {
                    inserted.add(alert);
                } else if (!Objects.equals(alert, old)) {
                    updated.add(alert);
                }
            }
        }
        return new ItemChanges<>(inserted, updated, deleted);
    }

    static String signature(String title, String engine, String source, String destination) {
        return title + '\u0000' + engine + '\u0000' + source + '\u0000' + destination;
    }
}
