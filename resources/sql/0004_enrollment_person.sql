-- A household's enrollments of every year, the voided and refunded ones
-- (tombstoned) included: enrollment_person_year is partial (live rows only),
-- so without this index the household card scanned the whole table.
CREATE INDEX enrollment_person ON enrollment(person_id);
