#include "ServerProcess.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QThread>
#include <catch2/catch.hpp>

namespace {
void openssl(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
}
} // namespace

ServerProcess::ServerProcess()
{
    REQUIRE(m_dir.isValid());
    for (const char* name : { "ca", "other" })
        openssl({ QStringLiteral("req"),
            QStringLiteral("-x509"),
            QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"),
            QStringLiteral("-keyout"),
            m_dir.filePath(QLatin1String(name) + QStringLiteral("-key.pem")),
            QStringLiteral("-out"),
            m_dir.filePath(QLatin1String(name) + QStringLiteral(".pem")),
            QStringLiteral("-days"),
            QStringLiteral("2"),
            QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1"),
            QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1") });
    REQUIRE(run({ QStringLiteral("init"), QStringLiteral("--city"), QStringLiteral("LZ") }) == 0);
    m_port = 20000 + int(QRandomGenerator::global()->bounded(20000));
}

ServerProcess::~ServerProcess()
{
    kill();
}

int ServerProcess::run(const QStringList& args, QString* out)
{
    QProcess p;
    p.start(QStringLiteral(QSDESK_SERVER),
        QStringList { QStringLiteral("--db"), m_dir.filePath(QStringLiteral("platform.db")) } + args);
    REQUIRE(p.waitForFinished(30000));
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return p.exitCode();
}

QString ServerProcess::addStation(const QString& code, const QString& name, const QString& level)
{
    QString token;
    REQUIRE(run({ QStringLiteral("station"),
                    QStringLiteral("add"),
                    code,
                    QStringLiteral("--name"),
                    name,
                    QStringLiteral("--level"),
                    level },
                &token)
        == 0);
    return token;
}

void ServerProcess::start()
{
    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_server.start(QStringLiteral(QSDESK_SERVER),
        { QStringLiteral("--db"),
            m_dir.filePath(QStringLiteral("platform.db")),
            QStringLiteral("--cert"),
            m_dir.filePath(QStringLiteral("ca.pem")),
            QStringLiteral("--key"),
            m_dir.filePath(QStringLiteral("ca-key.pem")),
            QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:%1").arg(m_port) });
    REQUIRE(m_server.waitForStarted());
    for (int i = 0; i < 100; ++i) { // until it accepts connections
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
        if (s.waitForConnected(100))
            return;
        QThread::msleep(50);
    }
    FAIL("qsdesk-server did not start listening");
}

void ServerProcess::kill()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.kill();
        m_server.waitForFinished();
    }
}

QString ServerProcess::url() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

void ServerProcess::backup(const QString& file)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"),
        { m_dir.filePath(QStringLiteral("platform.db")), QStringLiteral(".backup '%1'").arg(file) });
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
}

void ServerProcess::restore(const QString& file)
{
    kill();
    const QString db = m_dir.filePath(QStringLiteral("platform.db"));
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(db + suffix);
    REQUIRE(QFile::copy(file, db));
}

int ServerProcess::admin(const QStringList& args)
{
    return run(args);
}

qint64 ServerProcess::peakMemoryKb() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_server.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}
