<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditChain</name>
    <message>
        <source>The audit log cannot be read.</source>
        <translation>The audit log cannot be read.</translation>
    </message>
    <message>
        <source>Audit entry %1 follows entry %2: entries are missing.</source>
        <translation>Audit entry %1 follows entry %2: entries are missing.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not link to the entry before it.</source>
        <translation>Audit entry %1 does not link to the entry before it.</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2 %3 %4) was altered after it was written.</source>
        <translation>Audit entry %1 (%2 %3 %4) was altered after it was written.</translation>
    </message>
</context>
<context>
    <name>ChangeWriter</name>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>A %1 may not %2.</source>
        <translation>A %1 may not %2.</translation>
    </message>
    <message>
        <source>You entered this record yourself; another user must approve it (two-person review).</source>
        <translation>You entered this record yourself; another user must approve it (two-person review).</translation>
    </message>
    <message>
        <source>This record belongs to another township.</source>
        <translation>This record belongs to another township.</translation>
    </message>
    <message>
        <source>This %1 record duplicates one that exists (%2).</source>
        <translation>This %1 record duplicates one that exists (%2).</translation>
    </message>
    <message>
        <source>The %1 record could not be written: %2</source>
        <translation>The %1 record could not be written: %2</translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>The database is busy or read-only: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <source>Unknown record kind %1.</source>
        <translation>Unknown record kind %1.</translation>
    </message>
    <message>
        <source>The %1 record vanished after it was written.</source>
        <translation>The %1 record vanished after it was written.</translation>
    </message>
    <message>
        <source>The %1 record %2 does not exist.</source>
        <translation>The %1 record %2 does not exist.</translation>
    </message>
    <message>
        <source>Someone changed this record since you opened it (version %1, now %2). Reopen it and try again.</source>
        <translation>Someone changed this record since you opened it (version %1, now %2). Reopen it and try again.</translation>
    </message>
    <message>
        <source>The %1 record changed while it was being saved.</source>
        <translation>The %1 record changed while it was being saved.</translation>
    </message>
</context>
<context>
    <name>ClaimService</name>
    <message>
        <source>Person: no such person.</source>
        <translation>Person: no such person.</translation>
    </message>
    <message>
        <source>Institution: no such institution.</source>
        <translation>Institution: no such institution.</translation>
    </message>
    <message>
        <source>Discharge date: required.</source>
        <translation>Discharge date: required.</translation>
    </message>
    <message>
        <source>Discharge date: in the future.</source>
        <translation>Discharge date: in the future.</translation>
    </message>
    <message>
        <source>Admission date: required.</source>
        <translation>Admission date: required.</translation>
    </message>
    <message>
        <source>Claim: no such claim.</source>
        <translation>Claim: no such claim.</translation>
    </message>
    <message>
        <source>Only an entered claim can be approved; this one is %1.</source>
        <translation>Only an entered claim can be approved; this one is %1.</translation>
    </message>
    <message>
        <source>Only an entered claim can be returned.</source>
        <translation>Only an entered claim can be returned.</translation>
    </message>
    <message>
        <source>Reason: required when a claim is returned.</source>
        <translation>Reason: required when a claim is returned.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>Cannot configure the database %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoCountyGenerator</name>
    <message>
        <source>The demo password could not be hashed (out of memory).</source>
        <translation>The demo password could not be hashed (out of memory).</translation>
    </message>
    <message>
        <source>County administrator</source>
        <translation>County administrator</translation>
    </message>
    <message>
        <source>County certifier</source>
        <translation>County certifier</translation>
    </message>
    <message>
        <source>No policy is published for scheme year %1; the demo county needs one for every year it covers.</source>
        <translation>No policy is published for scheme year %1; the demo county needs one for every year it covers.</translation>
    </message>
    <message>
        <source>Policy %1 has no contribution tier %2.</source>
        <translation>Policy %1 has no contribution tier %2.</translation>
    </message>
    <message>
        <source>Evidence incomplete: add the test report.</source>
        <translation>Evidence incomplete: add the test report.</translation>
    </message>
    <message>
        <source>The diagnosis does not meet the catalogue&apos;s criteria.</source>
        <translation>The diagnosis does not meet the catalogue&apos;s criteria.</translation>
    </message>
    <message>
        <source>Revoked on review: the criteria are no longer met.</source>
        <translation>Revoked on review: the criteria are no longer met.</translation>
    </message>
    <message>
        <source>%1 exists and is not empty; the demo county is written only into a new file.</source>
        <translation>%1 exists and is not empty; the demo county is written only into a new file.</translation>
    </message>
    <message>
        <source>The demo name lists cannot be read: %1</source>
        <translation>The demo name lists cannot be read: %1</translation>
    </message>
    <message>
        <source>The published policies cannot be read: %1</source>
        <translation>The published policies cannot be read: %1</translation>
    </message>
    <message>
        <source>%1: %2 ms (%3 rows so far)</source>
        <translation>%1: %2 ms (%3 rows so far)</translation>
    </message>
    <message>
        <source>The demo county could not be written: %1</source>
        <translation>The demo county could not be written: %1</translation>
    </message>
</context>
<context>
    <name>DemoRunner</name>
    <message>
        <source>The demo county can only be opened on an empty database.</source>
        <translation>The demo county can only be opened on an empty database.</translation>
    </message>
    <message>
        <source>Making the demo county; this takes a moment...</source>
        <translation>Making the demo county; this takes a moment...</translation>
    </message>
    <message>
        <source>Jingban</source>
        <translation>Jingban</translation>
    </message>
    <message>
        <source>The demo county could not be made:
%1</source>
        <translation>The demo county could not be made:
%1</translation>
    </message>
</context>
<context>
    <name>EnrollmentService</name>
    <message>
        <source>Household: no such household.</source>
        <translation>Household: no such household.</translation>
    </message>
    <message>
        <source>Payment channel: %1 is not one of cash, bank, mobile, subsidy.</source>
        <translation>Payment channel: %1 is not one of cash, bank, mobile, subsidy.</translation>
    </message>
    <message>
        <source>Members: pick at least one member to enroll.</source>
        <translation>Members: pick at least one member to enroll.</translation>
    </message>
    <message>
        <source>Tier: the %1 policy has no tier %2.</source>
        <translation>Tier: the %1 policy has no tier %2.</translation>
    </message>
    <message>
        <source>Members: %1 is not a member of this household.</source>
        <translation>Members: %1 is not a member of this household.</translation>
    </message>
    <message>
        <source>Members: %1 is not an active member (dead or moved out).</source>
        <translation>Members: %1 is not an active member (dead or moved out).</translation>
    </message>
    <message>
        <source>Members: %1 is enrolled for %2 already (household %3).</source>
        <translation>Members: %1 is enrolled for %2 already (household %3).</translation>
    </message>
