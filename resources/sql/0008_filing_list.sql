-- The filing list (models/itemmodels/filinglistmodel.cpp): live filings by
-- status, township, disease and end of validity. Its count and the rowids of
-- a page come from this index alone, without visiting the rows, so the county
-- certifier's list of thousands of certified filings opens at once. deleted
-- leads, so the planner prefers it to filing_status for "deleted = 0 AND
-- status = ?" (three equal columns against two).
CREATE INDEX filing_list ON filing(deleted, status, township_id, disease_code, valid_to);
