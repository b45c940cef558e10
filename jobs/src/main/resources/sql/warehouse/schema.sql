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