</context>
<context>
    <name>FilingService</name>
    <message>
        <source>Person: no such person.</source>
        <translation>Person: no such person.</translation>
    </message>
    <message>
        <source>Diagnosis date: not a date.</source>
        <translation>Diagnosis date: not a date.</translation>
    </message>
    <message>
        <source>Diagnosis date: in the future.</source>
        <translation>Diagnosis date: in the future.</translation>
    </message>
    <message>
        <source>Evidence: an inpatient record, or an outpatient record with a test report.</source>
        <translation>Evidence: an inpatient record, or an outpatient record with a test report.</translation>
    </message>
    <message>
        <source>Disease: required.</source>
        <translation>Disease: required.</translation>
    </message>
    <message>
        <source>Disease: %1 is not in the county&apos;s catalogue.</source>
        <translation>Disease: %1 is not in the county&apos;s catalogue.</translation>
    </message>
    <message>
        <source>Disease: %1 is open to registered poverty persons only.</source>
        <translation>Disease: %1 is open to registered poverty persons only.</translation>
    </message>
    <message>
        <source>Disease: this person has a live filing for %1 already.</source>
        <translation>Disease: this person has a live filing for %1 already.</translation>
    </message>
    <message>
        <source>Institution: no such institution.</source>
        <translation>Institution: no such institution.</translation>
    </message>
    <message>
        <source>Filing: no such filing.</source>
        <translation>Filing: no such filing.</translation>
    </message>
    <message>
        <source>Only a reported filing can be reviewed; this one is %1.</source>
        <translation>Only a reported filing can be reviewed; this one is %1.</translation>
    </message>
    <message>
        <source>Reason: required when a filing is returned.</source>
        <translation>Reason: required when a filing is returned.</translation>
    </message>
</context>
<context>
    <name>FirstRunSetupDialog</name>
    <message>
        <source>Jingban - first run</source>
        <translation>Jingban - first run</translation>
    </message>
    <message>
        <source>This workstation has no accounts yet. Set up the township it serves and the township administrator&apos;s account, or open the demo county to look around.</source>
        <translation>This workstation has no accounts yet. Set up the township it serves and the township administrator&apos;s account, or open the demo county to look around.</translation>
    </message>
    <message>
        <source>6 digits, e.g. 360121</source>
        <translation>6 digits, e.g. 360121</translation>
    </message>
    <message>
        <source>9 digits, beginning with the county code</source>
        <translation>9 digits, beginning with the county code</translation>
    </message>
    <message>
        <source>lower-case letters and digits, e.g. admin</source>
        <translation>lower-case letters and digits, e.g. admin</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>&amp;County code:</source>
        <translation>&amp;County code:</translation>
    </message>
    <message>
        <source>&amp;Township code:</source>
        <translation>&amp;Township code:</translation>
    </message>
    <message>
        <source>Township &amp;name:</source>
        <translation>Township &amp;name:</translation>
    </message>
    <message>
        <source>Township administrator</source>
        <translation>Township administrator</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firm password:</translation>
    </message>
    <message>
        <source>C&amp;reate and sign in</source>
        <translation>C&amp;reate and sign in</translation>
    </message>
    <message>
        <source>Open the &amp;demo county</source>
        <translation>Open the &amp;demo county</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Confirm password: does not match the password.</source>
        <translation>Confirm password: does not match the password.</translation>
    </message>
</context>
<context>
    <name>GeographyService</name>
    <message>
        <source>County code: six digits (GB/T 2260).</source>
        <translation>County code: six digits (GB/T 2260).</translation>
    </message>
    <message>
        <source>Township code: nine digits beginning with the county code.</source>
        <translation>Township code: nine digits beginning with the county code.</translation>
    </message>
    <message>
        <source>Township name: required.</source>
        <translation>Township name: required.</translation>
    </message>
    <message>
        <source>Township: no such township.</source>
        <translation>Township: no such township.</translation>
    </message>
    <message>
        <source>Village code: twelve digits beginning with the township code.</source>
        <translation>Village code: twelve digits beginning with the township code.</translation>
    </message>
    <message>
        <source>Village name: required.</source>
        <translation>Village name: required.</translation>
    </message>
    <message>
        <source>Institution code: required.</source>
        <translation>Institution code: required.</translation>
    </message>
    <message>
        <source>Institution name: required.</source>
        <translation>Institution name: required.</translation>
    </message>
    <message>
        <source>Level: %1 is not one of village, township, county, city, province.</source>
        <translation>Level: %1 is not one of village, township, county, city, province.</translation>
    </message>
    <message>
        <source>Location: %1 is not one of in county, in city, in province, out of province.</source>
        <translation>Location: %1 is not one of in county, in city, in province, out of province.</translation>
    </message>
