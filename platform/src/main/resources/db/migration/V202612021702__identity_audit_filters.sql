-- The audit trail's console list is filtered by actor, action, subject and date and paged newest first by seeking
-- on the entry id; these indexes serve each filter together with that order.
CREATE INDEX audit_entry_actor ON identity.audit_entry (actor, id);
CREATE INDEX audit_entry_action ON identity.audit_entry (action, id);
CREATE INDEX audit_entry_occurred ON identity.audit_entry (occurred_at, id);
CREATE INDEX audit_entry_division ON identity.audit_entry (division_code, id);
