-- Migration 29: the satisfaction survey (8.1.1, 7.4.2) read from day counts as well (issue 22), not
-- from every return visit of the period with its case and its last handoff. A return visit counts
-- on its China day unless a later visit corrects it, for its case's category and station and for
-- the agency the case was last handed to ('' for none):
--   sv.method  onsite / phone            sv.staff   who made it
--   sv.dim     'L:matching' ... one per rating L (1-5) of each dimension answered
--   sv.cat / sv.station / sv.agency  'L:key' one per rating L, and '0:key' one per visit
-- What the clients said is read from the visits themselves, through an index of only the visits with
-- a comment or a rating below 3.
-- And the agencies' timeliness (issue 20), from their handoffs: handed to each (and of those,
-- signed for after the sign-for day) on the day handed; finished (and on time against the handoff's
-- due date) and returned (by category, clerk and agency) on the day of the result.
-- Never edit this file once it has landed.

-- The visits that count: those no later visit corrects.
CREATE VIEW report_survey_visits(case_seq, day, station_seq, category_code, method, visited_by, agency) AS
SELECT r.case_seq, date(r.visited_at, '+8 hours'), c.station_seq, c.category_code, r.method, r.visited_by,
    coalesce((SELECT h.agency_seq FROM handoffs h WHERE h.case_seq = r.case_seq ORDER BY h.seq DESC LIMIT 1), '')
FROM return_visits r JOIN cases c ON c.seq = r.case_seq
WHERE NOT EXISTS (SELECT 1 FROM return_visits n WHERE n.supersedes = r.id);

-- Their ratings, one row each (the complaint handling one only where there was a complaint).
CREATE VIEW report_survey_ratings(case_seq, day, station_seq, category_code, agency, dimension, level) AS
SELECT r.case_seq, date(r.visited_at, '+8 hours'), c.station_seq, c.category_code,
    coalesce((SELECT h.agency_seq FROM handoffs h WHERE h.case_seq = r.case_seq ORDER BY h.seq DESC LIMIT 1), ''),
    d.dimension,
    CASE d.dimension WHEN 'matching' THEN r.rating_matching WHEN 'level' THEN r.rating_level
        WHEN 'attitude' THEN r.rating_attitude ELSE r.rating_complaint END
FROM return_visits r JOIN cases c ON c.seq = r.case_seq
    JOIN (SELECT 'matching' AS dimension UNION ALL SELECT 'level' UNION ALL SELECT 'attitude'
        UNION ALL SELECT 'complaint') d
WHERE NOT EXISTS (SELECT 1 FROM return_visits n WHERE n.supersedes = r.id)
    AND (d.dimension <> 'complaint' OR r.rating_complaint IS NOT NULL);

CREATE VIEW report_survey_facts(case_seq, day, station_seq, figure, key, n) AS
SELECT case_seq, day, station_seq, 'sv.method', method, 1 FROM report_survey_visits
UNION ALL SELECT case_seq, day, station_seq, 'sv.staff', visited_by, 1 FROM report_survey_visits
UNION ALL SELECT case_seq, day, station_seq, 'sv.cat', '0:' || category_code, 1 FROM report_survey_visits
UNION ALL SELECT case_seq, day, station_seq, 'sv.station', '0:' || station_seq, 1 FROM report_survey_visits
UNION ALL SELECT case_seq, day, station_seq, 'sv.agency', '0:' || agency, 1 FROM report_survey_visits
UNION ALL SELECT case_seq, day, station_seq, 'sv.dim', level || ':' || dimension, 1 FROM report_survey_ratings
UNION ALL SELECT case_seq, day, station_seq, 'sv.cat', level || ':' || category_code, 1 FROM report_survey_ratings
UNION ALL SELECT case_seq, day, station_seq, 'sv.station', level || ':' || station_seq, 1 FROM report_survey_ratings
UNION ALL SELECT case_seq, day, station_seq, 'sv.agency', level || ':' || agency, 1 FROM report_survey_ratings;

CREATE VIEW report_agency_facts(handoff_seq, case_seq, day, station_seq, figure, key, n) AS
SELECT h.seq, h.case_seq, date(h.handed_at, '+8 hours'), c.station_seq, 'ag.handed', h.agency_seq, 1
    FROM handoffs h JOIN cases c ON c.seq = h.case_seq
