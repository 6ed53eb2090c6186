-- The power module (PRODUCT.md §6): the administrative power catalogue. Every version of an item is a row; the
-- version in force (published or suspended) is at most one per code, and a published version stays in force until
-- its amendment is published. Status moves only along power.domain.ItemStatus's transition table.
CREATE SCHEMA IF NOT EXISTS power;

CREATE TABLE power.item (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code              text        NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{2,39}$'),
    version           integer     NOT NULL CHECK (version >= 1),
    owner_division    text        NOT NULL CHECK (owner_division ~ '^[0-9]{6}$'),
    type              text        NOT NULL CHECK (type IN ('LICENSING', 'PENALTY', 'COERCION', 'LEVY', 'BENEFIT',
                                                           'INSPECTION', 'CONFIRMATION', 'REWARD', 'ADJUDICATION',
                                                           'OTHER')),
    name              text        NOT NULL,
    -- legal bases in order: the law (《…》) and the article, position by position
    basis_laws        text[]      NOT NULL CHECK (cardinality(basis_laws) >= 1),
    basis_articles    text[]      NOT NULL CHECK (cardinality(basis_articles) = cardinality(basis_laws)),
    levels            text[]      NOT NULL CHECK (cardinality(levels) >= 1),
    kinds             text[]      NOT NULL CHECK (cardinality(kinds) >= 1),
    statutory_days    integer     CHECK (statutory_days BETWEEN 1 AND 3650),
    statutory_count   text        CHECK (statutory_count IN ('WORKING_DAYS', 'CALENDAR_DAYS')),
    -- the most by which the statutory limit may be extended with approval, counted alike (0: not at all)
    statutory_extension integer   NOT NULL DEFAULT 0 CHECK (statutory_extension >= 0),
    promised_days     integer     CHECK (promised_days BETWEEN 1 AND 3650),
    promised_count    text        CHECK (promised_count IN ('WORKING_DAYS', 'CALENDAR_DAYS')),
    excluded          text[]      NOT NULL DEFAULT '{}',
    -- a penalty's discretion standard: circumstance and range, position by position
    discretion_cases  text[]      NOT NULL DEFAULT '{}',
    discretion_ranges text[]      NOT NULL DEFAULT '{}' CHECK (cardinality(discretion_ranges) = cardinality(discretion_cases)),
    responsible_unit  text        NOT NULL,
    accountability    text        NOT NULL,
    status            text        NOT NULL CHECK (status IN ('DRAFTED', 'REJECTED', 'REVIEWED', 'CONFIRMED',
                                                             'PUBLISHED', 'SUPERSEDED', 'SUSPENDED', 'ABOLISHED')),
    demo              boolean     NOT NULL DEFAULT false,
    drafted_by        text        NOT NULL,
    drafted_at        timestamptz NOT NULL,
    reviewed_by       text,
    confirmed_by      text,
    published_by      text,
    published_at      timestamptz,
    status_reason     text,
    CHECK ((statutory_days IS NULL) = (statutory_count IS NULL)),
    CHECK ((promised_days IS NULL) = (promised_count IS NULL)),
    UNIQUE (code, version)
);

CREATE UNIQUE INDEX item_in_force ON power.item (code) WHERE status IN ('PUBLISHED', 'SUSPENDED');
CREATE UNIQUE INDEX item_open ON power.item (code) WHERE status IN ('DRAFTED', 'REVIEWED', 'CONFIRMED');
CREATE INDEX item_by_type_name ON power.item (type, name);
