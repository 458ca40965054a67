#include "ServerProcess.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QThread>
#include <catch2/catch.hpp>
#include <cstdio>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

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
    // Below Linux's ephemeral range (32768-60999): no outgoing connection on the machine takes the
    // port between a kill() and the next start().
    m_port = 20000 + int(QRandomGenerator::global()->bounded(12000));
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

void ServerProcess::start(const QStringList& options)
{
    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_server.start(QStringLiteral(QSDESK_SERVER),
        QStringList { QStringLiteral("--db"),
            m_dir.filePath(QStringLiteral("platform.db")),
            QStringLiteral("--cert"),
            m_dir.filePath(QStringLiteral("ca.pem")),
            QStringLiteral("--key"),
            m_dir.filePath(QStringLiteral("ca-key.pem")),
            QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:%1").arg(m_port) }
            + options);
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

int ServerProcess::admin(const QStringList& args, QString* out)
{
    return run(args, out);
}

QString ServerProcess::makeCertificate(const QString& name, const QString& san, qint64 from, qint64 until)
{
    EVP_PKEY* key = EVP_RSA_gen(2048);
    REQUIRE(key);
    X509* cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), long(QRandomGenerator::global()->bounded(1 << 30)));
    X509_gmtime_adj(X509_getm_notBefore(cert), long(from));
    X509_gmtime_adj(X509_getm_notAfter(cert), long(until));
    X509_set_pubkey(cert, key);
    X509_NAME* subject = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(
        subject, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("qsdesk-test"), -1, -1, 0);
    X509_set_issuer_name(cert, subject);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    for (const auto& [nid, value] : { std::pair { NID_subject_alt_name, san.toStdString() },
             std::pair { NID_basic_constraints, std::string("critical,CA:TRUE") } }) {
        X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.c_str());
        REQUIRE(ext);
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
    }
    REQUIRE(X509_sign(cert, key, EVP_sha256()) > 0);
    const QString certFile = m_dir.filePath(name + QStringLiteral(".pem"));
    const QString keyFile = m_dir.filePath(name + QStringLiteral("-key.pem"));
    FILE* out = std::fopen(certFile.toLocal8Bit().constData(), "w");
    REQUIRE(out);
    PEM_write_X509(out, cert);
    std::fclose(out);
    out = std::fopen(keyFile.toLocal8Bit().constData(), "w");
    REQUIRE(out);
    PEM_write_PrivateKey(out, key, nullptr, nullptr, 0, nullptr, nullptr);
    std::fclose(out);
    X509_free(cert);
    EVP_PKEY_free(key);
    return certFile;
}

QStringList ServerProcess::certificateOptions(const QString& name) const
{
    return { QStringLiteral("--cert"),
        m_dir.filePath(name + QStringLiteral(".pem")),
        QStringLiteral("--key"),
        m_dir.filePath(name + QStringLiteral("-key.pem")) };
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
