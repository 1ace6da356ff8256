<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdjustmentService</name>
    <message>
        <source>Awaiting approval</source>
        <extracomment>adjustment status: waiting for a reviewer</extracomment>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Approved</source>
        <extracomment>adjustment status</extracomment>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>adjustment status</extracomment>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Adjustments are proposed by a township: sign in with a township account.</source>
        <translation>Adjustments are proposed by a township: sign in with a township account.</translation>
    </message>
    <message>
        <source>Reason: say which correction the adjustments follow.</source>
        <translation>Reason: say which correction the adjustments follow.</translation>
    </message>
    <message>
        <source>Reason: at most 200 characters.</source>
        <translation>Reason: at most 200 characters.</translation>
    </message>
    <message>
        <source>Nothing to adjust: the newest policy changes no settled claim that has no adjustment waiting.</source>
        <translation>Nothing to adjust: the newest policy changes no settled claim that has no adjustment waiting.</translation>
    </message>
    <message>
        <source>Adjustments: choose at least one.</source>
        <translation>Adjustments: choose at least one.</translation>
    </message>
    <message>
        <source>Reason: say why the adjustments are rejected.</source>
        <translation>Reason: say why the adjustments are rejected.</translation>
    </message>
    <message>
        <source>Adjustment: no such adjustment.</source>
        <translation>Adjustment: no such adjustment.</translation>
    </message>
    <message>
        <source>The adjustment of claim %1 is %2; only one awaiting approval can be decided.</source>
        <translation>The adjustment of claim %1 is %2; only one awaiting approval can be decided.</translation>
    </message>
    <message>
        <source>The claim of this adjustment is no longer settled; reject the adjustment.</source>
        <translation>The claim of this adjustment is no longer settled; reject the adjustment.</translation>
    </message>
</context>
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
        <source>Audit entry %1 (%2 %3 %4) was altered after it was written.</source>
        <translation>Audit entry %1 (%2 %3 %4) was altered after it was written.</translation>
    </message>
</context>
<context>
    <name>CertificationNoticeRenderer</name>
    <message>
        <source>Special-outpatient certification notice</source>
        <translation>Special-outpatient certification notice</translation>
    </message>
    <message>
        <source>Special-outpatient non-certification notice</source>
        <translation>Special-outpatient non-certification notice</translation>
    </message>
    <message>
        <source>%1 (id number %2):

Your special-outpatient filing for %3, diagnosed on %4, has been certified by the county medical insurance office. It is valid from %5 to %6. Within that period your outpatient bills for this disease are reimbursed within its annual limit; bring this notice and your insurance card when you claim.</source>
        <translation>%1 (id number %2):

Your special-outpatient filing for %3, diagnosed on %4, has been certified by the county medical insurance office. It is valid from %5 to %6. Within that period your outpatient bills for this disease are reimbursed within its annual limit; bring this notice and your insurance card when you claim.</translation>
    </message>
    <message>
        <source>further notice</source>
        <translation>further notice</translation>
    </message>
    <message>
        <source>This certification has since been revoked: %1</source>
        <translation>This certification has since been revoked: %1</translation>
    </message>
    <message>
        <source>This certification has expired; file again to renew it.</source>
        <translation>This certification has expired; file again to renew it.</translation>
    </message>
    <message>
        <source>%1 (id number %2):

Your special-outpatient filing for %3, diagnosed on %4, has not been certified by the county medical insurance office, for this reason: %5

You may file again with new diagnosis evidence at your township&apos;s counter.</source>
        <translation>%1 (id number %2):

Your special-outpatient filing for %3, diagnosed on %4, has not been certified by the county medical insurance office, for this reason: %5

You may file again with new diagnosis evidence at your township&apos;s counter.</translation>
    </message>
    <message>
        <source>County medical insurance office</source>
        <extracomment>signature block of the certification notice</extracomment>
        <translation>County medical insurance office</translation>
    </message>
    <message>
        <source>Filing %1 · %2</source>
        <translation>Filing %1 · %2</translation>
    </message>
    <message>
        <source>The notice cannot be written to %1.</source>
        <translation>The notice cannot be written to %1.</translation>
    </message>
</context>
<context>
    <name>CertificationPage</name>
    <message>
        <source>All townships</source>
        <extracomment>batch certification filter: every township</extracomment>
        <translation>All townships</translation>
    </message>
    <message>
        <source>Disease code</source>
        <translation>Disease code</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>&amp;Township:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>D&amp;isease:</source>
        <translation>D&amp;isease:</translation>
    </message>
    <message>
        <source>Scans of the evidence (Enter or double-click to open):</source>
        <extracomment>certification screen: the scans of the current filing; Enter opens one</extracomment>
        <translation>Scans of the evidence (Enter or double-click to open):</translation>
    </message>
    <message>
        <source>Reason for rejecting (required to reject)</source>
        <translation>Reason for rejecting (required to reject)</translation>
    </message>
    <message>
        <source>&amp;Certify selected</source>
        <extracomment>county certifier&apos;s button: certify the selected filings (认定)</extracomment>
        <translation>&amp;Certify selected</translation>
    </message>
    <message>
        <source>Re&amp;ject selected</source>
        <extracomment>county certifier&apos;s button: reject the selected filings (不予认定)</extracomment>
        <translation>Re&amp;ject selected</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <extracomment>batch certification: start of the certification&apos;s validity</extracomment>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <source>valid t&amp;o:</source>
        <extracomment>batch certification: end of the certification&apos;s validity</extracomment>
        <translation>valid t&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Submitted filings waiting for the county&apos;s decision. Select one or many (Shift, Ctrl, Ctrl+A), look at each one&apos;s evidence on the right, then certify or reject them together.</source>
        <translation>Submitted filings waiting for the county&apos;s decision. Select one or many (Shift, Ctrl, Ctrl+A), look at each one&apos;s evidence on the right, then certify or reject them together.</translation>
    </message>
    <message>
        <source>Only the county certifier certifies filings.</source>
        <translation>Only the county certifier certifies filings.</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) waiting</source>
        <translation>
            <numerusform>%n filing waiting</numerusform>
            <numerusform>%n filings waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No filing chosen.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No filing chosen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>Id number</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>person category when none applies</extracomment>
        <translation>Category</translation>
    </message>
    <message>
        <source>Diagnosed at</source>
        <translation>Diagnosed at</translation>
    </message>
    <message>
        <source>Diagnosed on</source>
        <translation>Diagnosed on</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Scans</source>
        <extracomment>number of scans attached to a filing</extracomment>
        <translation>Scans</translation>
    </message>
    <message numerus="yes">
        <source>%n attached</source>
        <translation>
            <numerusform>%n attached</numerusform>
            <numerusform>%n attached</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>Filed by</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <extracomment>who submitted the filing to the county</extracomment>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>The scan %1 cannot be read or does not match its stored hash.</source>
        <translation>The scan %1 cannot be read or does not match its stored hash.</translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) certified, valid from %1 to %2.</source>
        <translation>
            <numerusform>%n filing certified, valid from %1 to %2.</numerusform>
            <numerusform>%n filings certified, valid from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) rejected.</source>
        <translation>
            <numerusform>%n filing rejected.</numerusform>
            <numerusform>%n filings rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Batch certification</source>
        <translation>Batch certification</translation>
    </message>
    <message numerus="yes">
        <source>Certify %n filing(s), valid from %1 to %2?</source>
        <translation>
            <numerusform>Certify %n filing, valid from %1 to %2?</numerusform>
            <numerusform>Certify %n filings, valid from %1 to %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n filing(s) for this reason: %1?</source>
        <translation>
            <numerusform>Reject %n filing for this reason: %1?</numerusform>
            <numerusform>Reject %n filings for this reason: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <extracomment>export the submitted filings as filtered to XLSX or CSV (Ctrl+E)</extracomment>
        <translation>E&amp;xport...</translation>
    </message>
    <message>
        <source>Export every filing the filters match to an Excel workbook or CSV file (Ctrl+E)</source>
        <translation>Export every filing the filters match to an Excel workbook or CSV file (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) exported to %1.</source>
        <translation>
            <numerusform>%n filing exported to %1.</numerusform>
            <numerusform>%n filings exported to %1.</numerusform>
        </translation>
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
    <message>
        <source>Person: no such person.</source>
        <translation type="unfinished">Person: no such person.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Yuan</source>
        <translation>Yuan</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Show the &amp;list</source>
        <translation>Show the &amp;list</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>&amp;Save as PNG or PDF...</source>
        <translation>&amp;Save as PNG or PDF...</translation>
    </message>
    <message>
        <source>The rows behind the selected bar (Enter in the table, or a click on the bar)</source>
        <translation>The rows behind the selected bar (Enter in the table, or a click on the bar)</translation>
    </message>
    <message>
        <source>File: %1 cannot be written.</source>
        <translation>File: %1 cannot be written.</translation>
    </message>
    <message>
        <source>File: the name must end in .png or .pdf.</source>
        <translation>File: the name must end in .png or .pdf.</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ClaimEntryForm</name>
    <message>
        <source>Id number, name or pinyin initials, then Enter</source>
        <translation>Id number, name or pinyin initials, then Enter</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Code, name or pinyin initials, then Enter</source>
        <translation>Code, name or pinyin initials, then Enter</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Disease:</source>
        <translation>&amp;Disease:</translation>
    </message>
    <message>
        <source>&amp;Admission (visit):</source>
        <extracomment>for outpatient claims the visit date</extracomment>
        <translation>&amp;Admission (visit):</translation>
    </message>
    <message>
        <source>Dis&amp;charge:</source>
        <translation>Dis&amp;charge:</translation>
    </message>
    <message>
        <source>&amp;Total cost (yuan):</source>
        <translation>&amp;Total cost (yuan):</translation>
    </message>
    <message>
        <source>&amp;Fully self-paid:</source>
        <translation>&amp;Fully self-paid:</translation>
    </message>
    <message>
        <source>Category-&amp;B co-payment:</source>
        <translation>Category-&amp;B co-payment:</translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation>&amp;Referral:</translation>
    </message>
    <message>
        <source>Accidental injury</source>
        <translation>Accidental injury</translation>
    </message>
    <message>
        <source>Accident:</source>
        <translation>Accident:</translation>
    </message>
    <message>
        <source>A third party is liable</source>
        <translation>A third party is liable</translation>
    </message>
    <message>
        <source>Liability:</source>
        <translation>Liability:</translation>
    </message>
    <message>
        <source>&amp;Save for review (Ctrl+S)</source>
        <translation>&amp;Save for review (Ctrl+S)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Insured person</source>
        <translation>Insured person</translation>
    </message>
    <message>
        <source>What the claim pays</source>
        <translation>What the claim pays</translation>
    </message>
    <message>
        <source>Person: type an id number, a name or pinyin initials.</source>
        <translation>Person: type an id number, a name or pinyin initials.</translation>
    </message>
    <message>
        <source>Person: nobody found for &quot;%1&quot;.</source>
        <translation>Person: nobody found for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Institution: no designated institution matches &quot;%1&quot;.</source>
        <translation>Institution: no designated institution matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&lt;i&gt;No person chosen. Type an id number, a name or pinyin initials and press Enter.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No person chosen. Type an id number, a name or pinyin initials and press Enter.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Household %1, %2</source>
        <translation>Household %1, %2</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>Categories: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>enrolled and paid, tier %1</source>
        <translation>enrolled and paid, tier %1</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <source>enrolled, not paid (%1)</source>
        <translation>enrolled, not paid (%1)</translation>
    </message>
    <message>
        <source>Scheme year %1: %2</source>
        <translation>Scheme year %1: %2</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>Died %1</translation>
    </message>
    <message>
        <source>Certified special-outpatient diseases: %1</source>
        <translation>Certified special-outpatient diseases: %1</translation>
    </message>
    <message>
        <source>This year so far: basic %1, critical illness %2, assistance %3, poverty relief %4; %5 admission(s)</source>
        <translation>This year so far: basic %1, critical illness %2, assistance %3, poverty relief %4; %5 admission(s)</translation>
    </message>
    <message>
        <source>basic %1</source>
        <translation>basic %1</translation>
    </message>
    <message>
        <source>critical illness %1</source>
        <translation>critical illness %1</translation>
    </message>
    <message>
        <source>inpatient relief %1</source>
        <translation>inpatient relief %1</translation>
    </message>
    <message>
        <source>special-outpatient relief %1</source>
        <translation>special-outpatient relief %1</translation>
    </message>
    <message>
        <source>Caps left: %1</source>
        <translation>Caps left: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>Fully self-paid</source>
        <translation>Fully self-paid</translation>
    </message>
    <message>
        <source>Category-B co-payment</source>
        <translation>Category-B co-payment</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in yuan (at most two decimals).</source>
        <translation>%1: &quot;%2&quot; is not an amount in yuan (at most two decimals).</translation>
    </message>
    <message>
        <source>Discharge date: before the admission date.</source>
        <translation>Discharge date: before the admission date.</translation>
    </message>
    <message>
        <source>Disease: the person has no valid special-outpatient certification.</source>
        <translation>Disease: the person has no valid special-outpatient certification.</translation>
    </message>
    <message>
        <source>Person: choose the insured person.</source>
        <translation>Person: choose the insured person.</translation>
    </message>
    <message>
        <source>Institution: choose the institution.</source>
        <translation>Institution: choose the institution.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Not saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved the claim of %1; it waits for a reviewer&apos;s approval.</source>
        <translation>Saved the claim of %1; it waits for a reviewer&apos;s approval.</translation>
    </message>
</context>
<context>
    <name>ClaimEntryModel</name>
    <message>
        <source>Person: choose the insured person.</source>
        <translation>Person: choose the insured person.</translation>
    </message>
    <message>
        <source>Discharge date: no policy is published for %1.</source>
        <translation>Discharge date: no policy is published for %1.</translation>
    </message>
</context>
<context>
    <name>ClaimListModel</name>
    <message>
        <source>The claims cannot be read: %1</source>
        <translation>The claims cannot be read: %1</translation>
    </message>
    <message>
        <source>Slip no.</source>
        <extracomment>claims list column: settlement slip number</extracomment>
        <translation>Slip no.</translation>
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
        <source>Kind</source>
        <extracomment>claims list column: inpatient / outpatient</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Discharge</source>
        <extracomment>claims list column: discharge (or visit) date</extracomment>
        <translation>Discharge</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>claims list column: total cost</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Basic</source>
        <extracomment>claims list column: basic insurance paid</extracomment>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Critical illness</source>
        <extracomment>claims list column: critical-illness insurance paid</extracomment>
        <translation>Critical illness</translation>
    </message>
    <message>
        <source>Assistance</source>
        <extracomment>claims list column: medical assistance paid</extracomment>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Poverty relief</source>
        <extracomment>claims list column: health poverty relief paid</extracomment>
        <translation>Poverty relief</translation>
    </message>
    <message>
        <source>Out of pocket</source>
        <extracomment>claims list column: what the person pays</extracomment>
        <translation>Out of pocket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Inpatient</source>
        <extracomment>claim kind</extracomment>
        <translation>Inpatient</translation>
    </message>
    <message>
        <source>General outpatient</source>
        <extracomment>claim kind</extracomment>
        <translation>General outpatient</translation>
    </message>
    <message>
        <source>Special outpatient</source>
        <extracomment>claim kind</extracomment>
        <translation>Special outpatient</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <extracomment>claim status: waiting for review</extracomment>
        <translation>Waiting for review</translation>
    </message>
    <message>
        <source>Returned</source>
        <extracomment>claim status: returned to the clerk</extracomment>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Settled</source>
        <extracomment>claim status</extracomment>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Reversed</source>
        <extracomment>claim status: its settlement was reversed</extracomment>
        <translation>Reversed</translation>
    </message>
    <message>
        <source>Village clinic</source>
        <extracomment>institution level</extracomment>
        <translation>Village clinic</translation>
    </message>
    <message>
        <source>Township health centre</source>
        <extracomment>institution level</extracomment>
        <translation>Township health centre</translation>
    </message>
    <message>
        <source>County hospital</source>
        <extracomment>institution level</extracomment>
        <translation>County hospital</translation>
    </message>
    <message>
        <source>City hospital</source>
        <extracomment>institution level</extracomment>
        <translation>City hospital</translation>
    </message>
    <message>
        <source>Province hospital</source>
        <extracomment>institution level</extracomment>
        <translation>Province hospital</translation>
    </message>
    <message>
        <source>In county</source>
        <extracomment>where care happened</extracomment>
        <translation>In county</translation>
    </message>
    <message>
        <source>Outside the county, in the city</source>
        <extracomment>where care happened</extracomment>
        <translation>Outside the county, in the city</translation>
    </message>
    <message>
        <source>Outside the city, in the province</source>
        <extracomment>where care happened</extracomment>
        <translation>Outside the city, in the province</translation>
    </message>
    <message>
        <source>Out of province</source>
        <extracomment>where care happened</extracomment>
        <translation>Out of province</translation>
    </message>
    <message>
        <source>No referral</source>
        <extracomment>referral</extracomment>
        <translation>No referral</translation>
    </message>
    <message>
        <source>Referred</source>
        <extracomment>referral</extracomment>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Downward referral</source>
        <extracomment>referral: two-way referral back down</extracomment>
        <translation>Downward referral</translation>
    </message>
    <message>
        <source>Registered poverty</source>
        <extracomment>person category</extracomment>
        <translation>Registered poverty</translation>
    </message>
    <message>
        <source>Dibao</source>
        <extracomment>person category</extracomment>
        <translation>Dibao</translation>
    </message>
    <message>
        <source>Tekun</source>
        <extracomment>person category</extracomment>
        <translation>Tekun</translation>
    </message>
    <message>
        <source>Near-poor</source>
        <extracomment>person category</extracomment>
        <translation>Near-poor</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message>
        <source>Village</source>
        <extracomment>claims list column: the village of the person&apos;s household</extracomment>
        <translation>Village</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>the totals row of the export</comment>
        <translation type="unfinished">Total</translation>
    </message>
