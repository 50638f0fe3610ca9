package io.plantwatch.console.inventory;

/**
 * One audited change: who changed which field of what, when, from which value to which (values
 * as shown; null for "none").
 */
public record AuditEntry(long at, String actor, String entity, long entityId, String field, String oldValue,
                         String newValue) {
}
