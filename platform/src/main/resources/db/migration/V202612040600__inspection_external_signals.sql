-- Outside signals on a cell (a partner's notification, a consumer complaint, another bureau's result), as the
-- platform API and the sampling and cooperation modules record them. They share the journal sequence with results,
-- refits and warning decisions, so a rebuilt engine takes each at its place in the stream. The client's id makes a
-- repeated post harmless.
CREATE TABLE inspection.external_signals (
    signal_id    text PRIMARY KEY CHECK (length(signal_id) BETWEEN 1 AND 64),
    journal_seq  bigint NOT NULL UNIQUE,
    cell_kind    text NOT NULL,
    hs_prefix    text,
    origin       text,
    consignee    text,
    manufacturer text,
    kind         text NOT NULL,
    strength     double precision NOT NULL CHECK (strength > 0 AND strength <= 1),
    received_on  date NOT NULL,
    division     text NOT NULL,
    recorded_by  text NOT NULL,
    recorded_at  timestamptz NOT NULL
);
