<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AfterService</name>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <source>Platform website</source>
        <translation>平台网站</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>实地回访</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <source>Match with the need</source>
        <translation>服务需求匹配程度</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Complaint handling</source>
        <translation>投诉处理</translation>
    </message>
    <message>
        <source>Self-evaluation</source>
        <translation>自我评价</translation>
    </message>
    <message>
        <source>Client satisfaction evaluation</source>
        <translation>服务对象满意度评价</translation>
    </message>
    <message>
        <source>Third-party evaluation</source>
        <translation>第三方评价</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已复查</translation>
    </message>
</context>
<context>
    <name>AfterServicePage</name>
    <message>
        <source>Received</source>
        <translation>受理数</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>诉求编号</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Visit by</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>列入原因</translation>
    </message>
    <message>
        <source>The client complained</source>
        <translation>服务对象曾投诉</translation>
    </message>
    <message>
        <source>Picked by the plan</source>
        <translation>按回访计划抽取</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Return visits due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint statistics and assessment</source>
        <translation>投诉统计与考核</translation>
    </message>
    <message>
        <source>Record the return visit…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <source>Return-visit plan…</source>
        <translation>回访计划…</translation>
    </message>
    <message>
        <source>Which closed cases get a return visit, and within how many working days</source>
        <translation>哪些已办结诉求需要回访，以及在几个工作日内完成</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未办结的投诉</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>All, newest first</source>
        <translation>全部（最新在前）</translation>
    </message>
    <message>
        <source>Register a complaint…</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <source>Next step…</source>
        <translation>下一步…</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>受理日期自</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Only complaints assessed as valid count in a staff member&apos;s or an agency&apos;s assessment (7.5.4); complaints not yet assessed count in neither column.</source>
        <translation>只有经评估为有效的投诉才计入工作人员或服务机构的考核（7.5.4）；尚未评估的投诉不计入任何一栏。</translation>
    </message>
    <message>
        <source>%1 complaints received: %2 valid, %3 not valid, %4 not yet assessed; %5 answered; %6 overdue.</source>
        <translation>共受理投诉 %1 件：有效 %2 件，无效 %3 件，尚未评估 %4 件；已答复 %5 件；逾期 %6 件。</translation>
    </message>
    <message>
        <source>Return-visit plan</source>
        <translation>回访计划</translation>
    </message>
    <message>
        <source>Every case with a complaint as well</source>
        <translation>另加所有有投诉的诉求</translation>
    </message>
    <message>
        <source>Share of closed cases visited again</source>
        <translation>回访已办结诉求的比例</translation>
    </message>
    <message>
        <source>Within (working days of closing)</source>
        <translation>期限（办结后工作日数）</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>%1 return visits due from cases closed in the last %2 days; %3 past their date.</source>
        <translation>近 %2 天办结的诉求中有 %1 件待回访，其中 %3 件已过期限。</translation>
    </message>
    <message>
        <source>Acknowledge by %1, answer by %2</source>
        <translation>%1 前确认收到，%2 前答复</translation>
    </message>
    <message>
        <source>Complainant: %1 %2; about: %3 %4; case: %5</source>
        <translation>投诉人：%1 %2；投诉对象：%3 %4；相关诉求：%5</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Evaluation and improvement</source>
        <translation>服务评价与改进</translation>
    </message>
    <message>
        <source>The complaints could not be read: %1</source>
        <translation>无法读取投诉：%1</translation>
    </message>
</context>
<context>
    <name>Agency</name>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expires within 30 days</source>
        <translation>30天内到期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>This item is not in its scope.</source>
        <translation>此事项不在其服务范围内。</translation>
    </message>
    <message>
        <source>It holds no valid qualification for this item.</source>
        <translation>没有此事项的有效资质。</translation>
    </message>
    <message>
        <source>Service agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Expert team</source>
        <translation>专家团队</translation>
    </message>
</context>
<context>
    <name>AgencyCandidateModel</name>
    <message>
        <source>%1 (expert team)</source>
        <translation>%1（专家团队）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 open, %2 done</source>
        <translation>在办 %1，已完成 %2</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Qualification for this item</source>
        <translation>该事项的资质</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Not offered because</source>
        <translation>不推荐的原因</translation>
    </message>
</context>
<context>
    <name>AgencyListModel</name>
    <message>
        <source>to %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 open, %2 done</source>
        <translation>在办 %1，已完成 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message numerus="yes">
        <source>%n returned</source>
        <translation>
            <numerusform>退回 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed for late</source>
        <translation>
            <numerusform>签收超时 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urged</source>
        <translation>
            <numerusform>被催办 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <source>Add an agency…</source>
        <translation>添加服务机构…</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>从 CSV 导入…</translation>
    </message>
    <message>
        <source>A file saved from Excel as CSV (UTF-8 or GBK) with a header row: 名称, 服务事项, 统一社会信用代码, 资质名称, 有效期起, 有效期止, …</source>
        <translation>从 Excel 另存为的 CSV 文件（UTF-8 或 GBK），第一行为列名：名称、服务事项、统一社会信用代码、资质名称、有效期起、有效期止……</translation>
    </message>
    <message>
        <source>Import agencies</source>
        <translation>导入服务机构</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies) with a qualification expired or expiring within 30 days</source>
        <translation>
            <numerusform>%n 个机构的资质已过期或将在 30 天内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a service agency</source>
        <translation>添加服务机构</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Technical capability</source>
        <translation>技术能力</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies) imported (%1).</source>
        <translation>
            <numerusform>已导入 %n 个服务机构（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 rows were rejected. Correct them in the file and import it again.</source>
        <translation>未导入任何内容：%2 行中有 %1 行被拒绝。请在文件中改正后重新导入。</translation>
    </message>
    <message>
        <source>Only a station administrator adds or imports service agencies.</source>
        <translation>只有站点管理员可以添加或导入服务机构。</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>Closed before: case files are kept at least two years after closing (7.6); the latest date allowed today is %1. Nothing was changed.</source>
        <translation>办结日期早于：诉求档案在办结后至少保存两年（7.6），今天最晚可选 %1。未做任何更改。</translation>
    </message>
    <message>
        <source>The archive must be another file than the database.</source>
        <translation>归档文件必须是数据库以外的另一个文件。</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <source>Elsewhere in Guangxi (%1)</source>
        <translation>广西其他地区（%1）</translation>
    </message>
    <message>
        <source>Outside Guangxi (%1)</source>
        <translation>区外（%1）</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <source>Needs attention</source>
        <translation>需处理的记录</translation>
    </message>
    <message>
        <source>Mark as dealt with</source>
        <translation>标记为已处理</translation>
    </message>
    <message>
        <source>The city platform did not take these changes. They are kept on this computer exactly as they were saved; nothing was overwritten.</source>
        <translation>市级平台未接受以下变更。它们按保存时的原样保留在本机，没有任何内容被覆盖。</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>On-site visit record</source>
        <translation>上门服务记录</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Why it was not saved</source>
        <translation>未能保存的原因</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Apply again</source>
        <translation>重新保存</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>不再处理</translation>
    </message>
    <message>
        <source>Received from the city platform but not saved here: the rest of the sync went on without them. Apply one again once its cause is mended (what waited for it follows), or dismiss it.</source>
        <translation>以下记录已从市级平台收到，但未能保存在本站；其余记录已照常同步。原因排除后可重新保存（依赖它的记录随之保存），也可选择不再处理。</translation>
    </message>
    <message>
        <source>Keep the platform&apos;s</source>
        <translation>保留平台的</translation>
    </message>
    <message>
        <source>Keep this station&apos;s</source>
        <translation>保留本站的</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新诉求</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Changed at the platform meanwhile: the case is %1 there.</source>
        <translation>其间平台上已有变更：该诉求在平台上为“%1”。</translation>
    </message>
    <message>
        <source>Call the city platform&apos;s administrator with the record and reason shown here; the record stays on this computer. Mark the item dealt with once it is settled.</source>
        <translation>请将此处显示的记录和原因告知市级平台管理员；该记录仍保留在本机。问题解决后将此项标记为已处理。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>如何处理</translation>
    </message>
    <message>
        <source>The platform&apos;s answer: %1</source>
        <translation>平台上的答复：%1</translation>
    </message>
    <message>
        <source>This station&apos;s answer: %1</source>
        <translation>本站的答复：%1</translation>
    </message>
    <message>
        <source>Answer chosen after a conflict</source>
        <translation>冲突后选定的答复</translation>
    </message>
    <message>
        <source>Read both sides, then choose whose change stands: Keep the platform&apos;s (the case stays as it is there), or Keep this station&apos;s (made again on top of the platform&apos;s, sent at the next sync). Both stay on the case&apos;s timeline.</source>
        <translation>请对照两边的内容，再选定以哪一方为准：“保留平台的”（诉求保持平台上的状态），或“保留本站的”（在平台现有状态上重新办理，下次同步时发送）。两方的记录都保留在诉求的办理记录中。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>entry %1 (%2, %3, %4)</source>
        <translation>第 %1 条（%2，%3，%4）</translation>
    </message>
    <message>
        <source>Audit %1 has no hash: it was added to the file outside QSDesk.</source>
        <translation>审计日志%1没有哈希值：它是在 QSDesk 之外加入文件的。</translation>
    </message>
    <message>
        <source>Audit %1 does not match its hash: it was changed or moved after it was written.</source>
        <translation>审计日志%1与其哈希值不符：写入后被修改或移动过。</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were removed from the file.</source>
        <translation>审计日志第 %1 至 %2 条缺失：已从文件中删除。</translation>
    </message>
    <message>
        <source>Audit %1 does not follow the entry before it: an entry before it was removed, replaced or moved.</source>
        <translation>审计日志%1与前一条衔接不上：它之前的记录被删除、替换或移动过。</translation>
    </message>
    <message>
        <source>The older copy ends with audit entry %1, and this database no longer holds that entry unchanged: entries were removed from the end, or the log was rewritten.</source>
        <translation>较早的副本以第 %1 条审计记录结尾，而本数据库中已没有原样的这一条：末尾的记录被删除，或日志被整体改写。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>User, e.g. zhangli</source>
        <translation>用户，例如 zhangli</translation>
    </message>
    <message>
        <source>Action, e.g. case. or user.login</source>
        <translation>操作，例如 case. 或 user.login</translation>
    </message>
    <message>
        <source>Record id or login</source>
        <translation>记录编号或用户名</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown, newest first; scroll down for older ones.</source>
        <translation>
            <numerusform>显示 %n 条，最新的在前；向下滚动查看更早的记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 条到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every entry…</source>
        <translation>正在逐条校验…</translation>
    </message>
    <message numerus="yes">
        <source>The audit log holds: %n entries, none edited, removed or moved.</source>
        <translation>
            <numerusform>审计日志完好：共 %n 条，没有记录被修改、删除或移动。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Before, after and details</source>
        <translation>变更前后及详情</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>备份 %1 不能使用：%2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>No backup file %1.</source>
        <translation>没有备份文件 %1。</translation>
    </message>
    <message>
        <source>Backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>The holiday calendar is not valid at %1: %2</source>
        <translation>节假日日历在 %1 处有误：%2</translation>
    </message>
</context>
<context>
    <name>CaseActionBar</name>
    <message>
        <source>Escalate to the city…</source>
        <translation>上报市级…</translation>
    </message>
    <message>
        <source>Close with an answer…</source>
        <translation>答复并办结…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新办理…</translation>
    </message>
    <message>
        <source>4.3: pass the case to the city platform, with the reason</source>
        <translation>4.3：说明原因，将诉求上报市级平台</translation>
    </message>
    <message>
        <source>7.2.2: record the answer given to the client and close the case</source>
        <translation>7.2.2：记录给服务对象的答复并办结</translation>
    </message>
    <message>
        <source>Escalate %1 to the city platform</source>
        <translation>将 %1 上报市级平台</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>办结 %1</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>重新办理 %1</translation>
    </message>
    <message>
        <source>Why the city platform should take it over:</source>
        <translation>需要市级平台办理的原因：</translation>
    </message>
    <message>
        <source>The answer given to the client:</source>
        <translation>给服务对象的答复：</translation>
    </message>
    <message>
        <source>Why it is reopened:</source>
        <translation>重新办理的原因：</translation>
    </message>
    <message>
        <source>One-time notice…</source>
        <translation>一次性告知…</translation>
    </message>
    <message>
        <source>Hand off…</source>
        <translation>交接…</translation>
    </message>
    <message>
        <source>Ask for instruction…</source>
        <translation>请示…</translation>
    </message>
    <message>
        <source>Instruction received…</source>
        <translation>收到批示…</translation>
    </message>
    <message>
        <source>7.2.3: tell the applicant everything still missing, at once, on a printed notice</source>
        <translation>7.2.3：以书面告知书一次性告知申请人尚缺的全部材料和事项</translation>
    </message>
    <message>
        <source>7.2.4: hand the case to a service agency or expert team, with a deadline</source>
        <translation>7.2.4：将诉求交接给服务机构或专家团队，并设定期限</translation>
    </message>
    <message>
        <source>7.2.3: the case needs an instruction from above</source>
        <translation>7.2.3：诉求需要向上级请示</translation>
    </message>
    <message>
        <source>Ask for instruction on %1</source>
        <translation>就 %1 请示</translation>
    </message>
    <message>
        <source>The question:</source>
        <translation>请示的问题：</translation>
    </message>
    <message>
        <source>Instruction on %1</source>
        <translation>%1 的批示</translation>
    </message>
    <message>
        <source>The instruction received:</source>
        <translation>收到的批示：</translation>
    </message>
    <message>
        <source>Asked of:</source>
        <translation>请示对象：</translation>
    </message>
    <message>
        <source>Handoff progress</source>
        <translation>交接进展</translation>
    </message>
    <message>
        <source>Client told in writing</source>
        <translation>已书面告知服务对象</translation>
    </message>
    <message>
        <source>Client told by SMS</source>
        <translation>已短信告知服务对象</translation>
    </message>
    <message>
        <source>Client told by phone</source>
        <translation>已电话告知服务对象</translation>
    </message>
    <message>
        <source>Accepted by the agency</source>
        <translation>服务机构已签收</translation>
    </message>
    <message>
        <source>Declined by the agency…</source>
        <translation>服务机构退回…</translation>
    </message>
    <message>
        <source>The agency&apos;s result…</source>
        <translation>服务机构办理结果…</translation>
    </message>
    <message>
        <source>Follow-up record…</source>
        <translation>跟踪记录…</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>未受理：%1</translation>
    </message>
    <message>
        <source>Why the agency declined:</source>
        <translation>服务机构未受理的原因：</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>%1 的办理结果</translation>
    </message>
    <message>
        <source>The agency&apos;s result:</source>
        <translation>服务机构的办理结果：</translation>
    </message>
    <message>
        <source>Follow-up on %1</source>
        <translation>%1 的跟踪记录</translation>
    </message>
    <message>
        <source>What was done or learned:</source>
        <translation>跟踪服务的情况：</translation>
    </message>
    <message>
        <source>On-site visit…</source>
        <translation>上门服务记录…</translation>
    </message>
    <message>
        <source>7.3.3: record an on-site visit, confirmed by the client&apos;s signature</source>
        <translation>7.3.3：记录上门服务，由服务对象签字确认</translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation>服务反馈…</translation>
    </message>
    <message>
        <source>Return visit…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>7.4.1: record how the client was told that the service has ended</source>
        <translation>7.4.1：记录以何种方式告知服务对象服务已结束</translation>
    </message>
    <message>
        <source>7.4.2: record a return visit with the client&apos;s ratings</source>
        <translation>7.4.2：记录回访及服务对象的评价</translation>
    </message>
    <message>
        <source>Feedback to the client: %1</source>
        <translation>向服务对象反馈：%1</translation>
    </message>
    <message>
        <source>What the client was told:</source>
        <translation>告知服务对象的内容：</translation>
    </message>
    <message>
        <source>Told by:</source>
        <translation>告知方式：</translation>
    </message>
    <message>
        <source>Acceptance receipt…</source>
        <translation>受理回执…</translation>
    </message>
    <message>
        <source>Print the acceptance receipt for the applicant again</source>
        <translation>为申请人再次打印受理回执</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>计时</translation>
    </message>
    <message>
        <source>Returned by the agency…</source>
        <translation>服务机构退回…</translation>
    </message>
    <message>
        <source>Pause the case&apos;s clock, let it run again, ask for or decide an extension, urge the case</source>
        <translation>暂停或恢复诉求计时，申请或审批延期，督办诉求</translation>
    </message>
    <message>
        <source>Pause the clock…</source>
        <translation>暂停计时…</translation>
    </message>
    <message>
        <source>Let the clock run again</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>Ask for an extension…</source>
        <translation>申请延期…</translation>
    </message>
    <message>
        <source>Approve the extension…</source>
        <translation>批准延期…</translation>
    </message>
    <message>
        <source>Refuse the extension…</source>
        <translation>不予批准延期…</translation>
    </message>
    <message>
        <source>Urge…</source>
        <translation>督办…</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>退回：%1</translation>
    </message>
    <message>
        <source>A note on the return (optional):</source>
        <translation>退回说明（选填）：</translation>
    </message>
    <message>
        <source>Pause the clock of %1</source>
        <translation>暂停计时：%1</translation>
    </message>
    <message>
        <source>A note (optional):</source>
        <translation>备注（选填）：</translation>
    </message>
    <message>
        <source>Ask for an extension of %1</source>
        <translation>申请延期：%1</translation>
    </message>
    <message>
        <source>Why it needs longer:</source>
        <translation>申请延期的理由：</translation>
    </message>
    <message>
        <source>Approve the extension of %1</source>
        <translation>批准延期：%1</translation>
    </message>
    <message>
        <source>Refuse the extension of %1</source>
        <translation>不予批准延期：%1</translation>
    </message>
    <message>
        <source>Why it is refused:</source>
        <translation>不予批准的理由：</translation>
    </message>
    <message>
        <source>Urge %1</source>
        <translation>督办：%1</translation>
    </message>
    <message>
        <source>What the clerk is urged to do:</source>
        <translation>督办意见：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Working days wanted:</source>
        <translation>申请延长的工作日数：</translation>
    </message>
    <message>
        <source>Print the pause notice…</source>
        <translation>打印暂停计时告知书…</translation>
    </message>
    <message>
        <source>Print the urging notice…</source>
        <translation>打印催办通知…</translation>
    </message>
    <message>
        <source>Print the extension notice…</source>
        <translation>打印延期办理告知书…</translation>
    </message>
    <message>
        <source>Materials complete: let the clock run again</source>
        <translation>材料已补齐，恢复计时</translation>
    </message>
    <message>
        <source>In writing (print the notice)</source>
        <translation>书面告知（打印告知书）</translation>
    </message>
    <message>
        <source>By SMS</source>
        <translation>短信告知</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话告知</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>暂未告知</translation>
    </message>
    <message>
        <source>How the applicant is told:</source>
        <translation>告知申请人方式：</translation>
    </message>
    <message>
        <source>Asked for: %1

A note (optional):</source>
        <translation>申请内容：%1

备注（选填）：</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Propose the answer as knowledge</source>
        <translation>建议入库（将答复纳入知识库）</translation>
    </message>
    <message>
        <source>Merge a duplicate request into this case…</source>
        <translation>合并重复诉求到本件…</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>并入 %1</translation>
    </message>
    <message>
        <source>The number of the same request registered again (it is closed and points here):</source>
        <translation>重复登记的诉求编号（该件将办结并指向本件）：</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <source>Choose a case to see its details and timeline.</source>
        <translation>请选择一条诉求，查看其详细信息和办理记录。</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>On-site visits</source>
        <translation>上门服务记录</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>%1 签字确认</translation>
    </message>
    <message>
        <source>a correction</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <source>Print sheet</source>
        <translation>打印记录单</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>clock paused since %1</source>
        <translation>自 %1 起暂停计时</translation>
    </message>
    <message>
        <source>respond by %1, close by %2 (%3)</source>
        <translation>%1前响应，%2前办结（%3）</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Merged request</source>
        <translation>已合并的诉求</translation>
    </message>
    <message>
        <source>filed under %1</source>
        <translation>原登记于 %1</translation>
    </message>
