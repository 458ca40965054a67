// 7.3.3/7.3.4 on-site visits: validation, the signature that locks a record, corrections, photo
// limits (too big, not an image, cut short), EXIF orientation, scaling, and the printed sheet.
#include "common/Clock.h"
#include "documents/VisitSheet.h"
#include "media/PhotoImport.h"
#include "storage/BlobStore.h"
#include "storage/CaseStore.h"
#include "storage/Sql.h"
#include "storage/StationStore.h"
#include "storage/VisitStore.h"
#include "support/QtCatch.h"
#include "support/TestDatabase.h"
#include "workflow/Registration.h"
#include "workflow/VisitRecording.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QProcess>

namespace {
QString writeImage(const QString& path, const QSize& size, const char* format, QImageIOHandler::Transformations t = {})
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(40, 120, 200));
    QPainter(&image).fillRect(0, 0, size.width() / 2, size.height() / 4, Qt::yellow);
    QImageWriter w(path, format);
    w.setTransformation(t);
    REQUIRE(w.write(image));
    return path;
}

struct VisitFixture
{
    TestDatabase t;
    QString number;
    QString signature = writeImage(t.dir.filePath(QStringLiteral("sig.png")), QSize(300, 90), "png");

    VisitFixture()
    {
        const QString client = t.addClient(QStringLiteral("柳江食品有限公司"));
        auto c = Registration(*t.db, t.catalog)
                     .registerCase({ client,
                                       QStringLiteral("visit"),
                                       QStringLiteral("5.10.2"),
                                       QStringLiteral("食品追溯体系上门指导"),
                                       {},
                                       {} },
                         testActor(QStringLiteral("field")));
        REQUIRE(c.ok());
        number = c->number;
    }
    NewVisit visit() const
    {
        NewVisit v;
        v.caseNumber = number;
        v.summary = QStringLiteral("现场检查追溯记录");
        v.signerName = QStringLiteral("张三");
        v.signatureFile = signature;
        return v;
    }
    Result<Visit> record(const NewVisit& v)
    {
        return VisitRecording(*t.db).record(v, testActor(QStringLiteral("外勤甲")));
    }
};
} // namespace

TEST_CASE("a visit needs its summary, the signer's name and the signature; a bad one changes nothing", "[visit]")
{
    VisitFixture f;
    const qint64 events = f.t.count(QStringLiteral("case_events"));
    NewVisit v = f.visit();
    v.summary = QStringLiteral(" ");
    CHECK(f.record(v).error().field == QStringLiteral("summary"));
    v = f.visit();
    v.signerName.clear();
    CHECK(f.record(v).error().field == QStringLiteral("signer"));
    v = f.visit();
    v.signatureFile.clear();
    CHECK(f.record(v).error().field == QStringLiteral("signature"));
    v = f.visit();
    v.caseNumber = QStringLiteral("LZ-LN-20200101-0001");
    CHECK(f.record(v).error().code == ErrorCode::NotFound);
    CHECK(f.t.count(QStringLiteral("visits")) == 0);
    CHECK(f.t.count(QStringLiteral("blobs")) == 0);
    CHECK(f.t.count(QStringLiteral("case_events")) == events);
}

TEST_CASE("a signed visit is locked; a correction is a new record that supersedes it", "[visit]")
{
    VisitFixture f;
    NewVisit input = f.visit();
    input.followUps = { QStringLiteral("一周内提供追溯系统模板"), QStringLiteral("  ") };
    auto v = f.record(input);
    REQUIRE(v.ok());
    CHECK(v->isSigned());
    CHECK(v->place == QStringLiteral("企业现场"));
    CHECK(v->staff == QStringLiteral("外勤甲"));
    CHECK(v->followUps == QStringList { QStringLiteral("一周内提供追溯系统模板") });
    auto c = CaseStore::byNumber(*f.t.db, f.number, true);
    QStringList kinds;
    for (const CaseEvent& e : c->events)
        kinds << e.kind;
    CHECK(kinds.contains(QStringLiteral("visit")));
    CHECK(kinds.count(QStringLiteral("follow_up_promised")) == 1);
    // Not even SQL can change or remove it.
    CHECK_FALSE(
        Sql::run(f.t.db->sql(), QStringLiteral("UPDATE visits SET summary = 'x' WHERE id = ?"), { v->id }).ok());
    CHECK_FALSE(Sql::run(f.t.db->sql(), QStringLiteral("DELETE FROM visits WHERE id = ?"), { v->id }).ok());
    CHECK(VisitStore::byId(*f.t.db, v->id).value()->summary == QStringLiteral("现场检查追溯记录"));

    NewVisit correction = f.visit();
    correction.summary = QStringLiteral("现场检查追溯记录（更正：补记在场人员）");
    correction.clientPeople = QStringLiteral("张三、李四");
    correction.supersedes = v->id;
    auto corrected = f.record(correction);
    REQUIRE(corrected.ok());
    CHECK(corrected->supersedes == v->id);
    CHECK(f.t.count(QStringLiteral("visits")) == 2);
    correction.supersedes = QStringLiteral("no-such-visit");
    CHECK(f.record(correction).error().code == ErrorCode::NotFound);
    // The same signature image is stored once.
    CHECK(f.t.count(QStringLiteral("blobs")) == 1);
}

