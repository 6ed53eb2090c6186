-- The identity module: GB/T 2260 divisions, organisations placed in them, staff accounts and their roles.
CREATE SCHEMA IF NOT EXISTS identity;

CREATE TABLE identity.division (
    code        text        PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
    name        text        NOT NULL,
    level       text        NOT NULL CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY')),
    parent_code text        REFERENCES identity.division (code)
);

CREATE TABLE identity.organisation (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          text        NOT NULL UNIQUE,
    division_code text        NOT NULL REFERENCES identity.division (code),
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE identity.staff (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username        text        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,40}$'),
    display_name    text        NOT NULL,
    password_hash   text        NOT NULL,
    organisation_id bigint      NOT NULL REFERENCES identity.organisation (id),
    enabled         boolean     NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE identity.staff_role (
    staff_id bigint NOT NULL REFERENCES identity.staff (id) ON DELETE CASCADE,
    role     text   NOT NULL CHECK (role IN ('INSPECTOR', 'ANALYST', 'CHIEF', 'ADMIN', 'PARTNER')),
    PRIMARY KEY (staff_id, role)
);

-- API tokens for integrations; only a SHA-256 of the token is kept, the token itself is shown once.
CREATE TABLE identity.api_token (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    staff_id    bigint      NOT NULL REFERENCES identity.staff (id) ON DELETE CASCADE,
    name        text        NOT NULL,
    token_hash  text        NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);
