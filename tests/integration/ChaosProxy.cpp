#include "ChaosProxy.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

ChaosProxy::ChaosProxy(quint16 upstreamPort, quint32 seed, double cutChance)
    : m_upstream(upstreamPort)
    , m_cutChance(cutChance)
    , m_rng(seed)
{
    start();
    while (m_port.load() == 0)
        QThread::msleep(5);
}

ChaosProxy::~ChaosProxy()
{
    quit();
    wait();
}

qint64 ChaosProxy::nextBudget()
{
    std::lock_guard lock(m_rngLock);
    if (m_calm)
        return -1;
    if (std::uniform_real_distribution<double>(0, 1)(m_rng) >= m_cutChance)
        return -1;
    // Mostly early (the handshake, a request's headers), sometimes deep into a large page.
    return std::uniform_int_distribution<qint64>(0, 1)(m_rng) == 0
        ? std::uniform_int_distribution<qint64>(0, 4096)(m_rng)
        : std::uniform_int_distribution<qint64>(4096, 400 * 1024)(m_rng);
}

void ChaosProxy::run()
{
    QTcpServer listener;
    listener.listen(QHostAddress::LocalHost, 0);
    struct Link
    {
        qint64 budget = -1; // bytes left before the cut, both ways together
        bool cut = false;
    };
    QObject::connect(&listener, &QTcpServer::newConnection, &listener, [this, &listener]() {
        while (QTcpSocket* client = listener.nextPendingConnection()) {
            if (m_partitioned) {
                client->abort();
                client->deleteLater();
                continue;
            }
            auto link = std::make_shared<Link>();
            link->budget = nextBudget();
            auto* upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
            auto cut = [this, client, upstream, link]() {
                if (link->cut)
                    return;
                link->cut = true;
                ++m_cuts;
                upstream->abort();
                client->abort();
                client->deleteLater();
            };
            // Relays `bytes` to `to`, or the part the budget allows and then cuts the line.
            auto relay = [this, link, cut](QTcpSocket* to, const QByteArray& bytes) {
                if (link->cut)
                    return;
                if (m_partitioned)
                    return cut();
                if (link->budget >= 0 && bytes.size() >= link->budget) {
                    to->write(bytes.left(link->budget));
                    to->flush();
                    return cut();
                }
                if (link->budget >= 0)
                    link->budget -= bytes.size();
                to->write(bytes);
            };
            QObject::connect(client, &QTcpSocket::readyRead, client, [client, upstream, relay]() {
                relay(upstream, client->readAll());
            });
            QObject::connect(upstream, &QTcpSocket::readyRead, client, [client, upstream, relay]() {
                relay(client, upstream->readAll());
            });
            QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            QObject::connect(upstream, &QTcpSocket::errorOccurred, client, [client]() { client->abort(); });
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    });
    m_port = listener.serverPort();
    exec();
}
