-- Migration 16: the two lookups the monthly statistics make per case (issue 7; DESIGN.md §8): the
-- first event of each case received in the month, and the received time of each case closed in it.
-- Both narrow indexes are read instead of the wide rows (1M cases: 25 -> 12 ms and 18 -> 12 ms).
-- Never edit this file once it has landed.
CREATE INDEX case_events_case_at ON case_events(case_seq, at);
CREATE INDEX cases_seq_received ON cases(seq, received_at);