</context>
<context>
    <name>CaseEvents</name>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Answered on the spot and closed</source>
        <translation>即时答复并办结</translation>
    </message>
    <message>
        <source>Interim answer</source>
        <translation>阶段性答复</translation>
    </message>
    <message>
        <source>Dispatched to station</source>
        <translation>已派送至站点</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Escalated to the city platform</source>
        <translation>已上报市级平台</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <source>Handed off to a service agency</source>
        <translation>已交接服务机构</translation>
    </message>
    <message>
        <source>One-time notice given</source>
        <translation>已一次性告知</translation>
    </message>
    <message>
        <source>Notice delivered</source>
        <translation>告知书已送达</translation>
    </message>
    <message>
        <source>Instruction requested</source>
        <translation>已请示</translation>
    </message>
    <message>
        <source>Instruction received</source>
        <translation>已收到批示</translation>
    </message>
    <message>
        <source>Client told of the handoff</source>
        <translation>已告知服务对象交接情况</translation>
    </message>
    <message>
        <source>Accepted by the agency</source>
        <translation>服务机构已签收</translation>
    </message>
    <message>
        <source>Declined by the agency</source>
        <translation>服务机构退回</translation>
    </message>
    <message>
        <source>Service result</source>
        <translation>服务结果</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟踪记录</translation>
    </message>
    <message>
        <source>On-site visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>Follow-up promised</source>
        <translation>承诺跟踪事项</translation>
    </message>
    <message>
        <source>Feedback to the client</source>
        <translation>服务结束反馈</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>in writing</source>
        <translation>书面告知</translation>
    </message>
    <message>
        <source>by SMS</source>
        <translation>短信告知</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>电话告知</translation>
    </message>
    <message>
        <source>Conflicting changes settled</source>
        <translation>冲突已处理</translation>
    </message>
    <message>
        <source>Clock paused</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <source>Clock running again</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>Extension asked for</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Extension approved</source>
        <translation>延期获批</translation>
    </message>
    <message>
        <source>Extension refused</source>
        <translation>延期未获批准</translation>
    </message>
    <message>
        <source>Urged by a supervisor</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Merged into another case</source>
        <translation>已并入其他诉求</translation>
    </message>
    <message>
        <source>A duplicate request merged into this case</source>
        <translation>重复诉求并入本件</translation>
    </message>
    <message>
        <source>The client asked again</source>
        <translation>服务对象再次询问</translation>
    </message>
    <message>
        <source>Answer taken from the knowledge base</source>
        <translation>答复引自知识库</translation>
    </message>
    <message>
        <source>%1, version %2, answer changed by the clerk</source>
        <translation>%1 第 %2 版，经办人修改了答复</translation>
    </message>
    <message>
        <source>%1, version %2, answer as the entry gives it</source>
        <translation>%1 第 %2 版，答复未作修改</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>诉求编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>转交期限</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办结期限</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>共 %1 条诉求</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>全部期限</translation>
    </message>
    <message>
        <source>Unfinished visit record</source>
        <translation>未完成的上门服务记录</translation>
    </message>
    <message>
        <source>A visit record for %1 was being written when QSDesk closed (last saved %2). Continue it?</source>
        <translation>QSDesk 关闭时，诉求 %1 的上门服务记录尚未完成（最后保存于 %2）。是否继续填写？</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <source>The case %1 could not be read: %2</source>
        <translation>无法读取诉求 %1：%2</translation>
    </message>
    <message>
        <source>Search: case number or its last digits, client, credit code or words of the request (Ctrl+F)</source>
        <translation>搜索：诉求编号或其末几位、客户、信用代码或诉求内容中的词语（Ctrl+F）</translation>
    </message>
    <message>
        <source>No results: no case matches &quot;%1&quot;.</source>
        <translation>无结果：没有与“%1”相符的诉求。</translation>
    </message>
    <message>
        <source>Try the last digits of the number (1125-0011 or 0011), two characters of the client&apos;s name, the start of the credit code, or one word of the request.</source>
        <translation>可以试试：编号的末几位（如 1125-0011 或 0011）、客户名称中的两个字、统一社会信用代码的前几位，或诉求内容中的一个词。</translation>
    </message>
    <message>
        <source>No results: no case matches these filters.</source>
        <translation>无结果：当前筛选条件下没有诉求。</translation>
    </message>
    <message>
        <source>No cases yet: the cases registered on the Register page (Ctrl+1) are listed here.</source>
        <translation>还没有诉求：在“登记”页（Ctrl+1）登记的诉求会列在这里。</translation>
    </message>
    <message>
        <source>Status, category, channel, deadline or dates narrow the list too: set them back to &quot;All&quot; to search every case.</source>
        <translation>状态、类别、渠道、期限或受理日期也会缩小范围：把它们改回“全部”即可在所有诉求中查找。</translation>
    </message>
    <message>
        <source>Past its time limit</source>
        <translation>办结已超期</translation>
    </message>
    <message numerus="yes">
        <source>Time limit within %n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日内到期办结</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock paused</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <source>Urged</source>
        <translation>已督办</translation>
    </message>
    <message numerus="yes">
        <source>Still late %n working day(s) after urging</source>
        <translation>
            <numerusform>督办 %n 个工作日后仍超期</numerusform>
        </translation>
    </message>
    <message>
        <source>Handoff overdue</source>
        <translation>转交已逾期</translation>
    </message>
    <message numerus="yes">
        <source>Handoff due within %n working day(s)</source>
        <translation>
            <numerusform>转交 %n 个工作日内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposed as knowledge</source>
        <translation>已建议入库</translation>
    </message>
    <message>
        <source>The question and answer of %1 wait for a supervisor&apos;s review (管理 → 知识库).</source>
        <translation>%1 的问题和答复已提交，等待负责人审核（管理 → 知识库）。</translation>
    </message>
</context>
<context>
    <name>CaseMerge</name>
    <message>
        <source>A case cannot be merged into itself. Nothing was changed.</source>
        <translation>诉求不能与自身合并。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 and %2 are requests of different clients (%3, %4); only one client&apos;s request registered twice is merged. Nothing was changed.</source>
        <translation>%1 与 %2 属于不同服务对象（%3、%4）；只有同一服务对象重复登记的诉求才能合并。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 was merged into %2 already. Nothing was changed.</source>
        <translation>%1 已并入 %2。未作任何更改。</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Notice given</source>
        <translation>已一次性告知</translation>
    </message>
    <message>
        <source>Awaiting instruction</source>
        <translation>待请示</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>服务中</translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The service catalog is broken: %1</source>
        <translation>服务目录已损坏：%1</translation>
    </message>
</context>
<context>
    <name>CatalogPicker</name>
    <message>
        <source>Type to filter: clause number, words such as 计量 or 电梯</source>
        <translation>输入条款号或词语进行筛选，例如“计量”或“电梯”</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Platform website</source>
        <translation>平台网站</translation>
    </message>
    <message>
        <source>Counter window</source>
        <translation>线下窗口</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话联系</translation>
    </message>
    <message>
        <source>On-site consultation</source>
        <translation>现场咨询</translation>
    </message>
    <message>
        <source>Written survey</source>
        <translation>书面调查</translation>
    </message>
    <message>
        <source>Enterprise visit</source>
        <translation>企业走访</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>来访人</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
</context>
<context>
    <name>Clauses</name>
    <message>
        <source>Clause %1 of the platform&apos;s service standard</source>
        <translation>依据《质量服务“一站式”平台服务规范》第 %1 条</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Client id (from client add or client list)</source>
        <translation>客户 ID（由 client add 或 client list 获得）</translation>
    </message>
    <message>
        <source>website, window, phone, onsite, survey or visit</source>
        <translation>website、window、phone、onsite、survey 或 visit</translation>
    </message>
    <message>
        <source>Catalog item by clause number, e.g. 5.2.2</source>
        <translation>服务事项，填写服务目录中的条款号，例如 5.2.2</translation>
    </message>
    <message>
        <source>What the client asks for</source>
        <translation>客户提出的诉求内容</translation>
    </message>
    <message>
        <source>The answer given on the spot; closes the case (7.2.2)</source>
        <translation>当场给出的答复内容；填写后诉求即办结（7.2.2）</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>以 JSON 格式输出</translation>
    </message>
    <message>
        <source>A case-number prefix, or words in summary, client name or USCC</source>
        <translation>诉求编号前缀，或诉求内容、客户名称、统一社会信用代码中的词语</translation>
    </message>
    <message>
        <source>A catalog category (5.2) or item (5.2.2)</source>
        <translation>服务类别（5.2）或服务事项（5.2.2）</translation>
    </message>
    <message>
        <source>Only cases that came by this channel</source>
        <translation>只列出经该受理渠道受理的诉求</translation>
    </message>
    <message>
        <source>Received on or after this day (YYYY-MM-DD)</source>
        <translation>受理日期不早于该日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Received on or before this day (YYYY-MM-DD)</source>
        <translation>受理日期不晚于该日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>At most this many, newest first (default 50)</source>
        <translation>最多列出的条数，最新的在前（默认 50）</translation>
    </message>
    <message>
        <source>Also print how many cases match</source>
        <translation>同时输出符合条件的诉求数量</translation>
    </message>
    <message>
        <source>Matching cases: %1</source>
        <translation>符合条件的诉求数：%1</translation>
    </message>
    <message>
        <source>Case number, e.g. LZ-LN-20261124-0007</source>
        <translation>诉求编号，例如 LZ-LN-20261124-0007</translation>
    </message>
    <message>
        <source>Usage: case show NUMBER [--json]</source>
        <translation>用法：case show 诉求编号 [--json]</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>OK: schema version %1, %2 cases, %3 clients, station %4-%5</source>
        <translation>检查通过：数据库结构版本 %1，%2 条诉求，%3 个客户，站点 %4-%5</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity, schema and search index</source>
        <translation>检查数据库的完整性、数据库结构和搜索索引</translation>
    </message>
    <message>
        <source>Enterprise or person name</source>
        <translation>企业或个人名称</translation>
    </message>
    <message>
        <source>Unified social credit code (18 characters)</source>
        <translation>统一社会信用代码（18 位）</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Words in the name, USCC, contact or phone</source>
        <translation>名称、统一社会信用代码、联系人或联系电话中的词语</translation>
    </message>
    <message>
        <source>At most this many (default 50)</source>
        <translation>最多列出的条数（默认 50）</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 100000</source>
        <translation>--limit 必须是 1 至 100000 之间的数字</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Fill the database with deterministic, realistic demo data</source>
        <translation>向数据库填入可重复生成、贴近实际的演示数据</translation>
    </message>
    <message>
        <source>How many cases</source>
        <translation>生成的诉求数量</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data</source>
        <translation>随机种子；相同的种子生成相同的数据</translation>
    </message>
    <message>
        <source>Last day with cases (default today)</source>
        <translation>生成诉求的最后日期（默认为今天）</translation>
    </message>
    <message>
        <source>--cases and --seed must be whole numbers</source>
        <translation>--cases 和 --seed 必须是整数</translation>
    </message>
    <message>
        <source>--until must be a date such as 2026-11-24</source>
        <translation>--until 必须是日期，例如 2026-11-24</translation>
    </message>
    <message>
        <source>%1 clients and %2 cases generated in %3 s</source>
        <translation>已生成 %1 个客户和 %2 条诉求，用时 %3 秒</translation>
    </message>
    <message>
        <source>Create a station&apos;s database (or upgrade it) and name its station</source>
        <translation>创建（或升级）站点数据库，并设定其所属站点</translation>
    </message>
    <message>
        <source>City code, e.g. LZ</source>
        <translation>城市代码，例如 LZ</translation>
    </message>
    <message>
        <source>Station code, e.g. LN</source>
        <translation>站点代码，例如 LN</translation>
    </message>
    <message>
        <source>Station name, e.g. 柳南区</source>
        <translation>站点名称，例如柳南区</translation>
    </message>
    <message>
        <source>city, county, district or park</source>
        <translation>站点级别：city（市）、county（县）、district（区）或 park（园区）</translation>
    </message>
    <message>
        <source>Station %1-%2 %3 set up in %4</source>
        <translation>已在 %4 中设立站点 %1-%2 %3</translation>
    </message>
    <message>
        <source>Unknown option %1</source>
        <translation>未知选项 %1</translation>
    </message>
    <message>
        <source>Unknown command %1</source>
        <translation>未知命令 %1</translation>
    </message>
    <message>
        <source>Synchronise with the city platform once</source>
        <translation>与市级平台同步一次</translation>
    </message>
    <message>
        <source>The platform&apos;s address, https://host:port</source>
        <translation>平台地址，https://主机:端口</translation>
    </message>
    <message>
        <source>The city&apos;s CA certificate (PEM)</source>
        <translation>市级平台的 CA 证书（PEM 格式）</translation>
    </message>
    <message>
        <source>Pushed %1 (%2 already there), refused %3; pulled %4 (%5 new). Needs attention: %6</source>
        <translation>已上传 %1 条（%2 条平台已有），被拒 %3 条；已下载 %4 条（新增 %5 条）。待处理：%6 条</translation>
    </message>
    <message>
        <source>Also write sync ops, as if every record had been registered here</source>
        <translation>同时写入同步操作，如同每条记录都在本站登记</translation>
    </message>
    <message>
        <source>The station that takes the case over, e.g. LN</source>
        <translation>接办该诉求的站点，例如 LN</translation>
    </message>
    <message>
        <source>Usage: case dispatch NUMBER --to STATION</source>
        <translation>用法：case dispatch 诉求编号 --to 站点代码</translation>
    </message>
    <message>
        <source>%1 dispatched to %2; it reaches the station with the next sync.</source>
        <translation>%1 已派送至 %2，将在下次同步时送达该站点。</translation>
    </message>
    <message>
        <source>The answer given to the client (required if the case has none)</source>
        <translation>给服务对象的答复（诉求尚无答复时必填）</translation>
    </message>
    <message>
        <source>Why, for the timeline</source>
        <translation>原因，记入办理记录</translation>
    </message>
    <message>
        <source>Usage: case close NUMBER [--answer TEXT]</source>
        <translation>用法：case close 诉求编号 [--answer 答复]</translation>
    </message>
    <message>
        <source>Usage: case escalate|reopen NUMBER --reason TEXT</source>
        <translation>用法：case escalate|reopen 诉求编号 --reason 原因</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现为“%2”。</translation>
    </message>
    <message>
        <source>The holiday calendar in use, and deadlines in working days</source>
        <translation>当前使用的节假日日历，以及按工作日计算的期限</translation>
    </message>
    <message>
        <source>Start date, YYYY-MM-DD</source>
        <translation>起始日期，格式 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Working days to add</source>
        <translation>要加上的工作日数</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>Add or correct a year in %1 (format: docs/holidays.md)</source>
        <translation>在 %1 中增加或更正年份（格式见 docs/holidays.md）</translation>
    </message>
    <message>
        <source>Agency or expert team name</source>
        <translation>服务机构或专家团队名称</translation>
    </message>
    <message>
        <source>Service items it serves, e.g. 5.1.2,5.1.1</source>
        <translation>服务范围（服务事项），如 5.1.2,5.1.1</translation>
    </message>
    <message>
        <source>agency (default) or expert_team</source>
        <translation>agency（服务机构，默认）或 expert_team（专家团队）</translation>
    </message>
    <message>
        <source>Technical capability</source>
        <translation>技术能力</translation>
    </message>
    <message>
        <source>A qualification: &quot;NAME|NUMBER|ISSUER|FROM|TO[|ITEMS]&quot;, dates YYYY-MM-DD; repeatable</source>
        <translation>一项资质：&quot;名称|编号|发证机关|起始日期|截止日期[|服务事项]&quot;，日期格式 YYYY-MM-DD；可重复</translation>
    </message>
    <message>
        <source>Warning: qualification %1: %2</source>
        <translation>警告：资质 %1：%2</translation>
    </message>
    <message>
        <source>Only agencies for this service item, best first</source>
        <translation>只列出该服务事项的机构，最合适的在前</translation>
    </message>
    <message>
        <source>open %1, done %2</source>
        <translation>在办 %1，已完成 %2</translation>
    </message>
    <message>
        <source>not offered: </source>
        <translation>不推荐：</translation>
    </message>
    <message>
        <source>The agency&apos;s id (from agency add or agency list)</source>
        <translation>服务机构的 id（来自 agency add 或 agency list）</translation>
    </message>
    <message>
        <source>Working days the agency is given (default: the service item&apos;s usual limit)</source>
        <translation>给服务机构的办理时限（工作日，默认为该服务事项的常规时限）</translation>
    </message>
    <message>
        <source>Why the time limit differs from the usual one</source>
        <translation>时限与常规不同的原因</translation>
    </message>
    <message>
        <source>Why an agency without a valid qualification for the item is chosen</source>
        <translation>选择没有该事项有效资质的机构的原因</translation>
    </message>
    <message>
        <source>Usage: case handoff NUMBER --agency ID [--due-days N --reason TEXT]</source>
        <translation>用法：case handoff 诉求编号 --agency ID [--due-days N --reason 原因]</translation>
    </message>
    <message>
        <source>Named explicitly with --agency on the command line</source>
        <translation>在命令行中用 --agency 明确指定</translation>
    </message>
    <message>
        <source>%1 handed off: %2</source>
        <translation>%1 已交接：%2</translation>
    </message>
    <message>
        <source>One-time notices (7.2.3): issue one as PDF (issue), print it again (pdf), record its delivery (deliver)</source>
        <translation>一次性告知（7.2.3）：出具告知书并生成 PDF (issue)，重新生成 PDF (pdf)，记录送达 (deliver)</translation>
    </message>
    <message>
        <source>Usage: notice issue|pdf|deliver [options]; see notice issue --help</source>
        <translation>用法：notice issue|pdf|deliver [选项]；参见 notice issue --help</translation>
    </message>
    <message>
        <source>Write the notice to this PDF file</source>
        <translation>将告知书写入此 PDF 文件</translation>
    </message>
    <message>
        <source>Something else the applicant must bring or do; repeatable</source>
        <translation>申请人还需提供或办理的事项；可重复</translation>
    </message>
    <message>
        <source>Leave out the service item&apos;s typical materials</source>
        <translation>不列入该服务事项的常规材料</translation>
    </message>
    <message>
        <source>Why it cannot be done now</source>
        <translation>暂不能办理的原因</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>下一步办理</translation>
    </message>
    <message>
        <source>Where and whom to contact</source>
        <translation>联系地点和联系人</translation>
    </message>
    <message>
        <source>Deadline, YYYY-MM-DD (default: ten working days)</source>
        <translation>期限，格式 YYYY-MM-DD（默认十个工作日）</translation>
    </message>
    <message>
        <source>Why a second notice is given for the same case</source>
        <translation>同一诉求再次告知的原因</translation>
    </message>
    <message>
        <source>Usage: notice issue CASE --pdf FILE [--item TEXT]…</source>
        <translation>用法：notice issue 诉求编号 --pdf 文件 [--item 事项]…</translation>
    </message>
    <message>
        <source>Notice %1 was issued; its PDF could not be written (notice pdf writes it again).</source>
        <translation>告知书 %1 已出具，但其 PDF 未能写入（可用 notice pdf 重新生成）。</translation>
    </message>
    <message>
        <source>%1: %2 page(s)</source>
        <translation>%1：共 %2 页</translation>
    </message>
    <message>
        <source>Notice number</source>
        <translation>告知书编号</translation>
    </message>
    <message>
        <source>Usage: notice pdf NUMBER --pdf FILE</source>
        <translation>用法：notice pdf 告知书编号 --pdf 文件</translation>
    </message>
    <message>
        <source>paper (handed over), sms or phone</source>
        <translation>paper（当面交付纸质）、sms（短信）或 phone（电话）</translation>
    </message>
    <message>
        <source>Usage: notice deliver NUMBER --how paper|sms|phone</source>
        <translation>用法：notice deliver 告知书编号 --how paper|sms|phone</translation>
    </message>
    <message>
        <source>Service agencies and expert teams (7.6.2): add one (add), import a CSV file (import), list them (list)</source>
        <translation>服务机构和专家团队（7.6.2）：添加 (add)，从 CSV 文件导入 (import)，列出 (list)</translation>
    </message>
    <message>
        <source>Usage: agency add|import|list [options]; see agency add --help</source>
        <translation>用法：agency add|import|list [选项]；参见 agency add --help</translation>
    </message>
    <message>
        <source>CSV file, UTF-8 or GBK, with a header row</source>
        <translation>CSV 文件，UTF-8 或 GBK 编码，第一行为列名</translation>
    </message>
    <message>
        <source>Usage: agency import FILE.csv [--json]</source>
        <translation>用法：agency import 文件.csv [--json]</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>Imported %1 agencies (%2).</source>
        <translation>已导入 %1 个服务机构（%2）。</translation>
    </message>
    <message>
        <source>Nothing imported: %1 of %2 rows rejected (%3).</source>
        <translation>未导入任何内容：%2 行中有 %1 行被拒绝（%3）。</translation>
    </message>
    <message>
        <source>The question asked</source>
        <translation>请示的问题</translation>
    </message>
    <message>
        <source>Whom it is asked of</source>
        <translation>请示对象</translation>
    </message>
    <message>
        <source>The instruction received</source>
        <translation>收到的批示</translation>
    </message>
    <message>
        <source>Usage: case instruct NUMBER --question TEXT [--to WHOM] | case instructed NUMBER --answer TEXT</source>
        <translation>用法：case instruct 诉求编号 --question 问题 [--to 请示对象] | case instructed 诉求编号 --answer 批示</translation>
    </message>
    <message>
        <source>The client was told of the handoff: paper, sms or phone</source>
        <translation>已告知服务对象交接情况：paper（书面）、sms（短信）或 phone（电话）</translation>
    </message>
    <message>
        <source>The agency accepted the case</source>
        <translation>服务机构已签收</translation>
    </message>
    <message>
        <source>The agency declined the case, and why</source>
        <translation>服务机构未受理及其原因</translation>
    </message>
    <message>
        <source>The agency&apos;s result</source>
        <translation>服务机构的办理结果</translation>
    </message>
    <message>
        <source>A follow-up record (7.3.2)</source>
        <translation>跟踪服务记录（7.3.2）</translation>
    </message>
    <message>
        <source>On-site visits (7.3.3): record one with the client&apos;s signature (add), show one (show), print the visit sheet (pdf)</source>
        <translation>上门服务（7.3.3）：记录一次上门服务并由服务对象签字 (add)，查看 (show)，打印上门服务记录单 (pdf)</translation>
    </message>
    <message>
        <source>Usage: visit add|show|pdf [options]; see visit add --help</source>
        <translation>用法：visit add|show|pdf [选项]；参见 visit add --help</translation>
    </message>
    <message>
        <source>What the client asked</source>
        <translation>服务对象咨询及诉求的内容</translation>
    </message>
    <message>
        <source>The signer&apos;s printed name</source>
        <translation>签字人姓名</translation>
    </message>
    <message>
        <source>The client&apos;s signature, a PNG file</source>
        <translation>服务对象的签名，PNG 图片文件</translation>
    </message>
    <message>
        <source>A photo, JPEG or PNG; repeatable</source>
        <translation>照片，JPEG 或 PNG；可重复</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>服务地点</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>The client&apos;s people present</source>
        <translation>服务对象在场人员</translation>
    </message>
    <message>
        <source>What was answered on the spot</source>
        <translation>现场答复的内容</translation>
    </message>
    <message>
        <source>Materials and information collected</source>
        <translation>收集的材料和信息</translation>
    </message>
    <message>
        <source>A follow-up promised; repeatable</source>
        <translation>承诺跟踪办理的事项；可重复</translation>
    </message>
    <message>
        <source>The visit record this one corrects</source>
        <translation>本记录所更正的上门服务记录</translation>
    </message>
    <message>
        <source>Usage: visit add CASE --summary TEXT --signer NAME --signature SIG.png</source>
        <translation>用法：visit add 诉求编号 --summary 内容 --signer 姓名 --signature 签名.png</translation>
    </message>
    <message>
        <source>Usage: visit show ID [--json]</source>
        <translation>用法：visit show 记录id [--json]</translation>
    </message>
    <message>
        <source>Signed by %1 at %2; %3 photo(s)</source>
        <translation>%1 于 %2 签字确认；照片 %3 张</translation>
    </message>
    <message>
        <source>Write the visit sheet to this PDF file</source>
        <translation>将上门服务记录单写入此 PDF 文件</translation>
    </message>
    <message>
        <source>Usage: visit pdf ID --pdf FILE</source>
        <translation>用法：visit pdf 记录id --pdf 文件</translation>
    </message>
    <message>
        <source>Write a consistent backup of the database, even while it is in use</source>
        <translation>写入数据库的一致备份（使用中也可以）</translation>
    </message>
    <message>
        <source>The backup file to write</source>
        <translation>要写入的备份文件</translation>
    </message>
    <message>
        <source>Usage: backup FILE</source>
        <translation>用法：backup 文件</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2 bytes)</source>
        <translation>备份已写入：%1（%2 字节）</translation>
    </message>
    <message>
        <source>Replace the database with a checked backup, keeping the replaced one</source>
        <translation>用检查过的备份替换数据库，并保留被替换的数据库</translation>
    </message>
    <message>
        <source>The backup file to restore</source>
        <translation>要恢复的备份文件</translation>
    </message>
    <message>
        <source>Usage: restore FILE</source>
        <translation>用法：restore 文件</translation>
    </message>
    <message>
        <source>Restored from %1; the replaced database is kept as %2</source>
        <translation>已从 %1 恢复；被替换的数据库保留为 %2</translation>
    </message>
    <message>
        <source>The audit log (7.6.3): check that no entry was edited, removed or moved (verify [--against BACKUP])</source>
        <translation>审计日志（7.6.3）：检查没有记录被修改、删除或移动（verify [--against 备份]）</translation>
    </message>
    <message>
        <source>Usage: audit verify [--against BACKUP] [--json]</source>
        <translation>用法：audit verify [--against 备份] [--json]</translation>
    </message>
    <message>
        <source>An older backup of this station: its log must be the start of this one (finds entries cut from the end)</source>
        <translation>本站较早的备份：其日志必须是当前日志的开头（可发现末尾被删的记录）</translation>
    </message>
    <message>
        <source>Print the result as JSON</source>
        <translation>以 JSON 输出结果</translation>
    </message>
    <message>
        <source>The audit log holds: %1 entries, none edited, removed or moved.</source>
        <translation>审计日志完好：共 %1 条，没有记录被修改、删除或移动。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Usage: qsdesk-cli [--db FILE] [--user NAME] [--lang zh_CN|en] COMMAND [options]</source>
        <translation>用法：qsdesk-cli [--db 文件] [--user 用户名] [--lang zh_CN|en] 命令 [选项]</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再输入一次密码：</translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>两次输入的密码不一致。未做任何更改。</translation>
    </message>
    <message>
        <source>Role: one of clerk, field, supervisor, station_admin, city_admin (not &quot;%1&quot;).</source>
        <translation>角色：应为 clerk、field、supervisor、station_admin、city_admin 之一（不是“%1”）。</translation>
    </message>
    <message>
        <source>Station user accounts: add, list, passwd, role, deactivate, activate, unlock (administrators)</source>
        <translation>站点用户账户：添加、列出、设密码、改角色、停用、启用、解锁（管理员）</translation>
    </message>
    <message>
        <source>Usage: user add --login L --name N --role R | list | passwd LOGIN | role LOGIN ROLE | deactivate LOGIN | activate LOGIN | unlock LOGIN</source>
        <translation>用法：user add --login 用户名 --name 姓名 --role 角色 | list | passwd 用户名 | role 用户名 角色 | deactivate 用户名 | activate 用户名 | unlock 用户名</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name, e.g. 张丽</source>
        <translation>姓名，例如 张丽</translation>
    </message>
    <message>
        <source>clerk, field, supervisor, station_admin or city_admin</source>
        <translation>clerk、field、supervisor、station_admin 或 city_admin</translation>
    </message>
    <message>
        <source>User %1 (%2) added as %3.</source>
        <translation>已添加用户 %1（%2），角色：%3。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Usage: user passwd|deactivate|activate|unlock LOGIN, user role LOGIN ROLE</source>
        <translation>用法：user passwd|deactivate|activate|unlock 用户名，user role 用户名 角色</translation>
    </message>
    <message>
        <source>Done: %1 %2.</source>
        <translation>完成：%1 %2。</translation>
    </message>
    <message>
        <source>Also create the demo accounts admin, zhangli, wangqiang and liming (password qsdesk-demo) if the station has none</source>
        <translation>站点尚无账户时，同时创建演示账户 admin、zhangli、wangqiang 和 liming（密码 qsdesk-demo）</translation>
    </message>
    <message>
        <source>Move cases closed before a date (at least two years ago, 7.6) to an archive file that stays searchable</source>
        <translation>将某日期（至少两年前，7.6）之前办结的诉求移入可继续检索的归档文件</translation>
    </message>
    <message>
        <source>Cases closed before this day (China time), e.g. 2024-01-01</source>
        <translation>在此日期（北京时间）之前办结的诉求，例如 2024-01-01</translation>
    </message>
    <message>
        <source>The archive file; made if missing, added to if it exists</source>
        <translation>归档文件；不存在则新建，已存在则追加</translation>
    </message>
    <message>
        <source>Usage: archive --closed-before YYYY-MM-DD --to FILE</source>
        <translation>用法：archive --closed-before 年-月-日 --to 文件</translation>
    </message>
    <message>
        <source>%1 cases closed before %2 moved to %3 (%4 … %5).</source>
        <translation>已将 %2 之前办结的 %1 件诉求移入 %3（%4 … %5）。</translation>
    </message>
    <message>
        <source>Monthly statistics (supervisors): report monthly --month YYYY-MM [--pdf F] [--csv F]</source>
        <translation>月度统计（负责人）：report monthly --month 年-月 [--pdf 文件] [--csv 文件]</translation>
    </message>
    <message>
        <source>The month, e.g. 2026-10</source>
        <translation>月份，例如 2026-10</translation>
    </message>
    <message>
        <source>One station&apos;s code; all stations if left out</source>
        <translation>站点代码；不填则为全部站点</translation>
    </message>
    <message>
        <source>Write the A4 report as PDF</source>
        <translation>将 A4 报表写为 PDF</translation>
    </message>
    <message>
        <source>Write the tables as CSV for Excel</source>
        <translation>将各表写为 CSV（可用 Excel 打开）</translation>
    </message>
    <message>
        <source>Print the figures as JSON</source>
        <translation>以 JSON 输出统计数字</translation>
    </message>
    <message>
        <source>--month: a month such as 2026-10</source>
        <translation>--month：应为月份，例如 2026-10</translation>
    </message>
    <message>
        <source>%1: %2 requests received (month before %3, a year earlier %4); %5 closed; %6 open at the end.</source>
        <translation>%1：受理诉求 %2 件（上月 %3 件，去年同期 %4 件）；办结 %5 件；期末未办结 %6 件。</translation>
    </message>
    <message>
        <source>Usage: report monthly --month YYYY-MM [--station CODE] [--pdf FILE] [--csv FILE] [--xlsx FILE] [--json]</source>
        <translation>用法：report monthly --month 年-月 [--station 站点代码] [--pdf 文件] [--csv 文件] [--xlsx 文件] [--json]</translation>
    </message>
    <message>
        <source>Write the tables as an Excel workbook</source>
        <translation>将各表写为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Instead of a month: the first day, e.g. 2026-10-01</source>
        <translation>不按月时：起始日，例如 2026-10-01</translation>
    </message>
    <message>
        <source>Instead of a month: the last day, e.g. 2026-10-15</source>
        <translation>不按月时：截止日，例如 2026-10-15</translation>
    </message>
    <message>
        <source>--from and --to: days such as 2026-10-01</source>
        <translation>--from 和 --to：应为日期，例如 2026-10-01</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Complaints (7.5): register (add), move on (advance), list, show, statistics by class (stats)</source>
        <translation>投诉（7.5）：登记（add）、推进（advance）、列表（list）、查看（show）、分类统计（stats）</translation>
    </message>
    <message>
        <source>Usage: complaint add|advance|list|show|stats [options]; see complaint add --help.