</context>
<context>
    <name>HouseholdMembersModel</name>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>Daughter</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>registered poverty</source>
        <translation>registered poverty</translation>
    </message>
    <message>
        <source>dibao</source>
        <translation>dibao</translation>
    </message>
    <message>
        <source>tekun</source>
        <translation>tekun</translation>
    </message>
    <message>
        <source>near-poor</source>
        <translation>near-poor</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separator between subsidized categories</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>Id number</translation>
    </message>
    <message>
        <source>Subsidized category</source>
        <translation>Subsidized category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>HouseholdService</name>
    <message>
        <source>%1, household %2, %3, %4</source>
        <translation>%1, household %2, %3, %4</translation>
    </message>
    <message>
        <source>Village: no such village.</source>
        <translation>Village: no such village.</translation>
    </message>
    <message>
        <source>Household code: 1 to 32 letters, digits or &apos;-&apos;.</source>
        <translation>Household code: 1 to 32 letters, digits or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Phone: 11 digits for a mobile, or area code and number.</source>
        <translation>Phone: 11 digits for a mobile, or area code and number.</translation>
    </message>
    <message>
        <source>Household code: %1 exists in this township.</source>
        <translation>Household code: %1 exists in this township.</translation>
    </message>
    <message>
        <source>Household: no such household.</source>
        <translation>Household: no such household.</translation>
    </message>
    <message>
        <source>Id number: %1 is already registered: %2.</source>
        <translation>Id number: %1 is already registered: %2.</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>Name: required.</translation>
    </message>
    <message>
        <source>Name: at most 30 characters.</source>
        <translation>Name: at most 30 characters.</translation>
    </message>
    <message>
        <source>Relation to head: %1 is not a known relation.</source>
        <translation>Relation to head: %1 is not a known relation.</translation>
    </message>
    <message>
        <source>Relation to head: this household has a head already.</source>
        <translation>Relation to head: this household has a head already.</translation>
    </message>
    <message>
        <source>Person: no such person.</source>
        <translation>Person: no such person.</translation>
    </message>
    <message>
        <source>Date of death: not a date.</source>
        <translation>Date of death: not a date.</translation>
    </message>
    <message>
        <source>Date of death: in the future.</source>
        <translation>Date of death: in the future.</translation>
    </message>
    <message>
        <source>Date of death: before the date of birth.</source>
        <translation>Date of death: before the date of birth.</translation>
    </message>
    <message>
        <source>This person&apos;s death is recorded already.</source>
        <translation>This person&apos;s death is recorded already.</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>Id number: required.</source>
        <translation>Id number: required.</translation>
    </message>
    <message>
        <source>Id number: a 15-digit legacy number must be all digits.</source>
        <translation>Id number: a 15-digit legacy number must be all digits.</translation>
    </message>
    <message>
        <source>Id number: the 15-digit legacy number %1 has no valid birth date, so it cannot be converted; ask for the 18-digit number.</source>
        <translation>Id number: the 15-digit legacy number %1 has no valid birth date, so it cannot be converted; ask for the 18-digit number.</translation>
    </message>
    <message>
        <source>Id number: must have 18 characters, this one has %1.</source>
        <translation>Id number: must have 18 characters, this one has %1.</translation>
    </message>
    <message>
        <source>Id number: the first 17 characters must be digits.</source>
        <translation>Id number: the first 17 characters must be digits.</translation>
    </message>
    <message>
        <source>Id number: the last character must be a digit or X.</source>
        <translation>Id number: the last character must be a digit or X.</translation>
    </message>
    <message>
        <source>Id number: %1 is not a region code.</source>
        <translation>Id number: %1 is not a region code.</translation>
    </message>
    <message>
        <source>Id number: %1 is not a real date of birth.</source>
        <translation>Id number: %1 is not a real date of birth.</translation>
    </message>
    <message>
        <source>Id number: the date of birth %1 is in the future.</source>
        <translation>Id number: the date of birth %1 is in the future.</translation>
    </message>
    <message>
        <source>Id number: the date of birth %1 is before 1900.</source>
        <translation>Id number: the date of birth %1 is before 1900.</translation>
    </message>
    <message>
        <source>Id number: the check character is %1 but should be %2; a digit was probably mistyped.</source>
        <translation>Id number: the check character is %1 but should be %2; a digit was probably mistyped.</translation>
    </message>
</context>
<context>
    <name>InsuredElsewhereCheck</name>
    <message>
        <source>The list has no 公民身份号码 (id number) column in its first rows.</source>
        <translation>The list has no 公民身份号码 (id number) column in its first rows.</translation>
    </message>
    <message>
        <source>The enrollments cannot be read.</source>
        <translation>The enrollments cannot be read.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Jingban - locked</source>
        <translation>Jingban - locked</translation>
    </message>
    <message>
        <source>The session of %1 (%2) was locked because it was left idle. Enter the password to go on.</source>
        <translation>The session of %1 (%2) was locked because it was left idle. Enter the password to go on.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Login or password is wrong.</source>
        <translation>Login or password is wrong.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Jingban - medical insurance counter</source>
        <translation>Jingban - medical insurance counter</translation>
    </message>
    <message>
        <source>Jingban - %1 medical insurance counter</source>
        <translation>Jingban - %1 medical insurance counter</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Find a person:</source>
        <translation>&amp;Find a person:</translation>
    </message>
    <message>
        <source>Id number, name or pinyin initials (Ctrl+F)</source>
        <translation>Id number, name or pinyin initials (Ctrl+F)</translation>
    </message>
    <message>
        <source>Figures for the whole replica (all townships).</source>
        <translation>Figures for the whole replica (all townships).</translation>
    </message>
    <message>
        <source>Figures for %1.</source>
        <translation>Figures for %1.</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <source>Households, insured persons and enrollments by scheme year in this workstation&apos;s replica. Enrolling households and printing receipts will be done on this page.</source>
        <translation>Households, insured persons and enrollments by scheme year in this workstation&apos;s replica. Enrolling households and printing receipts will be done on this page.</translation>
    </message>
    <message>
        <source>Special outpatient</source>
        <translation>Special outpatient</translation>
    </message>
    <message>
        <source>Special-outpatient filings by stage of the workflow (village report, township review, submission, county certification).</source>
        <translation>Special-outpatient filings by stage of the workflow (village report, township review, submission, county certification).</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Manual reimbursement claims by status and kind, and the settlements made.</source>
        <translation>Manual reimbursement claims by status and kind, and the settlements made.</translation>
    </message>
    <message>
        <source>Health poverty relief</source>
        <translation>Health poverty relief</translation>
    </message>
    <message>
        <source>Registered poverty, dibao and tekun persons, and the health poverty relief and medical assistance paid in settlements.</source>
        <translation>Registered poverty, dibao and tekun persons, and the health poverty relief and medical assistance paid in settlements.</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>What this replica holds, at a glance.</source>
        <translation>What this replica holds, at a glance.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Changes made on this workstation wait in the outbox until they are sent to the county office. Sending them (over the network or by a sync package) is not available in this version.</source>
        <translation>Changes made on this workstation wait in the outbox until they are sent to the county office. Sending them (over the network or by a sync package) is not available in this version.</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation>&amp;Find a person</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Jingban</source>
        <translation>&amp;About Jingban</translation>
    </message>
    <message>
        <source>About Jingban</source>
        <translation>About Jingban</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Jingban %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The workstation of a township&apos;s counter for the urban and rural resident basic medical insurance: enrollment, special outpatient, claims and health poverty relief, on a local replica that syncs with the county office.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Jingban %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The workstation of a township&apos;s counter for the urban and rural resident basic medical insurance: enrollment, special outpatient, claims and health poverty relief, on a local replica that syncs with the county office.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <extracomment>status bar: user&apos;s name and role</extracomment>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>County office</source>
        <translation>County office</translation>
    </message>
    <message>
        <source>Township: %1</source>
        <translation>Township: %1</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>last synced %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message numerus="yes">
        <source>Sync: %1 change(s) waiting, %2</source>
        <translation>
            <numerusform>Sync: %1 change waiting, %2</numerusform>
            <numerusform>Sync: %1 changes waiting, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read the schema version of the database.</source>
        <translation>Cannot read the schema version of the database.</translation>
    </message>
    <message>
        <source>This database has schema version %1, made by a newer Jingban; this program knows version %2 at most. Install the newer program to open it.</source>
        <translation>This database has schema version %1, made by a newer Jingban; this program knows version %2 at most. Install the newer program to open it.</translation>
    </message>
    <message>
        <source>The database is not an SQLite database.</source>
        <translation>The database is not an SQLite database.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed, nothing of it was applied: %3</source>
        <translation>Migration %1 (%2) failed, nothing of it was applied: %3</translation>
    </message>
