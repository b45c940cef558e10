-- The warehouse: every table is keyed by period; a run of a period replaces that period's rows.
-- Statements are separated by ';' at line end (the one file that holds several).

CREATE TABLE IF NOT EXISTS school (
    period       VARCHAR NOT NULL,
    school_code  VARCHAR NOT NULL,
    school_name  VARCHAR NOT NULL,
    zone         VARCHAR NOT NULL,
    school_type  VARCHAR NOT NULL,
    PRIMARY KEY (period, school_code)
);

-- What a period's files were read against (scheme, registry, limits, build): a later run with the
-- same basis keeps the rows of every file whose SHA-256 is unchanged instead of reading it again.
CREATE TABLE IF NOT EXISTS intake_basis (
    period  VARCHAR NOT NULL PRIMARY KEY,
    basis   VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS intake_file (
    period         VARCHAR NOT NULL,
    file           VARCHAR NOT NULL,
    sha256         VARCHAR NOT NULL,
    bytes          BIGINT  NOT NULL,
    modified       TIMESTAMP NOT NULL,
    school_code    VARCHAR,
    fill_date      DATE,
    failure_code   VARCHAR,
    failure_message VARCHAR,
    status         VARCHAR,           -- accepted / rejected / superseded, set by validation
    PRIMARY KEY (period, file)
);

CREATE TABLE IF NOT EXISTS roster_row (
    period        VARCHAR NOT NULL,
    file          VARCHAR NOT NULL,
    sheet         VARCHAR NOT NULL,
    row_no        INTEGER NOT NULL,
    school_code   VARCHAR NOT NULL,
    teacher_id    VARCHAR,
    name          VARCHAR,
    stage         VARCHAR,
    grade_level   INTEGER,
    class_no      INTEGER,
    years         DECIMAL(4,1),
    gender        VARCHAR,
    birth_date    DATE,
    class_size    INTEGER,
    title         VARCHAR,
    declared_tier VARCHAR,
    phone         VARCHAR,
    value_ok      BOOLEAN NOT NULL,
    accepted      BOOLEAN NOT NULL DEFAULT false,
    teacher_id_raw VARCHAR,          -- the 教师编号 cell as typed, for the reject list
    class_raw     VARCHAR,           -- the 班级 cell as typed
    PRIMARY KEY (period, file, row_no)
);

CREATE TABLE IF NOT EXISTS score_row (
    period         VARCHAR NOT NULL,
    file           VARCHAR NOT NULL,
    sheet          VARCHAR NOT NULL,
    row_no         INTEGER NOT NULL,
    school_code    VARCHAR NOT NULL,
    teacher_id     VARCHAR,
    name           VARCHAR,
    ethics_verdict VARCHAR,
    value_ok       BOOLEAN NOT NULL,
    accepted       BOOLEAN NOT NULL DEFAULT false,
    teacher_id_raw VARCHAR,
    PRIMARY KEY (period, file, row_no)
);

-- Dimension values in long form, so a scheme with other dimensions needs no schema change.
CREATE TABLE IF NOT EXISTS score_value (
    period     VARCHAR NOT NULL,
    file       VARCHAR NOT NULL,
    row_no     INTEGER NOT NULL,
    dimension  VARCHAR NOT NULL,
    value      DECIMAL(5,1),
    PRIMARY KEY (period, file, row_no, dimension)
);

CREATE TABLE IF NOT EXISTS activity_row (
    period             VARCHAR NOT NULL,
    file               VARCHAR NOT NULL,
    sheet              VARCHAR NOT NULL,
    row_no             INTEGER NOT NULL,
    school_code        VARCHAR NOT NULL,
    teacher_id         VARCHAR,
    meetings           INTEGER,
    training_district  DECIMAL(5,1),
    training_zone      DECIMAL(5,1),
    training_school    DECIMAL(5,1),
    parent_meetings    INTEGER NOT NULL,
    home_visits        INTEGER NOT NULL,
    phone_visits       INTEGER NOT NULL,
    practice_activities INTEGER NOT NULL,
    archive_rate       DECIMAL(4,1) NOT NULL,
    research_level     VARCHAR NOT NULL,
    value_ok           BOOLEAN NOT NULL,
    accepted           BOOLEAN NOT NULL DEFAULT false,
    teacher_id_raw VARCHAR,
    PRIMARY KEY (period, file, row_no)
);

CREATE TABLE IF NOT EXISTS incident_row (
    period         VARCHAR NOT NULL,
    file           VARCHAR NOT NULL,
    sheet          VARCHAR NOT NULL,
    row_no         INTEGER NOT NULL,
    school_code    VARCHAR NOT NULL,
    teacher_id     VARCHAR,
    incident_date  DATE,
    summary        VARCHAR,
    responsibility VARCHAR,
    consequence    VARCHAR,
    value_ok       BOOLEAN NOT NULL,
    accepted       BOOLEAN NOT NULL DEFAULT false,
    teacher_id_raw VARCHAR,
    PRIMARY KEY (period, file, row_no)
);

-- Rejected files and rows, and warnings: the reject list (rejects.csv) of the period.
CREATE TABLE IF NOT EXISTS problem (
    period       VARCHAR NOT NULL,
    file         VARCHAR NOT NULL,
    school_code  VARCHAR,
    sheet        VARCHAR,
    sheet_order  INTEGER NOT NULL,
    row_no       INTEGER,
    column_name  VARCHAR,
    column_order INTEGER NOT NULL,
    value        VARCHAR,
    severity     VARCHAR NOT NULL,
    code         VARCHAR NOT NULL,
    message      VARCHAR NOT NULL,
    origin       VARCHAR NOT NULL      -- intake (value rules, whole files) or validate (cross-row rules)
);

-- Scoring results (issue 3). Each run of a period deletes and rewrites its own rows in these
-- tables in one transaction; earlier periods stay as history for the tiers of later ones.

-- One row per accepted roster teacher of the period. Dimension values stay in score_value (long
-- form) and are reached through (period, file, score_row).
CREATE TABLE IF NOT EXISTS assessment (
    period              VARCHAR NOT NULL,
    teacher_id          VARCHAR NOT NULL,
    name                VARCHAR NOT NULL,
    school_code         VARCHAR NOT NULL,
    zone                VARCHAR NOT NULL,
    school_type         VARCHAR NOT NULL,
    stage               VARCHAR NOT NULL,
    grade_level         INTEGER NOT NULL,      -- 1..12 across the stages
    class_no            INTEGER NOT NULL,
    years               DECIMAL(4,1) NOT NULL,
    declared_tier       VARCHAR NOT NULL,      -- the roster's 现任梯队
    file                VARCHAR NOT NULL,      -- the school's accepted file: every row below is in it
    roster_sheet        VARCHAR NOT NULL,
    roster_row          INTEGER NOT NULL,
    score_sheet         VARCHAR,               -- NULL: no accepted score row (未评分)
    score_row           INTEGER,
    activity_sheet      VARCHAR,               -- NULL: no accepted activity row (counts and hours 0)
    activity_row        INTEGER,
    meetings            INTEGER NOT NULL,
    training_district   DECIMAL(6,1) NOT NULL,
    training_total      DECIMAL(7,1) NOT NULL,
    total               DECIMAL(7,1),
    tiebreak            DECIMAL(5,1)[],        -- the scheme's merit_tiebreak values, in its order
    ethics_veto         BOOLEAN NOT NULL,
    incident_veto       BOOLEAN NOT NULL,
    capped              BOOLEAN NOT NULL,
    meetings_ok         BOOLEAN NOT NULL,
    training_ok         BOOLEAN NOT NULL,
    total_grade         VARCHAR,               -- the grade by total alone, before vetoes and the 优秀 cap
    grade               VARCHAR NOT NULL,      -- 优秀 / 合格 / 基本合格 / 不合格 / 未评分
    must_replace        BOOLEAN NOT NULL,
    accountability      BOOLEAN NOT NULL,
    merit_no            INTEGER,               -- position in the period's merit order (graded only)
    rank_school         INTEGER,
    rank_zone_stage     INTEGER,
    rank_district_stage INTEGER,
    zone_stage_size     INTEGER,               -- graded teachers of the (学区, 学段)
    zone_stage_position INTEGER,               -- merit position within the (学区, 学段)
    commended           BOOLEAN NOT NULL DEFAULT false,
    commended_seat      VARCHAR,               -- zone (学区名额) / pool (全区统筹名额)
    city_recommended    BOOLEAN NOT NULL DEFAULT false,
    prior_period        VARCHAR,               -- where prior_tier came from; NULL: the roster's 现任梯队
    prior_tier          VARCHAR,
    backbone_cutoff     INTEGER,               -- ceil(fraction × zone_stage_size), for 新晋骨干
    chief_position      INTEGER,               -- position among the 首席 candidates of (学校类型, 学段)
    tier                VARCHAR,
    tier_change         VARCHAR,
    PRIMARY KEY (period, teacher_id)
);

-- Why: the rules that decided each teacher's grade, commendation and tier, in reading order.
CREATE TABLE IF NOT EXISTS assessment_reason (
    period      VARCHAR NOT NULL,
    teacher_id  VARCHAR NOT NULL,
    seq         INTEGER NOT NULL,
    rule_code   VARCHAR NOT NULL,
    text        VARCHAR NOT NULL,
    PRIMARY KEY (period, teacher_id, seq)
);

-- District commendation seats per (学段, 学区): the exact share is share_floor + share_remainder / n_stage.
CREATE TABLE IF NOT EXISTS commendation_seat (
    period          VARCHAR NOT NULL,
    stage           VARCHAR NOT NULL,
    zone            VARCHAR NOT NULL,
    n_stage         INTEGER NOT NULL,
    seats_stage     INTEGER NOT NULL,
    n_zone          INTEGER NOT NULL,
    share_floor     INTEGER NOT NULL,
    share_remainder INTEGER NOT NULL,
    extra_seat      BOOLEAN NOT NULL,
    seats           INTEGER NOT NULL,
    PRIMARY KEY (period, stage, zone)
);

-- 首席 seats per (学校类型, 学段): seats = max(0, base_seats - kept).
CREATE TABLE IF NOT EXISTS chief_seat (
    period      VARCHAR NOT NULL,
    school_type VARCHAR NOT NULL,
    stage       VARCHAR NOT NULL,
    n           INTEGER NOT NULL,
    base_seats  INTEGER NOT NULL,
    kept        INTEGER NOT NULL,
    seats       INTEGER NOT NULL,
    PRIMARY KEY (period, school_type, stage)
);

-- One row per registry school of the period (schools.csv).
CREATE TABLE IF NOT EXISTS school_result (
    period             VARCHAR NOT NULL,
    school_code        VARCHAR NOT NULL,
    school_name        VARCHAR NOT NULL,
    zone               VARCHAR NOT NULL,
    school_type        VARCHAR NOT NULL,
    submitted          BOOLEAN NOT NULL,
    teachers           INTEGER NOT NULL,
    graded             INTEGER NOT NULL,
    mean_total         DECIMAL(7,2),           -- half-up; NULL when nobody is graded
    excellent          INTEGER NOT NULL,
    qualified          INTEGER NOT NULL,
    basic              INTEGER NOT NULL,
    failed             INTEGER NOT NULL,
    unscored           INTEGER NOT NULL,
    commended          INTEGER NOT NULL,
    low_spread         BOOLEAN NOT NULL,       -- ≥ min graded and population SD of totals below the limit
    too_many_excellent BOOLEAN NOT NULL,       -- ≥ min graded and more than the share 优秀
    undifferentiated   BOOLEAN NOT NULL,
    not_submitted      BOOLEAN NOT NULL,
    PRIMARY KEY (period, school_code)
);

-- One row per scored period: the scheme behind it and the history it used. seq grows with every
-- scoring run, so a period scored before an earlier period was re-scored is stale.
CREATE TABLE IF NOT EXISTS scoring_run (
    period         VARCHAR NOT NULL PRIMARY KEY,
    scheme_version VARCHAR NOT NULL,
    scheme_name    VARCHAR NOT NULL,
    scheme_hash    VARCHAR NOT NULL,
    prior_period   VARCHAR,
    seq            INTEGER NOT NULL
);

-- Every school's and teacher's document of the period's published folder: the digest of the data
-- it was made from (DataDigest) and the file written. A later run of the period whose document
-- has the same digest links the published file instead of rendering it again.
CREATE TABLE IF NOT EXISTS document_digest (
    period  VARCHAR NOT NULL,
    path    VARCHAR NOT NULL,            -- relative to the period folder, '/'-separated, as in manifest.csv
    digest  VARCHAR NOT NULL,
    sha256  VARCHAR NOT NULL,
    bytes   BIGINT  NOT NULL,
    PRIMARY KEY (period, path)
);

-- Stage only: the document_digest rows of the period as published when the run began, i.e. what
-- the run may take from the published folder. Never published itself.
CREATE TABLE IF NOT EXISTS published_document (
    period  VARCHAR NOT NULL,
    path    VARCHAR NOT NULL,
    digest  VARCHAR NOT NULL,
    sha256  VARCHAR NOT NULL,
    bytes   BIGINT  NOT NULL,
    PRIMARY KEY (period, path)
);