UNION ALL SELECT h.seq, h.case_seq, date(h.handed_at, '+8 hours'), c.station_seq, 'ag.signlate', h.agency_seq, 1
    FROM handoffs h JOIN cases c ON c.seq = h.case_seq WHERE h.sign_due IS NOT NULL
    AND date(coalesce(h.accepted_at, CASE WHEN h.state = 'declined' THEN h.result_at END), '+8 hours') > h.sign_due
UNION ALL SELECT h.seq, h.case_seq, date(h.result_at, '+8 hours'), c.station_seq, 'ag.done', h.agency_seq, 1
    FROM handoffs h JOIN cases c ON c.seq = h.case_seq WHERE h.state = 'done' AND h.result_at IS NOT NULL
UNION ALL SELECT h.seq, h.case_seq, date(h.result_at, '+8 hours'), c.station_seq, 'ag.done.ontime', h.agency_seq, 1
    FROM handoffs h JOIN cases c ON c.seq = h.case_seq WHERE h.state = 'done'
    AND date(h.result_at, '+8 hours') <= h.due_date
UNION ALL SELECT h.seq, h.case_seq, date(h.result_at, '+8 hours'), c.station_seq, 'ag.returned.cat', c.category_code, 1
    FROM handoffs h JOIN cases c ON c.seq = h.case_seq WHERE h.state = 'declined' AND h.result_at IS NOT NULL
UNION ALL SELECT h.seq, h.case_seq, date(h.result_at, '+8 hours'), c.station_seq, 'ag.returned.staff', c.received_by, 1
    FROM handoffs h JOIN cases c ON c.seq = h.case_seq WHERE h.state = 'declined' AND h.result_at IS NOT NULL
UNION ALL SELECT h.seq, h.case_seq, date(h.result_at, '+8 hours'), c.station_seq, 'ag.returned.agency', h.agency_seq, 1
    FROM handoffs h JOIN cases c ON c.seq = h.case_seq WHERE h.state = 'declined' AND h.result_at IS NOT NULL;