States: received -&gt; acknowledged -&gt; assessed (--valid yes|no) -&gt; investigated -&gt; forwarded -&gt; handled -&gt; answered -&gt; closed; not valid: assessed -&gt; answered; closed -&gt; reopened -&gt; assessed.</source>
        <translation>用法：complaint add|advance|list|show|stats [选项]；详见 complaint add --help。
状态：received -&gt; acknowledged -&gt; assessed (--valid yes|no) -&gt; investigated -&gt; forwarded -&gt; handled -&gt; answered -&gt; closed；无效投诉：assessed -&gt; answered；closed -&gt; reopened -&gt; assessed。</translation>
    </message>
    <message>
        <source>How it came: phone, email, window, website, letter</source>
        <translation>投诉渠道：phone、email、window、website、letter</translation>
    </message>
    <message>
        <source>What the complaint says</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Who complains</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>How to reach the complainant</source>
        <translation>投诉人联系方式</translation>
    </message>
    <message>
        <source>Whom it is about: agency, staff, platform</source>
        <translation>投诉对象：agency、staff、platform</translation>
    </message>
    <message>
        <source>The agency&apos;s id</source>
        <translation>服务机构的编号（id）</translation>
    </message>
    <message>
        <source>The staff member&apos;s login</source>
        <translation>工作人员的登录名</translation>
    </message>
    <message>
        <source>The case it concerns</source>
        <translation>相关诉求</translation>
    </message>
    <message>
        <source>Class: attitude, timeliness, quality, fees, discipline, other</source>
        <translation>类别：attitude、timeliness、quality、fees、discipline、other</translation>
    </message>
    <message>
        <source>Complaint number or id</source>
        <translation>投诉编号或 id</translation>
    </message>
    <message>
        <source>The next state: acknowledged, assessed, investigated, forwarded, handled, answered, closed, reopened</source>
        <translation>下一状态：acknowledged、assessed、investigated、forwarded、handled、answered、closed、reopened</translation>
    </message>
    <message>
        <source>The reason, findings, the institution&apos;s handling or the answer, as the step needs</source>
        <translation>按该步骤的需要填写理由、调查结果、责任机构的处理情况或答复内容</translation>
    </message>
    <message>
        <source>With --to assessed: yes or no</source>
        <translation>与 --to assessed 一起使用：yes 或 no</translation>
    </message>
    <message>
        <source>With --to forwarded: the institution (default: the agency complained about)</source>
        <translation>与 --to forwarded 一起使用：责任机构（默认为被投诉的服务机构）</translation>
    </message>
    <message>
        <source>With --to assessed: a corrected class</source>
        <translation>与 --to assessed 一起使用：更正后的类别</translation>
    </message>
    <message>
        <source>Usage: complaint advance NUMBER --to STATE [--note T] [--valid yes|no]</source>
        <translation>用法：complaint advance 编号 --to 状态 [--note 说明] [--valid yes|no]</translation>
    </message>
    <message>
        <source>--valid: yes or no</source>
        <translation>--valid：yes 或 no</translation>
    </message>
    <message>
        <source>Only in this state</source>
        <translation>只列出该状态的</translation>
    </message>
    <message>
        <source>Only those not closed</source>
        <translation>只列出未办结的</translation>
    </message>
    <message>
        <source>Only those past a deadline</source>
        <translation>只列出已逾期的</translation>
    </message>
    <message>
        <source>Received on or after</source>
        <translation>受理日期不早于</translation>
    </message>
    <message>
        <source>Received on or before</source>
        <translation>受理日期不晚于</translation>
    </message>
    <message>
        <source>At most N (default 500)</source>
        <translation>最多 N 条（默认 500）</translation>
    </message>
    <message>
        <source>Usage: complaint show NUMBER [--json]</source>
        <translation>用法：complaint show 编号 [--json]</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>One station&apos;s code</source>
        <translation>站点代码</translation>
    </message>
    <message>
        <source>Received %1, valid %2, not valid %3, not yet assessed %4, answered %5, overdue %6</source>
        <translation>受理 %1 件，有效 %2 件，无效 %3 件，尚未评估 %4 件，已答复 %5 件，逾期 %6 件</translation>
    </message>
    <message>
        <source>By class</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>按服务机构</translation>
    </message>
    <message>
        <source>By staff member (valid ones count in the assessment, 7.5.4)</source>
        <translation>按工作人员（有效投诉计入考核，7.5.4）</translation>
    </message>
    <message>
        <source>Feedback to the client when the service ends (7.4.1): feedback add</source>
        <translation>服务结束后向服务对象反馈（7.4.1）：feedback add</translation>
    </message>
    <message>
        <source>Usage: feedback add CASE --channel website|phone|sms --content TEXT</source>
        <translation>用法：feedback add 诉求编号 --channel website|phone|sms --content 内容</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>诉求编号</translation>
    </message>
    <message>
        <source>How the client was told: website, phone, sms</source>
        <translation>反馈方式：website、phone、sms</translation>
    </message>
    <message>
        <source>What the client was told</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <source>Usage: returnvisit add|due|list|plan [options]; see returnvisit add --help</source>
        <translation>用法：returnvisit add|due|list|plan [选项]；详见 returnvisit add --help</translation>
    </message>
    <message>
        <source>onsite or phone</source>
        <translation>onsite 或 phone</translation>
    </message>
    <message>
        <source>What the client said</source>
        <translation>服务对象的意见</translation>
    </message>
    <message>
        <source>Rating 1-5: how well the service matched the need</source>
        <translation>评分 1～5：服务需求匹配程度</translation>
    </message>
    <message>
        <source>Rating 1-5: service level</source>
        <translation>评分 1～5：服务水平</translation>
    </message>
    <message>
        <source>Rating 1-5: service attitude</source>
        <translation>评分 1～5：服务态度</translation>
    </message>
    <message>
        <source>Rating 1-5: complaint handling, if the client complained</source>
        <translation>评分 1～5：投诉处理（服务对象曾投诉时）</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>接受回访的人</translation>
    </message>
    <message>
        <source>The client&apos;s comment</source>
        <translation>服务对象的留言</translation>
    </message>
    <message>
        <source>When, e.g. 2026-11-20T10:00 (China time); default now</source>
        <translation>回访时间，例如 2026-11-20T10:00（北京时间）；默认为现在</translation>
    </message>
    <message>
        <source>The return visit this one corrects</source>
        <translation>本次记录所更正的回访</translation>
    </message>
    <message>
        <source>Usage: returnvisit add CASE --method onsite|phone --said T --matching N --level N --attitude N</source>
        <translation>用法：returnvisit add 诉求编号 --method onsite|phone --said 意见 --matching N --level N --attitude N</translation>
    </message>
    <message>
        <source>Cases closed in the last N days (default 90)</source>
        <translation>近 N 天内办结的诉求（默认 90）</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>有投诉</translation>
    </message>
    <message>
        <source>Usage: returnvisit list CASE [--json]</source>
        <translation>用法：returnvisit list 诉求编号 [--json]</translation>
    </message>
    <message>
        <source>Percent of closed cases to visit again, 0-100</source>
        <translation>回访已办结诉求的百分比，0～100</translation>
    </message>
    <message>
        <source>Every case with a complaint too: yes or no</source>
        <translation>有投诉的诉求是否全部回访：yes 或 no</translation>
    </message>
    <message>
        <source>Working days after closing to make the visit</source>
        <translation>办结后几个工作日内完成回访</translation>
    </message>
    <message>
        <source>Return visits: %1% of closed cases%2, within %3 working days of closing</source>
        <translation>回访计划：已办结诉求的 %1%%2，办结后 %3 个工作日内完成</translation>
    </message>
    <message>
        <source> and every case with a complaint</source>
        <translation>，以及所有有投诉的诉求</translation>
    </message>
    <message>
        <source>Client satisfaction survey (8.1.1): survey report --from D --to D [--pdf F]</source>
        <translation>服务对象满意度调查（8.1.1）：survey report --from 日期 --to 日期 [--pdf 文件]</translation>
    </message>
    <message>
        <source>Usage: survey report --from DATE --to DATE [--station CODE] [--pdf FILE] [--csv FILE] [--json]</source>
        <translation>用法：survey report --from 日期 --to 日期 [--station 站点代码] [--pdf 文件] [--csv 文件] [--json]</translation>
    </message>
    <message>
        <source>Write the written report as PDF</source>
        <translation>将书面报告写为 PDF</translation>
    </message>
    <message>
        <source>Evaluation records (8.1.2): self, client and third-party, with the report</source>
        <translation>服务评价记录（8.1.2）：自我评价、服务对象评价和第三方评价，附评价报告</translation>
    </message>
    <message>
        <source>Usage: evaluation add --kind self|client|third_party --from D --to D --evaluator NAME --conclusion T [--score N] [--report FILE] | evaluation list [--json]</source>
        <translation>用法：evaluation add --kind self|client|third_party --from 日期 --to 日期 --evaluator 评价方 --conclusion 结论 [--score 分数] [--report 文件] | evaluation list [--json]</translation>
    </message>
    <message>
        <source>self, client or third_party</source>
        <translation>self、client 或 third_party</translation>
    </message>
    <message>
        <source>Who evaluated</source>
        <translation>评价方</translation>
    </message>
    <message>
        <source>The conclusion</source>
        <translation>评价结论</translation>
    </message>
    <message>
        <source>A score of 0-100, if given</source>
        <translation>评分 0～100（如有）</translation>
    </message>
    <message>
        <source>The written report to attach</source>
        <translation>附上的书面报告</translation>
    </message>
    <message>
        <source>Improvement plans (8.2): add, update the status and review, list</source>
        <translation>改进计划（8.2）：新增、更新状态和复查结果、列表</translation>
    </message>
    <message>
        <source>Usage: improvement add --problem T --measure T --owner NAME --due D [--complaint N] [--finding T] | improvement update ID --status planned|in_progress|done|reviewed [--review T] | improvement list</source>
        <translation>用法：improvement add --problem 问题 --measure 措施 --owner 负责人 --due 日期 [--complaint 投诉编号] [--finding 调查发现] | improvement update ID --status planned|in_progress|done|reviewed [--review 复查结果] | improvement list</translation>
    </message>
    <message>
        <source>The problem found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>The complaint it answers</source>
        <translation>所针对的投诉</translation>
    </message>
    <message>
        <source>The survey finding it answers</source>
        <translation>所针对的满意度调查发现</translation>
    </message>
    <message>
        <source>The plan&apos;s id</source>
        <translation>改进计划的 id</translation>
    </message>
    <message>
        <source>planned, in_progress, done or reviewed</source>
        <translation>planned、in_progress、done 或 reviewed</translation>
    </message>
    <message>
        <source>The review&apos;s result (required for reviewed)</source>
        <translation>复查结果（状态为 reviewed 时必填）</translation>
    </message>
    <message>
        <source>Usage: improvement update ID --status S [--review T]</source>
        <translation>用法：improvement update ID --status 状态 [--review 复查结果]</translation>
    </message>
    <message>
        <source>Station credential: </source>
        <translation>站点接入凭据：</translation>
    </message>
    <message>
        <source>The station&apos;s credential is read from the environment variable QSDESK_SYNC_TOKEN, or from standard input with --token -, and stored beside the database once the platform has accepted it; later runs need none.</source>
        <translation>站点接入凭据从环境变量 QSDESK_SYNC_TOKEN 读取，或用 --token - 从标准输入读取；平台接受后保存在数据库旁，以后同步无须再次提供。</translation>
    </message>
    <message>
        <source>The station&apos;s credential; - reads it from standard input. A value given here is visible to other users of this computer (ps): prefer - or QSDESK_SYNC_TOKEN</source>
        <translation>站点接入凭据；为 - 时从标准输入读取。在此直接写出的凭据，本机其他用户可以看到（ps），建议改用 - 或 QSDESK_SYNC_TOKEN</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已更改。</translation>
    </message>
    <message>
        <source>pulled, held back</source>
        <translation>已收到，暂未保存</translation>
    </message>
    <message>
        <source>sent, refused by the platform</source>
        <translation>已发送，平台未接收</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>需处理：%1 条</translation>
    </message>
    <message>
        <source>The item, as listed (held-3, out-12)</source>
        <translation>列表中显示的编号（如 held-3、out-12）</translation>
    </message>
    <message>
        <source>Applied; it left the list.</source>
        <translation>已保存，已移出列表。</translation>
    </message>
    <message>
        <source>Marked dealt with; it left the list.</source>
        <translation>已标记为处理完毕，已移出列表。</translation>
    </message>
    <message>
        <source>Unknown sync command: %1. Known: sync, sync verify, sync attention.</source>
        <translation>未知的同步命令：%1。可用：sync、sync verify、sync attention。</translation>
    </message>
    <message>
        <source>%1 records were different here from the platform&apos;s and were taken from it (logged).</source>
        <translation>有 %1 条记录与平台不一致，已按平台的记录更正（已记入日志）。</translation>
    </message>
    <message>
        <source>Not compared: the platform&apos;s records for this station kept changing while it compared. Try again.</source>
        <translation>未能核对：核对期间平台上本站范围内的记录一直在变化。请稍后再试。</translation>
    </message>
    <message>
        <source>This station does not match the platform: %1 records here are not on the platform though nothing about them waits to be sent (the log names them). Ask the platform&apos;s administrator.</source>
        <translation>本站与平台不一致：本站有 %1 条记录平台上没有，而且它们没有待发送的变更（日志中列出了这些记录）。请联系平台管理员。</translation>
    </message>
    <message>
        <source>This station matches the platform: %1 records in its scope compared, the same.</source>
        <translation>本站与平台一致：已核对本站范围内的 %1 条记录，均相同。</translation>
    </message>
    <message>
        <source>the platform&apos;s answer: %1; this station&apos;s answer: %2 (choose: resolve %3 --keep platform|mine)</source>
        <translation>平台的答复：%1；本站的答复：%2（选择：resolve %3 --keep platform|mine）</translation>
    </message>
    <message>
        <source>For a conflict: whose change stands, the platform&apos;s or this station&apos;s (mine: made again on top of the platform&apos;s, sent at the next sync)</source>
        <translation>用于冲突：以哪一方为准，平台的（platform）或本站的（mine：在平台现有状态上重新办理，下次同步时发送）</translation>
    </message>
    <message>
        <source>This station&apos;s change was made again; it goes to the platform at the next sync.</source>
        <translation>已按本站的内容重新办理，下次同步时发送到平台。</translation>
    </message>
    <message>
        <source>Usage: sync attention list [--json] | sync attention retry ID | sync attention resolve ID [--keep platform|mine]</source>
        <translation>用法：sync attention list [--json] | sync attention retry 编号 | sync attention resolve 编号 [--keep platform|mine]</translation>
    </message>
    <message>
        <source>This station matches the platform: %1 records in its scope compared, the same, except %2 held back, dismissed, refused or still to be sent here (see sync attention list).</source>
        <translation>本站与平台一致：已核对本站范围内的 %1 条记录，均相同；另有 %2 条在本站暂缓、已忽略、被拒绝或尚待发送（见 sync attention list）。</translation>
    </message>
    <message>
        <source>%1 service agencies, %2 one-time notices and %3 handoffs added</source>
        <translation>已添加 %1 个服务机构、%2 份一次性告知书和 %3 件转交</translation>
    </message>
    <message>
        <source>The person who came or called for the client</source>
        <translation>为客户来访或来电的人员</translation>
    </message>
    <message>
        <source>That person&apos;s phone, to call back</source>
        <translation>该人员的电话，用于回访</translation>
    </message>
    <message>
        <source>Return visits (7.4.2) with the four ratings of satisfaction (8.1.1): add, the worklist (due), list, the plan</source>
        <translation>回访（7.4.2），记录四项满意度评价（8.1.1）：记录（add）、待回访清单（due）、列表（list）、回访计划（plan）</translation>
    </message>
    <message>
        <source>Write the acceptance receipt to this PDF file</source>
        <translation>将受理回执写入此 PDF 文件</translation>
    </message>
    <message>
        <source>Usage: case receipt NUMBER --pdf FILE</source>
        <translation>用法：case receipt 诉求编号 --pdf 文件</translation>
    </message>
    <message>
        <source>Visit record: its id or number (LZ-LN-SM-2026-0001)</source>
        <translation>上门服务记录：其标识或记录编号（如 LZ-LN-SM-2026-0001）</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>respond by %1, close by %2</source>
        <translation>%1前响应，%2前办结</translation>
    </message>
    <message>
        <source>approve or refuse</source>
        <translation>approve（批准）或 refuse（不予批准）</translation>
    </message>
    <message>
        <source>Why the clock stops: materials, testing, expert or instruction</source>
        <translation>暂停计时的原因：materials（等待补正材料）、testing（检验检测）、expert（专家评审）或 instruction（请示）</translation>
    </message>
    <message>
        <source>Working days wanted</source>
        <translation>申请延长的工作日数</translation>
    </message>
    <message>
        <source>Why it needs longer</source>
        <translation>申请延期的理由</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The clock of %1 is paused.</source>
        <translation>诉求 %1 已暂停计时。</translation>
    </message>
    <message>
        <source>%1 is due to close by %2.</source>
        <translation>诉求 %1 应于 %2 前办结。</translation>
    </message>
    <message>
        <source>The agency signed for the case (签收; the same as --accepted)</source>
        <translation>服务机构已签收（与 --accepted 相同）</translation>
    </message>
    <message>
        <source>The agency returned the case (退回), for one of: out_of_scope, not_qualified, materials, wrong_agency, other (or the reason&apos;s words)</source>
        <translation>服务机构退回，原因为 out_of_scope（超出服务范围）、not_qualified（不具备相应资质）、materials（材料不全）、wrong_agency（转交对象有误）、other（其他）之一（也可直接写原因）</translation>
    </message>
    <message>
        <source>A note on the return</source>
        <translation>退回说明</translation>
    </message>
    <message>
        <source>Usage: case progress NUMBER with one of --told HOW, --accepted (--signed), --returned REASON [--note T], --declined REASON, --result TEXT, --followup NOTE</source>
        <translation>用法：case progress 编号，并给出以下之一：--told 方式、--accepted（--signed）、--returned 原因 [--note 说明]、--declined 原因、--result 结果、--followup 记录</translation>
    </message>
    <message>
        <source>Write it to this PDF file</source>
        <translation>写入此 PDF 文件</translation>
    </message>
    <message>
        <source>The service items&apos; time limits in working days: list them, or set the station&apos;s own (limits set)</source>
        <translation>服务事项的办理时限（工作日）：列出，或设定本站点的时限（limits set）</translation>
    </message>
    <message>
        <source>Service item, e.g. 5.1.2</source>
        <translation>服务事项，如 5.1.2</translation>
    </message>
    <message>
        <source>Working days to a first response</source>
        <translation>响应时限（工作日）</translation>
    </message>
    <message>
        <source>Working days to close</source>
        <translation>办结时限（工作日）</translation>
    </message>
    <message>
        <source>Why the station changes them</source>
        <translation>本站点调整的理由</translation>
    </message>
    <message>
        <source>Usage: limits set ITEM --response N --close N --reason TEXT</source>
        <translation>用法：limits set 事项 --response 天数 --close 天数 --reason 理由</translation>
    </message>
    <message>
        <source>%1: respond within %2 and close within %3 working days (version %4).</source>
        <translation>%1：%2 个工作日内响应，%3 个工作日内办结（第 %4 版）。</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>How the applicant was told of the decision: paper, sms or phone</source>
        <translation>告知申请人审批结果的方式：paper（书面）、sms（短信）或 phone（电话）</translation>
    </message>
    <message>
        <source>Usage: case pause NUMBER --reason materials|testing|expert|instruction [--note T] | case resume NUMBER [--note T] | case extend NUMBER --days N --reason T | case extension NUMBER approve|refuse [--note T] [--told paper|sms|phone] | case urge NUMBER --note T</source>
        <translation>用法：case pause 编号 --reason materials|testing|expert|instruction [--note 说明] | case resume 编号 [--note 说明] | case extend 编号 --days 天数 --reason 理由 | case extension 编号 approve|refuse [--note 说明] [--told paper|sms|phone] | case urge 编号 --note 督办意见</translation>
    </message>
    <message>
        <source>Usage: case pause-notice NUMBER --pdf FILE | case urge-notice NUMBER --pdf FILE | case extension-notice NUMBER --pdf FILE</source>
        <translation>用法：case pause-notice 编号 --pdf 文件 | case urge-notice 编号 --pdf 文件 | case extension-notice 编号 --pdf 文件</translation>
    </message>
    <message>
        <source>Register cases (register), list and search them (list), show one (show), hand one to a station (dispatch), escalate one to the city platform (escalate), close or reopen one (close, reopen), hand one to a service agency (handoff), print its acceptance receipt (receipt), merge a request registered twice into the case kept (merge)</source>
        <translation>登记诉求（register），列出和查找（list），查看一件（show），派发到站点（dispatch），上报市级平台（escalate），办结或重新办理（close、reopen），转交服务机构（handoff），打印受理回执（receipt），将重复登记的诉求并入保留的一件（merge）</translation>
    </message>
    <message>
        <source>The knowledge entry the answer is taken from (its number)</source>
        <translation>答复所依据的知识条目（编号）</translation>
    </message>
    <message>
        <source>Warning: the client has an open case on the same item: %1 (%2). Registered all the same; merge them with case merge if it is the same request.</source>
        <translation>提示：该服务对象在同一服务事项上已有未办结的诉求：%1（%2）。本件仍已登记；如为同一诉求，可用 case merge 合并。</translation>
    </message>
    <message>
        <source>Warning: a request of the last 30 days reads very like this one: %1 (%2). Registered all the same; merge them with case merge if it is the same request.</source>
        <translation>提示：近 30 天内有一件诉求与本件非常相似：%1（%2）。本件仍已登记；如为同一诉求，可用 case merge 合并。</translation>
    </message>
    <message>
        <source>Answer from knowledge entry %1, version %2%3</source>
        <translation>答复取自知识条目 %1，第 %2 版%3</translation>
    </message>
    <message>
        <source>, edited</source>
        <translation>，已修改</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>已并入 %1</translation>
    </message>
    <message>
        <source>Duplicate requests merged into it: %1</source>
        <translation>并入本件的重复诉求：%1</translation>
    </message>
    <message>
        <source>The case kept</source>
        <translation>保留的诉求</translation>
    </message>
    <message>
        <source>The same request registered again</source>
        <translation>重复登记的诉求</translation>
    </message>
    <message>
        <source>Usage: case merge KEEP OTHER</source>
        <translation>用法：case merge 保留编号 重复编号</translation>
    </message>
    <message>
        <source>current</source>
        <translation>现行</translation>
    </message>
    <message>
        <source>not current</source>
        <translation>非现行</translation>
    </message>
    <message>
        <source>The question as clients ask it</source>
        <translation>服务对象提出的问题</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>The law, standard or rule it rests on, with its number and date</source>
        <translation>所依据的法律、标准或规定，含文号和日期</translation>
    </message>
    <message>
        <source>Service items it applies to, by clause number: 5.2.2,5.2.3</source>
        <translation>适用的服务事项（条款号）：5.2.2,5.2.3</translation>
    </message>
    <message>
        <source>Valid from (a date)</source>
        <translation>有效期起（日期）</translation>
    </message>
    <message>
        <source>Valid to (a date)</source>
        <translation>有效期止（日期）</translation>
    </message>
    <message>
        <source>Retired entries too</source>
        <translation>包括已停用的条目</translation>
    </message>
    <message>
        <source>Entry number, e.g. LZ-LN-ZS-2026-0001</source>
        <translation>条目编号，如 LZ-LN-ZS-2026-0001</translation>
    </message>
    <message>
        <source>Usage: kb show ID [--json]</source>
        <translation>用法：kb show 编号 [--json]</translation>
    </message>
    <message>
        <source>version %1 by %2</source>
        <translation>第 %1 版，%2 编写</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>现行有效</translation>
    </message>
    <message>
        <source>Not current: never offered as the answer</source>
        <translation>非现行：不会作为答复推荐</translation>
    </message>
    <message>
        <source>used %1 times, %2 of them edited</source>
        <translation>已引用 %1 次，其中修改后使用 %2 次</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>检索词</translation>
    </message>
    <message>
        <source>Entries of this service item first</source>
        <translation>优先列出该服务事项的条目</translation>
    </message>
    <message>
        <source>Entries that are not current too</source>
        <translation>包括非现行条目</translation>
    </message>
    <message>
        <source>Usage: kb search QUERY [--item CODE] [--all] [--json]</source>
        <translation>用法：kb search 关键词 [--item 事项] [--all] [--json]</translation>
    </message>
    <message>
        <source>The answered case&apos;s number</source>
        <translation>已答复诉求的编号</translation>
    </message>
    <message>
        <source>Usage: kb propose CASE</source>
        <translation>用法：kb propose 诉求编号</translation>
    </message>
    <message>
        <source>The proposal&apos;s number</source>
        <translation>入库建议编号</translation>
    </message>
    <message>
        <source>Usage: kb approve ID</source>
        <translation>用法：kb approve 编号</translation>
    </message>
    <message>
        <source>Why it is not taken</source>
        <translation>不予入库的理由</translation>
    </message>
    <message>
        <source>Usage: kb reject ID --reason T</source>
        <translation>用法：kb reject 编号 --reason 理由</translation>
    </message>
    <message>
        <source>Entry number</source>
        <translation>条目编号</translation>
    </message>
    <message>
        <source>Why it no longer holds</source>
        <translation>停用理由</translation>
    </message>
    <message>
        <source>Usage: kb retire ID [--reason T]</source>
        <translation>用法：kb retire 编号 [--reason 理由]</translation>
    </message>
    <message>
        <source>First day, e.g. 2026-10-01</source>
        <translation>起始日期，如 2026-10-01</translation>
    </message>
    <message>
        <source>Last day, e.g. 2026-10-31</source>
        <translation>截止日期，如 2026-10-31</translation>
    </message>
    <message>
        <source>Usage: report demand --from D --to D [--pdf FILE] [--json]</source>
        <translation>用法：report demand --from 日期 --to 日期 [--pdf 文件] [--json]</translation>
    </message>
    <message>
        <source>%1 requests, %2 answered on the spot (%3 from the knowledge base). Asked about: %4</source>
        <translation>受理诉求 %1 件，现场答复 %2 件（引用知识库 %3 件）。咨询热点：%4</translation>
    </message>
    <message>
        <source>The open case asked about again</source>
        <translation>再次询问的未办结诉求</translation>
    </message>
    <message>
        <source>What the client said this time</source>
        <translation>服务对象本次所述</translation>
    </message>
    <message>
        <source>Usage: case contact NUMBER --channel C --summary T</source>
        <translation>用法：case contact 诉求编号 --channel 渠道 --summary 内容</translation>
    </message>
    <message>
        <source>The knowledge base: add, list, show, search and revise entries; propose an answered case, approve or reject it; retire an entry</source>
        <translation>知识库：新增、列出、查看、检索和修订条目；将已答复的诉求建议入库，审核通过或退回；停用条目</translation>
    </message>
    <message>
        <source>Usage: kb add --question T --answer T [--basis T] [--items 5.2.2,…] [--from D] [--to D] | kb list [--all] | kb show ID | kb search QUERY [--item CODE] [--all] | kb revise ID [the fields to change] | kb propose CASE | kb proposals | kb approve ID | kb reject ID --reason T | kb retire ID [--reason T]; --json for JSON</source>
        <translation>用法：kb add --question 问题 --answer 答复 [--basis 依据] [--items 5.2.2,…] [--from 日期] [--to 日期] | kb list [--all] | kb show 编号 | kb search 检索词 [--item 事项] [--all] | kb revise 编号 [要修改的字段] | kb propose 诉求编号 | kb proposals | kb approve 编号 | kb reject 编号 --reason 理由 | kb retire 编号 [--reason 理由]；--json 输出 JSON</translation>
    </message>
    <message>
        <source>The basis was repealed or replaced: the entry is no longer offered</source>
        <translation>依据已废止或被替代：该条目不再推荐</translation>
    </message>
    <message>
        <source>Usage: kb revise ID [--question T] [--answer T] [--basis T] [--items 5.2.2,…] [--from D] [--to D] [--basis-withdrawn]</source>
        <translation>用法：kb revise 编号 [--question 问题] [--answer 答复] [--basis 依据] [--items 5.2.2,…] [--from 日期] [--to 日期] [--basis-withdrawn]</translation>
    </message>
    <message>
        <source>Add clients to the archive (add), list and search them (list), or show a client&apos;s file (file)</source>
        <translation>向客户档案添加客户（add），列出和搜索客户（list），或查看客户的完整档案（file）</translation>
    </message>
    <message>
        <source>Usage: client add|list|file [options]; see client add --help</source>
        <translation>用法：client add|list|file [选项]；详见 client add --help</translation>
    </message>
    <message>
        <source>Write the client file as an A4 PDF</source>
        <translation>将客户档案写成 A4 PDF 文件</translation>
    </message>
    <message>
        <source>Usage: client file CLIENT [--json] [--pdf FILE], CLIENT being the client&apos;s id or credit code</source>
        <translation>用法：client file CLIENT [--json] [--pdf FILE]，CLIENT 为客户的编号或统一社会信用代码</translation>
    </message>
    <message>
        <source>%1 case(s): %2</source>
        <translation>共 %1 件：%2</translation>
    </message>
    <message>
        <source>The closed cases&apos; past: %1 one-time notices, %2 handoffs and %3 instructions asked</source>
        <translation>已办结诉求的办理经过：一次性告知书 %1 份，转交 %2 件，请示 %3 件</translation>
    </message>
    <message>
        <source>Only cases in this status, e.g. registered or closed; pending: online requests waiting to be accepted</source>
        <translation>只列出此状态的诉求，如 registered（已登记）或 closed（已办结）；pending：等待受理的网上申请</translation>
    </message>
    <message>
        <source>Pending acceptance</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>Usage: case register|list|show|accept|return|dispatch|escalate|close|reopen|handoff|instruct|instructed|progress|receipt|pause|resume|extend|extension|urge|pause-notice|urge-notice|extension-notice [options]; see case list --help</source>
        <translation>用法：case register|list|show|accept|return|dispatch|escalate|close|reopen|handoff|instruct|instructed|progress|receipt|pause|resume|extend|extension|urge|pause-notice|urge-notice|extension-notice [选项]；详见 case list --help</translation>
    </message>
    <message>
        <source>The online request&apos;s number, e.g. LZ-WS-20261204-0001 (case list --status pending)</source>
        <translation>网上申请的编号，如 LZ-WS-20261204-0001（见 case list --status pending）</translation>
    </message>
    <message>
        <source>return: why, as the applicant will read it</source>
        <translation>退回时：原因，申请人会看到</translation>
    </message>
    <message>
        <source>Usage: case accept NUMBER | case return NUMBER --reason TEXT</source>
        <translation>用法：case accept 编号 | case return 编号 --reason 原因</translation>
    </message>
    <message>
        <source>%1 returned; the applicant sees the reason after the next sync.</source>
        <translation>%1 已退回；下次同步后申请人即可看到原因。</translation>
    </message>
