-- Electronic supervision (电子监察) of the acts that exercise power items. The act's statutory clock itself is kept by
-- the calendar module (calendar.clock, calendar.clock_event, append-only); here are the act as supervised (which item,
-- which organisation, which division), the last reading of its clock for lists and the dashboard, the cards issued on
-- it, and the supervision notices with the acting unit's answers.
CREATE TABLE power.running_act (
    act_id            text        PRIMARY KEY,
    item_code         text        NOT NULL,
    item_version      integer     NOT NULL,
    item_name         text        NOT NULL,
    organisation_id   bigint      NOT NULL,
    organisation_name text        NOT NULL,
    division_code     text        NOT NULL,
    started_on        date        NOT NULL,
    limit_source      text        NOT NULL CHECK (limit_source IN ('PROMISED', 'STATUTORY')),
    -- the clock as last read (by the daily sweep or after an operation): a projection, rebuilt from the events
    read_on           date        NOT NULL,
    deadline          date        NOT NULL,
    allowed           integer     NOT NULL,
    used              integer     NOT NULL,
    clock_state       text        NOT NULL,
    card              text        NOT NULL CHECK (card IN ('NONE', 'YELLOW', 'RED')),
    completed_on      date,
    demo              boolean     NOT NULL DEFAULT false,
    started_by        text        NOT NULL,
    started_at        timestamptz NOT NULL
);
CREATE INDEX running_act_by_division ON power.running_act (division_code, act_id);
CREATE INDEX running_act_by_deadline ON power.running_act (deadline, act_id);

-- A card once issued stays: no UPDATE, no DELETE (the trigger refuses both, for every role).
CREATE TABLE power.card (
    id                bigserial   PRIMARY KEY,
    act_id            text        NOT NULL REFERENCES power.running_act (act_id),
    item_code         text        NOT NULL,
    organisation_id   bigint      NOT NULL,
    organisation_name text        NOT NULL,
    division_code     text        NOT NULL,
    level             text        NOT NULL CHECK (level IN ('YELLOW', 'RED')),
    issued_on         date        NOT NULL,
    used              integer     NOT NULL,
    allowed           integer     NOT NULL,
    deadline          date        NOT NULL,
    issued_at         timestamptz NOT NULL,
    UNIQUE (act_id, level)
);
CREATE INDEX card_by_division ON power.card (division_code, id);
CREATE INDEX card_by_issued ON power.card (issued_on, id);

CREATE FUNCTION power.refuse_change_of_card() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a supervision card is issued once and kept: never changed or removed';
END
$$;
CREATE TRIGGER card_kept BEFORE UPDATE OR DELETE ON power.card
    FOR EACH ROW EXECUTE FUNCTION power.refuse_change_of_card();
CREATE TRIGGER card_not_truncated BEFORE TRUNCATE ON power.card
    FOR EACH STATEMENT EXECUTE FUNCTION power.refuse_change_of_card();

-- A supervision notice on an act (and the card that prompted it, if any); answered once by the acting unit.
CREATE TABLE power.notice (
    id              bigserial   PRIMARY KEY,
    act_id          text        NOT NULL REFERENCES power.running_act (act_id),
    card_id         bigint      REFERENCES power.card (id),
    division_code   text        NOT NULL,
    organisation_id bigint      NOT NULL,
    text            text        NOT NULL,
    issued_by       text        NOT NULL,
    issued_on       date        NOT NULL,
    due_on          date        NOT NULL,
    issued_at       timestamptz NOT NULL,
    answer          text,
    answered_by     text,
    answered_on     date,
    answered_at     timestamptz
);
CREATE INDEX notice_by_division ON power.notice (division_code, id);

-- Only the answer may be written, once; nothing of a notice is ever removed.
CREATE FUNCTION power.guard_notice() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a supervision notice is kept: never removed';
    END IF;
    IF OLD.answer IS NOT NULL OR NEW.answer IS NULL
       OR (NEW.act_id, NEW.card_id, NEW.division_code, NEW.organisation_id, NEW.text, NEW.issued_by, NEW.issued_on,
           NEW.due_on, NEW.issued_at) IS DISTINCT FROM
          (OLD.act_id, OLD.card_id, OLD.division_code, OLD.organisation_id, OLD.text, OLD.issued_by, OLD.issued_on,
           OLD.due_on, OLD.issued_at) THEN
        RAISE EXCEPTION 'a supervision notice is answered once and otherwise never changed';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER notice_answered_once BEFORE UPDATE OR DELETE ON power.notice
    FOR EACH ROW EXECUTE FUNCTION power.guard_notice();