</context>
<context>
    <name>ClaimListPage</name>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Discharged from</source>
        <extracomment>period of discharge dates: from … to …</extracomment>
        <translation>Discharged from</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>period of discharge dates: from … to …</extracomment>
        <translation>to</translation>
    </message>
    <message>
        <source>Re&amp;print slip (copy)</source>
        <translation>Re&amp;print slip (copy)</translation>
    </message>
    <message>
        <source>Re&amp;verse settlement…</source>
        <translation>Re&amp;verse settlement…</translation>
    </message>
    <message>
        <source>Enter the bill a&amp;gain</source>
        <translation>Enter the bill a&amp;gain</translation>
    </message>
    <message>
        <source>Only a reversed or returned claim is entered again.</source>
        <translation>Only a reversed or returned claim is entered again.</translation>
    </message>
    <message>
        <source>%1 claim(s); total cost %2; basic %3, critical illness %4, assistance %5, poverty relief %6; out of pocket %7 (reversals included)</source>
        <translation>%1 claim(s); total cost %2; basic %3, critical illness %4, assistance %5, poverty relief %6; out of pocket %7 (reversals included)</translation>
    </message>
    <message>
        <source>The claim has no settlement slip yet.</source>
        <translation>The claim has no settlement slip yet.</translation>
    </message>
    <message>
        <source>The settlement was reversed; the bill can now be entered again.</source>
        <translation>The settlement was reversed; the bill can now be entered again.</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>All institutions</translation>
    </message>
    <message>
        <source>Village:</source>
        <extracomment>claims list filter: the village of the person&apos;s household</extracomment>
        <translation>Village:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <extracomment>claims list filter: the hospital or clinic</extracomment>
        <translation>Institution:</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;xport list…</translation>
    </message>
    <message>
        <source>Export the claims list</source>
        <translation>Export the claims list</translation>
    </message>
    <message>
        <source>claims-%1-%2.xlsx</source>
        <translation>claims-%1-%2.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The list was not exported: %1</source>
        <translation>The list was not exported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) exported to %1.</source>
        <translation>
            <numerusform>%n claim exported to %1.</numerusform>
            <numerusform>%n claims exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals: computing…</source>
        <extracomment>below the claims list while the totals per layer of the filter are being computed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals: the database could not be read.</source>
        <extracomment>below the claims list: the totals per layer could not be read</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimReversalDialog</name>
    <message>
        <source>Reverse a settlement</source>
        <translation>Reverse a settlement</translation>
    </message>
    <message>
        <source>A settled claim is not edited: its settlement is reversed by a reversing entry with negative amounts, and the bill can then be entered again. A second user who may approve claims approves the reversal with their password.</source>
        <translation>A settled claim is not edited: its settlement is reversed by a reversing entry with negative amounts, and the bill can then be entered again. A second user who may approve claims approves the reversal with their password.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Approver &amp;login:</source>
        <translation>Approver &amp;login:</translation>
    </message>
    <message>
        <source>Approver &amp;password:</source>
        <translation>Approver &amp;password:</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;Reverse</translation>
    </message>
    <message>
        <source>Approver: %1</source>
        <translation>Approver: %1</translation>
    </message>
</context>
<context>
    <name>ClaimReversalService</name>
    <message>
        <source>Claim: no such claim.</source>
        <translation>Claim: no such claim.</translation>
    </message>
    <message>
        <source>Only a settled claim can be reversed.</source>
        <translation>Only a settled claim can be reversed.</translation>
    </message>
    <message>
        <source>Reason: required when a settlement is reversed.</source>
        <translation>Reason: required when a settlement is reversed.</translation>
    </message>
    <message>
        <source>Approver: a second user must approve the reversal.</source>
        <translation>Approver: a second user must approve the reversal.</translation>
    </message>
    <message>
        <source>Approver: the user who asks for a reversal cannot approve it.</source>
        <translation>Approver: the user who asks for a reversal cannot approve it.</translation>
    </message>
    <message>
        <source>Approver: %1 may not approve claims.</source>
        <translation>Approver: %1 may not approve claims.</translation>
    </message>
    <message>
        <source>Approver: %1 works for another township.</source>
        <translation>Approver: %1 works for another township.</translation>
    </message>
    <message>
        <source>The claim has no settlement to reverse.</source>
        <translation>The claim has no settlement to reverse.</translation>
    </message>
    <message>
        <source>The settlement has already been reversed.</source>
        <translation>The settlement has already been reversed.</translation>
    </message>