</context>
<context>
    <name>PersonSearchModel</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>person status: on the register</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>Id number</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>Household code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PersonSearchPage</name>
    <message>
        <source>Find a person</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <source>Type an id number (whole or its beginning), a name or the name&apos;s pinyin initials (e.g. ZSF for 张三丰) in the search box above and press Enter. Ctrl+F goes to the search box.</source>
        <translation>Type an id number (whole or its beginning), a name or the name&apos;s pinyin initials (e.g. ZSF for 张三丰) in the search box above and press Enter. Ctrl+F goes to the search box.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an id number, a name nor pinyin initials.</source>
        <translation>&quot;%1&quot; is neither an id number, a name nor pinyin initials.</translation>
    </message>
    <message>
        <source>No person found for &quot;%1&quot;.</source>
        <translation>No person found for &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n persons found for &quot;%1&quot;; scroll down for more. Enter opens the person.</source>
        <translation>
            <numerusform>The first %n persons found for &quot;%1&quot;; scroll down for more. Enter opens the person.</numerusform>
            <numerusform>The first %n persons found for &quot;%1&quot;; scroll down for more. Enter opens the person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found for &quot;%1&quot;. Enter opens the person.</source>
        <translation>
            <numerusform>%n person found for &quot;%1&quot;. Enter opens the person.</numerusform>
            <numerusform>%n persons found for &quot;%1&quot;. Enter opens the person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Household code:</source>
        <translation>Household code:</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>Township:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Household &amp;members:</source>
        <translation>Household &amp;members:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>%1 - person and household</source>
        <translation>%1 - person and household</translation>
    </message>
    <message>
        <source>%1 · %2 · born %3 · %4</source>
        <extracomment>heading of the person view: name, sex, date of birth, status</extracomment>
        <translation>%1 · %2 · born %3 · %4</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