-- A case's category, clerk or station changing changes its visits' and handoffs' counts too
-- (migration 28's case triggers re-count everything this view gives).
DROP VIEW report_facts_of_case;
CREATE VIEW report_facts_of_case(case_seq, day, station_seq, figure, key, n) AS
SELECT * FROM report_case_facts
UNION ALL SELECT case_seq, day, station_seq, figure, key, n FROM report_event_facts
UNION ALL SELECT case_seq, day, station_seq, figure, key, n FROM report_notice_facts
UNION ALL SELECT case_seq, day, station_seq, figure, key, n FROM report_instruction_facts
UNION ALL SELECT case_seq, day, station_seq, figure, key, n FROM report_handoff_facts
UNION ALL SELECT * FROM report_survey_facts
UNION ALL SELECT case_seq, day, station_seq, figure, key, n FROM report_agency_facts;

INSERT INTO report_days(figure, day, station_seq, key, n)
SELECT figure, day, station_seq, key, sum(n) FROM (
    SELECT * FROM report_survey_facts
    UNION ALL SELECT case_seq, day, station_seq, figure, key, n FROM report_agency_facts)
GROUP BY figure, day, station_seq, key;

-- What the clients said: the few visits with a comment or a low rating, by when they were made.
CREATE INDEX return_visits_remarks ON return_visits(visited_at)
WHERE comment <> '' OR rating_matching < 3 OR rating_level < 3 OR rating_attitude < 3 OR rating_complaint < 3;

-- The handoffs still waiting to be signed for: few, read as they stand at a period's end.
CREATE INDEX handoffs_awaiting_sign ON handoffs(handed_at) WHERE state = 'open';

-- A visit, a correcting visit (which takes the one it corrects out), a handoff (the case's last
-- agency) and the archive's purge each change what the case's visits give: its survey counts are
-- taken away before and counted again after. A case has a visit or two.
CREATE TRIGGER report_days_visit_before_insert BEFORE INSERT ON return_visits
BEGIN
    INSERT INTO report_days(figure, day, station_seq, key, n)
    SELECT figure, day, station_seq, key, -n FROM report_survey_facts WHERE case_seq = NEW.case_seq
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER report_days_visit_after_insert AFTER INSERT ON return_visits
BEGIN
    INSERT INTO report_days(figure, day, station_seq, key, n)
    SELECT figure, day, station_seq, key, n FROM report_survey_facts WHERE case_seq = NEW.case_seq
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER report_days_visit_before_delete BEFORE DELETE ON return_visits
BEGIN
    INSERT INTO report_days(figure, day, station_seq, key, n)
    SELECT figure, day, station_seq, key, -n FROM report_survey_facts WHERE case_seq = OLD.case_seq
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER report_days_visit_after_delete AFTER DELETE ON return_visits
BEGIN
    INSERT INTO report_days(figure, day, station_seq, key, n)
    SELECT figure, day, station_seq, key, n FROM report_survey_facts WHERE case_seq = OLD.case_seq
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER report_days_survey_handoff_before_insert BEFORE INSERT ON handoffs
WHEN EXISTS (SELECT 1 FROM return_visits WHERE case_seq = NEW.case_seq)
BEGIN
    INSERT INTO report_days(figure, day, station_seq, key, n)
    SELECT figure, day, station_seq, key, -n FROM report_survey_facts WHERE case_seq = NEW.case_seq
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER report_days_survey_handoff_after_insert AFTER INSERT ON handoffs
WHEN EXISTS (SELECT 1 FROM return_visits WHERE case_seq = NEW.case_seq)
BEGIN
    INSERT INTO report_days(figure, day, station_seq, key, n)
    SELECT figure, day, station_seq, key, n FROM report_survey_facts WHERE case_seq = NEW.case_seq
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER report_days_survey_handoff_before_delete BEFORE DELETE ON handoffs
WHEN EXISTS (SELECT 1 FROM return_visits WHERE case_seq = OLD.case_seq)
BEGIN
    INSERT INTO report_days(figure, day, station_seq, key, n)
    SELECT figure, day, station_seq, key, -n FROM report_survey_facts WHERE case_seq = OLD.case_seq
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER report_days_survey_handoff_after_delete AFTER DELETE ON handoffs
WHEN EXISTS (SELECT 1 FROM return_visits WHERE case_seq = OLD.case_seq)
BEGIN
    INSERT INTO report_days(figure, day, station_seq, key, n)
    SELECT figure, day, station_seq, key, n FROM report_survey_facts WHERE case_seq = OLD.case_seq
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER report_days_survey_handoff_before_update BEFORE UPDATE OF case_seq, agency_seq ON handoffs
WHEN EXISTS (SELECT 1 FROM return_visits WHERE case_seq IN (OLD.case_seq, NEW.case_seq))
BEGIN
    INSERT INTO report_days(figure, day, station_seq, key, n)
    SELECT figure, day, station_seq, key, -n FROM report_survey_facts WHERE case_seq IN (OLD.case_seq, NEW.case_seq)
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER report_days_survey_handoff_after_update AFTER UPDATE OF case_seq, agency_seq ON handoffs
WHEN EXISTS (SELECT 1 FROM return_visits WHERE case_seq IN (OLD.case_seq, NEW.case_seq))
BEGIN
    INSERT INTO report_days(figure, day, station_seq, key, n)
    SELECT figure, day, station_seq, key, n FROM report_survey_facts WHERE case_seq IN (OLD.case_seq, NEW.case_seq)
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

-- A handoff's own counts: with it, without it, and again after anything they depend on changes.
CREATE TRIGGER report_days_agency_insert AFTER INSERT ON handoffs
BEGIN
    INSERT INTO report_days(figure, day, station_seq, key, n)
    SELECT figure, day, station_seq, key, n FROM report_agency_facts WHERE handoff_seq = NEW.seq
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER report_days_agency_delete BEFORE DELETE ON handoffs
BEGIN
    INSERT INTO report_days(figure, day, station_seq, key, n)
    SELECT figure, day, station_seq, key, -n FROM report_agency_facts WHERE handoff_seq = OLD.seq
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER report_days_agency_before_update
    BEFORE UPDATE OF case_seq, agency_seq, handed_at, due_date, state, accepted_at, result_at, sign_due ON handoffs
BEGIN
    INSERT INTO report_days(figure, day, station_seq, key, n)
    SELECT figure, day, station_seq, key, -n FROM report_agency_facts WHERE handoff_seq = OLD.seq
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER report_days_agency_after_update
    AFTER UPDATE OF case_seq, agency_seq, handed_at, due_date, state, accepted_at, result_at, sign_due ON handoffs
BEGIN
    INSERT INTO report_days(figure, day, station_seq, key, n)
    SELECT figure, day, station_seq, key, n FROM report_agency_facts WHERE handoff_seq = NEW.seq
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
