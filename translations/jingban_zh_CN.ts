<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustmentService</name>
    <message>
        <source>Awaiting approval</source>
        <extracomment>adjustment status: waiting for a reviewer</extracomment>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <extracomment>adjustment status</extracomment>
        <translation>审核同意</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>adjustment status</extracomment>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Adjustments are proposed by a township: sign in with a township account.</source>
        <translation>调整须由乡镇生成：请用乡镇账号登录。</translation>
    </message>
    <message>
        <source>Reason: say which correction the adjustments follow.</source>
        <translation>原因：请写明调整依据的是哪一次政策更正。</translation>
    </message>
    <message>
        <source>Reason: at most 200 characters.</source>
        <translation>原因：最多 200 个字。</translation>
    </message>
    <message>
        <source>Nothing to adjust: the newest policy changes no settled claim that has no adjustment waiting.</source>
        <translation>无须调整：除已有待审核调整的报销单外，最新政策不改变任何已结算报销单的金额。</translation>
    </message>
    <message>
        <source>Adjustments: choose at least one.</source>
        <translation>调整：请至少选择一条。</translation>
    </message>
    <message>
        <source>Reason: say why the adjustments are rejected.</source>
        <translation>原因：请写明退回调整的理由。</translation>
    </message>
    <message>
        <source>Adjustment: no such adjustment.</source>
        <translation>调整：查无此调整记录。</translation>
    </message>
    <message>
        <source>The adjustment of claim %1 is %2; only one awaiting approval can be decided.</source>
        <translation>报销单 %1 的调整状态是“%2”；只有“待审核”的调整才能审核或退回。</translation>
    </message>
    <message>
        <source>The claim of this adjustment is no longer settled; reject the adjustment.</source>
        <translation>此调整对应的报销单已不是“已结算”状态，请退回此调整。</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>The audit log cannot be read.</source>
        <translation>无法读取审计日志。</translation>
    </message>
    <message>
        <source>Audit entry %1 follows entry %2: entries are missing.</source>
        <translation>审计记录 %1 紧接在记录 %2 之后：中间有记录缺失。</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2 %3 %4) was altered after it was written.</source>
        <translation>审计记录 %1（%2 %3 %4）在写入后被改动过。</translation>
    </message>
</context>
<context>
    <name>CertificationNoticeRenderer</name>
    <message>
        <source>Special-outpatient certification notice</source>
        <translation>门诊慢特病认定通知书</translation>
    </message>
    <message>
        <source>Special-outpatient non-certification notice</source>
        <translation>门诊慢特病不予认定通知书</translation>
    </message>
    <message>
        <source>%1 (id number %2):

Your special-outpatient filing for %3, diagnosed on %4, has been certified by the county medical insurance office. It is valid from %5 to %6. Within that period your outpatient bills for this disease are reimbursed within its annual limit; bring this notice and your insurance card when you claim.</source>
        <translation>%1（公民身份号码 %2）：

您于 %4 确诊的“%3”特殊门诊备案，已经县医保中心认定，有效期自 %5 至 %6。在有效期内，您该病种的门诊费用可在年度限额内报销；报销时请携带本通知书和医保卡。</translation>
    </message>
    <message>
        <source>further notice</source>
        <translation>另行通知</translation>
    </message>
    <message>
        <source>This certification has since been revoked: %1</source>
        <translation>此认定已被撤销：%1</translation>
    </message>
    <message>
        <source>This certification has expired; file again to renew it.</source>
        <translation>此认定已到期，请重新备案。</translation>
    </message>
    <message>
        <source>%1 (id number %2):

Your special-outpatient filing for %3, diagnosed on %4, has not been certified by the county medical insurance office, for this reason: %5

You may file again with new diagnosis evidence at your township&apos;s counter.</source>
        <translation>%1（公民身份号码 %2）：

您于 %4 确诊的“%3”特殊门诊备案，县医保中心不予认定，原因：%5

您可以携带新的诊断依据到所在乡镇经办窗口重新备案。</translation>
    </message>
    <message>
        <source>County medical insurance office</source>
        <extracomment>signature block of the certification notice</extracomment>
        <translation>县医保中心</translation>
    </message>
    <message>
        <source>Filing %1 · %2</source>
        <translation>备案 %1 · %2</translation>
    </message>
    <message>
        <source>The notice cannot be written to %1.</source>
        <translation>无法将通知书写入 %1。</translation>
    </message>
