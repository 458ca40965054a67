-- Migration 18: when each case was first acted on, kept on the case (issue 7; DESIGN.md §8). The
-- monthly statistics' time to first response was a lookup of the earliest event per case received
-- in the month (16,000 index descents a month); with the time on the case it is one range scan.
-- A trigger keeps it for every writer (workflow, sync, demo data): events are append-only, so the
-- earliest only ever moves earlier.
-- Never edit this file once it has landed.
ALTER TABLE cases ADD COLUMN first_response_at TEXT;
UPDATE cases SET first_response_at = (SELECT min(at) FROM case_events WHERE case_seq = cases.seq);
CREATE INDEX cases_first_response ON cases(received_at, station_seq, first_response_at);
CREATE TRIGGER case_events_first_response AFTER INSERT ON case_events
BEGIN
    UPDATE cases SET first_response_at = NEW.at
    WHERE seq = NEW.case_seq AND (first_response_at IS NULL OR first_response_at > NEW.at);
END;