</context>
<context>
    <name>ClaimReviewQueue</name>
    <message>
        <source>&amp;Approve and settle (Ctrl+Enter)</source>
        <translation>&amp;Approve and settle (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Return with a reason…</source>
        <translation>&amp;Return with a reason…</translation>
    </message>
    <message>
        <source>&amp;Print the slip after approval</source>
        <translation>&amp;Print the slip after approval</translation>
    </message>
    <message>
        <source>Claims waiting for review. The reviewer may not be the clerk who entered the claim.</source>
        <translation>Claims waiting for review. The reviewer may not be the clerk who entered the claim.</translation>
    </message>
    <message>
        <source>Claims waiting for review (only a reviewer may approve them).</source>
        <translation>Claims waiting for review (only a reviewer may approve them).</translation>
    </message>
    <message>
        <source>No claim is waiting for review.</source>
        <translation>No claim is waiting for review.</translation>
    </message>
    <message>
        <source>%1, %2 at %3, %4 to %5; entered by %6</source>
        <translation>%1, %2 at %3, %4 to %5; entered by %6</translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation>Not approved: %1</translation>
    </message>
    <message>
        <source>Approved and settled: slip %1.</source>
        <translation>Approved and settled: slip %1.</translation>
    </message>
    <message>
        <source>Not returned: %1</source>
        <translation>Not returned: %1</translation>
    </message>
    <message>
        <source>Returned to the clerk.</source>
        <translation>Returned to the clerk.</translation>
    </message>
    <message>
        <source>Return the claim</source>
        <translation>Return the claim</translation>
    </message>
    <message>
        <source>Reason for returning the claim:</source>
        <translation>Reason for returning the claim:</translation>
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
    <message>
        <source>A claim keeps its person, township and the user who entered it; enter a new claim instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 is not entered, returned, settled or reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user who entered this claim may not approve it (two-person review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: the claim has settlement slip %1 and stays as it is; reverse it to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim: this change would change the settlement on slip %1; reverse the claim and enter it again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: a claim is settled only when a reviewer approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement names policy %1 with another content than the county&apos;s.</source>
        <translation type="unfinished">The settlement names policy %1 with another content than the county&apos;s.</translation>
    </message>
    <message>
        <source>Settlement: the claim is unknown to the county.</source>
        <translation type="unfinished">Settlement: the claim is unknown to the county.</translation>
    </message>
    <message>
        <source>Settlement: %1 is %2 fen, the county computes %3 fen with policy %4.</source>
        <translation type="unfinished">Settlement: %1 is %2 fen, the county computes %3 fen with policy %4.</translation>
    </message>
    <message>
        <source>A settlement keeps its claim, slip number and who settled it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal: the settlement it reverses is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal: slip %1 is not a settlement of this claim with this policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal: %1 is %2 fen; reversing slip %3 makes it %4 fen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimSlipModel</name>
    <message>
        <source>Settlement: no such settlement.</source>
        <translation>Settlement: no such settlement.</translation>
    </message>
    <message>
        <source>Refused: the discharge date is outside the policy&apos;s scheme year.</source>
        <translation>Refused: the discharge date is outside the policy&apos;s scheme year.</translation>
    </message>
    <message>
        <source>Refused: the person is not enrolled and paid for the year.</source>
        <translation>Refused: the person is not enrolled and paid for the year.</translation>
    </message>
    <message>
        <source>Refused: the discharge date is after the person&apos;s death.</source>
        <translation>Refused: the discharge date is after the person&apos;s death.</translation>
    </message>
    <message>
        <source>Refused: accidental injury with a liable third party; the fund does not pay.</source>
        <translation>Refused: accidental injury with a liable third party; the fund does not pay.</translation>
    </message>
    <message>
        <source>Refused: this kind of care is not paid at this institution&apos;s level.</source>
        <translation>Refused: this kind of care is not paid at this institution&apos;s level.</translation>
    </message>
    <message>
        <source>Refused: the disease is not open to this person&apos;s categories.</source>
        <translation>Refused: the disease is not open to this person&apos;s categories.</translation>
    </message>
    <message>
        <source>Refused: no valid special-outpatient certification for this disease.</source>
        <translation>Refused: no valid special-outpatient certification for this disease.</translation>
    </message>
    <message>
        <source>Large out-of-area claim: field verification needed before payment.</source>
        <translation>Large out-of-area claim: field verification needed before payment.</translation>
    </message>
    <message>
        <source>Stay longer than the control indicator.</source>
        <translation>Stay longer than the control indicator.</translation>
    </message>
    <message>
        <source>Cost above the control indicator.</source>
        <translation>Cost above the control indicator.</translation>
    </message>
    <message>
        <source>Basic insurance yearly cap reached.</source>
        <translation>Basic insurance yearly cap reached.</translation>
    </message>
    <message>
        <source>General-outpatient yearly limit reached.</source>
        <translation>General-outpatient yearly limit reached.</translation>
    </message>
    <message>
        <source>The disease&apos;s yearly limit reached.</source>
        <translation>The disease&apos;s yearly limit reached.</translation>
    </message>
    <message>
        <source>Poverty relief yearly cap reached.</source>
        <translation>Poverty relief yearly cap reached.</translation>
    </message>
</context>
<context>
    <name>ClaimsPage</name>
    <message>
        <source>&amp;Enter a claim</source>
        <extracomment>tab of the claims page</extracomment>
        <translation>&amp;Enter a claim</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <extracomment>tab of the claims page</extracomment>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>&amp;Claims and slips</source>
        <extracomment>tab of the claims page</extracomment>
        <translation>&amp;Claims and slips</translation>
    </message>
</context>
<context>
    <name>ConflictResolutionService</name>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>This conflict was already resolved.</translation>
    </message>
    <message>
        <source>A reviewer decides sync conflicts; a clerk cannot.</source>
        <translation>A reviewer decides sync conflicts; a clerk cannot.</translation>
    </message>
    <message>
        <source>You made the conflicting edit yourself; another reviewer decides whether it stands (two-person review).</source>
        <translation>You made the conflicting edit yourself; another reviewer decides whether it stands (two-person review).</translation>
    </message>
    <message>
        <source>There is no such conflict.</source>
        <translation>There is no such conflict.</translation>
    </message>
    <message>
        <source>%1: this field cannot be edited here.</source>
        <translation>%1: this field cannot be edited here.</translation>
    </message>
    <message>
        <source>%1: it may not be empty.</source>
        <translation>%1: it may not be empty.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1: &quot;%2&quot; is not a whole number.</translation>
    </message>
    <message>
        <source>The record of this conflict is not in this replica.</source>
        <translation>The record of this conflict is not in this replica.</translation>
    </message>
    <message>
        <source>The edited version is the same as the one that stands now; keep the county&apos;s version instead.</source>
        <translation>The edited version is the same as the one that stands now; keep the county&apos;s version instead.</translation>
    </message>
    <message>
        <source>The conflict could not be closed: %1</source>
        <translation>The conflict could not be closed: %1</translation>
    </message>
    <message>
        <source>A %1 record is not written from the conflicts list: keep the county&apos;s version, then make the change again on its own screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionDialog</name>
    <message>
        <source>Take contributions</source>
        <translation>Take contributions</translation>
    </message>
    <message>
        <source>Scheme &amp;year:</source>
        <translation>Scheme &amp;year:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>Payment &amp;channel:</source>
        <translation>Payment &amp;channel:</translation>
    </message>
    <message>
        <source>Receipt &amp;size:</source>
        <translation>Receipt &amp;size:</translation>
    </message>
    <message>
        <source>Take &amp;payment and issue receipt</source>
        <translation>Take &amp;payment and issue receipt</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>Print pre&amp;view...</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>P&amp;rint...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Save as P&amp;DF...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Members to enroll (Space checks or unchecks; Enter takes the payment):</source>
        <translation>&amp;Members to enroll (Space checks or unchecks; Enter takes the payment):</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s), to pay: %1</source>
        <translation>
            <numerusform>%n person, to pay: %1</numerusform>
            <numerusform>%n persons, to pay: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>In words: %1; paid by the state for subsidized members: %2</source>
        <translation>In words: %1; paid by the state for subsidized members: %2</translation>
    </message>
    <message>
        <source>Receipt %1 issued. Print it for the household.</source>
        <translation>Receipt %1 issued. Print it for the household.</translation>
    </message>
    <message>
        <source>No receipt has been issued yet.</source>
        <translation>No receipt has been issued yet.</translation>
    </message>
</context>
<context>
    <name>DashboardDetailModel</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>Mobile payment</source>
        <translation>Mobile payment</translation>
    </message>
    <message>
        <source>Paid by the state</source>
        <extracomment>payment channel: the state paid the whole contribution</extracomment>
        <translation>Paid by the state</translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>The list cannot be read: %1</translation>
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
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Enrolled and paid</source>
        <translation>Enrolled and paid</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Personal contribution</source>
        <translation>Personal contribution</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>Basic insurance</source>
        <translation>Basic insurance</translation>
    </message>
    <message>
        <source>Critical-illness insurance</source>
        <translation>Critical-illness insurance</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>Medical assistance</translation>
    </message>
    <message>
        <source>Health poverty relief</source>
        <translation>Health poverty relief</translation>
    </message>
    <message>
        <source>Out-of-pocket</source>
        <translation>Out-of-pocket</translation>
    </message>
    <message>
        <source>Combined coverage ratio</source>
        <translation>Combined coverage ratio</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Slip</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Scheme &amp;year:</source>
        <translation>Scheme &amp;year:</translation>
    </message>
    <message>
        <source>The whole county</source>
        <translation>The whole county</translation>
    </message>
    <message>
        <source>T&amp;ownship:</source>
        <translation>T&amp;ownship:</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>Refres&amp;h</translation>
    </message>
    <message>
        <source>&amp;Enrollment</source>
        <translation>&amp;Enrollment</translation>
    </message>
    <message>
        <source>Contributions by &amp;month</source>
        <translation>Contributions by &amp;month</translation>
    </message>
    <message>
        <source>Contributions by &amp;day</source>
        <translation>Contributions by &amp;day</translation>
    </message>
    <message>
        <source>&amp;Claims and fund</source>
        <translation>&amp;Claims and fund</translation>
    </message>
    <message>
        <source>&amp;Filings by status</source>
        <translation>&amp;Filings by status</translation>
    </message>
    <message>
        <source>Filings by dise&amp;ase</source>
        <translation>Filings by dise&amp;ase</translation>
    </message>
    <message>
        <source>Po&amp;verty persons</source>
        <translation>Po&amp;verty persons</translation>
    </message>
    <message>
        <source>&amp;Relief caps reached</source>
        <translation>&amp;Relief caps reached</translation>
    </message>
    <message>
        <source>Figures of the whole county for %1.</source>
        <translation>Figures of the whole county for %1.</translation>
    </message>
    <message>
        <source>Figures of this township for %1.</source>
        <translation>Figures of this township for %1.</translation>
    </message>
    <message>
        <source>Figures of %1 for %2.</source>
        <translation>Figures of %1 for %2.</translation>
    </message>
    <message>
        <source>Enrollment rate by township, %1</source>
        <translation>Enrollment rate by township, %1</translation>
    </message>
    <message>
        <source>Enrollment rate by village, %1</source>
        <translation>Enrollment rate by village, %1</translation>
    </message>
    <message>
        <source>Contributions for %1 collected by month</source>
        <translation>Contributions for %1 collected by month</translation>
    </message>
    <message>
        <source>Contributions for %1 collected by day</source>
        <translation>Contributions for %1 collected by day</translation>
    </message>
    <message>
        <source>Claims settled and fund paid by month and layer, %1</source>
        <translation>Claims settled and fund paid by month and layer, %1</translation>
    </message>
    <message>
        <source>Special-outpatient filings by status</source>
        <translation>Special-outpatient filings by status</translation>
    </message>
    <message>
        <source>Special-outpatient filings by disease</source>
        <translation>Special-outpatient filings by disease</translation>
    </message>
    <message>
        <source>Registered poverty persons: who paid their costs, %1</source>
        <translation>Registered poverty persons: who paid their costs, %1</translation>
    </message>
    <message>
        <source>Yearly health poverty relief caps reached, %1</source>
        <translation>Yearly health poverty relief caps reached, %1</translation>
    </message>
    <message>
        <source>Residents of %1 and their enrollment for %2</source>
        <translation>Residents of %1 and their enrollment for %2</translation>
    </message>
    <message>
        <source>%1 residents, %2 of them enrolled and paid.</source>
        <translation>%1 residents, %2 of them enrolled and paid.</translation>
    </message>
    <message>
        <source>Receipts for %1 issued in %2</source>
        <translation>Receipts for %1 issued in %2</translation>
    </message>
    <message>
        <source>%1 receipts, %2 in all.</source>
        <translation>%1 receipts, %2 in all.</translation>
    </message>
    <message>
        <source>Claims settled, discharged in %1</source>
        <translation>Claims settled, discharged in %1</translation>
    </message>
    <message>
        <source>%1 claims; total cost %2; basic insurance %3, critical-illness insurance %4, medical assistance %5, health poverty relief %6; out-of-pocket %7.</source>
        <translation>%1 claims; total cost %2; basic insurance %3, critical-illness insurance %4, medical assistance %5, health poverty relief %6; out-of-pocket %7.</translation>
    </message>
    <message>
        <source>Filings: %1</source>
        <translation>Filings: %1</translation>
    </message>
    <message>
        <source>%1 filings.</source>
        <translation>%1 filings.</translation>
    </message>
    <message>
        <source>Registered poverty persons with settled claims in %1</source>
        <translation>Registered poverty persons with settled claims in %1</translation>
    </message>
    <message>
        <source>%1 persons; total cost %2, out-of-pocket %3.</source>
        <translation>%1 persons; total cost %2, out-of-pocket %3.</translation>
    </message>
    <message>
        <source>%1 claims on which the yearly relief cap was reached, %2</source>
        <translation>%1 claims on which the yearly relief cap was reached, %2</translation>
    </message>
    <message>
        <source>%1 claims.</source>
        <translation>%1 claims.</translation>
    </message>
</context>
<context>
    <name>DashboardQueries</name>
    <message>
        <source>The enrollment rates cannot be read: %1</source>
        <translation>The enrollment rates cannot be read: %1</translation>
    </message>
    <message>
        <source>The contributions cannot be read: %1</source>
        <translation>The contributions cannot be read: %1</translation>
    </message>
    <message>
        <source>The claims cannot be read: %1</source>
        <translation>The claims cannot be read: %1</translation>
    </message>
    <message>
        <source>The filings cannot be read: %1</source>
        <translation>The filings cannot be read: %1</translation>
    </message>
    <message>
        <source>The poverty persons&apos; coverage cannot be read: %1</source>
        <translation>The poverty persons&apos; coverage cannot be read: %1</translation>
    </message>
    <message>
        <source>The relief caps reached cannot be read: %1</source>
        <translation>The relief caps reached cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>DashboardTables</name>
    <message>
        <source>Basic insurance</source>
        <translation>Basic insurance</translation>
    </message>
    <message>
        <source>Critical-illness insurance</source>
        <translation>Critical-illness insurance</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>Medical assistance</translation>
    </message>
    <message>
        <source>Health poverty relief</source>
        <translation>Health poverty relief</translation>
    </message>
    <message>
        <source>Out-of-pocket</source>
        <translation>Out-of-pocket</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Enrolled and paid</source>
        <translation>Enrolled and paid</translation>
    </message>
    <message>
        <source>Enrollment rate</source>
        <translation>Enrollment rate</translation>
    </message>
    <message>
        <source>In all: %1 of %2 residents enrolled and paid (%3).</source>
        <translation>In all: %1 of %2 residents enrolled and paid (%3).</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>In all: %1 on %2 receipts (voided and refunded receipts left out).</source>
        <translation>In all: %1 on %2 receipts (voided and refunded receipts left out).</translation>
    </message>
    <message>
        <source>Month of discharge</source>
        <translation>Month of discharge</translation>
    </message>
    <message>
        <source>Claims settled</source>
        <translation>Claims settled</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>Fund paid</source>
        <translation>Fund paid</translation>
    </message>
    <message>
        <source>In all: %1 claims settled, total cost %2, fund paid %3 (%4 of the cost).</source>
        <translation>In all: %1 claims settled, total cost %2, fund paid %3 (%4 of the cost).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>Filings</translation>
    </message>
    <message>
        <source>In all: %1 filings on file (of every year).</source>
        <translation>In all: %1 filings on file (of every year).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a disease of the catalogue: name (code)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>Disease</translation>
    </message>
    <message>
        <source>In all: %1 filings of %2 diseases (of every year).</source>
        <translation>In all: %1 filings of %2 diseases (of every year).</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Share of the total cost</source>
        <translation>Share of the total cost</translation>
    </message>
    <message>
        <source>%1 registered poverty persons, %2 settled claims, total cost %3: combined coverage ratio %4, out-of-pocket share %5.</source>
        <translation>%1 registered poverty persons, %2 settled claims, total cost %3: combined coverage ratio %4, out-of-pocket share %5.</translation>
    </message>
    <message>
        <source>Kind of claim</source>
        <translation>Kind of claim</translation>
    </message>
    <message>
        <source>Persons at the cap</source>
        <translation>Persons at the cap</translation>
    </message>
    <message>
        <source>Claims that reached it</source>
        <translation>Claims that reached it</translation>
    </message>
    <message>
        <source>Settled claims of the year on which a yearly relief cap was reached: %1.</source>
        <translation>Settled claims of the year on which a yearly relief cap was reached: %1.</translation>
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
        <source>%1: %2 ms (%3 rows so far)</source>
        <translation>%1: %2 ms (%3 rows so far)</translation>
    </message>
    <message>
        <source>The demo county could not be written: %1</source>
        <translation>The demo county could not be written: %1</translation>
    </message>
    <message>
        <source>The published policy %1 cannot be read.</source>
        <translation>The published policy %1 cannot be read.</translation>
    </message>
    <message>
        <source>The published policy %1 is not valid: %2</source>
        <translation>The published policy %1 is not valid: %2</translation>
    </message>
    <message>
        <source>No policy is compiled into the program.</source>
        <translation>No policy is compiled into the program.</translation>
    </message>
    <message>
        <source>No policy is published for scheme year %1.</source>
        <translation>No policy is published for scheme year %1.</translation>
    </message>
    <message>
        <source>A demo claim does not pass the engine&apos;s checks: %1</source>
        <translation>A demo claim does not pass the engine&apos;s checks: %1</translation>
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
    <name>EditHouseholdDialog</name>
    <message>
        <source>Household details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation type="unfinished">&amp;Village:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished">P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Phone: 11 digits for a mobile, or area code and number.</source>
        <translation type="unfinished">Phone: 11 digits for a mobile, or area code and number.</translation>
    </message>
</context>
<context>
    <name>EnrollmentPage</name>
    <message>
        <source>&amp;Not yet paid</source>
        <translation>&amp;Not yet paid</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>Household code, head&apos;s name or pinyin initials</source>
        <translation>Household code, head&apos;s name or pinyin initials</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategory:</translation>
    </message>
    <message>
        <source>Scheme &amp;year:</source>
        <translation>Scheme &amp;year:</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>&amp;Household:</translation>
    </message>
    <message>
        <source>&amp;Open household card</source>
        <translation>&amp;Open household card</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Daily reconciliation</source>
        <translation>Daily reconciliation</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <source>&amp;Not yet paid for %1</source>
        <translation>&amp;Not yet paid for %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 household(s)</source>
        <translation>
            <numerusform>%1 household</numerusform>
            <numerusform>%1 households</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import roster...</source>
        <extracomment>enrollment page: import the county&apos;s roster (花名册) from XLSX or CSV</extracomment>
        <translation>&amp;Import roster...</translation>
    </message>
    <message>
        <source>Void and refund requests</source>
        <extracomment>tab of the enrollment page: void and refund requests waiting for a reviewer</extracomment>
        <translation>Void and refund requests</translation>
    </message>
    <message>
        <source>Insured elsewhere</source>
        <extracomment>tab of the enrollment page: a list of people insured elsewhere checked against the enrollments (重复参保核查)</extracomment>
        <translation type="unfinished"></translation>
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
    <message>
        <source>An enrollment keeps its person, year and receipt; void the receipt and enroll again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: no such person.</source>
        <translation type="unfinished">Person: no such person.</translation>
    </message>
    <message>
        <source>Status: %1 is not pending, paid, refunded or voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal contribution</source>
        <translation type="unfinished">Personal contribution</translation>
    </message>
    <message>
        <source>Paid by the state</source>
        <translation type="unfinished">Paid by the state</translation>
    </message>
    <message>
        <source>Government subsidy</source>
        <translation type="unfinished">Government subsidy</translation>
    </message>
    <message>
        <source>%1: the %2 policy makes it %3 for %4 in tier %5, not %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal contribution: receipt %1 lists the amount paid; void it and enroll again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilingDiseaseModel</name>
    <message>
        <source>%1 %2 (poverty persons only)</source>
        <translation>%1 %2 (poverty persons only)</translation>
    </message>
</context>
<context>
    <name>FilingForm</name>
    <message>
        <source>Id number, name or pinyin initials, then Enter</source>
        <translation>Id number, name or pinyin initials, then Enter</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <extracomment>filing form field</extracomment>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Code, name or pinyin initials, then Enter</source>
        <translation>Code, name or pinyin initials, then Enter</translation>
    </message>
    <message>
        <source>&amp;Disease:</source>
        <extracomment>filing form field: catalogue disease</extracomment>
        <translation>&amp;Disease:</translation>
    </message>
    <message>
        <source>Diagnosed &amp;at:</source>
        <extracomment>filing form field: the institution that diagnosed the disease</extracomment>
        <translation>Diagnosed &amp;at:</translation>
    </message>
    <message>
        <source>Diagnosed &amp;on:</source>
        <extracomment>filing form field</extracomment>
        <translation>Diagnosed &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <extracomment>filing form field: kind of diagnosis evidence</extracomment>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <extracomment>filing form field: free note (test values, hospital record number)</extracomment>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Scans:</source>
        <extracomment>filing form field: scans of the evidence</extracomment>
        <translation>Scans:</translation>
    </message>
    <message>
        <source>&amp;Save filing (Ctrl+S)</source>
        <translation>&amp;Save filing (Ctrl+S)</translation>
    </message>
    <message>
        <source>Attach scans of the evidence</source>
        <translation>Attach scans of the evidence</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Scans (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Your role cannot file special-outpatient certifications.</source>
        <translation>Your role cannot file special-outpatient certifications.</translation>
    </message>
    <message>
        <source>Person: type an id number, a name or pinyin initials.</source>
        <translation>Person: type an id number, a name or pinyin initials.</translation>
    </message>
    <message>
        <source>Person: nobody found for &quot;%1&quot;.</source>
        <translation>Person: nobody found for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Disease: %1 is open to registered poverty persons only.</source>
        <translation>Disease: %1 is open to registered poverty persons only.</translation>
    </message>
    <message>
        <source>Disease: type a code, a name or pinyin initials.</source>
        <translation>Disease: type a code, a name or pinyin initials.</translation>
    </message>
    <message>
        <source>Disease: nothing in the catalogue matches &quot;%1&quot;.</source>
        <translation>Disease: nothing in the catalogue matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Institution: no designated institution matches &quot;%1&quot;.</source>
        <translation>Institution: no designated institution matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Scan: %1 is not an image (JPEG, PNG) or a PDF.</source>
        <translation>Scan: %1 is not an image (JPEG, PNG) or a PDF.</translation>
    </message>
    <message>
        <source>Scan: %1 cannot be read, is empty or is larger than %2 MB.</source>
        <translation>Scan: %1 cannot be read, is empty or is larger than %2 MB.</translation>
    </message>
    <message>
        <source>Correcting a returned filing. Reason given: %1</source>
        <translation>Correcting a returned filing. Reason given: %1</translation>
    </message>
    <message>
        <source>&amp;Save correction (Ctrl+S)</source>
        <translation>&amp;Save correction (Ctrl+S)</translation>
    </message>
    <message>
        <source>Scan: %1 cannot be read.</source>
        <translation>Scan: %1 cannot be read.</translation>
    </message>
    <message>
        <source>The corrected filing waits for review again.</source>
        <translation>The corrected filing waits for review again.</translation>
    </message>
    <message>
        <source>Filed. The filing waits for review at the township.</source>
        <translation>Filed. The filing waits for review at the township.</translation>
    </message>
    <message>
        <source>Attach s&amp;cans...</source>
        <extracomment>filing form button: pick scans of the evidence to attach</extracomment>
        <translation>Attach s&amp;cans...</translation>
    </message>
    <message>
        <source>Ne&amp;w filing</source>
        <translation>Ne&amp;w filing</translation>
    </message>
</context>
<context>
    <name>FilingFormRenderer</name>
    <message>
        <source>Special-outpatient (chronic and special disease) filing form</source>
        <translation>Special-outpatient (chronic and special disease) filing form</translation>
    </message>
    <message>
        <source>Township: %1</source>
        <translation>Township: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <extracomment>printed filing form: current status of the filing</extracomment>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>printed filing form: person category when none applies</extracomment>
        <translation>None</translation>
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
        <source>Id number</source>
        <translation>Id number</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Village</source>
        <extracomment>printed filing form: household number</extracomment>
        <translation>Village</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>printed filing form: poverty, dibao, tekun</extracomment>
        <translation>Category</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>Disease</translation>
    </message>
    <message>
        <source>Diagnosed at</source>
        <extracomment>printed filing form: the diagnosing institution</extracomment>
        <translation>Diagnosed at</translation>
    </message>
    <message>
        <source>Diagnosed on</source>
        <translation>Diagnosed on</translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>printed filing form: evidence kind</extracomment>
        <translation>Evidence</translation>
    </message>
    <message numerus="yes">
        <source> (%n scan(s) attached)</source>
        <translation>
            <numerusform> (%n scan attached)</numerusform>
            <numerusform> (%n scans attached)</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Filed by</source>
        <extracomment>printed filing form: who filed it and when</extracomment>
        <translation>Filed by</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <extracomment>printed filing form: township reviewer</extracomment>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>County certification</source>
        <extracomment>printed filing form: the county&apos;s certification</extracomment>
        <translation>County certification</translation>
    </message>
    <message>
        <source>Certified by %1; valid from %2 to %3</source>
        <translation>Certified by %1; valid from %2 to %3</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>printed filing form: reason for returning, rejecting or revoking</extracomment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>I declare that the diagnosis evidence I provided is true and complete, and I agree that the medical insurance office may check it with the diagnosing institution. I know that special-outpatient bills are reimbursed only after the county has certified this filing, and only for the disease certified.</source>
        <translation>I declare that the diagnosis evidence I provided is true and complete, and I agree that the medical insurance office may check it with the diagnosing institution. I know that special-outpatient bills are reimbursed only after the county has certified this filing, and only for the disease certified.</translation>
    </message>
    <message>
        <source>Applicant (signature):</source>
        <extracomment>signature line on the printed filing form</extracomment>
        <translation>Applicant (signature):</translation>
    </message>
    <message>
        <source>Clerk (signature):</source>
        <translation>Clerk (signature):</translation>
    </message>
    <message>
        <source>Reviewer (signature):</source>
        <translation>Reviewer (signature):</translation>
    </message>
    <message>
        <source>Date:          year      month      day</source>
        <extracomment>date line on the printed filing form</extracomment>
        <translation>Date:          year      month      day</translation>
    </message>
    <message>
        <source>Filing %1</source>
        <translation>Filing %1</translation>
    </message>
    <message>
        <source>Special-outpatient filing form</source>
        <translation>Special-outpatient filing form</translation>
    </message>
    <message>
        <source>The filing form cannot be written to %1.</source>
        <translation>The filing form cannot be written to %1.</translation>
    </message>
</context>
<context>
    <name>FilingListExport</name>
    <message>
        <source>filings-%1.xlsx</source>
        <extracomment>file name offered for the exported filing list; keep the .xlsx ending</extracomment>
        <translation>filings-%1.xlsx</translation>
    </message>
    <message>
        <source>Exporting the filings...</source>
        <translation>Exporting the filings...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the filing list</source>
        <translation>Export the filing list</translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) exported to %1.</source>
        <translation>
            <numerusform>%n filing exported to %1.</numerusform>
            <numerusform>%n filings exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilingListModel</name>
    <message>
        <source>The filings cannot be read: %1</source>
        <translation>The filings cannot be read: %1</translation>
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
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Disease</source>
        <extracomment>filing list column: the catalogue disease filed for</extracomment>
        <translation>Disease</translation>
    </message>
    <message>
        <source>Diagnosed at</source>
        <extracomment>filing list column: the diagnosing institution</extracomment>
        <translation>Diagnosed at</translation>
    </message>
    <message>
        <source>Diagnosed on</source>
        <extracomment>filing list column: diagnosis date</extracomment>
        <translation>Diagnosed on</translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>filing list column: kind of diagnosis evidence</extracomment>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>filing list column: return, rejection or revocation reason</extracomment>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Valid to</source>
        <extracomment>filing list column: end of the certification&apos;s validity</extracomment>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <extracomment>filing status: reported by the village / filed at the counter, waiting for township review</extracomment>
        <translation>Waiting for review</translation>
    </message>
    <message>
        <source>Returned</source>
        <extracomment>filing status: returned to the clerk with a reason</extracomment>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <extracomment>filing status: approved at the township, not yet submitted</extracomment>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Submitted to the county</source>
        <extracomment>filing status: submitted to the county</extracomment>
        <translation>Submitted to the county</translation>
    </message>
    <message>
        <source>Certified</source>
        <extracomment>filing status: certified by the county</extracomment>
        <translation>Certified</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>filing status: rejected by the county</extracomment>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>filing status: the certification&apos;s validity ended</extracomment>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Revoked</source>
        <extracomment>filing status: the certification was revoked</extracomment>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Inpatient record</source>
        <extracomment>filing evidence kind</extracomment>
        <translation>Inpatient record</translation>
    </message>
    <message>
        <source>Outpatient record with test report</source>
        <extracomment>filing evidence kind</extracomment>
        <translation>Outpatient record with test report</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>Filings</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <extracomment>the export was cancelled by the user; the file was not written</extracomment>
        <translation>The export was cancelled; no file was written.</translation>
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
    <message>
        <source>Scans can be attached only before the filing is reviewed.</source>
        <translation>Scans can be attached only before the filing is reviewed.</translation>
    </message>
    <message>
        <source>Scan: %1 is not an image (JPEG, PNG) or a PDF.</source>
        <translation>Scan: %1 is not an image (JPEG, PNG) or a PDF.</translation>
    </message>
    <message>
        <source>Scan: %1 is empty.</source>
        <translation>Scan: %1 is empty.</translation>
    </message>
    <message>
        <source>Scan: %1 is larger than %2 MB.</source>
        <translation>Scan: %1 is larger than %2 MB.</translation>
    </message>
    <message>
        <source>Only a returned filing can be corrected.</source>
        <translation>Only a returned filing can be corrected.</translation>
    </message>
    <message>
        <source>Person: a filing cannot be moved to another person; file a new one.</source>
        <translation>Person: a filing cannot be moved to another person; file a new one.</translation>
    </message>
    <message>
        <source>Pick at least one filing.</source>
        <translation>Pick at least one filing.</translation>
    </message>
    <message>
        <source>Filing: no such filing (%1).</source>
        <translation>Filing: no such filing (%1).</translation>
    </message>
    <message>
        <source>Filing %1 is %2; this step needs it to be %3.</source>
        <translation>Filing %1 is %2; this step needs it to be %3.</translation>
    </message>
    <message>
        <source>Valid from: not a date.</source>
        <translation>Valid from: not a date.</translation>
    </message>
    <message>
        <source>Valid to: before valid from.</source>
        <translation>Valid to: before valid from.</translation>
    </message>
    <message>
        <source>Reason: required when a filing is rejected.</source>
        <translation>Reason: required when a filing is rejected.</translation>
    </message>
    <message>
        <source>Reason: required when a certification is revoked.</source>
        <translation>Reason: required when a certification is revoked.</translation>
    </message>
    <message>
        <source>Person: not enrolled and paid for %1 or a later year.</source>
        <translation>Person: not enrolled and paid for %1 or a later year.</translation>
    </message>
    <message>
        <source>A filing keeps its township and the user who filed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county decides on submitted filings only, and changes only the decision.</source>
        <translation type="unfinished">The county decides on submitted filings only, and changes only the decision.</translation>
    </message>
    <message>
        <source>Status: %1 is not a step of the filing workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filing submitted to the county is no longer the township&apos;s to change.</source>
        <translation type="unfinished">A filing submitted to the county is no longer the township&apos;s to change.</translation>
    </message>
    <message>
        <source>Valid to: not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user who filed this filing may not review, submit or decide it (two-person review).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilingWorklist</name>
    <message>
        <source>All</source>
        <extracomment>filing list filter: every status</extracomment>
        <translation>All</translation>
    </message>
    <message>
        <source>All villages</source>
        <extracomment>filing list filter: every village</extracomment>
        <translation>All villages</translation>
    </message>
    <message>
        <source>Disease code</source>
        <translation>Disease code</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>D&amp;isease:</source>
        <extracomment>filing list filter label</extracomment>
        <translation>D&amp;isease:</translation>
    </message>
    <message>
        <source>Reason for returning (required to return)</source>
        <translation>Reason for returning (required to return)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <extracomment>reviewer&apos;s button: approve the selected filings (初审通过)</extracomment>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <extracomment>reviewer&apos;s button: return the selected filings to the clerk (退回)</extracomment>
        <translation>Re&amp;turn</translation>
    </message>
    <message>
        <source>Su&amp;bmit to the county</source>
        <extracomment>reviewer&apos;s button: submit reviewed filings to the county (上报)</extracomment>
        <translation>Su&amp;bmit to the county</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <extracomment>clerk&apos;s button: open a returned filing to correct it</extracomment>
        <translation>&amp;Correct</translation>
    </message>
    <message>
        <source>&amp;Print form</source>
        <extracomment>print the filing form for the person to sign</extracomment>
        <translation>&amp;Print form</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s)</source>
        <extracomment>count of filings the list&apos;s filter matches</extracomment>
        <translation>
            <numerusform>%n filing</numerusform>
            <numerusform>%n filings</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick at least one filing.</source>
        <translation>Pick at least one filing.</translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) approved.</source>
        <translation>
            <numerusform>%n filing approved.</numerusform>
            <numerusform>%n filings approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) returned to the clerk.</source>
        <translation>
            <numerusform>%n filing returned to the clerk.</numerusform>
            <numerusform>%n filings returned to the clerk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) submitted to the county.</source>
        <translation>
            <numerusform>%n filing submitted to the county.</numerusform>
            <numerusform>%n filings submitted to the county.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certified, expiring within 60 days</source>
        <extracomment>filing list filter: certified filings whose validity ends within the next 60 days</extracomment>
        <translation>Certified, expiring within 60 days</translation>
    </message>
    <message>
        <source>Print &amp;notice</source>
        <extracomment>print the county&apos;s certification (or non-certification) notice for the person</extracomment>
        <translation>Print &amp;notice</translation>
    </message>
    <message>
        <source>Reason for revoking (required to revoke)</source>
        <extracomment>reason field of the filing list, for the county certifier</extracomment>
        <translation>Reason for revoking (required to revoke)</translation>
    </message>
    <message>
        <source>The certification is revoked.</source>
        <translation>The certification is revoked.</translation>
    </message>
    <message>
        <source>Revo&amp;ke</source>
        <extracomment>county certifier&apos;s button: revoke a certification, with a reason (撤销认定)</extracomment>
        <translation>Revo&amp;ke</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <extracomment>export the filing list as filtered to XLSX or CSV (Ctrl+E)</extracomment>
        <translation>E&amp;xport...</translation>
    </message>
    <message>
        <source>Export every filing the filters match to an Excel workbook or CSV file (Ctrl+E)</source>
        <translation>Export every filing the filters match to an Excel workbook or CSV file (Ctrl+E)</translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) exported to %1.</source>
        <translation>
            <numerusform>%n filing exported to %1.</numerusform>
            <numerusform>%n filings exported to %1.</numerusform>
        </translation>
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
    <name>HouseholdCard</name>
    <message>
        <source>add %1</source>
        <extracomment>undo menu entry</extracomment>
        <translation>add %1</translation>
    </message>
    <message>
        <source>Household code:</source>
        <translation>Household code:</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>Village:</translation>
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
        <source>&amp;Add member...</source>
        <translation>&amp;Add member...</translation>
    </message>
    <message>
        <source>Record &amp;death...</source>
        <translation>Record &amp;death...</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Re&amp;do</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Take contributions...</source>
        <translation>&amp;Take contributions...</translation>
    </message>
    <message>
        <source>&amp;Print receipt...</source>
        <translation>&amp;Print receipt...</translation>
    </message>
    <message>
        <source>Receipt as P&amp;DF...</source>
        <translation>Receipt as P&amp;DF...</translation>
    </message>
    <message>
        <source>Request &amp;void...</source>
        <translation>Request &amp;void...</translation>
    </message>
    <message>
        <source>Request re&amp;fund...</source>
        <translation>Request re&amp;fund...</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>Appro&amp;ve</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Receipt si&amp;ze:</source>
        <translation>Receipt si&amp;ze:</translation>
    </message>
    <message>
        <source>Household &amp;members:</source>
        <translation>Household &amp;members:</translation>
    </message>
    <message>
        <source>&amp;Enrollments by scheme year:</source>
        <translation>&amp;Enrollments by scheme year:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Household %1[*]</source>
        <extracomment>window title of the household card; [*] marks unsaved changes</extracomment>
        <translation>Household %1[*]</translation>
    </message>
    <message>
        <source>Household %1 (no head yet)</source>
        <translation>Household %1 (no head yet)</translation>
    </message>
    <message>
        <source>Household %1, head %2</source>
        <translation>Household %1, head %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Record a death</source>
        <translation>Record a death</translation>
    </message>
    <message>
        <source>Death of %1. No claims are paid for care after this date.</source>
        <translation>Death of %1. No claims are paid for care after this date.</translation>
    </message>
    <message>
        <source>Date of &amp;death:</source>
        <translation>Date of &amp;death:</translation>
    </message>
    <message>
        <source>Save or undo the changes to the members first.</source>
        <translation>Save or undo the changes to the members first.</translation>
    </message>
    <message>
        <source>Request a refund</source>
        <translation>Request a refund</translation>
    </message>
    <message>
        <source>Request to void the receipt</source>
        <translation>Request to void the receipt</translation>
    </message>
    <message>
        <source>Reason (a reviewer approves the request):</source>
        <translation>Reason (a reviewer approves the request):</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approve: %1 receipt %2 (%3)? Reason given: %4</source>
        <translation>Approve: %1 receipt %2 (%3)? Reason given: %4</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Why is the request rejected?</source>
        <translation>Why is the request rejected?</translation>
    </message>
    <message>
        <source>Close the household card</source>
        <translation>Close the household card</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the members are not saved. Close and discard them?</source>
        <translation>
            <numerusform>%n change to the members is not saved. Close and discard it?</numerusform>
            <numerusform>%n changes to the members are not saved. Close and discard them?</numerusform>
        </translation>
    </message>
    <message>
        <source>death of %1</source>
        <extracomment>undo menu entry</extracomment>
        <translation>death of %1</translation>
    </message>
    <message>
        <source>marriage of %1</source>
        <extracomment>undo menu entry: a marriage into the household</extracomment>
        <translation>marriage of %1</translation>
    </message>
    <message>
        <source>%1 as head</source>
        <extracomment>undo menu entry: a member becomes the head of the household</extracomment>
        <translation>%1 as head</translation>
    </message>
    <message>
        <source>Marr&amp;iage in...</source>
        <extracomment>household card: a spouse (or other) marries into the household</extracomment>
        <translation>Marr&amp;iage in...</translation>
    </message>
    <message>
        <source>Move to &amp;other household...</source>
        <extracomment>household card: the current member moves to another household</extracomment>
        <translation>Move to &amp;other household...</translation>
    </message>
    <message>
        <source>Make &amp;head...</source>
        <extracomment>household card: the current member becomes the head</extracomment>
        <translation>Make &amp;head...</translation>
    </message>
    <message>
        <source>Marriage into the household</source>
        <translation>Marriage into the household</translation>
    </message>
    <message>
        <source>Move %1 to another household</source>
        <translation>Move %1 to another household</translation>
    </message>
    <message>
        <source>To &amp;household (code):</source>
        <translation>To &amp;household (code):</translation>
    </message>
    <message>
        <source>&amp;Relation to its head:</source>
        <extracomment>the member&apos;s relation to the head of the household they move to</extracomment>
        <translation>&amp;Relation to its head:</translation>
    </message>
    <message>
        <source>Household: no household of this township has the code %1.</source>
        <translation>Household: no household of this township has the code %1.</translation>
    </message>
    <message>
        <source>Household: %1 is this household.</source>
        <translation>Household: %1 is this household.</translation>
    </message>
    <message>
        <source>Make %1 the head</source>
        <translation>Make %1 the head</translation>
    </message>
    <message>
        <source>The household has no head now.</source>
        <translation>The household has no head now.</translation>
    </message>
    <message>
        <source>Relation of %1, the head until now, to %2:</source>
        <translation>Relation of %1, the head until now, to %2:</translation>
    </message>
    <message>
        <source>move of %1 to household %2</source>
        <extracomment>undo menu entry: a member moves to another household</extracomment>
        <translation>move of %1 to household %2</translation>
    </message>
    <message>
        <source>household details</source>
        <extracomment>undo menu entry: the household&apos;s village, address or phone changed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrections of %1</source>
        <extracomment>undo menu entry: corrections of a member&apos;s details</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect member...</source>
        <extracomment>household card: correct the current member&apos;s id number, name, relation, categories or phone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Househo&amp;ld details...</source>
        <extracomment>household card: the household&apos;s village, address and phone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move out of the count&amp;y...</source>
        <extracomment>household card: the current member leaves the county&apos;s resident insurance (迁出)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (details changed, not saved)</source>
        <extracomment>household card: the household&apos;s village, address or phone changed on the card, not saved yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move out of the county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves the county&apos;s resident insurance. No enrollment is taken for them after this; a year already paid keeps its cover. Record the move out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move out of %1</source>
        <extracomment>undo menu entry: a member moves out of the county</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdCardModel</name>
    <message>
        <source>New (not saved)</source>
        <extracomment>household card: a member added on the card, not saved yet</extracomment>
        <translation>New (not saved)</translation>
    </message>
    <message>
        <source>Deceased %1 (not saved)</source>
        <extracomment>household card: a death entered on the card, not saved yet</extracomment>
        <translation>Deceased %1 (not saved)</translation>
    </message>
    <message>
        <source>Deceased %1</source>
        <translation>Deceased %1</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>Relation to head</translation>
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
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Marries in (not saved)</source>
        <extracomment>household card: a marriage into the household entered on the card, not saved yet</extracomment>
        <translation>Marries in (not saved)</translation>
    </message>
    <message>
        <source>Moves to household %1 (not saved)</source>
        <extracomment>household card: a move to another household entered on the card, not saved yet</extracomment>
        <translation>Moves to household %1 (not saved)</translation>
    </message>
    <message>
        <source>Moves out (not saved)</source>
        <extracomment>household card: a move out of the county entered on the card, not saved yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, corrected (not saved)</source>
        <extracomment>household card: corrections of a member entered on the card, not saved yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdContributionModel</name>
    <message>
        <source>Deceased</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>Enrolled for %1 already (household %2)</source>
        <translation>Enrolled for %1 already (household %2)</translation>
    </message>
    <message>
        <source>Enrolled for %1 already (household %2, receipt %3)</source>
        <translation>Enrolled for %1 already (household %2, receipt %3)</translation>
    </message>
    <message>
        <source>No policy is published for scheme year %1: contributions cannot be taken.</source>
        <translation>No policy is published for scheme year %1: contributions cannot be taken.</translation>
    </message>
    <message>
        <source>The %1 policy has no tier %2.</source>
        <translation>The %1 policy has no tier %2.</translation>
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
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Pays</source>
        <extracomment>what the person pays at the counter</extracomment>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Paid by the state</source>
        <translation>Paid by the state</translation>
    </message>
    <message>
        <source>Government subsidy</source>
        <translation>Government subsidy</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>HouseholdEnrollmentModel</name>
    <message>
        <source>Pending</source>
        <extracomment>enrollment status</extracomment>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>enrollment status</extracomment>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Refunded</source>
        <extracomment>enrollment status</extracomment>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Voided</source>
        <extracomment>enrollment status</extracomment>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <extracomment>contribution tier, e.g. 一档</extracomment>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>Scheme year</source>
        <translation>Scheme year</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Personal contribution</source>
        <translation>Personal contribution</translation>
    </message>
    <message>
        <source>Paid by the state</source>
        <extracomment>the personal amount the state paid for a subsidized person (代缴)</extracomment>
        <translation>Paid by the state</translation>
    </message>
    <message>
        <source>Government subsidy</source>
        <translation>Government subsidy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