</context>
<context>
    <name>PolicyDocumentModel</name>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>Format version</translation>
    </message>
    <message>
        <source>Policy id</source>
        <translation>Policy id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Scheme year</source>
        <translation>Scheme year</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Person categories</source>
        <translation>Person categories</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Personal contribution</source>
        <translation>Personal contribution</translation>
    </message>
    <message>
        <source>Government subsidy</source>
        <translation>Government subsidy</translation>
    </message>
    <message>
        <source>Subsidized enrollment</source>
        <translation>Subsidized enrollment</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>How it is paid</source>
        <translation>How it is paid</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Several categories</source>
        <translation>Several categories</translation>
    </message>
    <message>
        <source>Basic insurance annual cap</source>
        <translation>Basic insurance annual cap</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Cap by tier</source>
        <translation>Cap by tier</translation>
    </message>
    <message>
        <source>Inpatient</source>
        <translation>Inpatient</translation>
    </message>
    <message>
        <source>General outpatient</source>
        <translation>General outpatient</translation>
    </message>
    <message>
        <source>Special outpatient</source>
        <translation>Special outpatient</translation>
    </message>
    <message>
        <source>Covered institution levels</source>
        <translation>Covered institution levels</translation>
    </message>
    <message>
        <source>Deductible basis</source>
        <translation>Deductible basis</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Applies when</source>
        <translation>Applies when</translation>
    </message>
    <message>
        <source>Institution levels</source>
        <translation>Institution levels</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Claim kinds</source>
        <translation>Claim kinds</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>Deductible</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Deductible adjustments</source>
        <translation>Deductible adjustments</translation>
    </message>
    <message>
        <source>Deductible factor</source>
        <translation>Deductible factor</translation>
    </message>
    <message>
        <source>Ratio adjustments</source>
        <translation>Ratio adjustments</translation>
    </message>
    <message>
        <source>Ratio change</source>
        <translation>Ratio change</translation>
    </message>
    <message>
        <source>Limit per visit</source>
        <translation>Limit per visit</translation>
    </message>
    <message>
        <source>Annual limit</source>
        <translation>Annual limit</translation>
    </message>
    <message>
        <source>Annual deductible</source>
        <translation>Annual deductible</translation>
    </message>
    <message>
        <source>Annual limit by tier</source>
        <translation>Annual limit by tier</translation>
    </message>
    <message>
        <source>Disease catalogue</source>
        <translation>Disease catalogue</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Poverty persons only</source>
        <translation>Poverty persons only</translation>
    </message>
    <message>
        <source>Critical-illness insurance</source>
        <translation>Critical-illness insurance</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>Schedules</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Annual cap</source>
        <translation>Annual cap</translation>
    </message>
    <message>
        <source>Annual caps</source>
        <translation>Annual caps</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>Medical assistance</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Choice among categories</source>
        <translation>Choice among categories</translation>
    </message>
    <message>
        <source>Health poverty relief</source>
        <translation>Health poverty relief</translation>
    </message>
    <message>
        <source>Personal share caps</source>
        <translation>Personal share caps</translation>
    </message>
    <message>
        <source>Share of</source>
        <translation>Share of</translation>
    </message>
    <message>
        <source>Relief ratio</source>
        <translation>Relief ratio</translation>
    </message>
    <message>
        <source>Control indicators</source>
        <translation>Control indicators</translation>
    </message>
    <message>
        <source>Field verification</source>
        <translation>Field verification</translation>
    </message>
    <message>
        <source>Total cost above</source>
        <translation>Total cost above</translation>
    </message>
    <message>
        <source>Long stay</source>
        <translation>Long stay</translation>
    </message>
    <message>
        <source>Days above</source>
        <translation>Days above</translation>
    </message>
    <message>
        <source>High cost</source>
        <translation>High cost</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>inpatient</source>
        <translation>inpatient</translation>
    </message>
    <message>
        <source>general outpatient</source>
        <translation>general outpatient</translation>
    </message>
    <message>
        <source>special outpatient</source>
        <translation>special outpatient</translation>
    </message>
    <message>
        <source>village clinic</source>
        <translation>village clinic</translation>
    </message>
    <message>
        <source>township health centre</source>
        <translation>township health centre</translation>
    </message>
    <message>
        <source>county hospital</source>
        <translation>county hospital</translation>
    </message>
    <message>
        <source>city hospital</source>
        <translation>city hospital</translation>
    </message>
    <message>
        <source>province hospital</source>
        <translation>province hospital</translation>
    </message>
    <message>
        <source>in county</source>
        <translation>in county</translation>
    </message>
    <message>
        <source>in city, outside the county</source>
        <translation>in city, outside the county</translation>
    </message>
    <message>
        <source>in province, outside the city</source>
        <translation>in province, outside the city</translation>
    </message>
    <message>
        <source>out of province</source>
        <translation>out of province</translation>
    </message>
    <message>
        <source>no referral</source>
        <translation>no referral</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>referred</translation>
    </message>
    <message>
        <source>downward referral</source>
        <translation>downward referral</translation>
    </message>
    <message>
        <source>registered poverty</source>
        <translation>registered poverty</translation>
    </message>
    <message>
        <source>dibao</source>
        <translation>dibao</translation>
    </message>
    <message>
        <source>tekun</source>
        <translation>tekun</translation>
    </message>
    <message>
        <source>near-poor</source>
        <translation>near-poor</translation>
    </message>
    <message>
        <source>per admission</source>
        <translation>per admission</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>per year</translation>
    </message>
    <message>
        <source>the most favourable</source>
        <translation>the most favourable</translation>
    </message>
    <message>
        <source>paid in full</source>
        <translation>paid in full</translation>
    </message>
    <message>
        <source>a fixed amount</source>
        <translation>a fixed amount</translation>
    </message>
    <message>
        <source>a share</source>
        <translation>a share</translation>
    </message>
    <message>
        <source>in-scope cost</source>
        <translation>in-scope cost</translation>
    </message>
    <message>
        <source>in-scope cost less basic insurance</source>
        <translation>in-scope cost less basic insurance</translation>
    </message>
    <message>
        <source>total cost</source>
        <translation>total cost</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>PolicyParser</name>
    <message>
        <source>The policy is not valid JSON (at byte %1: %2).</source>
        <translation>The policy is not valid JSON (at byte %1: %2).</translation>
    </message>
    <message>
        <source>The policy must be a JSON object.</source>
        <translation>The policy must be a JSON object.</translation>
    </message>
    <message>
        <source>Cannot read the policy file %1: %2</source>
        <translation>Cannot read the policy file %1: %2</translation>
    </message>
    <message>
        <source>There is no built-in policy %1.</source>
        <translation>There is no built-in policy %1.</translation>
    </message>
    <message>
        <source>must be &quot;jingban-policy&quot;</source>
        <translation>must be &quot;jingban-policy&quot;</translation>
    </message>
    <message>
        <source>must list at least one tier</source>
        <translation>must list at least one tier</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>is listed twice</translation>
    </message>
    <message>
        <source>is not a tier of this policy</source>
        <translation>is not a tier of this policy</translation>
    </message>
    <message>
        <source>has no entry for tier %1</source>
        <translation>has no entry for tier %1</translation>
    </message>
    <message>
        <source>must be full, fixed or share</source>
        <translation>must be full, fixed or share</translation>
    </message>
    <message>
        <source>must be most_favourable</source>
        <translation>must be most_favourable</translation>
    </message>
    <message>
        <source>must be per_admission or per_year</source>
        <translation>must be per_admission or per_year</translation>
    </message>
    <message>
        <source>is not one of special_outpatient.categories</source>
        <translation>is not one of special_outpatient.categories</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 is listed twice</translation>
    </message>
    <message>
        <source>must be in_scope_minus_basic</source>
        <translation>must be in_scope_minus_basic</translation>
    </message>
    <message>
        <source>must have at least one segment</source>
        <translation>must have at least one segment</translation>
    </message>
    <message>
        <source>follows an unbounded segment</source>
        <translation>follows an unbounded segment</translation>
    </message>
    <message>
        <source>must be %1, where the segment before ends</source>
        <translation>must be %1, where the segment before ends</translation>
    </message>
    <message>
        <source>must be above from_fen</source>
        <translation>must be above from_fen</translation>
    </message>
    <message>
        <source>is missing (give share_caps, out_of_pocket_ceilings or both)</source>
        <translation>is missing (give share_caps, out_of_pocket_ceilings or both)</translation>
    </message>
    <message>
        <source>must be in_scope or total</source>
        <translation>must be in_scope or total</translation>
    </message>
    <message>
        <source>must have at least one ceiling</source>
        <translation>must have at least one ceiling</translation>
    </message>
    <message>
        <source>must be this_claim or highest_of_year</source>
        <translation>must be this_claim or highest_of_year</translation>
    </message>
    <message>
        <source>is given without out_of_pocket_ceilings</source>
        <translation>is given without out_of_pocket_ceilings</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <source>No policy is published for %1.</source>
        <translation>No policy is published for %1.</translation>
    </message>
    <message>
        <source>scheme year %1</source>
        <translation>scheme year %1</translation>
    </message>
</context>
<context>
    <name>PolicyViewer</name>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Policy:</translation>
    </message>
    <message>
        <source>Policies are published by the county office and cannot be changed here.</source>
        <translation>Policies are published by the county office and cannot be changed here.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>No policy is published in this replica yet.</source>
        <translation>No policy is published in this replica yet.</translation>
    </message>
    <message>
        <source>Scheme year %1 · version %2 · published %3 · id %4 · SHA-256 %5
Source: %6</source>
        <translation>Scheme year %1 · version %2 · published %3 · id %4 · SHA-256 %5
Source: %6</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>is not a field of the policy format</source>
        <translation>is not a field of the policy format</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>must be an array</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>must be a non-empty string</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <source>must be an amount in fen or an object of amounts by tier</source>
        <translation>must be an amount in fen or an object of amounts by tier</translation>
    </message>
    <message>
        <source>is not a tier of this policy</source>
        <translation>is not a tier of this policy</translation>
    </message>
    <message>
        <source>must be a non-empty array of codes</source>
        <translation>must be a non-empty array of codes</translation>
    </message>
    <message>
        <source>is not a known code: %1</source>
        <translation>is not a known code: %1</translation>
    </message>
    <message>
        <source>is not a known person category: %1</source>
        <translation>is not a known person category: %1</translation>
    </message>
    <message>
        <source>is not a known claim kind: %1</source>
        <translation>is not a known claim kind: %1</translation>
    </message>
    <message>
        <source>must be a non-empty array of tiers</source>
        <translation>must be a non-empty array of tiers</translation>
    </message>
