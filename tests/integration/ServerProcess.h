#pragma once

#include <QProcess>
#include <QTemporaryDir>

// A real qsdesk-server on 127.0.0.1 with certificates made by openssl for this test: a city
// platform set up for LZ, stations registered on demand, started and killed like a process.
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    QString addStation(const QString& code, const QString& name, const QString& level); // its token
    void start(const QStringList& options = {}); // options: more of qsdesk-server's, e.g. --request-timeout 2
    void kill(); // SIGKILL, as a crash or power cut would
    void backup(const QString& file); // a consistent copy while serving (sqlite3 .backup)
    void restore(const QString& file); // stop, put the backup in place of the database, do not start
    int admin(const QStringList& args, QString* out = nullptr); // qsdesk-server --db … ARGS; the exit code
    QString url() const;
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString otherCaFile() const { return m_dir.filePath(QStringLiteral("other.pem")); }
    int port() const { return m_port; }
    QString dbFile() const { return m_dir.filePath(QStringLiteral("platform.db")); }
    // A self-signed certificate (its own CA) and its key, NAME.pem and NAME-key.pem in the server's
    // folder, valid from `from` to `until` seconds after now (now as this process's clock reads it,
    // so under libfaketime too) for the subjectAltName `san` ("IP:127.0.0.1", "DNS:…"). Start the
    // server on it with start(certificateOptions(NAME)).
    QString makeCertificate(const QString& name, const QString& san, qint64 from, qint64 until);
    QStringList certificateOptions(const QString& name) const;
    qint64 peakMemoryKb() const; // VmHWM of the running server

private:
    int run(const QStringList& args, QString* out = nullptr);

    QTemporaryDir m_dir;
    QProcess m_server;
    int m_port = 0;
};