</context>
<context>
    <name>ClientFile</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>%1 said: %2</source>
        <translation>%1称：%2</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>更正：%1</translation>
    </message>
    <message>
        <source>Complaint received</source>
        <translation>收到投诉</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation>投诉%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Give the client&apos;s id or credit code.</source>
        <translation>请给出客户的编号或统一社会信用代码。</translation>
    </message>
    <message>
        <source>No client with the id or credit code %1 in the archive.</source>
        <translation>客户档案中没有编号或统一社会信用代码为 %1 的客户。</translation>
    </message>
</context>
<context>
    <name>ClientFileDialog</name>
    <message>
        <source>Reading the client&apos;s file…</source>
        <translation>正在读取客户档案…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>打开诉求</translation>
    </message>
    <message>
        <source>Client file</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Client file: %1</source>
        <translation>客户档案：%1</translation>
    </message>
    <message>
        <source>Unified social credit code: %1</source>
        <translation>统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>Contact: %1 %2</source>
        <translation>联系人：%1 %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n</source>
        <translation>
            <numerusform>%1 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件诉求</numerusform>
        </translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Nothing has been recorded for this client yet.</source>
        <translation>该客户尚无任何记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), oldest first.</source>
        <translation>
            <numerusform>共 %n 条记录，按时间先后排列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientFileModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>诉求编号</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>ClientFileOutput</name>
    <message>
        <source>Client file</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>已并入 %1</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>诉求办理情况</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>The cases</source>
        <translation>诉求一览</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>诉求编号</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>Service record</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>%1, as on %2</source>
        <translation>%1&#x3000;截至%2</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>In the archive since</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Printed by: %1</source>
        <translation>打印人：%1</translation>
    </message>
</context>
<context>
    <name>ClientKind</name>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>诉求数</translation>
    </message>
</context>
<context>
    <name>ClientListPage</name>
    <message>
        <source>Search the archive: name, credit code, contact or phone</source>
        <translation>搜索客户档案：名称、信用代码、联系人或联系电话</translation>
    </message>
    <message>
        <source>Choose a client to see the details and cases.</source>
        <translation>请选择一位客户，查看其详细信息和诉求。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>共 %1 位客户</translation>
    </message>
    <message>
        <source>Unified social credit code: %1</source>
        <translation>统一社会信用代码：%1</translation>
    </message>
    <message>
        <source>Contact: %1 %2</source>
        <translation>联系人：%1 %2</translation>
    </message>
    <message>
        <source>In the archive since %1</source>
        <translation>建档时间：%1</translation>
    </message>
    <message>
        <source>Client file…</source>
        <translation>客户档案…</translation>
    </message>
    <message>
        <source>Every case, visit, notice, handoff, return visit and complaint of the client in one list, to print (Enter on the client)</source>
        <translation>该客户的全部诉求、上门服务、一次性告知、交接、回访和投诉，按时间排成一览，可打印（在客户上按 Enter）</translation>
    </message>
</context>
<context>
    <name>ClockLight</name>
    <message>
        <source>No time limit</source>
        <translation>无办理时限</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Clock paused</source>
        <translation>暂停计时</translation>
    </message>
</context>
<context>
    <name>Complaint</name>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认收到</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <source>Investigated</source>
        <translation>已调查核实</translation>
    </message>
    <message>
        <source>Forwarded to the institution</source>
        <translation>已转交责任机构</translation>
    </message>
    <message>
        <source>Handled by the institution</source>
        <translation>机构已处理</translation>
    </message>
    <message>
        <source>Complainant answered</source>
        <translation>已答复投诉人</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新处理</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Counter window</source>
        <translation>线下窗口</translation>
    </message>
    <message>
        <source>Platform website</source>
        <translation>平台网站</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>A service agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>A staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Delay or missed deadline</source>
        <translation>办理超时</translation>
    </message>
    <message>
        <source>Quality of the service</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <source>Fees and charges</source>
        <translation>收费问题</translation>
    </message>
    <message>
        <source>Conduct and integrity</source>
        <translation>工作作风与廉洁</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The complaint is %1 and cannot become %2 from there; from %1 it can become: %3.</source>
        <translation>投诉当前为“%1”，不能变为“%2”；从“%1”可以变为：%3。</translation>
    </message>
    <message>
        <source>No complaint %1.</source>
        <translation>没有投诉 %1。</translation>
    </message>
    <message>
        <source>Note: required to move a complaint to %1.</source>
        <translation>说明：将投诉变为“%1”时必须填写。</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>May be left empty for an anonymous complaint</source>
        <translation>匿名投诉可不填</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>About</source>
        <translation>投诉对象</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Staff member (login)</source>
        <translation>工作人员（登录名）</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>相关诉求</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>投诉内容</translation>
    </message>
