-- Remarks on a warning by staff who see it but do not decide it (a city analyst on a warning spanning the
-- province). Kept apart from warning_actions, which the engine replays: a comment changes no chart.
CREATE TABLE inspection.warning_comments (
    id            bigserial PRIMARY KEY,
    cell_kind     text NOT NULL,
    hs_prefix     text,
    origin        text,
    consignee     text,
    manufacturer  text,
    comment       text NOT NULL CHECK (length(trim(comment)) > 0 AND length(comment) <= 2000),
    commented_by  text NOT NULL,
    division_code text NOT NULL,
    commented_at  timestamptz NOT NULL
);

CREATE INDEX warning_comments_cell ON inspection.warning_comments (cell_kind, hs_prefix, origin, consignee, manufacturer);
