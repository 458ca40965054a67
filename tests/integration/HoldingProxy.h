#pragma once

#include <QList>
#include <QThread>
#include <atomic>

class QObject;

// A TCP relay on 127.0.0.1 between a client and the server (TLS passes through untouched) that holds
// every answer of the server until the test lets it through: the client's requests reach the server
// at once, but what the server sends back waits at the proxy. So a test can stop a sync exactly
// between "the server committed this batch" and "the client heard of it", whatever the machine's
// speed: wait for holding(), look at the state, then release() or kill something. Everything the
// server sends until the client speaks again is one answer (a TLS flight or an HTTP response).
class HoldingProxy : public QThread
{
public:
    explicit HoldingProxy(quint16 upstreamPort);
    ~HoldingProxy() override;

    quint16 port() const { return m_port.load(); }
    // An answer is waiting at the proxy (the server has sent it; the client has not seen it).
    bool holding() const { return m_holding.load(); }
    int released() const { return m_released.load(); }
    // Lets the answer held now through, and the rest of it as it comes; the next one is held again.
    void release();
    // Lets everything through from now on (and what is held now).
    void open();

protected:
    void run() override;

private:
    struct Relay;
    void let(bool everything); // on the proxy's thread
    void updateHolding();

    quint16 m_upstream;
    QList<Relay*> m_relays; // the proxy's thread only
    bool m_allOpen = false;
    std::atomic<quint16> m_port { 0 };
    std::atomic_bool m_holding { false };
    std::atomic_int m_released { 0 };
    std::atomic<QObject*> m_context { nullptr }; // lives on the proxy's thread, for release()
};