</context>
<context>
    <name>HouseholdListModel</name>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>Registered poverty</source>
        <translation>Registered poverty</translation>
    </message>
    <message>
        <source>Dibao</source>
        <translation>Dibao</translation>
    </message>
    <message>
        <source>Tekun</source>
        <translation>Tekun</translation>
    </message>
    <message>
        <source>Near-poor</source>
        <translation>Near-poor</translation>
    </message>
    <message>
        <source>Not paid</source>
        <extracomment>household list: no member paid for the year</extracomment>
        <translation>Not paid</translation>
    </message>
    <message>
        <source>%1/%2 paid</source>
        <extracomment>household list: paid members of live members, e.g. 3/4</extracomment>
        <translation>%1/%2 paid</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>Household code</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Head&apos;s id number</source>
        <translation>Head&apos;s id number</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>household list column: live members</extracomment>
        <translation>Members</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Paid for %1</source>
        <extracomment>household list column: paid for the scheme year</extracomment>
        <translation>Paid for %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
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
    <message>
        <source>Household: no such household to move to.</source>
        <translation>Household: no such household to move to.</translation>
    </message>
    <message>
        <source>Household: %1 is in this household already.</source>
        <translation>Household: %1 is in this household already.</translation>
    </message>
    <message>
        <source>Only a live member can move; %1 is not.</source>
        <translation>Only a live member can move; %1 is not.</translation>
    </message>
    <message>
        <source>Relation to head: household %1 has a head already.</source>
        <translation>Relation to head: household %1 has a head already.</translation>
    </message>
    <message>
        <source>%1 is the head of a household with other members: change the head first.</source>
        <translation>%1 is the head of a household with other members: change the head first.</translation>
    </message>
    <message>
        <source>Relation to head: a member who marries in is not the head; change the head after.</source>
        <translation>Relation to head: a member who marries in is not the head; change the head after.</translation>
    </message>
    <message>
        <source>New head: not a member of this household.</source>
        <translation>New head: not a member of this household.</translation>
    </message>
    <message>
        <source>New head: %1 is not a live member.</source>
        <translation>New head: %1 is not a live member.</translation>
    </message>
    <message>
        <source>New head: %1 is the head already.</source>
        <translation>New head: %1 is the head already.</translation>
    </message>
    <message>
        <source>Relation of the former head: pick the relation to the new head.</source>
        <translation>Relation of the former head: pick the relation to the new head.</translation>
    </message>
    <message>
        <source>Relation to head: %1 is the head; make another member the head instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to head: use Make head to make %1 the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village: not a village of this household&apos;s township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a live member can move out; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household: not a household of this person&apos;s township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered poverty</source>
        <translation type="unfinished">Registered poverty</translation>
    </message>
    <message>
        <source>Dibao</source>
        <translation type="unfinished">Dibao</translation>
    </message>
    <message>
        <source>Tekun</source>
        <translation type="unfinished">Tekun</translation>
    </message>
    <message>
        <source>Near-poor</source>
        <translation type="unfinished">Near-poor</translation>
    </message>
    <message>
        <source>Status: %1 is not living, dead or moved out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of death: only for a person whose death is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township: a household stays in its township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household: not a member of this household; make a member the head on the household card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdYearPanel</name>
    <message>
        <source>Household code, head&apos;s name or initials</source>
        <translation>Household code, head&apos;s name or initials</translation>
    </message>
    <message>
        <source>Poverty &amp;household:</source>
        <translation>Poverty &amp;household:</translation>
    </message>
    <message>
        <source>Scheme &amp;year:</source>
        <translation>Scheme &amp;year:</translation>
    </message>
    <message>
        <source>Choose a poverty household on the left.</source>
        <translation>Choose a poverty household on the left.</translation>
    </message>
    <message>
        <source>Relief of the chosen claim</source>
        <translation>Relief of the chosen claim</translation>
    </message>
    <message>
        <source>Members, the year&apos;s totals and the relief caps:</source>
        <translation>Members, the year&apos;s totals and the relief caps:</translation>
    </message>
    <message>
        <source>Settled claims of the year, every layer:</source>
        <translation>Settled claims of the year, every layer:</translation>
    </message>
    <message>
        <source>Household %1 · %2 · %3 · %4</source>
        <translation>Household %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No settled claims in %1 (policy %2).</source>
        <translation>No settled claims in %1 (policy %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n settled claim(s), total cost %2, paid by the scheme %3 (basic %4, critical illness %5, medical assistance %6, poverty relief %7), out of pocket %8. Combined coverage ratio %9. Policy %10.</source>
        <translation>
            <numerusform>%1: %n settled claim, total cost %2, paid by the scheme %3 (basic %4, critical illness %5, medical assistance %6, poverty relief %7), out of pocket %8. Combined coverage ratio %9. Policy %10.</numerusform>
            <numerusform>%1: %n settled claims, total cost %2, paid by the scheme %3 (basic %4, critical illness %5, medical assistance %6, poverty relief %7), out of pocket %8. Combined coverage ratio %9. Policy %10.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, slip %2: %3</source>
        <translation>%1, slip %2: %3</translation>
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
    <message>
        <source>Line on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id number</source>
        <translation type="unfinished">Id number</translation>
    </message>
    <message>
        <source>Name on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household code</source>
        <translation type="unfinished">Household code</translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished">Village</translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished">Township</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished">Enrollment</translation>
    </message>
    <message>
        <source>Insured elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsuredElsewherePage</name>
    <message>
        <source>List of people insured elsewhere (.xlsx or .csv), with id number and name columns</source>
        <extracomment>placeholder of the file of people insured elsewhere (for example the employee-insurance list)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation type="unfinished">&amp;List:</translation>
    </message>
    <message>
        <source>Scheme &amp;year:</source>
        <translation type="unfinished">Scheme &amp;year:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished">&amp;Browse...</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation type="unfinished">E&amp;xport...</translation>
    </message>
    <message>
        <source>&amp;Open household card</source>
        <translation type="unfinished">&amp;Open household card</translation>
    </message>
    <message>
        <source>A person insured elsewhere (for example in the employee insurance) must not be enrolled here as well. Check the list the county sends: every person on it who is enrolled for the year is listed with the household, so that the enrollment can be refunded or the list corrected.</source>
        <extracomment>explanation on the insured-elsewhere tab (重复参保核查)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of people insured elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the overlaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insured-elsewhere-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished">Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>List: choose the file to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on the list: %1; enrolled for %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows without a valid id number: %1 (lines %2).</source>
        <extracomment>%2 lists line numbers of the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between line numbers</comment>
        <translation type="unfinished">, </translation>
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
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>Show the &amp;sync page</source>
        <translation>Show the &amp;sync page</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>sending %1 of %2</source>
        <translation>sending %1 of %2</translation>
    </message>
    <message>
        <source>receiving, %1 record(s)</source>
        <translation>receiving, %1 record(s)</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>checking</translation>
    </message>
    <message>
        <source>syncing (%1)</source>
        <extracomment>status bar: sync is running; %1 says what it is doing</extracomment>
        <translation>syncing (%1)</translation>
    </message>
    <message>
        <source>offline, will retry</source>
        <translation>offline, will retry</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>not set up</translation>
    </message>
    <message>
        <source>last sync failed</source>
        <translation>last sync failed</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>up to date</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>counting changes</source>
        <translation>counting changes</translation>
    </message>
    <message numerus="yes">
        <source>%1 change(s) waiting</source>
        <translation>
            <numerusform>%1 change waiting</numerusform>
            <numerusform>%1 changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation>last success %1</translation>
    </message>
    <message>
        <source>Sync: %1 | %2 | %3</source>
        <extracomment>status bar: sync state, changes waiting to be sent, last successful sync</extracomment>
        <translation>Sync: %1 | %2 | %3</translation>
    </message>
</context>
<context>
    <name>MakerChecker</name>
    <message>
        <source>adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relief payment batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 awaiting approval cannot name an approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new %1 must await approval first; it is decided afterwards by another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 is not a status of a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was decided by a user other than the one named as approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same user made and approved this %1; another user must approve it (two-person review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 was decided already; the decision cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s %2 differs from what was proposed; a decision changes only the decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Registered &amp;poverty</source>
        <translation>Registered &amp;poverty</translation>
    </message>
    <message>
        <source>&amp;Dibao</source>
        <translation>&amp;Dibao</translation>
    </message>
    <message>
        <source>&amp;Tekun</source>
        <translation>&amp;Tekun</translation>
    </message>
    <message>
        <source>N&amp;ear-poor</source>
        <translation>N&amp;ear-poor</translation>
    </message>
    <message>
        <source>Add a household member</source>
        <translation>Add a household member</translation>
    </message>
    <message>
        <source>&amp;Id number:</source>
        <translation>&amp;Id number:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Relation to head:</source>
        <translation>&amp;Relation to head:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>Name: required.</translation>
    </message>
    <message>
        <source>Correct a member&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <extracomment>button of the member dialog: keep the corrections among the card&apos;s pending edits</extracomment>
        <translation type="unfinished"></translation>
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
    <name>OutpatientPage</name>
    <message>
        <source>&amp;Batch certification</source>
        <extracomment>tab of the special-outpatient page: the county&apos;s batch certification (集中认定)</extracomment>
        <translation>&amp;Batch certification</translation>
    </message>
    <message>
        <source>Filing for&amp;m</source>
        <extracomment>tab of the special-outpatient page</extracomment>
        <translation>Filing for&amp;m</translation>
    </message>
    <message>
        <source>Filing &amp;lists</source>
        <extracomment>tab of the special-outpatient page: filings by status, review and submission</extracomment>
        <translation>Filing &amp;lists</translation>
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
    <message>
        <source>Relief &amp;year</source>
        <translation>Relief &amp;year</translation>
    </message>
    <message>
        <source>The household&apos;s health poverty relief year: claims, layers and relief caps</source>
        <translation>The household&apos;s health poverty relief year: claims, layers and relief caps</translation>
    </message>
    <message>
        <source>&amp;Special outpatient, scheme year %1: valid certifications and remaining limits</source>
        <extracomment>heading of the person view&apos;s special-outpatient section; %1 is the scheme year</extracomment>
        <translation>&amp;Special outpatient, scheme year %1: valid certifications and remaining limits</translation>
    </message>
    <message>
        <source>No valid special-outpatient certification.</source>
        <translation>No valid special-outpatient certification.</translation>
    </message>
</context>
<context>
    <name>PolicyCorrection</name>
    <message>
        <source>No policy is published for scheme year %1.</source>
        <translation>No policy is published for scheme year %1.</translation>
    </message>
    <message>
        <source>The policy %1 cannot be read.</source>
        <translation>The policy %1 cannot be read.</translation>
    </message>
    <message>
        <source>The settled claims cannot be read.</source>
        <translation>The settled claims cannot be read.</translation>
    </message>
    <message>
        <source>Person: no such person.</source>
        <translation type="unfinished">Person: no such person.</translation>
    </message>
</context>
<context>
    <name>PolicyCorrectionModel</name>
    <message>
        <source>Awaiting approval</source>
        <extracomment>policy correction: an adjustment waits for a reviewer / none proposed yet</extracomment>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Not proposed</source>
        <translation>Not proposed</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Slip no.</source>
        <translation>Slip no.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date of care</source>
        <translation>Date of care</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <extracomment>column: the policy the amounts in force came from</extracomment>
        <translation>Policy in force</translation>
    </message>
    <message>
        <source>Paid now</source>
        <extracomment>column: all layers paid, now</extracomment>
        <translation>Paid now</translation>
    </message>
    <message>
        <source>Paid if corrected</source>
        <extracomment>column: all layers paid under the corrected policy</extracomment>
        <translation>Paid if corrected</translation>
    </message>
    <message>
        <source>Relief now</source>
        <translation>Relief now</translation>
    </message>
    <message>
        <source>Relief if corrected</source>
        <translation>Relief if corrected</translation>
    </message>
    <message>
        <source>Out of pocket now</source>
        <translation>Out of pocket now</translation>
    </message>
    <message>
        <source>Out of pocket if corrected</source>
        <translation>Out of pocket if corrected</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>column: change of what the scheme pays</extracomment>
        <translation>Change</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PolicyCorrectionPanel</name>
    <message>
        <source>Scheme y&amp;ear:</source>
        <translation>Scheme y&amp;ear:</translation>
    </message>
    <message>
        <source>&amp;Check against the newest policy</source>
        <translation>&amp;Check against the newest policy</translation>
    </message>
    <message>
        <source>When the county publishes a corrected policy for a year, check here which settled claims it would change. Settled amounts change only through adjustments a reviewer approves.</source>
        <translation>When the county publishes a corrected policy for a year, check here which settled claims it would change. Settled amounts change only through adjustments a reviewer approves.</translation>
    </message>
    <message>
        <source>For example: the county&apos;s corrected 2024 policy of 1 July</source>
        <translation>For example: the county&apos;s corrected 2024 policy of 1 July</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Propose adjustments</source>
        <translation>&amp;Propose adjustments</translation>
    </message>
    <message>
        <source>&amp;Approve adjustments</source>
        <translation>&amp;Approve adjustments</translation>
    </message>
    <message>
        <source>Re&amp;ject adjustments…</source>
        <translation>Re&amp;ject adjustments…</translation>
    </message>
    <message>
        <source>Propose adjustments</source>
        <translation>Propose adjustments</translation>
    </message>
    <message>
        <source>Approve adjustments</source>
        <translation>Approve adjustments</translation>
    </message>
    <message>
        <source>Reject adjustments</source>
        <translation>Reject adjustments</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message numerus="yes">
        <source>Policy %1: %n settled claim(s) checked; none would change.</source>
        <translation>
            <numerusform>Policy %1: %n settled claim checked; none would change.</numerusform>
            <numerusform>Policy %1: %n settled claims checked; none would change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Policy %1: %n settled claim(s) checked; %2 would change, the scheme paying %3 in all (%4 awaiting approval). Nothing changes until a reviewer approves the adjustments.</source>
        <translation>
            <numerusform>Policy %1: %n settled claim checked; %2 would change, the scheme paying %3 in all (%4 awaiting approval). Nothing changes until a reviewer approves the adjustments.</numerusform>
            <numerusform>Policy %1: %n settled claims checked; %2 would change, the scheme paying %3 in all (%4 awaiting approval). Nothing changes until a reviewer approves the adjustments.</numerusform>
        </translation>
    </message>
    <message>
        <source>No adjustment proposed by another user is waiting among the chosen claims.</source>
        <translation>No adjustment proposed by another user is waiting among the chosen claims.</translation>
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
    <name>PovertyHouseholdListModel</name>
    <message>
        <source>Household</source>
        <extracomment>column: household code</extracomment>
        <translation>Household</translation>
    </message>
    <message>
        <source>Head</source>
        <extracomment>column: head of household</extracomment>
        <translation>Head</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Poverty persons</source>
        <extracomment>column: registered poverty persons in the household</extracomment>
        <translation>Poverty persons</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>column: persons in the household</extracomment>
        <translation>Members</translation>
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
    <message>
        <source>must be a string or an object of names by language, such as {&quot;zh_CN&quot;: …, &quot;en&quot;: …}</source>
        <translation>must be a string or an object of names by language, such as {&quot;zh_CN&quot;: …, &quot;en&quot;: …}</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinting</name>
    <message>
        <source>Receipt %1 - print preview</source>
        <translation>Receipt %1 - print preview</translation>
    </message>
    <message>
        <source>Print receipt %1</source>
        <translation>Print receipt %1</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>The receipt could not be printed.</source>
        <translation>The receipt could not be printed.</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Save receipt as PDF</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>receipt-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Small receipt (A5)</source>
        <extracomment>paper size of the printed receipt</extracomment>
        <translation>Small receipt (A5)</translation>
    </message>
    <message>
        <source>A4</source>
        <extracomment>paper size of the printed receipt</extracomment>
        <translation>A4</translation>
    </message>
</context>
<context>
    <name>ReceiptRenderer</name>
    <message>
        <source>Contribution receipt %1</source>
        <translation>Contribution receipt %1</translation>
    </message>
    <message>
        <source>File: %1 cannot be written.</source>
        <translation>File: %1 cannot be written.</translation>
    </message>
    <message>
        <source>Resident Basic Medical Insurance Contribution Receipt</source>
        <extracomment>title printed on the contribution receipt</extracomment>
        <translation>Resident Basic Medical Insurance Contribution Receipt</translation>
    </message>
    <message>
        <source>Collected by: %1 medical insurance office</source>
        <translation>Collected by: %1 medical insurance office</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Household code:</source>
        <translation>Household code:</translation>
    </message>
    <message>
        <source>Head of household:</source>
        <translation>Head of household:</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Scheme year:</source>
        <translation>Scheme year:</translation>
    </message>
    <message>
        <source>Payment channel:</source>
        <translation>Payment channel:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Issued:</translation>
    </message>
    <message>
        <source>Persons:</source>
        <translation>Persons:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
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
        <source>Id number</source>
        <translation>Id number</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Personal contribution</source>
        <translation>Personal contribution</translation>
    </message>
    <message>
        <source>Paid by the state</source>
        <translation>Paid by the state</translation>
    </message>
    <message>
        <source>Government subsidy</source>
        <translation>Government subsidy</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Amount paid (in words): %1    (in figures): %2</source>
        <extracomment>receipt: the amount paid, in Chinese capital numerals and in figures</extracomment>
        <translation>Amount paid (in words): %1    (in figures): %2</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>Clerk: %1</translation>
    </message>
    <message>
        <source>Payer (signature):</source>
        <translation>Payer (signature):</translation>
    </message>
    <message>
        <source>Seal of the office:</source>
        <translation>Seal of the office:</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Keep this receipt: it proves the enrollment for the scheme year.</source>
        <translation>Keep this receipt: it proves the enrollment for the scheme year.</translation>
    </message>
</context>
<context>
    <name>ReceiptRequestList</name>
    <message>
        <source>Receipts a clerk asked to void or refund. Approving voids or refunds the receipt and frees its members&apos; enrollments for the year; the clerk who asked cannot approve.</source>
        <translation>Receipts a clerk asked to void or refund. Approving voids or refunds the receipt and frees its members&apos; enrollments for the year; the clerk who asked cannot approve.</translation>
    </message>
    <message>
        <source>Reason for rejecting (required to reject)</source>
        <translation>Reason for rejecting (required to reject)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <extracomment>reviewer&apos;s button: approve the void or refund request</extracomment>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <extracomment>reviewer&apos;s button: reject the void or refund request; the receipt stays issued</extracomment>
        <translation>Re&amp;ject</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting</source>
        <extracomment>count of void and refund requests waiting</extracomment>
        <translation>
            <numerusform>%n request waiting</numerusform>
            <numerusform>%n requests waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a request.</source>
        <translation>Pick a request.</translation>
    </message>
    <message>
        <source>Receipt %1 is voided.</source>
        <translation>Receipt %1 is voided.</translation>
    </message>
    <message>
        <source>Receipt %1 is refunded.</source>
        <translation>Receipt %1 is refunded.</translation>
    </message>
    <message>
        <source>The request is rejected; receipt %1 stays issued.</source>
        <translation>The request is rejected; receipt %1 stays issued.</translation>
    </message>
</context>
<context>
    <name>ReceiptRequestModel</name>
    <message>
        <source>Receipt</source>
        <extracomment>receipt number</extracomment>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>what is requested: void or refund</extracomment>
        <translation>Request</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Scheme year</source>
        <translation>Scheme year</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>Requested at</translation>
    </message>
</context>
<context>
    <name>ReceiptService</name>
    <message>
        <source>Issued</source>
        <extracomment>receipt status</extracomment>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Void requested</source>
        <extracomment>receipt status: a clerk asked to void it, waiting for a reviewer</extracomment>
        <translation>Void requested</translation>
    </message>
    <message>
        <source>Voided</source>
        <extracomment>receipt status</extracomment>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Refund requested</source>
        <extracomment>receipt status: a clerk asked to refund it, waiting for a reviewer</extracomment>
        <translation>Refund requested</translation>
    </message>
    <message>
        <source>Refunded</source>
        <extracomment>receipt status</extracomment>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Cash</source>
        <extracomment>payment channel</extracomment>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Bank card</source>
        <extracomment>payment channel</extracomment>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>Mobile payment</source>
        <extracomment>payment channel: WeChat Pay, Alipay and the like</extracomment>
        <translation>Mobile payment</translation>
    </message>
    <message>
        <source>Paid by the state</source>
        <extracomment>payment channel: the state pays everything</extracomment>
        <translation>Paid by the state</translation>
    </message>
    <message>
        <source>Receipt: no such receipt.</source>
        <translation>Receipt: no such receipt.</translation>
    </message>
    <message>
        <source>Receipt %1 is %2; only an issued receipt can be voided or refunded.</source>
        <translation>Receipt %1 is %2; only an issued receipt can be voided or refunded.</translation>
    </message>
    <message>
        <source>Reason: required to void or refund a receipt.</source>
        <translation>Reason: required to void or refund a receipt.</translation>
    </message>
    <message>
        <source>Reason: at most 200 characters.</source>
        <translation>Reason: at most 200 characters.</translation>
    </message>
    <message>
        <source>Receipt %1 is %2; there is no request to approve.</source>
        <translation>Receipt %1 is %2; there is no request to approve.</translation>
    </message>
    <message>
        <source>The enrollments of the receipt could not be read.</source>
        <translation>The enrollments of the receipt could not be read.</translation>
    </message>
    <message>
        <source>Receipt %1 is %2; there is no request to reject.</source>
        <translation>Receipt %1 is %2; there is no request to reject.</translation>
    </message>
    <message>
        <source>Reason: say why the request is rejected.</source>
        <translation>Reason: say why the request is rejected.</translation>
    </message>
</context>
<context>
    <name>ReconciliationModel</name>
    <message>
        <source>Total</source>
        <extracomment>reconciliation: the total row</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Receipts</source>
        <extracomment>reconciliation column: receipts issued</extracomment>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Persons</source>
        <extracomment>reconciliation column: persons enrolled</extracomment>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Personal contributions</source>
        <translation>Personal contributions</translation>
    </message>
    <message>
        <source>Paid by the state</source>
        <translation>Paid by the state</translation>
    </message>
    <message>
        <source>Government subsidy</source>
        <translation>Government subsidy</translation>
    </message>
    <message>
        <source>Receipts total</source>
        <translation>Receipts total</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>Mobile payment</source>
        <translation>Mobile payment</translation>
    </message>
    <message>
        <source>Voided/refunded</source>
        <extracomment>reconciliation column: receipts voided or refunded</extracomment>
        <translation>Voided/refunded</translation>
    </message>
    <message>
        <source>Voided/refunded amount</source>
        <translation>Voided/refunded amount</translation>
    </message>
    <message>
        <source>Cash total</source>
        <translation>Cash total</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>Print pre&amp;view...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xport...</translation>
    </message>
    <message>
        <source>Export the reconciliation</source>
        <translation>Export the reconciliation</translation>
    </message>
    <message>
        <source>reconciliation-%1-%2.xlsx</source>
        <translation>reconciliation-%1-%2.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>No receipts were issued or voided on these days.</source>
        <translation>No receipts were issued or voided on these days.</translation>
    </message>
    <message numerus="yes">
        <source>Agrees: the personal contributions of %n person(s) equal the %1 of the receipts issued, to the fen.</source>
        <translation>
            <numerusform>Agrees: the personal contribution of %n person equals the %1 of the receipts issued, to the fen.</numerusform>
            <numerusform>Agrees: the personal contributions of %n persons equal the %1 of the receipts issued, to the fen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Does not agree: personal contributions %1, receipts %2. Report this to the township administrator.</source>
        <translation>Does not agree: personal contributions %1, receipts %2. Report this to the township administrator.</translation>
    </message>
    <message>
        <source>%1 contributions: daily reconciliation</source>
        <translation>%1 contributions: daily reconciliation</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Printed %1 by %2.    Checked by: ____________</source>
        <translation>Printed %1 by %2.    Checked by: ____________</translation>
    </message>
</context>
<context>
    <name>ReconciliationReport</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Receipts issued</source>
        <translation>Receipts issued</translation>
    </message>
    <message>
        <source>Persons enrolled</source>
        <translation>Persons enrolled</translation>
    </message>
    <message>
        <source>Personal contributions (yuan)</source>
        <translation>Personal contributions (yuan)</translation>
    </message>
    <message>
        <source>Paid by the state (yuan)</source>
        <translation>Paid by the state (yuan)</translation>
    </message>
    <message>
        <source>Government subsidy (yuan)</source>
        <translation>Government subsidy (yuan)</translation>
    </message>
    <message>
        <source>Receipts total (yuan)</source>
        <translation>Receipts total (yuan)</translation>
    </message>
    <message>
        <source>Cash (yuan)</source>
        <translation>Cash (yuan)</translation>
    </message>
    <message>
        <source>Bank card (yuan)</source>
        <translation>Bank card (yuan)</translation>
    </message>
    <message>
        <source>Mobile payment (yuan)</source>
        <translation>Mobile payment (yuan)</translation>
    </message>
    <message>
        <source>Receipts voided or refunded</source>
        <translation>Receipts voided or refunded</translation>
    </message>
    <message>
        <source>Voided or refunded (yuan)</source>
        <translation>Voided or refunded (yuan)</translation>
    </message>
    <message>
        <source>Cash total (yuan)</source>
        <translation>Cash total (yuan)</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Reconciliation</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>RecordValueFormat</name>
    <message>
        <source>Yes</source>
        <extracomment>a yes/no field of a record</extracomment>
        <translation type="unfinished">Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">No</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>unknown (%1…)</source>
        <extracomment>a record this replica does not hold, shown by the start of its id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>separator between settlement flags</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in yuan, such as 1234.56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date such as 2024-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>which enrollment: person&apos;s name and scheme year
----------
which filing: person&apos;s name and disease</extracomment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <source>%1, discharged %2</source>
        <extracomment>which claim: person&apos;s name and discharge date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (household %2)</source>
        <extracomment>which person: name and household code</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReliefClaimsModel</name>
    <message>
        <source>Refused</source>
        <extracomment>relief claims list: the claim was refused</extracomment>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Adjusted (%1)</source>
        <extracomment>relief claims list: amounts changed by an approved adjustment</extracomment>
        <translation>Adjusted (%1)</translation>
    </message>
    <message>
        <source>Recomputes differently</source>
        <extracomment>relief claims list: recomputing gives other amounts</extracomment>
        <translation>Recomputes differently</translation>
    </message>
    <message>
        <source>Person</source>
        <extracomment>column: insured person</extracomment>
        <translation>Person</translation>
    </message>
    <message>
        <source>Slip no.</source>
        <extracomment>column: settlement slip number</extracomment>
        <translation>Slip no.</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>column: claim kind</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date of care</source>
        <extracomment>column: discharge or visit date</extracomment>
        <translation>Date of care</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>In scope</translation>
    </message>
    <message>
        <source>Basic insurance</source>
        <translation>Basic insurance</translation>
    </message>
    <message>
        <source>Critical illness</source>
        <translation>Critical illness</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>Medical assistance</translation>
    </message>
    <message>
        <source>Poverty relief</source>
        <translation>Poverty relief</translation>
    </message>
    <message>
        <source>Out of pocket</source>
        <translation>Out of pocket</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>column: flags and remarks of a claim</extracomment>
        <translation>Notes</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>relief claims list: between the notes of one claim</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReliefExplanation</name>
    <message>
        <source>inpatient relief cap</source>
        <translation>inpatient relief cap</translation>
    </message>
    <message>
        <source>special-outpatient relief cap</source>
        <translation>special-outpatient relief cap</translation>
    </message>
    <message>
        <source>general-outpatient relief cap</source>
        <translation>general-outpatient relief cap</translation>
    </message>
    <message>
        <source>This claim cannot be recomputed: %1</source>
        <translation>This claim cannot be recomputed: %1</translation>
    </message>
    <message>
        <source>Nothing was paid, so there is no relief.</source>
        <translation>Nothing was paid, so there is no relief.</translation>
    </message>
    <message>
        <source>Not a registered poverty person: no health poverty relief.</source>
        <translation>Not a registered poverty person: no health poverty relief.</translation>
    </message>
    <message>
        <source>Health poverty relief does not cover this kind of claim.</source>
        <translation>Health poverty relief does not cover this kind of claim.</translation>
    </message>
    <message>
        <source>Of the in-scope cost of %1, basic insurance, critical-illness insurance and medical assistance left the person %2.</source>
        <translation>Of the in-scope cost of %1, basic insurance, critical-illness insurance and medical assistance left the person %2.</translation>
    </message>
    <message>
        <source>the in-scope cost</source>
        <translation>the in-scope cost</translation>
    </message>
    <message>
        <source>the total cost</source>
        <translation>the total cost</translation>
    </message>
    <message>
        <source>The personal share is capped at %1 of %2, that is %3; relief pays the %4 above it.</source>
        <translation>The personal share is capped at %1 of %2, that is %3; relief pays the %4 above it.</translation>
    </message>
    <message>
        <source>That is within %1 of %2 (%3), so the share cap asks for no relief.</source>
        <translation>That is within %1 of %2 (%3), so the share cap asks for no relief.</translation>
    </message>
    <message>
        <source>The year&apos;s out-of-pocket is kept at or under %1; relief pays the %2 above it.</source>
        <translation>The year&apos;s out-of-pocket is kept at or under %1; relief pays the %2 above it.</translation>
    </message>
    <message>
        <source>The %1 %2 was already reached on %3: no relief for this claim.</source>
        <translation>The %1 %2 was already reached on %3: no relief for this claim.</translation>
    </message>
    <message>
        <source>Only %1 was left of the %2 %3, so relief is %1 instead of %4; the cap was reached on %5 with this claim.</source>
        <translation>Only %1 was left of the %2 %3, so relief is %1 instead of %4; the cap was reached on %5 with this claim.</translation>
    </message>
    <message>
        <source>This claim used the last of the %1 %2 on %3.</source>
        <translation>This claim used the last of the %1 %2 on %3.</translation>
    </message>
    <message>
        <source>Relief for this claim: %1.</source>
        <translation>Relief for this claim: %1.</translation>
    </message>
    <message>
        <source>Recomputed with policy %1 the claim would get %2 of relief and %3 out of pocket; the amounts in force were not changed.</source>
        <translation>Recomputed with policy %1 the claim would get %2 of relief and %3 out of pocket; the amounts in force were not changed.</translation>
    </message>
</context>
<context>
    <name>ReliefList</name>
    <message>
        <source>Period: give a start date and an end date on or after it.</source>
        <translation>Period: give a start date and an end date on or after it.</translation>
    </message>
    <message>
        <source>The relief list cannot be read.</source>
        <translation>The relief list cannot be read.</translation>
    </message>
</context>
<context>
    <name>ReliefListModel</name>
    <message>
        <source>(not known)</source>
        <extracomment>relief list: no bank account recorded</extracomment>
        <translation>(not known)</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>column: line number</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Household</source>
        <extracomment>column: household code</extracomment>
        <translation>Household</translation>
    </message>
    <message>
        <source>Head</source>
        <extracomment>column: head of household</extracomment>
        <translation>Head</translation>
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
        <source>Claims</source>
        <extracomment>column: number of settled claims</extracomment>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>Medical assistance</translation>
    </message>
    <message>
        <source>Poverty relief</source>
        <translation>Poverty relief</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>column: medical assistance + poverty relief</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation>Account no.</translation>
    </message>
</context>
<context>
    <name>ReliefListPanel</name>
    <message>
        <source>All villages</source>
        <extracomment>relief list: every village of the township</extracomment>
        <translation>All villages</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>&amp;Request payment</source>
        <translation>&amp;Request payment</translation>
    </message>
    <message>
        <source>&amp;Approve: paid</source>
        <translation>&amp;Approve: paid</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>Scheme y&amp;ear:</source>
        <translation>Scheme y&amp;ear:</translation>
    </message>
    <message>
        <source>Settled &amp;from</source>
        <translation>Settled &amp;from</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <extracomment>period: from … to …</extracomment>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Save the relief list as PDF</source>
        <translation>Save the relief list as PDF</translation>
    </message>
    <message>
        <source>relief-list.pdf</source>
        <translation>relief-list.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the relief list</source>
        <translation>Export the relief list</translation>
    </message>
    <message>
        <source>relief-list.xlsx</source>
        <translation>relief-list.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Request payment</source>
        <translation>Request payment</translation>
    </message>
    <message>
        <source>Approve the payment</source>
        <translation>Approve the payment</translation>
    </message>
    <message>
        <source>Mark batch %1 as paid? Its %2 will be recorded as paid out.</source>
        <translation>Mark batch %1 as paid? Its %2 will be recorded as paid out.</translation>
    </message>
    <message>
        <source>Reject the payment</source>
        <translation>Reject the payment</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Unpaid relief</source>
        <extracomment>relief list: what is settled and not yet on a payment batch</extracomment>
        <translation>Unpaid relief</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>all villages</source>
        <translation>all villages</translation>
    </message>
    <message>
        <source>No unpaid medical assistance or poverty relief in this period and village.</source>
        <translation>No unpaid medical assistance or poverty relief in this period and village.</translation>
    </message>
    <message>
        <source>This batch has no lines.</source>
        <translation>This batch has no lines.</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n person(s), %1 claim(s); medical assistance %2, poverty relief %3, together %4 (%5).</source>
        <translation>
            <numerusform>Total: %n person, %1 claim(s); medical assistance %2, poverty relief %3, together %4 (%5).</numerusform>
            <numerusform>Total: %n persons, %1 claim(s); medical assistance %2, poverty relief %3, together %4 (%5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Relief list</source>
        <translation>Relief list</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReliefListRenderer</name>
    <message>
        <source>%1 medical assistance and health poverty relief payment list</source>
        <translation>%1 medical assistance and health poverty relief payment list</translation>
    </message>
    <message>
        <source>Village: %1</source>
        <translation>Village: %1</translation>
    </message>
    <message>
        <source>all villages</source>
        <translation>all villages</translation>
    </message>
    <message>
        <source>Settled: %1</source>
        <translation>Settled: %1</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>Batch: %1</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n person(s)</source>
        <translation>
            <numerusform>Total: %n person</numerusform>
            <numerusform>Total: %n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>Total in words: %1</source>
        <translation>Total in words: %1</translation>
    </message>
    <message>
        <source>Printed %1 by %2.    Prepared by: ____________    Approved by: ____________    Township seal:</source>
        <translation>Printed %1 by %2.    Prepared by: ____________    Approved by: ____________    Township seal:</translation>
    </message>
    <message>
        <source>Relief payment list</source>
        <translation>Relief payment list</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>The PDF could not be written to %1.</translation>
    </message>
</context>
<context>
    <name>ReliefMembersModel</name>
    <message>
        <source>%1 left of %2</source>
        <extracomment>relief cap: what is left of it, and of how much</extracomment>
        <translation>%1 left of %2</translation>
    </message>
    <message>
        <source>%1 (reached %2)</source>
        <extracomment>relief cap: used, left, and the date it was reached</extracomment>
        <translation>%1 (reached %2)</translation>
    </message>
    <message>
        <source>Household</source>
        <extracomment>relief household year: the row that sums the household</extracomment>
        <translation>Household</translation>
    </message>
    <message>
        <source>Registered poverty</source>
        <extracomment>person category</extracomment>
        <translation>Registered poverty</translation>
    </message>
    <message>
        <source>Dibao</source>
        <extracomment>person category</extracomment>
        <translation>Dibao</translation>
    </message>
    <message>
        <source>Tekun</source>
        <extracomment>person category</extracomment>
        <translation>Tekun</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <extracomment>enrollment: not enrolled and paid for the year</extracomment>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <extracomment>column: relation to the head of household</extracomment>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Categories</source>
        <extracomment>column: poverty, dibao, tekun</extracomment>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Claims</source>
        <extracomment>column: number of settled claims</extracomment>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>Paid by the scheme</source>
        <extracomment>column: all layers paid</extracomment>
        <translation>Paid by the scheme</translation>
    </message>
    <message>
        <source>Poverty relief</source>
        <translation>Poverty relief</translation>
    </message>
    <message>
        <source>Out of pocket</source>
        <translation>Out of pocket</translation>
    </message>
    <message>
        <source>Coverage</source>
        <extracomment>column: combined coverage ratio = all layers paid / total cost</extracomment>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Inpatient relief cap</source>
        <extracomment>column: the yearly inpatient relief cap</extracomment>
        <translation>Inpatient relief cap</translation>
    </message>
    <message>
        <source>Special-outpatient relief cap</source>
        <extracomment>column: the yearly special-outpatient relief cap</extracomment>
        <translation>Special-outpatient relief cap</translation>
    </message>
</context>
<context>
    <name>ReliefPage</name>
    <message>
        <source>Poverty &amp;household year</source>
        <extracomment>tab of the relief page</extracomment>
        <translation>Poverty &amp;household year</translation>
    </message>
    <message>
        <source>Relief &amp;list and payment</source>
        <extracomment>tab of the relief page: 救助发放花名册</extracomment>
        <translation>Relief &amp;list and payment</translation>
    </message>
    <message>
        <source>Policy &amp;corrections</source>
        <extracomment>tab of the relief page</extracomment>
        <translation>Policy &amp;corrections</translation>
    </message>
</context>
<context>
    <name>ReliefPaymentService</name>
    <message>
        <source>Awaiting approval</source>
        <extracomment>relief payment batch status: waiting for a reviewer</extracomment>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>relief payment batch status</extracomment>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>relief payment batch status</extracomment>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Relief is paid by a township: sign in with a township account.</source>
        <translation>Relief is paid by a township: sign in with a township account.</translation>
    </message>
    <message>
        <source>Scheme year: not a valid year.</source>
        <translation>Scheme year: not a valid year.</translation>
    </message>
    <message>
        <source>Village: not a village of your township.</source>
        <translation>Village: not a village of your township.</translation>
    </message>
    <message>
        <source>Period: there is no unpaid relief in this period and village.</source>
        <translation>Period: there is no unpaid relief in this period and village.</translation>
    </message>
    <message>
        <source>Relief batch: no such batch.</source>
        <translation>Relief batch: no such batch.</translation>
    </message>
    <message>
        <source>Relief batch %1 is %2; only a batch awaiting approval can be approved.</source>
        <translation>Relief batch %1 is %2; only a batch awaiting approval can be approved.</translation>
    </message>
    <message>
        <source>Relief batch %1 is %2; only a batch awaiting approval can be rejected.</source>
        <translation>Relief batch %1 is %2; only a batch awaiting approval can be rejected.</translation>
    </message>
    <message>
        <source>Reason: say why the batch is rejected.</source>
        <translation>Reason: say why the batch is rejected.</translation>
    </message>
    <message>
        <source>Account number: 8 to 30 digits.</source>
        <translation>Account number: 8 to 30 digits.</translation>
    </message>
    <message>
        <source>Bank: required with an account number.</source>
        <translation>Bank: required with an account number.</translation>
    </message>
    <message>
        <source>Account holder: required with an account number.</source>
        <translation>Account holder: required with an account number.</translation>
    </message>
</context>
<context>
    <name>ReliefYearLoader</name>
    <message>
        <source>Household: no such household.</source>
        <translation>Household: no such household.</translation>
    </message>
    <message>
        <source>The household&apos;s members cannot be read.</source>
        <translation>The household&apos;s members cannot be read.</translation>
    </message>
    <message>
        <source>The persons&apos; facts cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persons&apos; certifications cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persons&apos; claims cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 has an unknown kind, level, location or referral.</source>
        <translation type="unfinished">Claim %1 has an unknown kind, level, location or referral.</translation>
    </message>
    <message>
        <source>The persons&apos; adjustments cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: no such person.</source>
        <translation type="unfinished">Person: no such person.</translation>
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
    <name>RosterImportDialog</name>
    <message>
        <source>Import a roster</source>
        <translation>Import a roster</translation>
    </message>
    <message>
        <source>An .xlsx or .csv file (GBK or UTF-8)</source>
        <translation>An .xlsx or .csv file (GBK or UTF-8)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>Roster &amp;file:</source>
        <translation>Roster &amp;file:</translation>
    </message>
    <message>
        <source>The county&apos;s roster (花名册) of households and persons. The first row with the standard headers (户编号, 户主姓名, 姓名, 公民身份号码, …) is taken as the header; other columns are mapped in the next step.</source>
        <translation>The county&apos;s roster (花名册) of households and persons. The first row with the standard headers (户编号, 户主姓名, 姓名, 公民身份号码, …) is taken as the header; other columns are mapped in the next step.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <extracomment>roster import mapping table: the header text of a column in the file</extracomment>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>Line</source>
        <extracomment>roster import preview: the bad rows&apos; columns</extracomment>
        <translation>Line</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Check the rows &gt;</source>
        <extracomment>roster import: go on from the column mapping to the preview</extracomment>
        <translation>&amp;Check the rows &gt;</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n good row(s)</source>
        <translation>
            <numerusform>&amp;Import %n good row</numerusform>
            <numerusform>&amp;Import %n good rows</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv *.txt)</source>
        <translation>Rosters (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Roster file: pick a file.</source>
        <translation>Roster file: pick a file.</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s) below the header on line %1 (%2). Choose what each column holds; columns marked &quot;not imported&quot; are ignored. The choices are remembered for the next roster.</source>
        <extracomment>roster import: what was read; %2 is the encoding (UTF-8, GBK or xlsx)</extracomment>
        <translation>
            <numerusform>%n data row below the header on line %1 (%2). Choose what each column holds; columns marked &quot;not imported&quot; are ignored. The choices are remembered for the next roster.</numerusform>
            <numerusform>%n data rows below the header on line %1 (%2). Choose what each column holds; columns marked &quot;not imported&quot; are ignored. The choices are remembered for the next roster.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <extracomment>roster import: this column is not imported</extracomment>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>Columns: more than one column is imported as %1.</source>
        <translation>Columns: more than one column is imported as %1.</translation>
    </message>
    <message>
        <source>Columns: no column is imported as %1.</source>
        <translation>Columns: no column is imported as %1.</translation>
    </message>
    <message>
        <source>%1 data rows: %2 bad (listed below, not imported); the good rows add %3 household(s) and %4 person(s), update %5 and leave %6 unchanged. Nothing has been written yet.</source>
        <extracomment>roster import preview; the counts of what the good rows will do</extracomment>
        <translation>%1 data rows: %2 bad (listed below, not imported); the good rows add %3 household(s) and %4 person(s), update %5 and leave %6 unchanged. Nothing has been written yet.</translation>
    </message>
    <message>
        <source>&amp;Stop the import</source>
        <extracomment>roster import: stop the running import; nothing is kept</extracomment>
        <translation>&amp;Stop the import</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was written: the replica is as it was before.</source>
        <translation>The import was stopped. Nothing was written: the replica is as it was before.</translation>
    </message>
    <message>
        <source>Imported %1 person(s) (%2 new household(s)); %3 unchanged; %4 bad row(s) left out.</source>
        <translation>Imported %1 person(s) (%2 new household(s)); %3 unchanged; %4 bad row(s) left out.</translation>
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
    <name>SettlementPanel</name>
    <message>
        <source>Settlement (live)</source>
        <translation>Settlement (live)</translation>
    </message>
    <message>
        <source>In-scope cost</source>
        <extracomment>settlement layer: total − fully self-paid − category-B co-payment</extracomment>
        <translation>In-scope cost</translation>
    </message>
    <message>
        <source>Deductible</source>
        <extracomment>settlement: the deductible applied to this claim</extracomment>
        <translation>Deductible</translation>
    </message>
    <message>
        <source>Basic insurance</source>
        <translation>Basic insurance</translation>
    </message>
    <message>
        <source>Critical-illness insurance</source>
        <translation>Critical-illness insurance</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>Medical assistance</translation>
    </message>
    <message>
        <source>Health poverty relief</source>
        <translation>Health poverty relief</translation>
    </message>
    <message>
        <source>Paid by the scheme</source>
        <extracomment>settlement: all layers together</extracomment>
        <translation>Paid by the scheme</translation>
    </message>
    <message>
        <source>Out of pocket</source>
        <extracomment>settlement: what the person pays</extracomment>
        <translation>Out of pocket</translation>
    </message>
    <message>
        <source>%1 total − %2 fully self-paid − %3 category-B co-payment</source>
        <translation>%1 total − %2 fully self-paid − %3 category-B co-payment</translation>
    </message>
    <message>
        <source>The claim is refused: the person pays all of it.</source>
        <translation>The claim is refused: the person pays all of it.</translation>
    </message>
    <message>
        <source>Policy deductible %1</source>
        <translation>Policy deductible %1</translation>
    </message>
    <message>
        <source>, waived</source>
        <translation>, waived</translation>
    </message>
    <message>
        <source> × %1</source>
        <translation> × %1</translation>
    </message>
    <message>
        <source> (yearly, shared by the disease category)</source>
        <translation> (yearly, shared by the disease category)</translation>
    </message>
    <message>
        <source>(%1 − %2) × %3</source>
        <translation>(%1 − %2) × %3</translation>
    </message>
    <message>
        <source>; ratio %1 adjusted to %2</source>
        <translation>; ratio %1 adjusted to %2</translation>
    </message>
    <message>
        <source>per-visit limit %1</source>
        <translation>per-visit limit %1</translation>
    </message>
    <message>
        <source>yearly outpatient limit, %1 left</source>
        <translation>yearly outpatient limit, %1 left</translation>
    </message>
    <message>
        <source>the disease&apos;s yearly limit, %1 left</source>
        <translation>the disease&apos;s yearly limit, %1 left</translation>
    </message>
    <message>
        <source>yearly cap, %1 left</source>
        <translation>yearly cap, %1 left</translation>
    </message>
    <message>
        <source>; limited by %1 (uncapped %2)</source>
        <translation>; limited by %1 (uncapped %2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: threshold %2, the year&apos;s basis %3 → %4</source>
        <translation>%1: threshold %2, the year&apos;s basis %3 → %4</translation>
    </message>
    <message>
        <source>; yearly cap reached (%1 left)</source>
        <translation>; yearly cap reached (%1 left)</translation>
    </message>
    <message>
        <source>Does not apply to this kind of claim.</source>
        <translation>Does not apply to this kind of claim.</translation>
    </message>
    <message>
        <source>%1: %2 of what is left above the yearly threshold %3</source>
        <translation>%1: %2 of what is left above the yearly threshold %3</translation>
    </message>
    <message>
        <source>Registered poverty</source>
        <translation>Registered poverty</translation>
    </message>
    <message>
        <source>Dibao</source>
        <translation>Dibao</translation>
    </message>
    <message>
        <source>Tekun</source>
        <translation>Tekun</translation>
    </message>
    <message>
        <source>Near-poor</source>
        <translation>Near-poor</translation>
    </message>
    <message>
        <source>Only for dibao, tekun and registered poverty persons.</source>
        <translation>Only for dibao, tekun and registered poverty persons.</translation>
    </message>
    <message>
        <source>%1: the person keeps at most %2 (requires %3)</source>
        <translation>%1: the person keeps at most %2 (requires %3)</translation>
    </message>
    <message>
        <source>yearly out-of-pocket ceiling %1, %2 borne so far (requires %3)</source>
        <translation>yearly out-of-pocket ceiling %1, %2 borne so far (requires %3)</translation>
    </message>
    <message>
        <source>; yearly relief cap reached (%1 left)</source>
        <translation>; yearly relief cap reached (%1 left)</translation>
    </message>
    <message>
        <source>Only for registered poverty persons, inpatient and special outpatient.</source>
        <translation>Only for registered poverty persons, inpatient and special outpatient.</translation>
    </message>
    <message>
        <source>Combined coverage %1 of the total</source>
        <translation>Combined coverage %1 of the total</translation>
    </message>
    <message>
        <source>Total − paid by the scheme</source>
        <translation>Total − paid by the scheme</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>settlement panel: &quot;&lt;the policy row&apos;s name&gt;: &lt;why&gt;&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>settlement panel: between the reasons of the poverty-relief layer</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettlementSlipRenderer</name>
    <message>
        <source>Manual reimbursement settlement slip (reversal)</source>
        <translation>Manual reimbursement settlement slip (reversal)</translation>
    </message>
    <message>
        <source>Manual reimbursement settlement slip</source>
        <translation>Manual reimbursement settlement slip</translation>
    </message>
    <message>
        <source>COPY</source>
        <extracomment>printed on a reprinted slip</extracomment>
        <translation>COPY</translation>
    </message>
    <message>
        <source>Township: %1</source>
        <translation>Township: %1</translation>
    </message>
    <message>
        <source>Slip no.: %1</source>
        <translation>Slip no.: %1</translation>
    </message>
    <message>
        <source>Insured person and bill</source>
        <translation>Insured person and bill</translation>
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
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Level, place</source>
        <translation>Level, place</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>Disease</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Cost and settlement (yuan)</source>
        <translation>Cost and settlement (yuan)</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>Fully self-paid</source>
        <translation>Fully self-paid</translation>
    </message>
    <message>
        <source>Category-B co-payment</source>
        <translation>Category-B co-payment</translation>
    </message>
    <message>
        <source>In-scope cost</source>
        <translation>In-scope cost</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>Deductible</translation>
    </message>
    <message>
        <source>Basic insurance</source>
        <translation>Basic insurance</translation>
    </message>
    <message>
        <source>Critical illness</source>
        <translation>Critical illness</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>Medical assistance</translation>
    </message>
    <message>
        <source>Poverty relief</source>
        <translation>Poverty relief</translation>
    </message>
    <message>
        <source>Paid in all</source>
        <translation>Paid in all</translation>
    </message>
    <message>
        <source>Out of pocket</source>
        <translation>Out of pocket</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Paid (in words)</source>
        <extracomment>amount in Chinese capital numerals</extracomment>
        <translation>Paid (in words)</translation>
    </message>
    <message>
        <source>Out of pocket (in words)</source>
        <translation>Out of pocket (in words)</translation>
    </message>
    <message>
        <source>The scheme year after this settlement</source>
        <translation>The scheme year after this settlement</translation>
    </message>
    <message>
        <source>Basic paid</source>
        <translation>Basic paid</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Basic cap left</source>
        <translation>Basic cap left</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>no cap</translation>
    </message>
    <message>
        <source>Relief cap left</source>
        <translation>Relief cap left</translation>
    </message>
    <message>
        <source>Reverses slip %1. Reason: %2</source>
        <translation>Reverses slip %1. Reason: %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>%1, version %2, SHA-256 %3</source>
        <translation>%1, version %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>Clerk: %1</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>Reviewer: %1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Printed: %1</translation>
    </message>
    <message>
        <source>Insured person (signature):</source>
        <translation>Insured person (signature):</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Settlement slip %1</source>
        <translation>Settlement slip %1</translation>
    </message>
    <message>
        <source>The slip cannot be written to %1.</source>
        <translation>The slip cannot be written to %1.</translation>
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
    <name>SpecialOutpatientLimitModel</name>
    <message>
        <source>No policy is published for %1: the yearly limits are not known.</source>
        <translation>No policy is published for %1: the yearly limits are not known.</translation>
    </message>
    <message>
        <source>Not enrolled and paid for %1: special-outpatient claims of that year are refused.</source>
        <translation>Not enrolled and paid for %1: special-outpatient claims of that year are refused.</translation>
    </message>
    <message>
        <source>The certifications cannot be read.</source>
        <translation>The certifications cannot be read.</translation>
    </message>
    <message>
        <source>open-ended</source>
        <extracomment>a certification with no end date</extracomment>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>special-outpatient limit: the policy sets no yearly limit (or it is not known)</extracomment>
        <translation>none</translation>
    </message>
    <message>
        <source>Certified disease</source>
        <extracomment>special-outpatient limits of a person: the certified disease</extracomment>
        <translation>Certified disease</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>Yearly limit</source>
        <extracomment>the disease&apos;s yearly limit (年度限额) for this person</extracomment>
        <translation>Yearly limit</translation>
    </message>
    <message>
        <source>Used this year</source>
        <extracomment>basic insurance paid against the limit so far this scheme year</extracomment>
        <translation>Used this year</translation>
    </message>
    <message>
        <source>Remaining</source>
        <extracomment>what is left of the yearly limit</extracomment>
        <translation>Remaining</translation>
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
    <name>SyncApi</name>
    <message>
        <source>hello needs the client&apos;s protocol and schema numbers.</source>
        <translation>hello needs the client&apos;s protocol and schema numbers.</translation>
    </message>
    <message>
        <source>This workstation&apos;s Jingban speaks sync protocol %1 (schema %2); the county server needs protocol %3 and schema %4 at least. Install the newer Jingban, then sync again.</source>
        <translation>This workstation&apos;s Jingban speaks sync protocol %1 (schema %2); the county server needs protocol %3 and schema %4 at least. Install the newer Jingban, then sync again.</translation>
    </message>
    <message>
        <source>This workstation&apos;s Jingban (protocol %1, schema %2) is newer than the county server (protocol %3, schema %4). The county must upgrade jingban-county first.</source>
        <translation>This workstation&apos;s Jingban (protocol %1, schema %2) is newer than the county server (protocol %3, schema %4). The county must upgrade jingban-county first.</translation>
    </message>
    <message>
        <source>No such API path: %1</source>
        <translation>No such API path: %1</translation>
    </message>
    <message>
        <source>%1 takes %2.</source>
        <translation>%1 takes %2.</translation>
    </message>
    <message>
        <source>The workstation credential is unknown, wrong or revoked.</source>
        <translation>The workstation credential is unknown, wrong or revoked.</translation>
    </message>
    <message>
        <source>Sync protocol %1 is not spoken here (the county server speaks %2 to %3).</source>
        <translation>Sync protocol %1 is not spoken here (the county server speaks %2 to %3).</translation>
    </message>
    <message>
        <source>The push body is not a JSON object.</source>
        <translation>The push body is not a JSON object.</translation>
    </message>
    <message>
        <source>Schema %1 is not accepted (the county server accepts %2 to %3).</source>
        <translation>Schema %1 is not accepted (the county server accepts %2 to %3).</translation>
    </message>
    <message>
        <source>pull needs a cursor number and an optional limit number.</source>
        <translation>pull needs a cursor number and an optional limit number.</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The replica is busy or read-only: %1</source>
        <translation>The replica is busy or read-only: %1</translation>
    </message>
    <message>
        <source>The %1 record %2 from the county could not be written: %3</source>
        <translation>The %1 record %2 from the county could not be written: %3</translation>
    </message>
    <message>
        <source>The audit entry could not be written: %1</source>
        <translation>The audit entry could not be written: %1</translation>
    </message>
    <message>
        <source>The server answered operation %1 with an unknown status %2.</source>
        <translation>The server answered operation %1 with an unknown status %2.</translation>
    </message>
    <message>
        <source>The conflict could not be kept: %1</source>
        <translation>The conflict could not be kept: %1</translation>
    </message>
    <message>
        <source>The outbox could not be marked: %1</source>
        <translation>The outbox could not be marked: %1</translation>
    </message>
    <message>
        <source>The push results could not be saved: %1</source>
        <translation>The push results could not be saved: %1</translation>
    </message>
    <message>
        <source>The server&apos;s pull answer has no changes or cursor.</source>
        <translation>The server&apos;s pull answer has no changes or cursor.</translation>
    </message>
    <message>
        <source>The server sent a change of an unknown kind %1.</source>
        <translation>The server sent a change of an unknown kind %1.</translation>
    </message>
    <message>
        <source>The pulled changes could not be saved: %1</source>
        <translation>The pulled changes could not be saved: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows here, %3 at the county, and they differ.</source>
        <translation>%1: %2 rows here, %3 at the county, and they differ.</translation>
    </message>
    <message>
        <source>Conflict: no such conflict.</source>
        <translation>Conflict: no such conflict.</translation>
    </message>
    <message>
        <source>Conflict: already resolved.</source>
        <translation>Conflict: already resolved.</translation>
    </message>
    <message>
        <source>A reviewer resolves sync conflicts.</source>
        <translation>A reviewer resolves sync conflicts.</translation>
    </message>
    <message>
        <source>Resolution: keep the server&apos;s version or the local one.</source>
        <translation>Resolution: keep the server&apos;s version or the local one.</translation>
    </message>
    <message>
        <source>The conflict could not be closed: %1</source>
        <translation>The conflict could not be closed: %1</translation>
    </message>
</context>
<context>
    <name>SyncConflictEditDelegate</name>
    <message>
        <source>yyyy-mm-dd</source>
        <extracomment>how to type a date in a conflict&apos;s edited version</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 1234.56</source>
        <extracomment>how to type an amount in a conflict&apos;s edited version</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncConflictFieldsModel</name>
    <message>
        <source>Field</source>
        <extracomment>column of a conflict&apos;s two versions</extracomment>
        <translation>Field</translation>
    </message>
    <message>
        <source>This workstation&apos;s edit</source>
        <extracomment>column of a conflict&apos;s two versions</extracomment>
        <translation>This workstation&apos;s edit</translation>
    </message>
    <message>
        <source>The county&apos;s version</source>
        <extracomment>column of a conflict&apos;s two versions</extracomment>
        <translation>The county&apos;s version</translation>
    </message>
    <message>
        <source>Will stand (editable)</source>
        <extracomment>column of a conflict&apos;s two versions: what will be kept (editable)</extracomment>
        <translation>Will stand (editable)</translation>
    </message>
    <message>
        <source>Stored as: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncConflictModel</name>
    <message>
        <source>Waiting for a reviewer</source>
        <extracomment>state of a sync conflict</extracomment>
        <translation>Waiting for a reviewer</translation>
    </message>
    <message>
        <source>The county&apos;s version stands</source>
        <translation>The county&apos;s version stands</translation>
    </message>
    <message>
        <source>This workstation&apos;s version stands</source>
        <translation>This workstation&apos;s version stands</translation>
    </message>
    <message>
        <source>An edited version stands</source>
        <translation>An edited version stands</translation>
    </message>
    <message>
        <source>Found at</source>
        <extracomment>column of the conflicts list</extracomment>
        <translation>Found at</translation>
    </message>
    <message>
        <source>Record</source>
        <extracomment>column of the conflicts list: kind of record</extracomment>
        <translation>Record</translation>
    </message>
    <message>
        <source>Which</source>
        <extracomment>column of the conflicts list: the record&apos;s code or name</extracomment>
        <translation>Which</translation>
    </message>
    <message>
        <source>Changed here by</source>
        <extracomment>column of the conflicts list: who made the local edit</extracomment>
        <translation>Changed here by</translation>
    </message>
    <message>
        <source>What happened</source>
        <extracomment>column of the conflicts list</extracomment>
        <translation>What happened</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>column of the conflicts list</extracomment>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>SyncConflictsView</name>
    <message>
        <source>Show &amp;resolved conflicts too</source>
        <translation>Show &amp;resolved conflicts too</translation>
    </message>
    <message>
        <source>Keep the c&amp;ounty&apos;s version</source>
        <translation>Keep the c&amp;ounty&apos;s version</translation>
    </message>
    <message>
        <source>Keep &amp;this workstation&apos;s version</source>
        <translation>Keep &amp;this workstation&apos;s version</translation>
    </message>
    <message>
        <source>Save the e&amp;dited version</source>
        <translation>Save the e&amp;dited version</translation>
    </message>
    <message>
        <source>A reviewer decides which version stands; you can look at the conflicts here.</source>
        <translation>A reviewer decides which version stands; you can look at the conflicts here.</translation>
    </message>
    <message>
        <source>No conflicts: everything this workstation sent was taken by the county.</source>
        <translation>No conflicts: everything this workstation sent was taken by the county.</translation>
    </message>
    <message>
        <source>someone on this workstation</source>
        <translation>someone on this workstation</translation>
    </message>
    <message>
        <source>%1 %2 was changed here by %3 (on version %4) while the county already had version %5. The county&apos;s version stands until a reviewer decides. %6 field(s) differ.</source>
        <translation>%1 %2 was changed here by %3 (on version %4) while the county already had version %5. The county&apos;s version stands until a reviewer decides. %6 field(s) differ.</translation>
    </message>
    <message>
        <source>The county said: %1</source>
        <translation>The county said: %1</translation>
    </message>
    <message>
        <source>The county&apos;s version stands; the conflict is closed.</source>
        <translation>The county&apos;s version stands; the conflict is closed.</translation>
    </message>
    <message>
        <source>This workstation&apos;s version was written again; it is sent to the county at the next sync.</source>
        <translation>This workstation&apos;s version was written again; it is sent to the county at the next sync.</translation>
    </message>
    <message>
        <source>The edited version was written; it is sent to the county at the next sync.</source>
        <translation>The edited version was written; it is sent to the county at the next sync.</translation>
    </message>
    <message>
        <source>Alt+O: the county&apos;s version stands; nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+T: this workstation&apos;s version is written again and sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+D or Ctrl+Enter: the values under &quot;Will stand&quot; are written and sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on a conflict goes to its fields; F2 or typing changes the value that will stand; Ctrl+Enter saves the edited version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncHistory</name>
    <message>
        <source>Done: this workstation and the county agree</source>
        <translation>Done: this workstation and the county agree</translation>
    </message>
    <message>
        <source>Done, but some records still differ from the county</source>
        <translation>Done, but some records still differ from the county</translation>
    </message>
    <message>
        <source>Stopped: no connection to the county server</source>
        <translation>Stopped: no connection to the county server</translation>
    </message>
    <message>
        <source>Stopped: the county server&apos;s certificate is not trusted</source>
        <translation>Stopped: the county server&apos;s certificate is not trusted</translation>
    </message>
    <message>
        <source>Stopped: the county refused this workstation&apos;s credential</source>
        <translation>Stopped: the county refused this workstation&apos;s credential</translation>
    </message>
    <message>
        <source>Stopped: this Jingban and the county server are of different versions</source>
        <translation>Stopped: this Jingban and the county server are of different versions</translation>
    </message>
    <message>
        <source>Sync is not set up</source>
        <translation>Sync is not set up</translation>
    </message>
    <message>
        <source>Stopped: the county server had a problem</source>
        <translation>Stopped: the county server had a problem</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
</context>
<context>
    <name>SyncHistoryModel</name>
    <message>
        <source>Automatic</source>
        <extracomment>how a sync run was started</extracomment>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>%1 refused, %2 conflicts</source>
        <translation>%1 refused, %2 conflicts</translation>
    </message>
    <message>
        <source>Started</source>
        <extracomment>column of the sync history</extracomment>
        <translation>Started</translation>
    </message>
    <message>
        <source>How</source>
        <extracomment>column of the sync history</extracomment>
        <translation>How</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>column of the sync history</extracomment>
        <translation>Result</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>column of the sync history: changes sent to the county</extracomment>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>column of the sync history: records received from the county</extracomment>
        <translation>Received</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>column of the sync history</extracomment>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>column of the sync history</extracomment>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>SyncOutboxModel</name>
    <message>
        <source>Made at</source>
        <extracomment>column of the sync page&apos;s list of changes</extracomment>
        <translation>Made at</translation>
    </message>
    <message>
        <source>Record</source>
        <extracomment>column of the sync page&apos;s list of changes</extracomment>
        <translation>Record</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>column of the sync page&apos;s list of changes</extracomment>
        <translation>Change</translation>
    </message>
    <message>
        <source>Which</source>
        <extracomment>column of the sync page&apos;s list of changes: the record&apos;s code or name</extracomment>
        <translation>Which</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>column of the sync page&apos;s list of changes</extracomment>
        <translation>By</translation>
    </message>
    <message>
        <source>Why the county refused it</source>
        <extracomment>column of the sync page&apos;s list of refused changes</extracomment>
        <translation>Why the county refused it</translation>
    </message>
</context>
<context>
    <name>SyncPackage</name>
    <message>
        <source>The cryptography library is not available.</source>
        <translation>The cryptography library is not available.</translation>
    </message>
    <message>
        <source>The workstation&apos;s signing key could not be stored in the replica.</source>
        <translation>The workstation&apos;s signing key could not be stored in the replica.</translation>
    </message>
    <message>
        <source>The package was altered or damaged; it was not imported.</source>
        <translation>The package was altered or damaged; it was not imported.</translation>
    </message>
    <message>
        <source>The package file is empty; it was not imported.</source>
        <translation>The package file is empty; it was not imported.</translation>
    </message>
    <message>
        <source>The package file is incomplete (cut off after %1 bytes); it was not imported. Copy the whole file again.</source>
        <translation>The package file is incomplete (cut off after %1 bytes); it was not imported. Copy the whole file again.</translation>
    </message>
    <message>
        <source>The file is not a Jingban package; it was not imported.</source>
        <translation>The file is not a Jingban package; it was not imported.</translation>
    </message>
    <message>
        <source>The package speaks sync protocol %1; this program speaks %2. Install the same Jingban version on both sides.</source>
        <translation>The package speaks sync protocol %1; this program speaks %2. Install the same Jingban version on both sides.</translation>
    </message>
    <message>
        <source>The package is signed by a key this county does not know; it was not imported.</source>
        <translation>The package is signed by a key this county does not know; it was not imported.</translation>
    </message>
    <message>
        <source>The answer is signed by a key that is not the county&apos;s; it was not imported.</source>
        <translation>The answer is signed by a key that is not the county&apos;s; it was not imported.</translation>
    </message>
    <message>
        <source>This is an answer package; the county imports push packages.</source>
        <translation>This is an answer package; the county imports push packages.</translation>
    </message>
    <message>
        <source>This is a push package; the workstation imports the county&apos;s answer.</source>
        <translation>This is a push package; the workstation imports the county&apos;s answer.</translation>
    </message>
    <message>
        <source>Credential: the credential file has no credential_id.</source>
        <translation>Credential: the credential file has no credential_id.</translation>
    </message>
    <message>
        <source>The workstation&apos;s credential was revoked; the package was not imported.</source>
        <translation>The workstation&apos;s credential was revoked; the package was not imported.</translation>
    </message>
    <message>
        <source>The package was written by a replica of schema %1; the county server accepts schema %2 to %3. Upgrade the older side, then export again.</source>
        <translation>The package was written by a replica of schema %1; the county server accepts schema %2 to %3. Upgrade the older side, then export again.</translation>
    </message>
    <message>
        <source>The package has no operations or cursor; it was not imported.</source>
        <translation>The package has no operations or cursor; it was not imported.</translation>
    </message>
    <message>
        <source>The credential file has no county_public_key; ask the county for a new credential file.</source>
        <translation>The credential file has no county_public_key; ask the county for a new credential file.</translation>
    </message>
    <message>
        <source>This answer is for another workstation&apos;s credential; it was not imported.</source>
        <translation>This answer is for another workstation&apos;s credential; it was not imported.</translation>
    </message>
    <message>
        <source>This answer package was imported before; nothing was changed.</source>
        <translation>This answer package was imported before; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync &amp;now (F9)</source>
        <extracomment>the F9 key is the shortcut (set in the main window&apos;s Sync menu)</extracomment>
        <translation>Sync &amp;now (F9)</translation>
    </message>
    <message>
        <source>Sync &amp;settings...</source>
        <translation>Sync &amp;settings...</translation>
    </message>
    <message>
        <source>The township administrator sets the county server and the workstation credential.</source>
        <translation>The township administrator sets the county server and the workstation credential.</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Waiting to be sent:</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Last successful sync:</translation>
    </message>
    <message>
        <source>County server:</source>
        <translation>County server:</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>not set up</translation>
    </message>
    <message numerus="yes">
        <source>automatic sync every %n minute(s)</source>
        <translation>
            <numerusform>automatic sync every %n minute</numerusform>
            <numerusform>automatic sync every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>automatic sync is off</source>
        <translation>automatic sync is off</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>&amp;Waiting to be sent</source>
        <extracomment>tab of the sync page</extracomment>
        <translation>&amp;Waiting to be sent</translation>
    </message>
    <message>
        <source>Re&amp;fused by the county (%1)</source>
        <extracomment>tab of the sync page: operations the county refused</extracomment>
        <translation>Re&amp;fused by the county (%1)</translation>
    </message>
    <message>
        <source>Re&amp;fused by the county</source>
        <translation>Re&amp;fused by the county</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <extracomment>tab of the sync page</extracomment>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <extracomment>tab of the sync page</extracomment>
        <translation>&amp;Conflicts (%1)</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflicts</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Syncing...</translation>
    </message>
    <message>
        <source>Connecting to the county server...</source>
        <translation>Connecting to the county server...</translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2</source>
        <translation>Sending changes: %1 of %2</translation>
    </message>
    <message>
        <source>Receiving changes from the county: %1 record(s)</source>
        <translation>Receiving changes from the county: %1 record(s)</translation>
    </message>
    <message>
        <source>Checking that both sides agree...</source>
        <translation>Checking that both sides agree...</translation>
    </message>
    <message>
        <source>sent %1, received %2</source>
        <translation>sent %1, received %2</translation>
    </message>
    <message>
        <source>counting...</source>
        <translation>counting...</translation>
    </message>
    <message numerus="yes">
        <source>%1 change(s)</source>
        <translation>
            <numerusform>%1 change</numerusform>
            <numerusform>%1 changes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export a package...</source>
        <extracomment>sync page: offline sync, the pending changes written to a signed file carried to the county</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a network: write the changes waiting to be sent to a signed package file and carry it to the county office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jingban-changes-%1.jbpkg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jingban package (*.jbpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import the county&apos;s answer...</source>
        <extracomment>sync page: offline sync, the county&apos;s signed answer to a package</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the county&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package key of this workstation:</source>
        <extracomment>sync page: the workstation&apos;s public key the county registers for package files</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package: this workstation has no credential yet; the township administrator reads it in under Sync settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package: %1 cannot be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent written to %1. Carry the file to the county office; the changes stay waiting until its answer is imported here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Package: a sync is running; import the answer when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package: the workstation credential (with the county&apos;s key) is not set; the township administrator reads it in under Sync settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package: %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The county&apos;s answer is imported: %1 change(s) applied, %2 applied before, %3 refused, %4 conflict(s); %5 change(s) from the county written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>sync page: the county server&apos;s address (or &quot;not set up&quot;); how often sync runs by itself</extracomment>
        <translation type="unfinished">%1: %2 {1;?}</translation>
    </message>
    <message>
        <source>Workstation number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in this workstation&apos;s receipt, slip and relief batch numbers, e.g. %2-%1-0000123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet: receipts and slips are numbered without one until this workstation has synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncProtocol</name>
    <message>
        <source>Unknown record kind %1.</source>
        <translation>Unknown record kind %1.</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>The county server did not answer: %1</source>
        <translation>The county server did not answer: %1</translation>
    </message>
    <message>
        <source>The county server answered %1: %2</source>
        <translation>The county server answered %1: %2</translation>
    </message>
    <message>
        <source>The county server answered none of the %1 operations sent.</source>
        <translation>The county server answered none of the %1 operations sent.</translation>
    </message>
</context>
<context>
    <name>SyncServerStore</name>
    <message>
        <source>Database: give sqlite:PATH or postgresql://user@host/name, not %1.</source>
        <translation>Database: give sqlite:PATH or postgresql://user@host/name, not %1.</translation>
    </message>
    <message>
        <source>Cannot open the server database %1: %2</source>
        <translation>Cannot open the server database %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the server database: %1</source>
        <translation>Cannot prepare the server database: %1</translation>
    </message>
    <message>
        <source>The server database has schema %1, made by a newer jingban-county; this one knows %2.</source>
        <translation>The server database has schema %1, made by a newer jingban-county; this one knows %2.</translation>
    </message>
    <message>
        <source>The server database is busy.</source>
        <translation>The server database is busy.</translation>
    </message>
    <message>
        <source>Server migration %1 failed, nothing of it was applied: %2</source>
        <translation>Server migration %1 failed, nothing of it was applied: %2</translation>
    </message>
    <message>
        <source>Server migration %1 could not be recorded.</source>
        <translation>Server migration %1 could not be recorded.</translation>
    </message>
    <message>
        <source>The %1 record could not be written: %2</source>
        <translation>The %1 record could not be written: %2</translation>
    </message>
    <message>
        <source>Township: county code, code and name are required.</source>
        <translation>Township: county code, code and name are required.</translation>
    </message>
    <message>
        <source>Township code %1 exists.</source>
        <translation>Township code %1 exists.</translation>
    </message>
    <message>
        <source>Township: no township with code %1.</source>
        <translation>Township: no township with code %1.</translation>
    </message>
    <message>
        <source>Village: code and name are required.</source>
        <translation>Village: code and name are required.</translation>
    </message>
    <message>
        <source>Role: unknown role %1.</source>
        <translation>Role: unknown role %1.</translation>
    </message>
    <message>
        <source>Password: at least 8 characters.</source>
        <translation>Password: at least 8 characters.</translation>
    </message>
    <message>
        <source>Login: %1 is taken.</source>
        <translation>Login: %1 is taken.</translation>
    </message>
    <message>
        <source>Scope: township or county.</source>
        <translation>Scope: township or county.</translation>
    </message>
    <message>
        <source>The random number generator is not available.</source>
        <translation>The random number generator is not available.</translation>
    </message>
    <message>
        <source>The credential could not be stored: %1</source>
        <translation>The credential could not be stored: %1</translation>
    </message>
    <message>
        <source>Credential %1: unknown or already revoked.</source>
        <translation>Credential %1: unknown or already revoked.</translation>
    </message>
    <message>
        <source>Only the county writes %1 records.</source>
        <translation>Only the county writes %1 records.</translation>
    </message>
    <message>
        <source>Only a township writes %1 records.</source>
        <translation>Only a township writes %1 records.</translation>
    </message>
    <message>
        <source>This record belongs to another township.</source>
        <translation>This record belongs to another township.</translation>
    </message>
    <message>
        <source>The person belongs to another township.</source>
        <translation>The person belongs to another township.</translation>
    </message>
    <message>
        <source>The household belongs to another township.</source>
        <translation>The household belongs to another township.</translation>
    </message>
    <message>
        <source>The claim belongs to another township.</source>
        <translation>The claim belongs to another township.</translation>
    </message>
    <message>
        <source>The county decides on submitted filings only, and changes only the decision.</source>
        <translation>The county decides on submitted filings only, and changes only the decision.</translation>
    </message>
    <message>
        <source>A filing submitted to the county is no longer the township&apos;s to change.</source>
        <translation>A filing submitted to the county is no longer the township&apos;s to change.</translation>
    </message>
    <message>
        <source>The user who made this change is unknown to the county or inactive.</source>
        <translation>The user who made this change is unknown to the county or inactive.</translation>
    </message>
    <message>
        <source>The user who made this change does not belong to this workstation&apos;s township.</source>
        <translation>The user who made this change does not belong to this workstation&apos;s township.</translation>
    </message>
    <message>
        <source>A %1 may not write %2 records.</source>
        <translation>A %1 may not write %2 records.</translation>
    </message>
    <message>
        <source>Id number: not in its 18-character form.</source>
        <translation>Id number: not in its 18-character form.</translation>
    </message>
    <message>
        <source>Birth date: does not match the id number.</source>
        <translation>Birth date: does not match the id number.</translation>
    </message>
    <message>
        <source>Sex: does not match the id number.</source>
        <translation>Sex: does not match the id number.</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>Name: required.</translation>
    </message>
    <message>
        <source>%1 is not a synced record kind.</source>
        <translation>%1 is not a synced record kind.</translation>
    </message>
    <message>
        <source>The operation is malformed: row id, op or versions do not agree.</source>
        <translation>The operation is malformed: row id, op or versions do not agree.</translation>
    </message>
    <message>
        <source>The %1 record %2 is unknown to the county.</source>
        <translation>The %1 record %2 is unknown to the county.</translation>
    </message>
    <message>
        <source>The %1 record changed on the server since this edit was made (edit on version %2, server has %3).</source>
        <translation>The %1 record changed on the server since this edit was made (edit on version %2, server has %3).</translation>
    </message>
    <message>
        <source>The %1 record clashes with the county&apos;s data: %2</source>
        <translation>The %1 record clashes with the county&apos;s data: %2</translation>
    </message>
    <message>
        <source>The push has no ops array.</source>
        <translation>The push has no ops array.</translation>
    </message>
    <message>
        <source>A push may carry %1 operations at most.</source>
        <translation>A push may carry %1 operations at most.</translation>
    </message>
    <message>
        <source>Every operation needs op_id, entity, row_id and row.</source>
        <translation>Every operation needs op_id, entity, row_id and row.</translation>
    </message>
    <message>
        <source>The server database failed: %1</source>
        <translation>The server database failed: %1</translation>
    </message>
    <message>
        <source>The push could not be committed: %1</source>
        <translation>The push could not be committed: %1</translation>
    </message>
    <message>
        <source>Pull: cursor must be 0 or more and limit between 1 and %1.</source>
        <translation>Pull: cursor must be 0 or more and limit between 1 and %1.</translation>
    </message>
    <message>
        <source>The change log cannot be read: %1</source>
        <translation>The change log cannot be read: %1</translation>
    </message>
    <message>
        <source>Public key: give the workstation&apos;s key as %1 hexadecimal characters.</source>
        <translation>Public key: give the workstation&apos;s key as %1 hexadecimal characters.</translation>
    </message>
    <message>
        <source>Credential %1: unknown or revoked.</source>
        <translation>Credential %1: unknown or revoked.</translation>
    </message>
    <message>
        <source>The cryptography library is not available.</source>
        <translation>The cryptography library is not available.</translation>
    </message>
    <message>
        <source>The county&apos;s signing key could not be stored: %1</source>
        <translation>The county&apos;s signing key could not be stored: %1</translation>
    </message>
    <message>
        <source>The change log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement digests could not be rebuilt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township %1 has had %2 workstation credentials, the most there can be: each numbers its receipts and slips with its own two digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement belongs to another township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adjustment belongs to another township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relief payment batch belongs to another township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village belongs to another township.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief payment batch %1: it pays %2 lines, %3 fen assistance and %4 fen relief; its lines at the county are %5, %6 fen and %7 fen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief payment line: the person is not the one of the claim it pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief payment line: the adjustment it pays is not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief payment line: the amounts differ from those of the claim it pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adjustment names policy %1 with another content or year than the county&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment: the claim, its settlement and the person do not belong together at the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment: policy %1 changes nothing of this claim at the county (the claim is not settled there, or its amounts already follow the policy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical illness insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medical assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poverty relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s own share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment: it changes %1 by %2 fen, the county computes %3 fen with policy %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment: its flags differ from those the county computes with policy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same user asked for and approved this reversal; another user must approve it (two-person review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reversal&apos;s approver is not an active user of this township who may approve claims.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>Server address: it is empty. Write the address the county gave, for example https://county.example:8443.</source>
        <translation>Server address: it is empty. Write the address the county gave, for example https://county.example:8443.</translation>
    </message>
    <message>
        <source>Server address: &quot;%1&quot; is not a web address. Write it as https://host:port, for example https://county.example:8443.</source>
        <translation>Server address: &quot;%1&quot; is not a web address. Write it as https://host:port, for example https://county.example:8443.</translation>
    </message>
    <message>
        <source>Server address: plain http is allowed only to this computer; the county server is reached with https://.</source>
        <translation>Server address: plain http is allowed only to this computer; the county server is reached with https://.</translation>
    </message>
    <message>
        <source>Only the township administrator sets the sync server and credential.</source>
        <translation>Only the township administrator sets the sync server and credential.</translation>
    </message>
    <message>
        <source>Automatic sync: give a number of minutes from 0 (off) to 1440.</source>
        <translation>Automatic sync: give a number of minutes from 0 (off) to 1440.</translation>
    </message>
    <message>
        <source>Credential file: %1 does not exist. Choose the .credential file the county issued for this workstation.</source>
        <translation>Credential file: %1 does not exist. Choose the .credential file the county issued for this workstation.</translation>
    </message>
    <message>
        <source>Credential file: %1 cannot be read (%2).</source>
        <translation>Credential file: %1 cannot be read (%2).</translation>
    </message>
    <message>
        <source>Credential file: %1 is not a workstation credential issued by the county (it has no credential id and secret).</source>
        <translation>Credential file: %1 is not a workstation credential issued by the county (it has no credential id and secret).</translation>
    </message>
    <message>
        <source>Credential file: none is set. Choose the .credential file the county issued for this workstation.</source>
        <translation>Credential file: none is set. Choose the .credential file the county issued for this workstation.</translation>
    </message>
    <message>
        <source>Certificate file: %1 does not exist or holds no PEM certificate.</source>
        <translation>Certificate file: %1 does not exist or holds no PEM certificate.</translation>
    </message>
    <message>
        <source>The settings could not be saved: the replica is busy.</source>
        <translation>The settings could not be saved: the replica is busy.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>The settings could not be saved.</translation>
    </message>
    <message>
        <source>Sync is not set up: no county server address. The township administrator sets it under Sync settings.</source>
        <translation>Sync is not set up: no county server address. The township administrator sets it under Sync settings.</translation>
    </message>
    <message>
        <source>Sync is not set up: no workstation credential. The township administrator reads in the credential file the county issued, under Sync settings.</source>
        <translation>Sync is not set up: no workstation credential. The township administrator reads in the credential file the county issued, under Sync settings.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>Sync settings</translation>
    </message>
    <message>
        <source>https://county.example:8443 (empty: the address in the credential file)</source>
        <translation>https://county.example:8443 (empty: the address in the credential file)</translation>
    </message>
    <message>
        <source>The .credential file the county issued</source>
        <translation>The .credential file the county issued</translation>
    </message>
    <message>
        <source>Empty: keep the credential read in before</source>
        <translation>Empty: keep the credential read in before</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>Workstation credential</source>
        <translation>Workstation credential</translation>
    </message>
    <message>
        <source>Credentials (*.credential);;All files (*)</source>
        <translation>Credentials (*.credential);;All files (*)</translation>
    </message>
    <message>
        <source>No credential has been read in yet.</source>
        <translation>No credential has been read in yet.</translation>
    </message>
    <message>
        <source>In use: credential %1..., read from %2</source>
        <translation>In use: credential %1..., read from %2</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>unit after the automatic sync interval</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>off (only Sync now)</source>
        <extracomment>the automatic sync interval when it is 0</extracomment>
        <translation>off (only Sync now)</translation>
    </message>
    <message>
        <source>Only if the county uses a certificate of its own (PEM file)</source>
        <translation>Only if the county uses a certificate of its own (PEM file)</translation>
    </message>
    <message>
        <source>Empty: keep the county certificate read in before</source>
        <translation>Empty: keep the county certificate read in before</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>B&amp;rowse...</translation>
    </message>
    <message>
        <source>County certificate</source>
        <translation>County certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>County server &amp;address:</source>
        <translation>County server &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Credential file:</source>
        <translation>&amp;Credential file:</translation>
    </message>
    <message>
        <source>Sync &amp;automatically every:</source>
        <translation>Sync &amp;automatically every:</translation>
    </message>
    <message>
        <source>County c&amp;ertificate:</source>
        <translation>County c&amp;ertificate:</translation>
    </message>
</context>
<context>
    <name>SyncWording</name>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>Disease</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <source>Special-outpatient filing</source>
        <translation>Special-outpatient filing</translation>
    </message>
    <message>
        <source>Filing attachment</source>
        <translation>Filing attachment</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>User account</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>kind of change waiting to be sent</extracomment>
        <translation>New</translation>
    </message>
    <message>
        <source>Changed</source>
        <extracomment>kind of change waiting to be sent</extracomment>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>kind of change waiting to be sent</extracomment>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>Id number</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>Relation to the head</translation>
    </message>
    <message>
        <source>Registered poverty</source>
        <translation>Registered poverty</translation>
    </message>
    <message>
        <source>Dibao</source>
        <translation>Dibao</translation>
    </message>
    <message>
        <source>Tekun</source>
        <translation>Tekun</translation>
    </message>
    <message>
        <source>Near poor</source>
        <translation>Near poor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <source>Scheme year</source>
        <translation>Scheme year</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Settlement adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief payment batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief payment line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinyin initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation type="unfinished">Head of household</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal contribution</source>
        <translation type="unfinished">Personal contribution</translation>
    </message>
    <message>
        <source>Paid by the state</source>
        <translation type="unfinished">Paid by the state</translation>
    </message>
    <message>
        <source>Government subsidy</source>
        <translation type="unfinished">Government subsidy</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation type="unfinished">Paid at</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <source>Institution level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where care happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished">Referral</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation type="unfinished">Total cost</translation>
    </message>
    <message>
        <source>Fully self-paid</source>
        <translation type="unfinished">Fully self-paid</translation>
    </message>
    <message>
        <source>Category-B co-payment</source>
        <translation type="unfinished">Category-B co-payment</translation>
    </message>
    <message>
        <source>Accidental injury</source>
        <translation type="unfinished">Accidental injury</translation>
    </message>
    <message>
        <source>Third party liable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">Evidence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished">Valid from</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished">Valid to</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished">Reviewed by</translation>
    </message>
    <message>
        <source>Reviewed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished">Submitted by</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-scope cost</source>
        <translation type="unfinished">In-scope cost</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation type="unfinished">Deductible</translation>
    </message>
    <message>
        <source>Basic insurance</source>
        <translation type="unfinished">Basic insurance</translation>
    </message>
    <message>
        <source>Critical-illness insurance</source>
        <translation type="unfinished">Critical-illness insurance</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation type="unfinished">Medical assistance</translation>
    </message>
    <message>
        <source>Health poverty relief</source>
        <translation type="unfinished">Health poverty relief</translation>
    </message>
    <message>
        <source>Out-of-pocket</source>
        <translation type="unfinished">Out-of-pocket</translation>
    </message>
    <message>
        <source>Refused because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverses slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Active</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <source>Poverty persons only</source>
        <translation type="unfinished">Poverty persons only</translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>The replica could not be opened for sync.</source>
        <translation>The replica could not be opened for sync.</translation>
    </message>
    <message>
        <source>The workstation is closing.</source>
        <translation>The workstation is closing.</translation>
    </message>
    <message>
        <source>The county server&apos;s certificate is not trusted (%1). If the county uses a certificate of its own, the township administrator reads it in under Sync settings.</source>
        <translation>The county server&apos;s certificate is not trusted (%1). If the county uses a certificate of its own, the township administrator reads it in under Sync settings.</translation>
    </message>
    <message>
        <source>No connection to the county server (%1). Everything keeps working here; the changes wait and are sent at the next sync.</source>
        <translation>No connection to the county server (%1). Everything keeps working here; the changes wait and are sent at the next sync.</translation>
    </message>
    <message>
        <source>the workstation is closing</source>
        <translation>the workstation is closing</translation>
    </message>
    <message>
        <source>The county server refused this workstation&apos;s credential: it is unknown, wrong or revoked. Ask the county office for a new credential file.</source>
        <translation>The county server refused this workstation&apos;s credential: it is unknown, wrong or revoked. Ask the county office for a new credential file.</translation>
    </message>
    <message>
        <source>This Jingban and the county server are of different versions: %1</source>
        <translation>This Jingban and the county server are of different versions: %1</translation>
    </message>
    <message>
        <source>The county server had a problem and changed nothing; sync again later. (%1)</source>
        <translation>The county server had a problem and changed nothing; sync again later. (%1)</translation>
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