</context>
<context>
    <name>ReplicaSummaryModel</name>
    <message>
        <source>Reported by the village</source>
        <translation>Reported by the village</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <source>Reviewed by the township</source>
        <translation>Reviewed by the township</translation>
    </message>
    <message>
        <source>Submitted to the county</source>
        <translation>Submitted to the county</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certified</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Entered, awaiting review</source>
        <translation>Entered, awaiting review</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <source>Inpatient</source>
        <translation>Inpatient</translation>
    </message>
    <message>
        <source>General outpatient</source>
        <translation>General outpatient</translation>
    </message>
    <message>
        <source>Special outpatient</source>
        <translation>Special outpatient</translation>
    </message>
    <message>
        <source>not yet paid</source>
        <translation>not yet paid</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>refunded</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>voided</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Insured persons on the register</source>
        <translation>Insured persons on the register</translation>
    </message>
    <message>
        <source>Enrollments %1</source>
        <translation>Enrollments %1</translation>
    </message>
    <message>
        <source>scheme year %1, %2</source>
        <translation>scheme year %1, %2</translation>
    </message>
    <message>
        <source>Contribution receipts issued</source>
        <translation>Contribution receipts issued</translation>
    </message>
    <message>
        <source>Filings: %1</source>
        <translation>Filings: %1</translation>
    </message>
    <message>
        <source>Diseases in the catalogue</source>
        <translation>Diseases in the catalogue</translation>
    </message>
    <message>
        <source>Claims: %1</source>
        <translation>Claims: %1</translation>
    </message>
    <message>
        <source>Claims by kind: %1</source>
        <translation>Claims by kind: %1</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>Settlements</translation>
    </message>
    <message>
        <source>Paid by basic insurance</source>
        <translation>Paid by basic insurance</translation>
    </message>
    <message>
        <source>Registered poverty persons</source>
        <translation>Registered poverty persons</translation>
    </message>
    <message>
        <source>Dibao persons</source>
        <translation>Dibao persons</translation>
    </message>
    <message>
        <source>Tekun persons</source>
        <translation>Tekun persons</translation>
    </message>
    <message>
        <source>Settlements with health poverty relief</source>
        <translation>Settlements with health poverty relief</translation>
    </message>
    <message>
        <source>Health poverty relief paid</source>
        <translation>Health poverty relief paid</translation>
    </message>
    <message>
        <source>Medical assistance paid</source>
        <translation>Medical assistance paid</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>Townships</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Designated institutions</source>
        <translation>Designated institutions</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>Filings</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Changes waiting to be sent to the county</source>
        <translation>Changes waiting to be sent to the county</translation>
    </message>
    <message>
        <source>Changes recorded in the outbox</source>
        <translation>Changes recorded in the outbox</translation>
    </message>
    <message>
        <source>Entries in the audit log</source>
        <translation>Entries in the audit log</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
</context>
<context>
    <name>RoleInfo</name>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Township administrator</source>
        <translation>Township administrator</translation>
    </message>
    <message>
        <source>County certifier</source>
        <translation>County certifier</translation>
    </message>
    <message>
        <source>County administrator</source>
        <translation>County administrator</translation>
    </message>
    <message>
        <source>manage townships, villages and institutions</source>
        <translation>manage townships, villages and institutions</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>manage user accounts</translation>
    </message>
    <message>
        <source>edit households and enrollments</source>
        <translation>edit households and enrollments</translation>
    </message>
    <message>
        <source>enter claims</source>
        <translation>enter claims</translation>
    </message>
    <message>
        <source>approve claims</source>
        <translation>approve claims</translation>
    </message>
    <message>
        <source>file special-outpatient certifications</source>
        <translation>file special-outpatient certifications</translation>
    </message>
    <message>
        <source>review filings</source>
        <translation>review filings</translation>
    </message>
    <message>
        <source>certify filings</source>
        <translation>certify filings</translation>
    </message>
    <message>
        <source>publish policy</source>
        <translation>publish policy</translation>
    </message>
    <message>
        <source>approve voided or refunded receipts</source>
        <translation>approve voided or refunded receipts</translation>
    </message>
