-- Import/export inspection (PRODUCT.md §1): the bureaus that decide lots, every declared lot with the decision the
-- risk engine gave it and everything that decision was made from, inspection results, scorecard model versions and
-- analysts' warning decisions. Results, model refits and warning decisions share one journal sequence: replayed in
-- that order they rebuild the engine exactly as it was.
CREATE SCHEMA inspection;

CREATE TABLE inspection.bureaus (
    code           text PRIMARY KEY,
    name_zh        text NOT NULL,
    name_en        text NOT NULL,
    division_code  text NOT NULL CHECK (division_code ~ '^[0-9]{6}$'),
    capacity_share double precision NOT NULL DEFAULT 0.10 CHECK (capacity_share > 0 AND capacity_share <= 1)
);

-- The entry-exit inspection and quarantine bureaus of Jiangsu by the port city or county they serve.
INSERT INTO inspection.bureaus (code, name_zh, name_en, division_code) VALUES
    ('CIQ-NJ',  '南京出入境检验检疫局',   'Nanjing Entry-Exit Inspection Bureau',      '320100'),
    ('CIQ-WX',  '无锡出入境检验检疫局',   'Wuxi Entry-Exit Inspection Bureau',         '320200'),
    ('CIQ-XZ',  '徐州出入境检验检疫局',   'Xuzhou Entry-Exit Inspection Bureau',       '320300'),
    ('CIQ-CZ',  '常州出入境检验检疫局',   'Changzhou Entry-Exit Inspection Bureau',    '320400'),
    ('CIQ-SZ',  '苏州出入境检验检疫局',   'Suzhou Entry-Exit Inspection Bureau',       '320500'),
    ('CIQ-ZJG', '张家港出入境检验检疫局', 'Zhangjiagang Entry-Exit Inspection Bureau', '320582'),
    ('CIQ-TC',  '太仓出入境检验检疫局',   'Taicang Entry-Exit Inspection Bureau',      '320585'),
    ('CIQ-NT',  '南通出入境检验检疫局',   'Nantong Entry-Exit Inspection Bureau',      '320600'),
    ('CIQ-LYG', '连云港出入境检验检疫局', 'Lianyungang Entry-Exit Inspection Bureau',  '320700'),
    ('CIQ-HA',  '淮安出入境检验检疫局',   'Huai''an Entry-Exit Inspection Bureau',     '320800'),
    ('CIQ-YC',  '盐城出入境检验检疫局',   'Yancheng Entry-Exit Inspection Bureau',     '320900'),
    ('CIQ-YZ',  '扬州出入境检验检疫局',   'Yangzhou Entry-Exit Inspection Bureau',     '321000'),
    ('CIQ-ZJ',  '镇江出入境检验检疫局',   'Zhenjiang Entry-Exit Inspection Bureau',    '321100'),
    ('CIQ-TZ',  '泰州出入境检验检疫局',   'Taizhou Entry-Exit Inspection Bureau',      '321200'),
    ('CIQ-SQ',  '宿迁出入境检验检疫局',   'Suqian Entry-Exit Inspection Bureau',       '321300');

-- One random seed per bureau and declaration day, drawn when the day's first lot arrives, with the parameters in
-- force: with the stored decisions it reproduces the day's selection.
CREATE TABLE inspection.selection_days (
    bureau            text NOT NULL REFERENCES inspection.bureaus (code),
    declared_on       date NOT NULL,
    seed              bigint NOT NULL,
    capacity_share    double precision NOT NULL,
    exploration_share double precision NOT NULL,
    parameters        jsonb NOT NULL,
    PRIMARY KEY (bureau, declared_on)
);

CREATE SEQUENCE inspection.decision_seq;
CREATE SEQUENCE inspection.journal_seq;

CREATE TABLE inspection.lots (
    lot_id            text PRIMARY KEY,
    bureau            text NOT NULL REFERENCES inspection.bureaus (code),
    division_code     text NOT NULL,
    declared_on       date NOT NULL,
    direction         text NOT NULL CHECK (direction IN ('IMPORT', 'EXPORT')),
    hs_code           text NOT NULL CHECK (hs_code ~ '^[0-9]{6,10}$'),
    origin            text NOT NULL CHECK (origin ~ '^[A-Z]{2}$'),
    consignee         text NOT NULL,
    manufacturer      text NOT NULL,
    quantity          numeric NOT NULL CHECK (quantity >= 0),
    value_cny         numeric NOT NULL CHECK (value_cny >= 0),
    reason            text NOT NULL,
    selected          boolean NOT NULL,
    probability       double precision NOT NULL,
    priority          double precision NOT NULL,
    priority_factor   double precision NOT NULL,
    threshold         double precision NOT NULL,
    exploration_draw  double precision NOT NULL,
    exploration_share double precision NOT NULL,
    exploration_weight double precision NOT NULL,
    features          bytea NOT NULL,
    model_version     int NOT NULL,
    seed              bigint NOT NULL,
    score             int NOT NULL,
    scorecard         jsonb NOT NULL,
    likely_hazards    text[] NOT NULL,
    submitted_by      text NOT NULL,
    decided_at        timestamptz NOT NULL DEFAULT now(),
    decision_seq      bigint NOT NULL DEFAULT nextval('inspection.decision_seq'),
    FOREIGN KEY (bureau, declared_on) REFERENCES inspection.selection_days (bureau, declared_on)
);
CREATE INDEX lots_worklist ON inspection.lots (bureau, declared_on, selected);
CREATE INDEX lots_division_day ON inspection.lots (division_code, declared_on);
CREATE INDEX lots_bureau_seq ON inspection.lots (bureau, decision_seq);

CREATE TABLE inspection.results (
    lot_id       text PRIMARY KEY REFERENCES inspection.lots (lot_id),
    journal_seq  bigint NOT NULL UNIQUE,
    outcome      text NOT NULL CHECK (outcome IN ('PASS', 'FAIL')),
    hazard       text,
    inspected_on date NOT NULL,
    measurements jsonb NOT NULL DEFAULT '[]',
    recorded_by  text NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    CHECK ((outcome = 'FAIL') = (hazard IS NOT NULL))
);

CREATE TABLE inspection.model_versions (
    version        int PRIMARY KEY,
    journal_seq    bigint NOT NULL UNIQUE,
    fitted_on      date NOT NULL,
    coefficients   jsonb NOT NULL,
    results_learnt bigint NOT NULL,
    fitted_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE inspection.warning_actions (
    id           bigserial PRIMARY KEY,
    journal_seq  bigint NOT NULL UNIQUE,
    cell_kind    text NOT NULL,
    hs_prefix    text,
    origin       text,
    consignee    text,
    manufacturer text,
    action       text NOT NULL CHECK (action IN ('CONFIRM', 'DISMISS')),
    comment      text NOT NULL CHECK (length(trim(comment)) > 0),
    acted_by     text NOT NULL,
    acted_on     date NOT NULL,
    acted_at     timestamptz NOT NULL DEFAULT now()
);

-- How each warning rose and decayed: written with the result that moved it.
CREATE TABLE inspection.warning_changes (
    id           bigserial PRIMARY KEY,
    journal_seq  bigint NOT NULL,
    cell_kind    text NOT NULL,
    hs_prefix    text,
    origin       text,
    consignee    text,
    manufacturer text,
    from_level   text NOT NULL,
    to_level     text NOT NULL,
    statistic    double precision NOT NULL,
    changed_on   date NOT NULL,
    lot_id       text NOT NULL
);
CREATE INDEX warning_changes_cell ON inspection.warning_changes (cell_kind, hs_prefix, origin, consignee, manufacturer);
