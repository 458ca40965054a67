-- Migration 23: the case list's clock views (issue 20) without a scan: open cases whose clock is
-- paused, and the cases a supervisor urged (督办), by when. Never edit this file once it has landed.
CREATE INDEX cases_paused ON cases(paused_since) WHERE paused_since IS NOT NULL;
CREATE INDEX clock_events_kind ON clock_events(kind, at, case_seq);
