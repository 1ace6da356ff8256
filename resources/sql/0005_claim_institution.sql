-- The claims list filtered by institution, newest first: without this index
-- the list scanned every claim from the newest back to find an institution's
-- few (130 ms for the first page on the county demo); with it the index gives
-- the institution's claims already in rowid order.
CREATE INDEX claim_institution ON claim(institution_id);
