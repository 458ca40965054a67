#include "DroppingProxy.h"

#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>

DroppingProxy::DroppingProxy(quint16 upstreamPort, int drops, qint64 bigRequestBytes, Mode mode)
    : m_upstream(upstreamPort)
    , m_dropsLeft(drops)
    , m_big(bigRequestBytes)
    , m_mode(mode)
{
    start();
    while (m_port.load() == 0)
        QThread::msleep(5);
}

DroppingProxy::~DroppingProxy()
{
    quit();
    wait();
}

void DroppingProxy::run()
{
    QTcpServer listener;
    listener.listen(QHostAddress::LocalHost, 0);
    QObject::connect(&listener, &QTcpServer::newConnection, &listener, [this, &listener]() {
        while (QTcpSocket* client = listener.nextPendingConnection()) {
            auto* upstream = new QTcpSocket(client);
            auto* sent = new qint64(0);
            auto* total = new qint64(0);
            QObject::connect(client, &QObject::destroyed, [sent, total]() {
                delete sent;
                delete total;
            });
            upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
            QObject::connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, sent, total]() {
                const QByteArray bytes = client->readAll();
                if (m_mode == Mode::CutUploads && m_dropsLeft > 0 && *total + bytes.size() > m_big) {
                    // The first part goes through, then the line goes dead mid-request.
                    upstream->write(bytes.left(m_big - *total));
                    upstream->waitForBytesWritten(1000);
                    --m_dropsLeft;
                    ++m_dropped;
                    upstream->abort();
                    client->abort();
                    client->deleteLater();
                    return;
                }
                *sent += bytes.size();
                *total += bytes.size();
                upstream->write(bytes);
            });
            QObject::connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, sent]() {
                const QByteArray bytes = upstream->readAll();
                if (m_mode == Mode::DropAnswers && *sent > m_big && m_dropsLeft > 0) {
                    --m_dropsLeft;
                    ++m_dropped;
                    upstream->abort();
                    client->abort();
                    client->deleteLater();
                    return;
                }
                *sent = 0; // a new request begins after each answer
                client->write(bytes);
            });
            QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    });
    m_port = listener.serverPort();
    exec();
}
