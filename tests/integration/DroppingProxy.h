#pragma once

#include <QThread>
#include <atomic>

// A TCP relay on 127.0.0.1 between a client and the server (TLS passes through untouched). While it
// has drops left, it cuts a connection at the moment the server starts answering a large request
// (more than `bigRequestBytes` sent by the client): the server has done the work and committed, and
// the answer never arrives, as when a network drops a response. In CutUploads mode it instead cuts a
// connection once the client has sent `bigRequestBytes` over it, in the middle of whatever request
// is under way.
class DroppingProxy : public QThread
{
public:
    enum class Mode
    {
        DropAnswers,
        CutUploads,
    };
    DroppingProxy(quint16 upstreamPort, int drops, qint64 bigRequestBytes = 32 * 1024, Mode mode = Mode::DropAnswers);
    ~DroppingProxy() override;

    quint16 port() const { return m_port.load(); }
    int dropped() const { return m_dropped.load(); }

protected:
    void run() override;

private:
    quint16 m_upstream;
    int m_dropsLeft;
    qint64 m_big;
    Mode m_mode;
    std::atomic<quint16> m_port { 0 };
    std::atomic<int> m_dropped { 0 };
};
