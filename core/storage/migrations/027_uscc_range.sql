-- Migration 27: a credit-code prefix is found through the clients' index on their code, not the
-- full-text index (issue 22). "9145020" began the code of 45 % of a million demo cases: as a prefix
-- word of case_search it read 450,000 document lists (70 ms); the clients holding such a code are a
-- range of clients(uscc). So the cases' search words no longer hold the client's code (the code step
-- rebuilds case_search from the cases without it), and the cases of each code are counted here, in
-- the transaction of every insert, so a prefix's count is a range of this table. Never edit this
-- file once it has landed.
CREATE TABLE uscc_cases (
    uscc  TEXT PRIMARY KEY NOT NULL,
    cases INTEGER NOT NULL CHECK (cases >= 0)
) WITHOUT ROWID;
INSERT INTO uscc_cases(uscc, cases)
SELECT cl.uscc, count(*) FROM cases c JOIN clients cl ON cl.seq = c.client_seq
WHERE cl.uscc IS NOT NULL GROUP BY cl.uscc;

CREATE TRIGGER uscc_cases_insert AFTER INSERT ON cases
WHEN (SELECT uscc FROM clients WHERE seq = new.client_seq) IS NOT NULL
BEGIN
    INSERT INTO uscc_cases(uscc, cases) SELECT uscc, 1 FROM clients WHERE seq = new.client_seq
    ON CONFLICT(uscc) DO UPDATE SET cases = cases + 1;
END;
CREATE TRIGGER uscc_cases_delete AFTER DELETE ON cases
BEGIN
    UPDATE uscc_cases SET cases = cases - 1
    WHERE uscc = (SELECT uscc FROM clients WHERE seq = old.client_seq);
END;
CREATE TRIGGER uscc_cases_move AFTER UPDATE OF client_seq ON cases
WHEN new.client_seq IS NOT old.client_seq
BEGIN
    UPDATE uscc_cases SET cases = cases - 1
    WHERE uscc = (SELECT uscc FROM clients WHERE seq = old.client_seq);
    INSERT INTO uscc_cases(uscc, cases) SELECT uscc, 1 FROM clients WHERE seq = new.client_seq AND uscc IS NOT NULL
    ON CONFLICT(uscc) DO UPDATE SET cases = cases + 1;
END;

-- Rebuilt by the code step, from the cases' words without the client's code.
DROP TABLE case_search;
CREATE VIRTUAL TABLE case_search USING fts5(tokens, content='', columnsize=0,
                                            tokenize='unicode61 remove_diacritics 0');
