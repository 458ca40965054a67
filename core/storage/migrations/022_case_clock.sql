-- Migration 22: every case on a clock (issue 20; 7.2.1 及时, 7.3.3 在限定时间内). A case keeps the
-- time limits it was registered under (working days to a first response and to closing), so a
-- later change to the catalog's limits does not move it. What moves its dates is a log of facts,
-- each synced as it is made and never changed: pauses and resumes (补正材料, 检验检测, 专家评审, 请示:
-- paused working days do not count), extensions asked for and decided (延期申请), urgings (督办). The
-- due dates and the open pause on the case row are that log folded (core/domain/CaseClock), kept in
-- the transaction that adds to the log, for the case list's lights and filters.
-- Cases registered before this migration have no limits and no clock. Never edit this file once it
-- has landed.
ALTER TABLE cases ADD COLUMN response_days INTEGER;
ALTER TABLE cases ADD COLUMN close_days INTEGER;
ALTER TABLE cases ADD COLUMN due_response TEXT; -- a China date, ISO
ALTER TABLE cases ADD COLUMN due_close TEXT;
ALTER TABLE cases ADD COLUMN paused_since TEXT; -- UTC time of the open pause, if any

CREATE TABLE clock_events (
    seq       INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    case_seq  INTEGER NOT NULL REFERENCES cases(seq),
    kind      TEXT NOT NULL CHECK (kind IN ('pause', 'resume', 'extension_asked', 'extension_approved',
                                            'extension_refused', 'urged')),
    at        TEXT NOT NULL,          -- UTC, when it was done (data: the server orders the sync)
    actor     TEXT NOT NULL,
    reason    TEXT,                   -- a pause's reason key; an extension's reason
    days      INTEGER,                -- working days an extension asks for
    note      TEXT,
    ref       TEXT                    -- the extension request a decision answers
);
CREATE INDEX clock_events_case ON clock_events(case_seq, at, id);
CREATE TRIGGER clock_events_kept_update BEFORE UPDATE ON clock_events
BEGIN SELECT RAISE(ABORT, 'clock events are kept as made'); END;
CREATE TRIGGER clock_events_kept_delete BEFORE DELETE ON clock_events
WHEN OLD.case_seq NOT IN (SELECT case_seq FROM purge_permits) -- the archive (migration 13) moves them
BEGIN SELECT RAISE(ABORT, 'clock events are kept'); END;
CREATE INDEX cases_due_close ON cases(due_close) WHERE due_close IS NOT NULL AND status <> 'closed';
