#include "support/PdfReading.h"

#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

namespace {
const QRegularExpression& footer()
{
    static const QRegularExpression re(QStringLiteral("第\\s*\\d+\\s*页\\s*共\\s*\\d+\\s*页"));
    return re;
}
} // namespace

QString PdfReading::run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString PdfReading::flat(const QString& layoutText)
{
    return QString(layoutText).remove(footer()).remove(QRegularExpression(QStringLiteral("\\s")));
}

QList<PdfReading::Page> PdfReading::pages(const QString& pdf)
{
    QList<Page> pages;
    QXmlStreamReader xml(run(QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), pdf, QStringLiteral("-") }));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("page")) {
            pages.append(
                { QSizeF(a.value(QLatin1String("width")).toDouble(), a.value(QLatin1String("height")).toDouble()),
                    {} });
        } else if (xml.name() == QLatin1String("word") && !pages.isEmpty()) {
            const QRectF box(
                QPointF(a.value(QLatin1String("xMin")).toDouble(), a.value(QLatin1String("yMin")).toDouble()),
                QPointF(a.value(QLatin1String("xMax")).toDouble(), a.value(QLatin1String("yMax")).toDouble()));
            pages.last().words.append({ box, xml.readElementText() });
        }
    }
    return pages;
}

QList<QStringList> PdfReading::layoutLines(const QString& pdf)
{
    QList<QStringList> result;
    QStringList pageTexts = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") })
                                .split(QLatin1Char('\f'));
    if (!pageTexts.isEmpty() && pageTexts.last().trimmed().isEmpty())
        pageTexts.removeLast();
    for (const QString& page : pageTexts) {
        QStringList lines;
        for (const QString& line : page.split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty() && !footer().match(line).hasMatch())
                lines << line;
        result << lines;
    }
    return result;
}
