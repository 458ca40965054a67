-- Migration 14: what the monthly statistics read (issue 7; DESIGN.md §8: every section, with the
-- previous month and last year's, in 50 ms over a million cases). Received counts use
-- cases_received (migration 1); these cover the rest without a scan of the table.
-- Never edit this file once it has landed.
CREATE INDEX case_events_kind_at ON case_events(kind, at);
CREATE INDEX cases_open_received ON cases(received_at) WHERE closed_at IS NULL;
CREATE INDEX cases_closed_at ON cases(closed_at, received_at) WHERE closed_at IS NOT NULL;
CREATE INDEX notices_issued ON notices(issued_at);
CREATE INDEX handoffs_handed ON handoffs(handed_at);
CREATE INDEX instruction_requests_asked ON instruction_requests(asked_at);
CREATE INDEX visits_visited ON visits(visited_at);
