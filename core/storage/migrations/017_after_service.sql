-- Migration 17: what happens after the service (issue 8): feedback to the client (7.4.1), return
-- visits with the four ratings of 8.1.1 (7.4.2), complaints with their own workflow (7.5, GB/T 19012),
-- evaluation records (8.1.2) and improvement plans (8.2).
-- Never edit this file once it has landed.

-- 7.4.1: the platform tells the client the service has ended, by website, phone or SMS.
CREATE TABLE feedback (
    seq      INTEGER PRIMARY KEY,
    id       TEXT NOT NULL UNIQUE,
    case_seq INTEGER NOT NULL REFERENCES cases(seq),
    channel  TEXT NOT NULL CHECK (channel IN ('website', 'phone', 'sms')),
    content  TEXT NOT NULL CHECK (length(content) BETWEEN 1 AND 2000),
    given_at TEXT NOT NULL,
    given_by TEXT NOT NULL
);
CREATE INDEX feedback_case ON feedback(case_seq);

-- 7.4.2 / 8.1.1: a return visit (回访) and the client's ratings, 1 (very dissatisfied) to 5 (very
-- satisfied). Complaint handling is rated only when the client complained (else NULL). Append-only:
-- a correction is a new visit that supersedes the old one.
CREATE TABLE return_visits (
    seq               INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    case_seq          INTEGER NOT NULL REFERENCES cases(seq),
    method            TEXT NOT NULL CHECK (method IN ('onsite', 'phone')),
    visited_at        TEXT NOT NULL,
    visited_by        TEXT NOT NULL,   -- the staff member's login
    contact           TEXT,            -- who at the client answered
    client_said       TEXT NOT NULL CHECK (length(client_said) BETWEEN 1 AND 2000),
    rating_matching   INTEGER NOT NULL CHECK (rating_matching BETWEEN 1 AND 5),
    rating_level      INTEGER NOT NULL CHECK (rating_level BETWEEN 1 AND 5),
    rating_attitude   INTEGER NOT NULL CHECK (rating_attitude BETWEEN 1 AND 5),
    rating_complaint  INTEGER CHECK (rating_complaint BETWEEN 1 AND 5),
    comment           TEXT,
    supersedes        TEXT REFERENCES return_visits(id),
    recorded_at       TEXT NOT NULL
);
CREATE INDEX return_visits_case ON return_visits(case_seq);
CREATE INDEX return_visits_visited ON return_visits(visited_at);
CREATE INDEX return_visits_supersedes ON return_visits(supersedes) WHERE supersedes IS NOT NULL;
CREATE TRIGGER return_visits_no_update BEFORE UPDATE ON return_visits
BEGIN SELECT RAISE(ABORT, 'return_visits is append-only'); END;
-- Kept, except when archiving moves its case out (7.6; purge_permits, migration 13).
CREATE TRIGGER return_visits_no_delete BEFORE DELETE ON return_visits
WHEN OLD.case_seq NOT IN (SELECT case_seq FROM purge_permits)
BEGIN SELECT RAISE(ABORT, 'return_visits is append-only'); END;

-- 7.5: a complaint about an agency, a staff member or the platform, from any public channel.
CREATE TABLE complaints (
    seq            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    number         TEXT NOT NULL UNIQUE,          -- TS-LN-20261129-0001
    station_code   TEXT NOT NULL,
    channel        TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'window', 'website', 'letter')),
    received_at    TEXT NOT NULL,
    received_by    TEXT NOT NULL,
    complainant    TEXT,
    contact        TEXT,
    about_kind     TEXT NOT NULL CHECK (about_kind IN ('agency', 'staff', 'platform')),
    agency_seq     INTEGER REFERENCES agencies(seq),
    staff_login    TEXT,
    case_seq       INTEGER REFERENCES cases(seq), -- NULL once the case is archived (7.6)
    case_number    TEXT,                          -- the case's number, kept when it is archived
    category       TEXT NOT NULL,                 -- attitude, timeliness, quality, fees, discipline, other
    summary        TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
    state          TEXT NOT NULL,
    valid          INTEGER CHECK (valid IN (0, 1)), -- NULL until assessed (7.5.4 counts the valid ones)
    assessment     TEXT,
    forwarded_to   TEXT,
    institution_result TEXT,
    answer         TEXT,
    ack_due        TEXT NOT NULL,                 -- China dates, YYYY-MM-DD, in working days
    answer_due     TEXT NOT NULL,
    closed_at      TEXT,
    updated_at     TEXT NOT NULL
);
CREATE INDEX complaints_received ON complaints(received_at);
CREATE INDEX complaints_state ON complaints(state, answer_due);
CREATE INDEX complaints_case ON complaints(case_seq) WHERE case_seq IS NOT NULL;

-- Each step of a complaint, who took it and why; append-only.
CREATE TABLE complaint_events (
    seq           INTEGER PRIMARY KEY,
    complaint_seq INTEGER NOT NULL REFERENCES complaints(seq),
    from_state    TEXT,
    to_state      TEXT NOT NULL,
    note          TEXT,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL
);
CREATE INDEX complaint_events_complaint ON complaint_events(complaint_seq, seq);
CREATE TRIGGER complaint_events_no_update BEFORE UPDATE ON complaint_events
BEGIN SELECT RAISE(ABORT, 'complaint_events is append-only'); END;
CREATE TRIGGER complaint_events_no_delete BEFORE DELETE ON complaint_events
BEGIN SELECT RAISE(ABORT, 'complaint_events is append-only'); END;

-- 8.1.2: self, client satisfaction and third-party evaluations, with the written report attached.
CREATE TABLE evaluations (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL CHECK (kind IN ('self', 'client', 'third_party')),
    period_from  TEXT NOT NULL,
    period_to    TEXT NOT NULL,
    evaluator    TEXT NOT NULL,
    conclusion   TEXT NOT NULL CHECK (length(conclusion) BETWEEN 1 AND 4000),
    score        REAL,
    report_sha256 TEXT REFERENCES blobs(sha256),
    report_name  TEXT,
    recorded_at  TEXT NOT NULL,
    recorded_by  TEXT NOT NULL
);

-- 8.2: an improvement plan, from a complaint or a survey finding, tracked to its review.
CREATE TABLE improvement_plans (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    problem       TEXT NOT NULL CHECK (length(problem) BETWEEN 1 AND 2000),
    measure       TEXT NOT NULL CHECK (length(measure) BETWEEN 1 AND 2000),
    owner         TEXT NOT NULL,
    due_on        TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'reviewed')),
    review_result TEXT,
    complaint_seq INTEGER REFERENCES complaints(seq),
    finding       TEXT,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