</context>
<context>
    <name>CertificationPage</name>
    <message>
        <source>All townships</source>
        <extracomment>batch certification filter: every township</extracomment>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <source>Disease code</source>
        <translation>病种编码</translation>
    </message>
    <message>
        <source>&amp;Township:</source>
        <translation>乡镇(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村(&amp;V)：</translation>
    </message>
    <message>
        <source>D&amp;isease:</source>
        <translation>病种(&amp;I)：</translation>
    </message>
    <message>
        <source>Scans of the evidence (Enter or double-click to open):</source>
        <extracomment>certification screen: the scans of the current filing; Enter opens one</extracomment>
        <translation>诊断依据扫描件（按回车键或双击打开）：</translation>
    </message>
    <message>
        <source>Reason for rejecting (required to reject)</source>
        <translation>不予认定的原因（不予认定时必须填写）</translation>
    </message>
    <message>
        <source>&amp;Certify selected</source>
        <extracomment>county certifier&apos;s button: certify the selected filings (认定)</extracomment>
        <translation>认定所选(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;ject selected</source>
        <extracomment>county certifier&apos;s button: reject the selected filings (不予认定)</extracomment>
        <translation>不予认定所选(&amp;J)</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <extracomment>batch certification: start of the certification&apos;s validity</extracomment>
        <translation>有效期自(&amp;F)：</translation>
    </message>
    <message>
        <source>valid t&amp;o:</source>
        <extracomment>batch certification: end of the certification&apos;s validity</extracomment>
        <translation>至(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Submitted filings waiting for the county&apos;s decision. Select one or many (Shift, Ctrl, Ctrl+A), look at each one&apos;s evidence on the right, then certify or reject them together.</source>
        <translation>已上报、等待县级认定的备案。可选中一条或多条（Shift、Ctrl、Ctrl+A），在右侧逐条查看证明材料，然后一并认定或不予认定。</translation>
    </message>
    <message>
        <source>Only the county certifier certifies filings.</source>
        <translation>只有县级认定人员才能认定备案。</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村（社区）</translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) waiting</source>
        <translation>
            <numerusform>%n 条备案待认定</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No filing chosen.&lt;/i&gt;</source>
        <translation>&lt;i&gt;未选择备案。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>person category when none applies</extracomment>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Diagnosed at</source>
        <translation>诊断机构</translation>
    </message>
    <message>
        <source>Diagnosed on</source>
        <translation>诊断日期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>诊断依据</translation>
    </message>
    <message>
        <source>Scans</source>
        <extracomment>number of scans attached to a filing</extracomment>
        <translation>扫描件</translation>
    </message>
    <message numerus="yes">
        <source>%n attached</source>
        <translation>
            <numerusform>%n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>初审人</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <extracomment>who submitted the filing to the county</extracomment>
        <translation>上报人</translation>
    </message>
    <message>
        <source>The scan %1 cannot be read or does not match its stored hash.</source>
        <translation>扫描件 %1 无法读取，或与保存的校验值不符。</translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) certified, valid from %1 to %2.</source>
        <translation>
            <numerusform>已认定 %n 条备案，有效期自 %1 至 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) rejected.</source>
        <translation>
            <numerusform>%n 条备案不予认定。</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Batch certification</source>
        <translation>集中认定</translation>
    </message>
    <message numerus="yes">
        <source>Certify %n filing(s), valid from %1 to %2?</source>
        <translation>
            <numerusform>确定认定这 %n 条备案吗？有效期自 %1 至 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n filing(s) for this reason: %1?</source>
        <translation>
            <numerusform>确定不予认定这 %n 条备案吗？原因：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <extracomment>export the submitted filings as filtered to XLSX or CSV (Ctrl+E)</extracomment>
        <translation>导出(&amp;X)...</translation>
    </message>
    <message>
        <source>Export every filing the filters match to an Excel workbook or CSV file (Ctrl+E)</source>
        <translation>将符合筛选条件的全部备案导出为 Excel 工作簿或 CSV 文件（Ctrl+E）</translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 条备案导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeWriter</name>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>A %1 may not %2.</source>
        <translation>%1无权%2。</translation>
    </message>
    <message>
        <source>You entered this record yourself; another user must approve it (two-person review).</source>
        <translation>这条记录是您本人录入的，须由其他人审核（双岗双审）。</translation>
    </message>
    <message>
        <source>This record belongs to another township.</source>
        <translation>这条记录属于其他乡镇。</translation>
    </message>
    <message>
        <source>This %1 record duplicates one that exists (%2).</source>
        <translation>这条 %1 记录与已有记录重复（%2）。</translation>
    </message>
    <message>
        <source>The %1 record could not be written: %2</source>
        <translation>无法写入 %1 记录：%2</translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation>数据库正忙或为只读：%1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>无法保存修改：%1</translation>
    </message>
    <message>
        <source>Unknown record kind %1.</source>
        <translation>未知的记录类型 %1。</translation>
    </message>
    <message>
        <source>The %1 record vanished after it was written.</source>
        <translation>%1 记录写入后不见了。</translation>
    </message>
    <message>
        <source>The %1 record %2 does not exist.</source>
        <translation>%1 记录 %2 不存在。</translation>
    </message>
    <message>
        <source>Someone changed this record since you opened it (version %1, now %2). Reopen it and try again.</source>
        <translation>自您打开这条记录后，已有他人修改（版本 %1，现为 %2）。请重新打开后再试。</translation>
    </message>
    <message>
        <source>The %1 record changed while it was being saved.</source>
        <translation>%1 记录在保存过程中被修改。</translation>
    </message>
    <message>
        <source>Person: no such person.</source>
        <translation>参保人：查无此人。</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Show the &amp;list</source>
        <translation>显示明细表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Save as PNG or PDF...</source>
        <translation>另存为 PNG 或 PDF(&amp;S)...</translation>
    </message>
    <message>
        <source>The rows behind the selected bar (Enter in the table, or a click on the bar)</source>
        <translation>查看所选柱形对应的明细（在表格中按回车键，或单击柱形）</translation>
    </message>
    <message>
        <source>File: %1 cannot be written.</source>
        <translation>文件：无法写入 %1。</translation>
    </message>
    <message>
        <source>File: the name must end in .png or .pdf.</source>
        <translation>文件：文件名须以 .png 或 .pdf 结尾。</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ClaimEntryForm</name>
    <message>
        <source>Id number, name or pinyin initials, then Enter</source>
        <translation>公民身份号码、姓名或拼音首字母，然后按回车键</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>参保人(&amp;P)：</translation>
    </message>
    <message>
        <source>Code, name or pinyin initials, then Enter</source>
        <translation>编码、名称或拼音首字母，然后按回车键</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>医疗机构(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Disease:</source>
        <translation>病种(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Admission (visit):</source>
        <extracomment>for outpatient claims the visit date</extracomment>
        <translation>入院（就诊）日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Dis&amp;charge:</source>
        <translation>出院日期(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Total cost (yuan):</source>
        <translation>总费用（元）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Fully self-paid:</source>
        <translation>全自费(&amp;F)：</translation>
    </message>
    <message>
        <source>Category-&amp;B co-payment:</source>
        <translation>乙类先行自付(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation>转诊(&amp;R)：</translation>
    </message>
    <message>
        <source>Accidental injury</source>
        <translation>意外伤害</translation>
    </message>
    <message>
        <source>Accident:</source>
        <translation>意外伤害：</translation>
    </message>
    <message>
        <source>A third party is liable</source>
        <translation>有第三方责任</translation>
    </message>
    <message>
        <source>Liability:</source>
        <translation>第三方责任：</translation>
    </message>
    <message>
        <source>&amp;Save for review (Ctrl+S)</source>
        <translation>保存待审核(&amp;S)（Ctrl+S）</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>报销单</translation>
    </message>
    <message>
        <source>Insured person</source>
        <translation>参保人</translation>
    </message>
    <message>
        <source>What the claim pays</source>
        <translation>本单报销</translation>
    </message>
    <message>
        <source>Person: type an id number, a name or pinyin initials.</source>
        <translation>参保人：请输入公民身份号码、姓名或拼音首字母。</translation>
    </message>
    <message>
        <source>Person: nobody found for &quot;%1&quot;.</source>
        <translation>参保人：没有找到与“%1”相符的人。</translation>
    </message>
    <message>
        <source>Institution: no designated institution matches &quot;%1&quot;.</source>
        <translation>医疗机构：没有与“%1”相符的定点医疗机构。</translation>
    </message>
    <message>
        <source>&lt;i&gt;No person chosen. Type an id number, a name or pinyin initials and press Enter.&lt;/i&gt;</source>
        <translation>&lt;i&gt;尚未选择参保人。请输入公民身份号码、姓名或拼音首字母，然后按回车键。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Household %1, %2</source>
        <translation>户编号 %1，%2</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>人员类别：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>enrolled and paid, tier %1</source>
        <translation>已参保缴费，第 %1 档</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>未参保</translation>
    </message>
    <message>
        <source>enrolled, not paid (%1)</source>
        <translation>已登记，未缴费（%1）</translation>
    </message>
    <message>
        <source>Scheme year %1: %2</source>
        <translation>%1 年度：%2</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>已于 %1 死亡</translation>
    </message>
    <message>
        <source>Certified special-outpatient diseases: %1</source>
        <translation>已认定的特殊门诊病种：%1</translation>
    </message>
    <message>
        <source>This year so far: basic %1, critical illness %2, assistance %3, poverty relief %4; %5 admission(s)</source>
        <translation>本年度已报销：基本医保 %1，大病保险 %2，医疗救助 %3，健康脱贫 %4；住院 %5 次</translation>
    </message>
    <message>
        <source>basic %1</source>
        <translation>基本医保 %1</translation>
    </message>
    <message>
        <source>critical illness %1</source>
        <translation>大病保险 %1</translation>
    </message>
    <message>
        <source>inpatient relief %1</source>
        <translation>住院健康脱贫 %1</translation>
    </message>
    <message>
        <source>special-outpatient relief %1</source>
        <translation>特殊门诊健康脱贫 %1</translation>
    </message>
    <message>
        <source>Caps left: %1</source>
        <translation>封顶线剩余额度：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总费用</translation>
    </message>
    <message>
        <source>Fully self-paid</source>
        <translation>全自费</translation>
    </message>
    <message>
        <source>Category-B co-payment</source>
        <translation>乙类先行自付</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in yuan (at most two decimals).</source>
        <translation>%1：“%2”不是以元为单位的金额（最多两位小数）。</translation>
    </message>
    <message>
        <source>Discharge date: before the admission date.</source>
        <translation>出院日期：早于入院日期。</translation>
    </message>
    <message>
        <source>Disease: the person has no valid special-outpatient certification.</source>
        <translation>病种：此人没有有效的特殊门诊认定。</translation>
    </message>
    <message>
        <source>Person: choose the insured person.</source>
        <translation>参保人：请选择参保人。</translation>
    </message>
    <message>
        <source>Institution: choose the institution.</source>
        <translation>医疗机构：请选择医疗机构。</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>未保存：请改正红字标出的各栏。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved the claim of %1; it waits for a reviewer&apos;s approval.</source>
        <translation>已保存%1的报销单，等待审核员审核。</translation>
    </message>
</context>
<context>
    <name>ClaimEntryModel</name>
    <message>
        <source>Person: choose the insured person.</source>
        <translation>参保人：请选择参保人。</translation>
    </message>
    <message>
        <source>Discharge date: no policy is published for %1.</source>
        <translation>出院日期：%1 尚未发布政策。</translation>
    </message>
</context>
<context>
    <name>ClaimListModel</name>
    <message>
        <source>The claims cannot be read: %1</source>
        <translation>无法读取报销单：%1</translation>
    </message>
    <message>
        <source>Slip no.</source>
        <extracomment>claims list column: settlement slip number</extracomment>
        <translation>结算单号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>claims list column: inpatient / outpatient</extracomment>
        <translation>类别</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Discharge</source>
        <extracomment>claims list column: discharge (or visit) date</extracomment>
        <translation>出院日期</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>claims list column: total cost</extracomment>
        <translation>总费用</translation>
    </message>
    <message>
        <source>Basic</source>
        <extracomment>claims list column: basic insurance paid</extracomment>
        <translation>基本医保</translation>
    </message>
    <message>
        <source>Critical illness</source>
        <extracomment>claims list column: critical-illness insurance paid</extracomment>
        <translation>大病保险</translation>
    </message>
    <message>
        <source>Assistance</source>
        <extracomment>claims list column: medical assistance paid</extracomment>
        <translation>医疗救助</translation>
    </message>
    <message>
        <source>Poverty relief</source>
        <extracomment>claims list column: health poverty relief paid</extracomment>
        <translation>健康脱贫</translation>
    </message>
    <message>
        <source>Out of pocket</source>
        <extracomment>claims list column: what the person pays</extracomment>
        <translation>个人自付</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Inpatient</source>
        <extracomment>claim kind</extracomment>
        <translation>住院</translation>
    </message>
    <message>
        <source>General outpatient</source>
        <extracomment>claim kind</extracomment>
        <translation>普通门诊</translation>
    </message>
    <message>
        <source>Special outpatient</source>
        <extracomment>claim kind</extracomment>
        <translation>特殊门诊</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <extracomment>claim status: waiting for review</extracomment>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Returned</source>
        <extracomment>claim status: returned to the clerk</extracomment>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Settled</source>
        <extracomment>claim status</extracomment>
        <translation>已结算</translation>
    </message>
    <message>
        <source>Reversed</source>
        <extracomment>claim status: its settlement was reversed</extracomment>
        <translation>已冲销</translation>
    </message>
    <message>
        <source>Village clinic</source>
        <extracomment>institution level</extracomment>
        <translation>村卫生室</translation>
    </message>
    <message>
        <source>Township health centre</source>
        <extracomment>institution level</extracomment>
        <translation>乡镇卫生院</translation>
    </message>
    <message>
        <source>County hospital</source>
        <extracomment>institution level</extracomment>
        <translation>县级医院</translation>
    </message>
    <message>
        <source>City hospital</source>
        <extracomment>institution level</extracomment>
        <translation>市级医院</translation>
    </message>
    <message>
        <source>Province hospital</source>
        <extracomment>institution level</extracomment>
        <translation>省级医院</translation>
    </message>
    <message>
        <source>In county</source>
        <extracomment>where care happened</extracomment>
        <translation>县内</translation>
    </message>
    <message>
        <source>Outside the county, in the city</source>
        <extracomment>where care happened</extracomment>
        <translation>县外市内</translation>
    </message>
    <message>
        <source>Outside the city, in the province</source>
        <extracomment>where care happened</extracomment>
        <translation>市外省内</translation>
    </message>
    <message>
        <source>Out of province</source>
        <extracomment>where care happened</extracomment>
        <translation>省外</translation>
    </message>
    <message>
        <source>No referral</source>
        <extracomment>referral</extracomment>
        <translation>未转诊</translation>
    </message>
    <message>
        <source>Referred</source>
        <extracomment>referral</extracomment>
        <translation>已转诊</translation>
    </message>
    <message>
        <source>Downward referral</source>
        <extracomment>referral: two-way referral back down</extracomment>
        <translation>下转</translation>
    </message>
    <message>
        <source>Registered poverty</source>
        <extracomment>person category</extracomment>
        <translation>建档立卡贫困人口</translation>
    </message>
    <message>
        <source>Dibao</source>
        <extracomment>person category</extracomment>
        <translation>低保对象</translation>
    </message>
    <message>
        <source>Tekun</source>
        <extracomment>person category</extracomment>
        <translation>特困供养人员</translation>
    </message>
    <message>
        <source>Near-poor</source>
        <extracomment>person category</extracomment>
        <translation>边缘易致贫户</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>报销单</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>共 %n 张报销单</numerusform>
        </translation>
    </message>
    <message>
        <source>Village</source>
        <extracomment>claims list column: the village of the person&apos;s household</extracomment>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Total</source>
        <comment>the totals row of the export</comment>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>ClaimListPage</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Discharged from</source>
        <extracomment>period of discharge dates: from … to …</extracomment>
        <translation>出院日期自</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>period of discharge dates: from … to …</extracomment>
        <translation>至</translation>
    </message>
    <message>
        <source>Re&amp;print slip (copy)</source>
        <translation>补打结算单（副本）(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;verse settlement…</source>
        <translation>冲销结算(&amp;V)…</translation>
    </message>
    <message>
        <source>Enter the bill a&amp;gain</source>
        <translation>重新录入(&amp;G)</translation>
    </message>
    <message>
        <source>Only a reversed or returned claim is entered again.</source>
        <translation>只有已冲销或已退回的报销单才能重新录入。</translation>
    </message>
    <message>
        <source>%1 claim(s); total cost %2; basic %3, critical illness %4, assistance %5, poverty relief %6; out of pocket %7 (reversals included)</source>
        <translation>共 %1 张报销单；总费用 %2；基本医保 %3，大病保险 %4，医疗救助 %5，健康脱贫 %6；个人自付 %7（已计入冲销）</translation>
    </message>
    <message>
        <source>The claim has no settlement slip yet.</source>
        <translation>这张报销单还没有结算单。</translation>
    </message>
    <message>
        <source>The settlement was reversed; the bill can now be entered again.</source>
        <translation>结算已冲销，现在可以重新录入这张单子。</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>全部医疗机构</translation>
    </message>
    <message>
        <source>Village:</source>
        <extracomment>claims list filter: the village of the person&apos;s household</extracomment>
        <translation>村（社区）：</translation>
    </message>
    <message>
        <source>Institution:</source>
        <extracomment>claims list filter: the hospital or clinic</extracomment>
        <translation>医疗机构：</translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>导出列表(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the claims list</source>
        <translation>导出报销单列表</translation>
    </message>
    <message>
        <source>claims-%1-%2.xlsx</source>
        <translation>报销单-%1-%2.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The list was not exported: %1</source>
        <translation>列表未导出：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 张报销单导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Totals: computing…</source>
        <extracomment>below the claims list while the totals per layer of the filter are being computed</extracomment>
        <translation>合计：正在计算…</translation>
    </message>
    <message>
        <source>Totals: the database could not be read.</source>
        <extracomment>below the claims list: the totals per layer could not be read</extracomment>
        <translation>合计：无法读取数据库。</translation>
    </message>
</context>
<context>
    <name>ClaimReversalDialog</name>
    <message>
        <source>Reverse a settlement</source>
        <translation>冲销结算</translation>
    </message>
    <message>
        <source>A settled claim is not edited: its settlement is reversed by a reversing entry with negative amounts, and the bill can then be entered again. A second user who may approve claims approves the reversal with their password.</source>
        <translation>已结算的报销单不能修改：先用一张金额为负数的冲销结算单冲销原结算，然后可以重新录入。冲销须由另一位有审核权限的用户输入本人密码批准。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Approver &amp;login:</source>
        <translation>批准人登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>Approver &amp;password:</source>
        <translation>批准人密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>冲销(&amp;R)</translation>
    </message>
    <message>
        <source>Approver: %1</source>
        <translation>批准人：%1</translation>
    </message>
</context>
<context>
    <name>ClaimReversalService</name>
    <message>
        <source>Claim: no such claim.</source>
        <translation>补偿申请：查无此单。</translation>
    </message>
    <message>
        <source>Only a settled claim can be reversed.</source>
        <translation>只有已结算的报销单才能冲销。</translation>
    </message>
    <message>
        <source>Reason: required when a settlement is reversed.</source>
        <translation>原因：冲销结算时必须填写。</translation>
    </message>
    <message>
        <source>Approver: a second user must approve the reversal.</source>
        <translation>批准人：冲销须由另一位用户批准。</translation>
    </message>
    <message>
        <source>Approver: the user who asks for a reversal cannot approve it.</source>
        <translation>批准人：申请冲销的用户不能自己批准。</translation>
    </message>
    <message>
        <source>Approver: %1 may not approve claims.</source>
        <translation>批准人：%1 无权审核报销单。</translation>
    </message>
    <message>
        <source>Approver: %1 works for another township.</source>
        <translation>批准人：%1 属于其他乡镇。</translation>
    </message>
    <message>
        <source>The claim has no settlement to reverse.</source>
        <translation>这张报销单没有可冲销的结算。</translation>
    </message>
    <message>
        <source>The settlement has already been reversed.</source>
        <translation>该结算已被冲销过。</translation>
    </message>
</context>
<context>
    <name>ClaimReviewQueue</name>
    <message>
        <source>&amp;Approve and settle (Ctrl+Enter)</source>
        <translation>审核通过并结算(&amp;A)（Ctrl+回车）</translation>
    </message>
    <message>
        <source>&amp;Return with a reason…</source>
        <translation>退回(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print the slip after approval</source>
        <translation>审核通过后打印结算单(&amp;P)</translation>
    </message>
    <message>
        <source>Claims waiting for review. The reviewer may not be the clerk who entered the claim.</source>
        <translation>待审核的报销单。录入人不能审核自己录入的单子。</translation>
    </message>
    <message>
        <source>Claims waiting for review (only a reviewer may approve them).</source>
        <translation>待审核的报销单（只有审核员才能审核通过）。</translation>
    </message>
    <message>
        <source>No claim is waiting for review.</source>
        <translation>没有待审核的报销单。</translation>
    </message>
    <message>
        <source>%1, %2 at %3, %4 to %5; entered by %6</source>
        <translation>%1，%3，%2，%4 至 %5；录入人：%6</translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation>未审核通过：%1</translation>
    </message>
    <message>
        <source>Approved and settled: slip %1.</source>
        <translation>已审核通过并结算：结算单号 %1。</translation>
    </message>
    <message>
        <source>Not returned: %1</source>
        <translation>未退回：%1</translation>
    </message>
    <message>
        <source>Returned to the clerk.</source>
        <translation>已退回经办员。</translation>
    </message>
    <message>
        <source>Return the claim</source>
        <translation>退回报销单</translation>
    </message>
    <message>
        <source>Reason for returning the claim:</source>
        <translation>退回原因：</translation>
    </message>
</context>
<context>
    <name>ClaimService</name>
    <message>
        <source>Person: no such person.</source>
        <translation>参保人：查无此人。</translation>
    </message>
    <message>
        <source>Institution: no such institution.</source>
        <translation>医疗机构：查无此机构。</translation>
    </message>
    <message>
        <source>Discharge date: required.</source>
        <translation>出院日期：必须填写。</translation>
    </message>
    <message>
        <source>Discharge date: in the future.</source>
        <translation>出院日期：不能是将来的日期。</translation>
    </message>
    <message>
        <source>Admission date: required.</source>
        <translation>入院日期：必须填写。</translation>
    </message>
    <message>
        <source>Claim: no such claim.</source>
        <translation>补偿申请：查无此单。</translation>
    </message>
    <message>
        <source>Only an entered claim can be approved; this one is %1.</source>
        <translation>只有“已录入”的补偿申请才能审核通过；这一单的状态是“%1”。</translation>
    </message>
    <message>
        <source>Only an entered claim can be returned.</source>
        <translation>只有“已录入”的补偿申请才能退回。</translation>
    </message>
    <message>
        <source>Reason: required when a claim is returned.</source>
        <translation>原因：退回补偿申请时必须填写。</translation>
    </message>
    <message>
        <source>A claim keeps its person, township and the user who entered it; enter a new claim instead.</source>
        <translation>报销申请的参保人、乡镇和录入人不能更改；请另行录入一笔新申请。</translation>
    </message>
    <message>
        <source>Status: %1 is not entered, returned, settled or reversed.</source>
        <translation>状态：%1 不是“已录入”“已退回”“已结算”或“已冲销”之一。</translation>
    </message>
    <message>
        <source>The user who entered this claim may not approve it (two-person review).</source>
        <translation>录入这笔报销的人不能审核它（双人复核）。</translation>
    </message>
    <message>
        <source>Status: the claim has settlement slip %1 and stays as it is; reverse it to correct it.</source>
        <translation>状态：这笔报销已有结算单 %1，不能再改；如需更正，请先冲销。</translation>
    </message>
    <message>
        <source>Claim: this change would change the settlement on slip %1; reverse the claim and enter it again instead.</source>
        <translation>报销：这一修改会改变结算单 %1 的结算结果；请冲销后重新录入。</translation>
    </message>
    <message>
        <source>Status: a claim is settled only when a reviewer approves it.</source>
        <translation>状态：报销只有经审核员审核后才能结算。</translation>
    </message>
    <message>
        <source>The settlement names policy %1 with another content than the county&apos;s.</source>
        <translation>结算所用政策 %1 的内容与县里的不一致。</translation>
    </message>
    <message>
        <source>Settlement: the claim is unknown to the county.</source>
        <translation>结算：县里没有这笔报销申请。</translation>
    </message>
    <message>
        <source>Settlement: %1 is %2 fen, the county computes %3 fen with policy %4.</source>
        <translation>结算：%1 为 %2 分，县里按政策 %4 算得 %3 分。</translation>
    </message>
    <message>
        <source>A settlement keeps its claim, slip number and who settled it.</source>
        <translation>结算的报销申请、结算单号和结算人不能更改。</translation>
    </message>
    <message>
        <source>Reversal: the settlement it reverses is unknown.</source>
        <translation>冲销：所冲销的结算不存在。</translation>
    </message>
    <message>
        <source>Reversal: slip %1 is not a settlement of this claim with this policy.</source>
        <translation>冲销：结算单 %1 不是这笔报销按此政策所作的结算。</translation>
    </message>
    <message>
        <source>Reversal: %1 is %2 fen; reversing slip %3 makes it %4 fen.</source>
        <translation>冲销：%1 为 %2 分；冲销结算单 %3 应为 %4 分。</translation>
    </message>
</context>
<context>
    <name>ClaimSlipModel</name>
    <message>
        <source>Settlement: no such settlement.</source>
        <translation>结算单：查无此单。</translation>
    </message>
    <message>
        <source>Refused: the discharge date is outside the policy&apos;s scheme year.</source>
        <translation>拒付：出院日期不在政策的参保年度内。</translation>
    </message>
    <message>
        <source>Refused: the person is not enrolled and paid for the year.</source>
        <translation>拒付：此人该年度未参保缴费。</translation>
    </message>
    <message>
        <source>Refused: the discharge date is after the person&apos;s death.</source>
        <translation>拒付：出院日期在此人死亡之后。</translation>
    </message>
    <message>
        <source>Refused: accidental injury with a liable third party; the fund does not pay.</source>
        <translation>拒付：意外伤害有第三方责任，基金不予支付。</translation>
    </message>
    <message>
        <source>Refused: this kind of care is not paid at this institution&apos;s level.</source>
        <translation>拒付：此类就医在该级别医疗机构不予报销。</translation>
    </message>
    <message>
        <source>Refused: the disease is not open to this person&apos;s categories.</source>
        <translation>拒付：该病种不适用于此人的人员类别。</translation>
    </message>
    <message>
        <source>Refused: no valid special-outpatient certification for this disease.</source>
        <translation>拒付：此病种没有有效的特殊门诊认定。</translation>
    </message>
    <message>
        <source>Large out-of-area claim: field verification needed before payment.</source>
        <translation>县外大额：支付前需外调核查。</translation>
    </message>
    <message>
        <source>Stay longer than the control indicator.</source>
        <translation>住院天数超过控制指标。</translation>
    </message>
    <message>
        <source>Cost above the control indicator.</source>
        <translation>费用超过控制指标。</translation>
    </message>
    <message>
        <source>Basic insurance yearly cap reached.</source>
        <translation>基本医保年度封顶线已到。</translation>
    </message>
    <message>
        <source>General-outpatient yearly limit reached.</source>
        <translation>普通门诊年度限额已到。</translation>
    </message>
    <message>
        <source>The disease&apos;s yearly limit reached.</source>
        <translation>该病种年度限额已到。</translation>
    </message>
    <message>
        <source>Poverty relief yearly cap reached.</source>
        <translation>健康脱贫年度封顶线已到。</translation>
    </message>
</context>
<context>
    <name>ClaimsPage</name>
    <message>
        <source>&amp;Enter a claim</source>
        <extracomment>tab of the claims page</extracomment>
        <translation>录入(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <extracomment>tab of the claims page</extracomment>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Claims and slips</source>
        <extracomment>tab of the claims page</extracomment>
        <translation>报销单查询(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ConflictResolutionService</name>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>此冲突已处理过。</translation>
    </message>
    <message>
        <source>A reviewer decides sync conflicts; a clerk cannot.</source>
        <translation>同步冲突须由审核员处理，经办员不能处理。</translation>
    </message>
    <message>
        <source>You made the conflicting edit yourself; another reviewer decides whether it stands (two-person review).</source>
        <translation>冲突中的修改是您本人做的，是否保留须由另一位审核员决定（双岗双审）。</translation>
    </message>
    <message>
        <source>There is no such conflict.</source>
        <translation>查无此冲突。</translation>
    </message>
    <message>
        <source>%1: this field cannot be edited here.</source>
        <translation>%1：此项不能在这里修改。</translation>
    </message>
    <message>
        <source>%1: it may not be empty.</source>
        <translation>%1：不能为空。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1：“%2”不是整数。</translation>
    </message>
    <message>
        <source>The record of this conflict is not in this replica.</source>
        <translation>本机数据库中没有此冲突对应的记录。</translation>
    </message>
    <message>
        <source>The edited version is the same as the one that stands now; keep the county&apos;s version instead.</source>
        <translation>编辑后的版本与当前生效的版本相同，请改为选择“保留县医保中心的版本”。</translation>
    </message>
    <message>
        <source>The conflict could not be closed: %1</source>
        <translation>无法关闭冲突：%1</translation>
    </message>
    <message>
        <source>A %1 record is not written from the conflicts list: keep the county&apos;s version, then make the change again on its own screen.</source>
        <translation>%1记录不能在冲突列表中写入：请保留县里的版本，再到它自己的界面上重新修改。</translation>
    </message>
</context>
<context>
    <name>ContributionDialog</name>
    <message>
        <source>Take contributions</source>
        <translation>收取个人缴费</translation>
    </message>
    <message>
        <source>Scheme &amp;year:</source>
        <translation>参保年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>档次(&amp;T)：</translation>
    </message>
    <message>
        <source>Payment &amp;channel:</source>
        <translation>缴费方式(&amp;C)：</translation>
    </message>
    <message>
        <source>Receipt &amp;size:</source>
        <translation>票据纸张(&amp;S)：</translation>
    </message>
    <message>
        <source>Take &amp;payment and issue receipt</source>
        <translation>收费并开具票据(&amp;P)</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>打印预览(&amp;V)...</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>打印(&amp;R)...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>另存为 PDF(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Members to enroll (Space checks or unchecks; Enter takes the payment):</source>
        <translation>参保成员(&amp;M)（空格键勾选或取消，回车键收费）：</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s), to pay: %1</source>
        <translation>
            <numerusform>共 %n 人，应收合计：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>In words: %1; paid by the state for subsidized members: %2</source>
        <translation>大写：%1；资助参保人员财政代缴：%2</translation>
    </message>
    <message>
        <source>Receipt %1 issued. Print it for the household.</source>
        <translation>票据 %1 已开具，请打印后交给缴费人。</translation>
    </message>
    <message>
        <source>No receipt has been issued yet.</source>
        <translation>尚未开具票据。</translation>
    </message>
</context>
<context>
    <name>DashboardDetailModel</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Mobile payment</source>
        <translation>移动支付</translation>
    </message>
    <message>
        <source>Paid by the state</source>
        <extracomment>payment channel: the state paid the whole contribution</extracomment>
        <translation>财政代缴</translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>无法读取明细：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Enrolled and paid</source>
        <translation>已参保缴费</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>Personal contribution</source>
        <translation>个人缴费</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>票据号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>缴费方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>报销单数</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总费用</translation>
    </message>
    <message>
        <source>Basic insurance</source>
        <translation>基本医保</translation>
    </message>
    <message>
        <source>Critical-illness insurance</source>
        <translation>大病保险</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <source>Health poverty relief</source>
        <translation>健康脱贫医疗救助</translation>
    </message>
    <message>
        <source>Out-of-pocket</source>
        <translation>个人自付</translation>
    </message>
    <message>
        <source>Combined coverage ratio</source>
        <translation>综合保障率</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>结算单号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>出院日期</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Scheme &amp;year:</source>
        <translation>参保年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>The whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>T&amp;ownship:</source>
        <translation>乡镇(&amp;O)：</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>刷新(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Enrollment</source>
        <translation>参保(&amp;E)</translation>
    </message>
    <message>
        <source>Contributions by &amp;month</source>
        <translation>按月缴费(&amp;M)</translation>
    </message>
    <message>
        <source>Contributions by &amp;day</source>
        <translation>按日缴费(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Claims and fund</source>
        <translation>报销与基金(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Filings by status</source>
        <translation>备案状态(&amp;F)</translation>
    </message>
    <message>
        <source>Filings by dise&amp;ase</source>
        <translation>备案病种(&amp;A)</translation>
    </message>
    <message>
        <source>Po&amp;verty persons</source>
        <translation>贫困人口(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Relief caps reached</source>
        <translation>救助封顶(&amp;R)</translation>
    </message>
    <message>
        <source>Figures of the whole county for %1.</source>
        <translation>全县 %1 年度数据。</translation>
    </message>
    <message>
        <source>Figures of this township for %1.</source>
        <translation>本乡镇 %1 年度数据。</translation>
    </message>
    <message>
        <source>Figures of %1 for %2.</source>
        <translation>%1 %2 年度数据。</translation>
    </message>
    <message>
        <source>Enrollment rate by township, %1</source>
        <translation>各乡镇参保率（%1 年度）</translation>
    </message>
    <message>
        <source>Enrollment rate by village, %1</source>
        <translation>各村（社区）参保率（%1 年度）</translation>
    </message>
    <message>
        <source>Contributions for %1 collected by month</source>
        <translation>%1 年度个人缴费按月收缴情况</translation>
    </message>
    <message>
        <source>Contributions for %1 collected by day</source>
        <translation>%1 年度个人缴费按日收缴情况</translation>
    </message>
    <message>
        <source>Claims settled and fund paid by month and layer, %1</source>
        <translation>按月、按保障层次的结算报销单和基金支付（%1 年度）</translation>
    </message>
    <message>
        <source>Special-outpatient filings by status</source>
        <translation>特殊门诊备案（按状态）</translation>
    </message>
    <message>
        <source>Special-outpatient filings by disease</source>
        <translation>特殊门诊备案（按病种）</translation>
    </message>
    <message>
        <source>Registered poverty persons: who paid their costs, %1</source>
        <translation>建档立卡贫困人口医疗费用由谁支付（%1 年度）</translation>
    </message>
    <message>
        <source>Yearly health poverty relief caps reached, %1</source>
        <translation>达到健康脱贫年度救助封顶线的情况（%1 年度）</translation>
    </message>
    <message>
        <source>Residents of %1 and their enrollment for %2</source>
        <translation>%1 人员及其 %2 年度参保情况</translation>
    </message>
    <message>
        <source>%1 residents, %2 of them enrolled and paid.</source>
        <translation>共 %1 人，其中 %2 人已参保缴费。</translation>
    </message>
    <message>
        <source>Receipts for %1 issued in %2</source>
        <translation>%2 开具的 %1 年度缴费票据</translation>
    </message>
    <message>
        <source>%1 receipts, %2 in all.</source>
        <translation>共 %1 张票据，合计 %2。</translation>
    </message>
    <message>
        <source>Claims settled, discharged in %1</source>
        <translation>%1 出院的已结算报销单</translation>
    </message>
    <message>
        <source>%1 claims; total cost %2; basic insurance %3, critical-illness insurance %4, medical assistance %5, health poverty relief %6; out-of-pocket %7.</source>
        <translation>共 %1 张报销单；总费用 %2；基本医保 %3，大病保险 %4，医疗救助 %5，健康脱贫医疗救助 %6；个人自付 %7。</translation>
    </message>
    <message>
        <source>Filings: %1</source>
        <translation>备案：%1</translation>
    </message>
    <message>
        <source>%1 filings.</source>
        <translation>共 %1 条备案。</translation>
    </message>
    <message>
        <source>Registered poverty persons with settled claims in %1</source>
        <translation>%1 年度有已结算报销单的建档立卡贫困人口</translation>
    </message>
    <message>
        <source>%1 persons; total cost %2, out-of-pocket %3.</source>
        <translation>共 %1 人；总费用 %2，个人自付 %3。</translation>
    </message>
    <message>
        <source>%1 claims on which the yearly relief cap was reached, %2</source>
        <translation>达到年度救助封顶线的%1报销单（%2 年度）</translation>
    </message>
    <message>
        <source>%1 claims.</source>
        <translation>共 %1 张报销单。</translation>
    </message>
</context>
<context>
    <name>DashboardQueries</name>
    <message>
        <source>The enrollment rates cannot be read: %1</source>
        <translation>无法读取参保率：%1</translation>
    </message>
    <message>
        <source>The contributions cannot be read: %1</source>
        <translation>无法读取缴费数据：%1</translation>
    </message>
    <message>
        <source>The claims cannot be read: %1</source>
        <translation>无法读取报销单：%1</translation>
    </message>
    <message>
        <source>The filings cannot be read: %1</source>
        <translation>无法读取备案：%1</translation>
    </message>
    <message>
        <source>The poverty persons&apos; coverage cannot be read: %1</source>
        <translation>无法读取贫困人口的保障情况：%1</translation>
    </message>
    <message>
        <source>The relief caps reached cannot be read: %1</source>
        <translation>无法读取救助封顶线的达到情况：%1</translation>
    </message>
</context>
<context>
    <name>DashboardTables</name>
    <message>
        <source>Basic insurance</source>
        <translation>基本医保</translation>
    </message>
    <message>
        <source>Critical-illness insurance</source>
        <translation>大病保险</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <source>Health poverty relief</source>
        <translation>健康脱贫医疗救助</translation>
    </message>
    <message>
        <source>Out-of-pocket</source>
        <translation>个人自付</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Enrolled and paid</source>
        <translation>已参保缴费</translation>
    </message>
    <message>
        <source>Enrollment rate</source>
        <translation>参保率</translation>
    </message>
    <message>
        <source>In all: %1 of %2 residents enrolled and paid (%3).</source>
        <translation>合计：%2 人中 %1 人已参保缴费（%3）。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>票据张数</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>收缴金额</translation>
    </message>
    <message>
        <source>In all: %1 on %2 receipts (voided and refunded receipts left out).</source>
        <translation>合计：%1，共 %2 张票据（不含已作废和已退费的票据）。</translation>
    </message>
    <message>
        <source>Month of discharge</source>
        <translation>出院月份</translation>
    </message>
    <message>
        <source>Claims settled</source>
        <translation>已结算报销单</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总费用</translation>
    </message>
    <message>
        <source>Fund paid</source>
        <translation>基金支付</translation>
    </message>
    <message>
        <source>In all: %1 claims settled, total cost %2, fund paid %3 (%4 of the cost).</source>
        <translation>合计：已结算报销单 %1 张，总费用 %2，基金支付 %3（占总费用 %4）。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>备案数</translation>
    </message>
    <message>
        <source>In all: %1 filings on file (of every year).</source>
        <translation>合计：共有备案 %1 条（含各年度）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a disease of the catalogue: name (code)</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>病种</translation>
    </message>
    <message>
        <source>In all: %1 filings of %2 diseases (of every year).</source>
        <translation>合计：%2 个病种共 %1 条备案（含各年度）。</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>支付方</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Share of the total cost</source>
        <translation>占总费用比例</translation>
    </message>
    <message>
        <source>%1 registered poverty persons, %2 settled claims, total cost %3: combined coverage ratio %4, out-of-pocket share %5.</source>
        <translation>建档立卡贫困人口 %1 人，已结算报销单 %2 张，总费用 %3：综合保障率 %4，个人自付比例 %5。</translation>
    </message>
    <message>
        <source>Kind of claim</source>
        <translation>就医类别</translation>
    </message>
    <message>
        <source>Persons at the cap</source>
        <translation>达到封顶线人数</translation>
    </message>
    <message>
        <source>Claims that reached it</source>
        <translation>达到封顶线的报销单数</translation>
    </message>
    <message>
        <source>Settled claims of the year on which a yearly relief cap was reached: %1.</source>
        <translation>本年度达到年度救助封顶线的已结算报销单：%1 张。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>无法设置数据库 %1：%2</translation>
    </message>
</context>
<context>
    <name>DemoCountyGenerator</name>
    <message>
        <source>The demo password could not be hashed (out of memory).</source>
        <translation>无法生成演示密码的哈希值（内存不足）。</translation>
    </message>
    <message>
        <source>No policy is published for scheme year %1; the demo county needs one for every year it covers.</source>
        <translation>%1 年度尚未发布政策；演示县涵盖的每个年度都需要一份政策。</translation>
    </message>
    <message>
        <source>Policy %1 has no contribution tier %2.</source>
        <translation>政策 %1 中没有第 %2 档缴费标准。</translation>
    </message>
    <message>
        <source>Evidence incomplete: add the test report.</source>
        <translation>证明材料不全：请补充检查报告。</translation>
    </message>
    <message>
        <source>The diagnosis does not meet the catalogue&apos;s criteria.</source>
        <translation>诊断不符合病种目录的认定标准。</translation>
    </message>
    <message>
        <source>Revoked on review: the criteria are no longer met.</source>
        <translation>复核后撤销：已不再符合认定标准。</translation>
    </message>
    <message>
        <source>%1 exists and is not empty; the demo county is written only into a new file.</source>
        <translation>%1 已存在且不是空文件；演示县只能写入新文件。</translation>
    </message>
    <message>
        <source>The demo name lists cannot be read: %1</source>
        <translation>无法读取演示用姓名表：%1</translation>
    </message>
    <message>
        <source>%1: %2 ms (%3 rows so far)</source>
        <translation>%1：%2 毫秒（已写入 %3 行）</translation>
    </message>
    <message>
        <source>The demo county could not be written: %1</source>
        <translation>无法写入演示县：%1</translation>
    </message>
    <message>
        <source>The published policy %1 cannot be read.</source>
        <translation>无法读取已发布的政策 %1。</translation>
    </message>
    <message>
        <source>The published policy %1 is not valid: %2</source>
        <translation>已发布的政策 %1 无效：%2</translation>
    </message>
    <message>
        <source>No policy is compiled into the program.</source>
        <translation>程序中没有内置政策。</translation>
    </message>
    <message>
        <source>No policy is published for scheme year %1.</source>
        <translation>%1 年度尚未发布政策。</translation>
    </message>
    <message>
        <source>A demo claim does not pass the engine&apos;s checks: %1</source>
        <translation>有一张演示报销单未通过结算计算的检查：%1</translation>
    </message>
</context>
<context>
    <name>DemoRunner</name>
    <message>
        <source>The demo county can only be opened on an empty database.</source>
        <translation>只有空数据库才能打开演示县。</translation>
    </message>
    <message>
        <source>Making the demo county; this takes a moment...</source>
        <translation>正在生成演示县，请稍候……</translation>
    </message>
    <message>
        <source>Jingban</source>
        <translation>经办</translation>
    </message>
    <message>
        <source>The demo county could not be made:
%1</source>
        <translation>无法生成演示县：
%1</translation>
    </message>
</context>
<context>
    <name>EditHouseholdDialog</name>
    <message>
        <source>Household details</source>
        <translation>户信息</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>住址(&amp;A)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>确定(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Phone: 11 digits for a mobile, or area code and number.</source>
        <translation>联系电话：手机为 11 位数字，固定电话为区号加号码。</translation>
    </message>
</context>
<context>
    <name>EnrollmentPage</name>
    <message>
        <source>&amp;Not yet paid</source>
        <translation>未缴费(&amp;N)</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <source>Household code, head&apos;s name or pinyin initials</source>
        <translation>户编号、户主姓名或拼音首字母</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村(&amp;V)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>Scheme &amp;year:</source>
        <translation>参保年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Household:</source>
        <translation>家庭户(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Open household card</source>
        <translation>打开户卡(&amp;O)</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>家庭户</translation>
    </message>
    <message>
        <source>Daily reconciliation</source>
        <translation>日对账</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>参保登记</translation>
    </message>
    <message>
        <source>&amp;Not yet paid for %1</source>
        <translation>%1 年度未缴费(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <source>%1 household(s)</source>
        <translation>
            <numerusform>共 %1 户</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import roster...</source>
        <extracomment>enrollment page: import the county&apos;s roster (花名册) from XLSX or CSV</extracomment>
        <translation>导入花名册(&amp;I)...</translation>
    </message>
    <message>
        <source>Void and refund requests</source>
        <extracomment>tab of the enrollment page: void and refund requests waiting for a reviewer</extracomment>
        <translation>作废与退费申请</translation>
    </message>
    <message>
        <source>Insured elsewhere</source>
        <extracomment>tab of the enrollment page: a list of people insured elsewhere checked against the enrollments (重复参保核查)</extracomment>
        <translation>重复参保核查</translation>
    </message>
</context>
<context>
    <name>EnrollmentService</name>
    <message>
        <source>Household: no such household.</source>
        <translation>家庭户：查无此户。</translation>
    </message>
    <message>
        <source>Payment channel: %1 is not one of cash, bank, mobile, subsidy.</source>
        <translation>缴费方式：%1 不是现金、银行、移动支付、财政代缴之一。</translation>
    </message>
    <message>
        <source>Members: pick at least one member to enroll.</source>
        <translation>参保成员：请至少选择一名要登记的成员。</translation>
    </message>
    <message>
        <source>Tier: the %1 policy has no tier %2.</source>
        <translation>档次：%1 年度政策中没有第 %2 档。</translation>
    </message>
    <message>
        <source>Members: %1 is not a member of this household.</source>
        <translation>参保成员：%1 不是本户成员。</translation>
    </message>
    <message>
        <source>Members: %1 is not an active member (dead or moved out).</source>
        <translation>参保成员：%1 不是在册成员（已死亡或已迁出）。</translation>
    </message>
    <message>
        <source>Members: %1 is enrolled for %2 already (household %3).</source>
        <translation>参保成员：%1 已登记 %2 年度参保（户 %3）。</translation>
    </message>
    <message>
        <source>An enrollment keeps its person, year and receipt; void the receipt and enroll again.</source>
        <translation>参保登记的参保人、年度和票据不能更改；请作废票据后重新登记。</translation>
    </message>
    <message>
        <source>Person: no such person.</source>
        <translation>参保人：没有这个人。</translation>
    </message>
    <message>
        <source>Status: %1 is not pending, paid, refunded or voided.</source>
        <translation>状态：%1 不是“待缴费”“已缴费”“已退费”或“已作废”之一。</translation>
    </message>
    <message>
        <source>Personal contribution</source>
        <translation>个人缴费</translation>
    </message>
    <message>
        <source>Paid by the state</source>
        <translation>财政代缴</translation>
    </message>
    <message>
        <source>Government subsidy</source>
        <translation>财政补助</translation>
    </message>
    <message>
        <source>%1: the %2 policy makes it %3 for %4 in tier %5, not %6.</source>
        <translation>%1：按 %2 年度政策，%4 在第 %5 档应为 %3，而不是 %6。</translation>
    </message>
    <message>
        <source>Personal contribution: receipt %1 lists the amount paid; void it and enroll again.</source>
        <translation>个人缴费：票据 %1 已载明缴费金额；请作废后重新登记。</translation>
    </message>
</context>
<context>
    <name>FilingDiseaseModel</name>
    <message>
        <source>%1 %2 (poverty persons only)</source>
        <translation>%1 %2（限脱贫人口）</translation>
    </message>
</context>
<context>
    <name>FilingForm</name>
    <message>
        <source>Id number, name or pinyin initials, then Enter</source>
        <translation>公民身份号码、姓名或拼音首字母，然后按回车键</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <extracomment>filing form field</extracomment>
        <translation>参保人(&amp;P)：</translation>
    </message>
    <message>
        <source>Code, name or pinyin initials, then Enter</source>
        <translation>编码、名称或拼音首字母，然后按回车键</translation>
    </message>
    <message>
        <source>&amp;Disease:</source>
        <extracomment>filing form field: catalogue disease</extracomment>
        <translation>病种(&amp;D)：</translation>
    </message>
    <message>
        <source>Diagnosed &amp;at:</source>
        <extracomment>filing form field: the institution that diagnosed the disease</extracomment>
        <translation>诊断机构(&amp;A)：</translation>
    </message>
    <message>
        <source>Diagnosed &amp;on:</source>
        <extracomment>filing form field</extracomment>
        <translation>诊断日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <extracomment>filing form field: kind of diagnosis evidence</extracomment>
        <translation>诊断依据(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <extracomment>filing form field: free note (test values, hospital record number)</extracomment>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Scans:</source>
        <extracomment>filing form field: scans of the evidence</extracomment>
        <translation>扫描件：</translation>
    </message>
    <message>
        <source>&amp;Save filing (Ctrl+S)</source>
        <translation>保存备案(&amp;S)（Ctrl+S）</translation>
    </message>
    <message>
        <source>Attach scans of the evidence</source>
        <translation>添加诊断依据扫描件</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>扫描件 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Your role cannot file special-outpatient certifications.</source>
        <translation>您的角色不能办理特殊门诊备案。</translation>
    </message>
    <message>
        <source>Person: type an id number, a name or pinyin initials.</source>
        <translation>参保人：请输入公民身份号码、姓名或拼音首字母。</translation>
    </message>
    <message>
        <source>Person: nobody found for &quot;%1&quot;.</source>
        <translation>参保人：没有找到与“%1”相符的人。</translation>
    </message>
    <message>
        <source>Disease: %1 is open to registered poverty persons only.</source>
        <translation>病种：%1 仅限建档立卡贫困人口备案。</translation>
    </message>
    <message>
        <source>Disease: type a code, a name or pinyin initials.</source>
        <translation>病种：请输入编码、名称或拼音首字母。</translation>
    </message>
    <message>
        <source>Disease: nothing in the catalogue matches &quot;%1&quot;.</source>
        <translation>病种：病种目录中没有与“%1”相符的病种。</translation>
    </message>
    <message>
        <source>Institution: no designated institution matches &quot;%1&quot;.</source>
        <translation>医疗机构：没有与“%1”相符的定点医疗机构。</translation>
    </message>
    <message>
        <source>Scan: %1 is not an image (JPEG, PNG) or a PDF.</source>
        <translation>扫描件：%1 不是图片（JPEG、PNG）或 PDF 文件。</translation>
    </message>
    <message>
        <source>Scan: %1 cannot be read, is empty or is larger than %2 MB.</source>
        <translation>扫描件：%1 无法读取、是空文件或大于 %2 MB。</translation>
    </message>
    <message>
        <source>Correcting a returned filing. Reason given: %1</source>
        <translation>正在修改已退回的备案。退回原因：%1</translation>
    </message>
    <message>
        <source>&amp;Save correction (Ctrl+S)</source>
        <translation>保存修改(&amp;S)（Ctrl+S）</translation>
    </message>
    <message>
        <source>Scan: %1 cannot be read.</source>
        <translation>扫描件：无法读取 %1。</translation>
    </message>
    <message>
        <source>The corrected filing waits for review again.</source>
        <translation>修改后的备案重新等待初审。</translation>
    </message>
    <message>
        <source>Filed. The filing waits for review at the township.</source>
        <translation>已备案，等待乡镇初审。</translation>
    </message>
    <message>
        <source>Attach s&amp;cans...</source>
        <extracomment>filing form button: pick scans of the evidence to attach</extracomment>
        <translation>添加扫描件(&amp;C)...</translation>
    </message>
    <message>
        <source>Ne&amp;w filing</source>
        <translation>新建备案(&amp;W)</translation>
    </message>
</context>
<context>
    <name>FilingFormRenderer</name>
    <message>
        <source>Special-outpatient (chronic and special disease) filing form</source>
        <translation>门诊慢特病备案表</translation>
    </message>
    <message>
        <source>Township: %1</source>
        <translation>乡镇：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <extracomment>printed filing form: current status of the filing</extracomment>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>printed filing form: person category when none applies</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Village</source>
        <extracomment>printed filing form: household number</extracomment>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>printed filing form: poverty, dibao, tekun</extracomment>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>病种</translation>
    </message>
    <message>
        <source>Diagnosed at</source>
        <extracomment>printed filing form: the diagnosing institution</extracomment>
        <translation>诊断机构</translation>
    </message>
    <message>
        <source>Diagnosed on</source>
        <translation>诊断日期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>printed filing form: evidence kind</extracomment>
        <translation>诊断依据</translation>
    </message>
    <message numerus="yes">
        <source> (%n scan(s) attached)</source>
        <translation>
            <numerusform>（附扫描件 %n 份）</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Filed by</source>
        <extracomment>printed filing form: who filed it and when</extracomment>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <extracomment>printed filing form: township reviewer</extracomment>
        <translation>初审人</translation>
    </message>
    <message>
        <source>County certification</source>
        <extracomment>printed filing form: the county&apos;s certification</extracomment>
        <translation>县级认定</translation>
    </message>
    <message>
        <source>Certified by %1; valid from %2 to %3</source>
        <translation>认定人：%1；有效期自 %2 至 %3</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>printed filing form: reason for returning, rejecting or revoking</extracomment>
        <translation>原因</translation>
    </message>
    <message>
        <source>I declare that the diagnosis evidence I provided is true and complete, and I agree that the medical insurance office may check it with the diagnosing institution. I know that special-outpatient bills are reimbursed only after the county has certified this filing, and only for the disease certified.</source>
        <translation>本人承诺所提供的诊断证明材料真实、完整，同意医保经办机构向诊断机构核实。本人知晓：特殊门诊费用须在本备案经县级认定后方可报销，且仅限已认定的病种。</translation>
    </message>
    <message>
        <source>Applicant (signature):</source>
        <extracomment>signature line on the printed filing form</extracomment>
        <translation>申请人（签字）：</translation>
    </message>
    <message>
        <source>Clerk (signature):</source>
        <translation>经办人（签字）：</translation>
    </message>
    <message>
        <source>Reviewer (signature):</source>
        <translation>审核人（签字）：</translation>
    </message>
    <message>
        <source>Date:          year      month      day</source>
        <extracomment>date line on the printed filing form</extracomment>
        <translation>日期：          年      月      日</translation>
    </message>
    <message>
        <source>Filing %1</source>
        <translation>备案 %1</translation>
    </message>
    <message>
        <source>Special-outpatient filing form</source>
        <translation>门诊慢特病备案表</translation>
    </message>
    <message>
        <source>The filing form cannot be written to %1.</source>
        <translation>无法将备案表写入 %1。</translation>
    </message>
</context>
<context>
    <name>FilingListExport</name>
    <message>
        <source>filings-%1.xlsx</source>
        <extracomment>file name offered for the exported filing list; keep the .xlsx ending</extracomment>
        <translation>备案-%1.xlsx</translation>
    </message>
    <message>
        <source>Exporting the filings...</source>
        <translation>正在导出备案...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export the filing list</source>
        <translation>导出备案列表</translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 条备案导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilingListModel</name>
    <message>
        <source>The filings cannot be read: %1</source>
        <translation>无法读取备案：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Disease</source>
        <extracomment>filing list column: the catalogue disease filed for</extracomment>
        <translation>病种</translation>
    </message>
    <message>
        <source>Diagnosed at</source>
        <extracomment>filing list column: the diagnosing institution</extracomment>
        <translation>诊断机构</translation>
    </message>
    <message>
        <source>Diagnosed on</source>
        <extracomment>filing list column: diagnosis date</extracomment>
        <translation>诊断日期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>filing list column: kind of diagnosis evidence</extracomment>
        <translation>诊断依据</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>filing list column: return, rejection or revocation reason</extracomment>
        <translation>原因</translation>
    </message>
    <message>
        <source>Valid to</source>
        <extracomment>filing list column: end of the certification&apos;s validity</extracomment>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <extracomment>filing status: reported by the village / filed at the counter, waiting for township review</extracomment>
        <translation>待初审</translation>
    </message>
    <message>
        <source>Returned</source>
        <extracomment>filing status: returned to the clerk with a reason</extracomment>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <extracomment>filing status: approved at the township, not yet submitted</extracomment>
        <translation>已初审</translation>
    </message>
    <message>
        <source>Submitted to the county</source>
        <extracomment>filing status: submitted to the county</extracomment>
        <translation>已上报县级</translation>
    </message>
    <message>
        <source>Certified</source>
        <extracomment>filing status: certified by the county</extracomment>
        <translation>已认定</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>filing status: rejected by the county</extracomment>
        <translation>不予认定</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>filing status: the certification&apos;s validity ended</extracomment>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Revoked</source>
        <extracomment>filing status: the certification was revoked</extracomment>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Inpatient record</source>
        <extracomment>filing evidence kind</extracomment>
        <translation>住院病历</translation>
    </message>
    <message>
        <source>Outpatient record with test report</source>
        <extracomment>filing evidence kind</extracomment>
        <translation>门诊病历及检查报告</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <extracomment>the export was cancelled by the user; the file was not written</extracomment>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>FilingService</name>
    <message>
        <source>Person: no such person.</source>
        <translation>参保人：查无此人。</translation>
    </message>
    <message>
        <source>Diagnosis date: not a date.</source>
        <translation>诊断日期：不是有效日期。</translation>
    </message>
    <message>
        <source>Diagnosis date: in the future.</source>
        <translation>诊断日期：不能是将来的日期。</translation>
    </message>
    <message>
        <source>Evidence: an inpatient record, or an outpatient record with a test report.</source>
        <translation>证明材料：须为住院病历，或门诊病历加检查报告。</translation>
    </message>
    <message>
        <source>Disease: required.</source>
        <translation>病种：必须填写。</translation>
    </message>
    <message>
        <source>Disease: %1 is not in the county&apos;s catalogue.</source>
        <translation>病种：%1 不在本县病种目录中。</translation>
    </message>
    <message>
        <source>Disease: %1 is open to registered poverty persons only.</source>
        <translation>病种：%1 仅限建档立卡贫困人口备案。</translation>
    </message>
    <message>
        <source>Disease: this person has a live filing for %1 already.</source>
        <translation>病种：此人已有 %1 的有效备案。</translation>
    </message>
    <message>
        <source>Institution: no such institution.</source>
        <translation>医疗机构：查无此机构。</translation>
    </message>
    <message>
        <source>Filing: no such filing.</source>
        <translation>备案：查无此备案。</translation>
    </message>
    <message>
        <source>Only a reported filing can be reviewed; this one is %1.</source>
        <translation>只有“村级已申报”的备案才能初审；这一条的状态是“%1”。</translation>
    </message>
    <message>
        <source>Reason: required when a filing is returned.</source>
        <translation>原因：退回备案时必须填写。</translation>
    </message>
    <message>
        <source>Scans can be attached only before the filing is reviewed.</source>
        <translation>只有在初审之前才能添加扫描件。</translation>
    </message>
    <message>
        <source>Scan: %1 is not an image (JPEG, PNG) or a PDF.</source>
        <translation>扫描件：%1 不是图片（JPEG、PNG）或 PDF 文件。</translation>
    </message>
    <message>
        <source>Scan: %1 is empty.</source>
        <translation>扫描件：%1 是空文件。</translation>
    </message>
    <message>
        <source>Scan: %1 is larger than %2 MB.</source>
        <translation>扫描件：%1 大于 %2 MB。</translation>
    </message>
    <message>
        <source>Only a returned filing can be corrected.</source>
        <translation>只有已退回的备案才能修改。</translation>
    </message>
    <message>
        <source>Person: a filing cannot be moved to another person; file a new one.</source>
        <translation>参保人：备案不能改到另一人名下，请另行备案。</translation>
    </message>
    <message>
        <source>Pick at least one filing.</source>
        <translation>请至少选择一条备案。</translation>
    </message>
    <message>
        <source>Filing: no such filing (%1).</source>
        <translation>备案：查无此备案（%1）。</translation>
    </message>
    <message>
        <source>Filing %1 is %2; this step needs it to be %3.</source>
        <translation>备案 %1 的状态是“%2”；这一步要求状态为“%3”。</translation>
    </message>
    <message>
        <source>Valid from: not a date.</source>
        <translation>有效期起：不是有效日期。</translation>
    </message>
    <message>
        <source>Valid to: before valid from.</source>
        <translation>有效期止：早于有效期起。</translation>
    </message>
    <message>
        <source>Reason: required when a filing is rejected.</source>
        <translation>原因：不予认定时必须填写。</translation>
    </message>
    <message>
        <source>Reason: required when a certification is revoked.</source>
        <translation>原因：撤销认定时必须填写。</translation>
    </message>
    <message>
        <source>Person: not enrolled and paid for %1 or a later year.</source>
        <translation>参保人：未参加 %1 年度或以后年度的参保缴费。</translation>
    </message>
    <message>
        <source>A filing keeps its township and the user who filed it.</source>
        <translation>备案的乡镇和申报人不能更改。</translation>
    </message>
    <message>
        <source>The county decides on submitted filings only, and changes only the decision.</source>
        <translation>县里只对已上报的备案作出认定，且只改认定结果。</translation>
    </message>
    <message>
        <source>Status: %1 is not a step of the filing workflow.</source>
        <translation>状态：%1 不是备案流程中的一步。</translation>
    </message>
    <message>
        <source>A filing submitted to the county is no longer the township&apos;s to change.</source>
        <translation>已上报县里的备案，乡镇不能再修改。</translation>
    </message>
    <message>
        <source>Valid to: not a date.</source>
        <translation>有效期至：不是日期。</translation>
    </message>
    <message>
        <source>The user who filed this filing may not review, submit or decide it (two-person review).</source>
        <translation>申报这份备案的人不能审核、上报或认定它（双人复核）。</translation>
    </message>
</context>
<context>
    <name>FilingWorklist</name>
    <message>
        <source>All</source>
        <extracomment>filing list filter: every status</extracomment>
        <translation>全部</translation>
    </message>
    <message>
        <source>All villages</source>
        <extracomment>filing list filter: every village</extracomment>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <source>Disease code</source>
        <translation>病种编码</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村(&amp;V)：</translation>
    </message>
    <message>
        <source>D&amp;isease:</source>
        <extracomment>filing list filter label</extracomment>
        <translation>病种(&amp;I)：</translation>
    </message>
    <message>
        <source>Reason for returning (required to return)</source>
        <translation>退回原因（退回时必须填写）</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <extracomment>reviewer&apos;s button: approve the selected filings (初审通过)</extracomment>
        <translation>初审通过(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <extracomment>reviewer&apos;s button: return the selected filings to the clerk (退回)</extracomment>
        <translation>退回(&amp;T)</translation>
    </message>
    <message>
        <source>Su&amp;bmit to the county</source>
        <extracomment>reviewer&apos;s button: submit reviewed filings to the county (上报)</extracomment>
        <translation>上报县级(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <extracomment>clerk&apos;s button: open a returned filing to correct it</extracomment>
        <translation>修改(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print form</source>
        <extracomment>print the filing form for the person to sign</extracomment>
        <translation>打印备案表(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s)</source>
        <extracomment>count of filings the list&apos;s filter matches</extracomment>
        <translation>
            <numerusform>共 %n 条备案</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick at least one filing.</source>
        <translation>请至少选择一条备案。</translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) approved.</source>
        <translation>
            <numerusform>%n 条备案初审通过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) returned to the clerk.</source>
        <translation>
            <numerusform>%n 条备案已退回经办员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) submitted to the county.</source>
        <translation>
            <numerusform>%n 条备案已上报县级。</numerusform>
        </translation>
    </message>
    <message>
        <source>Certified, expiring within 60 days</source>
        <extracomment>filing list filter: certified filings whose validity ends within the next 60 days</extracomment>
        <translation>已认定，60 天内到期</translation>
    </message>
    <message>
        <source>Print &amp;notice</source>
        <extracomment>print the county&apos;s certification (or non-certification) notice for the person</extracomment>
        <translation>打印通知书(&amp;N)</translation>
    </message>
    <message>
        <source>Reason for revoking (required to revoke)</source>
        <extracomment>reason field of the filing list, for the county certifier</extracomment>
        <translation>撤销原因（撤销时必须填写）</translation>
    </message>
    <message>
        <source>The certification is revoked.</source>
        <translation>已撤销该认定。</translation>
    </message>
    <message>
        <source>Revo&amp;ke</source>
        <extracomment>county certifier&apos;s button: revoke a certification, with a reason (撤销认定)</extracomment>
        <translation>撤销(&amp;K)</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <extracomment>export the filing list as filtered to XLSX or CSV (Ctrl+E)</extracomment>
        <translation>导出(&amp;X)...</translation>
    </message>
    <message>
        <source>Export every filing the filters match to an Excel workbook or CSV file (Ctrl+E)</source>
        <translation>将符合筛选条件的全部备案导出为 Excel 工作簿或 CSV 文件（Ctrl+E）</translation>
    </message>
    <message numerus="yes">
        <source>%n filing(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 条备案导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunSetupDialog</name>
    <message>
        <source>Jingban - first run</source>
        <translation>经办 - 首次设置</translation>
    </message>
    <message>
        <source>This workstation has no accounts yet. Set up the township it serves and the township administrator&apos;s account, or open the demo county to look around.</source>
        <translation>本工作站还没有任何账号。请设置本工作站所服务的乡镇和乡镇管理员账号，或打开演示县先试用一下。</translation>
    </message>
    <message>
        <source>6 digits, e.g. 360121</source>
        <translation>6 位数字，如 360121</translation>
    </message>
    <message>
        <source>9 digits, beginning with the county code</source>
        <translation>9 位数字，以县代码开头</translation>
    </message>
    <message>
        <source>lower-case letters and digits, e.g. admin</source>
        <translation>小写字母和数字，如 admin</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>&amp;County code:</source>
        <translation>县代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Township code:</source>
        <translation>乡镇代码(&amp;T)：</translation>
    </message>
    <message>
        <source>Township &amp;name:</source>
        <translation>乡镇名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Township administrator</source>
        <translation>乡镇管理员</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>确认密码(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;reate and sign in</source>
        <translation>创建并登录(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;demo county</source>
        <translation>打开演示县(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Confirm password: does not match the password.</source>
        <translation>确认密码：与密码不一致。</translation>
    </message>
</context>
<context>
    <name>GeographyService</name>
    <message>
        <source>County code: six digits (GB/T 2260).</source>
        <translation>县代码：6 位数字（GB/T 2260）。</translation>
    </message>
    <message>
        <source>Township code: nine digits beginning with the county code.</source>
        <translation>乡镇代码：以县代码开头的 9 位数字。</translation>
    </message>
    <message>
        <source>Township name: required.</source>
        <translation>乡镇名称：必须填写。</translation>
    </message>
    <message>
        <source>Township: no such township.</source>
        <translation>乡镇：查无此乡镇。</translation>
    </message>
    <message>
        <source>Village code: twelve digits beginning with the township code.</source>
        <translation>村代码：以乡镇代码开头的 12 位数字。</translation>
    </message>
    <message>
        <source>Village name: required.</source>
        <translation>村名称：必须填写。</translation>
    </message>
    <message>
        <source>Institution code: required.</source>
        <translation>机构编码：必须填写。</translation>
    </message>
    <message>
        <source>Institution name: required.</source>
        <translation>机构名称：必须填写。</translation>
    </message>
    <message>
        <source>Level: %1 is not one of village, township, county, city, province.</source>
        <translation>级别：%1 不是村、乡镇、县、市、省之一。</translation>
    </message>
    <message>
        <source>Location: %1 is not one of in county, in city, in province, out of province.</source>
        <translation>就医地：%1 不是县内、县外市内、市外省内、省外之一。</translation>
    </message>
</context>
<context>
    <name>HouseholdCard</name>
    <message>
        <source>add %1</source>
        <extracomment>undo menu entry</extracomment>
        <translation>增加成员%1</translation>
    </message>
    <message>
        <source>Household code:</source>
        <translation>户编号：</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>村（社区）：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住址：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>&amp;Add member...</source>
        <translation>增加成员(&amp;A)...</translation>
    </message>
    <message>
        <source>Record &amp;death...</source>
        <translation>登记死亡(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>重做(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Take contributions...</source>
        <translation>收费(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;Print receipt...</source>
        <translation>打印票据(&amp;P)...</translation>
    </message>
    <message>
        <source>Receipt as P&amp;DF...</source>
        <translation>票据另存为 PDF(&amp;D)...</translation>
    </message>
    <message>
        <source>Request &amp;void...</source>
        <translation>申请作废(&amp;V)...</translation>
    </message>
    <message>
        <source>Request re&amp;fund...</source>
        <translation>申请退费(&amp;F)...</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>批准(&amp;V)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Receipt si&amp;ze:</source>
        <translation>票据纸张(&amp;Z)：</translation>
    </message>
    <message>
        <source>Household &amp;members:</source>
        <translation>家庭成员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Enrollments by scheme year:</source>
        <translation>历年参保登记(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Household %1[*]</source>
        <extracomment>window title of the household card; [*] marks unsaved changes</extracomment>
        <translation>户卡 %1[*]</translation>
    </message>
    <message>
        <source>Household %1 (no head yet)</source>
        <translation>户卡 %1（尚无户主）</translation>
    </message>
    <message>
        <source>Household %1, head %2</source>
        <translation>户卡 %1，户主 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Record a death</source>
        <translation>登记死亡</translation>
    </message>
    <message>
        <source>Death of %1. No claims are paid for care after this date.</source>
        <translation>登记%1死亡。此日期以后发生的医疗费用不予报销。</translation>
    </message>
    <message>
        <source>Date of &amp;death:</source>
        <translation>死亡日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Save or undo the changes to the members first.</source>
        <translation>请先保存或撤销对成员的修改。</translation>
    </message>
    <message>
        <source>Request a refund</source>
        <translation>申请退费</translation>
    </message>
    <message>
        <source>Request to void the receipt</source>
        <translation>申请作废票据</translation>
    </message>
    <message>
        <source>Reason (a reviewer approves the request):</source>
        <translation>原因（由审核员批准）：</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Approve: %1 receipt %2 (%3)? Reason given: %4</source>
        <translation>批准%1：票据 %2（%3）？申请原因：%4</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Why is the request rejected?</source>
        <translation>驳回理由：</translation>
    </message>
    <message>
        <source>Close the household card</source>
        <translation>关闭户卡</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the members are not saved. Close and discard them?</source>
        <translation>
            <numerusform>成员的 %n 项修改尚未保存。关闭并放弃这些修改吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>death of %1</source>
        <extracomment>undo menu entry</extracomment>
        <translation>登记%1死亡</translation>
    </message>
    <message>
        <source>marriage of %1</source>
        <extracomment>undo menu entry: a marriage into the household</extracomment>
        <translation>%1 婚入</translation>
    </message>
    <message>
        <source>%1 as head</source>
        <extracomment>undo menu entry: a member becomes the head of the household</extracomment>
        <translation>%1 设为户主</translation>
    </message>
    <message>
        <source>Marr&amp;iage in...</source>
        <extracomment>household card: a spouse (or other) marries into the household</extracomment>
        <translation>婚入(&amp;I)...</translation>
    </message>
    <message>
        <source>Move to &amp;other household...</source>
        <extracomment>household card: the current member moves to another household</extracomment>
        <translation>迁往其他户(&amp;O)...</translation>
    </message>
    <message>
        <source>Make &amp;head...</source>
        <extracomment>household card: the current member becomes the head</extracomment>
        <translation>设为户主(&amp;H)...</translation>
    </message>
    <message>
        <source>Marriage into the household</source>
        <translation>婚入本户</translation>
    </message>
    <message>
        <source>Move %1 to another household</source>
        <translation>将 %1 迁往其他户</translation>
    </message>
    <message>
        <source>To &amp;household (code):</source>
        <translation>迁入户(&amp;H)（户编号）：</translation>
    </message>
    <message>
        <source>&amp;Relation to its head:</source>
        <extracomment>the member&apos;s relation to the head of the household they move to</extracomment>
        <translation>与该户户主关系(&amp;R)：</translation>
    </message>
    <message>
        <source>Household: no household of this township has the code %1.</source>
        <translation>户编号：本乡镇没有户编号为 %1 的家庭户。</translation>
    </message>
    <message>
        <source>Household: %1 is this household.</source>
        <translation>户编号：%1 就是本户。</translation>
    </message>
    <message>
        <source>Make %1 the head</source>
        <translation>将 %1 设为户主</translation>
    </message>
    <message>
        <source>The household has no head now.</source>
        <translation>本户目前没有户主。</translation>
    </message>
    <message>
        <source>Relation of %1, the head until now, to %2:</source>
        <translation>原户主 %1 与 %2 的关系：</translation>
    </message>
    <message>
        <source>move of %1 to household %2</source>
        <extracomment>undo menu entry: a member moves to another household</extracomment>
        <translation>%1 迁往户 %2</translation>
    </message>
    <message>
        <source>household details</source>
        <extracomment>undo menu entry: the household&apos;s village, address or phone changed</extracomment>
        <translation>修改户信息</translation>
    </message>
    <message>
        <source>corrections of %1</source>
        <extracomment>undo menu entry: corrections of a member&apos;s details</extracomment>
        <translation>更正%1的信息</translation>
    </message>
    <message>
        <source>Co&amp;rrect member...</source>
        <extracomment>household card: correct the current member&apos;s id number, name, relation, categories or phone</extracomment>
        <translation>更正成员信息(&amp;R)...</translation>
    </message>
    <message>
        <source>Househo&amp;ld details...</source>
        <extracomment>household card: the household&apos;s village, address and phone</extracomment>
        <translation>修改户信息(&amp;L)...</translation>
    </message>
    <message>
        <source>Move out of the count&amp;y...</source>
        <extracomment>household card: the current member leaves the county&apos;s resident insurance (迁出)</extracomment>
        <translation>迁出本县(&amp;Y)...</translation>
    </message>
    <message>
        <source>%1 (details changed, not saved)</source>
        <extracomment>household card: the household&apos;s village, address or phone changed on the card, not saved yet</extracomment>
        <translation>%1（户信息已修改，未保存）</translation>
    </message>
    <message>
        <source>Move out of the county</source>
        <translation>迁出本县</translation>
    </message>
    <message>
        <source>%1 leaves the county&apos;s resident insurance. No enrollment is taken for them after this; a year already paid keeps its cover. Record the move out?</source>
        <translation>%1迁出本县城乡居民医保。此后不再为其办理参保；已缴费年度的待遇保留至年度结束。确认登记迁出吗？</translation>
    </message>
    <message>
        <source>move out of %1</source>
        <extracomment>undo menu entry: a member moves out of the county</extracomment>
        <translation>%1迁出</translation>
    </message>
</context>
<context>
    <name>HouseholdCardModel</name>
    <message>
        <source>New (not saved)</source>
        <extracomment>household card: a member added on the card, not saved yet</extracomment>
        <translation>新增（未保存）</translation>
    </message>
    <message>
        <source>Deceased %1 (not saved)</source>
        <extracomment>household card: a death entered on the card, not saved yet</extracomment>
        <translation>已死亡（%1，未保存）</translation>
    </message>
    <message>
        <source>Deceased %1</source>
        <translation>已死亡（%1）</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Marries in (not saved)</source>
        <extracomment>household card: a marriage into the household entered on the card, not saved yet</extracomment>
        <translation>婚入（未保存）</translation>
    </message>
    <message>
        <source>Moves to household %1 (not saved)</source>
        <extracomment>household card: a move to another household entered on the card, not saved yet</extracomment>
        <translation>迁往户 %1（未保存）</translation>
    </message>
    <message>
        <source>Moves out (not saved)</source>
        <extracomment>household card: a move out of the county entered on the card, not saved yet</extracomment>
        <translation>迁出（未保存）</translation>
    </message>
    <message>
        <source>%1, corrected (not saved)</source>
        <extracomment>household card: corrections of a member entered on the card, not saved yet</extracomment>
        <translation>%1，信息已更正（未保存）</translation>
    </message>
</context>
<context>
    <name>HouseholdContributionModel</name>
    <message>
        <source>Deceased</source>
        <translation>已死亡</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <source>Enrolled for %1 already (household %2)</source>
        <translation>已登记 %1 年度参保（户 %2）</translation>
    </message>
    <message>
        <source>Enrolled for %1 already (household %2, receipt %3)</source>
        <translation>已登记 %1 年度参保（户 %2，票据号 %3）</translation>
    </message>
    <message>
        <source>No policy is published for scheme year %1: contributions cannot be taken.</source>
        <translation>%1 年度尚未发布政策，不能收费。</translation>
    </message>
    <message>
        <source>The %1 policy has no tier %2.</source>
        <translation>%1 年度政策中没有第 %2 档。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Pays</source>
        <extracomment>what the person pays at the counter</extracomment>
        <translation>个人应缴</translation>
    </message>
    <message>
        <source>Paid by the state</source>
        <translation>财政代缴</translation>
    </message>
    <message>
        <source>Government subsidy</source>
        <translation>财政补助</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>HouseholdEnrollmentModel</name>
    <message>
        <source>Pending</source>
        <extracomment>enrollment status</extracomment>
        <translation>未缴费</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>enrollment status</extracomment>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>Refunded</source>
        <extracomment>enrollment status</extracomment>
        <translation>已退费</translation>
    </message>
    <message>
        <source>Voided</source>
        <extracomment>enrollment status</extracomment>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <extracomment>contribution tier, e.g. 一档</extracomment>
        <translation>第 %1 档</translation>
    </message>
    <message>
        <source>Scheme year</source>
        <translation>参保年度</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>Personal contribution</source>
        <translation>个人缴费</translation>
    </message>
    <message>
        <source>Paid by the state</source>
        <extracomment>the personal amount the state paid for a subsidized person (代缴)</extracomment>
        <translation>财政代缴</translation>
    </message>
    <message>
        <source>Government subsidy</source>
        <translation>财政补助</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>票据号</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>缴费时间</translation>
    </message>
</context>
<context>
    <name>HouseholdListModel</name>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Registered poverty</source>
        <translation>建档立卡贫困人口</translation>
    </message>
    <message>
        <source>Dibao</source>
        <translation>低保对象</translation>
    </message>
    <message>
        <source>Tekun</source>
        <translation>特困供养人员</translation>
    </message>
    <message>
        <source>Near-poor</source>
        <translation>边缘易致贫户</translation>
    </message>
    <message>
        <source>Not paid</source>
        <extracomment>household list: no member paid for the year</extracomment>
        <translation>未缴费</translation>
    </message>
    <message>
        <source>%1/%2 paid</source>
        <extracomment>household list: paid members of live members, e.g. 3/4</extracomment>
        <translation>已缴 %1/%2</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Head&apos;s id number</source>
        <translation>户主公民身份号码</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>household list column: live members</extracomment>
        <translation>在册人数</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Paid for %1</source>
        <extracomment>household list column: paid for the scheme year</extracomment>
        <translation>%1 年度已缴费</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>HouseholdMembersModel</name>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>子</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙子女</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>registered poverty</source>
        <translation>建档立卡贫困人口</translation>
    </message>
    <message>
        <source>dibao</source>
        <translation>低保对象</translation>
    </message>
    <message>
        <source>tekun</source>
        <translation>特困供养人员</translation>
    </message>
    <message>
        <source>near-poor</source>
        <translation>边缘易致贫户</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separator between subsidized categories</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Subsidized category</source>
        <translation>资助类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>HouseholdService</name>
    <message>
        <source>%1, household %2, %3, %4</source>
        <translation>%1，户编号 %2，%3，%4</translation>
    </message>
    <message>
        <source>Village: no such village.</source>
        <translation>村：查无此村。</translation>
    </message>
    <message>
        <source>Household code: 1 to 32 letters, digits or &apos;-&apos;.</source>
        <translation>户编号：1 至 32 位字母、数字或“-”。</translation>
    </message>
    <message>
        <source>Phone: 11 digits for a mobile, or area code and number.</source>
        <translation>联系电话：手机为 11 位数字，固定电话为区号加号码。</translation>
    </message>
    <message>
        <source>Household code: %1 exists in this township.</source>
        <translation>户编号：%1 在本乡镇已存在。</translation>
    </message>
    <message>
        <source>Household: no such household.</source>
        <translation>家庭户：查无此户。</translation>
    </message>
    <message>
        <source>Id number: %1 is already registered: %2.</source>
        <translation>公民身份号码：%1 已登记：%2。</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>姓名：必须填写。</translation>
    </message>
    <message>
        <source>Name: at most 30 characters.</source>
        <translation>姓名：最多 30 个字。</translation>
    </message>
    <message>
        <source>Relation to head: %1 is not a known relation.</source>
        <translation>与户主关系：%1 不是可选的关系。</translation>
    </message>
    <message>
        <source>Relation to head: this household has a head already.</source>
        <translation>与户主关系：本户已有户主。</translation>
    </message>
    <message>
        <source>Person: no such person.</source>
        <translation>参保人：查无此人。</translation>
    </message>
    <message>
        <source>Date of death: not a date.</source>
        <translation>死亡日期：不是有效日期。</translation>
    </message>
    <message>
        <source>Date of death: in the future.</source>
        <translation>死亡日期：不能是将来的日期。</translation>
    </message>
    <message>
        <source>Date of death: before the date of birth.</source>
        <translation>死亡日期：早于出生日期。</translation>
    </message>
    <message>
        <source>This person&apos;s death is recorded already.</source>
        <translation>此人的死亡已登记过。</translation>
    </message>
    <message>
        <source>Household: no such household to move to.</source>
        <translation>家庭户：查无要迁入的户。</translation>
    </message>
    <message>
        <source>Household: %1 is in this household already.</source>
        <translation>家庭户：%1 已在本户。</translation>
    </message>
    <message>
        <source>Only a live member can move; %1 is not.</source>
        <translation>只有在世的成员才能迁移；%1 不是。</translation>
    </message>
    <message>
        <source>Relation to head: household %1 has a head already.</source>
        <translation>与户主关系：户 %1 已有户主。</translation>
    </message>
    <message>
        <source>%1 is the head of a household with other members: change the head first.</source>
        <translation>%1 是户主，户内还有其他成员：请先变更户主。</translation>
    </message>
    <message>
        <source>Relation to head: a member who marries in is not the head; change the head after.</source>
        <translation>与户主关系：婚入的成员不能直接作为户主，请婚入后再变更户主。</translation>
    </message>
    <message>
        <source>New head: not a member of this household.</source>
        <translation>新户主：不是本户成员。</translation>
    </message>
    <message>
        <source>New head: %1 is not a live member.</source>
        <translation>新户主：%1 不是在世的成员。</translation>
    </message>
    <message>
        <source>New head: %1 is the head already.</source>
        <translation>新户主：%1 已经是户主。</translation>
    </message>
    <message>
        <source>Relation of the former head: pick the relation to the new head.</source>
        <translation>原户主关系：请选择原户主与新户主的关系。</translation>
    </message>
    <message>
        <source>Relation to head: %1 is the head; make another member the head instead.</source>
        <translation>与户主关系：%1是户主；请改为将其他成员设为户主。</translation>
    </message>
    <message>
        <source>Relation to head: use Make head to make %1 the head.</source>
        <translation>与户主关系：请用“设为户主”将%1设为户主。</translation>
    </message>
    <message>
        <source>Village: not a village of this household&apos;s township.</source>
        <translation>村：不是本户所在乡镇的村。</translation>
    </message>
    <message>
        <source>Address: at most 100 characters.</source>
        <translation>住址：最多 100 个字符。</translation>
    </message>
    <message>
        <source>Only a live member can move out; %1 is not.</source>
        <translation>只有在册成员才能迁出；%1不是在册成员。</translation>
    </message>
    <message>
        <source>%1: yes or no.</source>
        <translation>%1：只能是“是”或“否”。</translation>
    </message>
    <message>
        <source>Household: not a household of this person&apos;s township.</source>
        <translation>家庭户：不是此人所在乡镇的家庭户。</translation>
    </message>
    <message>
        <source>Registered poverty</source>
        <translation>建档立卡贫困人口</translation>
    </message>
    <message>
        <source>Dibao</source>
        <translation>低保对象</translation>
    </message>
    <message>
        <source>Tekun</source>
        <translation>特困供养人员</translation>
    </message>
    <message>
        <source>Near-poor</source>
        <translation>边缘易致贫户</translation>
    </message>
    <message>
        <source>Status: %1 is not living, dead or moved out.</source>
        <translation>状态：%1 不是“在世”“死亡”或“迁出”之一。</translation>
    </message>
    <message>
        <source>Date of death: only for a person whose death is recorded.</source>
        <translation>死亡日期：只有登记了死亡的人才填写。</translation>
    </message>
    <message>
        <source>Township: a household stays in its township.</source>
        <translation>乡镇：家庭户不能迁到别的乡镇。</translation>
    </message>
    <message>
        <source>Head of household: not a member of this household; make a member the head on the household card.</source>
        <translation>户主：不是本户成员；请在家庭户卡片上把本户成员设为户主。</translation>
    </message>
</context>
<context>
    <name>HouseholdYearPanel</name>
    <message>
        <source>Household code, head&apos;s name or initials</source>
        <translation>户编号、户主姓名或拼音首字母</translation>
    </message>
    <message>
        <source>Poverty &amp;household:</source>
        <translation>贫困户(&amp;H)：</translation>
    </message>
    <message>
        <source>Scheme &amp;year:</source>
        <translation>参保年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Choose a poverty household on the left.</source>
        <translation>请在左侧选择一个贫困户。</translation>
    </message>
    <message>
        <source>Relief of the chosen claim</source>
        <translation>所选单子的救助说明</translation>
    </message>
    <message>
        <source>Members, the year&apos;s totals and the relief caps:</source>
        <translation>家庭成员、年度合计和救助封顶线：</translation>
    </message>
    <message>
        <source>Settled claims of the year, every layer:</source>
        <translation>本年度已结算报销单（各层）：</translation>
    </message>
    <message>
        <source>Household %1 · %2 · %3 · %4</source>
        <translation>户 %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No settled claims in %1 (policy %2).</source>
        <translation>%1 年度没有已结算的报销单（政策 %2）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n settled claim(s), total cost %2, paid by the scheme %3 (basic %4, critical illness %5, medical assistance %6, poverty relief %7), out of pocket %8. Combined coverage ratio %9. Policy %10.</source>
        <translation>
            <numerusform>%1：已结算报销单 %n 张，总费用 %2，合计报销 %3（基本医保 %4，大病保险 %5，医疗救助 %6，健康脱贫 %7），个人自付 %8。综合保障率 %9。政策 %10。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, slip %2: %3</source>
        <translation>%1，结算单 %2：%3</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>Id number: required.</source>
        <translation>公民身份号码：必须填写。</translation>
    </message>
    <message>
        <source>Id number: a 15-digit legacy number must be all digits.</source>
        <translation>公民身份号码：15 位旧号码必须全部是数字。</translation>
    </message>
    <message>
        <source>Id number: the 15-digit legacy number %1 has no valid birth date, so it cannot be converted; ask for the 18-digit number.</source>
        <translation>公民身份号码：15 位旧号码 %1 中的出生日期无效，无法转换；请提供 18 位号码。</translation>
    </message>
    <message>
        <source>Id number: must have 18 characters, this one has %1.</source>
        <translation>公民身份号码：应为 18 位，这个号码有 %1 位。</translation>
    </message>
    <message>
        <source>Id number: the first 17 characters must be digits.</source>
        <translation>公民身份号码：前 17 位必须是数字。</translation>
    </message>
    <message>
        <source>Id number: the last character must be a digit or X.</source>
        <translation>公民身份号码：最后一位必须是数字或 X。</translation>
    </message>
    <message>
        <source>Id number: %1 is not a region code.</source>
        <translation>公民身份号码：%1 不是有效的行政区划代码。</translation>
    </message>
    <message>
        <source>Id number: %1 is not a real date of birth.</source>
        <translation>公民身份号码：%1 不是真实的出生日期。</translation>
    </message>
    <message>
        <source>Id number: the date of birth %1 is in the future.</source>
        <translation>公民身份号码：出生日期 %1 是将来的日期。</translation>
    </message>
    <message>
        <source>Id number: the date of birth %1 is before 1900.</source>
        <translation>公民身份号码：出生日期 %1 早于 1900 年。</translation>
    </message>
    <message>
        <source>Id number: the check character is %1 but should be %2; a digit was probably mistyped.</source>
        <translation>公民身份号码：校验码是 %1，应为 %2；可能有一位数字输错了。</translation>
    </message>
</context>
<context>
    <name>InsuredElsewhereCheck</name>
    <message>
        <source>The list has no 公民身份号码 (id number) column in its first rows.</source>
        <translation>名单的前几行中没有“公民身份号码”列。</translation>
    </message>
    <message>
        <source>The enrollments cannot be read.</source>
        <translation>无法读取参保登记记录。</translation>
    </message>
    <message>
        <source>Line on the list</source>
        <translation>名单行号</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Name on the list</source>
        <translation>名单上的姓名</translation>
    </message>
    <message>
        <source>Name enrolled</source>
        <translation>参保登记姓名</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>参保状态</translation>
    </message>
    <message>
        <source>Insured elsewhere</source>
        <translation>重复参保核查</translation>
    </message>
</context>
<context>
    <name>InsuredElsewherePage</name>
    <message>
        <source>List of people insured elsewhere (.xlsx or .csv), with id number and name columns</source>
        <extracomment>placeholder of the file of people insured elsewhere (for example the employee-insurance list)</extracomment>
        <translation>已在他处参保人员名单（.xlsx 或 .csv），须有公民身份号码和姓名列</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>名单(&amp;L)：</translation>
    </message>
    <message>
        <source>Scheme &amp;year:</source>
        <translation>参保年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>核查(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>导出(&amp;X)...</translation>
    </message>
    <message>
        <source>&amp;Open household card</source>
        <translation>打开户卡(&amp;O)</translation>
    </message>
    <message>
        <source>A person insured elsewhere (for example in the employee insurance) must not be enrolled here as well. Check the list the county sends: every person on it who is enrolled for the year is listed with the household, so that the enrollment can be refunded or the list corrected.</source>
        <extracomment>explanation on the insured-elsewhere tab (重复参保核查)</extracomment>
        <translation>已在他处参保（例如已参加职工医保）的人员不能在本地重复参保。用县里下发的名单核查：名单上在该年度已在本地参保的人员逐一列出，并显示所在家庭户，以便办理退费或更正名单。</translation>
    </message>
    <message>
        <source>List of people insured elsewhere</source>
        <translation>已在他处参保人员名单</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Export the overlaps</source>
        <translation>导出重复参保人员</translation>
    </message>
    <message>
        <source>insured-elsewhere-%1.xlsx</source>
        <translation>重复参保-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>List: choose the file to check.</source>
        <translation>名单：请选择要核查的文件。</translation>
    </message>
    <message>
        <source>People on the list: %1; enrolled for %2: %3.</source>
        <translation>名单共 %1 人；其中 %2 年度已在本地参保 %3 人。</translation>
    </message>
    <message>
        <source>Rows without a valid id number: %1 (lines %2).</source>
        <extracomment>%2 lists line numbers of the file</extracomment>
        <translation>公民身份号码无效的行：%1 行（第 %2 行）。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between line numbers</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Jingban - locked</source>
        <translation>经办 - 已锁定</translation>
    </message>
    <message>
        <source>The session of %1 (%2) was locked because it was left idle. Enter the password to go on.</source>
        <translation>%1（%2）长时间未操作，工作站已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>Login or password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Jingban - medical insurance counter</source>
        <translation>经办 - 城乡居民医保经办工作站</translation>
    </message>
    <message>
        <source>Jingban - %1 medical insurance counter</source>
        <translation>经办 - %1医保经办工作站</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>&amp;Find a person:</source>
        <translation>查找参保人(&amp;F)：</translation>
    </message>
    <message>
        <source>Id number, name or pinyin initials (Ctrl+F)</source>
        <translation>公民身份号码、姓名或姓名拼音首字母（Ctrl+F）</translation>
    </message>
    <message>
        <source>Figures for the whole replica (all townships).</source>
        <translation>以下为本机数据库中全部乡镇的数字。</translation>
    </message>
    <message>
        <source>Figures for %1.</source>
        <translation>以下为%1的数字。</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>参保登记</translation>
    </message>
    <message>
        <source>Households, insured persons and enrollments by scheme year in this workstation&apos;s replica. Enrolling households and printing receipts will be done on this page.</source>
        <translation>本工作站数据库中的家庭户、参保人和各参保年度的参保登记情况。家庭户的参保登记和缴费票据打印将在本页办理。</translation>
    </message>
    <message>
        <source>Special outpatient</source>
        <translation>特殊门诊</translation>
    </message>
    <message>
        <source>Special-outpatient filings by stage of the workflow (village report, township review, submission, county certification).</source>
        <translation>特殊门诊备案在各环节（村级申报、乡镇初审、上报、县级认定）的数量。</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Manual reimbursement claims by status and kind, and the settlements made.</source>
        <translation>零星报销补偿申请按状态和类别的数量，以及已结算的情况。</translation>
    </message>
    <message>
        <source>Health poverty relief</source>
        <translation>健康脱贫</translation>
    </message>
    <message>
        <source>Registered poverty, dibao and tekun persons, and the health poverty relief and medical assistance paid in settlements.</source>
        <translation>建档立卡贫困人口、低保对象和特困供养人员人数，以及结算中支付的健康脱贫医疗救助和医疗救助金额。</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>What this replica holds, at a glance.</source>
        <translation>本机数据库概况一览。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>查找参保人</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find a person</source>
        <translation>查找参保人(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Jingban</source>
        <translation>关于经办(&amp;A)</translation>
    </message>
    <message>
        <source>About Jingban</source>
        <translation>关于经办</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Jingban %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The workstation of a township&apos;s counter for the urban and rural resident basic medical insurance: enrollment, special outpatient, claims and health poverty relief, on a local replica that syncs with the county office.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;经办 %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;乡镇城乡居民基本医疗保险经办窗口的工作站：参保登记、特殊门诊、补偿和健康脱贫医疗救助。数据保存在本机，并与县医保中心同步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <extracomment>status bar: user&apos;s name and role</extracomment>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>County office</source>
        <translation>县医保中心</translation>
    </message>
    <message>
        <source>Township: %1</source>
        <translation>乡镇：%1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>Show the &amp;sync page</source>
        <translation>打开同步页(&amp;S)</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>sending %1 of %2</source>
        <translation>正在发送 %1/%2</translation>
    </message>
    <message>
        <source>receiving, %1 record(s)</source>
        <translation>正在接收，%1 条</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>正在核对</translation>
    </message>
    <message>
        <source>syncing (%1)</source>
        <extracomment>status bar: sync is running; %1 says what it is doing</extracomment>
        <translation>同步中（%1）</translation>
    </message>
    <message>
        <source>offline, will retry</source>
        <translation>网络不通，稍后重试</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <source>last sync failed</source>
        <translation>上次同步未完成</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>counting changes</source>
        <translation>正在统计修改</translation>
    </message>
    <message numerus="yes">
        <source>%1 change(s) waiting</source>
        <translation>
            <numerusform>%1 条修改待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation>上次成功 %1</translation>
    </message>
    <message>
        <source>Sync: %1 | %2 | %3</source>
        <extracomment>status bar: sync state, changes waiting to be sent, last successful sync</extracomment>
        <translation>同步：%1 | %2 | %3</translation>
    </message>
</context>
<context>
    <name>MakerChecker</name>
    <message>
        <source>adjustment</source>
        <translation>结算调整</translation>
    </message>
    <message>
        <source>relief payment batch</source>
        <translation>救助发放批次</translation>
    </message>
    <message>
        <source>A %1 awaiting approval cannot name an approver.</source>
        <translation>待审核的%1不能填写审核人。</translation>
    </message>
    <message>
        <source>A new %1 must await approval first; it is decided afterwards by another user.</source>
        <translation>新建的%1须先待审核，之后由另一位用户作出决定。</translation>
    </message>
    <message>
        <source>Status: %1 is not a status of a %2.</source>
        <translation>状态：%1 不是%2的状态。</translation>
    </message>
    <message>
        <source>The %1 was decided by a user other than the one named as approver.</source>
        <translation>%1的决定人与所填审核人不是同一人。</translation>
    </message>
    <message>
        <source>The same user made and approved this %1; another user must approve it (two-person review).</source>
        <translation>这笔%1由同一人提出并审核；须由另一位用户审核（双人复核）。</translation>
    </message>
    <message>
        <source>This %1 was decided already; the decision cannot be changed.</source>
        <translation>这笔%1已作出决定，决定不能更改。</translation>
    </message>
    <message>
        <source>The %1&apos;s %2 differs from what was proposed; a decision changes only the decision.</source>
        <translation>%1的“%2”与提出时不同；作出决定时只能改决定本身。</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Registered &amp;poverty</source>
        <translation>建档立卡贫困人口(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Dibao</source>
        <translation>低保对象(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Tekun</source>
        <translation>特困供养人员(&amp;T)</translation>
    </message>
    <message>
        <source>N&amp;ear-poor</source>
        <translation>边缘易致贫户(&amp;E)</translation>
    </message>
    <message>
        <source>Add a household member</source>
        <translation>增加家庭成员</translation>
    </message>
    <message>
        <source>&amp;Id number:</source>
        <translation>公民身份号码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Relation to head:</source>
        <translation>与户主关系(&amp;R)：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>人员类别：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>增加(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>姓名：必须填写。</translation>
    </message>
    <message>
        <source>Correct a member&apos;s details</source>
        <translation>更正成员信息</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <extracomment>button of the member dialog: keep the corrections among the card&apos;s pending edits</extracomment>
        <translation>确定(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot read the schema version of the database.</source>
        <translation>无法读取数据库的结构版本。</translation>
    </message>
    <message>
        <source>This database has schema version %1, made by a newer Jingban; this program knows version %2 at most. Install the newer program to open it.</source>
        <translation>此数据库的结构版本为 %1，由较新版本的经办程序创建；本程序最高只支持版本 %2。请安装新版程序后再打开。</translation>
    </message>
    <message>
        <source>The database is not an SQLite database.</source>
        <translation>这不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed, nothing of it was applied: %3</source>
        <translation>数据库升级 %1（%2）失败，未做任何修改：%3</translation>
    </message>
</context>
<context>
    <name>OutpatientPage</name>
    <message>
        <source>&amp;Batch certification</source>
        <extracomment>tab of the special-outpatient page: the county&apos;s batch certification (集中认定)</extracomment>
        <translation>集中认定(&amp;B)</translation>
    </message>
    <message>
        <source>Filing for&amp;m</source>
        <extracomment>tab of the special-outpatient page</extracomment>
        <translation>备案登记(&amp;M)</translation>
    </message>
    <message>
        <source>Filing &amp;lists</source>
        <extracomment>tab of the special-outpatient page: filings by status, review and submission</extracomment>
        <translation>备案列表(&amp;L)</translation>
    </message>
</context>
<context>
    <name>PersonSearchModel</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>person status: on the register</extracomment>
        <translation>在册</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>已死亡</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Household code</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PersonSearchPage</name>
    <message>
        <source>Find a person</source>
        <translation>查找参保人</translation>
    </message>
    <message>
        <source>Type an id number (whole or its beginning), a name or the name&apos;s pinyin initials (e.g. ZSF for 张三丰) in the search box above and press Enter. Ctrl+F goes to the search box.</source>
        <translation>在上方查找框中输入公民身份号码（完整号码或前几位）、姓名或姓名拼音首字母（如“张三丰”输入 ZSF），然后按回车键。按 Ctrl+F 可回到查找框。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an id number, a name nor pinyin initials.</source>
        <translation>“%1”既不是公民身份号码，也不是姓名或拼音首字母。</translation>
    </message>
    <message>
        <source>No person found for &quot;%1&quot;.</source>
        <translation>没有找到与“%1”相符的参保人。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n persons found for &quot;%1&quot;; scroll down for more. Enter opens the person.</source>
        <translation>
            <numerusform>以下是与“%1”相符的前 %n 人，向下滚动可查看更多。按回车键打开。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found for &quot;%1&quot;. Enter opens the person.</source>
        <translation>
            <numerusform>共找到与“%1”相符的 %n 人。按回车键打开。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Household code:</source>
        <translation>户编号：</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>村（社区）：</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>乡镇：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住址：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Household &amp;members:</source>
        <translation>家庭成员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>%1 - person and household</source>
        <translation>%1 - 参保人及家庭户</translation>
    </message>
    <message>
        <source>%1 · %2 · born %3 · %4</source>
        <extracomment>heading of the person view: name, sex, date of birth, status</extracomment>
        <translation>%1 · %2 · %3出生 · %4</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>Relief &amp;year</source>
        <translation>救助年度(&amp;Y)</translation>
    </message>
    <message>
        <source>The household&apos;s health poverty relief year: claims, layers and relief caps</source>
        <translation>本户的健康脱贫医疗救助年度情况：报销单、各层报销和救助封顶线</translation>
    </message>
    <message>
        <source>&amp;Special outpatient, scheme year %1: valid certifications and remaining limits</source>
        <extracomment>heading of the person view&apos;s special-outpatient section; %1 is the scheme year</extracomment>
        <translation>特殊门诊（参保年度 %1）(&amp;S)：有效认定和剩余限额</translation>
    </message>
    <message>
        <source>No valid special-outpatient certification.</source>
        <translation>没有有效的特殊门诊认定。</translation>
    </message>
</context>
<context>
    <name>PolicyCorrection</name>
    <message>
        <source>No policy is published for scheme year %1.</source>
        <translation>参保年度 %1 没有已发布的政策。</translation>
    </message>
    <message>
        <source>The policy %1 cannot be read.</source>
        <translation>无法读取政策 %1。</translation>
    </message>
    <message>
        <source>The settled claims cannot be read.</source>
        <translation>无法读取已结算的报销单。</translation>
    </message>
    <message>
        <source>Person: no such person.</source>
        <translation>参保人：没有这个人。</translation>
    </message>
</context>
<context>
    <name>PolicyCorrectionModel</name>
    <message>
        <source>Awaiting approval</source>
        <extracomment>policy correction: an adjustment waits for a reviewer / none proposed yet</extracomment>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Not proposed</source>
        <translation>未生成调整</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>参保人</translation>
    </message>
    <message>
        <source>Slip no.</source>
        <translation>结算单号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date of care</source>
        <translation>就诊日期</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <extracomment>column: the policy the amounts in force came from</extracomment>
        <translation>现行政策</translation>
    </message>
    <message>
        <source>Paid now</source>
        <extracomment>column: all layers paid, now</extracomment>
        <translation>现行报销</translation>
    </message>
    <message>
        <source>Paid if corrected</source>
        <extracomment>column: all layers paid under the corrected policy</extracomment>
        <translation>更正后报销</translation>
    </message>
    <message>
        <source>Relief now</source>
        <translation>现行救助</translation>
    </message>
    <message>
        <source>Relief if corrected</source>
        <translation>更正后救助</translation>
    </message>
    <message>
        <source>Out of pocket now</source>
        <translation>现行个人自付</translation>
    </message>
    <message>
        <source>Out of pocket if corrected</source>
        <translation>更正后个人自付</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>column: change of what the scheme pays</extracomment>
        <translation>差额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PolicyCorrectionPanel</name>
    <message>
        <source>Scheme y&amp;ear:</source>
        <translation>参保年度(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Check against the newest policy</source>
        <translation>按最新政策核对(&amp;C)</translation>
    </message>
    <message>
        <source>When the county publishes a corrected policy for a year, check here which settled claims it would change. Settled amounts change only through adjustments a reviewer approves.</source>
        <translation>县医保中心发布某年度的更正政策后，在这里核对哪些已结算的单子会发生变化。已结算的金额只能通过审核员审核同意的调整来改变。</translation>
    </message>
    <message>
        <source>For example: the county&apos;s corrected 2024 policy of 1 July</source>
        <translation>例如：县医保局7月1日发布的2024年政策更正</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Propose adjustments</source>
        <translation>生成调整(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Approve adjustments</source>
        <translation>审核调整(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject adjustments…</source>
        <translation>退回调整(&amp;J)…</translation>
    </message>
    <message>
        <source>Propose adjustments</source>
        <translation>生成调整</translation>
    </message>
    <message>
        <source>Approve adjustments</source>
        <translation>审核调整</translation>
    </message>
    <message>
        <source>Reject adjustments</source>
        <translation>退回调整</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message numerus="yes">
        <source>Policy %1: %n settled claim(s) checked; none would change.</source>
        <translation>
            <numerusform>政策 %1：已核对 %n 张已结算的单子，没有变化。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Policy %1: %n settled claim(s) checked; %2 would change, the scheme paying %3 in all (%4 awaiting approval). Nothing changes until a reviewer approves the adjustments.</source>
        <translation>
            <numerusform>政策 %1：已核对 %n 张已结算的单子，其中 %2 张会变化，报销差额合计 %3（%4 张待审核）。审核员审核调整之前，金额不会改变。</numerusform>
        </translation>
    </message>
    <message>
        <source>No adjustment proposed by another user is waiting among the chosen claims.</source>
        <translation>所选单子中没有由其他用户生成、待审核的调整。</translation>
    </message>
</context>
<context>
    <name>PolicyDocumentModel</name>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>格式版本</translation>
    </message>
    <message>
        <source>Policy id</source>
        <translation>政策编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <source>Scheme year</source>
        <translation>参保年度</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>缴费档次</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>Person categories</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>个人缴费</translation>
    </message>
    <message>
        <source>Personal contribution</source>
        <translation>个人缴费</translation>
    </message>
    <message>
        <source>Government subsidy</source>
        <translation>财政补助</translation>
    </message>
    <message>
        <source>Subsidized enrollment</source>
        <translation>资助参保</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>How it is paid</source>
        <translation>资助方式</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Several categories</source>
        <translation>符合多个类别时</translation>
    </message>
    <message>
        <source>Basic insurance annual cap</source>
        <translation>基本医保封顶线</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Cap by tier</source>
        <translation>各档封顶线</translation>
    </message>
    <message>
        <source>Inpatient</source>
        <translation>住院</translation>
    </message>
    <message>
        <source>General outpatient</source>
        <translation>普通门诊</translation>
    </message>
    <message>
        <source>Special outpatient</source>
        <translation>特殊门诊</translation>
    </message>
    <message>
        <source>Covered institution levels</source>
        <translation>可报销的机构级别</translation>
    </message>
    <message>
        <source>Deductible basis</source>
        <translation>起付线计算方式</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Applies when</source>
        <translation>适用条件</translation>
    </message>
    <message>
        <source>Institution levels</source>
        <translation>机构级别</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>就医地</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转诊</translation>
    </message>
    <message>
        <source>Claim kinds</source>
        <translation>就医类别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>起付线</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>报销比例</translation>
    </message>
    <message>
        <source>Deductible adjustments</source>
        <translation>起付线调整</translation>
    </message>
    <message>
        <source>Deductible factor</source>
        <translation>起付线系数</translation>
    </message>
    <message>
        <source>Ratio adjustments</source>
        <translation>报销比例调整</translation>
    </message>
    <message>
        <source>Ratio change</source>
        <translation>报销比例变化</translation>
    </message>
    <message>
        <source>Limit per visit</source>
        <translation>每次限额</translation>
    </message>
    <message>
        <source>Annual limit</source>
        <translation>年度限额</translation>
    </message>
    <message>
        <source>Annual deductible</source>
        <translation>年度起付线</translation>
    </message>
    <message>
        <source>Annual limit by tier</source>
        <translation>各档年度限额</translation>
    </message>
    <message>
        <source>Disease catalogue</source>
        <translation>病种目录</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Poverty persons only</source>
        <translation>仅限贫困人口</translation>
    </message>
    <message>
        <source>Critical-illness insurance</source>
        <translation>大病保险</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>计算基数</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>起付标准</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>分段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Annual cap</source>
        <translation>封顶线</translation>
    </message>
    <message>
        <source>Annual caps</source>
        <translation>年度封顶线</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Choice among categories</source>
        <translation>多种类别时的选择</translation>
    </message>
    <message>
        <source>Health poverty relief</source>
        <translation>健康脱贫医疗救助</translation>
    </message>
    <message>
        <source>Personal share caps</source>
        <translation>个人自付比例上限</translation>
    </message>
    <message>
        <source>Share of</source>
        <translation>计算基数</translation>
    </message>
    <message>
        <source>Relief ratio</source>
        <translation>救助比例</translation>
    </message>
    <message>
        <source>Control indicators</source>
        <translation>控制指标</translation>
    </message>
    <message>
        <source>Field verification</source>
        <translation>外调核查</translation>
    </message>
    <message>
        <source>Total cost above</source>
        <translation>总费用超过</translation>
    </message>
    <message>
        <source>Long stay</source>
        <translation>长期住院</translation>
    </message>
    <message>
        <source>Days above</source>
        <translation>住院天数超过</translation>
    </message>
    <message>
        <source>High cost</source>
        <translation>高额费用</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>inpatient</source>
        <translation>住院</translation>
    </message>
    <message>
        <source>general outpatient</source>
        <translation>普通门诊</translation>
    </message>
    <message>
        <source>special outpatient</source>
        <translation>特殊门诊</translation>
    </message>
    <message>
        <source>village clinic</source>
        <translation>村卫生室</translation>
    </message>
    <message>
        <source>township health centre</source>
        <translation>乡镇卫生院</translation>
    </message>
    <message>
        <source>county hospital</source>
        <translation>县级医院</translation>
    </message>
    <message>
        <source>city hospital</source>
        <translation>市级医院</translation>
    </message>
    <message>
        <source>province hospital</source>
        <translation>省级医院</translation>
    </message>
    <message>
        <source>in county</source>
        <translation>县内</translation>
    </message>
    <message>
        <source>in city, outside the county</source>
        <translation>县外市内</translation>
    </message>
    <message>
        <source>in province, outside the city</source>
        <translation>市外省内</translation>
    </message>
    <message>
        <source>out of province</source>
        <translation>省外</translation>
    </message>
    <message>
        <source>no referral</source>
        <translation>未转诊</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>已转诊</translation>
    </message>
    <message>
        <source>downward referral</source>
        <translation>下转</translation>
    </message>
    <message>
        <source>registered poverty</source>
        <translation>建档立卡贫困人口</translation>
    </message>
    <message>
        <source>dibao</source>
        <translation>低保对象</translation>
    </message>
    <message>
        <source>tekun</source>
        <translation>特困供养人员</translation>
    </message>
    <message>
        <source>near-poor</source>
        <translation>边缘易致贫户</translation>
    </message>
    <message>
        <source>per admission</source>
        <translation>按次</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>the most favourable</source>
        <translation>从优</translation>
    </message>
    <message>
        <source>paid in full</source>
        <translation>全额资助</translation>
    </message>
    <message>
        <source>a fixed amount</source>
        <translation>定额资助</translation>
    </message>
    <message>
        <source>a share</source>
        <translation>按比例资助</translation>
    </message>
    <message>
        <source>in-scope cost</source>
        <translation>政策范围内费用</translation>
    </message>
    <message>
        <source>in-scope cost less basic insurance</source>
        <translation>政策范围内费用减基本医保支付</translation>
    </message>
    <message>
        <source>total cost</source>
        <translation>总费用</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>第 %1 档</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出处</translation>
    </message>
</context>
<context>
    <name>PolicyParser</name>
    <message>
        <source>The policy is not valid JSON (at byte %1: %2).</source>
        <translation>政策不是有效的 JSON（第 %1 字节：%2）。</translation>
    </message>
    <message>
        <source>The policy must be a JSON object.</source>
        <translation>政策必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Cannot read the policy file %1: %2</source>
        <translation>无法读取政策文件 %1：%2</translation>
    </message>
    <message>
        <source>There is no built-in policy %1.</source>
        <translation>没有内置政策 %1。</translation>
    </message>
    <message>
        <source>must be &quot;jingban-policy&quot;</source>
        <translation>必须为 &quot;jingban-policy&quot;</translation>
    </message>
    <message>
        <source>must list at least one tier</source>
        <translation>至少要列出一个档次</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>重复列出</translation>
    </message>
    <message>
        <source>is not a tier of this policy</source>
        <translation>不是本政策的档次</translation>
    </message>
    <message>
        <source>has no entry for tier %1</source>
        <translation>缺少第 %1 档的数据</translation>
    </message>
    <message>
        <source>must be full, fixed or share</source>
        <translation>必须为 full、fixed 或 share</translation>
    </message>
    <message>
        <source>must be most_favourable</source>
        <translation>必须为 most_favourable</translation>
    </message>
    <message>
        <source>must be per_admission or per_year</source>
        <translation>必须为 per_admission 或 per_year</translation>
    </message>
    <message>
        <source>is not one of special_outpatient.categories</source>
        <translation>不在 special_outpatient.categories 之中</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 重复列出</translation>
    </message>
    <message>
        <source>must be in_scope_minus_basic</source>
        <translation>必须为 in_scope_minus_basic</translation>
    </message>
    <message>
        <source>must have at least one segment</source>
        <translation>至少要有一个分段</translation>
    </message>
    <message>
        <source>follows an unbounded segment</source>
        <translation>前一个分段没有上限，后面不能再有分段</translation>
    </message>
    <message>
        <source>must be %1, where the segment before ends</source>
        <translation>必须为 %1，即前一分段的终点</translation>
    </message>
    <message>
        <source>must be above from_fen</source>
        <translation>必须大于 from_fen</translation>
    </message>
    <message>
        <source>is missing (give share_caps, out_of_pocket_ceilings or both)</source>
        <translation>缺失（请给出 share_caps、out_of_pocket_ceilings 或两者）</translation>
    </message>
    <message>
        <source>must be in_scope or total</source>
        <translation>必须为 in_scope 或 total</translation>
    </message>
    <message>
        <source>must have at least one ceiling</source>
        <translation>至少要有一个上限</translation>
    </message>
    <message>
        <source>must be this_claim or highest_of_year</source>
        <translation>必须为 this_claim 或 highest_of_year</translation>
    </message>
    <message>
        <source>is given without out_of_pocket_ceilings</source>
        <translation>给出了此项却没有 out_of_pocket_ceilings</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <source>No policy is published for %1.</source>
        <translation>%1 尚未发布政策。</translation>
    </message>
    <message>
        <source>scheme year %1</source>
        <translation>%1 参保年度</translation>
    </message>
</context>
<context>
    <name>PolicyViewer</name>
    <message>
        <source>&amp;Policy:</source>
        <translation>政策(&amp;P)：</translation>
    </message>
    <message>
        <source>Policies are published by the county office and cannot be changed here.</source>
        <translation>政策由县医保中心发布，不能在此修改。</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>No policy is published in this replica yet.</source>
        <translation>本机数据库中还没有已发布的政策。</translation>
    </message>
    <message>
        <source>Scheme year %1 · version %2 · published %3 · id %4 · SHA-256 %5
Source: %6</source>
        <translation>参保年度 %1 · 第 %2 版 · 发布于 %3 · 编号 %4 · SHA-256 %5
出处：%6</translation>
    </message>
</context>
<context>
    <name>PovertyHouseholdListModel</name>
    <message>
        <source>Household</source>
        <extracomment>column: household code</extracomment>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head</source>
        <extracomment>column: head of household</extracomment>
        <translation>户主</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Poverty persons</source>
        <extracomment>column: registered poverty persons in the household</extracomment>
        <translation>贫困人口</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>column: persons in the household</extracomment>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>is not a field of the policy format</source>
        <translation>不是政策格式中的字段</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须在 %1 与 %2 之间</translation>
    </message>
    <message>
        <source>must be an amount in fen or an object of amounts by tier</source>
        <translation>必须是以分为单位的金额，或按档次给出金额的对象</translation>
    </message>
    <message>
        <source>is not a tier of this policy</source>
        <translation>不是本政策的档次</translation>
    </message>
    <message>
        <source>must be a non-empty array of codes</source>
        <translation>必须是非空的代码数组</translation>
    </message>
    <message>
        <source>is not a known code: %1</source>
        <translation>不是已知的代码：%1</translation>
    </message>
    <message>
        <source>is not a known person category: %1</source>
        <translation>不是已知的人员类别：%1</translation>
    </message>
    <message>
        <source>is not a known claim kind: %1</source>
        <translation>不是已知的就医类别：%1</translation>
    </message>
    <message>
        <source>must be a non-empty array of tiers</source>
        <translation>必须是非空的档次数组</translation>
    </message>
    <message>
        <source>must be a string or an object of names by language, such as {&quot;zh_CN&quot;: …, &quot;en&quot;: …}</source>
        <translation>必须是字符串，或按语言给出名称的对象，如 {&quot;zh_CN&quot;: …, &quot;en&quot;: …}</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinting</name>
    <message>
        <source>Receipt %1 - print preview</source>
        <translation>票据 %1 - 打印预览</translation>
    </message>
    <message>
        <source>Print receipt %1</source>
        <translation>打印票据 %1</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>打印票据</translation>
    </message>
    <message>
        <source>The receipt could not be printed.</source>
        <translation>无法打印票据。</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>票据另存为 PDF</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>缴费票据-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Small receipt (A5)</source>
        <extracomment>paper size of the printed receipt</extracomment>
        <translation>小票（A5 横向）</translation>
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
        <translation>缴费票据 %1</translation>
    </message>
    <message>
        <source>File: %1 cannot be written.</source>
        <translation>文件：无法写入 %1。</translation>
    </message>
    <message>
        <source>Resident Basic Medical Insurance Contribution Receipt</source>
        <extracomment>title printed on the contribution receipt</extracomment>
        <translation>城乡居民基本医疗保险缴费票据</translation>
    </message>
    <message>
        <source>Collected by: %1 medical insurance office</source>
        <translation>收款单位：%1医保办</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>票据号：%1</translation>
    </message>
    <message>
        <source>Household code:</source>
        <translation>户编号：</translation>
    </message>
    <message>
        <source>Head of household:</source>
        <translation>户主：</translation>
    </message>
    <message>
        <source>Village:</source>
        <translation>村（社区）：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住址：</translation>
    </message>
    <message>
        <source>Scheme year:</source>
        <translation>参保年度：</translation>
    </message>
    <message>
        <source>Payment channel:</source>
        <translation>缴费方式：</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>开票时间：</translation>
    </message>
    <message>
        <source>Persons:</source>
        <translation>人数：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>Personal contribution</source>
        <translation>个人缴费</translation>
    </message>
    <message>
        <source>Paid by the state</source>
        <translation>财政代缴</translation>
    </message>
    <message>
        <source>Government subsidy</source>
        <translation>财政补助</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Amount paid (in words): %1    (in figures): %2</source>
        <extracomment>receipt: the amount paid, in Chinese capital numerals and in figures</extracomment>
        <translation>实收金额（大写）：%1    （小写）：%2</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>经办人：%1</translation>
    </message>
    <message>
        <source>Payer (signature):</source>
        <translation>缴费人（签字）：</translation>
    </message>
    <message>
        <source>Seal of the office:</source>
        <translation>经办机构（盖章）：</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Keep this receipt: it proves the enrollment for the scheme year.</source>
        <translation>请妥善保管本票据，它是本参保年度参保的凭证。</translation>
    </message>
</context>
<context>
    <name>ReceiptRequestList</name>
    <message>
        <source>Receipts a clerk asked to void or refund. Approving voids or refunds the receipt and frees its members&apos; enrollments for the year; the clerk who asked cannot approve.</source>
        <translation>经办员申请作废或退费的票据。批准后票据作废或退费，票据上成员的当年参保登记随之作废或退费；申请人本人不能批准。</translation>
    </message>
    <message>
        <source>Reason for rejecting (required to reject)</source>
        <translation>驳回理由（驳回时必须填写）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <extracomment>reviewer&apos;s button: approve the void or refund request</extracomment>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <extracomment>reviewer&apos;s button: reject the void or refund request; the receipt stays issued</extracomment>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting</source>
        <extracomment>count of void and refund requests waiting</extracomment>
        <translation>
            <numerusform>%n 条申请待审批</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a request.</source>
        <translation>请选择一条申请。</translation>
    </message>
    <message>
        <source>Receipt %1 is voided.</source>
        <translation>票据 %1 已作废。</translation>
    </message>
    <message>
        <source>Receipt %1 is refunded.</source>
        <translation>票据 %1 已退费。</translation>
    </message>
    <message>
        <source>The request is rejected; receipt %1 stays issued.</source>
        <translation>申请已驳回，票据 %1 仍为“已开具”。</translation>
    </message>
</context>
<context>
    <name>ReceiptRequestModel</name>
    <message>
        <source>Receipt</source>
        <extracomment>receipt number</extracomment>
        <translation>票据号</translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>what is requested: void or refund</extracomment>
        <translation>申请类别</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Scheme year</source>
        <translation>参保年度</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
</context>
<context>
    <name>ReceiptService</name>
    <message>
        <source>Issued</source>
        <extracomment>receipt status</extracomment>
        <translation>已开具</translation>
    </message>
    <message>
        <source>Void requested</source>
        <extracomment>receipt status: a clerk asked to void it, waiting for a reviewer</extracomment>
        <translation>申请作废</translation>
    </message>
    <message>
        <source>Voided</source>
        <extracomment>receipt status</extracomment>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Refund requested</source>
        <extracomment>receipt status: a clerk asked to refund it, waiting for a reviewer</extracomment>
        <translation>申请退费</translation>
    </message>
    <message>
        <source>Refunded</source>
        <extracomment>receipt status</extracomment>
        <translation>已退费</translation>
    </message>
    <message>
        <source>Cash</source>
        <extracomment>payment channel</extracomment>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <extracomment>payment channel</extracomment>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Mobile payment</source>
        <extracomment>payment channel: WeChat Pay, Alipay and the like</extracomment>
        <translation>移动支付</translation>
    </message>
    <message>
        <source>Paid by the state</source>
        <extracomment>payment channel: the state pays everything</extracomment>
        <translation>财政代缴</translation>
    </message>
    <message>
        <source>Receipt: no such receipt.</source>
        <translation>票据：查无此票据。</translation>
    </message>
    <message>
        <source>Receipt %1 is %2; only an issued receipt can be voided or refunded.</source>
        <translation>票据 %1 的状态是“%2”；只有“已开具”的票据才能作废或退费。</translation>
    </message>
    <message>
        <source>Reason: required to void or refund a receipt.</source>
        <translation>原因：作废或退费时必须填写。</translation>
    </message>
    <message>
        <source>Reason: at most 200 characters.</source>
        <translation>原因：最多 200 个字。</translation>
    </message>
    <message>
        <source>Receipt %1 is %2; there is no request to approve.</source>
        <translation>票据 %1 的状态是“%2”，没有待批准的申请。</translation>
    </message>
    <message>
        <source>The enrollments of the receipt could not be read.</source>
        <translation>无法读取该票据的参保登记。</translation>
    </message>
    <message>
        <source>Receipt %1 is %2; there is no request to reject.</source>
        <translation>票据 %1 的状态是“%2”，没有可驳回的申请。</translation>
    </message>
    <message>
        <source>Reason: say why the request is rejected.</source>
        <translation>原因：请写明驳回理由。</translation>
    </message>
</context>
<context>
    <name>ReconciliationModel</name>
    <message>
        <source>Total</source>
        <extracomment>reconciliation: the total row</extracomment>
        <translation>合计</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Receipts</source>
        <extracomment>reconciliation column: receipts issued</extracomment>
        <translation>票据数</translation>
    </message>
    <message>
        <source>Persons</source>
        <extracomment>reconciliation column: persons enrolled</extracomment>
        <translation>参保人数</translation>
    </message>
    <message>
        <source>Personal contributions</source>
        <translation>个人缴费</translation>
    </message>
    <message>
        <source>Paid by the state</source>
        <translation>财政代缴</translation>
    </message>
    <message>
        <source>Government subsidy</source>
        <translation>财政补助</translation>
    </message>
    <message>
        <source>Receipts total</source>
        <translation>票据金额合计</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Mobile payment</source>
        <translation>移动支付</translation>
    </message>
    <message>
        <source>Voided/refunded</source>
        <extracomment>reconciliation column: receipts voided or refunded</extracomment>
        <translation>作废/退费票据数</translation>
    </message>
    <message>
        <source>Voided/refunded amount</source>
        <translation>作废/退费金额</translation>
    </message>
    <message>
        <source>Cash total</source>
        <translation>现金合计</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>&amp;From:</source>
        <translation>自(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>打印预览(&amp;V)...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)...</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>导出(&amp;X)...</translation>
    </message>
    <message>
        <source>Export the reconciliation</source>
        <translation>导出日对账表</translation>
    </message>
    <message>
        <source>reconciliation-%1-%2.xlsx</source>
        <translation>日对账-%1-%2.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>No receipts were issued or voided on these days.</source>
        <translation>所选日期内没有开具、作废或退费的票据。</translation>
    </message>
    <message numerus="yes">
        <source>Agrees: the personal contributions of %n person(s) equal the %1 of the receipts issued, to the fen.</source>
        <translation>
            <numerusform>相符：%n 人的个人缴费合计与所开票据金额合计 %1 一致（精确到分）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Does not agree: personal contributions %1, receipts %2. Report this to the township administrator.</source>
        <translation>不相符：个人缴费合计 %1，票据金额合计 %2。请报告乡镇管理员。</translation>
    </message>
    <message>
        <source>%1 contributions: daily reconciliation</source>
        <translation>%1参保缴费日对账表</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Printed %1 by %2.    Checked by: ____________</source>
        <translation>打印时间：%1    打印人：%2    复核人：____________</translation>
    </message>
</context>
<context>
    <name>ReconciliationReport</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Receipts issued</source>
        <translation>开具票据数</translation>
    </message>
    <message>
        <source>Persons enrolled</source>
        <translation>参保人数</translation>
    </message>
    <message>
        <source>Personal contributions (yuan)</source>
        <translation>个人缴费（元）</translation>
    </message>
    <message>
        <source>Paid by the state (yuan)</source>
        <translation>财政代缴（元）</translation>
    </message>
    <message>
        <source>Government subsidy (yuan)</source>
        <translation>财政补助（元）</translation>
    </message>
    <message>
        <source>Receipts total (yuan)</source>
        <translation>票据金额合计（元）</translation>
    </message>
    <message>
        <source>Cash (yuan)</source>
        <translation>现金（元）</translation>
    </message>
    <message>
        <source>Bank card (yuan)</source>
        <translation>银行卡（元）</translation>
    </message>
    <message>
        <source>Mobile payment (yuan)</source>
        <translation>移动支付（元）</translation>
    </message>
    <message>
        <source>Receipts voided or refunded</source>
        <translation>作废或退费票据数</translation>
    </message>
    <message>
        <source>Voided or refunded (yuan)</source>
        <translation>作废或退费金额（元）</translation>
    </message>
    <message>
        <source>Cash total (yuan)</source>
        <translation>现金合计（元）</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>日对账</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>RecordValueFormat</name>
    <message>
        <source>Yes</source>
        <extracomment>a yes/no field of a record</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>unknown (%1…)</source>
        <extracomment>a record this replica does not hold, shown by the start of its id</extracomment>
        <translation>未知（%1…）</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>separator between settlement flags</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in yuan, such as 1234.56.</source>
        <translation>%1：“%2”不是以元为单位的金额，例如 1234.56。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date such as 2024-03-01.</source>
        <translation>%1：“%2”不是日期，例如 2024-03-01。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the choices.</source>
        <translation>%1：“%2”不在可选值之中。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>which enrollment: person&apos;s name and scheme year
----------
which filing: person&apos;s name and disease</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1, discharged %2</source>
        <extracomment>which claim: person&apos;s name and discharge date</extracomment>
        <translation>%1，%2出院</translation>
    </message>
    <message>
        <source>%1 (household %2)</source>
        <extracomment>which person: name and household code</extracomment>
        <translation>%1（户号 %2）</translation>
    </message>
</context>
<context>
    <name>ReliefClaimsModel</name>
    <message>
        <source>Refused</source>
        <extracomment>relief claims list: the claim was refused</extracomment>
        <translation>拒付</translation>
    </message>
    <message>
        <source>Adjusted (%1)</source>
        <extracomment>relief claims list: amounts changed by an approved adjustment</extracomment>
        <translation>已调整（%1）</translation>
    </message>
    <message>
        <source>Recomputes differently</source>
        <extracomment>relief claims list: recomputing gives other amounts</extracomment>
        <translation>重新计算结果不同</translation>
    </message>
    <message>
        <source>Person</source>
        <extracomment>column: insured person</extracomment>
        <translation>参保人</translation>
    </message>
    <message>
        <source>Slip no.</source>
        <extracomment>column: settlement slip number</extracomment>
        <translation>结算单号</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>column: claim kind</extracomment>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date of care</source>
        <extracomment>column: discharge or visit date</extracomment>
        <translation>就诊日期</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总费用</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>政策范围内费用</translation>
    </message>
    <message>
        <source>Basic insurance</source>
        <translation>基本医保</translation>
    </message>
    <message>
        <source>Critical illness</source>
        <translation>大病保险</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <source>Poverty relief</source>
        <translation>健康脱贫</translation>
    </message>
    <message>
        <source>Out of pocket</source>
        <translation>个人自付</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>column: flags and remarks of a claim</extracomment>
        <translation>备注</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>relief claims list: between the notes of one claim</extracomment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>ReliefExplanation</name>
    <message>
        <source>inpatient relief cap</source>
        <translation>住院救助封顶线</translation>
    </message>
    <message>
        <source>special-outpatient relief cap</source>
        <translation>特殊门诊救助封顶线</translation>
    </message>
    <message>
        <source>general-outpatient relief cap</source>
        <translation>普通门诊救助封顶线</translation>
    </message>
    <message>
        <source>This claim cannot be recomputed: %1</source>
        <translation>无法重新计算这张报销单：%1</translation>
    </message>
    <message>
        <source>Nothing was paid, so there is no relief.</source>
        <translation>未予报销，因此没有健康脱贫救助。</translation>
    </message>
    <message>
        <source>Not a registered poverty person: no health poverty relief.</source>
        <translation>不是建档立卡贫困人口，不享受健康脱贫医疗救助。</translation>
    </message>
    <message>
        <source>Health poverty relief does not cover this kind of claim.</source>
        <translation>健康脱贫医疗救助不适用于此类报销。</translation>
    </message>
    <message>
        <source>Of the in-scope cost of %1, basic insurance, critical-illness insurance and medical assistance left the person %2.</source>
        <translation>政策范围内费用 %1，经基本医保、大病保险和医疗救助报销后，个人负担 %2。</translation>
    </message>
    <message>
        <source>the in-scope cost</source>
        <translation>政策范围内费用</translation>
    </message>
    <message>
        <source>the total cost</source>
        <translation>总费用</translation>
    </message>
    <message>
        <source>The personal share is capped at %1 of %2, that is %3; relief pays the %4 above it.</source>
        <translation>个人负担最多为%2的 %1，即 %3；超出的 %4 由健康脱贫救助支付。</translation>
    </message>
    <message>
        <source>That is within %1 of %2 (%3), so the share cap asks for no relief.</source>
        <translation>未超过%2的 %1（%3），按个人负担比例控制无须救助。</translation>
    </message>
    <message>
        <source>The year&apos;s out-of-pocket is kept at or under %1; relief pays the %2 above it.</source>
        <translation>年度个人自付控制在 %1 以内；超出的 %2 由健康脱贫救助支付。</translation>
    </message>
    <message>
        <source>The %1 %2 was already reached on %3: no relief for this claim.</source>
        <translation>%2 %1 已于 %3 用完，本单不再救助。</translation>
    </message>
    <message>
        <source>Only %1 was left of the %2 %3, so relief is %1 instead of %4; the cap was reached on %5 with this claim.</source>
        <translation>%3 %2 只剩 %1，因此本单救助 %1，而不是 %4；本单（%5）用完了封顶线。</translation>
    </message>
    <message>
        <source>This claim used the last of the %1 %2 on %3.</source>
        <translation>本单（%3）用完了%2 %1 的剩余额度。</translation>
    </message>
    <message>
        <source>Relief for this claim: %1.</source>
        <translation>本单健康脱贫救助：%1。</translation>
    </message>
    <message>
        <source>Recomputed with policy %1 the claim would get %2 of relief and %3 out of pocket; the amounts in force were not changed.</source>
        <translation>按政策 %1 重新计算，本单健康脱贫救助应为 %2，个人自付 %3；现行金额未作改动。</translation>
    </message>
</context>
<context>
    <name>ReliefList</name>
    <message>
        <source>Period: give a start date and an end date on or after it.</source>
        <translation>期间：请填写起始日期和不早于起始日期的截止日期。</translation>
    </message>
    <message>
        <source>The relief list cannot be read.</source>
        <translation>无法读取救助发放花名册。</translation>
    </message>
</context>
<context>
    <name>ReliefListModel</name>
    <message>
        <source>(not known)</source>
        <extracomment>relief list: no bank account recorded</extracomment>
        <translation>（未登记）</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>column: line number</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Household</source>
        <extracomment>column: household code</extracomment>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head</source>
        <extracomment>column: head of household</extracomment>
        <translation>户主</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Claims</source>
        <extracomment>column: number of settled claims</extracomment>
        <translation>单子张数</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <source>Poverty relief</source>
        <translation>健康脱贫</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>column: medical assistance + poverty relief</extracomment>
        <translation>合计</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation>账号</translation>
    </message>
</context>
<context>
    <name>ReliefListPanel</name>
    <message>
        <source>All villages</source>
        <extracomment>relief list: every village of the township</extracomment>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Request payment</source>
        <translation>申请发放(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Approve: paid</source>
        <translation>审核：已发放(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>退回(&amp;J)…</translation>
    </message>
    <message>
        <source>Scheme y&amp;ear:</source>
        <translation>参保年度(&amp;E)：</translation>
    </message>
    <message>
        <source>Settled &amp;from</source>
        <translation>结算日期自(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <extracomment>period: from … to …</extracomment>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Village:</source>
        <translation>村(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>花名册(&amp;L)：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Save the relief list as PDF</source>
        <translation>将救助发放花名册另存为 PDF</translation>
    </message>
    <message>
        <source>relief-list.pdf</source>
        <translation>救助发放花名册.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the relief list</source>
        <translation>导出救助发放花名册</translation>
    </message>
    <message>
        <source>relief-list.xlsx</source>
        <translation>救助发放花名册.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Request payment</source>
        <translation>申请发放</translation>
    </message>
    <message>
        <source>Approve the payment</source>
        <translation>审核发放</translation>
    </message>
    <message>
        <source>Mark batch %1 as paid? Its %2 will be recorded as paid out.</source>
        <translation>将批次 %1 记为已发放吗？其中 %2 将记为已发放。</translation>
    </message>
    <message>
        <source>Reject the payment</source>
        <translation>退回发放</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Unpaid relief</source>
        <extracomment>relief list: what is settled and not yet on a payment batch</extracomment>
        <translation>未发放的救助</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>all villages</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <source>No unpaid medical assistance or poverty relief in this period and village.</source>
        <translation>该村在此期间没有未发放的医疗救助或健康脱贫救助。</translation>
    </message>
    <message>
        <source>This batch has no lines.</source>
        <translation>此批次没有明细。</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n person(s), %1 claim(s); medical assistance %2, poverty relief %3, together %4 (%5).</source>
        <translation>
            <numerusform>合计：%n 人，%1 张单子；医疗救助 %2，健康脱贫 %3，共计 %4（%5）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Relief list</source>
        <translation>救助发放花名册</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>ReliefListRenderer</name>
    <message>
        <source>%1 medical assistance and health poverty relief payment list</source>
        <translation>%1医疗救助和健康脱贫医疗救助发放花名册</translation>
    </message>
    <message>
        <source>Village: %1</source>
        <translation>村（社区）：%1</translation>
    </message>
    <message>
        <source>all villages</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <source>Settled: %1</source>
        <translation>结算日期：%1</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>批次：%1</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>领款人签字</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n person(s)</source>
        <translation>
            <numerusform>合计：%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Total in words: %1</source>
        <translation>合计（大写）：%1</translation>
    </message>
    <message>
        <source>Printed %1 by %2.    Prepared by: ____________    Approved by: ____________    Township seal:</source>
        <translation>打印时间：%1    打印人：%2    经办人：____________    审核人：____________    乡镇盖章：</translation>
    </message>
    <message>
        <source>Relief payment list</source>
        <translation>救助发放花名册</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>无法将 PDF 写入 %1。</translation>
    </message>
</context>
<context>
    <name>ReliefMembersModel</name>
    <message>
        <source>%1 left of %2</source>
        <extracomment>relief cap: what is left of it, and of how much</extracomment>
        <translation>%2 剩余 %1</translation>
    </message>
    <message>
        <source>%1 (reached %2)</source>
        <extracomment>relief cap: used, left, and the date it was reached</extracomment>
        <translation>%1（%2 用完）</translation>
    </message>
    <message>
        <source>Household</source>
        <extracomment>relief household year: the row that sums the household</extracomment>
        <translation>全户</translation>
    </message>
    <message>
        <source>Registered poverty</source>
        <extracomment>person category</extracomment>
        <translation>贫困</translation>
    </message>
    <message>
        <source>Dibao</source>
        <extracomment>person category</extracomment>
        <translation>低保</translation>
    </message>
    <message>
        <source>Tekun</source>
        <extracomment>person category</extracomment>
        <translation>特困</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <extracomment>enrollment: not enrolled and paid for the year</extracomment>
        <translation>未参保缴费</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <extracomment>column: relation to the head of household</extracomment>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Categories</source>
        <extracomment>column: poverty, dibao, tekun</extracomment>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Claims</source>
        <extracomment>column: number of settled claims</extracomment>
        <translation>报销单张数</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总费用</translation>
    </message>
    <message>
        <source>Paid by the scheme</source>
        <extracomment>column: all layers paid</extracomment>
        <translation>合计报销</translation>
    </message>
    <message>
        <source>Poverty relief</source>
        <translation>健康脱贫</translation>
    </message>
    <message>
        <source>Out of pocket</source>
        <translation>个人自付</translation>
    </message>
    <message>
        <source>Coverage</source>
        <extracomment>column: combined coverage ratio = all layers paid / total cost</extracomment>
        <translation>综合保障率</translation>
    </message>
    <message>
        <source>Inpatient relief cap</source>
        <extracomment>column: the yearly inpatient relief cap</extracomment>
        <translation>住院救助封顶线</translation>
    </message>
    <message>
        <source>Special-outpatient relief cap</source>
        <extracomment>column: the yearly special-outpatient relief cap</extracomment>
        <translation>特殊门诊救助封顶线</translation>
    </message>
</context>
<context>
    <name>ReliefPage</name>
    <message>
        <source>Poverty &amp;household year</source>
        <extracomment>tab of the relief page</extracomment>
        <translation>贫困户年度(&amp;H)</translation>
    </message>
    <message>
        <source>Relief &amp;list and payment</source>
        <extracomment>tab of the relief page: 救助发放花名册</extracomment>
        <translation>救助发放花名册(&amp;L)</translation>
    </message>
    <message>
        <source>Policy &amp;corrections</source>
        <extracomment>tab of the relief page</extracomment>
        <translation>政策更正(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ReliefPaymentService</name>
    <message>
        <source>Awaiting approval</source>
        <extracomment>relief payment batch status: waiting for a reviewer</extracomment>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>relief payment batch status</extracomment>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>relief payment batch status</extracomment>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Relief is paid by a township: sign in with a township account.</source>
        <translation>救助须由乡镇发放：请用乡镇账号登录。</translation>
    </message>
    <message>
        <source>Scheme year: not a valid year.</source>
        <translation>参保年度：不是有效的年份。</translation>
    </message>
    <message>
        <source>Village: not a village of your township.</source>
        <translation>村：不是本乡镇的村。</translation>
    </message>
    <message>
        <source>Period: there is no unpaid relief in this period and village.</source>
        <translation>期间：该村在此期间没有待发放的救助。</translation>
    </message>
    <message>
        <source>Relief batch: no such batch.</source>
        <translation>发放批次：查无此批次。</translation>
    </message>
    <message>
        <source>Relief batch %1 is %2; only a batch awaiting approval can be approved.</source>
        <translation>发放批次 %1 的状态是“%2”；只有“待审核”的批次才能审核发放。</translation>
    </message>
    <message>
        <source>Relief batch %1 is %2; only a batch awaiting approval can be rejected.</source>
        <translation>发放批次 %1 的状态是“%2”；只有“待审核”的批次才能退回。</translation>
    </message>
    <message>
        <source>Reason: say why the batch is rejected.</source>
        <translation>原因：请写明退回该批次的理由。</translation>
    </message>
    <message>
        <source>Account number: 8 to 30 digits.</source>
        <translation>账号：8 至 30 位数字。</translation>
    </message>
    <message>
        <source>Bank: required with an account number.</source>
        <translation>开户银行：填写账号时必须填写。</translation>
    </message>
    <message>
        <source>Account holder: required with an account number.</source>
        <translation>户名：填写账号时必须填写。</translation>
    </message>
</context>
<context>
    <name>ReliefYearLoader</name>
    <message>
        <source>Household: no such household.</source>
        <translation>家庭户：查无此户。</translation>
    </message>
    <message>
        <source>The household&apos;s members cannot be read.</source>
        <translation>无法读取该户的成员。</translation>
    </message>
    <message>
        <source>The persons&apos; facts cannot be read.</source>
        <translation>无法读取这些参保人的信息。</translation>
    </message>
    <message>
        <source>The persons&apos; certifications cannot be read.</source>
        <translation>无法读取这些参保人的特殊门诊认定。</translation>
    </message>
    <message>
        <source>The persons&apos; claims cannot be read.</source>
        <translation>无法读取这些参保人的补偿申请。</translation>
    </message>
    <message>
        <source>Claim %1 has an unknown kind, level, location or referral.</source>
        <translation>补偿申请 %1 的就医类别、机构级别、就医地或转诊情况未知。</translation>
    </message>
    <message>
        <source>The persons&apos; adjustments cannot be read.</source>
        <translation>无法读取这些参保人的调整。</translation>
    </message>
    <message>
        <source>Person: no such person.</source>
        <translation>参保人：查无此人。</translation>
    </message>
</context>
<context>
    <name>ReplicaSummaryModel</name>
    <message>
        <source>Reported by the village</source>
        <translation>村级已申报</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>已退回待修改</translation>
    </message>
    <message>
        <source>Reviewed by the township</source>
        <translation>乡镇已初审</translation>
    </message>
    <message>
        <source>Submitted to the county</source>
        <translation>已上报县级</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>已认定</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不予认定</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Entered, awaiting review</source>
        <translation>已录入，待审核</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已冲销</translation>
    </message>
    <message>
        <source>Inpatient</source>
        <translation>住院</translation>
    </message>
    <message>
        <source>General outpatient</source>
        <translation>普通门诊</translation>
    </message>
    <message>
        <source>Special outpatient</source>
        <translation>特殊门诊</translation>
    </message>
    <message>
        <source>not yet paid</source>
        <translation>未缴费</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>已退费</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>家庭户</translation>
    </message>
    <message>
        <source>Insured persons on the register</source>
        <translation>在册参保人</translation>
    </message>
    <message>
        <source>Enrollments %1</source>
        <translation>参保登记：%1</translation>
    </message>
    <message>
        <source>scheme year %1, %2</source>
        <translation>%1 年度，%2</translation>
    </message>
    <message>
        <source>Contribution receipts issued</source>
        <translation>已开具缴费票据</translation>
    </message>
    <message>
        <source>Filings: %1</source>
        <translation>备案：%1</translation>
    </message>
    <message>
        <source>Diseases in the catalogue</source>
        <translation>病种目录中的病种</translation>
    </message>
    <message>
        <source>Claims: %1</source>
        <translation>补偿申请：%1</translation>
    </message>
    <message>
        <source>Claims by kind: %1</source>
        <translation>补偿申请（按类别）：%1</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Paid by basic insurance</source>
        <translation>基本医保支付</translation>
    </message>
    <message>
        <source>Registered poverty persons</source>
        <translation>建档立卡贫困人口</translation>
    </message>
    <message>
        <source>Dibao persons</source>
        <translation>低保对象</translation>
    </message>
    <message>
        <source>Tekun persons</source>
        <translation>特困供养人员</translation>
    </message>
    <message>
        <source>Settlements with health poverty relief</source>
        <translation>含健康脱贫医疗救助的结算</translation>
    </message>
    <message>
        <source>Health poverty relief paid</source>
        <translation>健康脱贫医疗救助支付</translation>
    </message>
    <message>
        <source>Medical assistance paid</source>
        <translation>医疗救助支付</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Designated institutions</source>
        <translation>定点医疗机构</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>特殊门诊备案</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>补偿申请</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <source>Changes waiting to be sent to the county</source>
        <translation>待发送到县医保中心的修改</translation>
    </message>
    <message>
        <source>Changes recorded in the outbox</source>
        <translation>待同步队列中记录的修改</translation>
    </message>
    <message>
        <source>Entries in the audit log</source>
        <translation>审计日志条目</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>RoleInfo</name>
    <message>
        <source>Clerk</source>
        <translation>经办员</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Township administrator</source>
        <translation>乡镇管理员</translation>
    </message>
    <message>
        <source>County certifier</source>
        <translation>县级认定人员</translation>
    </message>
    <message>
        <source>County administrator</source>
        <translation>县级管理员</translation>
    </message>
    <message>
        <source>manage townships, villages and institutions</source>
        <translation>管理乡镇、村和定点医疗机构</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>管理用户账号</translation>
    </message>
    <message>
        <source>edit households and enrollments</source>
        <translation>办理家庭户和参保登记</translation>
    </message>
    <message>
        <source>enter claims</source>
        <translation>录入补偿申请</translation>
    </message>
    <message>
        <source>approve claims</source>
        <translation>审核补偿申请</translation>
    </message>
    <message>
        <source>file special-outpatient certifications</source>
        <translation>办理特殊门诊备案</translation>
    </message>
    <message>
        <source>review filings</source>
        <translation>初审备案</translation>
    </message>
    <message>
        <source>certify filings</source>
        <translation>认定备案</translation>
    </message>
    <message>
        <source>publish policy</source>
        <translation>发布政策</translation>
    </message>
    <message>
        <source>approve voided or refunded receipts</source>
        <translation>审批缴费票据作废或退费</translation>
    </message>
</context>
<context>
    <name>RosterColumnMapping</name>
    <message>
        <source>Household code</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>RosterExport</name>
    <message>
        <source>Village: no village has the code %1.</source>
        <translation>村：没有代码为 %1 的村。</translation>
    </message>
    <message>
        <source>The roster cannot be read: %1</source>
        <translation>无法读取花名册：%1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>A roster is imported into a township: sign in with a township account.</source>
        <translation>花名册须导入到某个乡镇：请用乡镇账号登录。</translation>
    </message>
    <message>
        <source>Columns: no column is chosen for %1.</source>
        <translation>列：尚未为“%1”选择列。</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>姓名：必须填写。</translation>
    </message>
    <message>
        <source>Name: at most 30 characters.</source>
        <translation>姓名：最多 30 个字。</translation>
    </message>
    <message>
        <source>Id number: %1 was typed into a number cell and Excel dropped its last digits; format the column as text and type the numbers again.</source>
        <translation>公民身份号码：%1 被输入在数字格式的单元格中，Excel 丢掉了最后几位；请把该列设为文本格式后重新输入号码。</translation>
    </message>
    <message>
        <source>Household code: required.</source>
        <translation>户编号：必须填写。</translation>
    </message>
    <message>
        <source>Household code: %1 is not 1 to 32 letters, digits or &apos;-&apos;.</source>
        <translation>户编号：%1 不是 1 至 32 位字母、数字或“-”。</translation>
    </message>
    <message>
        <source>Village: required.</source>
        <translation>村：必须填写。</translation>
    </message>
    <message>
        <source>Village: %1 is not a village of this township.</source>
        <translation>村：%1 不是本乡镇的村。</translation>
    </message>
    <message>
        <source>Relation to head: required.</source>
        <translation>与户主关系：必须填写。</translation>
    </message>
    <message>
        <source>Relation to head: %1 is not a known relation.</source>
        <translation>与户主关系：%1 不是可选的关系。</translation>
    </message>
    <message>
        <source>Category: %1 is not a known category (poverty, dibao, tekun, near-poor).</source>
        <translation>类别：%1 不是已知类别（建档立卡贫困人口、低保对象、特困供养人员、边缘易致贫户）。</translation>
    </message>
    <message>
        <source>Sex: %1 is neither 男 nor 女.</source>
        <translation>性别：%1 既不是“男”也不是“女”。</translation>
    </message>
    <message>
        <source>Sex: the file says %1, the id number %2 says %3.</source>
        <translation>性别：文件中为%1，公民身份号码 %2 表明为%3。</translation>
    </message>
    <message>
        <source>Date of birth: %1 is not a date.</source>
        <translation>出生日期：%1 不是有效日期。</translation>
    </message>
    <message>
        <source>Date of birth: the file says %1, the id number %2 says %3.</source>
        <translation>出生日期：文件中为 %1，公民身份号码 %2 表明为 %3。</translation>
    </message>
    <message>
        <source>Phone: %1 is not 11 digits for a mobile, or area code and number.</source>
        <translation>联系电话：%1 既不是 11 位手机号码，也不是区号加号码。</translation>
    </message>
    <message>
        <source>Id number: %1 is on line %2 of this file already.</source>
        <translation>公民身份号码：%1 已出现在本文件第 %2 行。</translation>
    </message>
    <message>
        <source>Id number: %1 is already registered: %2.</source>
        <translation>公民身份号码：%1 已登记：%2。</translation>
    </message>
    <message>
        <source>name %1 (the file says %2)</source>
        <translation>姓名为%1（文件中为%2）</translation>
    </message>
    <message>
        <source>relation %1 (the file says %2)</source>
        <translation>与户主关系为%1（文件中为%2）</translation>
    </message>
    <message>
        <source>Id number: %1 in household %2 has %3; correct it on the household card or in the file.</source>
        <translation>公民身份号码：户 %2 中的 %1 记录的是%3；请在家庭户卡片或文件中更正。</translation>
    </message>
    <message>
        <source>Household code: %1 belonged to a household that was removed; give this household a new code.</source>
        <translation>户编号：%1 原属于一个已删除的家庭户；请为本户另编户编号。</translation>
    </message>
    <message>
        <source>Village: household %1 is in another village in this township&apos;s records.</source>
        <translation>村：本乡镇记录中，户 %1 属于另一个村。</translation>
    </message>
    <message>
        <source>Village: household %1 is in another village on its first line in this file.</source>
        <translation>村：本文件中户 %1 第一次出现的那一行写的是另一个村。</translation>
    </message>
    <message>
        <source>Relation to head: household %1 has a head already (%2).</source>
        <translation>与户主关系：户 %1 已有户主（%2）。</translation>
    </message>
    <message>
        <source>Relation to head: household %1 has its head on line %2 already.</source>
        <translation>与户主关系：户 %1 的户主已在第 %2 行。</translation>
    </message>
    <message>
        <source>Head of household: this row is the head, %1, but names %2 as head.</source>
        <translation>户主：这一行是户主%1，却写明户主为%2。</translation>
    </message>
    <message>
        <source>Head of household: household %1 has no head: no valid row with relation 本人 (户主).</source>
        <translation>户主：户 %1 没有户主：没有与户主关系为“本人（户主）”的有效行。</translation>
    </message>
    <message>
        <source>Head of household: the file says %1, but the head of household %2 is %3.</source>
        <translation>户主：文件中为%1，但户 %2 的户主是%3。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>The roster could not be written: %1</source>
        <translation>无法写入花名册：%1</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>An .xlsx or .csv file (GBK or UTF-8)</source>
        <translation>.xlsx 或 .csv 文件（GBK 或 UTF-8 编码）</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>Roster &amp;file:</source>
        <translation>花名册文件(&amp;F)：</translation>
    </message>
    <message>
        <source>The county&apos;s roster (花名册) of households and persons. The first row with the standard headers (户编号, 户主姓名, 姓名, 公民身份号码, …) is taken as the header; other columns are mapped in the next step.</source>
        <translation>县里下发的家庭户和人员花名册。第一个含标准表头（户编号、户主姓名、姓名、公民身份号码……）的行作为表头；其他列在下一步对应。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <extracomment>roster import mapping table: the header text of a column in the file</extracomment>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Line</source>
        <extracomment>roster import preview: the bad rows&apos; columns</extracomment>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因代码</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Check the rows &gt;</source>
        <extracomment>roster import: go on from the column mapping to the preview</extracomment>
        <translation>检查各行(&amp;C) &gt;</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n good row(s)</source>
        <translation>
            <numerusform>导入 %n 个合格的行(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv *.txt)</source>
        <translation>花名册 (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Roster file: pick a file.</source>
        <translation>花名册文件：请选择文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s) below the header on line %1 (%2). Choose what each column holds; columns marked &quot;not imported&quot; are ignored. The choices are remembered for the next roster.</source>
        <extracomment>roster import: what was read; %2 is the encoding (UTF-8, GBK or xlsx)</extracomment>
        <translation>
            <numerusform>第 %1 行表头（%2）下共有 %n 行数据。请选择每一列的内容；标为“不导入”的列将被忽略。您的选择会记住，下次导入时沿用。</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <extracomment>roster import: this column is not imported</extracomment>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>Columns: more than one column is imported as %1.</source>
        <translation>列：有不止一列导入为 %1。</translation>
    </message>
    <message>
        <source>Columns: no column is imported as %1.</source>
        <translation>列：没有导入为 %1 的列。</translation>
    </message>
    <message>
        <source>%1 data rows: %2 bad (listed below, not imported); the good rows add %3 household(s) and %4 person(s), update %5 and leave %6 unchanged. Nothing has been written yet.</source>
        <extracomment>roster import preview; the counts of what the good rows will do</extracomment>
        <translation>共 %1 行数据：%2 行有问题（列在下方，不导入）；合格的行将新建 %3 户、新增 %4 人、更新 %5 人，%6 人未变。尚未写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Stop the import</source>
        <extracomment>roster import: stop the running import; nothing is kept</extracomment>
        <translation>停止导入(&amp;S)</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was written: the replica is as it was before.</source>
        <translation>导入已停止，未写入任何内容：本机数据与导入前相同。</translation>
    </message>
    <message>
        <source>Imported %1 person(s) (%2 new household(s)); %3 unchanged; %4 bad row(s) left out.</source>
        <translation>已导入 %1 人（新建 %2 户）；%3 人未变；%4 个有问题的行未导入。</translation>
    </message>
</context>
<context>
    <name>SettlementEngine</name>
    <message>
        <source>Tier %1 is not a tier of policy %2.</source>
        <translation>第 %1 档不是政策 %2 中的档次。</translation>
    </message>
    <message>
        <source>The total cost may not be negative.</source>
        <translation>总费用不能为负数。</translation>
    </message>
    <message>
        <source>The fully self-paid amount may not be negative.</source>
        <translation>全自费金额不能为负数。</translation>
    </message>
    <message>
        <source>The category-B co-payment may not be negative.</source>
        <translation>乙类先行自付金额不能为负数。</translation>
    </message>
    <message>
        <source>The fully self-paid amount and the category-B co-payment together exceed the total cost.</source>
        <translation>全自费与乙类先行自付之和超过了总费用。</translation>
    </message>
    <message>
        <source>The admission (visit) date is missing or not a date.</source>
        <translation>入院（就诊）日期缺失或不是有效日期。</translation>
    </message>
    <message>
        <source>The discharge date is missing or not a date.</source>
        <translation>出院日期缺失或不是有效日期。</translation>
    </message>
    <message>
        <source>The discharge date is before the admission date.</source>
        <translation>出院日期早于入院日期。</translation>
    </message>
    <message>
        <source>A special-outpatient claim must name its disease.</source>
        <translation>特殊门诊补偿必须注明病种。</translation>
    </message>
    <message>
        <source>Disease %1 is not in the special-outpatient catalogue of policy %2.</source>
        <translation>病种 %1 不在政策 %2 的特殊门诊病种目录中。</translation>
    </message>
</context>
<context>
    <name>SettlementInputs</name>
    <message>
        <source>Person: no such person.</source>
        <translation>参保人：查无此人。</translation>
    </message>
    <message>
        <source>Claim %1 has an unknown kind, level, location or referral.</source>
        <translation>补偿申请 %1 的就医类别、机构级别、就医地或转诊情况未知。</translation>
    </message>
    <message>
        <source>The person&apos;s claims cannot be read.</source>
        <translation>无法读取此人的补偿记录。</translation>
    </message>
</context>
<context>
    <name>SettlementJson</name>
    <message>
        <source>%1 is missing.</source>
        <translation>缺少 %1。</translation>
    </message>
    <message>
        <source>%1 is not a known %2: %3</source>
        <translation>%1 不是已知的%2：%3</translation>
    </message>
    <message>
        <source>%1 must be a whole number of fen.</source>
        <translation>%1 必须是以分为单位的整数。</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 必须是对象。</translation>
    </message>
    <message>
        <source>%1 must be an array.</source>
        <translation>%1 必须是数组。</translation>
    </message>
    <message>
        <source>%1 is not a known person category: %2</source>
        <translation>%1 不是已知的人员类别：%2</translation>
    </message>
    <message>
        <source>%1 must be a tier number (1, 2, ...).</source>
        <translation>%1 必须是档次编号（1、2……）。</translation>
    </message>
    <message>
        <source>%1 must be an array of disease codes.</source>
        <translation>%1 必须是病种编码数组。</translation>
    </message>
    <message>
        <source>%1 must be a disease code.</source>
        <translation>%1 必须是病种编码。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 必须为 true 或 false。</translation>
    </message>
    <message>
        <source>%1 must be null or a date YYYY-MM-DD.</source>
        <translation>%1 必须为 null 或 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>%1 must be a non-empty string.</source>
        <translation>%1 必须是非空字符串。</translation>
    </message>
    <message>
        <source>%1 must be a date YYYY-MM-DD.</source>
        <translation>%1 必须是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>%1 must be null or a disease code.</source>
        <translation>%1 必须为 null 或病种编码。</translation>
    </message>
    <message>
        <source>%1 must be null or an object.</source>
        <translation>%1 必须为 null 或对象。</translation>
    </message>
</context>
<context>
    <name>SettlementPanel</name>
    <message>
        <source>Settlement (live)</source>
        <translation>实时结算</translation>
    </message>
    <message>
        <source>In-scope cost</source>
        <extracomment>settlement layer: total − fully self-paid − category-B co-payment</extracomment>
        <translation>政策范围内费用</translation>
    </message>
    <message>
        <source>Deductible</source>
        <extracomment>settlement: the deductible applied to this claim</extracomment>
        <translation>起付线</translation>
    </message>
    <message>
        <source>Basic insurance</source>
        <translation>基本医保</translation>
    </message>
    <message>
        <source>Critical-illness insurance</source>
        <translation>大病保险</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <source>Health poverty relief</source>
        <translation>健康脱贫医疗救助</translation>
    </message>
    <message>
        <source>Paid by the scheme</source>
        <extracomment>settlement: all layers together</extracomment>
        <translation>合计报销</translation>
    </message>
    <message>
        <source>Out of pocket</source>
        <extracomment>settlement: what the person pays</extracomment>
        <translation>个人自付</translation>
    </message>
    <message>
        <source>%1 total − %2 fully self-paid − %3 category-B co-payment</source>
        <translation>总费用 %1 − 全自费 %2 − 乙类先行自付 %3</translation>
    </message>
    <message>
        <source>The claim is refused: the person pays all of it.</source>
        <translation>拒付：全部由个人自付。</translation>
    </message>
    <message>
        <source>Policy deductible %1</source>
        <translation>政策起付线 %1</translation>
    </message>
    <message>
        <source>, waived</source>
        <translation>，免起付线</translation>
    </message>
    <message>
        <source> × %1</source>
        <translation> × %1</translation>
    </message>
    <message>
        <source> (yearly, shared by the disease category)</source>
        <translation>（按年计，同类病种共用）</translation>
    </message>
    <message>
        <source>(%1 − %2) × %3</source>
        <translation>(%1 − %2) × %3</translation>
    </message>
    <message>
        <source>; ratio %1 adjusted to %2</source>
        <translation>；报销比例由 %1 调整为 %2</translation>
    </message>
    <message>
        <source>per-visit limit %1</source>
        <translation>每次限额 %1</translation>
    </message>
    <message>
        <source>yearly outpatient limit, %1 left</source>
        <translation>普通门诊年度限额（剩余 %1）</translation>
    </message>
    <message>
        <source>the disease&apos;s yearly limit, %1 left</source>
        <translation>病种年度限额（剩余 %1）</translation>
    </message>
    <message>
        <source>yearly cap, %1 left</source>
        <translation>年度封顶线（剩余 %1）</translation>
    </message>
    <message>
        <source>; limited by %1 (uncapped %2)</source>
        <translation>；受限于：%1（不受限时为 %2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: threshold %2, the year&apos;s basis %3 → %4</source>
        <translation>%1：起付标准 %2，年度累计基数 %3 → %4</translation>
    </message>
    <message>
        <source>; yearly cap reached (%1 left)</source>
        <translation>；已到年度封顶线（剩余 %1）</translation>
    </message>
    <message>
        <source>Does not apply to this kind of claim.</source>
        <translation>不适用于此类报销。</translation>
    </message>
    <message>
        <source>%1: %2 of what is left above the yearly threshold %3</source>
        <translation>%1：超过年度起付标准 %3 部分的 %2</translation>
    </message>
    <message>
        <source>Registered poverty</source>
        <translation>建档立卡贫困人口</translation>
    </message>
    <message>
        <source>Dibao</source>
        <translation>低保对象</translation>
    </message>
    <message>
        <source>Tekun</source>
        <translation>特困供养人员</translation>
    </message>
    <message>
        <source>Near-poor</source>
        <translation>边缘易致贫户</translation>
    </message>
    <message>
        <source>Only for dibao, tekun and registered poverty persons.</source>
        <translation>仅限低保对象、特困供养人员和建档立卡贫困人口。</translation>
    </message>
    <message>
        <source>%1: the person keeps at most %2 (requires %3)</source>
        <translation>%1：个人最多负担 %2（需救助 %3）</translation>
    </message>
    <message>
        <source>yearly out-of-pocket ceiling %1, %2 borne so far (requires %3)</source>
        <translation>年度个人自付上限 %1，已负担 %2（需救助 %3）</translation>
    </message>
    <message>
        <source>; yearly relief cap reached (%1 left)</source>
        <translation>；已到年度救助封顶线（剩余 %1）</translation>
    </message>
    <message>
        <source>Only for registered poverty persons, inpatient and special outpatient.</source>
        <translation>仅限建档立卡贫困人口的住院和特殊门诊。</translation>
    </message>
    <message>
        <source>Combined coverage %1 of the total</source>
        <translation>综合保障率 %1</translation>
    </message>
    <message>
        <source>Total − paid by the scheme</source>
        <translation>总费用 − 合计报销</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>settlement panel: &quot;&lt;the policy row&apos;s name&gt;: &lt;why&gt;&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>settlement panel: between the reasons of the poverty-relief layer</extracomment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>SettlementSlipRenderer</name>
    <message>
        <source>Manual reimbursement settlement slip (reversal)</source>
        <translation>零星报销结算单（冲销）</translation>
    </message>
    <message>
        <source>Manual reimbursement settlement slip</source>
        <translation>零星报销结算单</translation>
    </message>
    <message>
        <source>COPY</source>
        <extracomment>printed on a reprinted slip</extracomment>
        <translation>副本</translation>
    </message>
    <message>
        <source>Township: %1</source>
        <translation>乡镇：%1</translation>
    </message>
    <message>
        <source>Slip no.: %1</source>
        <translation>结算单号：%1</translation>
    </message>
    <message>
        <source>Insured person and bill</source>
        <translation>参保人及费用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Level, place</source>
        <translation>级别、就医地</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>就医类别</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>病种</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转诊</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>入院日期</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>出院日期</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>结算日期</translation>
    </message>
    <message>
        <source>Cost and settlement (yuan)</source>
        <translation>费用及结算（元）</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总费用</translation>
    </message>
    <message>
        <source>Fully self-paid</source>
        <translation>全自费</translation>
    </message>
    <message>
        <source>Category-B co-payment</source>
        <translation>乙类先行自付</translation>
    </message>
    <message>
        <source>In-scope cost</source>
        <translation>政策范围内费用</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>起付线</translation>
    </message>
    <message>
        <source>Basic insurance</source>
        <translation>基本医保</translation>
    </message>
    <message>
        <source>Critical illness</source>
        <translation>大病保险</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <source>Poverty relief</source>
        <translation>健康脱贫医疗救助</translation>
    </message>
    <message>
        <source>Paid in all</source>
        <translation>合计报销</translation>
    </message>
    <message>
        <source>Out of pocket</source>
        <translation>个人自付</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>综合保障率</translation>
    </message>
    <message>
        <source>Paid (in words)</source>
        <extracomment>amount in Chinese capital numerals</extracomment>
        <translation>合计报销（大写）</translation>
    </message>
    <message>
        <source>Out of pocket (in words)</source>
        <translation>个人自付（大写）</translation>
    </message>
    <message>
        <source>The scheme year after this settlement</source>
        <translation>本次结算后本年度累计</translation>
    </message>
    <message>
        <source>Basic paid</source>
        <translation>基本医保</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <source>Basic cap left</source>
        <translation>基本医保封顶线剩余</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不封顶</translation>
    </message>
    <message>
        <source>Relief cap left</source>
        <translation>健康脱贫封顶线剩余</translation>
    </message>
    <message>
        <source>Reverses slip %1. Reason: %2</source>
        <translation>冲销结算单 %1。原因：%2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>%1, version %2, SHA-256 %3</source>
        <translation>%1，第 %2 版，SHA-256 %3</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>经办人：%1</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>审核人：%1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>打印时间：%1</translation>
    </message>
    <message>
        <source>Insured person (signature):</source>
        <translation>参保人（签字）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Settlement slip %1</source>
        <translation>结算单 %1</translation>
    </message>
    <message>
        <source>The slip cannot be written to %1.</source>
        <translation>无法将结算单写入 %1。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Jingban - sign in</source>
        <translation>经办 - 登录</translation>
    </message>
    <message>
        <source>Jingban</source>
        <translation>经办</translation>
    </message>
    <message>
        <source>Urban and rural resident medical insurance counter</source>
        <translation>城乡居民医保经办工作站</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>语言(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. wangli</source>
        <translation>如 wangli</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Login: required.</source>
        <translation>登录名：必须填写。</translation>
    </message>
    <message>
        <source>Password: required.</source>
        <translation>密码：必须填写。</translation>
    </message>
</context>
<context>
    <name>SpecialOutpatientLimitModel</name>
    <message>
        <source>No policy is published for %1: the yearly limits are not known.</source>
        <translation>%1 年度尚未发布政策：年度限额未知。</translation>
    </message>
    <message>
        <source>Not enrolled and paid for %1: special-outpatient claims of that year are refused.</source>
        <translation>%1 年度未参保缴费：该年度的特殊门诊费用不予报销。</translation>
    </message>
    <message>
        <source>The certifications cannot be read.</source>
        <translation>无法读取认定记录。</translation>
    </message>
    <message>
        <source>open-ended</source>
        <extracomment>a certification with no end date</extracomment>
        <translation>长期</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>special-outpatient limit: the policy sets no yearly limit (or it is not known)</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>Certified disease</source>
        <extracomment>special-outpatient limits of a person: the certified disease</extracomment>
        <translation>认定病种</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Yearly limit</source>
        <extracomment>the disease&apos;s yearly limit (年度限额) for this person</extracomment>
        <translation>年度限额</translation>
    </message>
    <message>
        <source>Used this year</source>
        <extracomment>basic insurance paid against the limit so far this scheme year</extracomment>
        <translation>本年已用</translation>
    </message>
    <message>
        <source>Remaining</source>
        <extracomment>what is left of the yearly limit</extracomment>
        <translation>剩余</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <source>File %1: only .xlsx and .csv files can be read (an old .xls must be saved as .xlsx first).</source>
        <translation>文件 %1：只能读取 .xlsx 和 .csv 文件（旧的 .xls 文件请先另存为 .xlsx）。</translation>
    </message>
    <message>
        <source>File %1: does not exist.</source>
        <translation>文件 %1：不存在。</translation>
    </message>
    <message>
        <source>File %1: cannot be opened: %2</source>
        <translation>文件 %1：无法打开：%2</translation>
    </message>
    <message>
        <source>File: it is not UTF-8, and this program cannot read GBK here.</source>
        <translation>文件：不是 UTF-8 编码，本程序在此无法读取 GBK 编码。</translation>
    </message>
    <message>
        <source>File: the text is neither UTF-8 nor GBK; save it as CSV UTF-8 and try again.</source>
        <translation>文件：文字既不是 UTF-8 也不是 GBK 编码；请另存为“CSV UTF-8”后再试。</translation>
    </message>
    <message>
        <source>File: this is not a text (CSV) file.</source>
        <translation>文件：这不是文本（CSV）文件。</translation>
    </message>
    <message>
        <source>File: a quoted field that starts on line %1 never ends.</source>
        <translation>文件：从第 %1 行开始的带引号字段没有结束。</translation>
    </message>
    <message>
        <source>File %1: not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>文件 %1：不是 Excel 工作簿（.xlsx），或文件已损坏。</translation>
    </message>
    <message>
        <source>File %1: a zip file, but not an Excel workbook (no xl/workbook.xml).</source>
        <translation>文件 %1：是 zip 文件，但不是 Excel 工作簿（缺少 xl/workbook.xml）。</translation>
    </message>
    <message>
        <source>File %1: its shared strings are damaged: %2</source>
        <translation>文件 %1：共享字符串已损坏：%2</translation>
    </message>
    <message>
        <source>File %1: the workbook has no first sheet (%2).</source>
        <translation>文件 %1：工作簿中没有第一张工作表（%2）。</translation>
    </message>
    <message>
        <source>File %1: the first sheet cannot be read.</source>
        <translation>文件 %1：无法读取第一张工作表。</translation>
    </message>
    <message>
        <source>File %1: cell %2 of row %3 names a shared string that does not exist.</source>
        <translation>文件 %1：第 %3 行的单元格 %2 引用了不存在的共享字符串。</translation>
    </message>
    <message>
        <source>File %1: the first sheet is damaged: %2</source>
        <translation>文件 %1：第一张工作表已损坏：%2</translation>
    </message>
</context>
<context>
    <name>SyncApi</name>
    <message>
        <source>hello needs the client&apos;s protocol and schema numbers.</source>
        <translation>hello 请求须带客户端的协议号和结构版本号。</translation>
    </message>
    <message>
        <source>This workstation&apos;s Jingban speaks sync protocol %1 (schema %2); the county server needs protocol %3 and schema %4 at least. Install the newer Jingban, then sync again.</source>
        <translation>本工作站的经办程序使用同步协议 %1（结构版本 %2）；县级服务器至少需要协议 %3、结构版本 %4。请安装新版经办程序后再同步。</translation>
    </message>
    <message>
        <source>This workstation&apos;s Jingban (protocol %1, schema %2) is newer than the county server (protocol %3, schema %4). The county must upgrade jingban-county first.</source>
        <translation>本工作站的经办程序（协议 %1，结构版本 %2）比县级服务器（协议 %3，结构版本 %4）新。须先由县医保中心升级 jingban-county。</translation>
    </message>
    <message>
        <source>No such API path: %1</source>
        <translation>没有这个 API 路径：%1</translation>
    </message>
    <message>
        <source>%1 takes %2.</source>
        <translation>%1 只接受 %2。</translation>
    </message>
    <message>
        <source>The workstation credential is unknown, wrong or revoked.</source>
        <translation>工作站凭证未知、错误或已吊销。</translation>
    </message>
    <message>
        <source>Sync protocol %1 is not spoken here (the county server speaks %2 to %3).</source>
        <translation>本服务器不支持同步协议 %1（县级服务器支持协议 %2 至 %3）。</translation>
    </message>
    <message>
        <source>The push body is not a JSON object.</source>
        <translation>push 请求体不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Schema %1 is not accepted (the county server accepts %2 to %3).</source>
        <translation>不接受结构版本 %1（县级服务器接受 %2 至 %3）。</translation>
    </message>
    <message>
        <source>pull needs a cursor number and an optional limit number.</source>
        <translation>pull 请求须带 cursor 数字，可另带 limit 数字。</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <source>The replica is busy or read-only: %1</source>
        <translation>本机数据库正忙或为只读：%1</translation>
    </message>
    <message>
        <source>The %1 record %2 from the county could not be written: %3</source>
        <translation>无法写入来自县级的 %1 记录 %2：%3</translation>
    </message>
    <message>
        <source>The audit entry could not be written: %1</source>
        <translation>无法写入审计记录：%1</translation>
    </message>
    <message>
        <source>The server answered operation %1 with an unknown status %2.</source>
        <translation>服务器对操作 %1 返回了未知状态 %2。</translation>
    </message>
    <message>
        <source>The conflict could not be kept: %1</source>
        <translation>无法保存冲突记录：%1</translation>
    </message>
    <message>
        <source>The outbox could not be marked: %1</source>
        <translation>无法更新待同步队列：%1</translation>
    </message>
    <message>
        <source>The push results could not be saved: %1</source>
        <translation>无法保存上传结果：%1</translation>
    </message>
    <message>
        <source>The server&apos;s pull answer has no changes or cursor.</source>
        <translation>服务器的下载应答中没有 changes 或 cursor。</translation>
    </message>
    <message>
        <source>The server sent a change of an unknown kind %1.</source>
        <translation>服务器发来了未知类型 %1 的修改。</translation>
    </message>
    <message>
        <source>The pulled changes could not be saved: %1</source>
        <translation>无法保存下载的修改：%1</translation>
    </message>
    <message>
        <source>%1: %2 rows here, %3 at the county, and they differ.</source>
        <translation>%1：本机 %2 行，县级 %3 行，两边不一致。</translation>
    </message>
    <message>
        <source>Conflict: no such conflict.</source>
        <translation>冲突：查无此冲突。</translation>
    </message>
    <message>
        <source>Conflict: already resolved.</source>
        <translation>冲突：已处理过。</translation>
    </message>
    <message>
        <source>A reviewer resolves sync conflicts.</source>
        <translation>同步冲突须由审核员处理。</translation>
    </message>
    <message>
        <source>Resolution: keep the server&apos;s version or the local one.</source>
        <translation>处理方式：保留服务器的版本或本机的版本。</translation>
    </message>
    <message>
        <source>The conflict could not be closed: %1</source>
        <translation>无法关闭冲突：%1</translation>
    </message>
</context>
<context>
    <name>SyncConflictEditDelegate</name>
    <message>
        <source>yyyy-mm-dd</source>
        <extracomment>how to type a date in a conflict&apos;s edited version</extracomment>
        <translation>年-月-日（yyyy-mm-dd）</translation>
    </message>
    <message>
        <source>yuan, e.g. 1234.56</source>
        <extracomment>how to type an amount in a conflict&apos;s edited version</extracomment>
        <translation>元，例如 1234.56</translation>
    </message>
</context>
<context>
    <name>SyncConflictFieldsModel</name>
    <message>
        <source>Field</source>
        <extracomment>column of a conflict&apos;s two versions</extracomment>
        <translation>项目</translation>
    </message>
    <message>
        <source>This workstation&apos;s edit</source>
        <extracomment>column of a conflict&apos;s two versions</extracomment>
        <translation>本工作站的修改</translation>
    </message>
    <message>
        <source>The county&apos;s version</source>
        <extracomment>column of a conflict&apos;s two versions</extracomment>
        <translation>县医保中心的版本</translation>
    </message>
    <message>
        <source>Will stand (editable)</source>
        <extracomment>column of a conflict&apos;s two versions: what will be kept (editable)</extracomment>
        <translation>最终保留（可编辑）</translation>
    </message>
    <message>
        <source>Stored as: %1</source>
        <translation>存储值：%1</translation>
    </message>
</context>
<context>
    <name>SyncConflictModel</name>
    <message>
        <source>Waiting for a reviewer</source>
        <extracomment>state of a sync conflict</extracomment>
        <translation>待审核员处理</translation>
    </message>
    <message>
        <source>The county&apos;s version stands</source>
        <translation>保留县医保中心的版本</translation>
    </message>
    <message>
        <source>This workstation&apos;s version stands</source>
        <translation>保留本工作站的版本</translation>
    </message>
    <message>
        <source>An edited version stands</source>
        <translation>保留编辑后的版本</translation>
    </message>
    <message>
        <source>Found at</source>
        <extracomment>column of the conflicts list</extracomment>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Record</source>
        <extracomment>column of the conflicts list: kind of record</extracomment>
        <translation>记录类别</translation>
    </message>
    <message>
        <source>Which</source>
        <extracomment>column of the conflicts list: the record&apos;s code or name</extracomment>
        <translation>哪一条</translation>
    </message>
    <message>
        <source>Changed here by</source>
        <extracomment>column of the conflicts list: who made the local edit</extracomment>
        <translation>本机修改人</translation>
    </message>
    <message>
        <source>What happened</source>
        <extracomment>column of the conflicts list</extracomment>
        <translation>县医保中心的说明</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>column of the conflicts list</extracomment>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SyncConflictsView</name>
    <message>
        <source>Show &amp;resolved conflicts too</source>
        <translation>同时显示已处理的冲突(&amp;R)</translation>
    </message>
    <message>
        <source>Keep the c&amp;ounty&apos;s version</source>
        <translation>保留县医保中心的版本(&amp;O)</translation>
    </message>
    <message>
        <source>Keep &amp;this workstation&apos;s version</source>
        <translation>保留本工作站的版本(&amp;T)</translation>
    </message>
    <message>
        <source>Save the e&amp;dited version</source>
        <translation>保存编辑后的版本(&amp;D)</translation>
    </message>
    <message>
        <source>A reviewer decides which version stands; you can look at the conflicts here.</source>
        <translation>保留哪个版本由审核员决定；您可以在这里查看冲突。</translation>
    </message>
    <message>
        <source>No conflicts: everything this workstation sent was taken by the county.</source>
        <translation>没有冲突：本工作站发送的修改县医保中心已全部接收。</translation>
    </message>
    <message>
        <source>someone on this workstation</source>
        <translation>本工作站的某位用户</translation>
    </message>
    <message>
        <source>%1 %2 was changed here by %3 (on version %4) while the county already had version %5. The county&apos;s version stands until a reviewer decides. %6 field(s) differ.</source>
        <translation>%3在本机修改了%1 %2（基于版本 %4），而县医保中心已有版本 %5。在审核员决定之前，以县医保中心的版本为准。有 %6 项不同。</translation>
    </message>
    <message>
        <source>The county said: %1</source>
        <translation>县医保中心的说明：%1</translation>
    </message>
    <message>
        <source>The county&apos;s version stands; the conflict is closed.</source>
        <translation>已保留县医保中心的版本，冲突已关闭。</translation>
    </message>
    <message>
        <source>This workstation&apos;s version was written again; it is sent to the county at the next sync.</source>
        <translation>已重新写入本工作站的版本，将在下一次同步时发送到县医保中心。</translation>
    </message>
    <message>
        <source>The edited version was written; it is sent to the county at the next sync.</source>
        <translation>已写入编辑后的版本，将在下一次同步时发送到县医保中心。</translation>
    </message>
    <message>
        <source>Alt+O: the county&apos;s version stands; nothing is sent.</source>
        <translation>Alt+O：以县里的版本为准；不发送任何内容。</translation>
    </message>
    <message>
        <source>Alt+T: this workstation&apos;s version is written again and sent at the next sync.</source>
        <translation>Alt+T：重新写入本工作站的版本，下次同步时发送。</translation>
    </message>
    <message>
        <source>Alt+D or Ctrl+Enter: the values under &quot;Will stand&quot; are written and sent at the next sync.</source>
        <translation>Alt+D 或 Ctrl+Enter：写入“最终采用”一栏的值，下次同步时发送。</translation>
    </message>
    <message>
        <source>Enter on a conflict goes to its fields; F2 or typing changes the value that will stand; Ctrl+Enter saves the edited version.</source>
        <translation>在冲突上按 Enter 进入其字段；按 F2 或直接输入可修改最终采用的值；Ctrl+Enter 保存修改后的版本。</translation>
    </message>
</context>
<context>
    <name>SyncHistory</name>
    <message>
        <source>Done: this workstation and the county agree</source>
        <translation>完成：本工作站与县医保中心一致</translation>
    </message>
    <message>
        <source>Done, but some records still differ from the county</source>
        <translation>完成，但仍有部分记录与县医保中心不一致</translation>
    </message>
    <message>
        <source>Stopped: no connection to the county server</source>
        <translation>中止：无法连接县医保中心服务器</translation>
    </message>
    <message>
        <source>Stopped: the county server&apos;s certificate is not trusted</source>
        <translation>中止：县医保中心服务器的证书不受信任</translation>
    </message>
    <message>
        <source>Stopped: the county refused this workstation&apos;s credential</source>
        <translation>中止：县医保中心拒绝了本工作站的凭证</translation>
    </message>
    <message>
        <source>Stopped: this Jingban and the county server are of different versions</source>
        <translation>中止：本机经办程序与县医保中心服务器的版本不一致</translation>
    </message>
    <message>
        <source>Sync is not set up</source>
        <translation>尚未设置同步</translation>
    </message>
    <message>
        <source>Stopped: the county server had a problem</source>
        <translation>中止：县医保中心服务器出错</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>中止</translation>
    </message>
</context>
<context>
    <name>SyncHistoryModel</name>
    <message>
        <source>Automatic</source>
        <extracomment>how a sync run was started</extracomment>
        <translation>自动同步</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>%1 refused, %2 conflicts</source>
        <translation>退回 %1 条，冲突 %2 条</translation>
    </message>
    <message>
        <source>Started</source>
        <extracomment>column of the sync history</extracomment>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>How</source>
        <extracomment>column of the sync history</extracomment>
        <translation>方式</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>column of the sync history</extracomment>
        <translation>结果</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>column of the sync history: changes sent to the county</extracomment>
        <translation>发送</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>column of the sync history: records received from the county</extracomment>
        <translation>接收</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>column of the sync history</extracomment>
        <translation>问题</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>column of the sync history</extracomment>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>SyncOutboxModel</name>
    <message>
        <source>Made at</source>
        <extracomment>column of the sync page&apos;s list of changes</extracomment>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Record</source>
        <extracomment>column of the sync page&apos;s list of changes</extracomment>
        <translation>记录类别</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>column of the sync page&apos;s list of changes</extracomment>
        <translation>修改类型</translation>
    </message>
    <message>
        <source>Which</source>
        <extracomment>column of the sync page&apos;s list of changes: the record&apos;s code or name</extracomment>
        <translation>哪一条</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>column of the sync page&apos;s list of changes</extracomment>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Why the county refused it</source>
        <extracomment>column of the sync page&apos;s list of refused changes</extracomment>
        <translation>县医保中心退回的原因</translation>
    </message>
</context>
<context>
    <name>SyncPackage</name>
    <message>
        <source>The cryptography library is not available.</source>
        <translation>加密库不可用。</translation>
    </message>
    <message>
        <source>The workstation&apos;s signing key could not be stored in the replica.</source>
        <translation>无法将工作站的签名密钥保存到本机数据库。</translation>
    </message>
    <message>
        <source>The package was altered or damaged; it was not imported.</source>
        <translation>同步包已被改动或已损坏，未导入。</translation>
    </message>
    <message>
        <source>The package file is empty; it was not imported.</source>
        <translation>同步包文件是空的，未导入。</translation>
    </message>
    <message>
        <source>The package file is incomplete (cut off after %1 bytes); it was not imported. Copy the whole file again.</source>
        <translation>同步包文件不完整（在 %1 字节处中断），未导入。请重新复制完整的文件。</translation>
    </message>
    <message>
        <source>The file is not a Jingban package; it was not imported.</source>
        <translation>该文件不是经办程序的同步包，未导入。</translation>
    </message>
    <message>
        <source>The package speaks sync protocol %1; this program speaks %2. Install the same Jingban version on both sides.</source>
        <translation>同步包使用同步协议 %1，本程序使用协议 %2。请在两端安装相同版本的经办程序。</translation>
    </message>
    <message>
        <source>The package is signed by a key this county does not know; it was not imported.</source>
        <translation>同步包的签名密钥不是本县已知的密钥，未导入。</translation>
    </message>
    <message>
        <source>The answer is signed by a key that is not the county&apos;s; it was not imported.</source>
        <translation>应答包的签名密钥不是县医保中心的密钥，未导入。</translation>
    </message>
    <message>
        <source>This is an answer package; the county imports push packages.</source>
        <translation>这是应答包；县级只导入上传包。</translation>
    </message>
    <message>
        <source>This is a push package; the workstation imports the county&apos;s answer.</source>
        <translation>这是上传包；工作站只导入县级返回的应答包。</translation>
    </message>
    <message>
        <source>Credential: the credential file has no credential_id.</source>
        <translation>凭证：凭证文件中没有 credential_id。</translation>
    </message>
    <message>
        <source>The workstation&apos;s credential was revoked; the package was not imported.</source>
        <translation>工作站凭证已吊销，同步包未导入。</translation>
    </message>
    <message>
        <source>The package was written by a replica of schema %1; the county server accepts schema %2 to %3. Upgrade the older side, then export again.</source>
        <translation>同步包由结构版本 %1 的本机数据库导出；县级服务器接受结构版本 %2 至 %3。请升级较旧的一方，然后重新导出。</translation>
    </message>
    <message>
        <source>The package has no operations or cursor; it was not imported.</source>
        <translation>同步包中没有操作或同步位置，未导入。</translation>
    </message>
    <message>
        <source>The credential file has no county_public_key; ask the county for a new credential file.</source>
        <translation>凭证文件中没有 county_public_key；请向县医保中心索取新的凭证文件。</translation>
    </message>
    <message>
        <source>This answer is for another workstation&apos;s credential; it was not imported.</source>
        <translation>此应答包属于其他工作站的凭证，未导入。</translation>
    </message>
    <message>
        <source>This answer package was imported before; nothing was changed.</source>
        <translation>此应答包已导入过，未作任何修改。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync &amp;now (F9)</source>
        <extracomment>the F9 key is the shortcut (set in the main window&apos;s Sync menu)</extracomment>
        <translation>立即同步(&amp;N)（F9）</translation>
    </message>
    <message>
        <source>Sync &amp;settings...</source>
        <translation>同步设置(&amp;S)...</translation>
    </message>
    <message>
        <source>The township administrator sets the county server and the workstation credential.</source>
        <translation>县医保中心服务器和工作站凭证由乡镇管理员设置。</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>等待发送：</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>上次成功同步：</translation>
    </message>
    <message>
        <source>County server:</source>
        <translation>县医保中心服务器：</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>尚未设置</translation>
    </message>
    <message numerus="yes">
        <source>automatic sync every %n minute(s)</source>
        <translation>
            <numerusform>每 %n 分钟自动同步</numerusform>
        </translation>
    </message>
    <message>
        <source>automatic sync is off</source>
        <translation>未开启自动同步</translation>
    </message>
    <message>
        <source>never</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>&amp;Waiting to be sent</source>
        <extracomment>tab of the sync page</extracomment>
        <translation>等待发送(&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;fused by the county (%1)</source>
        <extracomment>tab of the sync page: operations the county refused</extracomment>
        <translation>被县医保中心退回(&amp;F)（%1）</translation>
    </message>
    <message>
        <source>Re&amp;fused by the county</source>
        <translation>被县医保中心退回(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <extracomment>tab of the sync page</extracomment>
        <translation>同步记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <extracomment>tab of the sync page</extracomment>
        <translation>冲突(&amp;C)（%1）</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>冲突(&amp;C)</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>正在同步...</translation>
    </message>
    <message>
        <source>Connecting to the county server...</source>
        <translation>正在连接县医保中心服务器...</translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2</source>
        <translation>正在发送修改：%1/%2</translation>
    </message>
    <message>
        <source>Receiving changes from the county: %1 record(s)</source>
        <translation>正在接收县医保中心的修改：%1 条</translation>
    </message>
    <message>
        <source>Checking that both sides agree...</source>
        <translation>正在核对双方数据...</translation>
    </message>
    <message>
        <source>sent %1, received %2</source>
        <translation>发送 %1 条，接收 %2 条</translation>
    </message>
    <message>
        <source>counting...</source>
        <translation>正在统计...</translation>
    </message>
    <message numerus="yes">
        <source>%1 change(s)</source>
        <translation>
            <numerusform>%1 条修改</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export a package...</source>
        <extracomment>sync page: offline sync, the pending changes written to a signed file carried to the county</extracomment>
        <translation>导出数据包(&amp;E)...</translation>
    </message>
    <message>
        <source>Without a network: write the changes waiting to be sent to a signed package file and carry it to the county office.</source>
        <translation>没有网络时：把待发送的修改写入带签名的数据包文件，带到县医保中心。</translation>
    </message>
    <message>
        <source>jingban-changes-%1.jbpkg</source>
        <translation>经办数据包-%1.jbpkg</translation>
    </message>
    <message>
        <source>Export a package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>Jingban package (*.jbpkg);;All files (*)</source>
        <translation>经办数据包 (*.jbpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Import the county&apos;s answer...</source>
        <extracomment>sync page: offline sync, the county&apos;s signed answer to a package</extracomment>
        <translation>导入县里的回执(&amp;I)...</translation>
    </message>
    <message>
        <source>Import the county&apos;s answer</source>
        <translation>导入县里的回执</translation>
    </message>
    <message>
        <source>Package key of this workstation:</source>
        <extracomment>sync page: the workstation&apos;s public key the county registers for package files</extracomment>
        <translation>本工作站数据包密钥：</translation>
    </message>
    <message>
        <source>Package: this workstation has no credential yet; the township administrator reads it in under Sync settings.</source>
        <translation>数据包：本工作站还没有凭证，请乡镇管理员在“同步设置”中读入。</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>数据包：%1</translation>
    </message>
    <message>
        <source>Package: %1 cannot be written (%2).</source>
        <translation>数据包：无法写入 %1（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent written to %1. Carry the file to the county office; the changes stay waiting until its answer is imported here.</source>
        <translation>
            <numerusform>已把 %n 条待发送的修改写入 %1。请把文件带到县医保中心；在本机导入县里的回执之前，这些修改仍在待发送清单中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Package: a sync is running; import the answer when it has finished.</source>
        <translation>数据包：正在同步，请在同步结束后再导入回执。</translation>
    </message>
    <message>
        <source>Package: the workstation credential (with the county&apos;s key) is not set; the township administrator reads it in under Sync settings.</source>
        <translation>数据包：尚未设置本工作站凭证（含县里的密钥），请乡镇管理员在“同步设置”中读入。</translation>
    </message>
    <message>
        <source>Package: %1 cannot be read (%2).</source>
        <translation>数据包：无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>The county&apos;s answer is imported: %1 change(s) applied, %2 applied before, %3 refused, %4 conflict(s); %5 change(s) from the county written.</source>
        <translation>县里的回执已导入：已接收 %1 条修改，以前已接收 %2 条，被退回 %3 条，冲突 %4 条；从县里接收修改 %5 条。</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>sync page: the county server&apos;s address (or &quot;not set up&quot;); how often sync runs by itself</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Workstation number:</source>
        <translation>工作站编号：</translation>
    </message>
    <message>
        <source>%1 (in this workstation&apos;s receipt, slip and relief batch numbers, e.g. %2-%1-0000123)</source>
        <translation>%1（用于本工作站的票据号、结算单号和救助批次号，例如 %2-%1-0000123）</translation>
    </message>
    <message>
        <source>none yet: receipts and slips are numbered without one until this workstation has synced</source>
        <translation>尚无：本工作站同步之前，票据和结算单的编号不含工作站编号</translation>
    </message>
</context>
<context>
    <name>SyncProtocol</name>
    <message>
        <source>Unknown record kind %1.</source>
        <translation>未知的记录类型 %1。</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>The county server did not answer: %1</source>
        <translation>县级服务器没有应答：%1</translation>
    </message>
    <message>
        <source>The county server answered %1: %2</source>
        <translation>县级服务器返回 %1：%2</translation>
    </message>
    <message>
        <source>The county server answered none of the %1 operations sent.</source>
        <translation>已发送 %1 项操作，县级服务器一项也没有应答。</translation>
    </message>
</context>
<context>
    <name>SyncServerStore</name>
    <message>
        <source>Database: give sqlite:PATH or postgresql://user@host/name, not %1.</source>
        <translation>数据库：请写 sqlite:路径 或 postgresql://user@host/name，而不是 %1。</translation>
    </message>
    <message>
        <source>Cannot open the server database %1: %2</source>
        <translation>无法打开服务器数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot prepare the server database: %1</source>
        <translation>无法准备服务器数据库：%1</translation>
    </message>
    <message>
        <source>The server database has schema %1, made by a newer jingban-county; this one knows %2.</source>
        <translation>服务器数据库的结构版本为 %1，由较新版本的 jingban-county 创建；本程序只支持版本 %2。</translation>
    </message>
    <message>
        <source>The server database is busy.</source>
        <translation>服务器数据库正忙。</translation>
    </message>
    <message>
        <source>Server migration %1 failed, nothing of it was applied: %2</source>
        <translation>服务器数据库升级 %1 失败，未做任何修改：%2</translation>
    </message>
    <message>
        <source>Server migration %1 could not be recorded.</source>
        <translation>无法记录服务器数据库升级 %1。</translation>
    </message>
    <message>
        <source>The %1 record could not be written: %2</source>
        <translation>无法写入 %1 记录：%2</translation>
    </message>
    <message>
        <source>Township: county code, code and name are required.</source>
        <translation>乡镇：县代码、乡镇代码和乡镇名称必须填写。</translation>
    </message>
    <message>
        <source>Township code %1 exists.</source>
        <translation>乡镇代码 %1 已存在。</translation>
    </message>
    <message>
        <source>Township: no township with code %1.</source>
        <translation>乡镇：没有代码为 %1 的乡镇。</translation>
    </message>
    <message>
        <source>Village: code and name are required.</source>
        <translation>村：村代码和村名称必须填写。</translation>
    </message>
    <message>
        <source>Role: unknown role %1.</source>
        <translation>角色：未知的角色 %1。</translation>
    </message>
    <message>
        <source>Password: at least 8 characters.</source>
        <translation>密码：至少 8 个字符。</translation>
    </message>
    <message>
        <source>Login: %1 is taken.</source>
        <translation>登录名：%1 已被使用。</translation>
    </message>
    <message>
        <source>Scope: township or county.</source>
        <translation>范围：乡镇或县。</translation>
    </message>
    <message>
        <source>The random number generator is not available.</source>
        <translation>随机数生成器不可用。</translation>
    </message>
    <message>
        <source>The credential could not be stored: %1</source>
        <translation>无法保存凭证：%1</translation>
    </message>
    <message>
        <source>Credential %1: unknown or already revoked.</source>
        <translation>凭证 %1：未知或已吊销。</translation>
    </message>
    <message>
        <source>Only the county writes %1 records.</source>
        <translation>%1 记录只能由县级写入。</translation>
    </message>
    <message>
        <source>Only a township writes %1 records.</source>
        <translation>%1 记录只能由乡镇写入。</translation>
    </message>
    <message>
        <source>This record belongs to another township.</source>
        <translation>这条记录属于其他乡镇。</translation>
    </message>
    <message>
        <source>The person belongs to another township.</source>
        <translation>此人属于其他乡镇。</translation>
    </message>
    <message>
        <source>The household belongs to another township.</source>
        <translation>该家庭户属于其他乡镇。</translation>
    </message>
    <message>
        <source>The claim belongs to another township.</source>
        <translation>该报销单属于其他乡镇。</translation>
    </message>
    <message>
        <source>The county decides on submitted filings only, and changes only the decision.</source>
        <translation>县级只对已上报的备案作出认定，且只修改认定结果。</translation>
    </message>
    <message>
        <source>A filing submitted to the county is no longer the township&apos;s to change.</source>
        <translation>已上报县级的备案，乡镇不能再修改。</translation>
    </message>
    <message>
        <source>The user who made this change is unknown to the county or inactive.</source>
        <translation>作出此修改的用户在县级不存在或已停用。</translation>
    </message>
    <message>
        <source>The user who made this change does not belong to this workstation&apos;s township.</source>
        <translation>作出此修改的用户不属于本工作站所在乡镇。</translation>
    </message>
    <message>
        <source>A %1 may not write %2 records.</source>
        <translation>%1无权写入 %2 记录。</translation>
    </message>
    <message>
        <source>Id number: not in its 18-character form.</source>
        <translation>公民身份号码：不是 18 位号码。</translation>
    </message>
    <message>
        <source>Birth date: does not match the id number.</source>
        <translation>出生日期：与公民身份号码不符。</translation>
    </message>
    <message>
        <source>Sex: does not match the id number.</source>
        <translation>性别：与公民身份号码不符。</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>姓名：必须填写。</translation>
    </message>
    <message>
        <source>%1 is not a synced record kind.</source>
        <translation>%1 不是需同步的记录类型。</translation>
    </message>
    <message>
        <source>The operation is malformed: row id, op or versions do not agree.</source>
        <translation>操作格式有误：记录编号、操作类型或版本号不一致。</translation>
    </message>
    <message>
        <source>The %1 record %2 is unknown to the county.</source>
        <translation>县级没有 %1 记录 %2。</translation>
    </message>
    <message>
        <source>The %1 record changed on the server since this edit was made (edit on version %2, server has %3).</source>
        <translation>%1 记录在此次修改之后已在服务器上被改动（修改基于版本 %2，服务器为版本 %3）。</translation>
    </message>
    <message>
        <source>The %1 record clashes with the county&apos;s data: %2</source>
        <translation>%1 记录与县级数据冲突：%2</translation>
    </message>
    <message>
        <source>The push has no ops array.</source>
        <translation>上传请求中没有 ops 数组。</translation>
    </message>
    <message>
        <source>A push may carry %1 operations at most.</source>
        <translation>每次上传最多 %1 项操作。</translation>
    </message>
    <message>
        <source>Every operation needs op_id, entity, row_id and row.</source>
        <translation>每项操作都须有 op_id、entity、row_id 和 row。</translation>
    </message>
    <message>
        <source>The server database failed: %1</source>
        <translation>服务器数据库出错：%1</translation>
    </message>
    <message>
        <source>The push could not be committed: %1</source>
        <translation>无法提交上传：%1</translation>
    </message>
    <message>
        <source>Pull: cursor must be 0 or more and limit between 1 and %1.</source>
        <translation>下载：cursor 必须不小于 0，limit 必须在 1 至 %1 之间。</translation>
    </message>
    <message>
        <source>The change log cannot be read: %1</source>
        <translation>无法读取修改日志：%1</translation>
    </message>
    <message>
        <source>Public key: give the workstation&apos;s key as %1 hexadecimal characters.</source>
        <translation>公钥：请以 %1 个十六进制字符填写工作站的公钥。</translation>
    </message>
    <message>
        <source>Credential %1: unknown or revoked.</source>
        <translation>凭证 %1：未知或已吊销。</translation>
    </message>
    <message>
        <source>The cryptography library is not available.</source>
        <translation>加密库不可用。</translation>
    </message>
    <message>
        <source>The county&apos;s signing key could not be stored: %1</source>
        <translation>无法保存县级签名密钥：%1</translation>
    </message>
    <message>
        <source>The change log could not be written: %1</source>
        <translation>无法写入修改记录：%1</translation>
    </message>
    <message>
        <source>The agreement digests could not be rebuilt: %1</source>
        <translation>无法重新计算核对摘要：%1</translation>
    </message>
    <message>
        <source>Township %1 has had %2 workstation credentials, the most there can be: each numbers its receipts and slips with its own two digits.</source>
        <translation>乡镇 %1 已发放 %2 个工作站凭证，已达上限：每个工作站用自己的两位编号为票据和结算单编号。</translation>
    </message>
    <message>
        <source>The settlement belongs to another township.</source>
        <translation>该结算属于其他乡镇。</translation>
    </message>
    <message>
        <source>The adjustment belongs to another township.</source>
        <translation>该结算调整属于其他乡镇。</translation>
    </message>
    <message>
        <source>The relief payment batch belongs to another township.</source>
        <translation>该救助发放批次属于其他乡镇。</translation>
    </message>
    <message>
        <source>The village belongs to another township.</source>
        <translation>该村属于其他乡镇。</translation>
    </message>
    <message>
        <source>Relief payment batch %1: it pays %2 lines, %3 fen assistance and %4 fen relief; its lines at the county are %5, %6 fen and %7 fen.</source>
        <translation>救助发放批次 %1：载明发放 %2 条、医疗救助 %3 分、健康脱贫 %4 分；县里的明细为 %5 条、%6 分和 %7 分。</translation>
    </message>
    <message>
        <source>Relief payment line: the person is not the one of the claim it pays.</source>
        <translation>救助发放明细：人员与所发放报销的参保人不符。</translation>
    </message>
    <message>
        <source>Relief payment line: the adjustment it pays is not approved.</source>
        <translation>救助发放明细：所发放的结算调整尚未审核通过。</translation>
    </message>
    <message>
        <source>Relief payment line: the amounts differ from those of the claim it pays.</source>
        <translation>救助发放明细：金额与所发放报销的金额不符。</translation>
    </message>
    <message>
        <source>The adjustment names policy %1 with another content or year than the county&apos;s.</source>
        <translation>结算调整所用政策 %1 的内容或年度与县里的不一致。</translation>
    </message>
    <message>
        <source>Adjustment: the claim, its settlement and the person do not belong together at the county.</source>
        <translation>结算调整：在县里，报销申请、其结算和参保人对不上。</translation>
    </message>
    <message>
        <source>Adjustment: policy %1 changes nothing of this claim at the county (the claim is not settled there, or its amounts already follow the policy).</source>
        <translation>结算调整：按政策 %1，县里这笔报销没有变化（县里尚未结算，或金额已符合该政策）。</translation>
    </message>
    <message>
        <source>basic insurance</source>
        <translation>基本医保</translation>
    </message>
    <message>
        <source>critical illness insurance</source>
        <translation>大病保险</translation>
    </message>
    <message>
        <source>medical assistance</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <source>poverty relief</source>
        <translation>健康脱贫</translation>
    </message>
    <message>
        <source>the person&apos;s own share</source>
        <translation>个人自付</translation>
    </message>
    <message>
        <source>Adjustment: it changes %1 by %2 fen, the county computes %3 fen with policy %4.</source>
        <translation>结算调整：它使%1变动 %2 分，县里按政策 %4 算得 %3 分。</translation>
    </message>
    <message>
        <source>Adjustment: its flags differ from those the county computes with policy %1.</source>
        <translation>结算调整：其标记与县里按政策 %1 算得的不同。</translation>
    </message>
    <message>
        <source>The same user asked for and approved this reversal; another user must approve it (two-person review).</source>
        <translation>这笔冲销由同一人申请并审核；须由另一位用户审核（双人复核）。</translation>
    </message>
    <message>
        <source>The reversal&apos;s approver is not an active user of this township who may approve claims.</source>
        <translation>冲销的审核人不是本乡镇有报销审核权限的在用用户。</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>Server address: it is empty. Write the address the county gave, for example https://county.example:8443.</source>
        <translation>服务器地址：未填写。请填写县医保中心提供的地址，例如 https://county.example:8443。</translation>
    </message>
    <message>
        <source>Server address: &quot;%1&quot; is not a web address. Write it as https://host:port, for example https://county.example:8443.</source>
        <translation>服务器地址：“%1”不是网址。请写成 https://主机:端口 的形式，例如 https://county.example:8443。</translation>
    </message>
    <message>
        <source>Server address: plain http is allowed only to this computer; the county server is reached with https://.</source>
        <translation>服务器地址：不加密的 http 只能用于本机；连接县医保中心服务器须用 https://。</translation>
    </message>
    <message>
        <source>Only the township administrator sets the sync server and credential.</source>
        <translation>只有乡镇管理员才能设置同步服务器和凭证。</translation>
    </message>
    <message>
        <source>Automatic sync: give a number of minutes from 0 (off) to 1440.</source>
        <translation>自动同步：请填写 0（关闭）至 1440 之间的分钟数。</translation>
    </message>
    <message>
        <source>Credential file: %1 does not exist. Choose the .credential file the county issued for this workstation.</source>
        <translation>凭证文件：%1 不存在。请选择县医保中心为本工作站签发的 .credential 文件。</translation>
    </message>
    <message>
        <source>Credential file: %1 cannot be read (%2).</source>
        <translation>凭证文件：无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>Credential file: %1 is not a workstation credential issued by the county (it has no credential id and secret).</source>
        <translation>凭证文件：%1 不是县医保中心签发的工作站凭证（其中没有凭证编号和密钥）。</translation>
    </message>
    <message>
        <source>Credential file: none is set. Choose the .credential file the county issued for this workstation.</source>
        <translation>凭证文件：尚未设置。请选择县医保中心为本工作站签发的 .credential 文件。</translation>
    </message>
    <message>
        <source>Certificate file: %1 does not exist or holds no PEM certificate.</source>
        <translation>证书文件：%1 不存在或其中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>The settings could not be saved: the replica is busy.</source>
        <translation>无法保存设置：本机数据库正忙。</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>无法保存设置。</translation>
    </message>
    <message>
        <source>Sync is not set up: no county server address. The township administrator sets it under Sync settings.</source>
        <translation>尚未设置同步：没有县医保中心服务器地址。请乡镇管理员在“同步设置”中填写。</translation>
    </message>
    <message>
        <source>Sync is not set up: no workstation credential. The township administrator reads in the credential file the county issued, under Sync settings.</source>
        <translation>尚未设置同步：没有工作站凭证。请乡镇管理员在“同步设置”中读入县医保中心签发的凭证文件。</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>同步设置</translation>
    </message>
    <message>
        <source>https://county.example:8443 (empty: the address in the credential file)</source>
        <translation>https://county.example:8443（留空则使用凭证文件中的地址）</translation>
    </message>
    <message>
        <source>The .credential file the county issued</source>
        <translation>县医保中心签发的 .credential 文件</translation>
    </message>
    <message>
        <source>Empty: keep the credential read in before</source>
        <translation>留空：沿用之前读入的凭证</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>Workstation credential</source>
        <translation>工作站凭证</translation>
    </message>
    <message>
        <source>Credentials (*.credential);;All files (*)</source>
        <translation>凭证文件 (*.credential);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No credential has been read in yet.</source>
        <translation>尚未读入凭证。</translation>
    </message>
    <message>
        <source>In use: credential %1..., read from %2</source>
        <translation>正在使用：凭证 %1...，读自 %2</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>unit after the automatic sync interval</extracomment>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>off (only Sync now)</source>
        <extracomment>the automatic sync interval when it is 0</extracomment>
        <translation>关闭（仅立即同步）</translation>
    </message>
    <message>
        <source>Only if the county uses a certificate of its own (PEM file)</source>
        <translation>仅当县医保中心使用自己签发的证书时填写（PEM 文件）</translation>
    </message>
    <message>
        <source>Empty: keep the county certificate read in before</source>
        <translation>留空：沿用之前读入的县医保中心证书</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>浏览(&amp;R)...</translation>
    </message>
    <message>
        <source>County certificate</source>
        <translation>县医保中心证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书文件 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>County server &amp;address:</source>
        <translation>县医保中心服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Credential file:</source>
        <translation>凭证文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Sync &amp;automatically every:</source>
        <translation>自动同步间隔(&amp;A)：</translation>
    </message>
    <message>
        <source>County c&amp;ertificate:</source>
        <translation>县医保中心证书(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>SyncWording</name>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>医疗机构</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭户</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>参保人</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Disease</source>
        <translation>病种</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>缴费票据</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>参保登记</translation>
    </message>
    <message>
        <source>Special-outpatient filing</source>
        <translation>特殊门诊备案</translation>
    </message>
    <message>
        <source>Filing attachment</source>
        <translation>备案附件</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>报销单</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>kind of change waiting to be sent</extracomment>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <extracomment>kind of change waiting to be sent</extracomment>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>kind of change waiting to be sent</extracomment>
        <translation>删除</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Id number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Registered poverty</source>
        <translation>建档立卡贫困人口</translation>
    </message>
    <message>
        <source>Dibao</source>
        <translation>低保对象</translation>
    </message>
    <message>
        <source>Tekun</source>
        <translation>特困供养人员</translation>
    </message>
    <message>
        <source>Near poor</source>
        <translation>边缘易致贫户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>死亡日期</translation>
    </message>
    <message>
        <source>Scheme year</source>
        <translation>参保年度</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Settlement adjustment</source>
        <translation>结算调整</translation>
    </message>
    <message>
        <source>Relief payment batch</source>
        <translation>救助发放批次</translation>
    </message>
    <message>
        <source>Relief payment line</source>
        <translation>救助发放明细</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <source>Pinyin initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Personal contribution</source>
        <translation>个人缴费</translation>
    </message>
    <message>
        <source>Paid by the state</source>
        <translation>财政代缴</translation>
    </message>
    <message>
        <source>Government subsidy</source>
        <translation>财政补助</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>缴费时间</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>票据号</translation>
    </message>
    <message>
        <source>Payment channel</source>
        <translation>缴费渠道</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>开票时间</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>变更原因</translation>
    </message>
    <message>
        <source>Change asked by</source>
        <translation>变更申请人</translation>
    </message>
    <message>
        <source>Change approved by</source>
        <translation>变更审核人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Institution level</source>
        <translation>机构级别</translation>
    </message>
    <message>
        <source>Where care happened</source>
        <translation>就医地</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转诊</translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation>入院日期</translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation>出院日期</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总费用</translation>
    </message>
    <message>
        <source>Fully self-paid</source>
        <translation>全自费</translation>
    </message>
    <message>
        <source>Category-B co-payment</source>
        <translation>乙类先行自付</translation>
    </message>
    <message>
        <source>Accidental injury</source>
        <translation>意外伤害</translation>
    </message>
    <message>
        <source>Third party liable</source>
        <translation>有第三方责任</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <source>Diagnosis date</source>
        <translation>确诊日期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>诊断依据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>初审人</translation>
    </message>
    <message>
        <source>Reviewed at</source>
        <translation>初审时间</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>上报人</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>认定人</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>认定时间</translation>
    </message>
    <message>
        <source>Slip number</source>
        <translation>结算单号</translation>
    </message>
    <message>
        <source>Policy fingerprint</source>
        <translation>政策指纹</translation>
    </message>
    <message>
        <source>In-scope cost</source>
        <translation>政策范围内费用</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>起付线</translation>
    </message>
    <message>
        <source>Basic insurance</source>
        <translation>基本医保</translation>
    </message>
    <message>
        <source>Critical-illness insurance</source>
        <translation>大病保险</translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation>医疗救助</translation>
    </message>
    <message>
        <source>Health poverty relief</source>
        <translation>健康脱贫</translation>
    </message>
    <message>
        <source>Out-of-pocket</source>
        <translation>个人自付</translation>
    </message>
    <message>
        <source>Refused because</source>
        <translation>拒付原因</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Reverses slip</source>
        <translation>冲销结算单</translation>
    </message>
    <message>
        <source>Settled at</source>
        <translation>结算时间</translation>
    </message>
    <message>
        <source>Settled by</source>
        <translation>结算人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Poverty persons only</source>
        <translation>仅限贫困人口</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>The replica could not be opened for sync.</source>
        <translation>无法打开本机数据库进行同步。</translation>
    </message>
    <message>
        <source>The workstation is closing.</source>
        <translation>工作站正在关闭。</translation>
    </message>
    <message>
        <source>The county server&apos;s certificate is not trusted (%1). If the county uses a certificate of its own, the township administrator reads it in under Sync settings.</source>
        <translation>县医保中心服务器的证书不受信任（%1）。如果县医保中心使用自己签发的证书，请乡镇管理员在“同步设置”中读入该证书。</translation>
    </message>
    <message>
        <source>No connection to the county server (%1). Everything keeps working here; the changes wait and are sent at the next sync.</source>
        <translation>无法连接县医保中心服务器（%1）。本机业务照常办理，修改会保留，在下一次同步时发送。</translation>
    </message>
    <message>
        <source>the workstation is closing</source>
        <translation>工作站正在关闭</translation>
    </message>
    <message>
        <source>The county server refused this workstation&apos;s credential: it is unknown, wrong or revoked. Ask the county office for a new credential file.</source>
        <translation>县医保中心服务器拒绝了本工作站的凭证：凭证未知、错误或已吊销。请向县医保中心申请新的凭证文件。</translation>
    </message>
    <message>
        <source>This Jingban and the county server are of different versions: %1</source>
        <translation>本机经办程序与县医保中心服务器的版本不一致：%1</translation>
    </message>
    <message>
        <source>The county server had a problem and changed nothing; sync again later. (%1)</source>
        <translation>县医保中心服务器出错，未做任何修改，请稍后再同步。（%1）</translation>
    </message>
</context>
<context>
    <name>TableFileWriter</name>
    <message>
        <source>File %1: write .xlsx or .csv.</source>
        <translation>文件 %1：只能写成 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>File %1: cannot be written: %2</source>
        <translation>文件 %1：无法写入：%2</translation>
    </message>
    <message>
        <source>File %1: cannot be written.</source>
        <translation>文件 %1：无法写入。</translation>
    </message>
    <message>
        <source>File %1: not open.</source>
        <translation>文件 %1：未打开。</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Password: at least 8 characters.</source>
        <translation>密码：至少 8 个字符。</translation>
    </message>
    <message>
        <source>Password: must not begin or end with a space.</source>
        <translation>密码：开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>Login: 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, beginning with a letter.</source>
        <translation>登录名：2 至 32 个小写字母、数字、“.”、“_”或“-”，以字母开头。</translation>
    </message>
    <message>
        <source>Login: %1 is taken.</source>
        <translation>登录名：%1 已被使用。</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>姓名：必须填写。</translation>
    </message>
    <message>
        <source>Name: at most 40 characters.</source>
        <translation>姓名：最多 40 个字。</translation>
    </message>
    <message>
        <source>Township: a county role belongs to no township.</source>
        <translation>乡镇：县级角色不属于任何乡镇。</translation>
    </message>
    <message>
        <source>Township: required for a township role.</source>
        <translation>乡镇：乡镇角色必须指定乡镇。</translation>
    </message>
    <message>
        <source>Role: a township administrator cannot create county accounts.</source>
        <translation>角色：乡镇管理员不能创建县级账号。</translation>
    </message>
    <message>
        <source>Township: you may create accounts of your own township only.</source>
        <translation>乡镇：只能创建本乡镇的账号。</translation>
    </message>
    <message>
        <source>Password: could not be hashed (out of memory).</source>
        <translation>密码：无法生成哈希值（内存不足）。</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>查无此用户。</translation>
    </message>
    <message>
        <source>Current password: wrong.</source>
        <translation>当前密码：不正确。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用您自己的账号。</translation>
    </message>
    <message>
        <source>Login or password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>This account is deactivated; ask your administrator.</source>
        <translation>此账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>This replica is set up already.</source>
        <translation>本机数据库已完成设置。</translation>
    </message>
    <message>
        <source>County code: six digits (GB/T 2260).</source>
        <translation>县代码：6 位数字（GB/T 2260）。</translation>
    </message>
    <message>
        <source>Township code: nine digits.</source>
        <translation>乡镇代码：9 位数字。</translation>
    </message>
    <message>
        <source>Township code: must begin with the county code.</source>
        <translation>乡镇代码：必须以县代码开头。</translation>
    </message>
    <message>
        <source>Township name: required.</source>
        <translation>乡镇名称：必须填写。</translation>
    </message>
</context>
<context>
    <name>YearToDate</name>
    <message>
        <source>%1 must be a whole, non-negative number of fen</source>
        <translation>%1 必须是以分为单位的非负整数</translation>
    </message>
    <message>
        <source>special_deductible_fen keys must be category numbers</source>
        <translation>special_deductible_fen 的键必须是类别编号</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Jingban</source>
        <translation>经办</translation>
    </message>
    <message>
        <source>The local database %1 cannot be opened:
%2</source>
        <translation>无法打开本机数据库 %1：
%2</translation>
    </message>
</context>
</TS>
