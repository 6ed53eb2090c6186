-- The enterprise registry, keyed by the GB 32100 unified social credit code.
CREATE SCHEMA IF NOT EXISTS enterprise;

CREATE TABLE enterprise.enterprise (
    credit_code          text        PRIMARY KEY CHECK (credit_code ~ '^[0-9A-HJ-NP-RTUWXY]{18}$'),
    name                 text        NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
    categories           text[]      NOT NULL CHECK (cardinality(categories) > 0),
    food_category        text,
    division_code        text        NOT NULL CHECK (division_code ~ '^[0-9]{6}$'),
    address              text,
    legal_representative text,
    demo                 boolean     NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    version              integer     NOT NULL DEFAULT 0
);
CREATE INDEX enterprise_division_name ON enterprise.enterprise (division_code, name);
CREATE INDEX enterprise_name ON enterprise.enterprise (name, credit_code);
CREATE INDEX enterprise_categories ON enterprise.enterprise USING gin (categories);
