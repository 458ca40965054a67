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
    void start();
    void kill(); // SIGKILL, as a crash or power cut would
    void backup(const QString& file); // a consistent copy while serving (sqlite3 .backup)
    void restore(const QString& file); // stop, put the backup in place of the database, do not start
    int admin(const QStringList& args); // qsdesk-server --db … ARGS; the exit code
    QString url() const;
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString otherCaFile() const { return m_dir.filePath(QStringLiteral("other.pem")); }
    int port() const { return m_port; }
    qint64 peakMemoryKb() const; // VmHWM of the running server

private:
    int run(const QStringList& args, QString* out = nullptr);

    QTemporaryDir m_dir;
    QProcess m_server;
    int m_port = 0;
};
