#include "reports/SurveyReportOutput.h"

#include "common/Clock.h"
#include "documents/PagedDocument.h"
#include "reports/ReportTables.h"

// The written report is a record the platform files (8.1.1), so like the one-time notice it is
// written in Chinese whatever language the program speaks; its words are not translated.
namespace {
using ReportTables::percent;
using ReportTables::Section;

// The least satisfied first; the others stay in the return-visit records (returnvisit list CASE).
constexpr int kCommentsPrinted = 50;

const char* const kLevelWords[] = { "非常不满意", "不满意", "一般", "满意", "非常满意" };

QString zh(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QString mean(const SatisfactionRow& r)
{
    return r.answers > 0 ? QString::number(r.mean(), 'f', 2) : QStringLiteral("—");
}

QString levelWord(int rating)
{
    return rating >= 1 && rating <= 5 ? zh(kLevelWords[rating - 1]) : QStringLiteral("—");
}

QList<QStringList> groupRows(const QList<SatisfactionRow>& rows, bool withKey)
{
    QList<QStringList> out;
    for (const SatisfactionRow& r : rows)
        out << QStringList { withKey ? QStringLiteral("%1 %2").arg(r.key, r.label)
                : r.key.isEmpty()    ? zh("平台直接办理（未交接）")
                                     : r.label,
            QString::number(r.visits),
            QString::number(r.answers),
            mean(r),
            percent(r.satisfied, r.answers) };
    return out;
}

// The dimension names of 8.1.1 as the standard words them.
QString dimensionWord(const QString& key)
{
    if (key == QLatin1String("matching"))
        return zh("服务需求匹配程度");
    if (key == QLatin1String("level"))
        return zh("服务水平");
    if (key == QLatin1String("attitude"))
        return zh("服务态度");
    return zh("投诉处理");
}

QList<Section> sections(const SurveyFigures& f)
{
    QList<Section> list;
    list << Section { zh("一、回访概况"),
        { zh("项目"), zh("数量") },
        { { zh("本期回访次数"), QString::number(f.visits) },
            { zh("其中：实地回访"), QString::number(f.onsite) },
            { zh("　　　电话回访"), QString::number(f.phone) },
            { zh("评价项次"), QString::number(f.overall.answers) },
            { zh("平均得分（1～5分）"), mean(f.overall) },
            { zh("满意率（满意及非常满意）"), percent(f.overall.satisfied, f.overall.answers) } } };
    QStringList levelHeader { zh("评价维度（8.1.1）"), zh("评价数") };
    for (int r = 5; r >= 1; --r)
        levelHeader << levelWord(r);
    levelHeader << zh("平均分") << zh("满意率");
    QList<QStringList> dimensionRows;
    for (const SatisfactionRow& d : f.dimensions) {
        QStringList row { dimensionWord(d.key), QString::number(d.answers) };
        for (int r = 5; r >= 1; --r)
            row << QString::number(d.levels[size_t(r - 1)]);
        row << mean(d) << percent(d.satisfied, d.answers);
        dimensionRows << row;
    }
    list << Section { zh("二、分维度满意度"), levelHeader, dimensionRows };
    const QStringList groupHeader { zh("分组"), zh("回访次数"), zh("评价数"), zh("平均分"), zh("满意率") };
    list << Section { zh("三、按服务类别（5.1～5.12）"), groupHeader, groupRows(f.byCategory, true) };
    list << Section { zh("四、按站点"), groupHeader, groupRows(f.byStation, false) };
    list << Section { zh("五、按服务机构"), groupHeader, groupRows(f.byAgency, false) };
    QList<QStringList> comments;
    for (const SurveyComment& c : f.comments.mid(0, kCommentsPrinted))
        comments << QStringList { c.caseNumber,
            Clock::displayDateTime(c.visitedAt),
            c.method == ReturnVisitMethod::Onsite ? zh("实地") : zh("电话"),
            levelWord(c.lowest),
            c.text };
    list << Section { f.comments.size() > kCommentsPrinted
            ? zh("六、服务对象意见（共 %1 条，列出评价最低的 %2 条）").arg(f.comments.size()).arg(kCommentsPrinted)
            : zh("六、服务对象意见（留言及“一般”以下评价）"),
        { zh("诉求编号"), zh("回访时间"), zh("方式"), zh("最低评价"), zh("意见") },
        comments };
    return list;
}
} // namespace

QString SurveyReportOutput::summary(const SurveyFigures& f)
{
    if (f.overall.answers == 0)
        return zh("本期未记录带有评价的回访。");
    const SatisfactionRow* weakest = nullptr;
    for (const SatisfactionRow& d : f.dimensions)
        if (d.answers > 0
            && (!weakest || double(d.satisfied) / d.answers < double(weakest->satisfied) / weakest->answers))
            weakest = &d;
    return zh("本期共回访服务对象 %1 次（实地回访 %2 次，电话回访 %3 次），收到评价 %4 项次，"
              "满意及非常满意占 %5，平均得分 %6 分（满分 5 分）。满意率最低的维度为“%7”（%8）。"
              "共有 %9 位服务对象留下意见或给出“一般”以下评价，详见第六部分。")
        .arg(f.visits)
        .arg(f.onsite)
        .arg(f.phone)
        .arg(f.overall.answers)
        .arg(percent(f.overall.satisfied, f.overall.answers))
        .arg(mean(f.overall))
        .arg(dimensionWord(weakest->key))
        .arg(percent(weakest->satisfied, weakest->answers))
        .arg(f.comments.size());
}

QString SurveyReportOutput::html(const SurveyFigures& f, const QString& stationName)
{
    QString h = ReportTables::opening(zh("服务对象满意度调查报告"),
        zh("站点：%1　统计期间：%2 至 %3")
            .arg(stationName, PagedDocument::chineseDate(f.from), PagedDocument::chineseDate(f.to)));
    h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(zh("总体情况"), ReportTables::esc(summary(f)));
    for (const Section& s : sections(f))
        h += ReportTables::section(s);
    return h + ReportTables::closing(zh("制表人："), zh("审核人："), zh("日期："));
}

Result<int> SurveyReportOutput::writePdf(const SurveyFigures& f, const QString& stationName, const QString& path)
{
    return PagedDocument::writePdf(html(f, stationName), path, zh("服务对象满意度调查报告"));
}

Status SurveyReportOutput::writeCsv(const SurveyFigures& f, const QString& path)
{
    return ReportTables::writeCsv(
        { zh("统计期间"), f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate) }, sections(f), path);
}
