-- Covering indexes for the dashboard (models/dashboard/dashboardqueries.cpp):
-- each aggregate reads an index alone, without visiting the rows, so the
-- dashboard opens in well under a second on a county-sized replica.

-- Claims of a township discharged in a period, with what the aggregates read.
CREATE INDEX claim_dashboard ON claim(township_id, discharge, status, deleted, kind, total_fen, person_id, id);
-- A claim's settlements with every layer and the flags.
CREATE INDEX settlement_dashboard ON settlement(claim_id, deleted, basic_fen, critical_fen, assistance_fen,
                                                relief_fen, out_of_pocket_fen, flags);
-- The few settlements with a flag (cap reached and the like).
CREATE INDEX settlement_flagged ON settlement(flags, claim_id) WHERE flags <> '';
-- The members of a household, alive in the year or not, and their poverty registration.
CREATE INDEX person_dashboard ON person(household_id, deleted, status, death_date, poverty, id);
-- Registered poverty persons.
CREATE INDEX person_poverty ON person(poverty, deleted, id) WHERE poverty = 1;
-- A person's enrollment of a year and whether it was paid.
CREATE INDEX enrollment_dashboard ON enrollment(person_id, scheme_year, deleted, status);
-- Receipts of a township's scheme year by the time they were issued.
CREATE INDEX receipt_dashboard ON receipt(township_id, scheme_year, deleted, status, issued_at, total_fen);
-- Households of a township by village.
CREATE INDEX household_dashboard ON household(township_id, deleted, village_id, id);
