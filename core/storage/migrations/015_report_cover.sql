-- Migration 15: one index that holds everything the monthly statistics count about received cases
-- (category, channel, station, who registered), so each period is one range scan of the index and
-- no read of the table (issue 7; DESIGN.md §8). Never edit this file once it has landed.
CREATE INDEX cases_report ON cases(received_at, category_code, channel, station_seq, received_by);
