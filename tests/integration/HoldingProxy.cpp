#include "HoldingProxy.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <memory>

// One client connection and its upstream, with what the server sent that waits to be released.
struct HoldingProxy::Relay
{
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> upstream;
    QByteArray held;
    bool passing = false; // this answer was released: its remaining bytes go straight through
    bool upstreamGone = false; // the server hung up (or died): the client follows once it has it all
};

HoldingProxy::HoldingProxy(quint16 upstreamPort)
    : m_upstream(upstreamPort)
{
    start();
    while (m_port.load() == 0)
        QThread::yieldCurrentThread();
}

HoldingProxy::~HoldingProxy()
{
    quit();
    wait();
}

void HoldingProxy::updateHolding()
{
    bool any = false;
    for (const Relay* r : std::as_const(m_relays))
        any = any || !r->held.isEmpty();
    m_holding = any;
}

void HoldingProxy::let(bool everything)
{
    m_allOpen = m_allOpen || everything;
    for (Relay* r : std::as_const(m_relays)) {
        if (r->held.isEmpty() && !everything)
            continue;
        if (r->client)
            r->client->write(r->held);
        r->held.clear();
        r->passing = true;
        if (r->client && r->upstreamGone)
            r->client->disconnectFromHost(); // the server had hung up after this answer
        if (!everything)
            break; // one answer at a time
    }
    updateHolding();
}

void HoldingProxy::run()
{
    auto listener = std::make_unique<QTcpServer>();
    QObject context; // release() and open() run here, on the proxy's thread
    listener->listen(QHostAddress::LocalHost, 0);
    QTcpServer* l = listener.get();
    QObject::connect(l, &QTcpServer::newConnection, l, [this, l]() {
        while (QTcpSocket* client = l->nextPendingConnection()) {
            auto* r = new Relay;
            r->client = client;
            r->upstream = new QTcpSocket(client);
            m_relays.append(r);
            r->upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
            QObject::connect(client, &QTcpSocket::readyRead, client, [r]() {
                r->passing = false; // the client spoke: what the server sends next is a new answer
                const QByteArray bytes = r->client->readAll();
                if (r->upstreamGone)
                    r->client->disconnectFromHost();
                else
                    r->upstream->write(bytes);
            });
            QObject::connect(r->upstream, &QTcpSocket::readyRead, client, [this, r]() {
                const QByteArray bytes = r->upstream->readAll();
                if (m_allOpen || r->passing) {
                    r->client->write(bytes);
                    return;
                }
                r->held += bytes;
                updateHolding();
            });
            auto gone = [r]() {
                r->upstreamGone = true;
                if (r->held.isEmpty())
                    r->client->disconnectFromHost();
            };
            QObject::connect(r->upstream, &QTcpSocket::disconnected, client, gone);
            QObject::connect(r->upstream, &QTcpSocket::errorOccurred, client, gone);
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            QObject::connect(client, &QObject::destroyed, l, [this, r]() {
                m_relays.removeOne(r);
                delete r;
                updateHolding();
            });
        }
    });
    m_context = &context;
    m_port = listener->serverPort();
    exec();
    m_context = nullptr;
    listener.reset(); // its sockets go with it, without their clean-up handlers (they need it)
    qDeleteAll(m_relays);
    m_relays.clear();
}

void HoldingProxy::release()
{
    ++m_released;
    QMetaObject::invokeMethod(
        m_context.load(), [this]() { let(false); }, Qt::BlockingQueuedConnection);
}

void HoldingProxy::open()
{
    QMetaObject::invokeMethod(
        m_context.load(), [this]() { let(true); }, Qt::BlockingQueuedConnection);
}