</context>
<context>
    <name>RosterColumnMapping</name>
    <message>
        <source>Household code</source>
        <translation>Household code</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>Id number</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>RosterExport</name>
    <message>
        <source>Village: no village has the code %1.</source>
        <translation>Village: no village has the code %1.</translation>
    </message>
    <message>
        <source>The roster cannot be read: %1</source>
        <translation>The roster cannot be read: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>A roster is imported into a township: sign in with a township account.</source>
        <translation>A roster is imported into a township: sign in with a township account.</translation>
    </message>
    <message>
        <source>Columns: no column is chosen for %1.</source>
        <translation>Columns: no column is chosen for %1.</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>Name: required.</translation>
    </message>
    <message>
        <source>Name: at most 30 characters.</source>
        <translation>Name: at most 30 characters.</translation>
    </message>
    <message>
        <source>Id number: %1 was typed into a number cell and Excel dropped its last digits; format the column as text and type the numbers again.</source>
        <translation>Id number: %1 was typed into a number cell and Excel dropped its last digits; format the column as text and type the numbers again.</translation>
    </message>
    <message>
        <source>Household code: required.</source>
        <translation>Household code: required.</translation>
    </message>
    <message>
        <source>Household code: %1 is not 1 to 32 letters, digits or &apos;-&apos;.</source>
        <translation>Household code: %1 is not 1 to 32 letters, digits or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Village: required.</source>
        <translation>Village: required.</translation>
    </message>
    <message>
        <source>Village: %1 is not a village of this township.</source>
        <translation>Village: %1 is not a village of this township.</translation>
    </message>
    <message>
        <source>Relation to head: required.</source>
        <translation>Relation to head: required.</translation>
    </message>
    <message>
        <source>Relation to head: %1 is not a known relation.</source>
        <translation>Relation to head: %1 is not a known relation.</translation>
    </message>
    <message>
        <source>Category: %1 is not a known category (poverty, dibao, tekun, near-poor).</source>
        <translation>Category: %1 is not a known category (poverty, dibao, tekun, near-poor).</translation>
    </message>
    <message>
        <source>Sex: %1 is neither 男 nor 女.</source>
        <translation>Sex: %1 is neither 男 nor 女.</translation>
    </message>
    <message>
        <source>Sex: the file says %1, the id number %2 says %3.</source>
        <translation>Sex: the file says %1, the id number %2 says %3.</translation>
    </message>
    <message>
        <source>Date of birth: %1 is not a date.</source>
        <translation>Date of birth: %1 is not a date.</translation>
    </message>
    <message>
        <source>Date of birth: the file says %1, the id number %2 says %3.</source>
        <translation>Date of birth: the file says %1, the id number %2 says %3.</translation>
    </message>
    <message>
        <source>Phone: %1 is not 11 digits for a mobile, or area code and number.</source>
        <translation>Phone: %1 is not 11 digits for a mobile, or area code and number.</translation>
    </message>
    <message>
        <source>Id number: %1 is on line %2 of this file already.</source>
        <translation>Id number: %1 is on line %2 of this file already.</translation>
    </message>
    <message>
        <source>Id number: %1 is already registered: %2.</source>
        <translation>Id number: %1 is already registered: %2.</translation>
    </message>
    <message>
        <source>name %1 (the file says %2)</source>
        <translation>name %1 (the file says %2)</translation>
    </message>
    <message>
        <source>relation %1 (the file says %2)</source>
        <translation>relation %1 (the file says %2)</translation>
    </message>
    <message>
        <source>Id number: %1 in household %2 has %3; correct it on the household card or in the file.</source>
        <translation>Id number: %1 in household %2 has %3; correct it on the household card or in the file.</translation>
    </message>
    <message>
        <source>Household code: %1 belonged to a household that was removed; give this household a new code.</source>
        <translation>Household code: %1 belonged to a household that was removed; give this household a new code.</translation>
    </message>
    <message>
        <source>Village: household %1 is in another village in this township&apos;s records.</source>
        <translation>Village: household %1 is in another village in this township&apos;s records.</translation>
    </message>
    <message>
        <source>Village: household %1 is in another village on its first line in this file.</source>
        <translation>Village: household %1 is in another village on its first line in this file.</translation>
    </message>
    <message>
        <source>Relation to head: household %1 has a head already (%2).</source>
        <translation>Relation to head: household %1 has a head already (%2).</translation>
    </message>
    <message>
        <source>Relation to head: household %1 has its head on line %2 already.</source>
        <translation>Relation to head: household %1 has its head on line %2 already.</translation>
    </message>
    <message>
        <source>Head of household: this row is the head, %1, but names %2 as head.</source>
        <translation>Head of household: this row is the head, %1, but names %2 as head.</translation>
    </message>
    <message>
        <source>Head of household: household %1 has no head: no valid row with relation 本人 (户主).</source>
        <translation>Head of household: household %1 has no head: no valid row with relation 本人 (户主).</translation>
    </message>
    <message>
        <source>Head of household: the file says %1, but the head of household %2 is %3.</source>
        <translation>Head of household: the file says %1, but the head of household %2 is %3.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>The roster could not be written: %1</source>
        <translation>The roster could not be written: %1</translation>
    </message>
</context>
<context>
    <name>SettlementEngine</name>
    <message>
        <source>Tier %1 is not a tier of policy %2.</source>
        <translation>Tier %1 is not a tier of policy %2.</translation>
    </message>
    <message>
        <source>The total cost may not be negative.</source>
        <translation>The total cost may not be negative.</translation>
    </message>
    <message>
        <source>The fully self-paid amount may not be negative.</source>
        <translation>The fully self-paid amount may not be negative.</translation>
    </message>
    <message>
        <source>The category-B co-payment may not be negative.</source>
        <translation>The category-B co-payment may not be negative.</translation>
    </message>
    <message>
        <source>The fully self-paid amount and the category-B co-payment together exceed the total cost.</source>
        <translation>The fully self-paid amount and the category-B co-payment together exceed the total cost.</translation>
    </message>
    <message>
        <source>The admission (visit) date is missing or not a date.</source>
        <translation>The admission (visit) date is missing or not a date.</translation>
    </message>
    <message>
        <source>The discharge date is missing or not a date.</source>
        <translation>The discharge date is missing or not a date.</translation>
    </message>
    <message>
        <source>The discharge date is before the admission date.</source>
        <translation>The discharge date is before the admission date.</translation>
    </message>
    <message>
        <source>A special-outpatient claim must name its disease.</source>
        <translation>A special-outpatient claim must name its disease.</translation>
    </message>
    <message>
        <source>Disease %1 is not in the special-outpatient catalogue of policy %2.</source>
        <translation>Disease %1 is not in the special-outpatient catalogue of policy %2.</translation>
    </message>
</context>
<context>
    <name>SettlementInputs</name>
    <message>
        <source>Person: no such person.</source>
        <translation>Person: no such person.</translation>
    </message>
    <message>
        <source>Claim %1 has an unknown kind, level, location or referral.</source>
        <translation>Claim %1 has an unknown kind, level, location or referral.</translation>
    </message>
    <message>
        <source>The person&apos;s claims cannot be read.</source>
        <translation>The person&apos;s claims cannot be read.</translation>
    </message>
