-- Migration 13: archiving (7.6, issue 6). Closed cases older than the retention limit move to an
-- archive file; the append-only guards on case events and visit records let a row go only while its
-- case is listed in purge_permits, which the archive fills and empties inside its one transaction.
-- Never edit this file once it has landed.
CREATE TABLE purge_permits (case_seq INTEGER PRIMARY KEY);

DROP TRIGGER case_events_no_delete;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
WHEN OLD.case_seq NOT IN (SELECT case_seq FROM purge_permits)
BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;

DROP TRIGGER visits_kept;
CREATE TRIGGER visits_kept BEFORE DELETE ON visits
WHEN OLD.case_seq NOT IN (SELECT case_seq FROM purge_permits)
BEGIN SELECT RAISE(ABORT, 'visit records are kept'); END;
