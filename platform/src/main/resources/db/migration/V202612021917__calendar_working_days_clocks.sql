-- The working-day calendar (holidays and adjusted working days, 调休, per year) and the statutory clocks counted on
-- it, owned by the calendar module. A year is drafted and then published, after which it is frozen; the shipped
-- years (npm chinese-days 1.5.7) are loaded as published by calendar.ShippedYearsLoader after every migrate.
CREATE SCHEMA calendar;

CREATE TABLE calendar.year (
    year          integer     PRIMARY KEY CHECK (year BETWEEN 1990 AND 2100),
    status        text        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    source        text        NOT NULL,
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL,
    published_by  text,
    published_at  timestamptz,
    CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);

CREATE TABLE calendar.day (
    day   date    PRIMARY KEY,
    year  integer NOT NULL REFERENCES calendar.year,
    kind  text    NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    name  text    NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    CHECK (extract(year FROM day) = year)
);
CREATE INDEX day_by_year ON calendar.day (year);

-- A published year is frozen: its days are neither added, changed nor removed.
CREATE FUNCTION calendar.refuse_published_day() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM calendar.year y WHERE y.year = OLD.year AND y.status = 'PUBLISHED'))
       OR (TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM calendar.year y WHERE y.year = NEW.year AND y.status = 'PUBLISHED'))
    THEN
        RAISE EXCEPTION 'the calendar of the year is published and frozen';
    END IF;
    RETURN COALESCE(NEW, OLD);
END $$;
CREATE TRIGGER published_year_frozen BEFORE INSERT OR UPDATE OR DELETE ON calendar.day
    FOR EACH ROW EXECUTE FUNCTION calendar.refuse_published_day();

-- A statutory clock of an act (act_type names the kind of act, e.g. power.act, enforcement.case): its start and limit.
CREATE TABLE calendar.clock (
    act_type           text    NOT NULL CHECK (length(act_type) BETWEEN 1 AND 40),
    act_id             text    NOT NULL CHECK (length(act_id) BETWEEN 1 AND 80),
    division_code      text    NOT NULL CHECK (division_code ~ '^[0-9]{6}$'),
    started_on         date    NOT NULL,
    limit_days         integer NOT NULL CHECK (limit_days >= 1),
    day_count          text    NOT NULL CHECK (day_count IN ('WORKING_DAYS', 'CALENDAR_DAYS')),
    maximum_extension  integer NOT NULL CHECK (maximum_extension >= 0),
    started_by         text    NOT NULL,
    started_at         timestamptz NOT NULL,
    PRIMARY KEY (act_type, act_id)
);

-- What happened to a clock, in order; append-only (a trigger refuses UPDATE and DELETE), so the list rebuilds it.
CREATE TABLE calendar.clock_event (
    act_type     text        NOT NULL,
    act_id       text        NOT NULL,
    seq          integer     NOT NULL CHECK (seq >= 1),
    event        text        NOT NULL CHECK (event IN ('Suspended', 'Interrupted', 'ExclusionBegun', 'Resumed',
                                                       'Extended')),
    on_date      date        NOT NULL,
    days         integer,
    exclusion    text,
    reason       text,
    approved_by  text,
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL,
    PRIMARY KEY (act_type, act_id, seq),
    FOREIGN KEY (act_type, act_id) REFERENCES calendar.clock
);

CREATE FUNCTION calendar.refuse_change_of_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a clock''s events are appended, never changed or removed';
END $$;
CREATE TRIGGER clock_event_append_only BEFORE UPDATE OR DELETE ON calendar.clock_event
    FOR EACH ROW EXECUTE FUNCTION calendar.refuse_change_of_event();