</context>
<context>
    <name>ComplaintStepDialog</name>
    <message>
        <source>Complaint %1: next step</source>
        <translation>投诉 %1：下一步</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>%1 — now: %2
%3</source>
        <translation>%1 —— 当前：%2
%3</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>评估结论</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>转交机构</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Reason for the verdict</source>
        <translation>评估理由</translation>
    </message>
    <message>
        <source>What the investigation found</source>
        <translation>调查核实情况</translation>
    </message>
    <message>
        <source>How the institution handled it</source>
        <translation>责任机构的处理情况</translation>
    </message>
    <message>
        <source>The answer given to the complainant</source>
        <translation>给投诉人的答复</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>重新处理的原因</translation>
    </message>
</context>
<context>
    <name>DemandReportOutput</name>
    <message>
        <source>Requests and answers on the spot</source>
        <translation>诉求与现场答复</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>受理诉求</translation>
    </message>
    <message>
        <source>Answered on the spot</source>
        <translation>现场答复</translation>
    </message>
    <message>
        <source>Answered from the knowledge base</source>
        <translation>引用知识库答复</translation>
    </message>
    <message>
        <source>What clients ask about</source>
        <translation>咨询热点</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>诉求件数</translation>
    </message>
    <message>
        <source>Topics by service category</source>
        <translation>按服务类别的咨询热点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Most asked about</source>
        <translation>主要关键词</translation>
    </message>
    <message>
        <source>Knowledge entries used</source>
        <translation>引用的知识条目</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目编号</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>引用次数</translation>
    </message>
    <message>
        <source>Requests by area</source>
        <translation>按地区</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Clients who came more than once</source>
        <translation>多次来办的服务对象</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Service items with rising demand</source>
        <translation>需求上升的服务事项</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Analysis of service demand</source>
        <translation>服务需求分析</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>站点：%1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>统计期间：%1 至 %2</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The clock of case %1 was never paused.</source>
        <translation>诉求 %1 从未暂停计时。</translation>
    </message>
    <message>
        <source>Case %1 was never urged.</source>
        <translation>诉求 %1 未被督办过。</translation>
    </message>
    <message>
        <source>Case %1 has no approved extension.</source>
        <translation>诉求 %1 没有已批准的延期。</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Request summary</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Time received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>City code</source>
        <translation>城市代码</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>站点代码</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <source>Station level</source>
        <translation>站点级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>数量上限</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日数</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Technical capability</source>
        <translation>技术能力</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <source>Service agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Notice item</source>
        <translation>告知事项</translation>
    </message>
    <message>
        <source>Why it cannot be done now</source>
        <translation>暂不能办理的原因</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步办理</translation>
    </message>
    <message>
        <source>Where and whom to contact</source>
        <translation>联系地点和联系人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Reason for a second notice</source>
        <translation>再次告知的原因</translation>
    </message>
    <message>
        <source>Delivered how</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Time limit (working days)</source>
        <translation>办理时限（工作日）</translation>
    </message>
    <message>
        <source>Reason for choosing an agency without a valid qualification</source>
        <translation>选择无有效资质机构的原因</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>请示问题</translation>
    </message>
    <message>
        <source>Asked to</source>
        <translation>请示对象</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>批示</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Follow-up record</source>
        <translation>跟踪记录</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>服务地点</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Client&apos;s people present</source>
        <translation>服务对象在场人员</translation>
    </message>
    <message>
        <source>Answered on the spot</source>
        <translation>现场答复</translation>
    </message>
    <message>
        <source>Materials collected</source>
        <translation>收集的材料</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>签字人姓名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Time of the visit</source>
        <translation>服务时间</translation>
    </message>
    <message>
        <source>Feedback channel</source>
        <translation>反馈方式</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <source>Return visit method</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>What the client said</source>
        <translation>服务对象的意见</translation>
    </message>
    <message>
        <source>Rating: match with the need</source>
        <translation>评价：服务需求匹配程度</translation>
    </message>
    <message>
        <source>Rating: service level</source>
        <translation>评价：服务水平</translation>
    </message>
    <message>
        <source>Rating: service attitude</source>
        <translation>评价：服务态度</translation>
    </message>
    <message>
        <source>Rating: complaint handling</source>
        <translation>评价：投诉处理</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Return visit corrected</source>
        <translation>被更正的回访</translation>
    </message>
    <message>
        <source>Complaint channel</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Complaint about</source>
        <translation>投诉对象</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Complaint class</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Valid or not</source>
        <translation>是否有效</translation>
    </message>
    <message>
        <source>Institution forwarded to</source>
        <translation>转交的责任机构</translation>
    </message>
    <message>
        <source>Kind of evaluation</source>
        <translation>评价方式</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>评价方</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>评价结论</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>报告文件</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>计划状态</translation>
    </message>
    <message>
        <source>Review result</source>
        <translation>复查结果</translation>
    </message>
    <message>
        <source>Survey finding</source>
        <translation>调查发现</translation>
    </message>
    <message>
        <source>Share of closed cases to visit (%)</source>
        <translation>回访比例（%）</translation>
    </message>
    <message>
        <source>Return visit within (working days)</source>
        <translation>回访期限（工作日）</translation>
    </message>
    <message>
        <source>Supervision telephone</source>
        <translation>监督电话</translation>
    </message>
    <message>
        <source>Supervision e-mail</source>
        <translation>监督邮箱</translation>
    </message>
    <message>
        <source>Record identifier</source>
        <translation>记录标识</translation>
    </message>
    <message>
        <source>Client of the case</source>
        <translation>诉求所属客户</translation>
    </message>
    <message>
        <source>Case of the record</source>
        <translation>记录所属诉求</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>诉求编号</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <source>Time filed</source>
        <translation>建档时间</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Details of the step</source>
        <translation>办理内容</translation>
    </message>
    <message>
        <source>Time of the step</source>
        <translation>办理时间</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>来访人</translation>
    </message>
    <message>
        <source>Visitor&apos;s phone</source>
        <translation>来访人电话</translation>
    </message>
    <message>
        <source>Reason for pausing the clock</source>
        <translation>暂停计时原因</translation>
    </message>
    <message>
        <source>Note on the pause</source>
        <translation>暂停说明</translation>
    </message>
    <message>
        <source>Working days of the extension</source>
        <translation>延期工作日数</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <source>Urging note</source>
        <translation>督办意见</translation>
    </message>
    <message>
        <source>Reason for returning the case</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <source>Working days to a first response</source>
        <translation>响应时限（工作日）</translation>
    </message>
    <message>
        <source>Working days to close</source>
        <translation>办结时限（工作日）</translation>
    </message>
    <message>
        <source>How the applicant was told</source>
        <translation>告知申请人方式</translation>
    </message>
    <message>
        <source>Knowledge question</source>
        <translation>知识条目问题</translation>
    </message>
    <message>
        <source>Knowledge answer</source>
        <translation>知识条目答复</translation>
    </message>
    <message>
        <source>Basis (law, standard or rule, with its number and date)</source>
        <translation>依据（法律、标准或规定，含文号和日期）</translation>
    </message>
    <message>
        <source>Knowledge entry</source>
        <translation>知识条目</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期起</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有效期止</translation>
    </message>
    <message>
        <source>Reason for retiring</source>
        <translation>停用理由</translation>
    </message>
    <message>
        <source>Cases to merge</source>
        <translation>合并的诉求</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>District or county</source>
        <translation>所在区县</translation>
    </message>
    <message>
        <source>Query code</source>
        <translation>查询码</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>Also show agencies not offered for this item (a reason is then required)</source>
        <translation>同时显示不推荐办理该事项的机构（选择时须说明理由）</translation>
    </message>
    <message>
        <source>Hand %1 to a service agency</source>
        <translation>将 %1 交接给服务机构</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message numerus="yes">
        <source>Required when the limit differs from the usual %n working days</source>
        <translation>
            <numerusform>时限不同于常规的 %n 个工作日时必填</numerusform>
        </translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Reason for another limit</source>
        <translation>调整时限的原因</translation>
    </message>
    <message>
        <source>Reason for an agency not offered</source>
        <translation>选择不推荐机构的原因</translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Agencies for %1, best first: in scope with a valid qualification, fewest open handoffs first.</source>
        <translation>可办理“%1”的服务机构，最合适的在前：服务范围相符且资质有效，在办交接少的优先。</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>Choose an agency.</source>
        <translation>请选择一个服务机构。</translation>
    </message>
    <message>
        <source>The agency archive is empty. A station administrator adds agencies or imports them on the Agencies page (Ctrl+4); until then the case can be answered, noticed or escalated instead.</source>
        <translation>服务机构档案中还没有机构。请站点管理员在“服务机构”页（Ctrl+4）添加或导入；在此之前，本案件可先答复、一次性告知或上报。</translation>
    </message>
    <message>
        <source>No agency serves %1 with a valid qualification. Tick the box below to choose another one with a reason, or ask a station administrator to add one.</source>
        <translation>没有服务范围包含“%1”且资质有效的机构。可勾选下方选项并说明理由后选择其他机构，或请站点管理员添加。</translation>
    </message>
    <message>
        <source>%1&apos;s qualification is valid until %2, before this handoff is due (%3). Make sure it can finish in time, or choose another agency.</source>
        <translation>“%1”的资质有效期至%2，早于本次转交的办理期限（%3）。请确认其能在资质有效期内办结，或选择其他机构。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Register (Ctrl+1)</source>
        <translation>登记 (Ctrl+1)</translation>
    </message>
    <message>
        <source>To the client search: two characters of the name or the start of the unified social credit code</source>
        <translation>到客户搜索框：输入名称中的两个字或统一社会信用代码的开头</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>From the client search into the clients found; Enter takes the one chosen</source>
        <translation>从客户搜索框进入找到的客户列表；回车选定当前客户</translation>
    </message>
    <message>
        <source>Enter in the client search</source>
        <translation>在客户搜索框中按回车</translation>
    </message>
    <message>
        <source>Takes the first client found</source>
        <translation>选定找到的第一个客户</translation>
    </message>
    <message>
        <source>New client: one who is not in the archive yet</source>
        <translation>新建客户：档案中还没有的客户</translation>
    </message>
    <message>
        <source>↑ ↓ in the service item</source>
        <translation>服务事项中的 ↑ ↓</translation>
    </message>
    <message>
        <source>Type a clause number such as 5.2.2 or a word such as 电梯, then ↑ ↓ through the items found</source>
        <translation>输入条款号（如 5.2.2）或词语（如“电梯”），再用 ↑ ↓ 在找到的事项间选择</translation>
    </message>
    <message>
        <source>Answer and close: the answer given on the spot closes the case</source>
        <translation>即时答复并办结：当场给出的答复，诉求随之办结</translation>
    </message>
    <message>
        <source>Register for follow-up</source>
        <translation>登记待办</translation>
    </message>
    <message>
        <source>Answer at once: 7.2.2. Register, classify and follow up: 7.2.3. The service items: clause 5 (5.1 to 5.12). The channels: 6 and 7.1.2.</source>
        <translation>即时答复：7.2.2。登记、分类与跟进：7.2.3。服务事项：第 5 章（5.1 至 5.12）。服务渠道：第 6 章和 7.1.2。</translation>
    </message>
    <message>
        <source>Cases (Ctrl+2)</source>
        <translation>诉求 (Ctrl+2)</translation>
    </message>
    <message>
        <source>Every case, newest first. Search by the case number or its end as clerks read it out (1125-0011, 0011), the client, the credit code or one or two characters of the request, and narrow the list by status, category, channel, deadline or the day received. Below the list are the chosen case&apos;s details and timeline; above them, what can be done with it now: a button the case&apos;s state does not allow stays in its place, greyed out. The Due column shows handoff deadlines, overdue in red, due within two working days in amber.</source>
        <translation>全部诉求，最新的在前。可按诉求编号或窗口人员报出的编号尾号（1125-0011、0011）、客户、信用代码或诉求内容中的一两个字搜索，并按状态、类别、渠道、期限或受理日期筛选。列表下方是所选诉求的详情和办理经过；其上方是现在可以办理的操作：诉求当前状态不允许的按钮留在原位，显示为灰色。“期限”列显示交接期限：已逾期的为红色，2 个工作日内到期的为橙色。</translation>
    </message>
    <message>
        <source>To the search, its text selected</source>
        <translation>到搜索框，并选中其中的文字</translation>
    </message>
    <message>
        <source>From the search into the cases found; ↑ ↓ move through them</source>
        <translation>从搜索框进入找到的诉求；↑ ↓ 逐条移动</translation>
    </message>
    <message>
        <source>Enter on a case</source>
        <translation>在诉求上按回车</translation>
    </message>
    <message>
        <source>To the first thing the case allows; Tab to the next one, Space presses it</source>
        <translation>到该诉求可办理的第一项操作；Tab 到下一项，空格键执行</translation>
    </message>
    <message>
        <source>One-time notice: everything the applicant still has to bring, printed</source>
        <translation>一次性告知：申请人还需补充的全部材料，打印成告知书</translation>
    </message>
    <message>
        <source>Hand off to a service agency or expert team, with a deadline</source>
        <translation>交接给服务机构或专家团队，并定好期限</translation>
    </message>
    <message>
        <source>Close with an answer</source>
        <translation>答复并办结</translation>
    </message>
    <message>
        <source>One-time notice, and asking for an instruction: 7.2.3. Handoff: 7.2.4; its progress and follow-up records: 7.3.1 to 7.3.3. Escalation to the city platform: 4.3. Close with an answer: 7.2.2. On-site visit: 7.3.3 and 7.3.4. Feedback to the client: 7.4.1. Return visit: 7.4.2.</source>
        <translation>一次性告知、请示：7.2.3。交接：7.2.4；交接进展和跟进记录：7.3.1 至 7.3.3。上报市级平台：4.3。答复并办结：7.2.2。上门服务：7.3.3 和 7.3.4。服务反馈：7.4.1。回访：7.4.2。</translation>
    </message>
    <message>
        <source>Clients (Ctrl+3)</source>
        <translation>客户档案 (Ctrl+3)</translation>
    </message>
    <message>
        <source>To the search: the name or the credit code</source>
        <translation>到搜索框：输入名称或信用代码</translation>
    </message>
    <message>
        <source>From the search into the clients found</source>
        <translation>从搜索框进入找到的客户</translation>
    </message>
    <message>
        <source>Enter on one of the client&apos;s cases</source>
        <translation>在该客户的某条诉求上按回车</translation>
    </message>
    <message>
        <source>Opens it on the Cases page</source>
        <translation>在“诉求”页打开该诉求</translation>
    </message>
    <message>
        <source>The client archive: 4.2 and 7.6.1.</source>
        <translation>客户档案：4.2 和 7.6.1。</translation>
    </message>
    <message>
        <source>Agencies (Ctrl+4)</source>
        <translation>服务机构 (Ctrl+4)</translation>
    </message>
    <message>
        <source>The service agencies and expert teams cases are handed off to: the service items each one serves and its qualifications, those expired or expiring within 30 days in red. Add one, or import a CSV file saved from Excel: all of its rows or none, with a report of each row refused and why.</source>
        <translation>诉求交接的对象：服务机构和专家团队，各自的服务事项和资质，已过期或 30 天内到期的资质为红色。可逐个添加，或导入从 Excel 保存的 CSV 文件：要么全部导入，要么一行也不导入，并逐行说明被拒绝的原因。</translation>
    </message>
    <message>
        <source>The archive of service agencies: 7.6.2. Handing off to them: 7.2.4.</source>
        <translation>服务机构档案：7.6.2。交接给服务机构：7.2.4。</translation>
    </message>
    <message>
        <source>Statistics (Ctrl+5)</source>
        <translation>统计 (Ctrl+5)</translation>
    </message>
    <message>
        <source>For supervisors and administrators. A month or any span of days, one station or all: the requests by service category beside the month before and the same month last year, the last 12 months, the channels, how the requests were handled, the time to the first response and to closing, handoffs on time and overdue. Print… opens the A4 report in the print preview, which also saves the PDF; Export CSV… and Export Excel… write the same tables; Satisfaction report… is the written report of the clients&apos; ratings in the period. The categories are named as staff say them; point at a bar for the clause, the full name and the figures.</source>
        <translation>供负责人和站点管理员使用。按月或任意日期段、单个站点或全部站点统计：各服务类别的诉求数，并与上月和去年同月比较；近 12 个月的走势；各渠道；诉求的办理方式；首次响应和办结所用时间；按期和逾期的交接。“打印…”在打印预览中打开 A4 报表，也可保存为 PDF；“导出 CSV…”和“导出 Excel…”输出同样的表格；“满意度报告…”是本期客户评价的书面报告。各类别按工作人员的习惯简称；鼠标指向柱子可看到条款号、全称和数字。</translation>
    </message>
    <message>
        <source>Statistics and analysis: 4.2 and 7.6.4. The service categories: 5.1 to 5.12. The satisfaction report: 8.1.1.</source>
        <translation>统计与分析：4.2 和 7.6.4。服务类别：5.1 至 5.12。满意度报告：8.1.1。</translation>
    </message>
    <message>
        <source>Return visits and complaints (Ctrl+6)</source>
        <translation>回访与投诉 (Ctrl+6)</translation>
    </message>
    <message>
        <source>The work after the service, in four tabs. Return visits due: the closed cases the return-visit plan picks, oldest first, those past their date in red; Record the return visit… takes who answered, what they said and the four ratings. Complaints: open, overdue or all; Register a complaint… takes one from any channel; Next step… offers only the steps the complaint may take now. A complaint is acknowledged within 1 working day and answered within 15. Complaint statistics and assessment: received and valid complaints by class, agency and staff member. Evaluation and improvement: the evaluations and the improvement plans.</source>
        <translation>服务之后的工作，分四个标签页。待回访：回访计划选出的已办结诉求，最早的在前，已过回访日期的为红色；“记录回访…”记下接听人、客户的意见和四项评价。投诉：未办结、已逾期或全部投诉；“登记投诉…”受理来自任何渠道的投诉；“下一步…”只列出该投诉当前可以进行的步骤。投诉须在 1 个工作日内确认收到，15 个工作日内答复。投诉统计与考核：按类别、机构和工作人员统计收到的投诉和有效投诉。服务评价与改进：各项评价和改进计划。</translation>
    </message>
    <message>
        <source>Return visits and their ratings: 7.4.2 and 8.1.1. Complaints: 7.5.1 to 7.5.3; valid ones in the assessment: 7.5.4; by class: 7.5.5. Evaluation: 8.1.2. Improvement plans: 8.2.</source>
        <translation>回访及其评价：7.4.2 和 8.1.1。投诉：7.5.1 至 7.5.3；有效投诉纳入考核：7.5.4；分类统计：7.5.5。服务评价：8.1.2。改进计划：8.2。</translation>
    </message>
    <message>
        <source>Forms and dialogs</source>
        <translation>表单与对话框</translation>
    </message>
    <message>
        <source>The forms of a one-time notice, a handoff, an on-site visit, a return visit and a complaint are filled in from top to bottom, like paper forms. What issues a numbered document or saves a signed record is its button, or Ctrl+Enter; Enter alone never does. The visit form keeps a draft as it is typed and offers it back after a crash.</source>
        <translation>一次性告知、交接、上门服务、回访和投诉的表单像纸质表格一样从上往下填写。出具带编号的文书或保存签字记录，只能用相应的按钮或 Ctrl+Enter；单按回车不会。上门服务表单在填写过程中自动保存草稿，程序意外退出后可以恢复。</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>To the next field; in the notice&apos;s box for an item of your own, adds the item typed</source>
        <translation>到下一栏；在告知书“其他事项”框中则添加所输入的事项</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>To the next field, to the one before</source>
        <translation>到下一栏、上一栏</translation>
    </message>
    <message>
        <source>← → ↑ ↓ in a date</source>
        <translation>日期中的 ← → ↑ ↓</translation>
    </message>
    <message>
        <source>← → choose the day, month or time; ↑ ↓ change it; Tab leaves the date</source>
        <translation>← → 选择年、月、日或时间；↑ ↓ 修改；Tab 离开日期栏</translation>
    </message>
    <message>
        <source>Issues the document or saves the record: the button that says so in its tooltip</source>
        <translation>出具文书或保存记录：即提示中注明此快捷键的按钮</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Closes the form; the visit form asks first what to do with what was typed</source>
        <translation>关闭表单；上门服务表单会先询问如何处理已填写的内容</translation>
    </message>
    <message>
        <source>One-time notice: 7.2.3. Handoff: 7.2.4. On-site visit and the client&apos;s signature: 7.3.3 and 7.3.4. Return visit: 7.4.2. Complaint: 7.5.2.</source>
        <translation>一次性告知：7.2.3。交接：7.2.4。上门服务与客户签字：7.3.3 和 7.3.4。回访：7.4.2。投诉：7.5.2。</translation>
    </message>
    <message>
        <source>The whole window</source>
        <translation>整个窗口</translation>
    </message>
    <message>
        <source>The pages are listed on the left. The status bar names the station, who is logged in, the synchronisation with the city platform and the database file. The window locks itself after the station&apos;s idle time: the cases are hidden until the password is given again, or another member of staff logs in.</source>
        <translation>左侧列出各页面。状态栏显示站点、当前登录人、与市级平台的同步情况和数据库文件。窗口在站点设定的空闲时间后自动锁定：诉求内容隐藏，直到再次输入密码，或由另一位工作人员登录。</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+6</source>
        <translation>Ctrl+1 … Ctrl+6</translation>
    </message>
    <message>
        <source>To the pages, in the order they are listed</source>
        <translation>按列出的顺序切换到各页面</translation>
    </message>
    <message>
        <source>Locks the window</source>
        <translation>锁定窗口</translation>
    </message>
    <message>
        <source>Synchronises with the city platform now</source>
        <translation>立即与市级平台同步</translation>
    </message>
    <message>
        <source>This help, on the page you are on</source>
        <translation>本帮助，打开在当前页面</translation>
    </message>
    <message>
        <source>Quits QSDesk</source>
        <translation>退出 QSDesk</translation>
    </message>
    <message>
        <source>Confidentiality of the records: 7.6.3. The city platform: 4.2 and 4.3.</source>
        <translation>档案保密：7.6.3。市级平台：4.2 和 4.3。</translation>
    </message>
    <message>
        <source>QSDesk help</source>
        <translation>QSDesk 帮助</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>This page has no keys of its own: Tab moves through it, and the window&apos;s keys work here too.</source>
        <translation>本页没有专用按键：用 Tab 在其中移动，整个窗口的按键在这里同样可用。</translation>
    </message>
    <message>
        <source>Clauses of the service standard</source>
        <translation>服务规范的相关条款</translation>
    </message>
    <message>
        <source>Logs out (switch user): the pages hide until the next member of staff logs in</source>
        <translation>注销（切换用户）：页面隐藏，直到下一位工作人员登录</translation>
    </message>
    <message>
        <source>Prints the acceptance receipt of the request just registered for follow-up</source>
        <translation>打印刚登记待办诉求的受理回执</translation>
    </message>
    <message>
        <source>Registers what a client asks, at the window, on the phone or from the website. Find the client in the archive, or add a new one; pick the service item; write the request. Then answer it at once and close the case, or register it for follow-up (a notice, a handoff or an instruction comes later). The case number is shown and the form is ready for the next applicant. A form with problems shows all of them at once, each under its field. While you type the request, the knowledge base&apos;s entries that match it appear beside it; a client&apos;s open case on the same item, or a very similar request of the last 30 days, is pointed out under the answer (registering is still possible).</source>
        <translation>登记客户在窗口、电话或网站提出的诉求：在客户档案中找到客户，或新建客户；选择服务事项；写明诉求。然后当场答复并办结，或登记待办（之后再出具一次性告知、交接或请示）。登记后显示诉求编号，表单清空，等待下一位申请人。表单有问题时一次全部列出，各在其栏目下方。输入诉求内容时，知识库中相符的条目显示在旁边；该服务对象在同一服务事项上有未办结的诉求，或近 30 天内有非常相似的诉求时，在答复下方提示（仍可登记）。</translation>
    </message>
    <message>
        <source>Takes the answer of the knowledge entry chosen beside the request (the best match first) into the answer, to edit; the case records the entry</source>
        <translation>将旁边选中的知识条目（最相符的在前）的答复填入答复栏，可再修改；诉求记录所用条目</translation>
    </message>
    <message>
        <source>The client archive: every enterprise or person who has asked, with the credit code and the contact, and below the chosen client, its cases. Client file… shows the client&apos;s whole file: every case with its notices, handoffs, visits, feedback, return visits and complaints in time order, to print.</source>
        <translation>客户档案：提出过诉求的每家企业或个人，连同信用代码和联系人；所选客户下方是其全部诉求。“客户档案…”显示该客户的完整档案：每件诉求及其一次性告知、交接、上门服务、反馈、回访和投诉，按时间先后排列，可打印。</translation>
    </message>
    <message>
        <source>Enter on a client</source>
        <translation>在客户上按 Enter</translation>
    </message>
    <message>
        <source>Opens the client&apos;s file; Enter on a line of it opens that case</source>
        <translation>打开客户档案；在其中一行上按 Enter 打开该诉求</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file cannot be read as CSV: %1</source>
        <translation>无法按 CSV 读取该文件：%1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The first row must name the columns; 名称 (name) and 服务事项 (items) are required.</source>
        <translation>第一行必须是列名；必须有“名称”(name) 和“服务事项”(items) 两列。</translation>
    </message>
    <message>
        <source>%1 %2 is also on line %3.</source>
        <translation>%1 %2 与第 %3 行重复。</translation>
    </message>
