-- Migration 20: the person who came to the window or called (issue 18). Clients are mostly
-- companies; the one who stood at the counter is who gets called back and who signs, so a case
-- keeps their name and phone. Both optional; both searchable through case_search (rebuilt by the
-- program for new and changed cases; cases registered before this migration have neither).
-- Never edit this file once it has landed.
ALTER TABLE cases ADD COLUMN visitor_name TEXT;
ALTER TABLE cases ADD COLUMN visitor_phone TEXT;