</context>
<context>
    <name>SettlementJson</name>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 is missing.</translation>
    </message>
    <message>
        <source>%1 is not a known %2: %3</source>
        <translation>%1 is not a known %2: %3</translation>
    </message>
    <message>
        <source>%1 must be a whole number of fen.</source>
        <translation>%1 must be a whole number of fen.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 must be an object.</translation>
    </message>
    <message>
        <source>%1 must be an array.</source>
        <translation>%1 must be an array.</translation>
    </message>
    <message>
        <source>%1 is not a known person category: %2</source>
        <translation>%1 is not a known person category: %2</translation>
    </message>
    <message>
        <source>%1 must be a tier number (1, 2, ...).</source>
        <translation>%1 must be a tier number (1, 2, ...).</translation>
    </message>
    <message>
        <source>%1 must be an array of disease codes.</source>
        <translation>%1 must be an array of disease codes.</translation>
    </message>
    <message>
        <source>%1 must be a disease code.</source>
        <translation>%1 must be a disease code.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 must be true or false.</translation>
    </message>
    <message>
        <source>%1 must be null or a date YYYY-MM-DD.</source>
        <translation>%1 must be null or a date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 must be a non-empty string.</source>
        <translation>%1 must be a non-empty string.</translation>
    </message>
    <message>
        <source>%1 must be a date YYYY-MM-DD.</source>
        <translation>%1 must be a date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 must be null or a disease code.</source>
        <translation>%1 must be null or a disease code.</translation>
    </message>
    <message>
        <source>%1 must be null or an object.</source>
        <translation>%1 must be null or an object.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Jingban - sign in</source>
        <translation>Jingban - sign in</translation>
    </message>
    <message>
        <source>Jingban</source>
        <translation>Jingban</translation>
    </message>
    <message>
        <source>Urban and rural resident medical insurance counter</source>
        <translation>Urban and rural resident medical insurance counter</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>L&amp;anguage:</translation>
    </message>
    <message>
        <source>e.g. wangli</source>
        <translation>e.g. wangli</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Login: required.</source>
        <translation>Login: required.</translation>
    </message>
    <message>
        <source>Password: required.</source>
        <translation>Password: required.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>File %1: only .xlsx and .csv files can be read (an old .xls must be saved as .xlsx first).</source>
        <translation>File %1: only .xlsx and .csv files can be read (an old .xls must be saved as .xlsx first).</translation>
    </message>
    <message>
        <source>File %1: does not exist.</source>
        <translation>File %1: does not exist.</translation>
    </message>
    <message>
        <source>File %1: cannot be opened: %2</source>
        <translation>File %1: cannot be opened: %2</translation>
    </message>
    <message>
        <source>File: it is not UTF-8, and this program cannot read GBK here.</source>
        <translation>File: it is not UTF-8, and this program cannot read GBK here.</translation>
    </message>
    <message>
        <source>File: the text is neither UTF-8 nor GBK; save it as CSV UTF-8 and try again.</source>
        <translation>File: the text is neither UTF-8 nor GBK; save it as CSV UTF-8 and try again.</translation>
    </message>
    <message>
        <source>File: this is not a text (CSV) file.</source>
        <translation>File: this is not a text (CSV) file.</translation>
    </message>
    <message>
        <source>File: a quoted field that starts on line %1 never ends.</source>
        <translation>File: a quoted field that starts on line %1 never ends.</translation>
    </message>
    <message>
        <source>File %1: not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>File %1: not an Excel workbook (.xlsx), or it is damaged.</translation>
    </message>
    <message>
        <source>File %1: a zip file, but not an Excel workbook (no xl/workbook.xml).</source>
        <translation>File %1: a zip file, but not an Excel workbook (no xl/workbook.xml).</translation>
    </message>
    <message>
        <source>File %1: its shared strings are damaged: %2</source>
        <translation>File %1: its shared strings are damaged: %2</translation>
    </message>
    <message>
        <source>File %1: the workbook has no first sheet (%2).</source>
        <translation>File %1: the workbook has no first sheet (%2).</translation>
    </message>
    <message>
        <source>File %1: the first sheet cannot be read.</source>
        <translation>File %1: the first sheet cannot be read.</translation>
    </message>
    <message>
        <source>File %1: cell %2 of row %3 names a shared string that does not exist.</source>
        <translation>File %1: cell %2 of row %3 names a shared string that does not exist.</translation>
    </message>
    <message>
        <source>File %1: the first sheet is damaged: %2</source>
        <translation>File %1: the first sheet is damaged: %2</translation>
    </message>
</context>
<context>
    <name>TableFileWriter</name>
    <message>
        <source>File %1: write .xlsx or .csv.</source>
        <translation>File %1: write .xlsx or .csv.</translation>
    </message>
    <message>
        <source>File %1: cannot be written: %2</source>
        <translation>File %1: cannot be written: %2</translation>
    </message>
    <message>
        <source>File %1: cannot be written.</source>
        <translation>File %1: cannot be written.</translation>
    </message>
    <message>
        <source>File %1: not open.</source>
        <translation>File %1: not open.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Password: at least 8 characters.</source>
        <translation>Password: at least 8 characters.</translation>
    </message>
    <message>
        <source>Password: must not begin or end with a space.</source>
        <translation>Password: must not begin or end with a space.</translation>
    </message>
    <message>
        <source>Login: 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, beginning with a letter.</source>
        <translation>Login: 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, beginning with a letter.</translation>
    </message>
    <message>
        <source>Login: %1 is taken.</source>
        <translation>Login: %1 is taken.</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>Name: required.</translation>
    </message>
    <message>
        <source>Name: at most 40 characters.</source>
        <translation>Name: at most 40 characters.</translation>
    </message>
    <message>
        <source>Township: a county role belongs to no township.</source>
        <translation>Township: a county role belongs to no township.</translation>
    </message>
    <message>
        <source>Township: required for a township role.</source>
        <translation>Township: required for a township role.</translation>
    </message>
    <message>
        <source>Role: a township administrator cannot create county accounts.</source>
        <translation>Role: a township administrator cannot create county accounts.</translation>
    </message>
    <message>
        <source>Township: you may create accounts of your own township only.</source>
        <translation>Township: you may create accounts of your own township only.</translation>
    </message>
    <message>
        <source>Password: could not be hashed (out of memory).</source>
        <translation>Password: could not be hashed (out of memory).</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>No such user.</translation>
    </message>
    <message>
        <source>Current password: wrong.</source>
        <translation>Current password: wrong.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>Login or password is wrong.</source>
        <translation>Login or password is wrong.</translation>
    </message>
    <message>
        <source>This account is deactivated; ask your administrator.</source>
        <translation>This account is deactivated; ask your administrator.</translation>
    </message>
    <message>
        <source>This replica is set up already.</source>
        <translation>This replica is set up already.</translation>
    </message>
    <message>
        <source>County code: six digits (GB/T 2260).</source>
        <translation>County code: six digits (GB/T 2260).</translation>
    </message>
    <message>
        <source>Township code: nine digits.</source>
        <translation>Township code: nine digits.</translation>
    </message>
    <message>
        <source>Township code: must begin with the county code.</source>
        <translation>Township code: must begin with the county code.</translation>
    </message>
    <message>
        <source>Township name: required.</source>
        <translation>Township name: required.</translation>
    </message>
</context>
<context>
    <name>YearToDate</name>
    <message>
        <source>%1 must be a whole, non-negative number of fen</source>
        <translation>%1 must be a whole, non-negative number of fen</translation>
    </message>
    <message>
        <source>special_deductible_fen keys must be category numbers</source>
        <translation>special_deductible_fen keys must be category numbers</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Jingban</source>
        <translation>Jingban</translation>
    </message>
    <message>
        <source>The local database %1 cannot be opened:
%2</source>
        <translation>The local database %1 cannot be opened:
%2</translation>
    </message>
</context>
</TS>