</context>
<context>
    <name>Improvement</name>
    <message>
        <source>No improvement plan %1.</source>
        <translation>没有改进计划 %1。</translation>
    </message>
</context>
<context>
    <name>ImprovementTab</name>
    <message>
        <source>Kind</source>
        <translation>评价方式</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>评价期间</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>评价方</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>评价结论</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复查结果</translation>
    </message>
    <message>
        <source>Record an evaluation…</source>
        <translation>登记服务评价…</translation>
    </message>
    <message>
        <source>Save its report as…</source>
        <translation>另存评价报告…</translation>
    </message>
    <message>
        <source>New improvement plan…</source>
        <translation>新增改进计划…</translation>
    </message>
    <message>
        <source>Update the plan…</source>
        <translation>更新改进计划…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evaluations&lt;/b&gt;</source>
        <translation>&lt;b&gt;服务评价&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Improvement plans&lt;/b&gt;</source>
        <translation>&lt;b&gt;改进计划&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>The written report</source>
        <translation>书面评价报告</translation>
    </message>
    <message>
        <source>Record an evaluation</source>
        <translation>登记服务评价</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存评价报告</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>New improvement plan</source>
        <translation>新增改进计划</translation>
    </message>
    <message>
        <source>From complaint</source>
        <translation>来源投诉</translation>
    </message>
    <message>
        <source>From survey finding</source>
        <translation>来源调查发现</translation>
    </message>
    <message>
        <source>Update the plan: %1</source>
        <translation>更新改进计划：%1</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>There is no online request %1 here.</source>
        <translation>本站没有网上申请 %1。</translation>
    </message>
    <message>
        <source>Online request %1 was dealt with already.</source>
        <translation>网上申请 %1 已处理过。</translation>
    </message>
    <message>
        <source>Online request %1 is for station %2 to accept, not this one.</source>
        <translation>网上申请 %1 应由站点 %2 受理，不是本站。</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <source>No knowledge entry %1.</source>
        <translation>没有知识条目 %1。</translation>
    </message>
    <message>
        <source>No knowledge proposal %1.</source>
        <translation>没有入库建议 %1。</translation>
    </message>
    <message>
        <source>%1 comes before %2.</source>
        <translation>%1早于%2。</translation>
    </message>
    <message>
        <source>%1 is the city platform&apos;s entry and is changed only there. Nothing was changed.</source>
        <translation>%1 是市级平台的条目，只能在市级平台修改。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 was retired already. Nothing was changed.</source>
        <translation>%1 已停用。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 has no answer yet: only an answered case can be proposed as knowledge. Nothing was changed.</source>
        <translation>%1 尚未答复：只有已答复的诉求才能建议入库。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is proposed already (%2). Nothing was changed.</source>
        <translation>%1 已建议入库（%2）。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 was decided already. Nothing was changed.</source>
        <translation>%1 已审核。未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is not current (retired, past its validity or its basis withdrawn); it cannot be given as the answer.</source>
        <translation>%1 非现行（已停用、已过有效期或依据已废止），不能作为答复。</translation>
    </message>
    <message>
        <source>The city&apos;s entry has the id of an entry of this station.</source>
        <translation>市级平台的条目与本站条目的标识相同。</translation>
    </message>
    <message>
        <source>Nothing differs from version %1 of %2. Nothing was changed.</source>
        <translation>与 %2 第 %1 版相比没有任何改动，未作修改。</translation>
    </message>
</context>
<context>
    <name>KnowledgeDialog</name>
    <message>
        <source>Only those to review: never used in 30 days, answers often changed, not current</source>
        <translation>只看需复核的：30 天内从未引用、答复常被修改、非现行</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>现行有效</translation>
    </message>
    <message>
        <source>Not current</source>
        <translation>非现行</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>引用次数</translation>
    </message>
    <message>
        <source>Answer changed</source>
        <translation>修改后引用</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>编写人</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>诉求编号</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>建议人</translation>
    </message>
    <message>
        <source>On</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Search question, answer and basis, one or two characters are enough</source>
        <translation>检索问题、答复和依据，输入一两个字即可</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>新增条目…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>Approve as an entry</source>
        <translation>审核通过，纳入知识库</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>知识条目</translation>
    </message>
    <message>
        <source>Proposed answers</source>
        <translation>入库建议</translation>
    </message>
    <message>
        <source>Proposed answers (%1)</source>
        <translation>入库建议（%1）</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>New knowledge entry</source>
        <translation>新增知识条目</translation>
    </message>
    <message>
        <source>e.g. 《中华人民共和国标准化法》（2017年11月4日修订）第二十七条</source>
        <translation>如《中华人民共和国标准化法》（2017年11月4日修订）第二十七条</translation>
    </message>
    <message>
        <source>clause numbers, e.g. 5.2.2, 5.2.3</source>
        <translation>条款号，如 5.2.2、5.2.3</translation>
    </message>
    <message>
        <source>Question *</source>
        <translation>问题 *</translation>
    </message>
    <message>
        <source>Answer *</source>
        <translation>答复 *</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>Why it no longer holds (its basis repealed or replaced, say):</source>
        <translation>停用理由（如依据已废止或被替代）：</translation>
    </message>
    <message>
        <source>Send back %1</source>
        <translation>退回 %1</translation>
    </message>
    <message>
        <source>Why it is not taken:</source>
        <translation>不予入库的理由：</translation>
    </message>
    <message>
        <source>Revise…</source>
        <translation>修订…</translation>
    </message>
    <message>
        <source>Write the entry&apos;s next version; the earlier ones are kept</source>
        <translation>写入条目的新版本，原有版本保留</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Revise %1 (now version %2)</source>
        <translation>修订 %1（当前第 %2 版）</translation>
    </message>
    <message>
        <source>The basis was repealed or replaced (the entry is no longer offered)</source>
        <translation>依据已废止或被替代（该条目不再推荐）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
</context>
<context>
    <name>KnowledgeSuggestionModel</name>
    <message>
        <source>%1, version %2</source>
        <translation>%1，第 %2 版</translation>
    </message>