TEST_CASE("photos: too big, not an image or cut short are refused with the reason; nothing is stored", "[visit][photo]")
{
    VisitFixture f;
    const QString big = f.t.dir.filePath(QStringLiteral("big.jpg"));
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(40ll << 20));
    }
    const QString text = f.t.dir.filePath(QStringLiteral("notes.jpg"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not an image at all\n");
    }
    const QString whole = writeImage(f.t.dir.filePath(QStringLiteral("whole.jpg")), QSize(800, 600), "jpeg");
    const QString cut = f.t.dir.filePath(QStringLiteral("cut.jpg"));
    {
        QFile in(whole), out(cut);
        REQUIRE(in.open(QIODevice::ReadOnly));
        REQUIRE(out.open(QIODevice::WriteOnly));
        const QByteArray bytes = in.readAll();
        out.write(bytes.left(bytes.size() / 2));
    }
    for (const auto& [file, reason] : { std::pair { big, QStringLiteral("40.0 MB") },
             std::pair { text, QStringLiteral("not a JPEG or PNG") },
             std::pair { cut, QStringLiteral("cut short") } }) {
        NewVisit v = f.visit();
        v.photoFiles = { whole, file };
        auto refused = f.record(v);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("photo"));
        CHECK(refused.error().message.english.contains(reason));
        CHECK(refused.error().message.english.contains(QFileInfo(file).fileName()));
    }
    CHECK(f.t.count(QStringLiteral("visits")) == 0);
    CHECK(f.t.count(QStringLiteral("blobs")) == 0);
}

TEST_CASE(
    "photos are turned upright by their EXIF orientation and scaled to 2048 px, with their SHA-256", "[visit][photo]")
{
    VisitFixture f;
    // A camera held sideways: the pixels are 300x100, the EXIF says turn them a quarter.
    const QString sideways = writeImage(f.t.dir.filePath(QStringLiteral("sideways.jpg")),
        QSize(300, 100),
        "jpeg",
        QImageIOHandler::TransformationRotate90);
    auto upright = PhotoImport::photo(sideways);
    REQUIRE(upright.ok());
    CHECK(upright->width == 100);
    CHECK(upright->height == 300);
    const QString huge = writeImage(f.t.dir.filePath(QStringLiteral("huge.png")), QSize(4000, 3000), "png");
    auto scaled = PhotoImport::photo(huge);
    REQUIRE(scaled.ok());
    CHECK(scaled->width == 2048);
    CHECK(scaled->height == 1536);
    CHECK(scaled->sha256 == BlobStore::sha256Of(scaled->bytes));
    CHECK(scaled->bytes.startsWith("\xFF\xD8")); // stored as JPEG

    NewVisit v = f.visit();
    v.photoFiles = { sideways, huge };
    auto recorded = f.record(v);
    REQUIRE(recorded.ok());
    REQUIRE(recorded->photos.size() == 2);
    CHECK(recorded->photos.at(1).width == 2048);
    CHECK(BlobStore::get(*f.t.db, recorded->photos.at(1).sha256).value() == scaled->bytes);
}

TEST_CASE("the visit sheet carries every field, the signer's name, the photos and the signature", "[visit][pdf]")
{
    VisitFixture f;
    NewVisit input = f.visit();
    input.clientPeople = QStringLiteral("张三（质量经理）");
    input.answers = QStringLiteral("已现场讲解追溯系统建设要求");
    input.materials = QStringLiteral("企业进货台账复印件");
    input.followUps = { QStringLiteral("一周内提供追溯系统模板") };
    input.photoFiles = { writeImage(f.t.dir.filePath(QStringLiteral("p.jpg")), QSize(1200, 900), "jpeg") };
    auto v = f.record(input);
    REQUIRE(v.ok());
    auto c = CaseStore::byNumber(*f.t.db, f.number, false);
    auto sheet = VisitSheet::build(*f.t.db, *v, *c, StationStore::local(*f.t.db).value(), f.t.catalog);
    REQUIRE(sheet.ok());
    const QString pdf = f.t.dir.filePath(QStringLiteral("visit.pdf"));
    REQUIRE(PagedDocument::writePdf(sheet->html, pdf, QStringLiteral("上门服务记录单"), sheet->images).ok());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    REQUIRE(text.waitForFinished(30000));
    const QString out = QString::fromUtf8(text.readAllStandardOutput()).remove(QLatin1Char('\n'));
    for (const QString& expected : { QStringLiteral("上门服务记录单"),
             f.number,
             QStringLiteral("张三（质量经理）"),
             QStringLiteral("已现场讲解追溯系统建设要求"),
             QStringLiteral("企业进货台账复印件"),
             QStringLiteral("一周内提供追溯系统模板"),
             QStringLiteral("现场检查追溯记录"),
             QStringLiteral("（张三）"),
             // issue 19: the item by its name, a record number as filed, and the staff's own signature line
             f.t.catalog.item(QStringLiteral("5.10.2"))->nameZh,
             QStringLiteral("记录编号：LZ-LN-SM-%1-0001").arg(Clock::chinaDate(v->visitedAt).year()),
             QStringLiteral("服务人员签字") })
        CHECK(out.contains(expected));
    CHECK_FALSE(out.contains(QStringLiteral("5.10.2")));
    QProcess images;
    images.start(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf });
    REQUIRE(images.waitForFinished(30000));
    CHECK(QString::fromUtf8(images.readAllStandardOutput()).count(QStringLiteral(" image ")) == 2); // photo, signature
}