</context>
<context>
    <name>KnowledgeSuggestions</name>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Use this answer (Alt+K)</source>
        <translation>采用此答复（Alt+K）</translation>
    </message>
    <message>
        <source>Entries that match the request appear here as you type it.</source>
        <translation>输入诉求内容时，相符的知识条目显示在这里。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to QSDesk</source>
        <translation>登录 QSDesk</translation>
    </message>
    <message>
        <source>QSDesk is locked</source>
        <translation>QSDesk 已锁定</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>站点：%1</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Login name: required.</source>
        <translation>用户名：必填。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>The two new passwords differ. Nothing was changed.</source>
        <translation>两次输入的新密码不一致。未做任何更改。</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>The window is locked. Enter your password to go on, or log in as another user.</source>
        <translation>窗口已锁定。输入密码继续工作，或以其他用户身份登录。</translation>
    </message>
    <message>
        <source>You have logged out. The next person at the counter logs in here (station: %1).</source>
        <translation>您已注销。下一位工作人员请在此登录（站点：%1）。</translation>
    </message>
    <message>
        <source>Quit QSDesk</source>
        <translation>退出 QSDesk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>QSDesk — quality-service one-stop platform</source>
        <translation>QSDesk — 质量服务“一站式”平台</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Interface &amp;language…</source>
        <translation>界面语言(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About QSDesk</source>
        <translation>关于 QSDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About QSDesk</source>
        <translation>关于 QSDesk</translation>
    </message>
    <message>
        <source>QSDesk %1
Desk of the quality-service one-stop platform, after the local standard 质量服务&quot;一站式&quot;平台服务规范.</source>
        <translation>QSDesk %1
质量服务“一站式”平台工作台，依据地方标准《质量服务“一站式”平台服务规范》。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Station: %1 (%2-%3)</source>
        <translation>站点：%1（%2-%3）</translation>
    </message>
    <message>
        <source>QSDesk — %1</source>
        <translation>QSDesk — %1</translation>
    </message>
    <message>
        <source>The database cannot be used:
%1</source>
        <translation>数据库无法使用：
%1</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Language (applied at the next start):</source>
        <translation>语言（下次启动时生效）：</translation>
    </message>
    <message>
        <source>The new language is used from the next start of QSDesk.</source>
        <translation>新的界面语言将在 QSDesk 下次启动时生效。</translation>
    </message>
    <message>
        <source>No station was set up.</source>
        <translation>尚未设定站点。</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Synchronise &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Needs attention…</source>
        <translation>需处理的记录(&amp;A)…</translation>
    </message>
    <message>
        <source>Synchronisation &amp;settings…</source>
        <translation>同步设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>&amp;Lock the window</source>
        <translation>锁定窗口(&amp;L)</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Nobody is logged in.</source>
        <translation>没有用户登录。</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;User accounts…</source>
        <translation>用户账户(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Station settings…</source>
        <translation>站点设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>站点设置</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>The new password again:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>The two new passwords differ. Nothing was changed.</source>
        <translation>两次输入的新密码不一致。未做任何更改。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>每日备份失败：%1</translation>
    </message>
    <message>
        <source>Daily backup written: %1</source>
        <translation>每日备份已写入：%1</translation>
    </message>
    <message>
        <source>Please log in.</source>
        <translation>请登录。</translation>
    </message>
    <message>
        <source>QSDesk — %1 — archive of closed cases (read only)</source>
        <translation>QSDesk — %1 — 已办结诉求归档（只读）</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Return visits and complaints</source>
        <translation>回访与投诉</translation>
    </message>
    <message>
        <source>New password (at least 8 characters of three kinds: lower-case, capitals, digits, signs):</source>
        <translation>新密码（至少 8 个字符，包含小写字母、大写字母、数字、符号中的三类）：</translation>
    </message>
    <message>
        <source>&amp;Text size…</source>
        <translation>界面字号(&amp;T)…</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>界面字号</translation>
    </message>
    <message>
        <source>Size of the text in every window:</source>
        <translation>所有窗口中文字的大小：</translation>
    </message>
    <message>
        <source>&amp;Switch user (log out)…</source>
        <translation>切换用户（注销）(&amp;S)…</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>&amp;Help for this page</source>
        <translation>本页帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Time limits…</source>
        <translation>办理时限(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Knowledge base…</source>
        <translation>知识库(&amp;K)…</translation>
    </message>
    <message>
        <source>Online requests</source>
        <translation>网上申请</translation>
    </message>
    <message>
        <source>Online requests (%1)</source>
        <translation>网上申请（%1）</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>cannot be opened (%1).</source>
        <translation>无法打开（%1）。</translation>
    </message>
    <message>
        <source>is %1 MB; at most %2 MB can be attached.</source>
        <translation>大小为 %1 MB，最多只能附加 %2 MB。</translation>
    </message>
    <message>
        <source>is not a JPEG or PNG image.</source>
        <translation>不是 JPEG 或 PNG 图片。</translation>
    </message>
    <message>
        <source>is damaged or cut short.</source>
        <translation>已损坏或不完整。</translation>
    </message>
    <message>
        <source>cannot be read as an image (%1).</source>
        <translation>无法读取为图片（%1）。</translation>
    </message>
    <message>
        <source>must be a PNG image.</source>
        <translation>必须是 PNG 图片。</translation>
    </message>
    <message>
        <source>At most %1 photos can be attached to one visit.</source>
        <translation>一次上门服务最多附加 %1 张照片。</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>One-time notice for %1</source>
        <translation>%1 的一次性告知</translation>
    </message>
    <message>
        <source>Something else the applicant must bring or do</source>
        <translation>申请人还需提供或办理的其他事项</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Items (untick what the applicant already has)</source>
        <translation>告知事项（申请人已具备的请取消勾选）</translation>
    </message>
    <message>
        <source>Why it cannot be done now</source>
        <translation>暂不能办理的原因</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步办理</translation>
    </message>
    <message>
        <source>Where and whom to contact</source>
        <translation>联系地点和联系人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message numerus="yes">
        <source>Required: %n notice(s) already given for this case</source>
        <translation>
            <numerusform>必填：本诉求已出具 %n 份告知书</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for a second notice</source>
        <translation>再次告知的原因</translation>
    </message>
    <message>
        <source>Issue the notice</source>
        <translation>出具告知书</translation>
    </message>
    <message>
        <source>Not yet delivered</source>
        <translation>尚未送达</translation>
    </message>
    <message>
        <source>Handed over on paper</source>
        <translation>当面交付纸质告知书</translation>
    </message>
    <message>
        <source>Sent by SMS</source>
        <translation>已短信发送</translation>
    </message>
    <message>
        <source>Told by phone</source>
        <translation>已电话告知</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>The notice as it will be printed; it takes its number only when issued</source>
        <translation>按打印效果预览告知书；只有签发时才会生成编号</translation>
    </message>
    <message>
        <source>(numbered when issued)</source>
        <translation>（签发时编号）</translation>
    </message>
    <message>
        <source>Draft of the one-time notice for %1</source>
        <translation>一次性告知书草稿：%1</translation>
    </message>
</context>
<context>
    <name>OnlineRequestsPage</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求内容</translation>
    </message>
    <message>
        <source>&amp;Accept as a case</source>
        <translation>受理为诉求(&amp;A)</translation>
    </message>
    <message>
        <source>Registers it here, with you as the clerk in charge; the applicant sees it accepted after the next sync</source>
        <translation>在本站登记为诉求，由您经办；下次同步后申请人即可看到已受理</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>退回(&amp;R)…</translation>
    </message>
    <message>
        <source>Not for this station or not a request the platform handles: the applicant reads why</source>
        <translation>不属本站受理或不属平台服务范围：申请人会看到原因</translation>
    </message>
    <message>
        <source>No online request is waiting. New ones arrive with each sync.</source>
        <translation>没有待受理的网上申请。新的申请随每次同步到达。</translation>
    </message>
    <message numerus="yes">
        <source>%n online request(s) waiting to be accepted, oldest first.</source>
        <translation>
            <numerusform>%n 件网上申请待受理，按提交先后排列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>短信通知</translation>
    </message>
    <message>
        <source>Agreed to be texted</source>
        <translation>同意接收短信</translation>
    </message>
    <message>
        <source>Not asked for</source>
        <translation>未要求</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>未能受理</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>退回 %1</translation>
    </message>
    <message>
        <source>Why, as the applicant will read it: e.g. the enterprise is in another district</source>
        <translation>申请人会看到的原因，如：该企业不在本区</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>未能退回</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Taken by the platform</source>
        <translation>平台已接收</translation>
    </message>
    <message>
        <source>Already on the platform</source>
        <translation>平台已有</translation>
    </message>
    <message>
        <source>In conflict with the platform</source>
        <translation>与平台冲突</translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation>平台拒收</translation>
    </message>
</context>
<context>
    <name>PaperPreview</name>
    <message>
        <source>Pause notice</source>
        <translation>暂停计时告知书</translation>
    </message>
    <message>
        <source>Urging notice</source>
        <translation>催办通知</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>延期办理告知书</translation>
    </message>
</context>
<context>
    <name>PauseReason</name>
    <message>
        <source>Waiting for the applicant&apos;s materials</source>
        <translation>等待补正材料</translation>
    </message>
    <message>
        <source>Inspection or testing</source>
        <translation>检验检测</translation>
    </message>
    <message>
        <source>Expert review</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <source>Waiting for an instruction</source>
        <translation>请示待复</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>register requests and clients</source>
        <translation>登记诉求和客户</translation>
    </message>
    <message>
        <source>record on-site visits</source>
        <translation>记录现场服务</translation>
    </message>
    <message>
        <source>issue one-time notices</source>
        <translation>出具一次性告知书</translation>
    </message>
    <message>
        <source>hand cases off to agencies</source>
        <translation>将诉求转交服务机构</translation>
    </message>
    <message>
        <source>record the progress of a handoff</source>
        <translation>记录转交办理进展</translation>
    </message>
    <message>
        <source>escalate cases to the city</source>
        <translation>将诉求上报市级</translation>
    </message>
    <message>
        <source>ask for instructions</source>
        <translation>请示</translation>
    </message>
    <message>
        <source>record the instructions given</source>
        <translation>登记批示</translation>
    </message>
    <message>
        <source>answer and close cases</source>
        <translation>答复并办结诉求</translation>
    </message>
    <message>
        <source>reopen closed cases</source>
        <translation>重新办理已办结的诉求</translation>
    </message>
    <message>
        <source>dispatch cases to stations</source>
        <translation>向站点派发诉求</translation>
    </message>
    <message>
        <source>mark synchronisation problems as dealt with</source>
        <translation>将同步问题标记为已处理</translation>
    </message>
    <message>
        <source>close complaints as not valid</source>
        <translation>以投诉不成立办结投诉</translation>
    </message>
    <message>
        <source>view and export the audit log</source>
        <translation>查看和导出审计日志</translation>
    </message>
    <message>
        <source>view statistics</source>
        <translation>查看统计</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>管理用户账户</translation>
    </message>
    <message>
        <source>manage service agencies</source>
        <translation>管理服务机构</translation>
    </message>
    <message>
        <source>manage the service catalog</source>
        <translation>管理服务目录</translation>
    </message>
    <message>
        <source>change the station&apos;s settings</source>
        <translation>修改站点设置</translation>
    </message>
    <message>
        <source>back up and restore the database</source>
        <translation>备份和恢复数据库</translation>
    </message>
    <message>
        <source>archive and purge old cases</source>
        <translation>归档和清除旧诉求</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3. This needs one of: %4. Nothing was changed.</source>
        <translation>%1（%2）无权%3。需要以下角色之一：%4。未做任何更改。</translation>
    </message>
    <message>
        <source>record feedback and return visits</source>
        <translation>记录服务反馈和回访</translation>
    </message>
    <message>
        <source>set the return-visit plan</source>
        <translation>设置回访计划</translation>
    </message>
    <message>
        <source>register complaints</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>handle complaints</source>
        <translation>处理投诉</translation>
    </message>
    <message>
        <source>record evaluations and improvement plans</source>
        <translation>记录服务评价和改进计划</translation>
    </message>
    <message>
        <source>pause and resume a case&apos;s clock</source>
        <translation>暂停和恢复诉求计时</translation>
    </message>
    <message>
        <source>ask for an extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>approve or refuse extensions</source>
        <translation>审批延期申请</translation>
    </message>
    <message>
        <source>urge cases</source>
        <translation>督办诉求</translation>
    </message>
    <message>
        <source>propose answers as knowledge</source>
        <translation>将答复建议入库</translation>
    </message>
    <message>
        <source>write, approve and retire knowledge entries</source>
        <translation>编写、审核和停用知识条目</translation>
    </message>
    <message>
        <source>merge cases registered twice</source>
        <translation>合并重复登记的诉求</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Acceptance receipt</source>
        <translation>受理回执</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>Search the client archive by name or unified social credit code (Ctrl+F)</source>
        <translation>按名称或统一社会信用代码搜索客户档案 (Ctrl+F)</translation>
    </message>
    <message>
        <source>New client (Alt+N)</source>
        <translation>新建客户 (Alt+N)</translation>
    </message>
    <message>
        <source>Add a client who is not in the archive yet (Alt+N)</source>
        <translation>添加客户档案中尚未收录的客户 (Alt+N)</translation>
    </message>
    <message>
        <source>No client chosen yet.</source>
        <translation>尚未选择客户。</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>18 characters; leave empty for a person</source>
        <translation>18 位；个人客户请留空</translation>
    </message>
    <message>
        <source>13812345678 or 0772-2881234</source>
        <translation>13812345678 或 0772-2881234</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What the applicant asks for</source>
        <translation>申请人提出的诉求内容</translation>
    </message>
    <message>
        <source>The answer given on the spot (needed to answer and close)</source>
        <translation>当场给出的答复内容（即时答复并办结时必填）</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求信息</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Service item *</source>
        <translation>服务事项 *</translation>
    </message>
    <message>
        <source>Request *</source>
        <translation>诉求内容 *</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Answer and close (Ctrl+Enter)</source>
        <translation>即时答复并办结 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>7.2.2: the request was answered on the spot; the case is closed</source>
        <translation>7.2.2：诉求已当场答复，该诉求即办结</translation>
    </message>
    <message>
        <source>Register for follow-up (Ctrl+S)</source>
        <translation>登记待办 (Ctrl+S)</translation>
    </message>
    <message>
        <source>7.2.3: registered and classified; it stays open for follow-up</source>
        <translation>7.2.3：诉求已登记并分类，保持未办结状态，留待后续办理</translation>
    </message>
    <message>
        <source>Client: %1  %2</source>
        <translation>客户：%1  %2</translation>
    </message>
    <message>
        <source>A new client will be added with this request.</source>
        <translation>提交本诉求时将同时新建该客户。</translation>
    </message>
    <message>
        <source>%1 answered and closed</source>
        <translation>%1 已即时答复并办结</translation>
    </message>
    <message>
        <source>%1 registered for follow-up</source>
        <translation>%1 已登记待办</translation>
    </message>
    <message>
        <source>Register and record the visit…</source>
        <translation>登记并记录上门服务…</translation>
    </message>
    <message>
        <source>Opened on site: register the request, then record the visit with the client&apos;s signature</source>
        <translation>现场受理：先登记诉求，再记录上门服务并由服务对象签字</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Their phone, e.g. 13812345678</source>
        <translation>联系电话，如 13812345678</translation>
    </message>
    <message>
        <source>Print acceptance receipt (Ctrl+P)</source>
        <translation>打印受理回执 (Ctrl+P)</translation>
    </message>
    <message>
        <source>The acceptance receipt of the case just registered for follow-up</source>
        <translation>刚登记待办的诉求的受理回执</translation>
    </message>
    <message>
        <source>The acceptance receipt of %1, for the applicant</source>
        <translation>%1 的受理回执，交申请人</translation>
    </message>
    <message>
        <source>Answer from knowledge entry %1 (version %2); edit it as needed.</source>
        <translation>答复取自知识条目 %1（第 %2 版），可按需修改。</translation>
    </message>
    <message>
        <source>This client has an open case on the same item: %1 (%2).</source>
        <translation>该服务对象在同一服务事项上已有未办结的诉求：%1（%2）。</translation>
    </message>
    <message>
        <source>A request of the last 30 days reads very like this one: %1 (%2).</source>
        <translation>近 30 天内有一件诉求与本件非常相似：%1（%2）。</translation>
    </message>
    <message>
        <source>Registering is still possible; a supervisor can merge a request registered twice.</source>
        <translation>仍可登记；重复登记的诉求可由负责人合并。</translation>
    </message>
    <message>
        <source>The contact was added to %1</source>
        <translation>已记入 %1 的办理记录</translation>
    </message>
    <message>
        <source>Add this contact to %1 instead</source>
        <translation>改为记入 %1（不另行登记）</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Period: the first day must not be after the last.</source>
        <translation>统计期间：起始日不能晚于截止日。</translation>
    </message>
    <message>
        <source>Station: no station %1 in this database.</source>
        <translation>站点：本数据库中没有站点 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Month before</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>受理诉求</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Answered at once</source>
        <translation>即时答复</translation>
    </message>
    <message>
        <source>One-time notices issued</source>
        <translation>出具一次性告知书</translation>
    </message>
    <message>
        <source>Handed off to agencies</source>
        <translation>转交服务机构</translation>
    </message>
    <message>
        <source>Escalated to the city</source>
        <translation>上报市级</translation>
    </message>
    <message>
        <source>Instructions asked for</source>
        <translation>请示</translation>
    </message>
    <message>
        <source>Closed in the period</source>
        <translation>本期办结</translation>
    </message>
    <message>
        <source>Open at the end of the period</source>
        <translation>期末未办结</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90% 分位数</translation>
    </message>
    <message>
        <source>Time to first response</source>
        <translation>首次响应用时</translation>
    </message>
    <message>
        <source>Time to close</source>
        <translation>办结用时</translation>
    </message>
    <message>
        <source>Handoffs finished in the period</source>
        <translation>本期办结的转交</translation>
    </message>
    <message>
        <source>Finished within their deadline</source>
        <translation>期限内办结</translation>
    </message>
    <message>
        <source>Overdue at the end of the period</source>
        <translation>期末已逾期</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>服务机构</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Cases registered</source>
        <translation>登记诉求</translation>
    </message>
    <message>
        <source>On-site visits</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Quality-service one-stop platform: statistics for %1</source>
        <translation>质量服务“一站式”平台 %1 统计报表</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>站点：%1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>统计期间：%1 至 %2</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>制表人：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Statistics %1</source>
        <translation>统计报表 %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>The platform itself (not handed off)</source>
        <translation>平台直接办理（未交接）</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Return visits made</source>
        <translation>回访次数</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>全部维度</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Mean (1-5)</source>
        <translation>平均分（1～5）</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>By service category</source>
        <translation>按服务类别</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按受理渠道</translation>
    </message>
    <message>
        <source>By station</source>
        <translation>按站点</translation>
    </message>
    <message>
        <source>How requests were handled</source>
        <translation>办理方式</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>办理时效</translation>
    </message>
    <message>
        <source>Handoff deadlines</source>
        <translation>转交办理期限</translation>
    </message>
    <message>
        <source>Overdue handoffs at the end of the period</source>
        <translation>期末逾期的转交</translation>
    </message>
    <message>
        <source>Staff workload</source>
        <translation>人员工作量</translation>
    </message>
    <message>
        <source>Return visits and satisfaction</source>
        <translation>回访与满意度</translation>
    </message>
    <message>
        <source>Complaints by class</source>
        <translation>投诉分类</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a numbered section: number, title</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Time limits kept</source>
        <translation>办理时限执行情况</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>本期办结</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按期办结</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Urgings</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Agencies&apos; handoffs</source>
        <translation>服务机构办理情况</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>转交</translation>
    </message>
    <message>
        <source>Signed for late</source>
        <translation>签收超时</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Time limits kept, by the clerk who received the cases</source>
        <translation>办理时限执行情况（按受理人）</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>受理人</translation>
    </message>
    <message>
        <source>Demand: %1</source>
        <translation>需求分析：%1</translation>
    </message>
</context>
<context>
    <name>ReturnReason</name>
    <message>
        <source>Outside its services</source>
        <translation>超出服务范围</translation>
    </message>
    <message>
        <source>Not qualified for it</source>
        <translation>不具备相应资质</translation>
    </message>
    <message>
        <source>Materials incomplete</source>
        <translation>材料不全</translation>
    </message>
    <message>
        <source>Sent to the wrong agency</source>
        <translation>转交对象有误</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ReturnVisitDialog</name>
    <message>
        <source>Return visit: %1</source>
        <translation>回访：%1</translation>
    </message>
    <message>
        <source>What the client said about the service</source>
        <translation>服务对象对本次服务的意见</translation>
    </message>
    <message>
        <source>Suggestions or complaints the client made, if any</source>
        <translation>服务对象提出的建议或意见（如有）</translation>
    </message>
    <message>
        <source>How</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>When</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>接受回访的人</translation>
    </message>
    <message>
        <source>What the client said</source>
        <translation>服务对象的意见</translation>
    </message>
    <message>
        <source>Did not complain</source>
        <translation>未投诉（不适用）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>no telephone in the archive</source>
        <translation>档案中无电话</translation>
    </message>
    <message>
        <source>%1, telephone %2</source>
        <translation>%1，电话 %2</translation>
    </message>
    <message>
        <source>%1, %2, telephone %3</source>
        <translation>%1，联系人 %2，电话 %3</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>— choose what the client said —</source>
        <translation>— 按客户所说选择 —</translation>
    </message>
    <message>
        <source>%1: %2, telephone %3; the client: %4</source>
        <translation>%1：%2，电话 %3；客户：%4</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未留</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Counter clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <source>Field staff</source>
        <translation>现场服务人员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Station administrator</source>
        <translation>站点管理员</translation>
    </message>
    <message>
        <source>City administrator</source>
        <translation>市级管理员</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Lock after idle: 1 to 240 minutes.</source>
        <translation>无操作锁定时间：1 至 240 分钟。</translation>
    </message>
    <message>
        <source>Backups kept: 1 to 365.</source>
        <translation>保留备份数：1 至 365。</translation>
    </message>
    <message>
        <source>Backup folder: required for the daily backup.</source>
        <translation>备份文件夹：启用每日备份时必填。</translation>
    </message>
    <message>
        <source>Password lasts: 1 to 365 days, or 0 so that passwords do not run out.</source>
        <translation>密码有效期：1 至 365 天；填 0 表示密码长期有效。</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>请用鼠标、手写笔或手指在此签名</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
</context>
<context>
    <name>StationSettingsDialog</name>
    <message>
        <source>Back up the database every day</source>
        <translation>每天备份数据库</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>站点设置</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Lock the window after</source>
        <translation>无操作锁定窗口</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>保留备份数</translation>
    </message>
    <message>
        <source>Choose a folder on another disk or a network share: a backup on the same disk is lost with it. Backups are readable by this computer account only.</source>
        <translation>请选择另一块磁盘或网络共享上的文件夹：与数据库同盘的备份会随磁盘一起损失。备份文件仅本机此账户可读。</translation>
    </message>
    <message>
        <source>7.5.2: printed on every notice and visit sheet</source>
        <translation>7.5.2：印在每份告知书和上门服务记录单上</translation>
    </message>
    <message>
        <source>Supervision telephone</source>
        <translation>监督电话</translation>
    </message>
    <message>
        <source>Supervision e-mail</source>
        <translation>监督邮箱</translation>
    </message>
    <message>
        <source>never run out</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>After this many days each user is asked for a new password at log-in. Many stations use 90 days.</source>
        <translation>超过此天数后，用户登录时须设置新密码。多数站点设为 90 天。</translation>
    </message>
    <message>
        <source>Passwords last</source>
        <translation>密码有效期</translation>
    </message>
</context>
<context>
    <name>StationSetupDialog</name>
    <message>
        <source>Set up this station</source>
        <translation>设定本站点</translation>
    </message>
    <message>
        <source>e.g. LN</source>
        <translation>例如 LN</translation>
    </message>
    <message>
        <source>e.g. 柳南区</source>
        <translation>例如柳南区</translation>
    </message>
    <message>
        <source>This database belongs to no station yet. Case numbers start with the city and station codes, e.g. LZ-LN-20261124-0007.</source>
        <translation>此数据库尚未设定所属站点。诉求编号以城市代码和站点代码开头，例如 LZ-LN-20261124-0007。</translation>
    </message>
    <message>
        <source>City code</source>
        <translation>城市代码</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>站点代码</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>创建第一个管理员</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>例如 admin</translation>
    </message>
    <message>
        <source>e.g. 韦建国</source>
        <translation>例如 韦建国</translation>
    </message>
    <message>
        <source>1. The station</source>
        <translation>1. 站点</translation>
    </message>
    <message>
        <source>2. Its first administrator</source>
        <translation>2. 站点的第一个管理员</translation>
    </message>
    <message>
        <source>The station&apos;s first administrator</source>
        <translation>站点的第一个管理员</translation>
    </message>
    <message>
        <source>Everyone works under their own account; the administrator adds the others (clerks, field staff, supervisors) and sets the station&apos;s backups.</source>
        <translation>每个人都使用自己的账户；管理员负责添加其他人员（窗口人员、现场服务人员、负责人）并设置站点备份。</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Password again: the two passwords differ.</source>
        <translation>再次输入密码：两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>at least 8 characters, three kinds of a, A, 1, -</source>
        <translation>至少 8 个字符，含 a、A、1、- 中的三类</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>All stations</source>
        <translation>全部站点</translation>
    </message>
    <message>
        <source>Requests by service category</source>
        <translation>按服务类别的诉求量</translation>
    </message>
    <message>
        <source>Requests received, last 12 months</source>
        <translation>近 12 个月受理量</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Statistics %1</source>
        <translation>统计报表 %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>%1: %2 requests received (month before %3, %4; a year earlier %5, %6). %7 closed, %8 open at the end.</source>
        <translation>%1：受理诉求 %2 件（上月 %3 件，%4；去年同期 %5 件，%6）。办结 %7 件，期末未办结 %8 件。</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Month before</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>受理诉求</translation>
    </message>
    <message>
        <source>%1月</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>Answered at once</source>
        <translation>即时答复</translation>
    </message>
    <message>
        <source>Notices issued</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>转交</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>上报市级</translation>
    </message>
    <message>
        <source>Awaiting instruction asked</source>
        <translation>请示</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Open at end</source>
        <translation>期末未办结</translation>
    </message>
    <message>
        <source>To first response (median / 90%)</source>
        <translation>首次响应（中位数 / 90%）</translation>
    </message>
    <message>
        <source>To close (median / 90%)</source>
        <translation>办结用时（中位数 / 90%）</translation>
    </message>
    <message>
        <source>Handoffs on time</source>
        <translation>转交按期办结</translation>
    </message>
    <message>
        <source>Handoffs overdue at end</source>
        <translation>期末逾期转交</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Satisfaction report…</source>
        <translation>满意度报告…</translation>
    </message>
    <message>
        <source>8.1.1: the written report of the clients&apos; satisfaction in this period</source>
        <translation>8.1.1：本期服务对象满意度书面报告</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Satisfied (all ratings)</source>
        <translation>满意率（全部评价）</translation>
    </message>
    <message>
        <source>Complaints (valid)</source>
        <translation>投诉（有效）</translation>
    </message>
    <message>
        <source>%1 %2
This month %3, the month before %4, the same month last year %5</source>
        <translation>%1 %2
本月 %3，上月 %4，去年同月 %5</translation>
    </message>
    <message>
        <source>Open cases now: %1 on time, %2 due soon, %3 past their time limit, %4 paused.</source>
        <translation>当前在办诉求：正常 %1 件，即将到期 %2 件，已超期 %3 件，暂停计时 %4 件。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>CSV for Excel…</source>
        <translation>CSV 文件（Excel 可打开）…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Excel 工作簿…</translation>
    </message>
    <message>
        <source>Demand analysis…</source>
        <translation>需求分析…</translation>
    </message>
    <message>
        <source>What clients asked about, where they came from, who came back, which items rose</source>
        <translation>客户咨询的热点、来源区域、重复来访客户和需求上升的服务事项</translation>
    </message>
    <message>
        <source>Analysis of service demand %1</source>
        <translation>服务需求分析 %1</translation>
    </message>
    <message>
        <source>Analysing what clients asked about…</source>
        <translation>正在分析客户咨询的热点…</translation>
    </message>
    <message>
        <source>No requests in this period to analyse.</source>
        <translation>本期间没有可分析的诉求。</translation>
    </message>
    <message>
        <source>Asked about most (all stations): %1. Answered on the spot: %2; from the knowledge base: %3.</source>
        <translation>咨询热点（全部站点）：%1。当场答复：%2；引用知识库答复：%3 件。</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>No case numbered %1.</source>
        <translation>未找到诉求编号为 %1 的诉求。</translation>
    </message>
    <message>
        <source>No client with id %1 in the archive.</source>
        <translation>客户档案中未找到 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>This database was written by a newer QSDesk (schema version %1; this program knows up to %2). It has not been changed. Please install the newer QSDesk.</source>
        <translation>此数据库由较新版本的 QSDesk 写入（数据库结构版本 %1；本程序最高支持 %2）。数据库未作任何改动。请安装较新版本的 QSDesk。</translation>
    </message>
    <message>
        <source>The database has not been set up yet (schema version %1). Open it read-write first.</source>
        <translation>数据库尚未完成设置（数据库结构版本 %1）。请先以读写方式打开数据库。</translation>
    </message>
    <message>
        <source>This database has no station yet. Set it up with &quot;qsdesk-cli init --city LZ --station LN --station-name …&quot;.</source>
        <translation>此数据库尚未设定站点。请使用“qsdesk-cli init --city LZ --station LN --station-name …”进行设置。</translation>
    </message>
    <message>
        <source>This database already belongs to station %1-%2 (%3).</source>
        <translation>此数据库已属于站点 %1-%2（%3）。</translation>
    </message>
    <message>
        <source>No stored file %1.</source>
        <translation>没有存储的文件 %1。</translation>
    </message>
    <message>
        <source>This file is an archive of closed cases (7.6): it can be searched and read, not changed. Nothing was changed.</source>
        <translation>此文件是已办结诉求的归档（7.6），只能检索和查阅，不能修改。未做任何更改。</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space on the disk that holds the database, then try again.</source>
        <translation>磁盘已满，本次内容未保存。请清理数据库所在磁盘的空间后重试。</translation>
    </message>
    <message>
        <source>The database is read-only (the file or its disk cannot be written): nothing was saved. Ask the station administrator to check the file&apos;s permissions.</source>
        <translation>数据库为只读（文件或所在磁盘无法写入），本次内容未保存。请联系站点管理员检查文件的写权限。</translation>
    </message>
    <message>
        <source>The database is locked by another program that is using it: nothing was saved. Close that program or wait for it to finish, then try again.</source>
        <translation>数据库已被另一程序锁定（正在使用），本次内容未保存。请关闭该程序或等待其完成后重试。</translation>
    </message>
    <message>
        <source>The disk could not be read or written (an input/output error): nothing was saved. Check the disk, then try again.</source>
        <translation>磁盘读写出错（输入/输出错误），本次内容未保存。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>The database file is damaged: nothing was saved. Ask the station administrator to restore the latest backup.</source>
        <translation>数据库文件已损坏，本次内容未保存。请联系站点管理员恢复最近的备份。</translation>
    </message>
    <message>
        <source>The database file cannot be opened (it was moved, or its folder cannot be written): nothing was saved.</source>
        <translation>无法打开数据库文件（文件已被移动，或所在文件夹无法写入），本次内容未保存。</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Synchronisation failed: %1 Nothing local was lost; it will be sent later.</source>
        <translation>同步失败：%1 本地数据没有任何丢失，将在下次同步时发送。</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not signed by the trusted CA %1, so the connection was refused.</source>
        <translation>服务器证书不是由受信任的 CA（%1）签发的，已拒绝连接。</translation>
    </message>
    <message>
        <source>the server answered %1: %2</source>
        <translation>服务器返回 %1：%2</translation>
    </message>
    <message>
        <source>the server %1 cannot be reached (%2).</source>
        <translation>无法连接服务器 %1（%2）。</translation>
    </message>
    <message>
        <source>The server address must be https://host:port.</source>
        <translation>服务器地址必须为 https://主机:端口 的形式。</translation>
    </message>
    <message>
        <source>Warning: this computer&apos;s clock is %1 minutes off the platform&apos;s. Times recorded here may be wrong; please correct the clock.</source>
        <translation>警告：本机时钟与平台相差 %1 分钟，在本机记录的时间可能有误，请校正时钟。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes off the platform&apos;s.</source>
        <translation>本机时钟与平台相差 %1 分钟。</translation>
    </message>
    <message>
        <source>That item was already dealt with.</source>
        <translation>该项已被处理。</translation>
    </message>
    <message>
        <source>Station credential: standard input gave none (--token -).</source>
        <translation>站点接入凭据：标准输入中没有读到凭据（--token -）。</translation>
    </message>
    <message>
        <source>No station credential: give it once, in QSDESK_SYNC_TOKEN or with --token -.</source>
        <translation>缺少站点接入凭据：请通过 QSDESK_SYNC_TOKEN 或 --token - 提供一次。</translation>
    </message>
    <message>
        <source>Give the item as the list shows it, e.g. held-3 or out-12: &quot;%1&quot; is not one.</source>
        <translation>请按列表中显示的编号填写，如 held-3 或 out-12：“%1”不是有效编号。</translation>
    </message>
    <message>
        <source>A change the platform refused is not sent again as it was: correct the record and it is sent anew, then mark this one dealt with (resolve).</source>
        <translation>平台未接收的更改不会原样重发：请先更正该记录（更正后会重新发送），再将此项标记为处理完毕（resolve）。</translation>
    </message>
    <message>
        <source>Its client is not at this station (held back, or never sent).</source>
        <translation>本站没有该记录所属的客户（已暂存未保存，或从未收到）。</translation>
    </message>
    <message>
        <source>Its case is not at this station (held back, or never sent).</source>
        <translation>本站没有该记录所属的诉求（已暂存未保存，或从未收到）。</translation>
    </message>
    <message>
        <source>No held-back record %1.</source>
        <translation>没有编号为 %1 的暂存记录。</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not made out to %1, so the connection was refused. Check the server address, or ask the platform&apos;s administrator for a certificate with that name.</source>
        <translation>服务器证书不是为 %1 签发的，已拒绝连接。请核对服务器地址，或请平台管理员换用以该名称签发的证书。</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has expired, so the connection was refused. The platform&apos;s administrator must renew it (or this computer&apos;s date is wrong).</source>
        <translation>服务器证书已过期，已拒绝连接。须由平台管理员更换证书（也可能是本机日期不对）。</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid yet, so the connection was refused. Check this computer&apos;s date and time.</source>
        <translation>服务器证书尚未生效，已拒绝连接。请检查本机的日期和时间。</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has been revoked, so the connection was refused.</source>
        <translation>服务器证书已被吊销，已拒绝连接。</translation>
    </message>
    <message>
        <source>the trusted CA file %1 cannot be read.</source>
        <translation>无法读取受信任的 CA 证书文件 %1。</translation>
    </message>
    <message>
        <source>The platform refused this station&apos;s credential: it is wrong, or it has been revoked or replaced. Ask the platform&apos;s administrator for the station&apos;s current credential and enter it under Synchronisation settings (qsdesk-cli: --token - or QSDESK_SYNC_TOKEN). Nothing local was lost; what waits is sent once the platform accepts the credential.</source>
        <translation>市平台拒绝了本站的凭据：凭据有误，或已被吊销、更换。请向平台管理员索取本站现用的凭据，在“同步设置”中填写（qsdesk-cli：--token - 或 QSDESK_SYNC_TOKEN）。本地数据没有任何丢失；平台接受凭据后，待发送的内容会照常发出。</translation>
    </message>
    <message>
        <source>the server %1 did not answer within %2 seconds, or the connection broke.</source>
        <translation>服务器 %1 在 %2 秒内没有应答，或连接已中断。</translation>
    </message>
    <message>
        <source>The trusted CA file %1 does not exist or cannot be read: give the city&apos;s CA certificate (PEM) that was handed out with the station&apos;s credential.</source>
        <translation>受信任的 CA 证书文件 %1 不存在或无法读取：请指定随本站凭据一同发放的市级 CA 证书（PEM）。</translation>
    </message>
    <message>
        <source>It still cannot be applied: %1</source>
        <translation>仍无法保存：%1</translation>
    </message>
    <message>
        <source>--keep is platform or mine, not &quot;%1&quot;.</source>
        <translation>--keep 只能是 platform 或 mine，不能是“%1”。</translation>
    </message>
    <message>
        <source>--keep is for a conflict of a change sent from here (out-N), not %1.</source>
        <translation>--keep 只用于本站发出的变更所产生的冲突（out-N），不能用于 %1。</translation>
    </message>
    <message>
        <source>No open conflict out-%1: it was dealt with, or is not a conflict.</source>
        <translation>没有待处理的冲突 out-%1：它已处理过，或者不是冲突。</translation>
    </message>
    <message>
        <source>A later change of case %1 waits to be sent: synchronise first, then choose.</source>
        <translation>诉求 %1 还有后来的变更等待发送：请先同步，再作选择。</translation>
    </message>
    <message>
        <source>Case %1 is now &quot;%2&quot; on the platform, and &quot;%3&quot; cannot follow from there. Change the case by hand if it is still needed.</source>
        <translation>诉求 %1 在平台上现为“%2”，不能从该状态变为“%3”。如仍有需要，请手工办理该诉求。</translation>
    </message>
    <message>
        <source>Kept this station&apos;s: %1 (the platform had: %2)</source>
        <translation>以本站的为准：%1（平台原为：%2）</translation>
    </message>
    <message>
        <source>Kept the platform&apos;s: %1 (this station had: %2)</source>
        <translation>以平台的为准：%1（本站原为：%2）</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Synchronisation</source>
        <translation>同步设置</translation>
    </message>
    <message>
        <source>issued by the city&apos;s administrator</source>
        <translation>由市级平台管理员发放</translation>
    </message>
    <message>
        <source>stored; leave empty to keep it</source>
        <translation>已保存；留空则保留原凭据</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>The city&apos;s CA certificate</source>
        <translation>市级平台的 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书文件 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Cases are sent to the city platform and received from it over an encrypted connection that trusts only the city&apos;s own certificate authority.</source>
        <translation>诉求通过加密连接上传至市级平台并从平台接收，该连接只信任市级平台自己的证书颁发机构。</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>平台地址</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Station credential</source>
        <translation>站点接入凭据</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Sync: not set up</source>
        <translation>同步：未设置</translation>
    </message>
    <message>
        <source>Sync: starting…</source>
        <translation>同步：即将开始…</translation>
    </message>
    <message>
        <source>Sync: syncing…</source>
        <translation>同步：正在同步…</translation>
    </message>
    <message>
        <source>Sync: synced at %1</source>
        <translation>同步：%1 已同步</translation>
    </message>
    <message>
        <source>Sync: offline, next try at %1</source>
        <translation>同步：离线，将于 %1 重试</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source> · %1 to send</source>
        <translation> · 待上传 %1 条</translation>
    </message>
    <message>
        <source> · %1 need attention</source>
        <translation> · %1 条需处理</translation>
    </message>
    <message>
        <source>Click to synchronise now (F5)</source>
        <translation>点击立即同步 (F5)</translation>
    </message>
    <message>
        <source> · this computer&apos;s clock is %1 minutes off the platform&apos;s: correct it</source>
        <translation> · 本机时钟与平台相差 %1 分钟，请校正</translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message>
        <source>Standard (as the system sets it)</source>
        <translation>标准（随系统设置）</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>较大</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>特大</translation>
    </message>
</context>
<context>
    <name>TimeLimitModel</name>
    <message>
        <source>the catalog&apos;s</source>
        <translation>目录默认</translation>
    </message>
    <message>
        <source>the station&apos;s, version %1, %2 by %3: %4</source>
        <translation>本站设定（第%1版，%2 %3）：%4</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <source>Response (working days)</source>
        <translation>响应时限（工作日）</translation>
    </message>
    <message>
        <source>Closing (working days)</source>
        <translation>办结时限（工作日）</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>设定来源</translation>
    </message>
</context>
<context>
    <name>TimeLimitsDialog</name>
    <message>
        <source>Save for this item</source>
        <translation>保存本事项时限</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>why the station&apos;s limits differ, e.g. 市局要求提速</source>
        <translation>调整原因，如：市局要求提速</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>首次响应时限</translation>
    </message>
    <message>
        <source>Closed within</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>New cases are registered under these limits; cases already registered keep theirs.</source>
        <translation>新受理的诉求按以下时限计时；已受理的诉求仍按受理时的时限。</translation>
    </message>
    <message>
        <source>Saved: new cases of this item are due in %1 and %2 working days.</source>
        <translation>已保存：本事项新受理的诉求须在 %1 个工作日内响应、%2 个工作日内办结。</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message numerus="yes">
        <source>Active (%n wrong password(s))</source>
        <translation>
            <numerusform>在用（密码错误 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last log-in</source>
        <translation>上次登录</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Login name: 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (no spaces or Chinese characters).</source>
        <translation>用户名：2 至 32 个字母、数字、“.”、“_”或“-”（不能有空格或汉字）。</translation>
    </message>
    <message>
        <source>Name: required, at most 40 characters.</source>
        <translation>姓名：必填，最多 40 个字符。</translation>
    </message>
    <message>
        <source>A %1 cannot give the role %2. Nothing was changed.</source>
        <translation>%1不能授予“%2”角色。未做任何更改。</translation>
    </message>
    <message>
        <source>No user account %1.</source>
        <translation>没有用户账户 %1。</translation>
    </message>
    <message>
        <source>Login name: %1 is taken already.</source>
        <translation>用户名：%1 已被使用。</translation>
    </message>
    <message>
        <source>This station has user accounts already; an administrator adds new ones. Nothing was changed.</source>
        <translation>本站已有用户账户，新账户由管理员添加。未做任何更改。</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>第一个账户必须是管理员。</translation>
    </message>
    <message>
        <source>Current password: it is not right. Nothing was changed.</source>
        <translation>当前密码：不正确。未做任何更改。</translation>
    </message>
    <message>
        <source>%1 is the station&apos;s last active administrator; add another administrator first. Nothing was changed.</source>
        <translation>%1 是本站最后一个在用的管理员，请先添加另一名管理员。未做任何更改。</translation>
    </message>
    <message>
        <source>The login name or the password is not right. After %1 wrong passwords in a row an account is locked for a while; an administrator can unlock it sooner.</source>
        <translation>用户名或密码不正确。连续 %1 次密码错误后，账户将被锁定一段时间；管理员可提前解锁。</translation>
    </message>
    <message>
        <source>Your password has run out: this station asks for a new one at regular intervals. Choose a new password to go on.</source>
        <translation>您的密码已过有效期：本站要求定期更换密码。请设置新密码后继续。</translation>
    </message>
    <message>
        <source>Password: at least 8 characters, of at least three kinds: lower-case letters, capitals, digits, other signs.</source>
        <translation>密码：至少 8 个字符，且至少包含小写字母、大写字母、数字、其他符号中的三类。</translation>
    </message>
    <message>
        <source>Password: use at least three kinds of character: lower-case letters, capitals, digits, other signs (for example Liunan-2026).</source>
        <translation>密码：须至少包含小写字母、大写字母、数字、其他符号中的三类字符（例如 Liunan-2026）。</translation>
    </message>
    <message>
        <source>Password: it must not be the login name.</source>
        <translation>密码：不能与用户名相同。</translation>
    </message>
    <message>
        <source>Password: it is one of the commonest passwords, which are tried first. Choose another.</source>
        <translation>密码：这是最常见的密码之一，最容易被猜中，请另选一个。</translation>
    </message>
    <message>
        <source>New password: it must differ from the current one.</source>
        <translation>新密码：不能与当前密码相同。</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>User accounts</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>设置密码…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>修改角色…</translation>
    </message>
    <message>
        <source>Deactivate / activate</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>%1 的角色：</translation>
    </message>
    <message>
        <source>Choose an account in the list first.</source>
        <translation>请先在列表中选择一个账户。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>New password for %1 (at least 8 characters of three kinds):</source>
        <translation>%1 的新密码（至少 8 个字符，包含三类字符）：</translation>
    </message>
    <message>
        <source>at least 8 characters, three kinds of a, A, 1, -</source>
        <translation>至少 8 个字符，含 a、A、1、- 中的三类</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 &quot;%2&quot; is not valid.</source>
        <translation>%1“%2”无效。</translation>
    </message>
    <message>
        <source>%1 must be city, county, district or park.</source>
        <translation>%1必须为 city、county、district 或 park。</translation>
    </message>
    <message>
        <source>The number of demo cases must be 0 to 20000000.</source>
        <translation>演示数据的诉求数量必须在 0 至 20000000 之间。</translation>
    </message>
    <message>
        <source>%1 must be 2 to 4 Latin letters, such as LZ for Liuzhou.</source>
        <translation>%1必须为 2 至 4 个拉丁字母，例如柳州为 LZ。</translation>
    </message>
    <message>
        <source>%1 must be 1 to 8 Latin letters or digits, such as LN.</source>
        <translation>%1必须为 1 至 8 个拉丁字母或数字，例如 LN。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a mainland China number: give an 11-digit mobile number (13812345678) or a landline with its area code (0772-2881234).</source>
        <translation>%1“%2”不是中国大陆的电话号码：请填写 11 位手机号码（13812345678）或带区号的固定电话号码（0772-2881234）。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation>%1过长：共 %2 个字符，最多允许 %3 个字符。</translation>
    </message>
    <message>
        <source>%1 must have 18 characters; this one has %2.</source>
        <translation>%1必须为 18 位；当前为 %2 位。</translation>
    </message>
    <message>
        <source>%1: character %2 (&quot;%3&quot;) is not allowed; only digits and the capital letters A–Y without I, O, S, V and Z are used.</source>
        <translation>%1：第 %2 位（“%3”）是不允许的字符；只能使用数字和大写字母 A–Y（不含 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <source>%1: characters 3 to 8 are the administrative division code and must be digits.</source>
        <translation>%1：第 3 至 8 位为行政区划代码，必须为数字。</translation>
    </message>
    <message>
        <source>%1 fails its check: the last character should be %2 for the 17 before it. Please compare it with the business licence; one character is probably mistyped.</source>
        <translation>%1校验未通过：按前 17 位计算，最后一位校验码应为 %2。请与营业执照核对，可能有一位输入有误。</translation>
    </message>
    <message>
        <source>Characters 9 to 17 of the unified social credit code (the organisation code) fail their own check. A few real codes were issued like this; please compare it with the business licence.</source>
        <translation>统一社会信用代码的第 9 至 17 位（组织机构代码）未通过其自身的校验。少数实际发放的代码确实如此；请与营业执照核对。</translation>
    </message>
    <message>
        <source>%1 %2 is already in the client archive as &quot;%3&quot; (id %4).</source>
        <translation>%1 %2 已在客户档案中，名称为“%3”（ID %4）。</translation>
    </message>
    <message>
        <source>%1 is required: pick one from the archive or add a new one.</source>
        <translation>%1为必填项：请从客户档案中选择，或新增一个客户。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is unknown; use one of: %3.</source>
        <translation>%1“%2”无法识别；请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not in the service catalog; use a clause number such as 5.2.2.</source>
        <translation>%1“%2”不在服务目录中；请使用条款号，例如 5.2.2。</translation>
    </message>
    <message>
        <source>%1 cannot be in the future.</source>
        <translation>%1不能晚于当前时间。</translation>
    </message>
    <message>
        <source>%1 is required to close the request on the spot.</source>
        <translation>即时答复并办结时，%1为必填项。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>%1: %2 is not a service item of the catalog (such as 5.1.2).</source>
        <translation>%1：%2 不是服务目录中的服务事项（例如 5.1.2）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; ends on %3, before it begins on %4.</source>
        <translation>%1“%2”的截止日期 %3 早于起始日期 %4。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; names %3, which is not in the agency&apos;s scope.</source>
        <translation>%1“%2”涉及的 %3 不在该机构的服务范围内。</translation>
    </message>
    <message>
        <source>%1 %2 is already in the agency archive as &quot;%3&quot; (id %4).</source>
        <translation>%1 %2 已在服务机构档案中，名称为“%3”（id %4）。</translation>
    </message>
    <message>
        <source>At most %1 items fit one notice.</source>
        <translation>一份告知书最多 %1 项。</translation>
    </message>
    <message>
        <source>%1 cannot be in the past.</source>
        <translation>%1不能早于今天。</translation>
    </message>
    <message>
        <source>%1 must be paper, sms or phone.</source>
        <translation>%1必须是 paper、sms 或 phone。</translation>
    </message>
    <message>
        <source>%1 is required for a complaint about an agency.</source>
        <translation>投诉服务机构时必须填写%1。</translation>
    </message>
    <message>
        <source>%1 is required for a complaint about a staff member.</source>
        <translation>投诉工作人员时必须填写%1。</translation>
    </message>
    <message>
        <source>%1: 0 to 100.</source>
        <translation>%1：0～100。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 超过 %2 MB。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to 5.</source>
        <translation>%1 必须是 1～5 的整数。</translation>
    </message>
    <message>
        <source>Return visit corrected: no return visit %1 on case %2.</source>
        <translation>被更正的回访：诉求 %2 没有回访 %1。</translation>
    </message>
    <message>
        <source>%1: 1 to 60.</source>
        <translation>%1：1～60。</translation>
    </message>
    <message>
        <source>%1 must be from 1 to %2.</source>
        <translation>%1应为 1 至 %2。</translation>
    </message>
    <message>
        <source>%1: there is no item %2.</source>
        <translation>%1：没有事项 %2。</translation>
    </message>
    <message>
        <source>%1 must be from the days to a first response (%2) to %3.</source>
        <translation>%1应在响应时限（%2）至 %3 之间。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>On-site visit for %1 · %2</source>
        <translation>上门服务记录：%1 · %2</translation>
    </message>
    <message>
        <source>One promise per line; each becomes a follow-up item on the case</source>
        <translation>每行一项；每项都会成为诉求的跟踪事项</translation>
    </message>
    <message>
        <source>The signer&apos;s name in print</source>
        <translation>签字人姓名（正楷）</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
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
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>签字人姓名</translation>
    </message>
    <message>
        <source>When</source>
        <translation>服务时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>服务地点</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Client&apos;s people present</source>
        <translation>服务对象在场人员</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>咨询及诉求内容</translation>
    </message>
    <message>
        <source>Answered on the spot</source>
        <translation>现场答复</translation>
    </message>
    <message>
        <source>Materials collected</source>
        <translation>收集的材料和信息</translation>
    </message>
    <message>
        <source>Follow-ups promised</source>
        <translation>承诺跟踪办理的事项</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Save the signed record</source>
        <translation>保存已签字的记录</translation>
    </message>
    <message>
        <source>The client confirms the record by signing:</source>
        <translation>服务对象签字确认本记录：</translation>
    </message>
    <message>
        <source>Photos of the visit</source>
        <translation>上门服务照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>The client has not signed yet: the record is complete only with the signature.</source>
        <translation>服务对象尚未签字：有签字的记录才算完整。</translation>
    </message>
    <message>
        <source>Correcting the visit record of %1</source>
        <translation>更正 %1 的上门服务记录</translation>
    </message>
    <message>
        <source>Leave the visit record?</source>
        <translation>离开这份上门服务记录？</translation>
    </message>
    <message>
        <source>This visit record is not saved. Keep it as a draft to finish later (it is offered again at the next start), or discard what was typed?</source>
        <translation>这份上门服务记录尚未保存。保存为草稿以后接着填写（下次启动时会再提示），还是放弃已填写的内容？</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>保存为草稿</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Go on typing</source>
        <translation>继续填写</translation>
    </message>
</context>
<context>
    <name>VisitSheetPreview</name>
    <message>
        <source>On-site visit sheet</source>
        <translation>上门服务记录单</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Only the city platform dispatches cases to stations.</source>
        <translation>只有市级平台可以向站点派送诉求。</translation>
    </message>
    <message>
        <source>A case cannot be dispatched to the city platform itself.</source>
        <translation>诉求不能派送给市级平台自身。</translation>
    </message>
    <message>
        <source>The case is %1 and cannot become %2 from there; from %1 it can become: %3.</source>
        <translation>该诉求当前为“%1”，不能变为“%2”；从“%1”可以变为：%3。</translation>
    </message>
    <message>
        <source>The city platform does not escalate: it dispatches cases to stations, or handles them itself.</source>
        <translation>市级平台不上报：它将诉求分派给站点，或自行办理。</translation>
    </message>
    <message>
        <source>No notice numbered %1.</source>
        <translation>没有编号为 %1 的告知书。</translation>
    </message>
    <message>
        <source>No service agency with id %1.</source>
        <translation>没有 id 为 %1 的服务机构。</translation>
    </message>
    <message>
        <source>%1 is not offered for this case: %2 Give the reason for choosing it.</source>
        <translation>%1 不在本诉求的推荐范围内：%2请说明选择它的原因。</translation>
    </message>
    <message>
        <source>%1; due %2 (%3 working days)</source>
        <translation>%1；期限 %2（%3 个工作日）</translation>
    </message>
    <message>
        <source>Notice %1 was already given for this case; everything should be told once. Give the reason for a second notice.</source>
        <translation>本诉求已出具告知书 %1，应当一次性告知。请说明再次告知的原因。</translation>
    </message>
    <message>
        <source>Case %1 is not awaiting an instruction; there is nothing to answer.</source>
        <translation>诉求 %1 不在待批示状态，没有需要答复的请示。</translation>
    </message>
    <message>
        <source>Case %1 has no handoff in progress.</source>
        <translation>诉求 %1 没有正在办理的交接。</translation>
    </message>
    <message>
        <source>%1 has already accepted this case.</source>
        <translation>%1 已受理该诉求。</translation>
    </message>
    <message>
        <source>%1 has not accepted the case yet; record its acceptance first.</source>
        <translation>%1 尚未受理该诉求，请先记录受理。</translation>
    </message>
    <message>
        <source>Case %1 is closed; reopen it to record a follow-up.</source>
        <translation>诉求 %1 已办结；如需记录跟踪，请先重新办理。</translation>
    </message>
    <message>
        <source>No visit record %1.</source>
        <translation>没有上门服务记录 %1。</translation>
    </message>
    <message>
        <source>Case %1 is closed; reopen it to record a visit.</source>
        <translation>诉求 %1 已办结；如需记录上门服务，请先重新办理。</translation>
    </message>
    <message>
        <source>No visit %1 on case %2 to correct.</source>
        <translation>诉求 %2 没有可更正的上门服务记录 %1。</translation>
    </message>
    <message>
        <source>Case %1 is closed; its clock has stopped.</source>
        <translation>诉求 %1 已办结，计时已停止。</translation>
    </message>
    <message>
        <source>Case %1 was registered before cases had time limits; it has no clock.</source>
        <translation>诉求 %1 登记于启用办理时限之前，不计时。</translation>
    </message>
    <message>
        <source>The clock of case %1 is paused already.</source>
        <translation>诉求 %1 已在暂停计时中。</translation>
    </message>
    <message>
        <source>The clock of case %1 is not paused.</source>
        <translation>诉求 %1 未暂停计时。</translation>
    </message>
    <message>
        <source>Case %1 has an extension request waiting for a decision.</source>
        <translation>诉求 %1 已有待审批的延期申请。</translation>
    </message>
    <message>
        <source>Case %1 has no extension request to decide.</source>
        <translation>诉求 %1 没有待审批的延期申请。</translation>
    </message>
    <message>
        <source>Case %1 is closed; register the request as a new case, or reopen %1 first.</source>
        <translation>诉求 %1 已办结；请作为新诉求登记，或先重新办理 %1。</translation>
    </message>
</context>
</TS>
